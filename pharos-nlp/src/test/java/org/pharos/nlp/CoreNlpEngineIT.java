package org.pharos.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pharos.model.Document;
import org.pharos.model.PartialDate;
import org.pharos.model.text.AnnotatedDocument;
import org.pharos.model.text.AnnotatedSentence;
import org.pharos.model.text.DepEdge;
import org.pharos.model.text.EntitySpan;
import org.pharos.model.text.Layer;
import org.pharos.model.text.Timex;
import org.pharos.model.text.Token;

/** The default engine (no CRF NER) against the real CoreNLP models. */
class CoreNlpEngineIT {

  private static final CoreNlpEngine ENGINE = SharedEngines.defaults();

  private static AnnotatedDocument annotate(String text, PartialDate date) {
    return ENGINE.annotate(Document.ofText("it", text, date));
  }

  private static AnnotatedSentence only(String text) {
    AnnotatedDocument ad = annotate(text, null);
    assertEquals(1, ad.sentences().size(), () -> "expected one sentence in: " + text);
    return ad.sentences().get(0);
  }

  /** The 1-based index of the first token whose word is {@code word}. */
  private static int index(AnnotatedSentence s, String word) {
    return s.tokens().stream().filter(t -> t.word().equals(word)).findFirst()
        .orElseThrow(() -> new AssertionError("no token " + word + " in " + s.text())).index();
  }

  private static boolean hasEdge(AnnotatedSentence s, String governor, String relation, String dependent) {
    return s.dependencies().contains(new DepEdge(index(s, governor), index(s, dependent), relation));
  }

  private static Optional<Timex> timex(AnnotatedDocument ad, String text) {
    return ad.sentences().stream().flatMap(s -> s.timexes().stream()).filter(t -> t.text().equals(text))
        .findFirst();
  }

