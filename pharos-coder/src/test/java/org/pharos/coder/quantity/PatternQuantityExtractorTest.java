package org.pharos.coder.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pharos.coder.place.TestSentence;
import org.pharos.model.Quantity;
import org.pharos.model.text.AnnotatedSentence;

class PatternQuantityExtractorTest {

  static final PatternQuantityExtractor EXTRACTOR = PatternQuantityExtractor.withDefaultLexicon();

  private static Quantity only(AnnotatedSentence s, int trigger) {
    List<Quantity> found = EXTRACTOR.quantitiesOf(s, trigger);
    assertEquals(1, found.size(), "quantities of '" + s.text() + "': " + found);
    return found.get(0);
  }

  private static void assertQuantity(Quantity q, String kind, Double min, Double max, String qualifier) {
    assertEquals(kind, q.kind(), q.toString());
    assertEquals(min, q.min(), q.toString());
    assertEquals(max, q.max(), q.toString());
    assertEquals(qualifier, q.qualifier(), q.toString());
  }

  // ---- with dependencies ----

  @Test
  void object_of_a_kill_verb_is_killed() {
    var s = TestSentence.of("US/NNP airstrikes/NNS/airstrike killed/VBD/kill nine/CD Iraqi/JJ militiamen/NNS/militiaman")
        .dep("compound", 2, 1).dep("nsubj", 3, 2).dep("nummod", 6, 4).dep("amod", 6, 5).dep("obj", 3, 6).build();
    Quantity q = only(s, 2);
    assertQuantity(q, "killed", 9.0, 9.0, null);
    assertEquals("killed nine Iraqi militiamen", q.text());
  }

  @Test
  void active_subject_of_a_kill_verb_is_not_killed() {
    var s = TestSentence.of("Nine/CD gunmen/NNS/gunman killed/VBD/kill a/DT guard/NN")
        .dep("nummod", 2, 1).dep("nsubj", 3, 2).dep("det", 5, 4).dep("obj", 3, 5).build();
    Quantity q = only(s, 3);
    assertEquals("people", q.kind(), "the nine did the killing");
  }

  @Test
  void participle_headline_nine_killed_attaches_to_the_strike() {
    var s = TestSentence.of("Nine/CD killed/VBN/kill in/IN US/NNP strike/NN")
        .dep("nsubj", 2, 1).dep("case", 5, 3).dep("compound", 5, 4).dep("obl:in", 2, 5).build();
    assertQuantity(only(s, 5), "killed", 9.0, 9.0, null);
  }

  @Test
  void killing_clause_under_the_trigger_attaches_but_other_counts_do_not() {
    var s = TestSentence.of("US/NNP strikes/NNS/strike hit/VBD five/CD sites/NNS/site ,/, killing/VBG/kill"
            + " at/IN least/JJS 25/CD fighters/NNS/fighter")
        .dep("compound", 2, 1).dep("nsubj", 3, 2).dep("nummod", 5, 4).dep("obj", 3, 5).dep("punct", 3, 6)
        .dep("advcl", 3, 7).dep("case", 9, 8).dep("advmod", 10, 9).dep("nummod", 11, 10).dep("obj", 7, 11).build();
    Quantity q = only(s, 3);
    assertQuantity(q, "killed", 25.0, null, "at least");
    assertEquals("killing at least 25 fighters", q.text());
  }

  @Test
  void passive_subject_counts_and_name_numbers_are_skipped() {
    var s = TestSentence.of("Three/CD US/NNP soldiers/NNS/soldier were/VBD/be killed/VBN/kill in/IN a/DT drone/NN"
            + " attack/NN on/IN Tower/NNP 22/CD")
        .dep("nummod", 3, 1).dep("compound", 3, 2).dep("nsubj:pass", 5, 3).dep("aux:pass", 5, 4)
        .dep("case", 9, 6).dep("det", 9, 7).dep("compound", 9, 8).dep("obl:in", 5, 9)
        .dep("case", 11, 10).dep("nmod:on", 9, 11).dep("nummod", 11, 12).build();
    assertQuantity(only(s, 9), "killed", 3.0, 3.0, null);
  }

