package org.pharos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pharos.eval.GoldRecord;
import org.pharos.model.DatePrecision;
import org.pharos.model.DateSource;
import org.pharos.model.Document;
import org.pharos.model.Event;
import org.pharos.model.Modality;
import org.pharos.model.PartialDate;
import org.pharos.model.text.AnnotatedSentence;

class GoldContextTest {

  private static final String TEXT = "BAGHDAD, Jan. 3 (Wire) — Prime Minister Adil Abdul-Mahdi\n condemned the strike.\n\n"
      + "He called  it an  aggression against Iraq. Nothing else happened.";
  private static final Document DOC = Document.ofText("d1", TEXT, PartialDate.parse("2020-01-03"));

  private static GoldRecord record(String id, String text) {
    return new GoldRecord(id, null, PartialDate.parse("2020-01-03"), text, List.of());
  }

  private static AnnotatedSentence sentence(int index, String part) {
    int begin = TEXT.indexOf(part);
    return new AnnotatedSentence(index, part, begin, begin + part.length(), List.of(), List.of(), List.of(), List.of());
  }

  private static Event eventIn(int sentenceIndex) {
    return new Event("e" + sentenceIndex, "d1", sentenceIndex, "s", "t", null, null, "111", "11", 3, -2.0, "ACCUSE",
        null, Modality.ASSERTED, "2020-01-03", null, DatePrecision.DAY, DateSource.TEXT, null, List.of(), 0.8, null, null);
  }

  @Test
  void a_record_is_found_in_its_document_despite_different_white_space() {
    GoldContext c = GoldContext.locate(List.of(record("r1", "He called it an aggression against Iraq.")), List.of(DOC));
    GoldContext.Located at = c.of(record("r1", ""));
    assertEquals(DOC, at.document());
    assertEquals("He called  it an  aggression against Iraq.", TEXT.substring(at.begin(), at.end()));
  }

  @Test
  void a_record_that_is_in_no_document_is_not_located() {
    GoldContext c = GoldContext.locate(List.of(record("r1", "Something nobody wrote.")), List.of(DOC));
    assertNull(c.of(record("r1", "")));
    assertEquals(0, c.size());
  }

  @Test
  void only_the_events_of_the_record_sentence_are_kept() {
    GoldContext c = GoldContext.locate(List.of(record("r2", "He called it an aggression against Iraq.")), List.of(DOC));
    List<AnnotatedSentence> sentences = List.of(
        sentence(0, "BAGHDAD, Jan. 3 (Wire) — Prime Minister Adil Abdul-Mahdi\n condemned the strike."),
        sentence(1, "He called  it an  aggression against Iraq."),
        sentence(2, "Nothing else happened."));
    List<Event> kept = GoldContext.eventsIn(c.of(record("r2", "")), sentences, List.of(eventIn(0), eventIn(1), eventIn(2)));
    assertEquals(List.of("e1"), kept.stream().map(Event::eventId).toList());
  }
}
