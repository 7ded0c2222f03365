package org.pharos.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores coded events against the PLOVER gold-standard records: a record is found when a produced
 * event has the gold category and its source and target countries match the gold ones (a country of
 * any actor on that side; an empty gold side matches anything). A gold event with several actors on
 * a side stands for one event per actor pair, as in {@link TripleScorer}: further produced events
 * that match it with another pair of countries ("The United States and Jordan agreed" coded USA>JOR
 * and JOR>USA) are neither found again nor extra. Every other produced event with a PLOVER type
 * counts as extra. Keeps per-category counts and a confusion matrix (gold category ×
 * produced category, {@code NONE} when the coder produced nothing for the record). Not thread-safe.
 */
public final class PloverScorer {
  /** The confusion-matrix column for records where nothing was produced. */
  public static final String NONE = "NONE";

  private final Map<String, int[]> perCategory = new TreeMap<>(); // tp, fp, fn
  private final Map<String, Map<String, Integer>> confusion = new TreeMap<>();
  private final List<RecordResult> results = new ArrayList<>();

  /** Scores one record. */
  public RecordResult add(GoldRecord record, List<CodedEvent> produced) {
    GoldEvent g = record.events().get(0);
    List<CodedEvent> typed = produced.stream().filter(e -> e.plover() != null).toList();
    int match = -1;
    for (int i = 0; i < typed.size() && match < 0; i++) {
      CodedEvent e = typed.get(i);
      if (e.plover().equals(g.plover()) && sideMatches(g.sources(), e.source()) && sideMatches(g.targets(), e.target())) {
        match = i;
      }
    }
    List<String> missed = new ArrayList<>();
    List<String> extra = new ArrayList<>();
    if (match >= 0) {
      counts(g.plover())[0]++;
    } else {
      counts(g.plover())[2]++;
      missed.add(String.join("+", g.sources()) + " → " + String.join("+", g.targets()) + " " + g.plover());
    }
    java.util.Set<String> pairsCovered = new java.util.HashSet<>();
    if (match >= 0) {
      pairsCovered.add(countryPair(typed.get(match)));
    }
    for (int i = 0; i < typed.size(); i++) {
      if (i == match) {
        continue;
      }
      CodedEvent e = typed.get(i);
      if (match >= 0 && e.plover().equals(g.plover()) && sideMatches(g.sources(), e.source())
          && sideMatches(g.targets(), e.target()) && pairsCovered.add(countryPair(e))) {
        continue; // another actor pair of the same multi-actor gold event ("USA+JOR agreed"): not extra
      }
      counts(e.plover())[1]++;
      extra.add(e.toString());
    }
    String predicted = match >= 0 ? g.plover() : typed.isEmpty() ? NONE : typed.get(0).plover();
    confusion.computeIfAbsent(g.plover(), k -> new TreeMap<>()).merge(predicted, 1, Integer::sum);
    RecordResult r = new RecordResult(record, List.copyOf(produced), missed, extra, match >= 0 && typed.size() == 1);
    results.add(r);
    return r;
  }

  private static String countryPair(CodedEvent e) {
    return Level.primary(e.source()) + ">" + Level.primary(e.target());
  }

  private int[] counts(String category) {
    return perCategory.computeIfAbsent(category, k -> new int[3]);
  }

  /** True when the produced code's country is among the gold side's countries, or the side is open. */
  static boolean sideMatches(List<String> gold, String produced) {
    if (gold.isEmpty()) {
      return true;
    }
    String p = Level.primary(produced);
    return gold.stream().anyMatch(c -> Level.primary(c).equals(p));
  }

  /** Totals over all categories. */
  public Prf total() {
    Prf t = new Prf(0, 0, 0);
    for (int[] c : perCategory.values()) {
      t = t.plus(new Prf(c[0], c[1], c[2]));
    }
    return t;
  }

  /** Counts per PLOVER category (gold categories and produced ones). */
  public Map<String, Prf> perCategory() {
    Map<String, Prf> m = new TreeMap<>();
    perCategory.forEach((k, c) -> m.put(k, new Prf(c[0], c[1], c[2])));
    return m;
  }

  /** Gold category → produced category → records. */
  public Map<String, Map<String, Integer>> confusion() {
    return confusion;
  }

  /** Per-record results. */
  public List<RecordResult> results() {
    return List.copyOf(results);
  }
}
