package org.pharos.store;

import java.time.Instant;
import java.util.List;

/**
 * One recorded ingestion run. Immutable and thread-safe.
 *
 * @param runId the run id returned by {@link EventStore#beginRun}
 * @param started when the run began
 * @param finished when it finished, or {@code null} when it never did (crashed or still running)
 * @param command the command line or a description of it
 * @param inputs the inputs it was given
 * @param counts the final counts, or {@code null} when not finished
 * @param failures number of recorded failures
 */
public record IngestionRun(
    long runId, Instant started, Instant finished, String command, List<String> inputs,
    RunCounts counts, long failures) {
  public IngestionRun {
    inputs = List.copyOf(inputs);
  }
}
