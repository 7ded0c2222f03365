package org.pharos.coder.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pharos.model.ActorRef;
import org.pharos.model.Place;

class ImpliedTargetTest {
  private final ImpliedTarget implied = new ImpliedTarget();
  private static final Place KIRKUK = new Place("Kirkuk", "IRQ", 35.47, 44.39);
  private static final Place TOKYO = new Place("Tokyo", "JPN", 35.68, 139.69);

  private static ActorRef actor(String text, String name, String code, String country, String sector) {
    return new ActorRef(text, name, code, country, sector, null);
  }

  private static String code(Optional<ActorRef> a) {
    return a.map(ActorRef::code).orElse("-");
  }

  @Test
  void untargeted_protest_demand_or_rejection_by_citizens_or_opposition_is_addressed_to_their_government() {
    ActorRef students = actor("students", "students", "IDNEDU", "IDN", "EDU");
    assertEquals("IDNGOV", code(implied.of("141", students, null, false)));
    assertEquals("IDNGOV", code(implied.of("100", students, null, false)));
    ActorRef rebels = actor("Ivory Coast rebels", "rebels", "CIVREB", "CIV", "REB");
    assertEquals("CIVGOV", code(implied.of("125", rebels, null, false)));
    ActorRef kurds = actor("Iraqi Kurds", "Iraq", "IRQ", "IRQ", null);
    assertEquals("IRQGOV", code(implied.of("141", kurds, null, false)), "people named by nationality");
  }

  @Test
  void the_state_itself_and_organisations_imply_no_own_government() {
    assertEquals("-", code(implied.of("141", actor("the government", "government", "IRQGOV", "IRQ", "GOV"), null, false)));
    assertEquals("-", code(implied.of("141", actor("police", "police", "IRQCOP", "IRQ", "COP"), null, false)));
    assertEquals("-", code(implied.of("100", actor("Iraq", "Iraq", "IRQ", "IRQ", null), null, false)),
        "the bare country name is the state");
    assertEquals("-", code(implied.of("141", actor("the UN", "United Nations", "IGOUNO", null, "GOV"), null, false)));
    assertEquals("-", code(implied.of("141", actor("gunmen", "gunmen", "---UAF", "---", "UAF"), null, false)));
  }

  @Test
  void dissent_rule_covers_only_protest_demand_and_rejection() {
    ActorRef students = actor("students", "students", "IDNEDU", "IDN", "EDU");
    assertEquals("-", code(implied.of("190", students, null, false)), "force names its own target");
    assertEquals("-", code(implied.of("040", students, null, false)));
    assertEquals("-", code(implied.of("111", students, null, false)));
  }

  @Test
  void a_place_abroad_is_the_target_of_any_event_and_every_place_is_abroad_for_an_organisation() {
    ActorRef obama = actor("Obama", "Barack Obama", "USAGOV", "USA", "GOV");
    assertEquals("JPN", code(implied.of("040", obama, TOKYO, false)));
    assertEquals("JPN", code(implied.of("0874", obama, TOKYO, false)));
    ActorRef redCross = actor("Red Cross officials", "Red Cross", "IGOHLHIRC", null, "HLH");
    assertEquals("IRQ", code(implied.of("162", redCross, KIRKUK, false)));
    ActorRef japan = actor("Japan", "Japan", "JPN", "JPN", null);
    assertEquals("-", code(implied.of("040", japan, TOKYO, false)), "a meeting at home addresses no one by its place");
  }

  @Test
  void a_place_at_home_is_the_target_of_coercion_and_agreement_only() {
    ActorRef government = actor("Iraq's government", "government", "IRQGOV", "IRQ", "GOV");
    assertEquals("IRQ", code(implied.of("1723", government, KIRKUK, false)));
    assertEquals("IRQ", code(implied.of("030", government, KIRKUK, false)));
    assertEquals("-", code(implied.of("042", government, KIRKUK, false)));
  }

  @Test
  void a_place_abroad_wins_over_the_own_government_and_a_place_of_the_source_counts_for_nothing() {
    ActorRef students = actor("Iranian students", "students", "IRNEDU", "IRN", "EDU");
    assertEquals("IRQ", code(implied.of("141", students, KIRKUK, false)));
    assertEquals("IRNGOV", code(implied.of("141", students, KIRKUK, true)),
        "students in Kirkuk protesting: the place is where they are, not whom they address");
    ActorRef mission = actor("The United Nations mission", "United Nations", "IGOUNO", null, "GOV");
    assertTrue(implied.of("020", mission, KIRKUK, true).isEmpty(), "the UN mission in Iraq appealing");
  }

  @Test
  void place_rule_alone_serves_a_target_of_no_known_country() {
    ActorRef france = actor("France", "France", "FRA", "FRA", null);
    assertEquals("JPN", code(implied.ofPlace("0334", france, TOKYO, false)));
    assertEquals("-", code(implied.ofPlace("141", actor("students", "students", "IDNEDU", "IDN", "EDU"), null, false)),
        "no place, no own government either");
    assertTrue(ImpliedTarget.isCountryless(actor("troops", "troops", "---MIL", null, "MIL")));
    assertTrue(ImpliedTarget.isCountryless(actor("someone", null, null, null, null)));
    assertTrue(!ImpliedTarget.isCountryless(actor("US troops", "troops", "USAMIL", "USA", "MIL")));
    assertTrue(!ImpliedTarget.isCountryless(actor("the UN", "United Nations", "IGOUNO", null, "GOV")));
  }

  @Test
  void no_source_implies_nothing() {
    assertTrue(implied.of("141", null, KIRKUK, false).isEmpty());
    assertTrue(implied.of(null, actor("students", "students", "IDNEDU", "IDN", "EDU"), KIRKUK, false).isEmpty());
  }
}
