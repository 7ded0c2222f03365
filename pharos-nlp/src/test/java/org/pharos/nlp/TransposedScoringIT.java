package org.pharos.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pharos' transition scoring ({@code TransposedScoringClassifier}) against CoreNLP's own, on the demo
 * corpus: the same dependency graphs for every sentence, and the CPU time of each (printed; the
 * assertion only asks that it is not slower, since the machine may be shared).
 */
class TransposedScoringIT {

  private static final Path CORPUS = Path.of("..", "demo", "corpus");

  private static List<Annotation> taggedCorpus() throws IOException {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    StanfordCoreNLP tagger = new StanfordCoreNLP(p);
    List<Annotation> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(CORPUS)) {
      for (Path f : files.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
        Annotation a = new Annotation(Files.readString(f, StandardCharsets.UTF_8));
        tagger.annotate(a);
        docs.add(a);
      }
    }
    return docs;
  }

  private static List<String> parse(DependencyParseAnnotator parser, List<Annotation> docs) {
    List<String> graphs = new ArrayList<>();
    for (Annotation doc : docs) {
      parser.annotate(doc);
      for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
        SemanticGraph g = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        graphs.add(g.toList());
      }
    }
    return graphs;
  }

  @Test
  void gives_the_same_dependency_graphs_as_corenlp_scoring_on_every_demo_sentence() throws IOException {
    List<Annotation> docs = taggedCorpus();
    Properties stockProps = CoreNlpEngine.depparseProperties();
    stockProps.setProperty(DependencyParsers.CORENLP_SCORING, "true");
    DependencyParseAnnotator stock = DependencyParsers.loadOne(stockProps);
    DependencyParseAnnotator fast = DependencyParsers.loadOne(CoreNlpEngine.depparseProperties());

    List<String> expected = parse(stock, docs);
    List<String> actual = parse(fast, docs);
    assertTrue(expected.size() > 300, "the demo corpus has hundreds of sentences, got " + expected.size());
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), actual.get(i), "sentence " + i);
    }

    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long stockNanos = 0;
    long fastNanos = 0;
    for (int round = 0; round < 3; round++) {
      long t0 = cpu.getCurrentThreadCpuTime();
      parse(stock, docs);
      long t1 = cpu.getCurrentThreadCpuTime();
      parse(fast, docs);
      long t2 = cpu.getCurrentThreadCpuTime();
      stockNanos += t1 - t0;
      fastNanos += t2 - t1;
    }
    double n = 3.0 * expected.size();
    System.out.printf(Locale.ROOT, "TransposedScoringIT: %d sentences x 3; CoreNLP scoring %.0f, Pharos scoring %.0f"
        + " sentences per CPU second (%.2fx)%n", expected.size(), n / (stockNanos / 1e9), n / (fastNanos / 1e9),
        (double) stockNanos / fastNanos);
    assertTrue(fastNanos < stockNanos * 1.1, "Pharos' scoring should not be slower than CoreNLP's");
  }
}
