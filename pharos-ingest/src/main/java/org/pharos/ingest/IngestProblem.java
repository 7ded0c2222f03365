package org.pharos.ingest;

import java.util.Objects;

/**
 * A problem with one input: a file, a JSONL line ({@code path:line}), a feed URL or a feed item.
 * Immutable and thread-safe.
 *
 * @param input what the problem is about: a path, {@code path:line}, a URL, {@code url#item} or
 *     {@code stdin}
 * @param reason what went wrong and what was done, e.g. {@code binary file (NUL bytes), skipped}
 * @param severity {@link Severity#ERROR} when the input (or line) was dropped, {@link
 *     Severity#WARNING} when it was recovered
 */
public record IngestProblem(String input, String reason, Severity severity) {

  /** How bad a problem is. */
  public enum Severity {
    /** Recovered: the input was still read (e.g. decoded as windows-1252). */
    WARNING,
    /** The input, line or item was dropped. */
    ERROR
  }

  public IngestProblem {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(severity, "severity");
  }

  /** An error: the input was dropped. */
  public static IngestProblem error(String input, String reason) {
    return new IngestProblem(input, reason, Severity.ERROR);
  }

  /** A warning: the input was recovered. */
  public static IngestProblem warning(String input, String reason) {
    return new IngestProblem(input, reason, Severity.WARNING);
  }

  /** True for {@link Severity#ERROR}. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code input: reason}, e.g. {@code data/a.html: binary file (NUL bytes), skipped}. */
  @Override
  public String toString() {
    return input + ": " + reason;
  }
}