  @Test
  void suffered_injuries_are_injured() {
    var s = TestSentence.of("34/CD US/NNP troops/NNS/troop suffered/VBD/suffer brain/NN injuries/NNS/injury")
        .dep("nummod", 3, 1).dep("compound", 3, 2).dep("nsubj", 4, 3).dep("compound", 6, 5).dep("obj", 4, 6).build();
    assertQuantity(only(s, 4), "injured", 34.0, 34.0, null);
  }

  @Test
  void death_toll_rising_to_a_number_is_killed() {
    var s = TestSentence.of("The/DT death/NN toll/NN from/IN the/DT strike/NN rose/VBD/rise to/TO 12/CD")
        .dep("det", 3, 1).dep("compound", 3, 2).dep("nsubj", 7, 3).dep("case", 6, 4).dep("det", 6, 5)
        .dep("nmod:from", 3, 6).dep("case", 9, 8).dep("obl:to", 7, 9).build();
    assertQuantity(only(s, 6), "killed", 12.0, 12.0, null);
  }

  @Test
  void repeated_attacks_count_as_attacks() {
    var s = TestSentence.of("Militias/NNS/militia attacked/VBD/attack US/NNP forces/NNS/force about/RB 150-165/CD"
            + " times/NNS/time since/IN October/NNP")
        .dep("nsubj", 2, 1).dep("compound", 4, 3).dep("obj", 2, 4).dep("advmod", 6, 5).dep("nummod", 7, 6)
        .dep("obl:tmod", 2, 7).dep("case", 9, 8).dep("obl:since", 2, 9).build();
    Quantity q = only(s, 2);
    assertQuantity(q, "attacks", 150.0, 165.0, "about");
    assertEquals("about 150-165 times", q.text());
  }

  @Test
  void counted_noun_that_is_the_trigger_gives_its_kind() {
    var s = TestSentence.of("Militias/NNS/militia have/VBP carried/VBN/carry out/RP more/JJR than/IN 60/CD"
            + " attacks/NNS/attack on/IN US/NNP forces/NNS/force")
        .dep("nsubj", 3, 1).dep("aux", 3, 2).dep("compound:prt", 3, 4).dep("advmod", 7, 5).dep("fixed", 5, 6)
        .dep("nummod", 8, 7).dep("obj", 3, 8).dep("case", 11, 9).dep("compound", 11, 10).dep("nmod:on", 8, 11).build();
    assertQuantity(only(s, 8), "attacks", 61.0, null, "more than");
  }

  @Test
  void clause_above_the_trigger_does_not_lend_its_counts() {
    var s = TestSentence.of("US/NNP strikes/NNS/strike killed/VBD/kill 25/CD fighters/NNS/fighter after/IN"
            + " militias/NNS/militia launched/VBD/launch 60/CD attacks/NNS/attack")
        .dep("compound", 2, 1).dep("nsubj", 3, 2).dep("nummod", 5, 4).dep("obj", 3, 5).dep("mark", 8, 6)
        .dep("nsubj", 8, 7).dep("advcl", 3, 8).dep("nummod", 10, 9).dep("obj", 8, 10).build();
    assertQuantity(only(s, 2), "killed", 25.0, 25.0, null);
    assertQuantity(only(s, 10), "attacks", 60.0, 60.0, null);
    assertQuantity(only(s, 8), "attacks", 60.0, 60.0, null);
  }

  @Test
  void money_object_of_the_trigger_is_money_with_unit() {
    var s = TestSentence.of("Iraq/NNP agreed/VBD/agree to/TO pay/VB $/$ 500/CD million/CD to/IN Lukoil/NNP")
        .dep("nsubj", 2, 1).dep("mark", 4, 3).dep("xcomp", 2, 4).dep("obj", 4, 5).dep("compound", 7, 6)
        .dep("nummod", 5, 7).dep("case", 9, 8).dep("obl:to", 4, 9).build();
    Quantity q = only(s, 4);
    assertQuantity(q, "money", 5e8, 5e8, null);
    assertEquals("USD", q.unit());
    assertEquals("$500 million", q.text().replace("$ ", "$"));
  }

