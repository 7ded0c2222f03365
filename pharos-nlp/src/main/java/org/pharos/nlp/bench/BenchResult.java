package org.pharos.nlp.bench;

import java.util.Locale;

/**
 * The outcome of one timed benchmark run. Immutable and thread-safe.
 *
 * @param label what was timed (an engine configuration label or a reference configuration name)
 * @param threads threads that annotated documents concurrently
 * @param documents documents in the timed run (warm-up excluded)
 * @param failedDocuments documents that threw (reported, not counted in sentences or tokens)
 * @param sentences sentences in the timed run
 * @param tokens tokens in the timed run
 * @param parsedSentences sentences that got a dependency parse
 * @param seconds wall-clock seconds of the timed run
 * @param cpuSeconds CPU seconds the annotating threads used in the timed run (robust to other load on
 *     the machine; per-core throughput is {@link #sentencesPerCpuSecond()})
 * @param modelLoadSeconds seconds spent building the engine or pipeline
 * @param retainedHeapMb heap in use after loading and a full GC (about the size of the models), MB
 * @param peakHeapMb the highest heap-pool occupancy seen from load to end of run (garbage included), MB
 */
public record BenchResult(
    String label,
    int threads,
    int documents,
    int failedDocuments,
    long sentences,
    long tokens,
    long parsedSentences,
    double seconds,
    double cpuSeconds,
    double modelLoadSeconds,
    long retainedHeapMb,
    long peakHeapMb) {

  /** Sentences per second of wall-clock time. */
  public double sentencesPerSecond() {
    return sentences / seconds;
  }

  /** Sentences per CPU second of the annotating threads: the single-core throughput. */
  public double sentencesPerCpuSecond() {
    return sentences / cpuSeconds;
  }

  /** Tokens per second of wall-clock time. */
  public double tokensPerSecond() {
    return tokens / seconds;
  }

  /** Documents per second of wall-clock time. */
  public double docsPerSecond() {
    return documents / seconds;
  }

  /** The header of {@link #row()}. */
  public static String header() {
    return String.format(Locale.ROOT, "%-48s %3s %5s %6s %6s %7s %9s %8s %7s %7s %6s %6s",
        "configuration", "thr", "docs", "sents", "parsed", "sent/s", "sent/cpus", "tok/s", "docs/s", "load_s",
        "retMB", "peakMB");
  }

  /** One aligned table row. */
  public String row() {
    return String.format(Locale.ROOT, "%-48s %3d %5d %6d %6d %7.1f %9.1f %8.0f %7.2f %7.1f %6d %6d", label,
        threads, documents, sentences, parsedSentences, sentencesPerSecond(), sentencesPerCpuSecond(),
        tokensPerSecond(), docsPerSecond(),
        modelLoadSeconds, retainedHeapMb, peakHeapMb);
  }
}
