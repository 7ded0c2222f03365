package org.pharos.coder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pharos.coder.actors.ActorMention;
import org.pharos.coder.actors.ActorResolver;
import org.pharos.coder.actors.DocumentActors;
import org.pharos.coder.events.EventLexicon;
import org.pharos.coder.events.TestParses;
import org.pharos.coder.place.PlaceResolver;
import org.pharos.coder.quantity.QuantityExtractor;
import org.pharos.model.DatePrecision;
import org.pharos.model.DateSource;
import org.pharos.model.Document;
import org.pharos.model.Event;
import org.pharos.model.Modality;
import org.pharos.model.PartialDate;
import org.pharos.model.Place;
import org.pharos.model.Quantity;
import org.pharos.model.ontology.CameoCodebook;
import org.pharos.model.ontology.PloverMapping;
import org.pharos.model.text.AnnotatedDocument;
import org.pharos.model.text.AnnotatedSentence;
import org.pharos.model.text.Layer;
import org.pharos.nlp.NlpEngine;
import org.pharos.nlp.SentenceFilter;

class EventCoderTest {
  private static final PlaceResolver NO_PLACE = new PlaceResolver() {
    @Override
    public Optional<Place> resolve(String name, Set<String> docCountries) {
      return Optional.empty();
    }

    @Override
    public Optional<Place> placeOf(AnnotatedSentence sentence, int trigger, Set<String> docCountries) {
      for (int i = 1; i <= sentence.size(); i++) {
        if (sentence.token(i).word().equals("Baghdad")) {
          return Optional.of(new Place("Baghdad", "IRQ", 33.34, 44.4));
        }
      }
      return Optional.empty();
    }
  };

  private static final QuantityExtractor KILLED = (sentence, trigger) -> {
    List<Quantity> out = new ArrayList<>();
    for (int i = 1; i < sentence.size(); i++) {
      if (sentence.token(i).word().equals("four")) {
        out.add(Quantity.exact("killed", 4, "killed four"));
      }
    }
    return out;
  };

  /** An actor resolver that returns fixed mentions. */
  private static ActorResolver fixed(ActorMention... mentions) {
    return doc -> new DocumentActors(List.of(mentions));
  }

  private static EventCoder coder(CoderConfig config, ActorMention... mentions) {
    return new EventCoder(config, EventLexicon.standard(), fixed(mentions), NO_PLACE, KILLED,
        CameoCodebook.standard(), PloverMapping.standard());
  }

  private static AnnotatedDocument doc(PartialDate date, AnnotatedSentence... sentences) {
    Document d = new Document("d1", null, null, "Example News", date, DateSource.FIELD, "https://example.org/a",
        "en", "text", List.of(), List.of(), "test");
    return new AnnotatedDocument(d, List.of(sentences));
  }

  private static AnnotatedSentence at(int index, AnnotatedSentence s) {
    return new AnnotatedSentence(index, s.text(), s.begin(), s.end(), s.tokens(), s.dependencies(), s.entities(),
        s.timexes());
  }

  @Test
  void builds_complete_records_with_ontology_fields_and_provenance() {
    AnnotatedSentence s = TestParses.corenlp("US forces carried out airstrikes against Kataib Hezbollah on Wednesday .");
    EventCoder c = coder(CoderConfig.defaults(), TestParses.mention(s, "US forces", "USAMIL"),
        TestParses.mention(s, "Kataib Hezbollah", "IRQKHB"));
    List<Event> events = c.code(doc(PartialDate.parse("2024-01-26"), s));
    assertEquals(1, events.size());
    Event e = events.get(0);
    assertEquals("195", e.cameo());
    assertEquals("19", e.cameoRoot());
    assertEquals(4, e.quadClass());
    assertEquals(-10.0, e.goldstein());
    assertEquals("ASSAULT", e.plover());
    assertEquals("aerial", e.ploverMode());
    assertEquals(Modality.ASSERTED, e.modality());
    assertEquals("2024-01-24", e.date());
    assertEquals(DateSource.TEXT, e.dateSource());
    assertEquals("US forces", e.source().text());
    assertEquals("Kataib Hezbollah", e.target().text());
    assertEquals("airstrikes", e.trigger());
    assertEquals("Example News", e.outlet());
    assertEquals("https://example.org/a", e.url());
    assertEquals(Event.stableId("d1", 0, 5, "USAMIL", "IRQKHB", "195"), e.eventId());
    assertTrue(e.confidence() > 0.7, "confidence " + e.confidence());
  }

