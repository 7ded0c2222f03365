package org.pharos.nlp.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.trees.TreeCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.stream.Stream;
import org.pharos.model.Document;
import org.pharos.model.PartialDate;
import org.pharos.model.text.AnnotatedDocument;
import org.pharos.model.text.AnnotatedSentence;
import org.pharos.nlp.CoreNlpEngine;
import org.pharos.nlp.NerMode;
import org.pharos.nlp.NlpConfig;

/**
 * Times the NLP layer: an engine configuration ({@link #run}) or a plain CoreNLP reference pipeline
 * ({@link #runReference}) on the same documents, after a warm-up, on one or several threads.
 * Stateless; each call builds and discards its own engine, so calls are independent (but share the
 * machine: run one at a time for honest figures).
 *
 * <p>Command line (files are plain-text documents, one document per file; directories contribute their
 * {@code *.txt} files):
 *
 * <pre>
 * java -Xmx3g -cp ... org.pharos.nlp.bench.NlpBenchmark [--threads N] [--warmup N] [--repeat N]
 *     [--date YYYY-MM-DD] [--config NAME]... FILE|DIR...
 * </pre>
 *
 * {@code NAME} is {@code engine-default}, {@code engine-full}, {@code engine-ner3}, {@code
 * engine-nodeps}, {@code engine-notimex}, or a {@link ReferenceConfig} name such as {@code NER_FULL_PARSE};
 * the default is {@code engine-default}. Use {@code taskset -c 0} for single-core figures. Exit code 1
 * when an input could not be read or a document failed.
 */
public final class NlpBenchmark {

  private NlpBenchmark() {}

  /** Per-document counts. */
  private record Counts(long sentences, long tokens, long parsed) {}

  /**
   * Builds an engine for {@code cfg}, annotates the first {@code warmupDocs} documents (cycling through
   * the list) untimed, then times all {@code docs} on {@code threads} threads sharing the engine.
   */
  public static BenchResult run(List<Document> docs, NlpConfig cfg, int warmupDocs, int threads) {
    HeapMeter heap = new HeapMeter();
    long start = System.nanoTime();
    try (CoreNlpEngine engine = new CoreNlpEngine(cfg)) {
      double load = (System.nanoTime() - start) / 1e9;
      long retained = heap.retainedSinceStartMb();
      return time(cfg.label(), docs, warmupDocs, threads, load, retained, heap, doc -> {
        AnnotatedDocument ad = engine.annotate(doc);
        long tokens = 0;
        long parsed = 0;
        for (AnnotatedSentence s : ad.sentences()) {
          tokens += s.size();
          parsed += s.isParsed() ? 1 : 0;
        }
        return new Counts(ad.sentences().size(), tokens, parsed);
      });
    }
  }

  /**
   * Like {@link #run} for a plain CoreNLP pipeline (documents dated like the engine does it). CoreNLP's
   * shared annotator pool is emptied before loading (honest load times) and after the run (so that the
   * reference's models do not stay on the heap).
   */
  public static BenchResult runReference(List<Document> docs, ReferenceConfig ref, int warmupDocs, int threads) {
    StanfordCoreNLP.clearAnnotatorPool();
    try {
      return timeReference(docs, ref, warmupDocs, threads);
    } finally {
      StanfordCoreNLP.clearAnnotatorPool();
    }
  }

