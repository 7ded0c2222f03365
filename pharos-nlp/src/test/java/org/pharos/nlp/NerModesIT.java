package org.pharos.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pharos.model.Document;
import org.pharos.model.PartialDate;
import org.pharos.model.text.AnnotatedDocument;
import org.pharos.model.text.AnnotatedSentence;
import org.pharos.model.text.EntitySpan;
import org.pharos.model.text.Layer;

/** NER on and off, SUTime off, and the parse cap, against the real CoreNLP models. */
class NerModesIT {

  private static final String TEXT =
      "Qais al-Khazali met Prime Minister Mohammed Shia al-Sudani in Baghdad on Monday with nine aides.";

  private static EntitySpan span(AnnotatedSentence s, String text) {
    return s.entities().stream().filter(e -> e.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no span '" + text + "' in " + s.entities()));
  }

  @Test
  void three_class_ner_tags_people_and_places_and_keeps_numbers_and_dates() {
    CoreNlpEngine ner = SharedEngines.threeClassNer();
    assertEquals(EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.POS, Layer.LEMMA, Layer.NER, Layer.TIMEX),
        ner.provides());
    AnnotatedSentence s = ner.annotate(Document.ofText("n", TEXT, PartialDate.parse("2024-02-01")))
        .sentences().get(0);
    assertEquals("LOCATION", span(s, "Baghdad").type());
    assertEquals("PERSON", span(s, "Mohammed Shia al-Sudani").type());
    assertEquals("PERSON", s.token(s.tokens().stream().filter(t -> t.word().equals("Baghdad")).findFirst()
        .orElseThrow().index() - 2).ner(), "al-Sudani is tagged PERSON");
    assertEquals("2024-01-29", span(s, "Monday").normalized());
    assertEquals("9", span(s, "nine").normalized());
    assertFalse(s.isParsed(), "this engine has no parser");
  }

  @Test
  void without_ner_no_person_or_location_is_tagged() {
    AnnotatedSentence s = SharedEngines.defaults().annotate(Document.ofText("n", TEXT, null)).sentences().get(0);
    assertTrue(s.entities().stream().map(EntitySpan::type).allMatch(t -> List.of("NUMBER", "DATE").contains(t)),
        () -> s.entities().toString());
    assertTrue(s.tokens().stream().filter(t -> t.word().equals("Baghdad")).allMatch(t -> t.ner().equals("O")));
  }

  @Test
  void long_sentences_are_not_parsed_and_timex_can_be_switched_off() {
    CoreNlpEngine capped = SharedEngines.shortParseCap();
    assertFalse(capped.provides().contains(Layer.TIMEX));
    AnnotatedDocument ad = capped.annotate(Document.ofText("c",
        "Drones hit the base.\n\nIran-backed militias fired three rockets at the US embassy in Baghdad.",
        PartialDate.parse("2024-02-01")));
    AnnotatedSentence shortOne = ad.sentences().get(0);
    AnnotatedSentence longOne = ad.sentences().get(1);
    assertTrue(shortOne.size() <= 6 && shortOne.isParsed());
    assertTrue(longOne.size() > 6);
    assertFalse(longOne.isParsed());
    assertTrue(shortOne.timexes().isEmpty());
    assertEquals("3", span(longOne, "three").normalized(), "numbers still come without SUTime");
  }
}
