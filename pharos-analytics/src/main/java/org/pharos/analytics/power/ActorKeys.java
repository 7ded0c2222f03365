package org.pharos.analytics.power;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.pharos.model.ActorRef;

/**
 * Turns an {@link ActorRef} into the key it is counted under at an {@link ActorLevel}, and tells
 * states from armed non-state actors. Follows the Pharos actor code scheme (ISO-3 country or IGO/NGO/IMG
 * block, then a sector block, then an optional group block; see the coder's {@code groups.tsv}).
 * Stateless and thread-safe; nothing here knows any particular theater.
 */
public final class ActorKeys {

  /** Sectors of armed non-state actors: rebels, armed groups/militias, insurgents. */
  public static final Set<String> ARMED_NON_STATE_SECTORS = Set.of("REB", "UAF", "INS");

  /** Primary blocks that are not countries and keep six letters at country level. */
  private static final Set<String> NON_COUNTRY_PRIMARIES = Set.of("IGO", "NGO", "IMG", "MNC");

  /** Sectors that stand for the state itself (government, forces, legislature, courts, police, spies). */
  public static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "LEG", "JUD", "COP", "SPY");

  private static final Map<String, String> SECTOR_NAMES =
      Map.ofEntries(
          Map.entry("GOV", "government"),
          Map.entry("MIL", "military"),
          Map.entry("LEG", "legislature"),
          Map.entry("JUD", "judiciary"),
          Map.entry("COP", "police"),
          Map.entry("SPY", "intelligence"),
          Map.entry("REB", "rebels"),
          Map.entry("UAF", "armed groups"),
          Map.entry("INS", "insurgents"),
          Map.entry("OPP", "opposition"),
          Map.entry("PTY", "parties"),
          Map.entry("BUS", "business"),
          Map.entry("MED", "media"),
          Map.entry("CVL", "civilians"),
          Map.entry("REF", "refugees"),
          Map.entry("NGO", "NGOs"),
          Map.entry("REL", "religious"),
          Map.entry("EDU", "education"),
          Map.entry("HLH", "health"));

  private static final Map<String, String> COUNTRY_NAMES = countryNames();

  private ActorKeys() {}

  private static Map<String, String> countryNames() {
    Map<String, String> names = new HashMap<>();
    for (String iso2 : Locale.getISOCountries()) {
      Locale locale = new Locale.Builder().setRegion(iso2).build();
      try {
        names.put(locale.getISO3Country(), locale.getDisplayCountry(Locale.ENGLISH));
      } catch (java.util.MissingResourceException e) {
        // a region without an alpha-3 code: nothing to name
      }
    }
    return Map.copyOf(names);
  }

  /** True for rebels, militias and other armed non-state actors (sector REB/UAF/INS or an IMG code). */
  public static boolean isArmedNonState(ActorRef actor) {
    if (actor == null) {
      return false;
    }
    String sector = sector(actor);
    return (sector != null && ARMED_NON_STATE_SECTORS.contains(sector))
        || (actor.code() != null && actor.code().startsWith("IMG"));
  }

  /**
   * True for actors that stand for a state: a bare country code or a state sector (GOV, MIL, LEG, JUD,
   * COP, SPY) of a country.
   */
  public static boolean isState(ActorRef actor) {
    if (actor == null || isArmedNonState(actor)) {
      return false;
    }
    String country = country(actor);
    if (country == null || NON_COUNTRY_PRIMARIES.contains(actor.primary())) {
      return false;
    }
    String sector = sector(actor);
    return sector == null || STATE_SECTORS.contains(sector);
  }

  /**
   * The actor's country: {@code ActorRef.country}, else the first three letters of the code; {@code
   * null} when unknown ({@code ---}) or when the code is an IGO/NGO/IMG block without a country.
   */
  public static String country(ActorRef actor) {
    if (actor == null) {
      return null;
    }
    String c = actor.country();
    if (c == null || c.isBlank()) {
      c = actor.primary();
      if (c != null && NON_COUNTRY_PRIMARIES.contains(c)) {
        return null;
      }
    }
    return c == null || c.isBlank() || c.startsWith("-") ? null : c;
  }

  /** The sector block: {@code ActorRef.sector}, else letters 4–6 of the code, else {@code null}. */
  public static String sector(ActorRef actor) {
    if (actor.sector() != null && !actor.sector().isBlank()) {
      return actor.sector();
    }
    String code = actor.code();
    return code != null && code.length() >= 6 ? code.substring(3, 6) : null;
  }

  /**
   * The key an actor is counted under, or {@code null} when the actor cannot be placed at that level
   * (no code, or an unknown country for a non-armed actor at country level).
   *
   * <ul>
   *   <li>GROUP: the full code.
   *   <li>SECTOR: the code up to six letters.
   *   <li>COUNTRY: IGO/NGO/IMG codes keep six letters; an armed non-state actor is its primary block
   *       (country, or {@code ---} when unknown) plus its sector ({@code IRQUAF}, {@code ---UAF});
   *       any other actor is its {@link #country}.
   * </ul>
   */
  public static String key(ActorRef actor, ActorLevel level) {
    if (actor == null || actor.code() == null || actor.code().isBlank()) {
      return null;
    }
    String code = actor.code();
    return switch (level) {
      case GROUP -> code;
      case SECTOR -> code.length() > 6 ? code.substring(0, 6) : code;
      case COUNTRY -> countryKey(actor);
    };
  }

  private static String countryKey(ActorRef actor) {
    String code = actor.code();
    String primary = actor.primary();
    if (NON_COUNTRY_PRIMARIES.contains(primary)) {
      return code.length() > 6 ? code.substring(0, 6) : code;
    }
    if (isArmedNonState(actor)) {
      String block = primary.startsWith("-") && country(actor) != null ? country(actor) : primary;
      return block + sector(actor);
    }
    return country(actor);
  }

  /**
   * A readable label for a key: the name {@code names} gives for it, else {@link #label(String)}.
   */
  public static String label(String key, ActorNames names) {
    if (key != null && names != null) {
      String name = names.nameOf(key);
      if (name != null && !name.isBlank()) {
        return name;
      }
    }
    return label(key);
  }

  /**
   * How to call one event's actor: the name the event gives it ("Joe Biden", "Pentagon"), unless that
   * name is only its country's while the code says more ({@code IRQLEG} named "Iraq" → "Iraq
   * legislature"); else the label of its code; else its text; {@code null} for no actor.
   */
  public static String displayName(ActorRef actor, ActorNames names) {
    if (actor == null) {
      return null;
    }
    String code = actor.code();
    String name = actor.name() != null && !actor.name().isBlank() ? actor.name() : null;
    String codeLabel = code == null ? null : label(code, names);
    if (codeLabel != null && codeLabel.equals(code)) {
      codeLabel = null;
    }
    if (name != null) {
      boolean onlyCountry = code != null && code.length() > 3 && codeLabel != null
          && name.equals(label(code.substring(0, 3), names));
      return onlyCountry ? codeLabel : name;
    }
    if (codeLabel != null) {
      return codeLabel;
    }
    return actor.text() != null && !actor.text().isBlank() ? actor.text() : code;
  }

  /** True when {@code key} is a bare three-letter country code (not an IGO/NGO/IMG block). */
  static boolean isCountryKey(String key) {
    return key != null && key.length() == 3 && !NON_COUNTRY_PRIMARIES.contains(key);
  }

  /**
   * A readable label for a key: country names from the JDK's ISO tables ({@code IRQ} → Iraq), sector
   * blocks spelled out ({@code IRQUAF} → "Iraq armed groups"), or the key itself.
   */
  public static String label(String key) {
    if (key == null) {
      return "unknown";
    }
    if (key.length() == 3) {
      return COUNTRY_NAMES.getOrDefault(key, key);
    }
    if (key.length() == 6) {
      String primary = key.substring(0, 3);
      String sectorName = SECTOR_NAMES.get(key.substring(3));
      if (sectorName != null) {
        String owner =
            primary.startsWith("-")
                ? "unidentified"
                : primary.equals("IMG") ? "transnational" : COUNTRY_NAMES.get(primary);
        if (owner != null) {
          return owner + " " + sectorName;
        }
      }
    }
    return key;
  }
}
