package org.pharos.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.pharos.eval.GoldRecord;
import org.pharos.eval.GsrReader;
import org.pharos.eval.PloverGsrReader;
import org.pharos.ingest.IngestConfig;
import org.pharos.ingest.IngestListener;
import org.pharos.ingest.IngestProblem;
import org.pharos.ingest.Ingestor;
import org.pharos.model.DateSource;
import org.pharos.model.Document;
import org.pharos.model.text.AnnotatedDocument;
import org.pharos.model.text.AnnotatedSentence;
import org.pharos.nlp.CoreNlpEngine;
import org.pharos.nlp.NlpConfig;

/**
 * SUTime and the number normalizer on windows around candidate tokens ({@link
 * NlpConfig#timexWindow()} of {@link NlpConfig#TIMEX_WINDOW_TOKENS}) against whole sentences: every time expression (type, TIMEX3
 * value, token span, text) and every number span (type, value, span) must be the same on the demo
 * corpus, the held-out samples under {@code eval/holdout} and, when {@code ../shared/peer} is present,
 * the PETRARCH-2 GSR and PLOVER sentences. Every difference is printed before the assertion fails.
 * The coder reads nothing else of SUTime, so identical spans mean identical event dates and quantities.
 */
class TimexWindowIT {

  private static List<Document> ingest(Path dir, String suffix) {
    List<String> inputs = new ArrayList<>();
    try (var files = Files.list(dir)) {
      files.filter(f -> f.toString().endsWith(suffix)).sorted().forEach(f -> inputs.add(f.toString()));
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot list " + dir + ": " + e, e);
    }
    List<Document> docs = new ArrayList<>();
    new Ingestor(IngestConfig.defaults()).read(inputs, new IngestListener() {
      @Override
      public void onDocument(Document d) {
        docs.add(d);
      }

      @Override
      public void onProblem(IngestProblem p) {
        throw new IllegalStateException("cannot read test input: " + p);
      }
    });
    return docs;
  }

  private static Document asDocument(String prefix, GoldRecord r) {
    return new Document(prefix + r.id(), null, null, null, r.date(), r.date() == null ? DateSource.NONE
        : DateSource.FIELD, null, "en", r.text(), List.of(), List.of(), prefix + r.id());
  }

  private static List<Document> peerDocuments() {
    Path peer = Path.of(System.getProperty("pharos.shared", "../../shared"), "peer");
    List<Document> out = new ArrayList<>();
    Path gsr = peer.resolve("UniversalPetrarch/PETR2_GSR_validation.xml");
    Path plover = peer.resolve("PLOVER/PLOVER_GSR_CAMEO.txt");
    if (Files.isRegularFile(gsr)) {
      new GsrReader().read(gsr).forEach(r -> out.add(asDocument("gsr-", r)));
    }
    if (Files.isRegularFile(plover)) {
      new PloverGsrReader().read(plover).forEach(r -> out.add(asDocument("plover-", r)));
    }
    if (out.isEmpty()) {
      System.out.println("TimexWindowIT: no peer data under " + peer.toAbsolutePath() + "; GSR and PLOVER not compared");
    }
    return out;
  }

  /** One line per time expression and number span of a document. */
  private static List<String> spans(AnnotatedDocument ad) {
    List<String> out = new ArrayList<>();
    for (AnnotatedSentence s : ad.sentences()) {
      s.timexes().forEach(t -> out.add("sentence " + s.index() + " timex " + t.type() + " " + t.value() + " ["
          + t.tokenBegin() + "," + t.tokenEnd() + ") '" + t.text() + "'"));
      s.entities().forEach(e -> out.add("sentence " + s.index() + " span " + e.type() + " " + e.normalized() + " ["
          + e.tokenBegin() + "," + e.tokenEnd() + ") '" + e.text() + "'"));
    }
    return out;
  }

  @Test
  void windows_give_the_same_time_expressions_and_numbers_as_whole_sentences() {
    List<Document> docs = new ArrayList<>(ingest(Path.of("..", "demo", "corpus"), ""));
    int demo = docs.size();
    docs.addAll(ingest(Path.of("..", "eval", "holdout"), ".jsonl"));
    int holdout = docs.size() - demo;
    docs.addAll(peerDocuments());
    NlpConfig windowed = NlpConfig.defaults().withDepparse(false).withTimexWindow(NlpConfig.TIMEX_WINDOW_TOKENS);
    List<String> differences = new ArrayList<>();
    int sentences = 0;
    int spans = 0;
    long windowNanos = 0;
    long wholeNanos = 0;
    try (CoreNlpEngine windows = new CoreNlpEngine(windowed);
        CoreNlpEngine whole = new CoreNlpEngine(windowed.withTimexWindow(0))) {
      for (Document d : docs) {
        long t0 = System.nanoTime();
        List<String> expected = spans(whole.annotate(d));
        long t1 = System.nanoTime();
        AnnotatedDocument ad = windows.annotate(d);
        long t2 = System.nanoTime();
        List<String> actual = spans(ad);
        wholeNanos += t1 - t0;
        windowNanos += t2 - t1;
        sentences += ad.sentences().size();
        spans += expected.size();
        if (!expected.equals(actual)) {
          List<String> missing = new ArrayList<>(expected);
          missing.removeAll(actual);
          List<String> extra = new ArrayList<>(actual);
          extra.removeAll(expected);
          differences.add(d.docId() + ": whole sentences only " + missing + "; windows only " + extra);
        }
      }
    }
    differences.forEach(x -> System.out.println("TimexWindowIT difference: " + x));
    System.out.printf(Locale.ROOT, "TimexWindowIT: %d documents (%d demo, %d held-out, %d peer), %d sentences, %d time"
        + " and number spans, %d documents differ; annotation without parse %.1f s whole sentences, %.1f s windows%n",
        docs.size(), demo, holdout, docs.size() - demo - holdout, sentences, spans, differences.size(),
        wholeNanos / 1e9, windowNanos / 1e9);
    assertTrue(demo > 50 && holdout > 10, "demo corpus and held-out samples read: " + demo + ", " + holdout);
    assertTrue(differences.isEmpty(), () -> differences.size() + " documents differ, first: " + differences.get(0));
  }
}
