package org.pharos.store;

import java.time.Instant;

/**
 * One input that failed during a run, with the reason. Immutable and thread-safe.
 *
 * @param runId the run
 * @param input the input that failed (path, URL, document id)
 * @param reason why it failed
 * @param recordedAt when it was recorded
 */
public record RunFailure(long runId, String input, String reason, Instant recordedAt) {}