  @Test
  void definite_strike_without_agent_takes_the_agent_of_the_previous_force_event() {
    AnnotatedSentence first = TestParses.corenlp(0, "The United States and Britain struck militia targets in Iraq .");
    AnnotatedSentence second = TestParses.corenlp(1, "The strike killed two militia commanders .");
    EventCoder c = coder(CoderConfig.defaults(), TestParses.mention(first, "United States", "USA"),
        TestParses.mention(first, "militia", "IRQREB"), TestParses.mention(second, "militia commanders", "IRQREB"));
    List<Event> events = c.code(doc(null, first, second));
    List<Event> later = events.stream().filter(e -> e.sentenceIndex() == 1).toList();
    assertEquals(1, later.size(), events.toString());
    assertEquals("USA", later.get(0).source().code());
    assertEquals("IRQREB", later.get(0).target().code());
    List<Event> alone = c.code(doc(null, second));
    assertNull(alone.get(0).source(), "no earlier event: the agent stays unknown");
  }

  @Test
  void events_without_a_source_are_dropped_unless_force_or_coercion() {
    AnnotatedSentence s = TestParses.corenlp("Militia leaders called on parliament to expel American troops .");
    EventCoder c = coder(CoderConfig.defaults(), TestParses.mention(s, "parliament", "IRQLEG"),
        TestParses.mention(s, "American troops", "USAMIL"));
    assertEquals(List.of(), c.code(doc(null, s)));
  }

  @Test
  void place_and_quantities_come_from_their_resolvers() {
    AnnotatedSentence s = TestParses.corenlp("Iran 's missile attack on Erbil killed four civilians .");
    EventCoder c = coder(CoderConfig.defaults(), TestParses.mention(s, "Iran", "IRN"),
        TestParses.mention(s, "four civilians", "IRQCVL"));
    List<Event> events = c.code(doc(null, s));
    assertEquals(1, events.size(), events.toString()); // the attack that killed: one event
    for (Event e : events) {
      assertEquals(List.of(Quantity.exact("killed", 4, "killed four")), e.quantities());
      assertNull(e.location());
      assertEquals(DateSource.NONE, e.dateSource());
      assertEquals(DatePrecision.UNKNOWN, e.datePrecision());
    }
  }

  @Test
  void protest_abroad_without_target_is_addressed_to_the_host_country_and_at_home_to_the_government() {
    String conll = """
        1 Iranian Iranian JJ 2/amod
        2 students student NNS 3/nsubj
        3 protested protest VBD 0/ROOT
        4 in in IN 5/case
        5 Baghdad Baghdad NNP 3/obl:in
        6 . . . 3/punct""";
    AnnotatedSentence s = TestParses.parse(0, conll);
    List<Event> abroad = coder(CoderConfig.defaults(), TestParses.mention(s, "Iranian students", "IRNCVL"))
        .code(doc(null, s));
    assertEquals(1, abroad.size(), abroad.toString());
    assertEquals("141", abroad.get(0).cameo());
    assertEquals("IRQ", abroad.get(0).target().code());
    List<Event> home = coder(CoderConfig.defaults(), TestParses.mention(s, "Iranian students", "IRQCVL"))
        .code(doc(null, s));
    assertEquals(1, home.size(), home.toString());
    assertEquals("IRQGOV", home.get(0).target().code(), "citizens protesting at home address their government");
  }

  @Test
  void a_target_of_no_known_country_gives_way_to_the_country_of_a_place_abroad_but_not_of_a_home_place() {
    AnnotatedSentence s = TestParses.parse(0, """
        1 Britain Britain NNP 2/nsubj
        2 mobilized mobilize VBD 0/ROOT
        3 reservists reservist NNS 2/obj
        4 for for IN 6/case
        5 a a DT 6/det
        6 war war NN 3/nmod:for
        7 near near IN 8/case
        8 Baghdad Baghdad NNP 2/obl:near
        9 . . . 2/punct""");
    List<Event> abroad = coder(CoderConfig.defaults(), TestParses.mention(s, "Britain", "GBR"),
        TestParses.mention(s, "reservists", "---MIL")).code(doc(null, s));
    assertEquals(1, abroad.size(), abroad.toString());
    assertEquals("154", abroad.get(0).cameo());
    assertEquals("IRQ", abroad.get(0).target().code(), "the reservists are nobody's in particular; the place is Iraq");
    List<Event> home = coder(CoderConfig.defaults(), TestParses.mention(s, "Britain", "IRQ"),
        TestParses.mention(s, "reservists", "---MIL")).code(doc(null, s));
    assertEquals(1, home.size(), home.toString());
    assertEquals("---MIL", home.get(0).target().code(), "at home the named target stays");
    List<Event> known = coder(CoderConfig.defaults(), TestParses.mention(s, "Britain", "GBR"),
        TestParses.mention(s, "reservists", "GBRMIL")).code(doc(null, s));
    assertTrue(known.isEmpty() || !"IRQ".equals(known.get(0).target() == null ? null : known.get(0).target().code()),
        "a target of a known country is kept: " + known);
  }

