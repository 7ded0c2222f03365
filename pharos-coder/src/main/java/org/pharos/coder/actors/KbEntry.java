package org.pharos.coder.actors;

import java.time.LocalDate;
import java.util.List;

/**
 * One knowledge-base entry (a country, a role word, a person, a group…) with its coded identity.
 * Immutable and thread-safe.
 *
 * @param kind what the entry names
 * @param name canonical name ("Iraq", "Kataib Hezbollah", "Sergey Lavrov"; the phrase for roles)
 * @param code actor code for names; for roles and generics the standalone code ({@code ---MIL})
 * @param country ISO-3 country (or main country of operation for groups), or {@code null}
 * @param sector role block ({@code GOV}, {@code MIL}, …), or {@code null}
 * @param affiliation stated backer ({@code IRN}), or {@code null}
 * @param title canonical title for person-like roles ({@code prime minister}), or {@code null}
 * @param personLike true for single office-holders and people (pronoun "he"/"she" may refer to it)
 * @param yields true for weak role heads that take the sector of an adjacent role
 * @param confidence confidence of a standalone match
 * @param tenures dated offices (people only; empty otherwise)
 * @param source file the entry came from
 * @param line 1-based line in that file
 * @param instrument true for weapon and vehicle words ("missiles", "drones"): an actor only when a
 *     country, backer or organisation says whose they are
 */
public record KbEntry(
    EntryKind kind,
    String name,
    String code,
    String country,
    String sector,
    String affiliation,
    String title,
    boolean personLike,
    boolean yields,
    double confidence,
    List<Tenure> tenures,
    String source,
    int line,
    boolean instrument) {

  public KbEntry {
    tenures = tenures == null ? List.of() : List.copyOf(tenures);
  }

  /** An entry that is not an instrument word. */
  public KbEntry(EntryKind kind, String name, String code, String country, String sector, String affiliation, String title,
      boolean personLike, boolean yields, double confidence, List<Tenure> tenures, String source, int line) {
    this(kind, name, code, country, sector, affiliation, title, personLike, yields, confidence, tenures, source, line, false);
  }

  /** The identity used to detect conflicting aliases (two entries naming different actors). */
  String identity() {
    return switch (kind) {
      case COUNTRY, DEMONYM, CAPITAL -> "country:" + code;
      case PERSON -> "person:" + name;
      case ROLE -> "role:" + sector + ":" + (code == null ? "" : code);
      case GENERIC -> "generic:" + code;
      default -> kind + ":" + code + ":" + name;
    };
  }

  /** The tenure covering {@code date}, else {@code null}. */
  Tenure tenureAt(LocalDate date) {
    Tenure found = null;
    for (Tenure t : tenures) {
      if (t.covers(date) && (found == null || (t.start() != null && (found.start() == null || t.start().isAfter(found.start()))))) {
        found = t;
      }
    }
    return found;
  }

  /** The most recent tenure (latest start), or {@code null} when there are none. */
  Tenure latestTenure() {
    Tenure found = null;
    for (Tenure t : tenures) {
      if (found == null || (t.start() != null && (found.start() == null || t.start().isAfter(found.start())))) {
        found = t;
      }
    }
    return found;
  }
}
