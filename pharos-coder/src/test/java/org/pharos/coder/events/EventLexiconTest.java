package org.pharos.coder.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.pharos.model.ontology.CameoCodebook;
import org.pharos.model.ontology.ResourceFormatException;
import org.pharos.model.text.Token;

class EventLexiconTest {
  private final EventLexicon lexicon = EventLexicon.standard();

  private static EventLexicon parse(String text) {
    return EventLexicon.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "lex.txt",
        CameoCodebook.standard());
  }

  @Test
  void every_lexicon_code_exists_in_the_codebook() {
    for (String c : lexicon.codes()) {
      assertTrue(CameoCodebook.standard().contains(c), c);
    }
  }

  @Test
  void all_twenty_roots_are_reachable() {
    Set<String> roots = new TreeSet<>();
    for (String c : lexicon.codes()) {
      roots.add(c.substring(0, 2));
    }
    assertEquals(20, roots.size(), roots.toString());
  }

  @Test
  void required_triggers_are_covered() {
    for (String lemma : List.of("attack", "strike", "airstrike", "raid", "shell", "bomb", "fire", "target", "hit",
        "assassinate", "kill", "wound", "abduct", "kidnap", "detain", "arrest", "besiege", "clash", "fight", "invade",
        "occupy", "meet", "host", "visit", "receive", "talk", "negotiate", "call", "discuss", "sign", "agreement",
        "deal", "agree", "cooperate", "buy", "purchase", "deliver", "supply", "aid", "sanction", "impose", "embargo",
        "expel", "recall", "summon", "withdraw", "pull", "end", "deploy", "mobilize", "threaten", "vow", "warn",
        "demand", "urge", "appeal", "request", "condemn", "criticize", "denounce", "accuse", "blame", "reject", "deny",
        "refuse", "veto", "praise", "thank", "welcome", "support", "endorse", "back", "apologize", "investigate",
        "protest", "demonstrate", "storm", "seize", "suspend", "release", "ease", "ceasefire", "truce")) {
      assertTrue(lexicon.triggerLemmas().contains(lemma), lemma);
    }
  }

  @Test
  void specific_entries_sort_before_general_ones() {
    List<TriggerEntry> fire = lexicon.entries(TriggerKind.VERB, "fire");
    assertFalse(fire.get(0).objectLemmas().isEmpty());
    assertTrue(fire.get(fire.size() - 1).objectLemmas().isEmpty());
    assertEquals("195", lexicon.entries(TriggerKind.NOUN, "strike").get(0).code());
  }

  @Test
  void families_derive_codes_by_longest_prefix() {
    ComplementFamily threaten = lexicon.family("THREATEN").orElseThrow();
    assertEquals("1384", threaten.derive("195"));
    assertEquals("1383", threaten.derive("186"));
    assertEquals("130", threaten.derive(null));
    assertEquals("1056", lexicon.family("DEMAND").orElseThrow().derive("0874"));
  }

  @Test
  void intent_to_use_force_or_coercion_is_a_threat_and_intent_to_cooperate_an_agreement() {
    ComplementFamily intend = lexicon.family("INTEND").orElseThrow();
    assertEquals("1312", intend.derive("163"), "decided to impose sanctions");
    assertEquals("1384", intend.derive("195"), "agreed to carry out air strikes");
    assertEquals("137", intend.derive("174"), "pledged to expel");
    assertEquals("0312", intend.derive("062"));
    assertEquals("030", intend.derive(null));
  }

  @Test
  void light_aspect_and_untargeted_lists_are_loaded() {
    assertTrue(lexicon.isLightVerb("carry", "out"));
    assertFalse(lexicon.isLightVerb("carry", null));
    assertTrue(lexicon.isLightVerb("hold", null));
    assertTrue(lexicon.isAspectVerb("continue"));
    assertTrue(lexicon.allowsMissingTarget("0874"));
    assertTrue(lexicon.allowsMissingTarget("141"));
    assertFalse(lexicon.allowsMissingTarget("190"));
  }

  @Test
  void unknown_code_is_reported_with_file_and_line() {
    ResourceFormatException e = assertThrows(ResourceFormatException.class,
        () -> parse("verb attack 190\n\n# comment\nverb zap 999\n"));
    assertEquals(4, e.line());
    assertTrue(e.getMessage().startsWith("lex.txt:4:"), e.getMessage());
  }

  @Test
  void malformed_entries_are_rejected_with_reasons() {
    assertEquals(1, assertThrows(ResourceFormatException.class, () -> parse("verb attack\n")).line());
    assertEquals(1, assertThrows(ResourceFormatException.class, () -> parse("adverb x 190\n")).line());
    assertEquals(1, assertThrows(ResourceFormatException.class, () -> parse("noun attack 190 obj=x\n")).line());
    assertEquals(2, assertThrows(ResourceFormatException.class, () -> parse("verb a 190\nverb b 190 wat=1\n")).line());
    assertEquals(1, assertThrows(ResourceFormatException.class, () -> parse("control vow NOPE\n")).line());
  }

  @Test
  void trigger_detector_reads_tokens_without_a_parse() {
    TriggerDetector d = new TriggerDetector(lexicon);
    List<Token> tokens = List.of(
        new Token(1, "Gunmen", "gunman", "NNS", "O", 0, 6),
        new Token(2, "stormed", "storm", "VBD", "O", 7, 14),
        new Token(3, "the", "the", "DT", "O", 15, 18),
        new Token(4, "embassy", "embassy", "NN", "O", 19, 26));
    assertEquals(List.of(2), d.triggerTokens(tokens));
    assertFalse(d.hasTrigger(List.of(new Token(1, "The", "the", "DT", "O", 0, 3))));
  }
}