  @Test
  void a_place_modifying_the_source_is_where_it_sits_not_what_it_addresses() {
    AnnotatedSentence s = TestParses.parse(0, """
        1 The the DT 3/det
        2 UN UN NNP 3/compound
        3 mission mission NN 7/nsubj
        4 in in IN 5/case
        5 Baghdad Baghdad NNP 3/nmod:in
        6 has have VBZ 7/aux
        7 appealed appeal VBN 0/ROOT
        8 for for IN 9/case
        9 calm calm NN 7/obl:for
        10 . . . 7/punct""");
    List<Event> events = coder(CoderConfig.defaults(), TestParses.mention(s, "The UN mission", "IGOUNO")).code(doc(null, s));
    assertEquals(1, events.size(), events.toString());
    assertEquals("020", events.get(0).cameo());
    assertNull(events.get(0).target(), "the UN mission in Iraq appealing for calm addresses no one in Iraq");
    AnnotatedSentence abroad = TestParses.parse(0, """
        1 The the DT 3/det
        2 UN UN NNP 3/compound
        3 mission mission NN 4/nsubj
        4 appealed appeal VBD 0/ROOT
        5 for for IN 6/case
        6 calm calm NN 4/obl:for
        7 in in IN 8/case
        8 Baghdad Baghdad NNP 4/obl:in
        9 . . . 4/punct""");
    List<Event> there = coder(CoderConfig.defaults(), TestParses.mention(abroad, "The UN mission", "IGOUNO"))
        .code(doc(null, abroad));
    assertEquals(1, there.size(), there.toString());
    assertEquals("IRQ", there.get(0).target().code(), "appealing for calm in Baghdad is addressed to Iraq");
  }

  @Test
  void curfew_in_a_town_targets_its_country_even_at_home_but_a_visit_only_abroad() {
    AnnotatedSentence s = TestParses.parse(0, """
        1 Authorities authority NNS 2/nsubj
        2 imposed impose VBD 0/ROOT
        3 a a DT 4/det
        4 curfew curfew NN 2/obj
        5 in in IN 6/case
        6 Baghdad Baghdad NNP 2/obl:in
        7 . . . 2/punct""");
    List<Event> home = coder(CoderConfig.defaults(), TestParses.mention(s, "Authorities", "IRQGOV")).code(doc(null, s));
    assertEquals(1, home.size(), home.toString());
    assertEquals("1723", home.get(0).cameo());
    assertEquals("IRQ", home.get(0).target().code());
    AnnotatedSentence v = TestParses.parse(0, """
        1 Lavrov Lavrov NNP 2/nsubj
        2 arrived arrive VBD 0/ROOT
        3 in in IN 4/case
        4 Baghdad Baghdad NNP 2/obl:in
        5 . . . 2/punct""");
    List<Event> abroad = coder(CoderConfig.defaults(), TestParses.mention(v, "Lavrov", "RUSGOV")).code(doc(null, v));
    assertEquals(1, abroad.size(), abroad.toString());
    assertEquals("042", abroad.get(0).cameo());
    assertEquals("IRQ", abroad.get(0).target().code());
    List<Event> own = coder(CoderConfig.defaults(), TestParses.mention(v, "Lavrov", "IRQGOV")).code(doc(null, v));
    assertEquals(1, own.size(), own.toString());
    assertNull(own.get(0).target(), "arriving in one's own country visits no one");
  }

