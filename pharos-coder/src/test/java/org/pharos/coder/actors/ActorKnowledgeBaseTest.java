package org.pharos.coder.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorKnowledgeBaseTest {
  /** The 193 UN member states, by ISO 3166 alpha-3 code. */
  private static final String UN_MEMBERS = "AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL"
      + " BIH BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI DMA DOM"
      + " ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN"
      + " IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT"
      + " MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER"
      + " PHL POL PRT QAT ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR"
      + " SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE";

  private static ActorKnowledgeBase kb;

  @BeforeAll
  static void load() {
    kb = ActorKnowledgeBase.loadDefault();
  }

  @Test
  void every_un_member_and_observer_and_kosovo_and_taiwan_loads() {
    Set<String> expected = new TreeSet<>(List.of(UN_MEMBERS.split(" ")));
    assertEquals(193, expected.size());
    expected.addAll(List.of("PSE", "VAT", "XKX", "TWN"));
    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(kb.countryCodes());
    assertTrue(missing.isEmpty(), "missing countries: " + missing);
    for (String c : expected) {
      assertEquals(c, kb.lookup(kb.country(c).orElseThrow().name()).stream()
          .filter(e -> e.kind() == EntryKind.COUNTRY).findFirst().orElseThrow().code(), c);
    }
  }

  @Test
  void every_code_is_well_formed_and_every_country_is_iso() {
    for (KbEntry e : kb.entries()) {
      assertTrue(ActorKnowledgeBase.isWellFormedCode(e.code()), e + " has a malformed code");
      if (e.country() != null) {
        assertTrue(kb.countryCodes().contains(e.country()), e + " has an unknown country");
      }
      for (Tenure t : e.tenures()) {
        assertTrue(ActorKnowledgeBase.isWellFormedCode(t.code()), e.name() + ": " + t);
      }
    }
  }

  @Test
  void loading_again_gives_the_same_knowledge_base() {
    long t0 = System.nanoTime();
    ActorKnowledgeBase again = ActorKnowledgeBase.loadDefault();
    System.out.println("actor knowledge base loaded in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    assertEquals(kb.size(), again.size());
    assertTrue(kb.size() > 2500, "aliases: " + kb.size());
  }

  @Test
  void the_theater_actors_are_present_with_their_codes() {
    assertEquals("IRQUAFAAH", kb.lookup("Asaib Ahl al-Haq").get(0).code());
    assertEquals("IRQMILPMF", kb.lookup("Hashd al-Shaabi").get(0).code());
    assertEquals("YEMREBHTH", kb.lookup("Ansar Allah").get(0).code());
    assertEquals("IRQKRDMIL", kb.lookup("Peshmerga").get(0).code());
    assertEquals("IGOWSTCOA", kb.lookup("global coalition against ISIS").get(0).code());
    assertEquals("Esmail Qaani", kb.personHolding("IRN", "commander", LocalDate.of(2024, 1, 1)).orElseThrow().name());
    assertEquals("Vladimir Putin", kb.personHolding("RUS", "president", LocalDate.of(2023, 10, 10)).orElseThrow().name());
    assertEquals("Dmitry Medvedev", kb.personHolding("RUS", "president", LocalDate.of(2010, 1, 1)).orElseThrow().name());
  }

  // ------------------------------------------------------------ validation errors name file and line

  private static Path copyDefault(Path dir) throws IOException {
    for (String f : ActorKnowledgeBase.FILES) {
      try (InputStream in = ActorKnowledgeBase.class.getResourceAsStream(ActorKnowledgeBase.RESOURCE_DIR + f)) {
        Files.copy(in, dir.resolve(f));
      }
    }
    return dir;
  }

  private static int appendLine(Path file, String line) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    lines.add(line);
    Files.write(file, lines, StandardCharsets.UTF_8);
    return lines.size();
  }

  @Test
  void an_edited_copy_loads_from_a_directory(@TempDir Path dir) throws IOException {
    copyDefault(dir);
    appendLine(dir.resolve("groups.tsv"), "IRQUAFXYZ\tTest Brigade\tTB Brigade\tIRQ\tUAF\tIRN\t");
    ActorKnowledgeBase edited = ActorKnowledgeBase.load(dir);
    assertEquals("IRQUAFXYZ", edited.lookup("Test Brigade").get(0).code());
    assertEquals("IRN", edited.lookup("TB Brigade").get(0).affiliation());
  }

  @Test
  void bad_column_count_names_file_and_line(@TempDir Path dir) throws IOException {
    copyDefault(dir);
    int line = appendLine(dir.resolve("igos.tsv"), "IGOXXX\tSome Org\tSO");
    ActorDictionaryException e = assertThrows(ActorDictionaryException.class, () -> ActorKnowledgeBase.load(dir));
    assertTrue(e.getMessage().contains("igos.tsv:" + line), e.getMessage());
    assertTrue(e.getMessage().contains("expected 5 tab-separated columns, found 3"), e.getMessage());
    assertEquals(line, e.line());
  }

  @Test
  void unknown_country_code_names_file_and_line(@TempDir Path dir) throws IOException {
    copyDefault(dir);
    int line = appendLine(dir.resolve("people.tsv"), "Jane Roe\tRoe\tXYZ\tXYZGOV\tpresident\t2020\t");
    ActorDictionaryException e = assertThrows(ActorDictionaryException.class, () -> ActorKnowledgeBase.load(dir));
    assertTrue(e.getMessage().contains("people.tsv:" + line + ": unknown country code 'XYZ'"), e.getMessage());
  }

  @Test
  void bad_date_names_file_and_line(@TempDir Path dir) throws IOException {
    copyDefault(dir);
    int line = appendLine(dir.resolve("people.tsv"), "Jane Roe\tRoe\tIRQ\tIRQGOV\tpresident\t2020-13-01\t");
    ActorDictionaryException e = assertThrows(ActorDictionaryException.class, () -> ActorKnowledgeBase.load(dir));
    assertTrue(e.getMessage().contains("people.tsv:" + line + ": bad date '2020-13-01'"), e.getMessage());
  }

  @Test
  void end_before_start_is_a_bad_date(@TempDir Path dir) throws IOException {
    copyDefault(dir);
    int line = appendLine(dir.resolve("people.tsv"), "Jane Roe\tRoe\tIRQ\tIRQGOV\tpresident\t2020\t2019");
    ActorDictionaryException e = assertThrows(ActorDictionaryException.class, () -> ActorKnowledgeBase.load(dir));
    assertTrue(e.getMessage().contains("people.tsv:" + line), e.getMessage());
  }

  @Test
  void duplicate_alias_for_a_different_actor_is_a_conflict_naming_both_lines(@TempDir Path dir) throws IOException {
    copyDefault(dir);
    int line = appendLine(dir.resolve("groups.tsv"), "IRQUAFXYZ\tOther Group\tKH\tIRQ\tUAF\t\t");
    ActorDictionaryException e = assertThrows(ActorDictionaryException.class, () -> ActorKnowledgeBase.load(dir));
    assertTrue(e.getMessage().contains("groups.tsv:" + line), e.getMessage());
    assertTrue(e.getMessage().contains("conflicts with Kataib Hezbollah (IRQUAFKTH) at "), e.getMessage());
  }

  @Test
  void people_sharing_an_alias_in_different_years_do_not_conflict(@TempDir Path dir) throws IOException {
    copyDefault(dir);
    appendLine(dir.resolve("people.tsv"), "Hamid Test\tTestman\tIRQ\tIRQGOV\tpresident\t2001\t2002");
    appendLine(dir.resolve("people.tsv"), "Omar Test\tTestman\tIRQ\tIRQMIL\tdefense minister\t2010\t2011");
    ActorKnowledgeBase edited = ActorKnowledgeBase.load(dir);
    assertEquals(2, edited.lookup("Testman").size());
    appendLine(dir.resolve("people.tsv"), "Ali Test\tTestman\tIRQ\tIRQLEG\tspeaker\t2010-06\t2012");
    assertThrows(ActorDictionaryException.class, () -> ActorKnowledgeBase.load(dir));
  }

  @Test
  void missing_version_line_is_reported(@TempDir Path dir) throws IOException {
    copyDefault(dir);
    Path f = dir.resolve("generic.tsv");
    List<String> lines = new ArrayList<>(Files.readAllLines(f, StandardCharsets.UTF_8));
    lines.removeIf(l -> l.startsWith("# version:"));
    Files.write(f, lines, StandardCharsets.UTF_8);
    ActorDictionaryException e = assertThrows(ActorDictionaryException.class, () -> ActorKnowledgeBase.load(dir));
    assertTrue(e.getMessage().contains("generic.tsv") && e.getMessage().contains("version"), e.getMessage());
  }
}
