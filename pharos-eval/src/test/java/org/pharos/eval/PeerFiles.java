package org.pharos.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Locates ../shared/peer for tests; skips visibly when it is absent. */
final class PeerFiles {
  private PeerFiles() {}

  static Path require(String relative) {
    String shared = System.getProperty("pharos.shared");
    Path base = shared != null ? Path.of(shared) : Path.of("..", "..", "shared");
    Path p = base.resolve("peer").resolve(relative);
    if (!Files.exists(p)) {
      p = Path.of("..", "..", "shared", "peer").resolve(relative);
    }
    Assumptions.assumeTrue(Files.exists(p), "peer file not present, skipped: " + p.toAbsolutePath());
    return p;
  }
}
