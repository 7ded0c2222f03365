package org.pharos.coder.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {

  static Gazetteer gazetteer;
  static long loadMillis;
  static long loadCpuMillis;

  @BeforeAll
  static void load() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    gazetteer = Gazetteer.loadDefault();
    loadMillis = (System.nanoTime() - start) / 1_000_000;
    loadCpuMillis = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
  }

  @Test
  void bundled_resource_loads_all_countries_capitals_and_cities() {
    Map<PlaceKind, Integer> counts = gazetteer.countsByKind();
    assertTrue(counts.get(PlaceKind.COUNTRY) >= 249, "countries: " + counts);
    assertTrue(counts.get(PlaceKind.CAPITAL) >= 230, "capitals: " + counts);
    assertTrue(counts.get(PlaceKind.CITY) >= 20_000, "cities: " + counts);
    assertTrue(counts.get(PlaceKind.SITE) >= 30, "sites: " + counts);
    // the load time is a figure to watch, not a pass/fail criterion (a shared build machine varies)
    System.out.println("gazetteer " + gazetteer + " loaded in " + loadMillis + " ms wall, "
        + loadCpuMillis + " ms CPU");
  }

  @Test
  void every_iso_country_is_present_with_a_point() {
    for (String iso3 : List.of("IRQ", "USA", "IRN", "RUS", "SYR", "JOR", "TUR", "CHN", "GBR", "FRA",
        "ISR", "LBN", "YEM", "SAU", "QAT", "KWT", "BRA", "AUS", "ZAF", "PSE", "TWN", "XKX")) {
      GazetteerEntry country = gazetteer.country(iso3).orElseThrow(() -> new AssertionError(iso3));
      assertEquals(PlaceKind.COUNTRY, country.kind());
      assertTrue(country.lat() != null && country.lon() != null, iso3 + " has no point");
    }
    long withoutPoint = 0;
    for (int i = 0; i < gazetteer.size(); i++) {
      GazetteerEntry e = gazetteer.entry(i);
      if (e.kind() == PlaceKind.COUNTRY && e.lat() == null) {
        withoutPoint++;
      }
    }
    assertTrue(withoutPoint <= 2, withoutPoint + " countries without a point");
  }

  @Test
  void country_points_fall_inside_a_plausible_box() {
    GazetteerEntry iraq = gazetteer.country("IRQ").orElseThrow();
    assertTrue(iraq.lat() > 29 && iraq.lat() < 37.5 && iraq.lon() > 38.7 && iraq.lon() < 48.6, iraq.toString());
  }

  @Test
  void lookup_ignores_case_and_diacritics() {
    assertEquals("IRQ", gazetteer.best("ERBIL", Set.of()).orElseThrow().iso3());
    GazetteerEntry sulaymaniyah = gazetteer.best("As Sulaymānīyah", Set.of()).orElseThrow();
    assertEquals("IRQ", sulaymaniyah.iso3());
    assertEquals("TUR", gazetteer.best("Istanbul", Set.of()).orElseThrow().iso3());
    assertEquals(gazetteer.best("Sao Paulo", Set.of()), gazetteer.best("São Paulo", Set.of()));
    assertEquals("BRA", gazetteer.best("são paulo", Set.of()).orElseThrow().iso3());
  }

  @Test
  void arabic_article_variants_and_hyphens_find_the_same_place() {
    GazetteerEntry asad = gazetteer.best("Ain al-Asad", Set.of()).orElseThrow();
    for (String variant : List.of("Ain Al Asad", "Ain Al-Asad", "AIN AL-ASAD", "ʿAin al‐Asad", "Ain el-Asad")) {
      assertEquals(asad, gazetteer.best(variant, Set.of()).orElseThrow(), variant);
    }
    GazetteerEntry jurf = gazetteer.best("Jurf al-Sakhar", Set.of()).orElseThrow();
    assertEquals(jurf, gazetteer.best("Jurf as-Sakhar", Set.of()).orElseThrow());
    assertEquals(jurf, gazetteer.best("Jurf al-Nasr", Set.of()).orElseThrow());
    assertEquals("IRQ", gazetteer.best("Qaim", Set.of()).orElseThrow().iso3(), "article-less form");
    assertEquals(gazetteer.best("Fallujah", Set.of()), gazetteer.best("Falluja", Set.of()), "-ah / -a");
    assertEquals("SAU", gazetteer.best("Jedda", Set.of()).orElseThrow().iso3(), "-ah / -a");
  }

  @Test
  void document_countries_disambiguate_tripoli() {
    assertEquals("LBY", gazetteer.best("Tripoli", Set.of()).orElseThrow().iso3(), "capital by default");
    assertEquals("LBN", gazetteer.best("Tripoli", Set.of("LBN")).orElseThrow().iso3());
    assertEquals("LBY", gazetteer.best("Tripoli", Set.of("LBY", "ITA")).orElseThrow().iso3());
  }

  @Test
  void country_beats_a_city_of_the_same_name() {
    GazetteerEntry jordan = gazetteer.best("Jordan", Set.of()).orElseThrow();
    assertEquals(PlaceKind.COUNTRY, jordan.kind());
    assertEquals("JOR", jordan.iso3());
    assertEquals("USA", gazetteer.best("U.S.", Set.of()).orElseThrow().iso3());
  }

  @Test
  void named_site_beats_a_capital_and_a_city(@TempDir Path dir) throws IOException {
    Path sites = dir.resolve("sites.tsv");
    Files.writeString(sites, "name\taliases\tcountry\tlat\tlon\tkind\n"
        + "Victoria Camp\tVictoria|Camp V\tKEN\t-1.0\t36.0\tbase\n");
    Gazetteer custom = Gazetteer.load(GazetteerSources.baseOnly().withSites(sites));
    assertEquals(PlaceKind.CAPITAL, gazetteer.best("Victoria", Set.of()).orElseThrow().kind());
    GazetteerEntry site = custom.best("Victoria", Set.of()).orElseThrow();
    assertEquals(PlaceKind.SITE, site.kind());
    assertEquals("Victoria Camp", site.name());
    assertEquals("KEN", site.iso3());
    assertEquals(PlaceKind.SITE, gazetteer.best("Erbil airport", Set.of()).orElseThrow().kind());
  }

  @Test
  void malformed_site_file_is_reported_with_file_and_line(@TempDir Path dir) throws IOException {
    Path sites = dir.resolve("broken.tsv");
    Files.writeString(sites, "# comment\nname\taliases\tcountry\tlat\tlon\tkind\n"
        + "Good\t\tIRQ\t33\t44\tbase\n"
        + "Bad\t\tIRQ\t133\t44\tbase\n");
    GazetteerFormatException e = assertThrows(GazetteerFormatException.class,
        () -> Gazetteer.load(GazetteerSources.baseOnly().withSites(sites)));
    assertTrue(e.getMessage().contains("broken.tsv:4"), e.getMessage());
    assertTrue(e.getMessage().contains("lat out of range"), e.getMessage());

    Files.writeString(sites, "name\taliases\tcountry\tlat\tlon\tkind\nNowhere\t\tZZZ\t1\t1\tbase\n");
    e = assertThrows(GazetteerFormatException.class,
        () -> Gazetteer.load(GazetteerSources.baseOnly().withSites(sites)));
    assertTrue(e.getMessage().contains(":2: unknown country code 'ZZZ'"), e.getMessage());
  }

  @Test
  void missing_file_is_reported_by_name(@TempDir Path dir) {
    Path missing = dir.resolve("missing.tsv");
    GazetteerFormatException e = assertThrows(GazetteerFormatException.class,
        () -> Gazetteer.load(GazetteerSources.baseOnly().withSites(missing)));
    assertTrue(e.getMessage().contains("missing.tsv"), e.getMessage());
  }

  @Test
  void border_region_is_found_in_either_order() {
    GazetteerEntry border = gazetteer.border("SYR", "IRQ").orElseThrow();
    assertEquals("border", border.siteType());
    assertEquals(border, gazetteer.border("IRQ", "SYR").orElseThrow());
    assertFalse(gazetteer.border("FRA", "DEU").isPresent());
  }

  @Test
  void finder_matches_multi_token_names_longest_first() {
    var s = TestSentence.of("Rockets/NNS/rocket hit/VBD Ain/NNP al-Asad/NNP air/NN base/NN in/IN"
        + " Anbar/NNP province/NN and/CC Jurf/NNP al-Sakhar/NNP ./.").build();
    List<PlaceMatch> matches = gazetteer.find(s.tokens());
    assertEquals(List.of("Ain al-Asad air base", "Anbar province", "Jurf al-Sakhar"),
        matches.stream().map(PlaceMatch::text).toList());
    assertEquals(3, matches.get(0).tokenBegin());
    assertEquals(7, matches.get(0).tokenEnd());
  }

  @Test
  void finder_skips_common_words_and_adjectives() {
    var s = TestSentence.of("Police/NN said/VBD Iraqi/JJ forces/NNS will/MD split/VB the/DT nice/JJ"
        + " mobile/JJ units/NNS ./.").build();
    assertEquals(List.of(), gazetteer.find(s.tokens()));
  }

  @Test
  void finder_and_lookup_are_fast() {
    var s = TestSentence.of("US/NNP forces/NNS struck/VBD Kataib/NNP Hezbollah/NNP sites/NNS near/IN"
        + " Al-Qaim/NNP on/IN Iraq/NNP 's/POS border/NN with/IN Syria/NNP and/CC in/IN Jurf/NNP"
        + " al-Sakhar/NNP south/RB of/IN Baghdad/NNP ,/, officials/NNS in/IN Washington/NNP said/VBD ./.").build();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int rounds = 5_000;
    long start = threads.getCurrentThreadCpuTime();
    int found = 0;
    for (int i = 0; i < rounds; i++) {
      found += gazetteer.find(s.tokens()).size();
    }
    double perSentenceMicros = (threads.getCurrentThreadCpuTime() - start) / 1_000.0 / rounds;
    assertEquals(rounds * 7, found, "US, Al-Qaim, Iraq, Syria, Jurf al-Sakhar, Baghdad, Washington");
    List<String> names = List.of("Baghdad", "Tripoli", "Ain al-Asad", "São Paulo", "Nowhere Land", "Kirkuk");
    start = threads.getCurrentThreadCpuTime();
    int lookups = 50_000;
    for (int i = 0; i < lookups; i++) {
      gazetteer.best(names.get(i % names.size()), Set.of("IRQ"));
    }
    double lookupsPerSecond = lookups / ((threads.getCurrentThreadCpuTime() - start) / 1e9);
    System.out.printf("find: %.1f us CPU per 33-token sentence; best(): %.0f lookups per CPU second%n",
        perSentenceMicros, lookupsPerSecond);
    assertTrue(perSentenceMicros < 2_000, "find too slow: " + perSentenceMicros);
  }
}
