package org.pharos.analytics.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.pharos.model.ActorRef;

class ActorKeysTest {

  @Test
  void country_level_keeps_armed_groups_apart_from_their_government() {
    assertEquals("IRQ", ActorKeys.key(TestEvents.IRQ_GOV, ActorLevel.COUNTRY));
    assertEquals("IRQ", ActorKeys.key(TestEvents.IRQ_MIL, ActorLevel.COUNTRY));
    assertEquals("IRQUAF", ActorKeys.key(TestEvents.KH, ActorLevel.COUNTRY));
    assertEquals("IMGREB", ActorKeys.key(TestEvents.ISIS, ActorLevel.COUNTRY));
  }

  @Test
  void sector_level_cuts_the_code_at_six_letters_and_group_level_keeps_it_whole() {
    assertEquals("IRQUAF", ActorKeys.key(TestEvents.KH, ActorLevel.SECTOR));
    assertEquals("USAMIL", ActorKeys.key(TestEvents.USA_MIL, ActorLevel.SECTOR));
    assertEquals("IRQUAFKTH", ActorKeys.key(TestEvents.KH, ActorLevel.GROUP));
  }

  @Test
  void country_falls_back_to_the_code_and_unknown_primaries_have_none() {
    ActorRef bare = new ActorRef("Turkey", null, "TUR", null, null, null);
    assertEquals("TUR", ActorKeys.key(bare, ActorLevel.COUNTRY));
    assertTrue(ActorKeys.isState(bare));
    ActorRef civilians = new ActorRef("civilians", null, "---CVL", null, "CVL", null);
    assertNull(ActorKeys.key(civilians, ActorLevel.COUNTRY));
    ActorRef militia = new ActorRef("militiamen", null, "---UAF", null, "UAF", "IRN");
    assertEquals("---UAF", ActorKeys.key(militia, ActorLevel.COUNTRY));
    assertTrue(ActorKeys.isArmedNonState(militia));
  }

  @Test
  void igo_codes_are_neither_states_nor_merged_at_country_level() {
    ActorRef un = new ActorRef("UN", "United Nations", "IGOUNO", null, "GOV", null);
    ActorRef unsc = new ActorRef("UNSC", "UN Security Council", "IGOUNOUSC", null, "GOV", null);
    assertEquals("IGOUNO", ActorKeys.key(un, ActorLevel.COUNTRY));
    assertEquals("IGOUNO", ActorKeys.key(unsc, ActorLevel.COUNTRY));
    assertFalse(ActorKeys.isState(un));
  }

  @Test
  void labels_spell_out_countries_and_sectors() {
    assertEquals("Iraq", ActorKeys.label("IRQ"));
    assertEquals("Iraq armed groups", ActorKeys.label("IRQUAF"));
    assertEquals("transnational rebels", ActorKeys.label("IMGREB"));
    assertEquals("IRQUAFKTH", ActorKeys.label("IRQUAFKTH"));
  }
}
