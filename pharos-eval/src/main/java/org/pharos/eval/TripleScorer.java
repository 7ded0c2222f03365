package org.pharos.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Scores coded events against gold triples (source, target, event) as multisets, per record, at the
 * three {@link Level}s; also the share of records coded exactly right and the extra events per record
 * (UD-PETRARCH's figures). A gold side with several codes (compound actors) expands into one triple
 * per combination. Not thread-safe: one scorer per evaluation run.
 */
public final class TripleScorer {
  private final Function<String, String> cameoToPlover;
  private final Map<Level, Prf> totals = new EnumMap<>(Level.class);
  private final Map<String, Map<Level, Prf>> byCategory = new HashMap<>();
  private final List<RecordResult> results = new ArrayList<>();
  private int exactlyRight;

  /** @param cameoToPlover maps a CAMEO code to its PLOVER type, or to {@code null} */
  public TripleScorer(Function<String, String> cameoToPlover) {
    this.cameoToPlover = cameoToPlover;
    for (Level l : Level.values()) {
      totals.put(l, new Prf(0, 0, 0));
    }
  }

  /** Scores one record against the counted events the coder produced for it. */
  public RecordResult add(GoldRecord record, List<CodedEvent> produced) {
    List<String> missed = new ArrayList<>();
    List<String> extra = new ArrayList<>();
    boolean right = true;
    for (Level level : Level.values()) {
      Map<String, Integer> gold = new HashMap<>();
      for (GoldEvent g : record.events()) {
        for (String s : orEmpty(g.sources())) {
          for (String t : orEmpty(g.targets())) {
            String k = level.key(s, t, g.cameo(), g.plover(), cameoToPlover);
            if (k != null) {
              gold.merge(k, 1, Integer::sum);
            }
          }
        }
      }
      Map<String, Integer> prod = new HashMap<>();
      for (CodedEvent e : produced) {
        String k = level.key(e.source(), e.target(), e.cameo(), e.plover(), cameoToPlover);
        if (k != null) {
          prod.merge(k, 1, Integer::sum);
        }
      }
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (var g : gold.entrySet()) {
        int p = prod.getOrDefault(g.getKey(), 0);
        tp += Math.min(p, g.getValue());
        fn += Math.max(0, g.getValue() - p);
        if (level == Level.ROOT_COUNTRY && g.getValue() > p) {
          missed.add(g.getKey().replace('|', ' ') + (g.getValue() - p > 1 ? " ×" + (g.getValue() - p) : ""));
        }
      }
      for (var p : prod.entrySet()) {
        int over = p.getValue() - gold.getOrDefault(p.getKey(), 0);
        if (over > 0) {
          fp += over;
          if (level == Level.ROOT_COUNTRY) {
            extra.add(p.getKey().replace('|', ' ') + (over > 1 ? " ×" + over : ""));
          }
        }
      }
      Prf prf = new Prf(tp, fp, fn);
      totals.merge(level, prf, Prf::plus);
      byCategory.computeIfAbsent(record.category(), c -> new EnumMap<>(Level.class)).merge(level, prf, Prf::plus);
      if (level == Level.EXACT) {
        right = fp == 0 && fn == 0;
      }
    }
    if (right) {
      exactlyRight++;
    }
    RecordResult r = new RecordResult(record, List.copyOf(produced), missed, extra, right);
    results.add(r);
    return r;
  }

  private static List<String> orEmpty(List<String> codes) {
    return codes.isEmpty() ? List.of("") : codes;
  }

  /** Totals per level. */
  public Map<Level, Prf> totals() {
    return Map.copyOf(totals);
  }

  /** Totals per record category and level. */
  public Map<String, Map<Level, Prf>> byCategory() {
    return byCategory;
  }

  /** Records scored. */
  public int records() {
    return results.size();
  }

  /** Share of records whose produced events equal the expected ones exactly. */
  public double exactRecordShare() {
    return results.isEmpty() ? 0 : (double) exactlyRight / results.size();
  }

  /** Extra (false-positive) events per record at the exact level. */
  public double extrasPerRecord() {
    return results.isEmpty() ? 0 : (double) totals.get(Level.EXACT).fp() / results.size();
  }

  /** Per-record results, in the order scored. */
  public List<RecordResult> results() {
    return List.copyOf(results);
  }
}
