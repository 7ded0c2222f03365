package org.pharos.model;

import java.util.Objects;

/**
 * A block of input text that boilerplate removal took out of the article body, with the reason, so a
 * user can audit what was dropped. Immutable and thread-safe.
 *
 * @param text the removed text, as it appeared in the input
 * @param reason a short machine-readable reason such as {@code navigation} or {@code copyright}
 */
public record RemovedBlock(String text, String reason) {
  public RemovedBlock {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(reason, "reason");
  }
}
