package org.pharos.eval;

import java.util.List;

/**
 * One expected event. Sides are lists because gold files code compound actors ("Israel and Lebanon")
 * as several codes on one side; an empty list means the gold leaves that side open.
 *
 * @param sources actor codes on the source side (CAMEO style, e.g. {@code USAMIL})
 * @param targets actor codes on the target side
 * @param cameo CAMEO event code, or {@code null} when the gold gives only a PLOVER type
 * @param plover PLOVER (2021) type, or {@code null} when not given and not derivable
 */
public record GoldEvent(List<String> sources, List<String> targets, String cameo, String plover) {
  public GoldEvent {
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
  }

  /** The first source code or "". */
  public String source() {
    return sources.isEmpty() ? "" : sources.get(0);
  }

  /** The first target code or "". */
  public String target() {
    return targets.isEmpty() ? "" : targets.get(0);
  }
}
