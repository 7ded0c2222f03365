package org.pharos.analytics.reconcile;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.pharos.model.PartialDate;
import org.pharos.store.EventQuery;
import org.pharos.store.EventStore;

/**
 * Counts the individual events the record holds for a tally's dyad, type and period, so that a
 * tally ("150–165 attacks") can be shown beside the record ("37 individual events"). Implementations
 * document their thread safety.
 */
@FunctionalInterface
public interface EventCounter {

  /**
   * The number of individual events.
   *
   * @param type PLOVER type
   * @param source source code prefix (country level), or {@code null} for any
   * @param target target code prefix, or {@code null} for any
   * @param from first day, or {@code null} for no lower bound
   * @param to last day (inclusive)
   */
  long count(String type, String source, String target, LocalDate from, LocalDate to);

  /**
   * Counts reconciled clusters (real-world events, duplicates merged) by their canonical event. The
   * given collection is read on every call; thread-safe when it is not modified meanwhile.
   */
  static EventCounter ofClusters(Collection<ClusterRecord> clusters) {
    List<ClusterRecord> list = List.copyOf(clusters);
    return (type, source, target, from, to) -> list.stream().filter(c -> {
      CanonicalEvent e = c.canonical();
      if (!type.equals(e.plover())) {
        return false;
      }
      if (source != null && (e.source() == null || e.source().code() == null || !e.source().code().startsWith(source))) {
        return false;
      }
      if (target != null && (e.target() == null || e.target().code() == null || !e.target().code().startsWith(target))) {
        return false;
      }
      LocalDate d = firstDay(e.date());
      return d != null && (from == null || !d.isBefore(from)) && !d.isAfter(to);
    }).count();
  }

  /**
   * Counts stored event reports with {@link EventStore#countEvents}: every report counts, so the
   * figure includes duplicates; prefer {@link #ofClusters} when clusters are at hand. Thread-safe
   * as the store is.
   */
  static EventCounter ofStore(EventStore store) {
    return (type, source, target, from, to) -> store.countEvents(EventQuery.builder().type(type).source(source)
        .target(target).since(from).until(to).build());
  }

  private static LocalDate firstDay(String iso) {
    if (iso == null || iso.isBlank()) {
      return null;
    }
    try {
      PartialDate d = PartialDate.parse(iso);
      if (d.year() == null) {
        return null;
      }
      return LocalDate.of(d.year(), d.month() == null ? 1 : d.month(), d.day() == null ? 1 : d.day());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
