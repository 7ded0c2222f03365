package org.pharos.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiConsumer;
import org.pharos.eval.GoldRecord;
import org.pharos.eval.GsrReader;
import org.pharos.eval.PloverGsrReader;
import org.pharos.ingest.IngestListener;
import org.pharos.ingest.IngestProblem;
import org.pharos.ingest.Ingestor;
import org.pharos.model.DateSource;
import org.pharos.model.Document;
import org.pharos.model.text.AnnotatedSentence;
import org.pharos.nlp.bench.BenchResult;
import org.pharos.nlp.bench.NlpBenchmark;
import org.pharos.nlp.bench.ReferenceConfig;
import org.pharos.store.EventStore;
import org.pharos.store.EventStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pharos bench}: measures, in one run and on the same documents, the Pharos pipeline end to end
 * (ingest, NLP, coding; once without and once with the event store) and plain CoreNLP reference
 * configurations, and prints sentences, documents and tokens per second, CPU-time throughput, peak
 * heap and RSS, and how many times faster Pharos is than each reference.
 *
 * <p>Documents: the inputs (default {@code demo/corpus} under {@code pharos.home}), read through the
 * {@link Ingestor} on every timed pass, plus, when the peer directory exists, the texts of the
 * PETRARCH-2 GSR and PLOVER gold records (coded from their text and date, as {@code pharos eval}
 * does). The constituency-parse reference ({@code NER_FULL_PARSE}, about 3 sentences/s) runs on the
 * first documents that hold {@code --subset-sentences} sentences; its row says so.
 *
 * <p>Not thread-safe: one run per instance (picocli creates one per invocation).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure throughput: Pharos end to end (ingest, NLP, coding; store excluded and included) "
        + "and plain CoreNLP reference configurations on the same documents, with sentences/s, documents/s, "
        + "tokens/s, CPU-time throughput (the single-core figure), peak heap and RSS, and the ratio of "
        + "Pharos to each reference.",
        "Example: taskset -c 0 pharos bench --references POS_LEMMA_DEPPARSE,NER_FULL_PARSE"})
