package org.pharos.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ScorersTest {
  private static final Function<String, String> ROOT_TO_PLOVER =
      c -> switch (c.substring(0, 2)) {
        case "19", "18" -> "ASSAULT";
        case "11" -> "ACCUSE";
        case "04" -> "CONSULT";
        default -> null;
      };

  private static GoldRecord rec(String id, GoldEvent... events) {
    return new GoldRecord(id, "T", null, "text " + id, List.of(events));
  }

  private static GoldEvent g(String s, String t, String cameo) {
    return new GoldEvent(List.of(s), List.of(t), cameo, null);
  }

  private static CodedEvent e(String s, String t, String cameo) {
    return new CodedEvent(s, t, cameo, ROOT_TO_PLOVER.apply(cameo), "");
  }

  @Test
  void levels_differ_when_only_the_subcode_and_sector_differ() {
    TripleScorer s = new TripleScorer(ROOT_TO_PLOVER);
    s.add(rec("1", g("USAMIL", "IRQREB", "195")), List.of(e("USA", "IRQ", "190")));
    assertEquals(new Prf(0, 1, 1), s.totals().get(Level.EXACT));
    assertEquals(new Prf(1, 0, 0), s.totals().get(Level.ROOT_COUNTRY));
    assertEquals(new Prf(1, 0, 0), s.totals().get(Level.PLOVER_COUNTRY));
    assertEquals(0.0, s.exactRecordShare());
  }

  @Test
  void multisets_count_a_duplicate_production_as_one_extra() {
    TripleScorer s = new TripleScorer(ROOT_TO_PLOVER);
    RecordResult r = s.add(rec("1", g("USA", "IRN", "111")), List.of(e("USA", "IRN", "111"), e("USA", "IRN", "111")));
    assertEquals(new Prf(1, 1, 0), s.totals().get(Level.EXACT));
    assertEquals(1.0, s.extrasPerRecord());
    assertFalse(r.exactlyRight());
    assertEquals(1, r.extra().size());
  }

  @Test
  void a_record_expecting_nothing_is_right_when_nothing_is_produced() {
    TripleScorer s = new TripleScorer(ROOT_TO_PLOVER);
    s.add(rec("1"), List.of());
    s.add(rec("2", g("USA", "IRQ", "042")), List.of(e("USA", "IRQ", "042")));
    assertEquals(1.0, s.exactRecordShare());
    assertEquals(1.0, s.totals().get(Level.EXACT).f1());
  }

  @Test
  void plover_record_is_found_by_category_and_countries_with_open_sides() {
    PloverScorer s = new PloverScorer();
    GoldRecord r1 = new GoldRecord("a", "FIGHT", null, "", List.of(
        new GoldEvent(List.of("ISRMIL"), List.of(), null, "ASSAULT")));
    GoldRecord r2 = new GoldRecord("b", "CONSULT", null, "", List.of(
        new GoldEvent(List.of("ISR", "LBN"), List.of("LBN", "ISR"), null, "CONSULT")));
    GoldRecord r3 = new GoldRecord("c", "DISAPPROVE", null, "", List.of(
        new GoldEvent(List.of("USA"), List.of("RUS"), null, "ACCUSE")));
    s.add(r1, List.of(e("ISR", "PSE", "190")));
    s.add(r2, List.of(e("LBN", "ISR", "040")));
    s.add(r3, List.of(e("USA", "RUS", "040"), e("RUS", "USA", "111")));
    assertEquals(new Prf(2, 2, 1), s.total());
    assertEquals(1, s.confusion().get("ACCUSE").get("CONSULT"));
    assertTrue(s.perCategory().get("CONSULT").fp() == 1);
  }

  @Test
  void plover_multi_actor_gold_event_accepts_one_produced_event_per_actor_pair_but_not_repeats() {
    PloverScorer s = new PloverScorer();
    GoldRecord r = new GoldRecord("a", "CONSULT", null, "", List.of(
        new GoldEvent(List.of("USA", "JOR"), List.of(), null, "CONSULT")));
    // USA>JOR found; JOR>USA is the other pair of the same event; a second USA>JOR and an accusation are extra
    s.add(r, List.of(e("USA", "JOR", "040"), e("JOR", "USA", "040"), e("USA", "JOR", "042"), e("JOR", "GBR", "111")));
    assertEquals(new Prf(1, 2, 0), s.total());
    GoldRecord single = new GoldRecord("b", "CONSULT", null, "", List.of(
        new GoldEvent(List.of("USA"), List.of("JOR"), null, "CONSULT")));
    PloverScorer t = new PloverScorer();
    t.add(single, List.of(e("USA", "JOR", "040"), e("JOR", "USA", "040")));
    assertEquals(new Prf(1, 1, 0), t.total(), "a reversed pair does not match a one-sided gold event");
  }

  @Test
  void prf_is_zero_not_nan_when_nothing_was_produced() {
    Prf p = new Prf(0, 0, 5);
    assertEquals(0.0, p.precision());
    assertEquals(0.0, p.f1());
  }
}
