package org.pharos.coder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pharos.coder.actors.ActorMention;
import org.pharos.coder.actors.DocumentActors;
import org.pharos.coder.events.EventLexicon;
import org.pharos.coder.events.TestParses;
import org.pharos.coder.place.PlaceResolver;
import org.pharos.model.DateSource;
import org.pharos.model.Document;
import org.pharos.model.Event;
import org.pharos.model.Modality;
import org.pharos.model.Place;
import org.pharos.model.ontology.CameoCodebook;
import org.pharos.model.ontology.PloverMapping;
import org.pharos.model.text.AnnotatedDocument;
import org.pharos.model.text.AnnotatedSentence;

/** Complete records for future clauses: the code, the PLOVER type and the modality of the statement. */
class StatementOfIntentCodingTest {
  private static final PlaceResolver NO_PLACE = new PlaceResolver() {
    @Override
    public Optional<Place> resolve(String name, Set<String> docCountries) {
      return Optional.empty();
    }

    @Override
    public Optional<Place> placeOf(AnnotatedSentence sentence, int trigger, Set<String> docCountries) {
      return Optional.empty();
    }
  };

  private static List<Event> code(AnnotatedSentence s, ActorMention... mentions) {
    EventCoder coder = new EventCoder(CoderConfig.defaults(), EventLexicon.standard(),
        doc -> new DocumentActors(List.of(mentions)), NO_PLACE, (sentence, trigger) -> List.of(),
        CameoCodebook.standard(), PloverMapping.standard());
    Document d = new Document("d1", null, null, "Example News", null, DateSource.FIELD, "https://example.org/a",
        "en", "text", List.of(), List.of(), "test");
    return coder.code(new AnnotatedDocument(d, List.of(s)));
  }

  @Test
  void intent_stated_by_the_actors_own_side_is_an_asserted_agreement() {
    AnnotatedSentence s = TestParses.corenlp(
        "Jordan will provide food aid to Iraq , the Jordanian foreign minister said .");
    List<Event> events = code(s, TestParses.mention(s, "Jordan", "JOR"), TestParses.mention(s, "Iraq", "IRQ"),
        TestParses.mention(s, "Jordanian foreign minister", "JORGOV"));
    assertEquals(1, events.size(), events.toString());
    assertEquals("03", events.get(0).cameoRoot());
    assertEquals("AGREE", events.get(0).plover());
    assertEquals(Modality.ASSERTED, events.get(0).modality());
  }

  @Test
  void intent_reported_by_others_is_kept_as_reported() {
    AnnotatedSentence s = TestParses.corenlp("Iraq is to release the prisoners , officials said .");
    List<Event> events = code(s, TestParses.mention(s, "Iraq", "IRQ"));
    assertEquals(1, events.size(), events.toString());
    assertEquals("0353", events.get(0).cameo());
    assertEquals(Modality.REPORTED, events.get(0).modality());
  }

  @Test
  void conditional_threat_is_coded_not_dropped_as_hypothetical() {
    AnnotatedSentence s = TestParses.corenlp("Iran will strike Israel if it attacks , the Iranian minister said .");
    List<Event> events = code(s, TestParses.mention(s, "Iran", "IRN"), TestParses.mention(s, "Israel", "ISR"),
        TestParses.mention(s, "Iranian minister", "IRNGOV"));
    assertEquals(1, events.size(), events.toString());
    assertEquals("1384", events.get(0).cameo());
    assertEquals("THREATEN", events.get(0).plover());
    assertEquals(Modality.ASSERTED, events.get(0).modality());
  }

  @Test
  void scheduled_act_without_speech_verb_is_the_act_planned() {
    AnnotatedSentence s = TestParses.corenlp("Sudani will meet Biden at the White House .");
    List<Event> events = code(s, TestParses.mention(s, "Sudani", "IRQGOV"), TestParses.mention(s, "Biden", "USAGOV"));
    assertEquals(1, events.size(), events.toString());
    assertEquals("040", events.get(0).cameo());
    assertEquals(Modality.PLANNED, events.get(0).modality());
  }

  @Test
  void reported_prediction_of_a_third_partys_attack_is_a_forecast_left_out() {
    AnnotatedSentence s = TestParses.corenlp("The US said Iran would attack Israel .");
    List<Event> events = code(s, TestParses.mention(s, "US", "USA"), TestParses.mention(s, "Iran", "IRN"),
        TestParses.mention(s, "Israel", "ISR"));
    assertEquals(List.of(), events, "hypothetical events are left out by default");
  }
}
