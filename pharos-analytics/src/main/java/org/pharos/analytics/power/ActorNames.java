package org.pharos.analytics.power;

/**
 * Readable names for actor codes and the keys they are counted under ({@code IGOUNO} → "United
 * Nations", {@code IRQUAFKTH} → "Kataib Hezbollah", {@code USAMIL} → "United States military"). The
 * analytics know no actors themselves: a caller that has an actor knowledge base (the CLI, from the
 * coder's dictionaries) passes one through {@link AnalysisOptions#withActorNames}; without one, labels
 * come from {@link ActorKeys#label(String)} (country names and sector words only). Implementations must
 * be thread-safe and cheap, since they may be asked once per actor key of a computation.
 */
@FunctionalInterface
public interface ActorNames {

  /** Names nothing, so {@link ActorKeys#label(String)} decides. */
  ActorNames NONE = code -> null;

  /**
   * The name of {@code code} (a full actor code or a shorter key such as {@code IRQUAF}), or {@code
   * null} when this source does not know it.
   */
  String nameOf(String code);
}
