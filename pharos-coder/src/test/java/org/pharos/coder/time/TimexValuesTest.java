package org.pharos.coder.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.pharos.model.DatePrecision;
import org.pharos.model.PartialDate;

class TimexValuesTest {
  private static final PartialDate DOC = PartialDate.parse("2024-01-25");

  @Test
  void full_day_month_and_year_values_keep_their_precision() {
    assertEquals(DatePrecision.DAY, TimexValues.parse("2024-01-24", DOC).orElseThrow().precision());
    EventDate month = TimexValues.parse("2020-01", null).orElseThrow();
    assertEquals("2020-01", month.dateIso());
    assertEquals(DatePrecision.MONTH, month.precision());
    assertEquals(DatePrecision.YEAR, TimexValues.parse("2020", null).orElseThrow().precision());
  }

  @Test
  void unknown_year_is_filled_from_the_document_date() {
    assertEquals("2024-01-20", TimexValues.parse("XXXX-01-20", DOC).orElseThrow().dateIso());
    // late December in a January article belongs to the year before
    assertEquals("2023-12-29", TimexValues.parse("XXXX-12-29", DOC).orElseThrow().dateIso());
    assertFalse(TimexValues.parse("XXXX-06-27", null).isPresent());
  }

  @Test
  void ranges_give_an_end_date() {
    EventDate d = TimexValues.parse("2023-11-21/2023-11-22", null).orElseThrow();
    assertEquals("2023-11-21", d.dateIso());
    assertEquals("2023-11-22", d.dateEndIso());
  }

  @Test
  void non_calendar_values_give_nothing() {
    assertFalse(TimexValues.parse("PRESENT_REF", DOC).isPresent());
    assertFalse(TimexValues.parse("P2M", DOC).isPresent());
    assertFalse(TimexValues.parse("2024-W04", DOC).isPresent());
    assertFalse(TimexValues.parse("2024-02-31", DOC).isPresent());
    assertNull(TimexValues.parse("2020-SU", DOC).orElseThrow().dateEnd());
  }
}
