package org.pharos.analytics.power;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pharos.model.ActorRef;

/**
 * Collects readable labels for actor keys while events are scanned. A key that is not a bare country
 * and under which only one actor code was seen takes that code's name ({@code IGOWST} seen only as
 * {@code IGOWSTCOA} → "Global Coalition against Daesh"); otherwise the key's own name from the {@link
 * ActorNames} ({@code IRQUAF} → "Iraq armed groups"); at group level the first canonical name seen in
 * the events; then {@link ActorKeys#label(String)}; and for a key that is still only a code, the names
 * of the two codes seen most often under it. Not thread-safe; one per computation.
 */
public final class KeyLabels {
  private final ActorLevel level;
  private final ActorNames names;
  private final Map<String, String> storedNames = new HashMap<>();
  private final Map<String, Map<String, int[]>> codesByKey = new HashMap<>();

  /** Labels for keys at {@code level}, named by {@code names} ({@code null}: none). */
  public KeyLabels(ActorLevel level, ActorNames names) {
    this.level = level;
    this.names = names == null ? ActorNames.NONE : names;
  }

  /** The names these labels use. */
  public ActorNames names() {
    return names;
  }

  /** Notes that {@code actor} was counted under {@code key}. */
  public void see(String key, ActorRef actor) {
    if (key == null || actor == null) {
      return;
    }
    if (level == ActorLevel.GROUP && actor.name() != null && !actor.name().isBlank()) {
      storedNames.putIfAbsent(key, actor.name());
    }
    if (actor.code() != null && !ActorKeys.isCountryKey(key)) {
      codesByKey.computeIfAbsent(key, k -> new HashMap<>(4)).computeIfAbsent(actor.code(), c -> new int[1])[0]++;
    }
  }

  /** The label of {@code key} given what was seen so far. */
  public String label(String key) {
    if (key == null) {
      return ActorKeys.label(null);
    }
    Map<String, int[]> codes = codesByKey.getOrDefault(key, Map.of());
    if (codes.size() == 1) {
      String only = codes.keySet().iterator().next();
      String name = only.equals(key) ? null : names.nameOf(only);
      if (name != null && !name.isBlank()) {
        return name;
      }
    }
    String own = names.nameOf(key);
    if (own != null && !own.isBlank()) {
      return own;
    }
    String stored = storedNames.get(key);
    if (stored != null) {
      return stored;
    }
    String generic = ActorKeys.label(key);
    if (!generic.equals(key) || codes.size() < 2) {
      return generic;
    }
    List<Map.Entry<String, int[]>> ranked = new ArrayList<>(codes.entrySet());
    ranked.sort((x, y) -> y.getValue()[0] != x.getValue()[0] ? y.getValue()[0] - x.getValue()[0] : x.getKey().compareTo(y.getKey()));
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, int[]> en : ranked) {
      String name = names.nameOf(en.getKey());
      if (name != null && !name.isBlank() && !parts.contains(name)) {
        parts.add(name);
      }
      if (parts.size() == 2) {
        break;
      }
    }
    if (parts.isEmpty()) {
      return key;
    }
    return String.join(" / ", parts) + (ranked.size() > parts.size() ? " and others" : "");
  }
}
