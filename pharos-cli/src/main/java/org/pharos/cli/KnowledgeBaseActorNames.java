package org.pharos.cli;

import java.util.HashMap;
import java.util.Map;
import org.pharos.analytics.power.ActorNames;
import org.pharos.coder.actors.ActorKnowledgeBase;
import org.pharos.coder.actors.EntryKind;
import org.pharos.coder.actors.KbEntry;

/**
 * The names the report and {@code analyze} give actor codes, taken from the coder's actor knowledge
 * base (read only): international organisations and groups by their canonical name ({@code IGOUNO} →
 * "United Nations", {@code IRQUAFKTH} → "Kataib Hezbollah"), unnamed actors by their generic name
 * when the knowledge base gives their code only one ({@code ---REF} → "refugees"), countries by name, and an IGO block that only one
 * organisation of the knowledge base uses by that organisation ({@code IGOBRI} → "BRICS"). Country
 * plus sector codes ({@code USAMIL}) are left to the analytics, which spell them out ("United States
 * military"). Immutable and thread-safe after construction.
 */
final class KnowledgeBaseActorNames implements ActorNames {

  private final Map<String, String> byCode;

  private KnowledgeBaseActorNames(Map<String, String> byCode) {
    this.byCode = Map.copyOf(byCode);
  }

  /** Names from the knowledge base shipped with the coder. */
  static KnowledgeBaseActorNames loadDefault() {
    return of(ActorKnowledgeBase.loadDefault());
  }

  /** Names from {@code kb}. */
  static KnowledgeBaseActorNames of(ActorKnowledgeBase kb) {
    Map<String, String> names = new HashMap<>();
    Map<String, String> blockOwner = new HashMap<>();
    Map<String, String> generic = new HashMap<>();
    for (KbEntry e : kb.entries()) {
      if (e.code() == null || e.name() == null || e.name().isBlank()) {
        continue;
      }
      switch (e.kind()) {
        case IGO, GROUP -> {
          names.putIfAbsent(e.code(), e.name());
          if (e.kind() == EntryKind.IGO && e.code().length() > 6) {
            // one organisation per six-letter block, or none when several share it
            blockOwner.merge(e.code().substring(0, 6), e.name(), (a, b) -> a.equals(b) ? a : "");
          }
        }
        case GENERIC -> {
          if (e.code().startsWith("---")) {
            // "gunmen", "militia" and "attackers" all code ---UAF: only a code with one name is named
            generic.merge(e.code(), e.name(), (a, b) -> a.equals(b) ? a : "");
          }
        }
        default -> {
          // countries come from kb.country; roles, people and institutions do not name a whole code
        }
      }
    }
    generic.forEach((code, name) -> {
      if (!name.isEmpty()) {
        names.putIfAbsent(code, name);
      }
    });
    blockOwner.forEach((block, name) -> {
      if (!name.isEmpty()) {
        names.putIfAbsent(block, name);
      }
    });
    for (String iso3 : kb.countryCodes()) {
      kb.country(iso3).map(KbEntry::name).ifPresent(name -> names.putIfAbsent(iso3, name));
    }
    return new KnowledgeBaseActorNames(names);
  }

  @Override
  public String nameOf(String code) {
    return code == null ? null : byCode.get(code);
  }
}