final class BenchCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "INPUT",
      description = "Files or directories to measure on (default: the demo corpus).")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--threads", paramLabel = "N", description = "Documents processed in parallel (default: ${DEFAULT-VALUE}).")
  int threads = 1;

  @Option(names = "--repeat", paramLabel = "K", description = "Timed passes over the documents per Pharos configuration (default: ${DEFAULT-VALUE}).")
  int repeat = 1;

  @Option(names = "--warmup", paramLabel = "N", description = "Documents processed untimed before each measurement (default: ${DEFAULT-VALUE}).")
  int warmup = 10;

  @Option(names = "--references", paramLabel = "LIST",
      description = "all, none, or a comma-separated list of "
          + "TOKENIZE_SSPLIT, POS_LEMMA_DEPPARSE, POS_LEMMA_NER3, POS_LEMMA_NER3_DEPPARSE, NER_FULL, "
          + "NER_FULL_DEPPARSE, NER_FULL_PARSE (default: ${DEFAULT-VALUE}).")
  String references = "all";

  @Option(names = "--subset-sentences", paramLabel = "N",
      description = "Sentences the constituency-parse reference (NER_FULL_PARSE) runs on (default: ${DEFAULT-VALUE}).")
  int subsetSentences = 100;

  @Option(names = "--reference-sentences", paramLabel = "N",
      description = "Cap for the other references (0 = all documents; default: ${DEFAULT-VALUE}).")
  int referenceSentences = 0;

  @Option(names = "--peer", paramLabel = "DIR|none",
      description = "Peer data directory whose GSR and PLOVER sentences are added (default: ../shared/peer "
          + "from the Pharos directory, when present); 'none' leaves them out.")
  String peer;

  @Option(names = "--no-store", description = "Skip the run with the event store.")
  boolean noStore;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON here.")
  Path json;

  private final List<Row> rows = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    if (threads < 1 || repeat < 1 || warmup < 0 || subsetSentences < 1 || referenceSentences < 0) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
          "--threads, --repeat and --subset-sentences must be at least 1; --warmup and --reference-sentences at least 0");
    }
    Set<ReferenceConfig> refs = parseReferences(references);
    Path home = Path.of(System.getProperty("pharos.home", "."));
    List<String> corpus = inputs.isEmpty() ? List.of(home.resolve("demo/corpus").toString()) : inputs;
    List<Document> peerDocs = peerDocuments(home);
    Ingestor ingestor = new Ingestor(new InputOptions().ingestConfig());
    int[] inputErrors = {0};
    List<Document> corpusDocs = ingest(ingestor, corpus, inputErrors, true);
    if (corpusDocs.isEmpty() && peerDocs.isEmpty()) {
      System.err.println("pharos bench: no document to measure");
      return ExitCode.SOME_FAILED;
    }
    System.out.printf(Locale.ROOT, "pharos bench: %d documents from %s, %d peer sentences; %d thread(s), JDK %s, "
            + "%d cores, max heap %d MB, load average %s%n", corpusDocs.size(), String.join(" ", corpus), peerDocs.size(),
        threads, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20, loadAverage());

    long loadStart = System.nanoTime();
    List<Integer> sentencesPerDoc = new ArrayList<>();
    int failed;
    try (CodingSetup setup = new CodingSetup(new CodingOptions(), threads, System.err)) {
      double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
      System.out.printf(Locale.ROOT, "models and dictionaries loaded in %.1f s; RSS now %d MB%n", loadSeconds, rssMb("VmRSS"));
      List<Document> all = new ArrayList<>(corpusDocs);
      all.addAll(peerDocs);
      for (Document d : all.subList(0, Math.min(warmup, all.size()))) {
        setup.code(d);
      }
      Row noStoreRow = timePharos("pharos: ingest+nlp+coding", setup, ingestor, corpus, peerDocs, null, loadSeconds);
      rows.add(noStoreRow);
      failed = noStoreRow.failed;
      sentencesPerDoc.addAll(noStoreRow.sentencesPerDoc);
      if (!noStore) {
        Path dir = Files.createTempDirectory("pharos-bench");
        Path db = dir.resolve("bench.duckdb");
        try (EventStore store = EventStores.open(db.toString())) {
          for (Document d : all.subList(0, Math.min(warmup, all.size()))) { // warms up the store's code paths
            Document copy = new Document("bench-warmup-" + d.docId(), d.title(), d.author(), d.outlet(), d.date(),
                d.dateSource(), null, d.lang(), d.text(), d.references(), d.removed(), d.origin());
            store.storeDocument(copy, setup.code(copy).events(), Ingestion.CODER_VERSION + "-bench-warmup");
          }
          rows.add(timePharos("pharos: ingest+nlp+coding+store", setup, ingestor, corpus, peerDocs, store, loadSeconds));
        } finally {
          Files.deleteIfExists(Path.of(db + ".wal"));
          Files.deleteIfExists(db);
          Files.deleteIfExists(dir);
        }
      }
    }
    long pharosRss = rssMb("VmHWM");
    System.out.printf(Locale.ROOT, "peak RSS of the Pharos runs: %d MB%n", pharosRss);

    List<Document> refDocs = new ArrayList<>(corpusDocs);
    refDocs.addAll(peerDocs);
    for (ReferenceConfig ref : refs) {
      int cap = ref == ReferenceConfig.NER_FULL_PARSE ? subsetSentences : referenceSentences;
      List<Document> docs = cap == 0 ? refDocs : firstDocuments(refDocs, sentencesPerDoc, cap);
      String label = "corenlp: " + ref.name() + (docs.size() < refDocs.size() ? " (first " + docs.size() + " docs)" : "");
      System.err.println("pharos bench: timing " + label + "…");
      BenchResult r = NlpBenchmark.runReference(docs, ref, Math.min(warmup, docs.size()), threads);
      Row row = Row.of(label, r);
      row.docIds = docs.stream().map(Document::docId).toList();
      rows.add(row);
      failed += r.failedDocuments();
    }
    print(pharosRss);
    if (json != null) {
      writeJson(pharosRss, corpus, corpusDocs.size(), peerDocs.size());
    }
    return failed > 0 || inputErrors[0] > 0 ? ExitCode.SOME_FAILED : ExitCode.OK;
  }

  /** The reference configurations named by {@code --references}. */
  static Set<ReferenceConfig> parseReferences(String spec) {
    String s = spec.trim();
    if (s.equalsIgnoreCase("all")) {
      return EnumSet.allOf(ReferenceConfig.class);
    }
    Set<ReferenceConfig> out = EnumSet.noneOf(ReferenceConfig.class);
    if (s.equalsIgnoreCase("none") || s.isEmpty()) {
      return out;
    }
    for (String name : s.split(",")) {
      try {
        out.add(ReferenceConfig.valueOf(name.trim().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown reference configuration '" + name.trim() + "' (known: "
            + EnumSet.allOf(ReferenceConfig.class) + ", all, none)", e);
      }
    }
    return out;
  }

  /** The first documents that hold at least {@code sentences} sentences (by the Pharos run's counts). */
  static <T> List<T> firstDocuments(List<T> docs, List<Integer> sentencesPerDoc, int sentences) {
    int total = 0;
    int n = 0;
    while (n < docs.size() && total < sentences) {
      total += n < sentencesPerDoc.size() ? sentencesPerDoc.get(n) : 1;
      n++;
    }
    return docs.subList(0, Math.max(1, n));
  }

  private List<Document> peerDocuments(Path home) {
    if ("none".equalsIgnoreCase(peer)) {
      return List.of();
    }
    Path dir = peer != null ? Path.of(peer) : home.resolve("../shared/peer").normalize();
    List<Document> out = new ArrayList<>();
    Path gsr = dir.resolve("UniversalPetrarch/PETR2_GSR_validation.xml");
    Path plover = dir.resolve("PLOVER/PLOVER_GSR_CAMEO.txt");
    if (Files.isRegularFile(gsr)) {
      new GsrReader().read(gsr).forEach(r -> out.add(asDocument("gsr-", r)));
    }
    if (Files.isRegularFile(plover)) {
      new PloverGsrReader().read(plover).forEach(r -> out.add(asDocument("plover-", r)));
    }
    if (out.isEmpty() && peer != null) {
      System.err.println("pharos bench: warning: no GSR or PLOVER file under " + dir);
    }
    return out;
  }

  private static Document asDocument(String prefix, GoldRecord r) {
    return new Document(prefix + r.id(), null, null, null, r.date(), r.date() == null ? DateSource.NONE : DateSource.FIELD,
        null, "en", r.text(), List.of(), List.of(), prefix + r.id());
  }

  private static List<Document> ingest(Ingestor ingestor, List<String> corpus, int[] errors, boolean report) {
    List<Document> docs = new ArrayList<>();
    ingestor.read(corpus, new IngestListener() {
      @Override
      public void onDocument(Document d) {
        docs.add(d);
      }

      @Override
      public void onProblem(IngestProblem p) {
        if (report) {
          System.err.println("pharos bench: " + (p.isError() ? "error: " : "warning: ") + p);
        }
        if (p.isError()) {
          errors[0]++;
        }
      }
    });
    return docs;
  }

  /**
   * One timed measurement of the Pharos pipeline: {@code repeat} passes, each reading the inputs
   * through the ingestor on this thread, coding documents on {@code threads} workers, and, when {@code
   * store} is given, storing each document with its events on this thread (one writer, as {@code pharos
   * ingest} does). CPU time is that of the workers plus this thread.
   */
  private Row timePharos(String label, CodingSetup setup, Ingestor ingestor, List<String> corpus, List<Document> peerDocs,
      EventStore store, double loadSeconds) {
    System.err.println("pharos bench: timing " + label + "…");
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    resetHeapPeaks();
    Row row = new Row(label);
    row.loadSeconds = loadSeconds;
    LongAdder workerCpu = new LongAdder();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "pharos-bench-worker");
      t.setDaemon(true);
      return t;
    });
    long processCpuBefore = processCpuNanos();
    long mainCpuBefore = cpu.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    try {
      ArrayDeque<Pending> inFlight = new ArrayDeque<>();
      BiConsumer<Document, Integer> submit = (d, pass) -> {
        inFlight.add(new Pending(d, pass, pool.submit(() -> {
          long before = cpu.getCurrentThreadCpuTime();
          try {
            org.pharos.model.text.AnnotatedDocument annotated = setup.nlp.annotate(d, setup.filter);
            long afterNlp = cpu.getCurrentThreadCpuTime();
            row.nlpCpuNanos.add(afterNlp - before);
            List<org.pharos.model.Event> events = setup.coder.code(annotated);
            row.coderCpuNanos.add(cpu.getCurrentThreadCpuTime() - afterNlp);
            return new CodingSetup.Coded(annotated, events);
          } finally {
            long used = cpu.getCurrentThreadCpuTime() - before;
            workerCpu.add(used);
            row.cpuNanosByDoc.merge(d.docId(), used, Long::sum);
          }
        })));
        while (inFlight.size() > threads * 3) {
          drain(inFlight.poll(), row, store);
        }
      };
      for (int pass = 0; pass < repeat; pass++) {
        int p = pass;
        ingest(ingestor, corpus, new int[1], false).forEach(d -> submit.accept(d, p));
        peerDocs.forEach(d -> submit.accept(d, p));
      }
      while (!inFlight.isEmpty()) {
        drain(inFlight.poll(), row, store);
      }
    } finally {
      pool.shutdownNow();
    }
    row.seconds = (System.nanoTime() - start) / 1e9;
    row.cpuSeconds = (workerCpu.sum() + cpu.getCurrentThreadCpuTime() - mainCpuBefore) / 1e9;
    row.processCpuSeconds = (processCpuNanos() - processCpuBefore) / 1e9;
    row.threads = threads;
    row.peakHeapMb = heapPeakMb();
    return row;
  }

  private record Pending(Document doc, int pass, Future<CodingSetup.Coded> result) {}

  private static void drain(Pending p, Row row, EventStore store) {
    CodingSetup.Coded c;
    try {
      c = p.result.get();
    } catch (ExecutionException e) {
      row.failed++;
      System.err.println("pharos bench: error: " + p.doc.docId() + ": coding failed: " + e.getCause());
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("benchmark interrupted", e);
    }
    if (store != null) {
      store.storeDocument(p.doc, c.events(), Ingestion.CODER_VERSION + "-bench-" + p.pass);
    }
    row.documents++;
    row.events += c.events().size();
    int sentences = c.annotated().sentences().size();
    row.sentencesByDoc.merge(p.doc.docId(), (long) sentences, Long::sum);
    if (p.pass == 0) {
      row.sentencesPerDoc.add(sentences);
    }
    for (AnnotatedSentence s : c.annotated().sentences()) {
      row.sentences++;
      row.tokens += s.size();
      if (s.isParsed()) {
        row.parsed++;
      } else if (s.size() > org.pharos.nlp.NlpConfig.DEFAULT_MAX_PARSE_TOKENS) {
        row.overParseCap++;
      }
    }
  }

  /** One table row: a Pharos measurement or a reference's {@link BenchResult}. */
  static final class Row {
    final String label;
    final List<Integer> sentencesPerDoc = new ArrayList<>();
    /** Pharos rows: worker CPU nanoseconds and sentences per document id, summed over the passes. */
    final Map<String, Long> cpuNanosByDoc = new java.util.concurrent.ConcurrentHashMap<>();
    final Map<String, Long> sentencesByDoc = new java.util.concurrent.ConcurrentHashMap<>();
    /** Pharos rows: worker CPU time in the NLP engine and in the event coder. */
    final LongAdder nlpCpuNanos = new LongAdder();
    final LongAdder coderCpuNanos = new LongAdder();
    /** Reference rows: the ids of the documents measured (Pharos is compared on the same ones). */
    List<String> docIds = List.of();
    int threads;
    int documents;
    int failed;
    long sentences;
    long tokens;
    long parsed;
    long overParseCap;
    long events;
    double seconds;
    double cpuSeconds;
    double processCpuSeconds = Double.NaN;
    double loadSeconds;
    long peakHeapMb;

    Row(String label) {
      this.label = label;
      this.events = 0;
    }

    static Row of(String label, BenchResult r) {
      Row row = new Row(label);
      row.events = -1;
      row.threads = r.threads();
      row.documents = r.documents();
      row.failed = r.failedDocuments();
      row.sentences = r.sentences();
      row.tokens = r.tokens();
      row.parsed = r.parsedSentences();
      row.seconds = r.seconds();
      row.cpuSeconds = r.cpuSeconds();
      row.loadSeconds = r.modelLoadSeconds();
      row.peakHeapMb = r.peakHeapMb();
      return row;
    }

    double sentencesPerSecond() {
      return sentences / seconds;
    }

    double sentencesPerCpuSecond() {
      return sentences / cpuSeconds;
    }

    Map<String, Object> toMap(double pharosPerCpu) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("configuration", label);
      m.put("threads", threads);
      m.put("documents", documents);
      m.put("failed_documents", failed);
      m.put("sentences", sentences);
      m.put("tokens", tokens);
      m.put("parsed_sentences", parsed);
      if (events >= 0) {
        m.put("events", events);
        m.put("skipped_by_relevance_filter", sentences - parsed - overParseCap);
        m.put("over_parse_cap", overParseCap);
        m.put("process_cpu_seconds", round(processCpuSeconds));
        m.put("nlp_cpu_seconds", round(nlpCpuNanos.sum() / 1e9));
        m.put("coding_cpu_seconds", round(coderCpuNanos.sum() / 1e9));
      }
      m.put("seconds", round(seconds));
      m.put("cpu_seconds", round(cpuSeconds));
      m.put("sentences_per_second", round(sentencesPerSecond()));
      m.put("sentences_per_cpu_second", round(sentencesPerCpuSecond()));
      m.put("documents_per_second", round(documents / seconds));
      m.put("tokens_per_second", round(tokens / seconds));
      m.put("load_seconds", round(loadSeconds));
      m.put("peak_heap_mb", peakHeapMb);
      m.put("pharos_speedup_per_cpu_second", round(pharosPerCpu / sentencesPerCpuSecond()));
      return m;
    }
  }

  private static double round(double x) {
    return Math.round(x * 100) / 100.0;
  }

  /**
   * Pharos' sentences per CPU second on the documents a row measured: the whole first row for Pharos
   * rows, and for a reference row the first row's CPU time on exactly that row's documents, so that a
   * reference run on a subset is compared with Pharos on the same subset.
   */
  double pharosPerCpuFor(Row r) {
    return pharosPerCpuOn(rows.get(0), r.docIds);
  }

  /**
   * Sentences per CPU second of a Pharos row on the given documents (all of its documents when the
   * list is empty or none of them was measured).
   */
  static double pharosPerCpuOn(Row pharos, List<String> docIds) {
    long cpuNanos = 0;
    long sentences = 0;
    for (String id : docIds) {
      cpuNanos += pharos.cpuNanosByDoc.getOrDefault(id, 0L);
      sentences += pharos.sentencesByDoc.getOrDefault(id, 0L);
    }
    return cpuNanos == 0 ? pharos.sentencesPerCpuSecond() : sentences / (cpuNanos / 1e9);
  }

  private void print(long pharosRss) {
    System.out.println();
    System.out.printf(Locale.ROOT, "%-52s %3s %5s %6s %6s %7s %7s %8s %7s %8s %6s %7s %9s%n", "configuration", "thr",
        "docs", "sents", "parsed", "wall_s", "sent/s", "sent/cpu", "docs/s", "tok/s", "heapMB", "load_s", "pharos_x");
    for (Row r : rows) {
      System.out.printf(Locale.ROOT, "%-52s %3d %5d %6d %6d %7.1f %7.1f %8.1f %7.2f %8.0f %6d %7.1f %9.1f%n", r.label,
          r.threads, r.documents, r.sentences, r.parsed, r.seconds, r.sentencesPerSecond(), r.sentencesPerCpuSecond(),
          r.documents / r.seconds, r.tokens / r.seconds, r.peakHeapMb, r.loadSeconds,
          pharosPerCpuFor(r) / r.sentencesPerCpuSecond());
    }
    Row p = rows.get(0);
    System.out.println();
    System.out.printf(Locale.ROOT, "sent/cpu = sentences per CPU second of the working threads (the single-core figure, "
        + "robust to other load); pharos_x = Pharos' sent/cpu on the row's documents (the first row's CPU time on "
        + "them) / the row's sent/cpu.%n");
    System.out.printf(Locale.ROOT, "relevance filter: %d of %d sentences parsed, %d skipped by the filter, %d over the "
            + "parse cap of %d tokens; %d events coded%n", p.parsed, p.sentences, p.sentences - p.parsed - p.overParseCap,
        p.overParseCap, org.pharos.nlp.NlpConfig.DEFAULT_MAX_PARSE_TOKENS, p.events);
    System.out.printf(Locale.ROOT, "whole-process CPU (GC and JIT included): %.1f sentences per CPU second%n",
        p.sentences / p.processCpuSeconds);
    double nlpSeconds = p.nlpCpuNanos.sum() / 1e9;
    double coderSeconds = p.coderCpuNanos.sum() / 1e9;
    System.out.printf(Locale.ROOT, "worker CPU: NLP %.1f s, event coding %.1f s (coding adds %.1f%% to NLP)%n",
        nlpSeconds, coderSeconds, nlpSeconds == 0 ? 0 : 100 * coderSeconds / nlpSeconds);
    System.out.printf(Locale.ROOT, "peak RSS of the Pharos runs: %d MB; load average at the end: %s%n", pharosRss, loadAverage());
  }

  private void writeJson(long pharosRss, List<String> corpus, int corpusDocs, int peerDocs) throws IOException {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("inputs", corpus);
    out.put("corpus_documents", corpusDocs);
    out.put("peer_documents", peerDocs);
    out.put("threads", threads);
    out.put("repeat", repeat);
    out.put("jdk", System.getProperty("java.version"));
    out.put("cores", Runtime.getRuntime().availableProcessors());
    out.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
    out.put("load_average", loadAverage());
    out.put("pharos_peak_rss_mb", pharosRss);
    out.put("rows", rows.stream().map(r -> r.toMap(pharosPerCpuFor(r))).toList());
    Path parent = json.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Json.MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), out);
    System.out.println("figures written to " + json.toAbsolutePath());
  }

  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }

  private static void resetHeapPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** Sum of the heap pools' peaks since the last reset (an upper bound of the simultaneous peak). */
  private static long heapPeakMb() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum >> 20;
  }

  /** A field of {@code /proc/self/status} in MB ({@code VmRSS} now, {@code VmHWM} peak), or -1 off Linux. */
  static long rssMb(String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
        if (line.startsWith(field + ":")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) >> 10;
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).trim().split("\\s+");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      return l < 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", l);
    }
  }
}
