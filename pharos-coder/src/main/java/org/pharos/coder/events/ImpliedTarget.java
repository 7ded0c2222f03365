package org.pharos.coder.events;

import java.util.Optional;
import java.util.Set;
import org.pharos.model.ActorRef;
import org.pharos.model.Place;

/**
 * The target an event implies when its sentence names none, from the event's code, its source and
 * its place. Rules, in order:
 *
 * <ol>
 *   <li><b>Place at home or abroad</b>: coercion, threats of it and its easing, and agreements (17x,
 *       132x, 137x, 081x, 03x: "imposed a curfew in Cizre", "lifted the curfew in Montenegro", "agreed
 *       to postpone the demonstration in Baku") take the country where they happen.
 *   <li><b>Place abroad</b>: any other event whose place lies in another country than the source's
 *       (an organisation's block counts as its home, so every country is abroad for it) takes that
 *       country: "staged a protest in Beijing", "attend a summit in Switzerland", "suspended aid
 *       deliveries in Baghdad" by the Red Cross, "jets bombed positions in Syria" (CAMEO codes the
 *       host of an action as its target).
 *   <li><b>Domestic dissent</b>: a protest, demand or rejection (14x, 10x, 12x) by a country's
 *       non-state actors (civilians, opposition, students, workers, rebels, lawmakers, people named
 *       by a nationality: "Iraqi Kurds") with no target and no place abroad is addressed to that
 *       country's government, as CAMEO practice codes untargeted dissent; not when the source is the
 *       state itself (a government, military, police, judiciary or intelligence sector, or the bare
 *       country name).
 * </ol>
 *
 * A target the sentence names but that belongs to no known country (a bare role: "contribute troops
 * to a peace-keeping force in Liberia", "opened an embassy in Tehran") may be replaced by the place
 * rules ({@link #ofPlace}, {@link #isCountryless}).
 *
 * <p>A place named as a modifier of the source itself ("the United Nations mission in Iraq") is where
 * the source sits, not what it addresses; callers pass {@code placeOfSource} for it and no place rule
 * applies.
 *
 * <p>Stateless and thread-safe.
 */
public final class ImpliedTarget {
  /** Codes whose target may be the country of their place, at home or abroad. */
  private static final Set<String> PLACE_AT_HOME_PREFIXES = Set.of("17", "081", "132", "137", "03");
  /** Codes of dissent whose untargeted form is addressed to the source's own government. */
  private static final Set<String> DISSENT_PREFIXES = Set.of("14", "10", "12");
  /** Sectors of the state: its own dissent against itself is no dissent. */
  private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "SPY");
  private static final String GOVERNMENT_SECTOR = "GOV";
  /** Blocks that are no country: organisations and the unknown. */
  private static final Set<String> NON_COUNTRY_BLOCKS = Set.of("IGO", "NGO", "---");
  /** The block of an actor whose country is unknown. */
  private static final String UNKNOWN_BLOCK = "---";

  /**
   * The implied target of an event coded {@code cameo} with {@code source} at {@code place}; empty
   * when no rule applies.
   *
   * @param cameo the event's CAMEO code
   * @param source the event's source, or null (then nothing is implied)
   * @param place the event's place, or null
   * @param placeOfSource true when the place is named as a modifier of the source's own mention
   */
  public Optional<ActorRef> of(String cameo, ActorRef source, Place place, boolean placeOfSource) {
    if (cameo == null || source == null) {
      return Optional.empty();
    }
    Optional<ActorRef> host = ofPlace(cameo, source, place, placeOfSource);
    if (host.isPresent()) {
      return host;
    }
    if (startsWithAny(cameo, DISSENT_PREFIXES) && isNonStateCitizenry(source)) {
      String country = source.country();
      return Optional.of(new ActorRef(null, null, country + GOVERNMENT_SECTOR, country, GOVERNMENT_SECTOR, null));
    }
    return Optional.empty();
  }

  /**
   * The country of the event's place when one of the two place rules applies (at home or abroad; see
   * the class description); empty otherwise. Parameters as for {@link #of}.
   */
  public Optional<ActorRef> ofPlace(String cameo, ActorRef source, Place place, boolean placeOfSource) {
    if (cameo == null || source == null || place == null || place.country() == null || placeOfSource) {
      return Optional.empty();
    }
    String home = home(source);
    if (home != null && (startsWithAny(cameo, PLACE_AT_HOME_PREFIXES) || !place.country().equals(home))) {
      return Optional.of(new ActorRef(place.name(), place.country(), place.country(), place.country(), null, null));
    }
    return Optional.empty();
  }

  /**
   * True when {@code actor} belongs to no known country or organisation: a bare role coded with the
   * unknown block ("troops" {@code ---MIL}, "an embassy" {@code ---GOV}) or without a code.
   */
  public static boolean isCountryless(ActorRef actor) {
    return actor != null && (actor.primary() == null || UNKNOWN_BLOCK.equals(actor.primary()));
  }

  /** The source's country, or its organisation block ("IGO") when it has none. */
  private static String home(ActorRef source) {
    return source.country() != null ? source.country() : source.primary();
  }

  /**
   * A country's people or non-state body: coded under the country's block, with a sector that is not
   * the state's, or without a sector but named otherwise than the country ("Iraqi Kurds", "Algerians").
   */
  private static boolean isNonStateCitizenry(ActorRef source) {
    String country = source.country();
    if (country == null || NON_COUNTRY_BLOCKS.contains(country) || source.code() == null
        || !source.code().startsWith(country)) {
      return false;
    }
    if (source.sector() != null) {
      return !STATE_SECTORS.contains(source.sector());
    }
    return source.text() != null && !source.text().equalsIgnoreCase(source.name());
  }

  private static boolean startsWithAny(String code, Set<String> prefixes) {
    for (String p : prefixes) {
      if (code.startsWith(p)) {
        return true;
      }
    }
    return false;
  }
}
