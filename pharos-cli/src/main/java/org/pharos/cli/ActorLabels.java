package org.pharos.cli;

import java.util.Map;
import org.pharos.coder.actors.ActorKnowledgeBase;
import org.pharos.coder.actors.KbEntry;

/**
 * Readable labels for actor codes in tables: "Iraq government" for IRQGOV, "United States military"
 * for USAMIL. The store keeps one name per code that may belong to any one person or group coded so;
 * a label built from the code itself describes the whole code. Longer group codes keep the stored
 * name. Thread-safe after construction.
 */
final class ActorLabels {
  private static final Map<String, String> SECTORS = Map.ofEntries(
      Map.entry("GOV", "government"), Map.entry("MIL", "military"), Map.entry("LEG", "legislature"),
      Map.entry("JUD", "judiciary"), Map.entry("COP", "police"), Map.entry("REB", "rebels"),
      Map.entry("OPP", "opposition"), Map.entry("PTY", "party"), Map.entry("BUS", "business"),
      Map.entry("MED", "media"), Map.entry("CVL", "civilians"), Map.entry("NGO", "NGO"),
      Map.entry("SPY", "intelligence"), Map.entry("UAF", "armed group"), Map.entry("ELI", "elites"),
      Map.entry("REF", "refugees"), Map.entry("IGO", "IGO"), Map.entry("EDU", "education"),
      Map.entry("HLH", "health"), Map.entry("LAB", "labour"), Map.entry("AGR", "agriculture"));

  private final ActorKnowledgeBase kb;

  ActorLabels() {
    this.kb = ActorKnowledgeBase.loadDefault();
  }

  /** A label for {@code code}, falling back to {@code storedName}. */
  String label(String code, String storedName) {
    if (code == null) {
      return storedName == null ? "" : storedName;
    }
    String country = code.length() >= 3 ? countryName(code.substring(0, 3)) : null;
    if (code.length() == 3 && country != null) {
      return country;
    }
    if (code.length() == 6 && SECTORS.containsKey(code.substring(3))) {
      String who = country != null ? country : code.startsWith("---") ? "unidentified" : code.substring(0, 3);
      return who + " " + SECTORS.get(code.substring(3));
    }
    return storedName == null ? "" : storedName;
  }

  private String countryName(String iso3) {
    return kb.country(iso3).map(KbEntry::name).orElse(null);
  }
}
