package org.pharos.ingest.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DatelineTest {

  @Test
  void wire_dateline_gives_place_month_day_and_agency() {
    Dateline d = Dateline.parse("BAGHDAD, Jan. 4 (Tigris Wire) — A drone strike hit a headquarters in the east of"
        + " the capital.").orElseThrow();
    assertEquals("BAGHDAD", d.place());
    assertEquals("--01-04", d.date().toIso());
    assertEquals("Tigris Wire", d.agency());
  }

  @Test
  void dateline_with_country_and_hyphen_is_read() {
    Dateline d = Dateline.parse("AL-QAIM, Iraq, Dec. 30 (Reuters) - Mourners carried coffins through the town.")
        .orElseThrow();
    assertEquals("AL-QAIM", d.place());
    assertEquals("--12-30", d.date().toIso());
    assertEquals("Reuters", d.agency());
  }

  @Test
  void ordinary_opening_sentences_are_not_datelines() {
    assertTrue(Dateline.parse("Iraq said on Monday (local time) - after a long delay - that talks would resume.")
        .isEmpty());
    assertTrue(Dateline.parse("BAGHDAD, officials (speaking anonymously) - said the talks were over.").isEmpty());
  }
}
