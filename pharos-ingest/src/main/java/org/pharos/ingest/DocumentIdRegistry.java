package org.pharos.ingest;

import java.util.HashMap;
import java.util.Map;
import org.pharos.model.Hashing;

/**
 * Keeps document ids unique within one ingestion run: a repeated id gets the parent directory name
 * appended, else a short hash of its origin, else a counter; deterministic for a given input order.
 * Not thread-safe (one per run).
 */
final class DocumentIdRegistry {
  private final Map<String, String> originById = new HashMap<>();

  /** The id to use and, when it had to change, the message explaining why. */
  record Claim(String id, String note) {}

  Claim claim(String id, String origin, String parentName) {
    String firstOrigin = originById.putIfAbsent(id, origin);
    if (firstOrigin == null) {
      return new Claim(id, null);
    }
    String candidate = null;
    if (parentName != null && !parentName.isBlank()) {
      candidate = id + "-" + parentName.replaceAll("[^\\p{L}\\p{N}._-]+", "_");
    }
    if (candidate == null || originById.containsKey(candidate)) {
      candidate = id + "-" + Hashing.shortHash(8, origin);
    }
    String base = candidate;
    for (int n = 2; originById.containsKey(candidate); n++) {
      candidate = base + "-" + n;
    }
    originById.put(candidate, origin);
    return new Claim(candidate, "document id '" + id + "' already used by " + firstOrigin + "; renamed to '"
        + candidate + "'");
  }
}
