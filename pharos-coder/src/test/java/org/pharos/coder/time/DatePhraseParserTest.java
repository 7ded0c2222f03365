package org.pharos.coder.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pharos.model.DatePrecision;
import org.pharos.model.PartialDate;

class DatePhraseParserTest {
  private static final PartialDate DOC = PartialDate.parse("2024-01-26");

  private static EventDate only(String text, PartialDate doc) {
    List<DatePhraseParser.DatePhrase> p = DatePhraseParser.find(text, doc);
    assertEquals(1, p.size(), p.toString());
    return p.get(0).date();
  }

  @Test
  void weekday_with_ordinal_day_of_month() {
    assertEquals("2024-01-24", only("On Wednesday the 24th of January, drones struck.", DOC).dateIso());
  }

  @Test
  void month_day_without_year_takes_the_document_year() {
    assertEquals("2024-01-20", only("US forces struck on January 20.", DOC).dateIso());
  }

  @Test
  void day_range_gives_start_and_end() {
    EventDate d = only("Strikes hit Jurf al-Sakhar on November 21-22, 2023.", DOC);
    assertEquals("2023-11-21", d.dateIso());
    assertEquals("2023-11-22", d.dateEndIso());
  }

  @Test
  void month_and_year_is_month_precision() {
    EventDate d = only("The US imposed sanctions in January 2020.", null);
    assertEquals("2020-01", d.dateIso());
    assertEquals(DatePrecision.MONTH, d.precision());
  }

  @Test
  void since_marks_an_open_start() {
    EventDate d = only("Militias have attacked US forces since October 17.", PartialDate.parse("2023-11-20"));
    assertEquals("2023-10-17", d.dateIso());
    assertTrue(d.since());
  }

  @Test
  void bare_weekday_resolves_to_the_last_such_day_before_the_document() {
    assertEquals("2024-01-24", only("Drones hit the base on Wednesday.", DOC).dateIso());
    assertTrue(DatePhraseParser.find("Drones hit the base on Wednesday.", null).isEmpty());
  }

  @Test
  void day_month_year_and_year_only() {
    assertEquals("2020-01-03", only("He was killed on 3 January 2020 at the airport.", null).dateIso());
    assertEquals(DatePrecision.YEAR, only("Troops withdrew in 2011.", null).precision());
  }
}
