package org.pharos.analytics.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pharos.analytics.power.TestEvents.actor;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pharos.model.ActorRef;

class KeyLabelsTest {

  private static final ActorNames NAMES = Map.of(
      "IGOUNO", "United Nations",
      "IGOUNOUSC", "UN Security Council",
      "IGOWSTNAT", "NATO",
      "IGOWSTCOA", "Global Coalition",
      "IRQUAFKTH", "Kataib Hezbollah")::get;

  private static final ActorRef COALITION = actor("IGOWSTCOA", null, "MIL", null, null);
  private static final ActorRef NATO = actor("IGOWSTNAT", null, "MIL", null, null);
  private static final ActorRef KH = actor("IRQUAFKTH", "IRQ", "UAF", "IRN", null);
  private static final ActorRef MILITIA = actor("---UAF", "IRQ", "UAF", null, null);

  @Test
  void a_key_seen_under_one_code_only_takes_that_codes_name() {
    KeyLabels labels = new KeyLabels(ActorLevel.COUNTRY, NAMES);
    labels.see("IGOWST", COALITION);
    labels.see("IRQUAF", KH);
    assertEquals("Global Coalition", labels.label("IGOWST"));
    assertEquals("Kataib Hezbollah", labels.label("IRQUAF"));
  }

  @Test
  void a_key_seen_under_several_codes_takes_its_own_name_or_the_busiest_codes_names() {
    KeyLabels labels = new KeyLabels(ActorLevel.COUNTRY, NAMES);
    labels.see("IGOWST", NATO);
    labels.see("IGOWST", COALITION);
    labels.see("IGOWST", COALITION);
    labels.see("IRQUAF", KH);
    labels.see("IRQUAF", MILITIA);
    labels.see("IGOUNO", actor("IGOUNO", null, "GOV", null, null));
    labels.see("IGOUNO", actor("IGOUNOUSC", null, "GOV", null, null));
    assertEquals("Global Coalition / NATO", labels.label("IGOWST"));
    assertEquals("Iraq armed groups", labels.label("IRQUAF"), "sector words when the groups differ");
    assertEquals("United Nations", labels.label("IGOUNO"));
  }

  @Test
  void countries_keep_their_names_and_unknown_keys_their_code_without_names() {
    KeyLabels labels = new KeyLabels(ActorLevel.COUNTRY, null);
    labels.see("IRQ", actor("IRQGOV", "IRQ", "GOV", null, "Iraqi government"));
    labels.see("IGOWST", NATO);
    assertEquals("Iraq", labels.label("IRQ"));
    assertEquals("IGOWST", labels.label("IGOWST"));
    assertEquals("Kataib Hezbollah", ActorKeys.label("IRQUAFKTH", NAMES));
    assertEquals("United States military", ActorKeys.label("USAMIL", NAMES));
  }

  @Test
  void an_events_actor_keeps_its_own_name_unless_it_only_names_the_country() {
    assertEquals("Joe Biden", ActorKeys.displayName(actor("USAGOV", "USA", "GOV", null, "Joe Biden"), NAMES));
    assertEquals("Iraq legislature", ActorKeys.displayName(actor("IRQLEG", "IRQ", "LEG", null, "Iraq"), NAMES));
    assertEquals("Iraq", ActorKeys.displayName(actor("IRQ", "IRQ", null, null, "Iraq"), NAMES));
    assertEquals("Kataib Hezbollah", ActorKeys.displayName(actor("IRQUAFKTH", "IRQ", "UAF", null, null), NAMES));
    assertEquals(null, ActorKeys.displayName(null, NAMES));
  }
}
