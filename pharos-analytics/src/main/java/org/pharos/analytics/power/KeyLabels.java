package org.pharos.analytics.power;

import java.util.HashMap;
import java.util.Map;
import org.pharos.model.ActorRef;

/**
 * Collects readable labels for actor keys while events are scanned: at group level the first
 * canonical name seen for a code, otherwise {@link ActorKeys#label}. Not thread-safe; one per
 * computation.
 */
final class KeyLabels {
  private final ActorLevel level;
  private final Map<String, String> names = new HashMap<>();

  KeyLabels(ActorLevel level) {
    this.level = level;
  }

  void see(String key, ActorRef actor) {
    if (level == ActorLevel.GROUP && key != null && actor.name() != null && !actor.name().isBlank()) {
      names.putIfAbsent(key, actor.name());
    }
  }

  String label(String key) {
    String name = names.get(key);
    return name != null ? name : ActorKeys.label(key);
  }
}
