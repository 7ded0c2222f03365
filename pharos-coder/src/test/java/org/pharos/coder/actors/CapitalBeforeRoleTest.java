package org.pharos.coder.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.pharos.model.text.AnnotatedSentence;

/**
 * A capital written right before a role word names that country's body or people ("the Tehran government");
 * people "from" a country's body belong to that country ("doctors from two American aid groups").
 */
class CapitalBeforeRoleTest {
  private static DocumentActors resolve(AnnotatedSentence... s) {
    return Sentences.resolveWithDefaultKb(s);
  }

  private static ActorMention at(DocumentActors a, int token) {
    return Sentences.actorAt(a, token);
  }

  @Test
  void a_capital_before_a_body_is_that_countrys_body() {
    DocumentActors a = resolve(Sentences.sentence(0, "The/DT Tehran/NNP government/NN criticized/VBD Iraq/NNP ./."));
    assertEquals("IRNGOV", at(a, 3).actor().code());
  }

  @Test
  void a_capital_before_a_university_is_that_countrys_education_sector() {
    DocumentActors a = resolve(Sentences.sentence(0,
        "Doctors/NNS donated/VBD medicine/NN to/IN Baghdad/NNP University/NNP ./."));
    assertEquals("IRQEDU", at(a, 6).actor().code());
  }

  @Test
  void people_from_a_countrys_body_belong_to_that_country() {
    DocumentActors a = resolve(Sentences.sentence(0,
        "Doctors/NNS from/IN two/CD American/JJ aid/NN groups/NNS donated/VBD medicine/NN ./."));
    assertEquals("USAHLH", at(a, 1).actor().code());
  }
}
