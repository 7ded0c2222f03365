package org.pharos.analytics.report;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pharos.analytics.power.ActorKeys;
import org.pharos.analytics.power.ActorLevel;
import org.pharos.analytics.power.ActorNames;
import org.pharos.analytics.power.KeyLabels;
import org.pharos.analytics.power.EventSelection;
import org.pharos.analytics.power.Period;
import org.pharos.model.Event;
import org.pharos.model.Modality;

/**
 * Source profiles: per outlet, which actors it reports as aggressors (sources of QuadClass 3–4
 * events) and as targets of them, and how its statements divide by modality — the share presented as
 * hypothetical and the share that is claimed (attributed, {@code reported}). Counts reports of every
 * modality, since the point is how an outlet frames events. Stateless and thread-safe.
 */
public final class SourceProfiles {

  /** Name used for events without an outlet. */
  public static final String UNKNOWN_OUTLET = "(no outlet)";

  private SourceProfiles() {}

  /**
   * An actor and how often an outlet names it in that role.
   *
   * @param actor actor key
   * @param label readable name
   * @param count reports
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record ActorCount(String actor, String label, int count) {}

  /**
   * One outlet.
   *
   * @param outlet outlet name
   * @param reports event reports from it
   * @param conflictReports QuadClass 3–4 reports
   * @param aggressors most frequent sources of conflict events, largest first
   * @param targets most frequent targets of conflict events
   * @param assertedShare share asserted
   * @param claimedShare share reported / attributed
   * @param hypotheticalShare share hypothetical
   * @param plannedShare share planned
   * @param negatedShare share negated
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Profile(
      String outlet,
      int reports,
      int conflictReports,
      List<ActorCount> aggressors,
      List<ActorCount> targets,
      double assertedShare,
      double claimedShare,
      double hypotheticalShare,
      double plannedShare,
      double negatedShare) {}

  private static final class Acc {
    int reports;
    int conflict;
    final int[] modality = new int[Modality.values().length];
    final Map<String, Integer> aggressors = new HashMap<>();
    final Map<String, Integer> targets = new HashMap<>();
  }

  /** Profiles of the {@code maxOutlets} busiest outlets in {@code period}, {@code topActors} each. */
  public static List<Profile> compute(
      List<Event> events, Period period, ActorLevel level, ActorNames names, int maxOutlets, int topActors) {
    Map<String, Acc> outlets = new HashMap<>();
    KeyLabels labels = new KeyLabels(level, names);
    for (Event e : events) {
      if (e == null) {
        continue;
      }
      if (!period.isUnbounded()) {
        LocalDate day = EventSelection.parseDay(e.date());
        if (day == null || !period.contains(day)) {
          continue;
        }
      }
      Acc acc = outlets.computeIfAbsent(e.outlet() == null ? UNKNOWN_OUTLET : e.outlet(), k -> new Acc());
      acc.reports++;
      if (e.modality() != null) {
        acc.modality[e.modality().ordinal()]++;
      }
      if (e.quadClass() == 3 || e.quadClass() == 4) {
        acc.conflict++;
        String s = ActorKeys.key(e.source(), level);
        String t = ActorKeys.key(e.target(), level);
        labels.see(s, e.source());
        labels.see(t, e.target());
        if (s != null) {
          acc.aggressors.merge(s, 1, Integer::sum);
        }
        if (t != null) {
          acc.targets.merge(t, 1, Integer::sum);
        }
      }
    }
    List<Profile> profiles = new ArrayList<>();
    for (Map.Entry<String, Acc> en : outlets.entrySet()) {
      Acc a = en.getValue();
      double n = Math.max(a.reports, 1);
      profiles.add(
          new Profile(
              en.getKey(),
              a.reports,
              a.conflict,
              top(a.aggressors, topActors, labels),
              top(a.targets, topActors, labels),
              share(a.modality[Modality.ASSERTED.ordinal()], n),
              share(a.modality[Modality.REPORTED.ordinal()], n),
              share(a.modality[Modality.HYPOTHETICAL.ordinal()], n),
              share(a.modality[Modality.PLANNED.ordinal()], n),
              share(a.modality[Modality.NEGATED.ordinal()], n)));
    }
    profiles.sort(Comparator.comparingInt((Profile p) -> -p.reports()).thenComparing(Profile::outlet));
    return List.copyOf(maxOutlets > 0 && profiles.size() > maxOutlets ? profiles.subList(0, maxOutlets) : profiles);
  }

  private static double share(int count, double total) {
    return Math.round(count / total * 1000.0) / 1000.0;
  }

  private static List<ActorCount> top(Map<String, Integer> counts, int limit, KeyLabels labels) {
    List<Map.Entry<String, Integer>> list = new ArrayList<>(counts.entrySet());
    list.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    List<ActorCount> out = new ArrayList<>();
    for (Map.Entry<String, Integer> en : list.subList(0, Math.min(limit, list.size()))) {
      out.add(new ActorCount(en.getKey(), labels.label(en.getKey()), en.getValue()));
    }
    return List.copyOf(out);
  }
}
