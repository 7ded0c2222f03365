package org.pharos.coder.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pharos.coder.events.TestParses;
import org.pharos.model.DatePrecision;
import org.pharos.model.DateSource;
import org.pharos.model.PartialDate;
import org.pharos.model.text.AnnotatedSentence;
import org.pharos.model.text.Timex;

class EventDateResolverTest {
  private final EventDateResolver resolver = new EventDateResolver();
  private static final PartialDate DOC = PartialDate.parse("2024-01-26");

  private static final String TWO_CLAUSES = """
      1 Iraq Iraq NNP 2/nsubj
      2 condemned condemn VBD 0/root
      3 on on IN 4/case
      4 Friday Friday NNP 2/obl:on
      5 strikes strike NNS 2/obj
      6 that that WDT 8/nsubj
      7 had have VBD 8/aux
      8 hit hit VBN 5/acl:relcl
      9 Erbil Erbil NNP 8/obj
      10 on on IN 11/case
      11 Wednesday Wednesday NNP 8/obl:on
      """;

  @Test
  void timex_attached_to_the_trigger_clause_wins() {
    AnnotatedSentence s = TestParses.parse(0, TWO_CLAUSES, List.of(
        new Timex("Friday", "DATE", "2024-01-26", 4, 5), new Timex("Wednesday", "DATE", "2024-01-24", 11, 12)));
    assertEquals("2024-01-26", resolver.resolve(s, 2, 2, DOC).dateIso());
    EventDate hit = resolver.resolve(s, 8, 8, DOC);
    assertEquals("2024-01-24", hit.dateIso());
    assertEquals(DateSource.TEXT, hit.source());
    assertEquals(DatePrecision.DAY, hit.precision());
  }

  @Test
  void month_day_timex_without_anchor_takes_the_document_year() {
    AnnotatedSentence s = TestParses.corenlp("Putin met Sudani in Moscow on October 10 .");
    AnnotatedSentence withTimex = new AnnotatedSentence(0, s.text(), s.begin(), s.end(), s.tokens(), s.dependencies(),
        List.of(), List.of(new Timex("October 10", "DATE", "XXXX-10-10", 7, 9)));
    assertEquals("2023-10-10", resolver.resolve(withTimex, 2, 2, PartialDate.parse("2023-10-11")).dateIso());
    // no document date: the year stays unknown, so the event has no date rather than a guessed one
    assertEquals(DateSource.NONE, resolver.resolve(withTimex, 2, 2, null).source());
  }

  @Test
  void without_timex_the_phrase_parser_dates_the_event() {
    AnnotatedSentence s = TestParses.corenlp("The US imposed sanctions on Kataib Hezbollah in January 2020 .");
    EventDate d = resolver.resolve(s, 3, 3, DOC);
    assertEquals("2020-01", d.dateIso());
    assertEquals(DatePrecision.MONTH, d.precision());
  }

  @Test
  void range_phrase_gives_an_end_date() {
    AnnotatedSentence s = TestParses.corenlp("Militants launched drones at the US base on November 21 - 22 .");
    EventDate d = resolver.resolve(s, 2, 2, PartialDate.parse("2023-11-23"));
    assertEquals("2023-11-21", d.dateIso());
    assertEquals("2023-11-22", d.dateEndIso());
  }

  @Test
  void no_time_expression_falls_back_to_the_publication_date_then_none() {
    AnnotatedSentence s = TestParses.corenlp("Iraq demanded the withdrawal of foreign forces .");
    EventDate d = resolver.resolve(s, 2, 2, PartialDate.parse("2024-01"));
    assertEquals("2024-01", d.dateIso());
    assertEquals(DateSource.DOCUMENT, d.source());
    assertEquals(DatePrecision.MONTH, d.precision());
    EventDate none = resolver.resolve(s, 2, 2, null);
    assertNull(none.dateIso());
    assertEquals(DateSource.NONE, none.source());
    assertEquals(DatePrecision.UNKNOWN, none.precision());
  }
}