  @Test
  void strikes_and_exercises_abroad_without_target_are_directed_at_the_host_country_but_not_at_home() {
    AnnotatedSentence s = TestParses.parse(0, """
        1 Jets jet NNS 2/nsubj
        2 bombed bomb VBD 0/ROOT
        3 positions position NNS 2/obj
        4 in in IN 5/case
        5 Baghdad Baghdad NNP 3/nmod:in
        6 . . . 2/punct""");
    List<Event> abroad = coder(CoderConfig.defaults(), TestParses.mention(s, "Jets", "USAMIL")).code(doc(null, s));
    assertEquals(1, abroad.size(), abroad.toString());
    assertTrue(abroad.get(0).cameo().startsWith("19"), abroad.toString());
    assertEquals("IRQ", abroad.get(0).target().code());
    List<Event> home = coder(CoderConfig.defaults(), TestParses.mention(s, "Jets", "IRQMIL")).code(doc(null, s));
    assertEquals(1, home.size(), home.toString());
    assertNull(home.get(0).target(), "bombing at home names no target by its place");
    AnnotatedSentence x = TestParses.parse(0, """
        1 Russia Russia NNP 2/nsubj
        2 held hold VBD 0/ROOT
        3 military military JJ 4/amod
        4 exercises exercise NNS 2/obj
        5 in in IN 6/case
        6 Baghdad Baghdad NNP 2/obl:in
        7 . . . 2/punct""");
    List<Event> drill = coder(CoderConfig.defaults(), TestParses.mention(x, "Russia", "RUS")).code(doc(null, x));
    assertEquals(1, drill.size(), drill.toString());
    assertTrue(drill.get(0).cameo().startsWith("15"), drill.toString());
    assertEquals("IRQ", drill.get(0).target().code());
  }

  @Test
  void threatened_curfew_in_a_town_targets_its_country_even_at_home() {
    AnnotatedSentence s = TestParses.parse(0, """
        1 Authorities authority NNS 2/nsubj 4/nsubj:xsubj
        2 threatened threaten VBD 0/ROOT
        3 to to TO 4/mark
        4 impose impose VB 2/xcomp
        5 a a DT 6/det
        6 curfew curfew NN 4/obj
        7 in in IN 8/case
        8 Baghdad Baghdad NNP 4/obl:in
        9 . . . 2/punct""");
    List<Event> home = coder(CoderConfig.defaults(), TestParses.mention(s, "Authorities", "IRQGOV")).code(doc(null, s));
    assertEquals(1, home.size(), home.toString());
    assertTrue(home.get(0).cameo().startsWith("13"), home.toString());
    assertEquals("IRQ", home.get(0).target().code());
  }

  @Test
  void hypothetical_and_negated_events_are_dropped_unless_configured() {
    AnnotatedSentence q = TestParses.corenlp("Can Russia and the United States clash over Iraq ?");
    ActorMention[] m = {TestParses.mention(q, "Russia", "RUS"), TestParses.mention(q, "United States", "USA")};
    assertTrue(coder(CoderConfig.defaults(), m).code(doc(null, q)).isEmpty());
    List<Event> kept = coder(CoderConfig.defaults().withIncludeHypothetical(true), m).code(doc(null, q));
    assertEquals(2, kept.size());
    assertTrue(kept.stream().allMatch(e -> e.modality() == Modality.HYPOTHETICAL));

    AnnotatedSentence n = TestParses.corenlp("The militias did not attack the base .");
    ActorMention militias = TestParses.mention(n, "militias", "IRQREB");
    assertTrue(coder(CoderConfig.defaults(), militias).code(doc(null, n)).isEmpty());
    List<Event> negated = coder(CoderConfig.defaults().withIncludeNegated(true), militias).code(doc(null, n));
    assertEquals(Modality.NEGATED, negated.get(0).modality());
  }

  @Test
  void planned_and_reported_events_are_kept_with_lower_confidence() {
    AnnotatedSentence p = TestParses.corenlp("Sudani will meet Putin on April 15 .");
    Event planned = coder(CoderConfig.defaults(), TestParses.mention(p, "Sudani", "IRQGOV"),
        TestParses.mention(p, "Putin", "RUSGOV")).code(doc(PartialDate.parse("2024-04-01"), p)).get(0);
    assertEquals(Modality.PLANNED, planned.modality());
    AnnotatedSentence a = TestParses.corenlp("Putin met Sudani in Moscow on October 10 .");
    Event asserted = coder(CoderConfig.defaults(), TestParses.mention(a, "Sudani", "IRQGOV"),
        TestParses.mention(a, "Putin", "RUSGOV")).code(doc(null, a)).get(0);
    assertTrue(planned.confidence() < asserted.confidence());
  }

  @Test
  void confidence_falls_with_weak_actor_resolution_and_a_missing_side() {
    AnnotatedSentence s = TestParses.corenlp("Putin met Sudani in Moscow on October 10 .");
    Event strong = coder(CoderConfig.defaults(), TestParses.mention(s, "Putin", "RUSGOV"),
        TestParses.mention(s, "Sudani", "IRQGOV")).code(doc(null, s)).get(0);
    Event weak = coder(CoderConfig.defaults(), TestParses.mention(s, "Putin", "RUSGOV", 0.5),
        TestParses.mention(s, "Sudani", "IRQGOV", 0.5)).code(doc(null, s)).get(0);
    assertTrue(weak.confidence() < strong.confidence());
    AnnotatedSentence k = TestParses.corenlp("Two US soldiers were killed .");
    Event oneSided = coder(CoderConfig.defaults(), TestParses.mention(k, "US soldiers", "USAMIL"))
        .code(doc(null, k)).get(0);
    assertTrue(oneSided.confidence() < strong.confidence());
    assertTrue(coder(CoderConfig.defaults().withMinConfidence(0.95), TestParses.mention(k, "US soldiers", "USAMIL"))
        .code(doc(null, k)).isEmpty());
  }