  @Test
  void troops_missiles_and_drones_are_counted_nouns() {
    var s = TestSentence.of("Iran/NNP fired/VBD/fire 12/CD ballistic/JJ missiles/NNS/missile and/CC"
            + " dozens/NNS/dozen of/IN drones/NNS/drone")
        .dep("nsubj", 2, 1).dep("nummod", 5, 3).dep("amod", 5, 4).dep("obj", 2, 5).dep("cc", 7, 6)
        .dep("conj:and", 5, 7).dep("obj", 2, 7).dep("case", 9, 8).dep("nmod:of", 7, 9).build();
    List<Quantity> found = EXTRACTOR.quantitiesOf(s, 2);
    assertEquals(2, found.size(), found.toString());
    assertQuantity(found.get(0), "missiles", 12.0, 12.0, null);
    assertQuantity(found.get(1), "drones", 24.0, null, "dozens");
  }

  // ---- token windows ----

  @Test
  void window_killed_nine_and_nine_killed() {
    assertQuantity(only(TestSentence.words("US airstrikes killed nine Iraqi militiamen").build(), 2),
        "killed", 9.0, 9.0, null);
    assertQuantity(only(TestSentence.words("5 killed per security sources in the strike").build(), 8),
        "killed", 5.0, 5.0, null);
    Quantity killing = only(TestSentence.words("the raid ended , killing five fighters").build(), 2);
    assertQuantity(killing, "killed", 5.0, 5.0, null);
    assertEquals("killing five fighters", killing.text());
  }

  @Test
  void window_passive_suffer_and_toll_patterns() {
    assertQuantity(only(TestSentence.words("three US soldiers were killed in the attack").build(), 8),
        "killed", 3.0, 3.0, null);
    assertQuantity(only(TestSentence.words("34 US troops suffered brain injuries in the strike").build(), 9),
        "injured", 34.0, 34.0, null);
    assertQuantity(only(TestSentence.words("the death toll from the bombing rose to 12").build(), 6),
        "killed", 12.0, 12.0, null);
    assertQuantity(only(TestSentence.words("police arrested 14 suspects after the protest").build(), 2),
        "arrested", 14.0, 14.0, null);
    assertQuantity(only(TestSentence.words("at least 20 people were wounded in the blast").build(), 9),
        "injured", 20.0, null, "at least");
  }

  @Test
  void window_attack_counts_and_money() {
    assertQuantity(only(TestSentence.words("militias attacked US forces about 150-165 times").build(), 2),
        "attacks", 150.0, 165.0, "about");
    assertQuantity(only(TestSentence.words("there were nearly 100 attacks on bases").build(), 5),
        "attacks", null, 99.0, "nearly");
    Quantity money = only(TestSentence.words("Baghdad approved 1 trillion dinars for the settlement").build(), 2);
    assertQuantity(money, "money", 1e12, 1e12, null);
    assertEquals("dinar", money.unit());
    assertEquals("1 trillion dinars", money.text());
  }

  @Test
  void window_far_or_across_a_semicolon_does_not_attach() {
    var s = TestSentence.words("the strike hit a depot ; separately , officials said 40 protesters were arrested").build();
    assertEquals(List.of(), EXTRACTOR.quantitiesOf(s, 2));
    assertEquals(1, EXTRACTOR.allQuantities(s).size());
  }

  @Test
  void model_numbers_years_and_percentages_give_no_quantities() {
    var s = TestSentence.words("In 2019 Russia sold Pantsir-S1 and S-400 systems ; 15 percent more than in 2018").build();
    assertEquals(List.of(), EXTRACTOR.allQuantities(s));
  }

  @Test
  void custom_lexicon_errors_name_file_and_line(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("lexicon.tsv");
    Files.writeString(bad, "kind\trole\tlemmas\nkilled\tverb\tkill\nexploded\tverb\tblow up\n");
    QuantityLexiconException e = assertThrows(QuantityLexiconException.class, () -> QuantityLexicon.load(bad));
    assertTrue(e.getMessage().contains("lexicon.tsv:3: unknown kind 'exploded'"), e.getMessage());
  }
}
