package org.pharos.analytics.report;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pharos.analytics.power.CountedEvent;
import org.pharos.model.Place;

/**
 * The map of located events, aggregated before drawing: counted units are grouped by place (name and
 * coordinates rounded to 0.01°), the busiest places are kept, and the view is the bounding box of
 * the kept places (with a margin) on an equirectangular projection. Reference points inside the view
 * are kept as labels. Stateless and thread-safe.
 */
public final class EventMap {

  private EventMap() {}

  /**
   * One place.
   *
   * @param name place name
   * @param lat latitude
   * @param lon longitude
   * @param count units located there
   * @param conflict QuadClass 3–4 units
   * @param cooperation QuadClass 1–2 units
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Point(String name, double lat, double lon, int count, int conflict, int cooperation) {}

  /**
   * The map.
   *
   * @param minLat south edge of the view
   * @param maxLat north edge
   * @param minLon west edge
   * @param maxLon east edge
   * @param located units with coordinates
   * @param unlocated units without
   * @param places places found before the limit
   * @param points places kept, busiest first
   * @param reference reference points inside the view
   * @param rule how places were chosen
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record MapData(
      double minLat,
      double maxLat,
      double minLon,
      double maxLon,
      int located,
      int unlocated,
      int places,
      List<Point> points,
      List<ReferencePoint> reference,
      String rule) {}

  private static final class Acc {
    final String name;
    final double lat;
    final double lon;
    int count;
    int conflict;
    int cooperation;

    Acc(String name, double lat, double lon) {
      this.name = name;
      this.lat = lat;
      this.lon = lon;
    }
  }

  /** Aggregates {@code units} by place, keeping at most {@code maxPoints} places. */
  public static MapData build(List<CountedEvent> units, List<ReferencePoint> reference, int maxPoints) {
    Map<String, Acc> places = new HashMap<>();
    int located = 0;
    int unlocated = 0;
    for (CountedEvent u : units) {
      Place p = u.event().location();
      if (p == null || p.lat() == null || p.lon() == null
          || Math.abs(p.lat()) > 90 || Math.abs(p.lon()) > 180) {
        unlocated++;
        continue;
      }
      located++;
      double lat = Math.round(p.lat() * 100) / 100.0;
      double lon = Math.round(p.lon() * 100) / 100.0;
      String name = p.name() == null ? "" : p.name();
      Acc acc = places.computeIfAbsent(name + '|' + lat + '|' + lon, k -> new Acc(name, lat, lon));
      acc.count++;
      if (u.isConflict()) {
        acc.conflict++;
      } else if (u.isCooperation()) {
        acc.cooperation++;
      }
    }
    List<Acc> sorted = new ArrayList<>(places.values());
    sorted.sort(Comparator.comparingInt((Acc a) -> -a.count).thenComparing(a -> a.name).thenComparingDouble(a -> a.lat));
    List<Point> points = new ArrayList<>();
    double minLat = 90;
    double maxLat = -90;
    double minLon = 180;
    double maxLon = -180;
    for (Acc a : sorted.subList(0, Math.min(maxPoints, sorted.size()))) {
      points.add(new Point(a.name, a.lat, a.lon, a.count, a.conflict, a.cooperation));
      minLat = Math.min(minLat, a.lat);
      maxLat = Math.max(maxLat, a.lat);
      minLon = Math.min(minLon, a.lon);
      maxLon = Math.max(maxLon, a.lon);
    }
    if (points.isEmpty()) {
      minLat = -60;
      maxLat = 75;
      minLon = -180;
      maxLon = 180;
    } else {
      // a margin of 15% (at least 1.5°) so that edge points and their neighbours stay visible
      double padLat = Math.max(1.5, (maxLat - minLat) * 0.15);
      double padLon = Math.max(1.5, (maxLon - minLon) * 0.15);
      minLat = Math.max(-90, minLat - padLat);
      maxLat = Math.min(90, maxLat + padLat);
      minLon = Math.max(-180, minLon - padLon);
      maxLon = Math.min(180, maxLon + padLon);
    }
    List<ReferencePoint> inside = new ArrayList<>();
    for (ReferencePoint r : reference) {
      if (r.lat() >= minLat && r.lat() <= maxLat && r.lon() >= minLon && r.lon() <= maxLon) {
        inside.add(r);
      }
    }
    String rule =
        sorted.size() > points.size()
            ? "the " + points.size() + " busiest of " + sorted.size() + " places"
            : "all " + sorted.size() + " places";
    return new MapData(minLat, maxLat, minLon, maxLon, located, unlocated, sorted.size(),
        List.copyOf(points), List.copyOf(inside), rule);
  }
}
