package org.pharos.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.pharos.model.Document;
import org.pharos.model.PartialDate;
import org.pharos.model.text.AnnotatedDocument;
import org.pharos.model.text.AnnotatedSentence;

/** The SUTime gate loses no time expression or number that SUTime finds when run on every sentence. */
class TimexGateIT {

  private static List<String> found(AnnotatedDocument ad) {
    List<String> out = new ArrayList<>();
    for (AnnotatedSentence s : ad.sentences()) {
      s.timexes().forEach(t -> out.add(s.index() + " " + t.type() + " " + t.text() + " " + t.tokenBegin() + " " + t.value()));
      s.entities().forEach(e -> out.add(s.index() + " " + e.type() + " " + e.text() + " " + e.tokenBegin()));
    }
    return out;
  }

  @Test
  void sutime_results_do_not_depend_on_previously_annotated_documents() {
    // CoreNLP issue #1061: "attacked Monday" tags SUTime's shared MONDAY value "resolve to the past"
    // and "will resume Monday" tags it "future"; a later bare Monday must still resolve to the closest.
    CoreNlpEngine engine = SharedEngines.defaultsUngated();
    Document sunday = Document.ofText("t", "South Sudan peace talks in the young nation have been postponed until"
        + " Monday.", PartialDate.parse("2015-02-22"));
    String before = engine.annotate(sunday).sentences().get(0).timexes().toString();
    assertTrue(before.contains("2015-02-23"), before);
    for (String other : List.of("The rebels attacked Monday.", "Talks will resume Monday.")) {
      engine.annotate(Document.ofText("other", other, PartialDate.parse("2015-02-25")));
      assertEquals(before, engine.annotate(sunday).sentences().get(0).timexes().toString(), other);
    }
  }

  @Test
  void a_sentence_keeps_its_own_tense_cue_for_a_weekday() {
    CoreNlpEngine engine = SharedEngines.defaults();
    PartialDate wednesday = PartialDate.parse("2015-02-25");
    Document future = Document.ofText("f", "Talks will resume Monday.", wednesday);
    Document past = Document.ofText("p", "The rebels attacked Monday.", wednesday);
    assertEquals("2015-03-02", engine.annotate(future).sentences().get(0).timexes().get(0).value());
    assertEquals("2015-02-23", engine.annotate(past).sentences().get(0).timexes().get(0).value());
    assertEquals("2015-03-02", engine.annotate(future).sentences().get(0).timexes().get(0).value());
  }

  @Test
  void concurrent_documents_use_separate_sutime_extractors() throws Exception {
    CoreNlpEngine engine = new CoreNlpEngine(NlpConfig.defaults().withDepparse(false));
    Document sunday = Document.ofText("t", "Peace talks have been postponed until Monday.", PartialDate.parse("2015-02-22"));
    String expected = engine.annotate(sunday).sentences().get(0).timexes().toString();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        Document d = i % 2 == 0 ? sunday
            : Document.ofText("o" + i, "Talks will resume Monday. Rebels attacked Monday.", PartialDate.parse("2015-02-25"));
        results.add(pool.submit(() -> engine.annotate(d).sentences().get(0).timexes().toString()));
      }
      for (int i = 0; i < results.size(); i += 2) {
        assertEquals(expected, results.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertTrue(engine.sutimeExtractorCount() <= 2, "at most one extractor per thread: " + engine.sutimeExtractorCount());
  }

  @Test
  void gated_and_ungated_engines_find_the_same_dates_and_numbers() throws IOException {
    List<Document> docs = new ArrayList<>(SampleTexts.documents());
    docs.add(Document.ofText("extra", "The truce held through the holidays. Fighting resumed at dawn. "
        + "Talks are held annually. The envoy left the day before. A ceasefire is in place for now. "
        + "Dozens were wounded in the fourth attack this season. The meeting is planned for Christmas Eve.",
        PartialDate.parse("2024-01-30")));
    int total = 0;
    for (Document d : docs) {
      List<String> gated = found(SharedEngines.defaults().annotate(d, SentenceFilter.NONE));
      List<String> ungated = found(SharedEngines.defaultsUngated().annotate(d, SentenceFilter.NONE));
      assertEquals(ungated, gated, d.docId());
      total += ungated.size();
    }
    assertTrue(total > 40, "the texts hold many dates and numbers: " + total);
  }

  @Test
  void with_timex_only_selected_unselected_sentences_get_no_dates_and_selected_ones_the_same_dates() {
    CoreNlpEngine selective = new CoreNlpEngine(NlpConfig.defaults().withDepparse(false).withTimexOnlySelected(true));
    Document d = Document.ofText("s", "Rebels attacked the base on Monday. The weather was fine on Tuesday, with 20 degrees.",
        PartialDate.parse("2015-02-25"));
    SentenceFilter attacks = tokens -> tokens.stream().anyMatch(t -> t.word().equals("attacked"));
    AnnotatedDocument some = selective.annotate(d, attacks);
    AnnotatedDocument every = selective.annotate(d, SentenceFilter.ALL);
    AnnotatedDocument reference = SharedEngines.defaults().annotate(d, SentenceFilter.NONE);
    assertEquals(reference.sentences().get(0).timexes(), some.sentences().get(0).timexes());
    assertEquals(reference.sentences().get(0).entities(), some.sentences().get(0).entities());
    assertTrue(some.sentences().get(1).timexes().isEmpty());
    assertTrue(some.sentences().get(1).entities().isEmpty());
    assertEquals(reference.sentences().get(1).timexes(), every.sentences().get(1).timexes());
    assertTrue(!every.sentences().get(1).timexes().isEmpty(), "Tuesday is found when every sentence is selected");
    selective.close();
  }
}
