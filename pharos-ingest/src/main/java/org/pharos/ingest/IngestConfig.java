package org.pharos.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings for ingestion. Immutable and thread-safe.
 *
 * @param maxBytes largest file, stdin input, fetched feed or single JSONL line accepted, in bytes
 *     (JSONL files themselves are streamed and may be larger)
 * @param fetchTimeout timeout for connecting to and reading from a feed URL
 * @param defaultLang language code given to documents whose input does not state one, or {@code
 *     null} to leave it unknown
 */
public record IngestConfig(long maxBytes, Duration fetchTimeout, String defaultLang) {

  /** 20 MiB. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
  /** 30 seconds. */
  public static final Duration DEFAULT_FETCH_TIMEOUT = Duration.ofSeconds(30);

  public IngestConfig {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    Objects.requireNonNull(fetchTimeout, "fetchTimeout");
    if (fetchTimeout.isNegative() || fetchTimeout.isZero()) {
      throw new IllegalArgumentException("fetchTimeout must be positive: " + fetchTimeout);
    }
  }

  /** 20 MiB, 30 s, English. */
  public static IngestConfig defaults() {
    return new IngestConfig(DEFAULT_MAX_BYTES, DEFAULT_FETCH_TIMEOUT, "en");
  }

  /** A copy with another size limit. */
  public IngestConfig withMaxBytes(long bytes) {
    return new IngestConfig(bytes, fetchTimeout, defaultLang);
  }

  /** A copy with another fetch timeout. */
  public IngestConfig withFetchTimeout(Duration timeout) {
    return new IngestConfig(maxBytes, timeout, defaultLang);
  }
}
