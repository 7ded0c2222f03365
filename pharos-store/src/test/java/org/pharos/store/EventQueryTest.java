package org.pharos.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pharos.model.Modality;

class EventQueryTest {
  @Test
  void partial_since_and_until_cover_whole_periods() {
    EventQuery q = EventQuery.builder().since("2024-02").until("2024-02").build();
    assertEquals(LocalDate.of(2024, 2, 1), q.since().orElseThrow());
    assertEquals(LocalDate.of(2024, 2, 29), q.until().orElseThrow());
    EventQuery y = EventQuery.builder().since("2023").until("2023").build();
    assertEquals(LocalDate.of(2023, 1, 1), y.since().orElseThrow());
    assertEquals(LocalDate.of(2023, 12, 31), y.until().orElseThrow());
  }

  @Test
  void type_is_cameo_when_digits_and_plover_otherwise() {
    assertTrue(EventQuery.builder().type("19").build().typeIsCameo());
    EventQuery plover = EventQuery.builder().type(" assault ").build();
    assertFalse(plover.typeIsCameo());
    assertEquals("ASSAULT", plover.type().orElseThrow());
  }

  @Test
  void codes_are_upper_cased_and_must_be_alphanumeric() {
    assertEquals("USAMIL", EventQuery.builder().actor("usamil").build().actor().orElseThrow());
    IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
        () -> EventQuery.builder().actor("US%"));
    assertTrue(ex.getMessage().contains("US%"), ex.getMessage());
  }

  @Test
  void bad_dates_modalities_and_ranges_are_rejected_with_the_value() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> EventQuery.builder().since("21/11/2023"))
        .getMessage().contains("21/11/2023"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> EventQuery.builder().modality("rumoured"))
        .getMessage().contains("rumoured"));
    assertThrows(IllegalArgumentException.class,
        () -> EventQuery.builder().since("2024").until("2023").build());
    assertThrows(IllegalArgumentException.class, () -> EventQuery.builder().limit(-1));
  }

  @Test
  void to_builder_copies_every_criterion() {
    EventQuery q = EventQuery.builder().actor("USA").source("USAMIL").target("IRQ").type("195").country("IRN")
        .place("Baghdad").docId("d").since("2023").until("2024").modality(Modality.REPORTED).limit(5).offset(10)
        .build();
    assertEquals(q.toString(), q.toBuilder().build().toString());
    assertEquals(20, q.toBuilder().offset(20).build().offset());
    assertEquals(10, q.offset());
  }
}