  @Test
  void provides_tokens_pos_lemma_timex_and_dependencies_but_not_ner() {
    assertEquals(java.util.EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.POS, Layer.LEMMA, Layer.TIMEX,
        Layer.DEPENDENCIES), ENGINE.provides());
  }

  @Test
  void token_offsets_index_the_document_text() {
    String text = "  Rockets hit Erbil's airport (twice) on Monday.\n\nThe U.S.-led coalition didn't respond.";
    AnnotatedDocument ad = annotate(text, null);
    assertEquals(2, ad.sentences().size());
    for (AnnotatedSentence s : ad.sentences()) {
      assertEquals(text.substring(s.begin(), s.end()), s.text());
      for (int i = 1; i <= s.size(); i++) {
        Token t = s.token(i);
        assertEquals(i, t.index());
        assertEquals(text.substring(t.begin(), t.end()), t.word(), () -> "offsets of " + t);
        assertTrue(t.begin() >= s.begin() && t.end() <= s.end());
      }
    }
    assertEquals(0, ad.sentences().get(0).index());
    assertEquals(1, ad.sentences().get(1).index());
    assertEquals("Rockets", ad.sentences().get(0).token(1).word());
    assertEquals(2, ad.sentences().get(0).token(1).begin());
  }

  @Test
  void blank_line_ends_a_sentence_but_a_single_newline_does_not() {
    AnnotatedDocument ad = annotate(
        "Rockets hit Erbil air base\n\nThe militia\nfired drones at the base. Nobody was hurt.", null);
    List<String> texts = ad.sentences().stream().map(AnnotatedSentence::text).toList();
    assertEquals(List.of("Rockets hit Erbil air base", "The militia\nfired drones at the base.",
        "Nobody was hurt."), texts);
  }

  @Test
  void lemmas_and_pos_tags_come_from_the_tagger() {
    AnnotatedSentence s = only("The militiamen were struck by drones.");
    assertEquals("militiaman", s.token(index(s, "militiamen")).lemma());
    assertEquals("be", s.token(index(s, "were")).lemma());
    assertEquals("strike", s.token(index(s, "struck")).lemma());
    assertEquals("VBN", s.token(index(s, "struck")).pos());
    assertEquals("NNS", s.token(index(s, "drones")).pos());
  }

  @Test
  void passive_voice_gives_nsubj_pass_and_obl_agent() {
    AnnotatedSentence s = only("The base was attacked by Iraqi militiamen.");
    assertTrue(hasEdge(s, "attacked", "nsubj:pass", "base"), () -> s.dependencies().toString());
    assertTrue(hasEdge(s, "attacked", "obl:agent", "militiamen"), () -> s.dependencies().toString());
    assertTrue(s.dependencies().contains(new DepEdge(0, index(s, "attacked"), "root")));
  }

  @Test
  void prepositional_object_carries_its_case_marker() {
    AnnotatedSentence s = only("Thousands protested against the American strikes.");
    assertTrue(hasEdge(s, "protested", "obl:against", "strikes"), () -> s.dependencies().toString());
    AnnotatedSentence t = only("In Baghdad, thousands protested.");
    assertTrue(hasEdge(t, "protested", "obl:in", "Baghdad"), () -> t.dependencies().toString());
  }

  @Test
  void possessive_gives_nmod_poss() {
    AnnotatedSentence s = only("Kataib Hezbollah's commander was killed.");
    assertTrue(hasEdge(s, "commander", "nmod:poss", "Hezbollah"), () -> s.dependencies().toString());
  }

  @Test
  void coordination_gives_conj_and_and_propagates_the_subject() {
    AnnotatedSentence s = only("Washington and Tehran condemned the attack.");
    assertTrue(hasEdge(s, "Washington", "conj:and", "Tehran"), () -> s.dependencies().toString());
    assertTrue(hasEdge(s, "condemned", "nsubj", "Washington"), () -> s.dependencies().toString());
    assertTrue(hasEdge(s, "condemned", "nsubj", "Tehran"), () -> s.dependencies().toString());
  }

  @Test
  void every_parsed_token_has_a_head_and_exactly_one_root() {
    AnnotatedSentence s = only("The Iraqi government said on Tuesday that it would expel the coalition.");
    assertEquals(1, s.dependencies().stream().filter(e -> e.governor() == 0).count());
    for (int i = 1; i <= s.size(); i++) {
      assertFalse(s.heads(i).isEmpty(), "token " + i + " has no head");
    }
  }

  /**
   * SUTime resolves a bare weekday inside the document's ISO week, even when that lies after the
   * publication date in a past-tense clause (2024-01-29 is a Monday: "on Wednesday" gives 2024-01-31).
   * The coder, which knows the tense, corrects this; the NLP layer reports what SUTime says.
   */
  @ParameterizedTest
  @ValueSource(strings = {"2023-11-22", "2024-01-29", "2024-07-04"})
  void sutime_resolves_relative_dates_against_the_document_date(String docDate) {
    LocalDate anchor = LocalDate.parse(docDate);
    AnnotatedDocument ad = annotate(
        "Drones struck the base on Wednesday. Talks began on November 21 and stalled last month.",
        PartialDate.of(anchor));
    assertEquals(anchor.with(DayOfWeek.WEDNESDAY).toString(), timex(ad, "Wednesday").orElseThrow().value());
    // a past-tense clause resolves a month-day to its latest occurrence on or before the anchor
    LocalDate nov21 = LocalDate.of(anchor.getYear(), 11, 21);
    LocalDate expectedNov21 = nov21.isAfter(anchor) ? nov21.minusYears(1) : nov21;
    assertEquals(expectedNov21.toString(), timex(ad, "November 21").orElseThrow().value());
    assertEquals(anchor.minusMonths(1).toString().substring(0, 7), timex(ad, "last month").orElseThrow().value());
    Timex nov = timex(ad, "November 21").orElseThrow();
    AnnotatedSentence second = ad.sentences().get(1);
    assertEquals("DATE", nov.type());
    assertEquals("November 21", second.span(nov.tokenBegin(), nov.tokenEnd()));
  }

  @Test
  void without_a_full_day_anchor_dates_stay_unresolved() {
    String text = "Talks began on November 21.";
    for (PartialDate date : new PartialDate[] {null, PartialDate.parse("2023-11"), PartialDate.parse("2023")}) {
      AnnotatedDocument ad = annotate(text, date);
      assertEquals("XXXX-11-21", timex(ad, "November 21").orElseThrow().value(), "anchor " + date);
    }
  }

  @Test
  void numbers_and_dates_are_entity_spans_without_ner() {
    AnnotatedSentence s = only("Two thousand troops and 25 advisers left on 3 March 2020, the ninth withdrawal.");
    List<EntitySpan> spans = s.entities();
    assertTrue(spans.stream().noneMatch(e -> e.type().equals("PERSON") || e.type().equals("LOCATION")));
    EntitySpan twoThousand = spans.stream().filter(e -> e.text().equals("Two thousand")).findFirst().orElseThrow();
    assertEquals("NUMBER", twoThousand.type());
    assertEquals("2000", twoThousand.normalized());
    assertEquals("25", spans.stream().filter(e -> e.text().equals("25")).findFirst().orElseThrow().normalized());
    EntitySpan date = spans.stream().filter(e -> e.type().equals("DATE")).findFirst().orElseThrow();
    assertEquals("2020-03-03", date.normalized());
    assertTrue(spans.stream().noneMatch(e -> e.type().equals("NUMBER") && e.text().equals("3")),
        "a number inside a date is not a separate span: " + spans);
    assertEquals("NUMBER", s.token(index(s, "25")).ner());
    assertEquals("DATE", s.token(index(s, "March")).ner());
    assertEquals("O", s.token(index(s, "troops")).ner());
  }

  @Test
  void filtered_out_sentences_keep_tokens_and_dates_but_get_no_dependencies() {
    SentenceFilter onlyAttacks = tokens -> tokens.stream().anyMatch(t -> t.lowerLemma().equals("attack"));
    AnnotatedDocument ad = ENGINE.annotate(Document.ofText("f",
        "The weather was mild on Monday. Militiamen attacked the base on Tuesday.",
        PartialDate.parse("2024-01-31")), onlyAttacks);
    AnnotatedSentence weather = ad.sentences().get(0);
    AnnotatedSentence attack = ad.sentences().get(1);
    assertFalse(weather.isParsed());
    assertTrue(weather.dependencies().isEmpty());
    assertEquals("mild", weather.token(4).word());
    assertEquals("JJ", weather.token(4).pos());
    assertEquals("2024-01-29", weather.timexes().get(0).value());
    assertTrue(attack.isParsed());
    assertTrue(hasEdge(attack, "attacked", "nsubj", "Militiamen"));
  }

  @Test
  void sentence_filter_none_parses_nothing() {
    AnnotatedDocument ad = ENGINE.annotate(Document.ofText("n", "Militiamen attacked the base.", null),
        SentenceFilter.NONE);
    assertFalse(ad.sentences().get(0).isParsed());
  }

  @Test
  void empty_text_gives_no_sentences() {
    assertTrue(annotate("", null).sentences().isEmpty());
    assertTrue(annotate(" \n\n ", null).sentences().isEmpty());
  }

  @Test
  void concurrent_annotation_matches_sequential_annotation() throws Exception {
    List<Document> docs = List.of(
        Document.ofText("a", "US aircraft struck two sites on Friday. Washington blamed Kataib Hezbollah.",
            PartialDate.parse("2024-02-03")),
        Document.ofText("b", "Iraq's prime minister condemned the strikes against its territory.", null),
        Document.ofText("c", "Rockets were fired at Ain al-Asad air base on 20 January.", PartialDate.parse("2024-01-21")));
    List<AnnotatedDocument> sequential = docs.stream().map(ENGINE::annotate).toList();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 3; round++) {
        List<Future<AnnotatedDocument>> futures = docs.stream().map(d -> pool.submit(() -> ENGINE.annotate(d)))
            .toList();
        for (int i = 0; i < docs.size(); i++) {
          assertEquals(sequential.get(i), futures.get(i).get());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertTrue(ENGINE.parserCount() <= 2, "at most one dependency parser per thread: " + ENGINE.parserCount());
  }
}
