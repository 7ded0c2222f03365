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
 * coordinates rounded to 0.01°) and the busiest places are kept. The view is centred on where the
 * events are: places are taken nearest first from the events' weighted median point until they hold
 * 80% of the kept events, and the view is their bounding box with a margin, widened to a landscape
 * shape (at least 1.8 : 1 on an equirectangular projection whose longitudes are scaled by the cosine
 * of the middle latitude); far-away places (a statement made in Washington or Moscow) are listed
 * rather than stretching the view over half the globe. Country outlines touching the view and the
 * reference points inside it are kept. Stateless and thread-safe.
 */
public final class EventMap {

  /** Share of the kept events the view must hold. */
  static final double CORE_SHARE = 0.8;

  /** Smallest width-to-height ratio of the view, as drawn. */
  static final double MIN_ASPECT = 1.8;

  /** Largest width-to-height ratio of the view, as drawn. */
  static final double MAX_ASPECT = 2.6;

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
   * @param points places kept and inside the view, busiest first
   * @param outside kept places outside the view, busiest first
   * @param outsideEvents units at the places outside the view
   * @param reference reference points inside the view
   * @param countries country outlines touching the view
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
      List<Point> outside,
      int outsideEvents,
      List<ReferencePoint> reference,
      List<CountryOutlines.Shape> countries,
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

  /** Aggregates {@code units} by place, keeping at most {@code maxPoints} places, without outlines. */
  public static MapData build(List<CountedEvent> units, List<ReferencePoint> reference, int maxPoints) {
    return build(units, reference, CountryOutlines.NONE, maxPoints);
  }

  /** Aggregates {@code units} by place, keeping at most {@code maxPoints} places. */
  public static MapData build(
      List<CountedEvent> units, List<ReferencePoint> reference, CountryOutlines outlines, int maxPoints) {
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
    List<Acc> kept = sorted.subList(0, Math.min(maxPoints, sorted.size()));
    double[] view = kept.isEmpty() ? new double[] {-60, 75, -180, 180} : view(kept);
    double minLat = view[0];
    double maxLat = view[1];
    double minLon = view[2];
    double maxLon = view[3];
    List<Point> points = new ArrayList<>();
    List<Point> outside = new ArrayList<>();
    int outsideEvents = 0;
    for (Acc a : kept) {
      Point point = new Point(a.name, a.lat, a.lon, a.count, a.conflict, a.cooperation);
      if (a.lat >= minLat && a.lat <= maxLat && a.lon >= minLon && a.lon <= maxLon) {
        points.add(point);
      } else {
        outside.add(point);
        outsideEvents += a.count;
      }
    }
    List<ReferencePoint> inside = new ArrayList<>();
    for (ReferencePoint r : reference) {
      if (r.lat() >= minLat && r.lat() <= maxLat && r.lon() >= minLon && r.lon() <= maxLon) {
        inside.add(r);
      }
    }
    String rule =
        sorted.size() > kept.size()
            ? "the " + kept.size() + " busiest of " + sorted.size() + " places"
            : "all " + sorted.size() + " places";
    if (!outside.isEmpty()) {
      rule += "; the view holds the places nearest the events' median point with "
          + Math.round(CORE_SHARE * 100) + "% of them, " + outside.size() + " farther places are listed below the map";
    }
    return new MapData(minLat, maxLat, minLon, maxLon, located, unlocated, sorted.size(),
        List.copyOf(points), List.copyOf(outside.subList(0, Math.min(20, outside.size()))), outsideEvents,
        List.copyOf(inside), outlines.within(minLat, maxLat, minLon, maxLon, 24), rule);
  }

  /** South, north, west, east edges of the view around the busiest places (see the class comment). */
  static double[] view(List<Acc> kept) {
    long total = 0;
    for (Acc a : kept) {
      total += a.count;
    }
    double medLat = weightedMedian(kept, true, total);
    double medLon = weightedMedian(kept, false, total);
    double cos = Math.max(0.2, Math.cos(Math.toRadians(medLat)));
    List<Acc> byDistance = new ArrayList<>(kept);
    byDistance.sort(Comparator.comparingDouble((Acc a) -> Math.hypot((a.lon - medLon) * cos, a.lat - medLat))
        .thenComparing(a -> a.name));
    double minLat = 90;
    double maxLat = -90;
    double minLon = 180;
    double maxLon = -180;
    long covered = 0;
    for (Acc a : byDistance) {
      if (covered >= CORE_SHARE * total) {
        break;
      }
      covered += a.count;
      minLat = Math.min(minLat, a.lat);
      maxLat = Math.max(maxLat, a.lat);
      minLon = Math.min(minLon, a.lon);
      maxLon = Math.max(maxLon, a.lon);
    }
    // a margin of 15% (at least 2°) so that edge points and their neighbours stay visible
    double padLat = Math.max(2, (maxLat - minLat) * 0.15);
    double padLon = Math.max(2, (maxLon - minLon) * 0.15);
    minLat -= padLat;
    maxLat += padLat;
    minLon -= padLon;
    maxLon += padLon;
    double midLat = (minLat + maxLat) / 2;
    double scale = Math.max(0.2, Math.cos(Math.toRadians(midLat)));
    double width = (maxLon - minLon) * scale;
    double height = maxLat - minLat;
    if (width < MIN_ASPECT * height) {
      double extra = (MIN_ASPECT * height / scale - (maxLon - minLon)) / 2;
      minLon -= extra;
      maxLon += extra;
    } else if (width > MAX_ASPECT * height) {
      double extra = (width / MAX_ASPECT - height) / 2;
      minLat -= extra;
      maxLat += extra;
    }
    return new double[] {
      Math.max(-85, minLat), Math.min(85, maxLat), Math.max(-180, minLon), Math.min(180, maxLon)
    };
  }

  private static double weightedMedian(List<Acc> places, boolean latitude, long total) {
    List<Acc> order = new ArrayList<>(places);
    order.sort(Comparator.comparingDouble(a -> latitude ? a.lat : a.lon));
    long seen = 0;
    for (Acc a : order) {
      seen += a.count;
      if (2 * seen >= total) {
        return latitude ? a.lat : a.lon;
      }
    }
    return latitude ? order.get(order.size() - 1).lat : order.get(order.size() - 1).lon;
  }
}
