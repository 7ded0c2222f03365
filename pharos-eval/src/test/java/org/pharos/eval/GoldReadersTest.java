package org.pharos.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldReadersTest {

  @Test
  void gsr_file_has_78_records_and_80_expected_triples() {
    List<GoldRecord> recs = new GsrReader().read(PeerFiles.require("UniversalPetrarch/PETR2_GSR_validation.xml"));
    assertEquals(78, recs.size());
    assertEquals(80, recs.stream().mapToInt(r -> r.events().size()).sum());
    assertEquals(12, recs.stream().filter(r -> r.events().isEmpty()).count());
    GoldRecord first = recs.get(0);
    assertEquals("AFP0808020625_4", first.id());
    assertTrue(first.text().startsWith("The stopover came as the US leader"));
    assertFalse(first.text().contains("\t"), "gold parse must not leak into the text");
    assertEquals("2008-08-04", first.date().toIso());
  }

  @Test
  void gsr_reader_skips_records_marked_not_evaluated(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("v.xml");
    Files.writeString(f, String.join("\n",
        "<Validation>", "<!-- a -- comment -->", "<EventCoding eventcode=\"999\" sourcecode=\"X\" targetcode=\"Y\" />",
        "<Sentences>",
        "<Sentence category=\"A\" date=\"20200105\" id=\"R1\" evaluate=\"true\"/>",
        "<EventCoding eventcode=\"190\" sourcecode=\"USA\" targetcode=\"IRQ\" />",
        "<Text>", "US forces", "struck.", "</Text>", "<Parse>", "1\tUS", "</Parse>", "</Sentence>",
        "<Sentence category=\"A\" date=\"20200105\" id=\"R2\" evaluate=\"false\">",
        "<EventCoding noevents=\"True\" />", "<Text>Nothing.</Text>", "</Sentence>",
        "</Sentences>", "</Validation>"));
    List<GoldRecord> recs = new GsrReader().read(f);
    assertEquals(1, recs.size());
    assertEquals("US forces struck.", recs.get(0).text());
    assertEquals("190", recs.get(0).events().get(0).cameo());
  }

  @Test
  void plover_file_has_322_records_with_2021_names() {
    List<GoldRecord> recs = new PloverGsrReader().read(PeerFiles.require("PLOVER/PLOVER_GSR_CAMEO.txt"));
    assertEquals(322, recs.size());
    assertTrue(recs.stream().noneMatch(r -> r.events().get(0).plover().equals("FIGHT")));
    assertEquals(34 + 9, recs.stream().filter(r -> r.category().equals("DEMAND") || r.category().equals("INVESTIGATE")).count());
    assertTrue(recs.stream().anyMatch(r -> r.events().get(0).sources().size() == 2));
  }

  @Test
  void plover_reader_reads_old_cameo_country_codes_as_iso(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("p.json");
    Files.writeString(f, "[{\"id\":\"P1\",\"event\":\"SANCTION\",\"text\":\"Japan halted aid.\","
        + "\"source\":[{\"code\":\"JAP\",\"sector\":\"GOV\"}],\"target\":[{\"code\":\"SRB\"}]},"
        + "{\"id\":\"P2\",\"event\":\"FIGHT\",\"text\":\"x\",\"source\":[{\"code\":\"VTN\"}],"
        + "\"target\":[{\"code\":\"ITL\"}]}]");
    List<GoldRecord> recs = new PloverGsrReader().read(f);
    assertEquals(List.of("JPNGOV"), recs.get(0).events().get(0).sources());
    assertEquals(List.of("SRB"), recs.get(0).events().get(0).targets());
    assertEquals(List.of("VNM"), recs.get(1).events().get(0).sources());
    assertEquals(List.of("ITA"), recs.get(1).events().get(0).targets());
  }

  @Test
  void user_gold_reports_file_and_line_of_a_malformed_record(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("g.jsonl");
    Files.writeString(f, "{\"id\":\"a\",\"text\":\"x\",\"events\":[]}\n{\"id\": broken\n");
    GoldFormatException e = assertThrows(GoldFormatException.class, () -> new UserGoldReader().read(f));
    assertTrue(e.getMessage().startsWith(f + ":2:"), e.getMessage());
  }

  @Test
  void user_gold_drops_hypothetical_gold_events_and_accepts_code_lists(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("g.jsonl");
    Files.writeString(f, "{\"id\":\"a\",\"text\":\"x\",\"date\":\"2024-02-06\",\"events\":["
        + "{\"source\":[\"USA\",\"GBR\"],\"target\":\"IRQ\",\"cameo\":\"195\"},"
        + "{\"source\":\"IRN\",\"target\":\"USA\",\"plover\":\"fight\",\"modality\":\"hypothetical\"}]}\n");
    GoldRecord r = new UserGoldReader().read(f).get(0);
    assertEquals(1, r.events().size());
    assertEquals(List.of("USA", "GBR"), r.events().get(0).sources());
  }
}
