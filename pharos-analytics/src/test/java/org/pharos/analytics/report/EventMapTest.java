package org.pharos.analytics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pharos.analytics.power.TestEvents.IRQ_GOV;
import static org.pharos.analytics.power.TestEvents.KH;
import static org.pharos.analytics.power.TestEvents.USA_GOV;
import static org.pharos.analytics.power.TestEvents.USA_MIL;
import static org.pharos.analytics.power.TestEvents.event;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pharos.analytics.power.AnalysisOptions;
import org.pharos.analytics.power.EventSelection;
import org.pharos.model.Event;
import org.pharos.model.Modality;
import org.pharos.model.Place;

class EventMapTest {

  private static final Place BAGHDAD = new Place("Baghdad", "IRQ", 33.34, 44.40);
  private static final Place ERBIL = new Place("Erbil", "IRQ", 36.19, 44.01);
  private static final Place BASRA = new Place("Basra", "IRQ", 30.51, 47.81);
  private static final Place WASHINGTON = new Place("Washington", "USA", 38.90, -77.04);

  private static List<Event> at(Place place, int n, int from) {
    List<Event> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(event("e" + (from + i), "2024-01-05", i % 2 == 0 ? USA_MIL : USA_GOV, i % 2 == 0 ? KH : IRQ_GOV,
          i % 2 == 0 ? 4 : 1, i % 2 == 0 ? -10 : 1, Modality.ASSERTED, "Wire", place));
    }
    return out;
  }

  private static EventMap.MapData map(List<Event> events) {
    return EventMap.build(EventSelection.select(events, AnalysisOptions.defaults()).units(), List.of(),
        CountryOutlines.fromClasspath(), 100);
  }

  @Test
  void a_far_statement_is_listed_instead_of_stretching_the_view_over_the_atlantic() {
    List<Event> events = new ArrayList<>(at(BAGHDAD, 10, 0));
    events.addAll(at(ERBIL, 5, 100));
    events.addAll(at(BASRA, 4, 200));
    events.addAll(at(WASHINGTON, 1, 300));
    EventMap.MapData m = map(events);
    assertEquals(20, m.located());
    assertEquals(List.of("Baghdad", "Erbil", "Basra"), m.points().stream().map(EventMap.Point::name).toList());
    assertEquals(List.of("Washington"), m.outside().stream().map(EventMap.Point::name).toList());
    assertEquals(1, m.outsideEvents());
    assertTrue(m.minLon() > 20 && m.maxLon() < 70, "view stays around Iraq: " + m.minLon() + ".." + m.maxLon());
    assertTrue(m.countries().stream().anyMatch(c -> c.name().equals("Iraq") && c.labelled()));
    assertTrue(m.countries().stream().noneMatch(c -> c.name().equals("United States of America")));
  }

  @Test
  void the_view_is_landscape_and_keeps_a_margin_around_its_places() {
    List<Event> events = new ArrayList<>(at(BAGHDAD, 3, 0));
    events.addAll(at(ERBIL, 3, 10));
    EventMap.MapData m = map(events);
    double width = (m.maxLon() - m.minLon()) * Math.cos(Math.toRadians((m.minLat() + m.maxLat()) / 2));
    double height = m.maxLat() - m.minLat();
    assertTrue(width / height >= EventMap.MIN_ASPECT - 1e-6 && width / height <= EventMap.MAX_ASPECT + 1e-6,
        "aspect " + width / height);
    assertTrue(m.minLat() <= 33.34 - 2 && m.maxLat() >= 36.19 + 2, "margin of at least 2 degrees");
    assertEquals(List.of(), m.outside());
  }

  @Test
  void without_located_events_the_map_shows_the_world_and_says_so() {
    EventMap.MapData m = map(at(null, 3, 0));
    assertEquals(0, m.located());
    assertEquals(3, m.unlocated());
    assertEquals(List.of(), m.points());
    assertEquals(-180, m.minLon(), 1e-9);
  }
}
