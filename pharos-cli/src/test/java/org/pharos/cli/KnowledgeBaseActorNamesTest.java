package org.pharos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.pharos.analytics.power.ActorKeys;

class KnowledgeBaseActorNamesTest {

  private static final KnowledgeBaseActorNames NAMES = KnowledgeBaseActorNames.loadDefault();

  @Test
  void organisations_and_groups_are_named_from_the_knowledge_base() {
    assertEquals("United Nations", NAMES.nameOf("IGOUNO"));
    assertEquals("UN Security Council", NAMES.nameOf("IGOUNOUSC"));
    assertEquals("Kataib Hezbollah", NAMES.nameOf("IRQUAFKTH"));
    assertEquals("Popular Mobilization Forces", NAMES.nameOf("IRQMILPMF"));
    assertEquals("Iraq", NAMES.nameOf("IRQ"));
  }

  @Test
  void a_block_shared_by_several_organisations_or_generic_names_is_left_unnamed() {
    assertNull(NAMES.nameOf("IGOWST"), "NATO, the G7 and the coalition share IGOWST");
    assertNull(NAMES.nameOf("---UAF"), "gunmen, militia and attackers all code ---UAF");
    assertNull(NAMES.nameOf("---REB"), "militants and rebels both code ---REB");
    assertEquals("refugees", NAMES.nameOf("---REF"), "the one generic name of ---REF");
    assertEquals("unidentified rebels", ActorKeys.label("---REB", NAMES));
    assertNull(NAMES.nameOf("USAMIL"), "a country and sector is spelled out by the analytics");
    assertEquals("United States military", ActorKeys.label("USAMIL", NAMES));
    assertEquals("unidentified armed groups", ActorKeys.label("---UAF", NAMES));
  }
}