  private static BenchResult timeReference(List<Document> docs, ReferenceConfig ref, int warmupDocs, int threads) {
    HeapMeter heap = new HeapMeter();
    long start = System.nanoTime();
    StanfordCoreNLP pipeline = ref.newPipeline();
    double load = (System.nanoTime() - start) / 1e9;
    long retained = heap.retainedSinceStartMb();
    return time(ref.name(), docs, warmupDocs, threads, load, retained, heap, doc -> {
      Annotation a = new Annotation(doc.text());
      if (doc.date() != null && doc.date().isFullDay()) {
        a.set(CoreAnnotations.DocDateAnnotation.class, doc.date().toIso());
      }
      pipeline.annotate(a);
      long tokens = 0;
      long parsed = 0;
      List<CoreMap> sentences = a.get(CoreAnnotations.SentencesAnnotation.class);
      for (CoreMap s : sentences) {
        tokens += s.get(CoreAnnotations.TokensAnnotation.class).size();
        boolean hasParse = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class) != null
            || s.get(TreeCoreAnnotations.TreeAnnotation.class) != null;
        parsed += hasParse ? 1 : 0;
      }
      return new Counts(sentences.size(), tokens, parsed);
    });
  }

  private static BenchResult time(String label, List<Document> docs, int warmupDocs, int threads,
      double load, long retainedMb, HeapMeter heap, Function<Document, Counts> annotate) {
    if (docs.isEmpty()) {
      throw new IllegalArgumentException("no documents to benchmark");
    }
    if (threads < 1 || warmupDocs < 0) {
      throw new IllegalArgumentException("threads must be >= 1 and warmupDocs >= 0");
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Document> warm = new ArrayList<>();
      for (int i = 0; i < warmupDocs; i++) {
        warm.add(docs.get(i % docs.size()));
      }
      annotateAll(pool, warm, annotate);
      long start = System.nanoTime();
      Tally tally = annotateAll(pool, docs, annotate);
      double seconds = (System.nanoTime() - start) / 1e9;
      return new BenchResult(label, threads, docs.size(), tally.failed, tally.sentences, tally.tokens,
          tally.parsed, seconds, tally.cpuNanos.sum() / 1e9, load, retainedMb, heap.peakMb());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Sums over a batch; the counts are confined to the calling thread, CPU time is added by workers. */
  private static final class Tally {
    final LongAdder cpuNanos = new LongAdder();
    long sentences;
    long tokens;
    long parsed;
    int failed;
  }

  private static Tally annotateAll(ExecutorService pool, List<Document> docs, Function<Document, Counts> annotate) {
    Tally tally = new Tally();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    List<Future<Counts>> futures = new ArrayList<>(docs.size());
    for (Document d : docs) {
      futures.add(pool.submit(() -> {
        long before = cpu.getCurrentThreadCpuTime();
        try {
          return annotate.apply(d);
        } finally {
          tally.cpuNanos.add(cpu.getCurrentThreadCpuTime() - before);
        }
      }));
    }
    for (int i = 0; i < docs.size(); i++) {
      try {
        Counts c = futures.get(i).get();
        tally.sentences += c.sentences();
        tally.tokens += c.tokens();
        tally.parsed += c.parsed();
      } catch (ExecutionException e) {
        tally.failed++;
        System.err.println("benchmark: document " + docs.get(i).docId() + " failed: " + e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("benchmark interrupted", e);
      }
    }
    return tally;
  }

  /** Heap figures: used heap after GC relative to a start point, and the peak of the heap pools. */
  private static final class HeapMeter {
    private final long baseline;

    HeapMeter() {
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          pool.resetPeakUsage();
        }
      }
      baseline = usedAfterGc();
    }

    private static long usedAfterGc() {
      System.gc();
      Runtime rt = Runtime.getRuntime();
      return rt.totalMemory() - rt.freeMemory();
    }

    long retainedSinceStartMb() {
      return Math.max(0, usedAfterGc() - baseline) >> 20;
    }

    /** Sum of the heap pools' peak occupancies (an upper bound of the simultaneous peak). */
    long peakMb() {
      long sum = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          sum += pool.getPeakUsage().getUsed();
        }
      }
      return sum >> 20;
    }
  }

  /** Engine configurations the command line knows by name. */
  static NlpConfig engineConfig(String name, int threads) {
    NlpConfig base = switch (name) {
      case "engine-default" -> NlpConfig.defaults();
      case "engine-full" -> NlpConfig.full();
      case "engine-ner3" -> NlpConfig.defaults().withNer(NerMode.THREE_CLASS);
      case "engine-nodeps" -> NlpConfig.defaults().withDepparse(false);
      case "engine-notimex" -> NlpConfig.defaults().withTimex(false);
      default -> null;
    };
    return base == null ? null : base.withThreads(threads);
  }

  /**
   * Reads plain-text documents, one per file ({@code *.txt} files of directories, sorted), each
   * repeated {@code repeat} times with ids {@code name#k}. Unreadable inputs are reported on {@code
   * err} and skipped.
   *
   * @return the documents and whether every input was read
   */
  static List<Document> readDocuments(List<Path> inputs, PartialDate date, int repeat, PrintStream err,
      boolean[] allRead) {
    List<Path> files = new ArrayList<>();
    for (Path in : inputs) {
      if (Files.isDirectory(in)) {
        try (Stream<Path> s = Files.list(in)) {
          s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
        } catch (IOException e) {
          err.println("benchmark: cannot list directory " + in + ": " + e.getMessage());
          allRead[0] = false;
        }
      } else {
        files.add(in);
      }
    }
    List<Document> docs = new ArrayList<>();
    for (Path f : files) {
      String text;
      try {
        text = Files.readString(f, StandardCharsets.UTF_8);
      } catch (IOException | RuntimeException e) {
        err.println("benchmark: cannot read " + f + ": " + e);
        allRead[0] = false;
        continue;
      }
      String name = f.getFileName().toString().replaceFirst("\\.txt$", "");
      for (int k = 0; k < repeat; k++) {
        docs.add(Document.ofText(repeat == 1 ? name : name + "#" + k, text, date));
      }
    }
    return docs;
  }

  /** Command-line entry point; see the class comment. */
  public static void main(String[] args) {
    int threads = 1;
    int warmup = 5;
    int repeat = 1;
    PartialDate date = null;
    List<String> configs = new ArrayList<>();
    List<Path> inputs = new ArrayList<>();
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--threads" -> threads = Integer.parseInt(args[++i]);
          case "--warmup" -> warmup = Integer.parseInt(args[++i]);
          case "--repeat" -> repeat = Integer.parseInt(args[++i]);
          case "--date" -> date = PartialDate.parse(args[++i]);
          case "--config" -> configs.add(args[++i]);
          default -> inputs.add(Path.of(args[i]));
        }
      }
    } catch (RuntimeException e) {
      System.err.println("benchmark: bad arguments: " + e.getMessage());
      System.exit(2);
      return;
    }
    if (inputs.isEmpty()) {
      System.err.println("usage: NlpBenchmark [--threads N] [--warmup N] [--repeat N] [--date YYYY-MM-DD]"
          + " [--config NAME]... FILE|DIR...");
      System.exit(2);
      return;
    }
    if (configs.isEmpty()) {
      configs.add("engine-default");
    }
    boolean[] allRead = {true};
    List<Document> docs = readDocuments(inputs, date, repeat, System.err, allRead);
    if (docs.isEmpty()) {
      System.err.println("benchmark: no document could be read");
      System.exit(1);
      return;
    }
    boolean ok = allRead[0];
    System.out.println(BenchResult.header());
    for (String name : configs) {
      StanfordCoreNLP.clearAnnotatorPool(); // honest load times: no model reused from the previous run
      NlpConfig cfg = engineConfig(name, threads);
      BenchResult r;
      if (cfg != null) {
        r = run(docs, cfg, warmup, threads);
      } else {
        ReferenceConfig ref;
        try {
          ref = ReferenceConfig.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          System.err.println("benchmark: unknown configuration " + name);
          ok = false;
          continue;
        }
        r = runReference(docs, ref, warmup, threads);
      }
      System.out.println(r.row());
      ok &= r.failedDocuments() == 0;
    }
    System.exit(ok ? 0 : 1);
  }
}
