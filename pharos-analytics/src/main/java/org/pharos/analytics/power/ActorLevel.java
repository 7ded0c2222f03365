package org.pharos.analytics.power;

import java.util.Locale;

/**
 * How finely actors are told apart when events are counted. See {@link ActorKeys#key} for the exact
 * rule at each level.
 *
 * <ul>
 *   <li>{@link #COUNTRY}: the country ({@code ActorRef.country}, else the first three letters of the
 *       code); armed non-state actors keep their sector ({@code IRQUAF}) so that a government and the
 *       armed groups fighting it never merge, and IGO/NGO/IMG codes keep six letters ({@code IGOUNO}).
 *   <li>{@link #SECTOR}: the code up to six letters ({@code USAMIL}, {@code IRQGOV}).
 *   <li>{@link #GROUP}: the full code ({@code IRQUAFKTH}).
 * </ul>
 */
public enum ActorLevel {
  COUNTRY,
  SECTOR,
  GROUP;

  /** Parses {@code country}, {@code sector} or {@code group}, case-insensitively. */
  public static ActorLevel parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown actor level '" + text + "': expected country, sector or group", e);
    }
  }
}
