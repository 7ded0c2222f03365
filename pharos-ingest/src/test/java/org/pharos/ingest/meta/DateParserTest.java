package org.pharos.ingest.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pharos.model.PartialDate;

class DateParserTest {

  private static String parse(String text) {
    return DateParser.parse(text, null).map(PartialDate::toIso).orElse("none");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "2024-01-05|2024-01-05",
      "2024-01-05T10:00:00Z|2024-01-05",
      "2023-11-22T04:10:00+03:00|2023-11-22",
      "2024/01/05|2024-01-05",
      "January 5, 2024|2024-01-05",
      "Jan. 5 2024|2024-01-05",
      "Wednesday 22 Nov 2023|2023-11-22",
      "Wednesday, November 22, 2023|2023-11-22",
      "5th of January 2024|2024-01-05",
      "22 November 2023, 14:35 GMT|2023-11-22",
      "January 2024|2024-01",
      "2024|2024",
      "2024-07|2024-07",
  })
  void named_and_iso_shapes_parse_to_full_or_partial_dates(String text, String iso) {
    assertEquals(iso, parse(text));
  }

  @Test
  void numeric_dates_are_day_first() {
    assertEquals("2024-01-08", parse("08.01.2024"));
    assertEquals("2020-02-03", parse("03/02/2020"));
    assertEquals("2024-05-13", parse("13.05.2024"));
    assertEquals("2024-01-08", parse("08-01-24"));
  }

  @Test
  void impossible_day_first_reading_swaps_to_month_first() {
    assertEquals("2024-05-13", parse("05.13.2024"));
    assertEquals("2023-12-25", parse("12/25/2023"));
  }

  @Test
  void impossible_dates_are_rejected_not_coerced() {
    assertEquals("none", parse("31.02.2024"));
    assertEquals("none", parse("13.13.2024"));
    assertEquals("none", parse("February 30, 2023"));
  }

  @Test
  void month_day_without_year_stays_partial() {
    PartialDate d = DateParser.parse("July 16", null).orElseThrow();
    assertEquals(new PartialDate(null, 7, 16), d);
    assertEquals("--07-16", d.toIso());
    assertEquals("--07-16", parse("16 July"));
  }

  @Test
  void month_day_takes_the_reference_year_when_given() {
    assertEquals("2024-07-16", DateParser.parse("July 16", 2024).orElseThrow().toIso());
    DateMatch m = DateParser.find("talks resumed on 16 July in Baghdad", 2024).orElseThrow();
    assertTrue(m.yearInferred());
    assertEquals("2024-07-16", m.date().toIso());
  }

  @Test
  void leap_day_without_year_is_kept_but_not_forced_into_a_non_leap_reference_year() {
    assertEquals("--02-29", parse("February 29"));
    assertEquals("--02-29", DateParser.parse("February 29", 2023).orElseThrow().toIso());
  }

  @Test
  void text_that_merely_contains_a_date_is_not_a_date() {
    assertEquals("none", parse("January 5, 2024 was the day of the strike"));
    assertEquals("none", parse("US strikes militia sites"));
    assertEquals("none", parse(""));
  }

  @Test
  void find_locates_a_date_inside_a_line_with_its_span() {
    String line = "02.02.2020 Author: Kareem Nasser";
    DateMatch m = DateParser.find(line, null).orElseThrow();
    assertEquals("2020-02-02", m.date().toIso());
    assertEquals(0, m.start());
    assertEquals(10, m.end());
  }

  @Test
  void find_all_prefers_the_longest_reading_at_a_position() {
    List<DateMatch> all = DateParser.findAll("From 22 Nov 2023 to January 2024 and on March 3.", null);
    assertEquals(List.of("2023-11-22", "2024-01", "--03-03"),
        all.stream().map(d -> d.date().toIso()).toList());
  }

  @Test
  void lower_case_may_is_the_verb_not_the_month() {
    assertFalse(DateParser.find("officials may 5 times reconsider", null).isPresent());
    assertEquals("2024-05-05", parse("May 5, 2024"));
  }

  @Test
  void version_numbers_and_ip_addresses_are_not_dates() {
    assertTrue(DateParser.findAll("library 1.2.2024.5 at 10.1.2024.7", null).isEmpty());
  }
}