  @Test
  void identical_events_in_one_sentence_are_kept_once_but_other_sentences_keep_theirs() {
    AnnotatedSentence s = TestParses.parse(0, """
        1 Iraq Iraq NNP 2/nsubj 5/nsubj
        2 condemned condemn VBD 0/root
        3 and and CC 5/cc
        4 also also RB 5/advmod
        5 denounced denounce VBD 2/conj:and
        6 Iran Iran NNP 2/obj 5/obj
        7 . . . 2/punct
        """);
    AnnotatedSentence second = at(1, s);
    ActorMention[] m = {TestParses.mention(s, "Iraq", "IRQ"), TestParses.mention(s, "Iran", "IRN"),
        TestParses.mention(second, "Iraq", "IRQ"), TestParses.mention(second, "Iran", "IRN")};
    List<Event> events = coder(CoderConfig.defaults(), m).code(doc(null, s, second));
    assertEquals(2, events.size(), events.toString());
    assertNotEquals(events.get(0).eventId(), events.get(1).eventId());
  }

  @Test
  void coder_declares_the_layers_it_needs() {
    EventCoder c = coder(CoderConfig.defaults());
    assertTrue(c.requires().containsAll(EnumSet.of(Layer.TOKENS, Layer.LEMMA, Layer.POS, Layer.DEPENDENCIES)));
    assertThrows(IllegalArgumentException.class, () -> CoderConfig.defaults().withMinConfidence(1.5));
  }

  @Test
  void pipeline_names_missing_layers_and_codes_documents() {
    AnnotatedSentence s = TestParses.corenlp("Putin met Sudani in Moscow on October 10 .");
    EventCoder c = coder(CoderConfig.defaults(), TestParses.mention(s, "Putin", "RUSGOV"),
        TestParses.mention(s, "Sudani", "IRQGOV"));
    NlpEngine noParser = new NlpEngine() {
      @Override
      public Set<Layer> provides() {
        return EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.POS, Layer.LEMMA);
      }

      @Override
      public AnnotatedDocument annotate(Document document, SentenceFilter parseFilter) {
        throw new UnsupportedOperationException();
      }
    };
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Pipeline(noParser, c));
    assertTrue(e.getMessage().contains("DEPENDENCIES"), e.getMessage());

    NlpEngine canned = new NlpEngine() {
      @Override
      public Set<Layer> provides() {
        return EnumSet.allOf(Layer.class);
      }

      @Override
      public AnnotatedDocument annotate(Document document, SentenceFilter parseFilter) {
        return new AnnotatedDocument(document, List.of(parseFilter.shouldParse(s.tokens()) ? s : TestParses.unparsed(s)));
      }
    };
    Document d = Document.ofText("d2", s.text(), PartialDate.parse("2023-10-11"));
    assertEquals(1, new Pipeline(canned, c).code(d).size());
    assertTrue(new Pipeline(canned, c, SentenceFilter.NONE).code(d).isEmpty());
    RelevanceFilter relevance = new RelevanceFilter(EventLexicon.standard(), tokens -> true);
    assertEquals(1, new Pipeline(canned, c, relevance).code(d).size());
  }

  @Test
  void relevance_filter_needs_a_trigger_and_an_actor_candidate() {
    AnnotatedSentence s = TestParses.corenlp("Putin met Sudani in Moscow on October 10 .");
    AnnotatedSentence none = TestParses.corenlp("Two US soldiers were killed .");
    RelevanceFilter anyActor = new RelevanceFilter(EventLexicon.standard(), tokens -> true);
    RelevanceFilter noActor = new RelevanceFilter(EventLexicon.standard(), tokens -> false);
    assertTrue(anyActor.shouldParse(s.tokens()));
    assertTrue(anyActor.shouldParse(none.tokens()));
    assertTrue(!noActor.shouldParse(s.tokens()));
    AnnotatedSentence noTrigger = TestParses.parse(0, """
        1 The the DT 2/det
        2 weather weather NN 3/nsubj
        3 was be VBD 0/root
        4 fine fine JJ 3/xcomp
        """);
    assertTrue(!anyActor.shouldParse(noTrigger.tokens()));
  }
}
