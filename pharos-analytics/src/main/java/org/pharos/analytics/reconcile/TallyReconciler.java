package org.pharos.analytics.reconcile;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.pharos.model.Hashing;

/**
 * Groups tallies about the same thing and reconciles their counts. Immutable and thread-safe.
 *
 * <p><b>Grouping.</b> Tallies are taken in a canonical order (period end, document, sentence, id)
 * and each joins the first group where, for every member: the type is the same; the source and
 * target agree at country level (an unknown side agrees with anything); the period ends lie within
 * {@code endWindowDays} of each other; and the period starts, when both are given, lie within
 * {@code startWindowDays}. Otherwise it starts a group. The result does not depend on input order.
 *
 * <p><b>Counts.</b> Each group's count is reconciled with {@link QuantityReconciler} (one figure
 * per outlet, qualifiers respected, low/best/high, disputed); the individual events of the record
 * for the group's dyad, type and period come from an {@link EventCounter}.
 *
 * <pre>{@code
 * List<ReconciledTally> t = new TallyReconciler(10, 7).reconcile(tallies, EventCounter.ofClusters(clusters));
 * }</pre>
 */
public final class TallyReconciler {
  private final int endWindowDays;
  private final int startWindowDays;
  private final QuantityReconciler reconciler = new QuantityReconciler();

  /**
   * A reconciler.
   *
   * @param endWindowDays how far apart period ends of one group may be
   * @param startWindowDays how far apart period starts may be, when both are given
   */
  public TallyReconciler(int endWindowDays, int startWindowDays) {
    if (endWindowDays < 0 || startWindowDays < 0) {
      throw new IllegalArgumentException("windows must not be negative: " + endWindowDays + ", " + startWindowDays);
    }
    this.endWindowDays = endWindowDays;
    this.startWindowDays = startWindowDays;
  }

  /** Period ends within 10 days, starts within 7. */
  public static TallyReconciler defaults() {
    return new TallyReconciler(10, 7);
  }

  /**
   * Groups and reconciles tallies.
   *
   * @param counter counts individual events for comparison, or {@code null} to leave them out
   * @return one record per group, ordered by period end, then id
   */
  public List<ReconciledTally> reconcile(Collection<TallyRecord> tallies, EventCounter counter) {
    List<TallyRecord> order = new ArrayList<>(tallies);
    order.sort(Comparator.comparing(TallyRecord::periodEnd).thenComparing(TallyRecord::docId)
        .thenComparingInt(TallyRecord::sentenceIndex).thenComparing(TallyRecord::tallyId));
    List<List<TallyRecord>> groups = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (TallyRecord t : order) {
      if (!seen.add(t.tallyId())) {
        continue; // the same tally given twice (re-ingestion)
      }
      List<TallyRecord> home = null;
      for (List<TallyRecord> g : groups) {
        if (g.stream().allMatch(x -> compatible(t, x))) {
          home = g;
          break;
        }
      }
      if (home == null) {
        groups.add(new ArrayList<>(List.of(t)));
      } else {
        home.add(t);
      }
    }
    List<ReconciledTally> out = new ArrayList<>();
    for (List<TallyRecord> g : groups) {
      out.add(record(g, counter));
    }
    out.sort(Comparator.comparing(ReconciledTally::periodEnd).thenComparing(ReconciledTally::tallyId));
    return out;
  }

  private boolean compatible(TallyRecord a, TallyRecord b) {
    if (!a.type().equals(b.type()) || !side(a.source(), b.source()) || !side(a.target(), b.target())) {
      return false;
    }
    if (Math.abs(ChronoUnit.DAYS.between(a.periodEnd(), b.periodEnd())) > endWindowDays) {
      return false;
    }
    return a.periodStart() == null || b.periodStart() == null
        || Math.abs(ChronoUnit.DAYS.between(a.periodStart(), b.periodStart())) <= startWindowDays;
  }

  private static boolean side(String a, String b) {
    return a == null || b == null || country(a).equals(country(b));
  }

  private static String country(String code) {
    return code.length() >= 3 ? code.substring(0, 3) : code;
  }

  private ReconciledTally record(List<TallyRecord> g, EventCounter counter) {
    String type = g.get(0).type();
    String source = shared(g, true);
    String target = shared(g, false);
    LocalDate start = null;
    LocalDate end = null;
    Map<String, String> outlets = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    Set<String> sources = new HashSet<>();
    Set<String> docs = new TreeSet<>();
    Set<String> ids = new TreeSet<>();
    List<QuantityReport> reports = new ArrayList<>();
    for (TallyRecord t : g) {
      if (t.periodStart() != null && (start == null || t.periodStart().isBefore(start))) {
        start = t.periodStart();
      }
      if (end == null || t.periodEnd().isAfter(end)) {
        end = t.periodEnd();
      }
      if (t.outlet() != null) {
        outlets.putIfAbsent(t.outlet(), t.outlet());
      }
      sources.add(new DocumentInfo(t.docId(), t.outlet(), null).sourceKey());
      docs.add(t.docId());
      ids.add(t.tallyId());
      reports.add(t.asReport());
    }
    QuantityEstimate count = reconciler.reconcile(reports).orElseThrow();
    Long individual = counter == null ? null : counter.count(type, source, target, start, end);
    String summary = "reported " + count.rangeText() + " by " + sources.size()
        + (sources.size() == 1 ? " outlet" : " outlets")
        + (individual == null ? "" : "; " + individual + " individual events in the record");
    String id = "tg-" + Hashing.shortHash(16, g.get(0).tallyId());
    return new ReconciledTally(id, type, source, target, start, end, count, g.size(), sources.size(),
        new ArrayList<>(outlets.values()), new ArrayList<>(docs), new ArrayList<>(ids), individual, summary);
  }

  /** The country-level code all members that name the side agree on, or {@code null}. */
  private static String shared(List<TallyRecord> g, boolean sourceSide) {
    for (TallyRecord t : g) {
      String c = sourceSide ? t.source() : t.target();
      if (c != null) {
        return country(c);
      }
    }
    return null;
  }
}
