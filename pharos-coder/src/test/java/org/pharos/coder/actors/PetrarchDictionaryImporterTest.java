package org.pharos.coder.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PetrarchDictionaryImporterTest {

  @Test
  void reads_entities_synonyms_dated_codes_and_agents(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("Test.actors.txt"), String.join("\n",
        "# comment",
        "ARNOR_ [ARN]",
        "+ARNORIAN_",
        "",
        "ARAGORN_II_  # a king",
        "+STRIDER_",
        "\t[ARNMIL 300101-300630]",
        "\t[ARNGOV >300701]",
        "",
        "THE_WHITE_COUNCIL_ [IGOWHC]",
        "WHITE_COUNCIL_",
        "",
        "BROKEN_ [ARN 3001X-300102]",
        ""), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("Test.agents.txt"), String.join("\n",
        "!MINIST! = MINISTER, MINISTRY",
        "RANGER [~MIL]",
        "POLICE {} [~COP]",
        "WAR_!MINIST! [~MIL]",
        "HUMAN_RIGHTS_BODY [NGO~]",
        ""), StandardCharsets.UTF_8);
    ActorKnowledgeBase kb = PetrarchDictionaryImporter.load(dir);
    assertEquals("ARN", kb.lookup("Arnorian").get(0).code());
    KbEntry strider = kb.lookup("Strider").get(0);
    assertEquals(EntryKind.PERSON, strider.kind());
    assertEquals("ARNMIL", strider.tenureAt(LocalDate.of(2030, 3, 1)).code());
    assertEquals("ARNGOV", strider.tenureAt(LocalDate.of(2031, 1, 1)).code());
    assertEquals("IGOWHC", kb.lookup("White Council").get(0).code(), "a code-less line right after an entity is its synonym");
    assertEquals("---MIL", kb.lookup("rangers").get(0).code(), "regular plurals are generated");
    assertTrue(kb.lookup("polices").isEmpty(), "{} suppresses the plural");
    assertEquals("---MIL", kb.lookup("war ministry").get(0).code());
    assertEquals("NGO", kb.lookup("human rights body").get(0).code());
    assertTrue(kb.notes().stream().anyMatch(n -> n.contains("Test.actors.txt:13: bad date restriction")), kb.notes().toString());
  }

  @Test
  void ours_win_on_conflict_and_counts_are_reported(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("Mine.actors.txt"), "KATAIB_HEZBOLLAH_ [LBNREB]\nNEWGROUP_ [IRQREB]\n", StandardCharsets.UTF_8);
    ActorKnowledgeBase merged = ActorKnowledgeBase.loadDefault().merge(PetrarchDictionaryImporter.load(dir));
    assertEquals("IRQUAFKTH", merged.lookup("Kataib Hezbollah").get(0).code());
    assertEquals(1, merged.lookup("Kataib Hezbollah").size());
    assertEquals("IRQREB", merged.lookup("Newgroup").get(0).code());
    assertTrue(merged.notes().stream().anyMatch(n -> n.startsWith("merged: 1 aliases added, 1 skipped")), merged.notes().toString());
  }

  @Test
  void missing_path_is_reported_with_its_name() {
    ActorDictionaryException e = assertThrows(ActorDictionaryException.class,
        () -> PetrarchDictionaryImporter.load(Path.of("/no/such/dictionaries")));
    assertTrue(e.getMessage().startsWith("/no/such/dictionaries"), e.getMessage());
  }

  @Test
  void phoenix_dictionaries_from_shared_peer_import_and_merge() {
    Path dir = Path.of(System.getProperty("pharos.shared", "../../shared"), "peer", "petrarch2");
    if (!Files.isDirectory(dir)) {
      dir = Path.of("../../shared/peer/petrarch2");
    }
    if (!Files.isDirectory(dir)) {
      System.out.println("SKIPPED phoenix_dictionaries_from_shared_peer_import_and_merge: no " + dir.toAbsolutePath());
    }
    Assumptions.assumeTrue(Files.isDirectory(dir), "peer dictionaries not present at " + dir.toAbsolutePath());
    ActorKnowledgeBase phoenix = PetrarchDictionaryImporter.load(dir);
    assertTrue(phoenix.size() > 30_000, "aliases: " + phoenix.size());
    assertFalse(phoenix.notes().stream().anyMatch(n -> n.contains("Validate")), "test-suite dictionaries are left out");
    ActorKnowledgeBase ours = ActorKnowledgeBase.loadDefault();
    ActorKnowledgeBase merged = ours.merge(phoenix);
    assertTrue(merged.size() > ours.size() + 30_000);
    assertEquals("IRQUAFKTH", merged.lookup("Kataib Hezbollah").get(0).code(), "ours win");
    KbEntry karzai = merged.lookup("Hamid Karzai").get(0);
    assertEquals(EntryKind.PERSON, karzai.kind());
    assertEquals("AFG", karzai.country());
    List<String> report = merged.notes().stream().filter(n -> n.startsWith("merged:")).toList();
    assertEquals(1, report.size());
    System.out.println("Phoenix import: " + phoenix.notes().stream().filter(n -> n.contains(" entries, ")).toList() + " / " + report);
    KnowledgeBaseActorResolver r = new KnowledgeBaseActorResolver(merged);
    DocumentActors a = r.resolve(Sentences.document("2005-06-01",
        Sentences.sentence(0, "Hamid/NNP Karzai/NNP met/VBD Iraqi/JJ troops/NNS")));
    assertEquals("AFG", a.covering(0, 1).orElseThrow().actor().country());
    assertEquals("IRQMIL", a.covering(0, 5).orElseThrow().actor().code());
  }
}
