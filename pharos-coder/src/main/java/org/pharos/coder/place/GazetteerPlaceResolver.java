package org.pharos.coder.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.pharos.model.Place;
import org.pharos.model.text.AnnotatedSentence;
import org.pharos.model.text.DepEdge;
import org.pharos.model.text.Token;

/**
 * Attaches a place to an event through a {@link Gazetteer}.
 *
 * <p>With dependencies (UD enhanced++ as CoreNLP writes them), the heads read are the trigger and,
 * for a nominal trigger, the verb that governs it. In order:
 *
 * <ol>
 *   <li>Locatives: the first resolvable oblique or nominal modifier of a head whose case marker is
 *       locative, in this order of markers: {@code in, at, inside, near, outside(_of),
 *       <direction>_of, along, across, over, into, onto, around, within, throughout, from} ("in Erbil"; "20 km
 *       north of Baghdad" through the direction word); {@code to} after a verb or noun of motion or
 *       visit ("travelled to Tehran", "welcomed X to the White House") ranks with {@code at}.
 *   <li>Targets: an object, passive subject or {@code on}/{@code against} complement that itself
 *       names a named site or a city ("rockets hit Ain al-Asad"). It beats a locative that is less
 *       specific (point site &gt; city &gt; province/region/border &gt; country): "hit Ain al-Asad
 *       air base in western Anbar" is the base, "struck the Khor Mor gas field in Sulaymaniyah
 *       province" is the field.
 *   <li>Locative modifiers of a target, as CoreNLP often hangs them on the object noun: "struck a
 *       weapons depot in Jurf al-Sakhar", "struck facilities along Iraq's border with Syria".
 * </ol>
 *
 * <p>A place phrase is read from its head noun: a name covering it or its compound/flat/appos/
 * possessive chain ("Jurf al-Sakhar", "Ain al-Asad air base"; a country there counts only before a
 * place noun, so "the US consulate in Erbil" is Erbil), then its own modifiers ("the outskirts of
 * Baghdad", "a drone attack on Tower 22 in north-east Jordan", a specific place first). A border
 * ("along Iraq's border with Syria") resolves to the named border region of the two countries when
 * a site file has one, else to the first country named (possessor, then compound, then the
 * "with"/"between" country).
 *
 * <p>Without dependencies, token patterns stand in: a gazetteer name after a locative preposition
 * ("in X", "near X", "north of X", "the outskirts of X"), nearest to the trigger first, an origin
 * ("from X") only when no other is within six tokens; "X's border with Y" as above.
 *
 * <p>When nothing is attached, the nearest gazetteer name in the sentence is taken, skipping names
 * used as actors: subjects, objects and partners ({@code with}, {@code to}, {@code by}, {@code for}),
 * person or organization names (unless a named site), and modifiers of a non-place noun ("US troops",
 * "Iraqi forces", "US Defense Secretary").
 *
 * <p>Immutable and thread-safe when its gazetteer is (it is).
 */
public final class GazetteerPlaceResolver implements PlaceResolver {

  /** Locative case markers, best first (the index is the priority). */
  private static final List<String> LOCATIVE_MARKERS =
      List.of("in", "at", "inside", "inside_of", "near", "near_to", "close_to", "outside",
          "outside_of", "direction_of", "along", "across", "over", "into", "onto", "around", "within", "throughout",
          "from");

  /** Heads whose "to" phrase is the destination where the event happens ("travelled to Tehran"). */
  private static final Set<String> MOTION_HEADS =
      Set.of("travel", "go", "come", "arrive", "fly", "return", "head", "visit", "trip", "journey",
          "welcome", "deploy", "send", "dispatch", "move", "redeploy");

  private static final Set<String> DIRECTIONS =
      Set.of("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
          "north-east", "north-west", "south-east", "south-west");

  private static final Set<String> TARGET_RELATIONS =
      Set.of("obj", "nsubj:pass", "obl:on", "nmod:on", "obl:against", "nmod:against", "obl:upon");

  /** Relations that make a name an actor in the nearest-name fallback. */
  private static final Set<String> ACTOR_RELATIONS =
      Set.of("obj", "iobj", "obl:with", "nmod:with", "obl:to", "nmod:to", "obl:by", "nmod:by",
          "obl:agent", "nmod:agent", "obl:for", "nmod:for");

  private static final Set<String> BORDER_WORDS = Set.of("border", "frontier", "boundary");

  /** Nouns after which a name is a place, not an actor ("Baghdad airport", "Kirkuk province", "Mali's capital"). */
  private static final Set<String> PLACE_NOUNS =
      Set.of("airport", "base", "airbase", "border", "province", "governorate", "city", "town",
          "village", "district", "region", "area", "outskirts", "camp", "field", "oilfield",
          "countryside", "desert", "neighborhood", "neighbourhood", "suburb", "frontier", "compound",
          "port", "highway", "road", "checkpoint", "crossing", "residence", "headquarters", "capital");

  private static final int MAX_PHRASE_DEPTH = 2;

  /** Site types that cover an area rather than a point; a named point site beats them. */
  private static final Set<String> BROAD_SITE_TYPES = Set.of("province", "region", "border");

  /** Site types as large as a city. */
  private static final Set<String> TOWN_SITE_TYPES = Set.of("city", "town", "district", "village");

  private final Gazetteer gazetteer;

  /** A resolver over {@code gazetteer}. */
  public GazetteerPlaceResolver(Gazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
  }

  /** The gazetteer this resolver reads. */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  @Override
  public Optional<Place> resolve(String name, Set<String> docCountries) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    return gazetteer.best(name, safe(docCountries)).map(GazetteerEntry::toPlace);
  }

  @Override
  public Optional<Place> placeOf(AnnotatedSentence sentence, int trigger, Set<String> docCountries) {
    return entryOf(sentence, trigger, docCountries).map(GazetteerEntry::toPlace);
  }

  @Override
  public Optional<Place> placeOf(
      AnnotatedSentence sentence, int trigger, Set<String> docCountries, List<TokenSpan> names) {
    return entryOf(sentence, trigger, docCountries, names).map(GazetteerEntry::toPlace);
  }

  /**
   * Like {@link #placeOf} but returns the gazetteer entry (with its kind and site type).
   *
   * @throws IllegalArgumentException when {@code trigger} is not a token of the sentence
   */
  public Optional<GazetteerEntry> entryOf(AnnotatedSentence sentence, int trigger, Set<String> docCountries) {
    return entryOf(sentence, trigger, docCountries, List.of());
  }

  /**
   * Like {@link #entryOf(AnnotatedSentence, int, Set)}, ignoring place names inside a longer name of
   * {@code names} (see {@link PlaceResolver#placeOf(AnnotatedSentence, int, Set, List)}).
   *
   * @throws IllegalArgumentException when {@code trigger} is not a token of the sentence
   */
  public Optional<GazetteerEntry> entryOf(
      AnnotatedSentence sentence, int trigger, Set<String> docCountries, List<TokenSpan> names) {
    if (trigger < 1 || trigger > sentence.size()) {
      throw new IllegalArgumentException("trigger " + trigger + " outside sentence " + sentence.index()
          + " of " + sentence.size() + " tokens: '" + sentence.text() + "'");
    }
    Set<String> countries = safe(docCountries);
    List<PlaceMatch> matches = withoutPartialNames(sentence, gazetteer.find(sentence.tokens()));
    if (!names.isEmpty()) {
      matches = matches.stream()
          .filter(m -> names.stream().noneMatch(n -> n.strictlyContains(m.tokenBegin(), m.tokenEnd())))
          .toList();
    }
    if (matches.isEmpty()) {
      return Optional.empty();
    }
    Optional<GazetteerEntry> attached = sentence.isParsed()
        ? fromDependencies(sentence, trigger, matches, countries)
        : fromTokenPatterns(sentence, trigger, matches, countries);
    if (attached.isPresent()) {
      return attached;
    }
    return nearest(sentence, trigger, matches, countries);
  }

  /**
   * Drops matches that are only part of a longer proper name: a place name glued to a capitalized
   * proper noun before or after it ("Abu" in "Abu Mahdi al-Muhandis", "Erbil" in "Erbil Governor
   * Omid"), unless the next word is a place noun ("Anbar Province"). A real place mention covers its
   * whole name; a longer place name is matched on its own ("Green Zone" in "Baghdad Green Zone").
   */
  static List<PlaceMatch> withoutPartialNames(AnnotatedSentence s, List<PlaceMatch> matches) {
    List<PlaceMatch> kept = new java.util.ArrayList<>(matches.size());
    for (PlaceMatch m : matches) {
      boolean gluedAfter = m.tokenEnd() <= s.size() && isNameToken(s.token(m.tokenEnd()))
          && !PLACE_NOUNS.contains(s.token(m.tokenEnd()).word().toLowerCase(java.util.Locale.ROOT))
          && matches.stream().noneMatch(o -> o.tokenBegin() == m.tokenEnd());
      boolean gluedBefore = m.tokenBegin() > 1 && isNameToken(s.token(m.tokenBegin() - 1))
          && isNameToken(s.token(m.tokenBegin())) && s.token(m.tokenBegin() - 1).end() < s.token(m.tokenBegin()).begin()
          && matches.stream().noneMatch(o -> o.tokenEnd() == m.tokenBegin());
      if (!gluedAfter && !gluedBefore) {
        kept.add(m);
      }
    }
    return kept;
  }

  private static boolean isNameToken(Token t) {
    String w = t.word();
    return t.pos() != null && t.pos().startsWith("NNP") && !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  // ---- dependencies -------------------------------------------------------------------------

  private Optional<GazetteerEntry> fromDependencies(
      AnnotatedSentence s, int trigger, List<PlaceMatch> matches, Set<String> countries) {
    List<Integer> heads = new ArrayList<>();
    heads.add(trigger);
    if (!s.token(trigger).isVerb()) {
      for (DepEdge e : s.heads(trigger)) {
        if (e.governor() > 0 && s.token(e.governor()).isVerb() && !heads.contains(e.governor())) {
          heads.add(e.governor());
        }
      }
    }
    record Candidate(int priority, int distance, int dependent) {}
    List<Candidate> locatives = new ArrayList<>();
    List<Candidate> targets = new ArrayList<>();
    for (int h = 0; h < heads.size(); h++) {
      int head = heads.get(h);
      for (DepEdge e : s.children(head)) {
        int marker = locativePriority(s, e);
        int distance = Math.abs(e.dependent() - trigger) + 100 * h;
        if (marker >= 0) {
          locatives.add(new Candidate(marker, distance, e.dependent()));
        } else if (TARGET_RELATIONS.contains(e.relation())) {
          targets.add(new Candidate(0, distance, e.dependent()));
        }
      }
    }
    Comparator<Candidate> order =
        Comparator.comparingInt(Candidate::priority).thenComparingInt(Candidate::distance);
    locatives.sort(order);
    targets.sort(order);
    Optional<GazetteerEntry> locative = Optional.empty();
    for (Candidate c : locatives) {
      locative = phrase(s, c.dependent(), matches, countries, 0);
      if (locative.isPresent()) {
        break;
      }
    }
    Optional<GazetteerEntry> targetPlace = Optional.empty();
    for (Candidate c : targets) {
      Optional<GazetteerEntry> direct = direct(s, c.dependent(), matches, countries);
      if (direct.isPresent()
          && (direct.get().kind() == PlaceKind.SITE || direct.get().kind() == PlaceKind.CITY)) {
        targetPlace = direct;
        break;
      }
    }
    if (locative.isPresent() && targetPlace.isPresent()
        && specificity(targetPlace.get()) > specificity(locative.get())) {
      return targetPlace; // "rockets hit Ain al-Asad air base in western Anbar"
    }
    if (locative.isPresent()) {
      return locative;
    }
    if (targetPlace.isPresent()) {
      return targetPlace;
    }
    // a locative modifier of the object: "struck a weapons depot in Jurf al-Sakhar"
    for (Candidate c : targets) {
      Optional<GazetteerEntry> inner = modifiers(s, c.dependent(), matches, countries, 0);
      if (inner.isPresent()) {
        return inner;
      }
    }
    return Optional.empty();
  }

  /** A named site of a point-like type, or a city: more specific than a country or a province. */
  private static boolean isSpecific(GazetteerEntry e) {
    return specificity(e) >= 2;
  }

  /**
   * How small a place is: 3 for a point site (base, airport, field), 2 for a city, town or
   * district, 1 for a province, region or border, 0 for a country.
   */
  private static int specificity(GazetteerEntry e) {
    return switch (e.kind()) {
      case COUNTRY -> 0;
      case CITY, CAPITAL -> 2;
      case SITE -> BROAD_SITE_TYPES.contains(e.siteType()) ? 1
          : TOWN_SITE_TYPES.contains(e.siteType()) ? 2 : 3;
    };
  }

  /** The priority of a locative edge (lower is better), or -1 when the edge is not locative. */
  private static int locativePriority(AnnotatedSentence s, DepEdge e) {
    String base = e.baseRelation();
    if (!base.equals("obl") && !base.equals("nmod") && !base.equals("advmod")) {
      return -1;
    }
    String marker = e.subtype();
    if (base.equals("advmod") || marker.equals("npmod") || marker.equals("tmod") || marker.isEmpty()) {
      // "north of Kirkuk": the direction word carries an "of" modifier
      String word = s.token(e.dependent()).lowerLemma();
      if (DIRECTIONS.contains(word) && hasChild(s, e.dependent(), "of")) {
        return LOCATIVE_MARKERS.indexOf("direction_of");
      }
      return -1;
    }
    if (marker.equals("to") && MOTION_HEADS.contains(s.token(e.governor()).lowerLemma())) {
      return LOCATIVE_MARKERS.indexOf("at"); // "travelled to Tehran", "a visit to Beijing"
    }
    int underscore = marker.indexOf('_');
    if (underscore > 0 && DIRECTIONS.contains(marker.substring(0, underscore))) {
      return LOCATIVE_MARKERS.indexOf("direction_of");
    }
    return LOCATIVE_MARKERS.indexOf(marker);
  }

  private static boolean hasChild(AnnotatedSentence s, int token, String marker) {
    for (DepEdge e : s.children(token)) {
      if ((e.baseRelation().equals("nmod") || e.baseRelation().equals("obl"))
          && e.subtype().equals(marker)) {
        return true;
      }
    }
    return false;
  }

  /** The place named by the phrase headed by token {@code d}. */
  private Optional<GazetteerEntry> phrase(
      AnnotatedSentence s, int d, List<PlaceMatch> matches, Set<String> countries, int depth) {
    Optional<GazetteerEntry> direct = direct(s, d, matches, countries);
    return direct.isPresent() ? direct : modifiers(s, d, matches, countries, depth);
  }

  /**
   * The place named by token {@code d} itself: a border, a name covering it, or a name in its
   * compound/flat/appos/possessive chain ("Ain al-Asad air base"). A country as the modifier of a
   * noun that is not a place noun is an actor, not the place ("the US consulate").
   */
  private Optional<GazetteerEntry> direct(
      AnnotatedSentence s, int d, List<PlaceMatch> matches, Set<String> countries) {
    Token head = s.token(d);
    if (BORDER_WORDS.contains(head.lowerLemma())) {
      Optional<GazetteerEntry> border = border(s, d, matches, countries);
      if (border.isPresent()) {
        return border;
      }
    }
    Optional<PlaceMatch> covering = matchCovering(matches, d);
    if (covering.isPresent()) {
      return Optional.of(best(covering.get(), countries));
    }
    boolean placeNoun = PLACE_NOUNS.contains(head.lowerLemma());
    for (DepEdge e : s.children(d)) {
      String rel = e.relation();
      if (rel.equals("compound") || rel.startsWith("flat") || rel.equals("appos")
          || rel.equals("nmod:poss") || rel.equals("amod")) {
        Optional<PlaceMatch> m = matchCovering(matches, e.dependent());
        if (m.isPresent() && !isCountryAdjectiveOnly(s, m.get())) {
          GazetteerEntry best = best(m.get(), countries);
          if (best.kind() != PlaceKind.COUNTRY || placeNoun) {
            return Optional.of(best);
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A place in a locative, "of" or "on"/"against" modifier of token {@code d}: "the outskirts of
   * Baghdad", "a drone attack on Tower 22 in north-east Jordan". An "on"/"against" modifier counts
   * only when it names a site or a city; a specific place (a point site or a city) beats a country
   * or a province; otherwise the best marker wins.
   */
  private Optional<GazetteerEntry> modifiers(
      AnnotatedSentence s, int d, List<PlaceMatch> matches, Set<String> countries, int depth) {
    if (depth >= MAX_PHRASE_DEPTH) {
      return Optional.empty();
    }
    List<DepEdge> modifiers = new ArrayList<>();
    for (DepEdge e : s.children(d)) {
      String base = e.baseRelation();
      if ((base.equals("nmod") || base.equals("obl")) && modifierOrder(e.subtype()) < Integer.MAX_VALUE) {
        modifiers.add(e);
      }
    }
    modifiers.sort(Comparator.comparingInt(e -> modifierOrder(e.subtype())));
    GazetteerEntry first = null;
    for (DepEdge e : modifiers) {
      Optional<GazetteerEntry> inner = phrase(s, e.dependent(), matches, countries, depth + 1);
      if (inner.isEmpty()) {
        continue;
      }
      boolean targetLike = e.subtype().equals("on") || e.subtype().equals("against");
      if (targetLike && inner.get().kind() != PlaceKind.SITE && inner.get().kind() != PlaceKind.CITY) {
        continue;
      }
      if (isSpecific(inner.get())) {
        return inner;
      }
      if (first == null) {
        first = inner.get();
      }
    }
    return Optional.ofNullable(first);
  }

  private static int modifierOrder(String marker) {
    if (marker.equals("of")) {
      return -2;
    }
    if (marker.equals("on") || marker.equals("against")) {
      return -1;
    }
    int i = LOCATIVE_MARKERS.indexOf(marker);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  private static boolean isCountryAdjectiveOnly(AnnotatedSentence s, PlaceMatch m) {
    return m.tokenEnd() - m.tokenBegin() == 1 && "JJ".equals(s.token(m.tokenBegin()).pos());
  }

  /** "along Iraq's border with Syria", "the border between Iraq and Syria", "the Syrian border". */
  private Optional<GazetteerEntry> border(
      AnnotatedSentence s, int borderToken, List<PlaceMatch> matches, Set<String> countries) {
    Optional<PlaceMatch> named = matchCovering(matches, borderToken);
    if (named.isPresent()) {
      return Optional.of(best(named.get(), countries));
    }
    List<GazetteerEntry> sides = new ArrayList<>();
    List<DepEdge> children = new ArrayList<>(s.children(borderToken));
    children.sort(Comparator.comparingInt(e -> borderSideOrder(e.relation())));
    for (DepEdge e : children) {
      if (borderSideOrder(e.relation()) == Integer.MAX_VALUE) {
        continue;
      }
      countryAt(s, e.dependent(), matches, countries).ifPresent(c -> addDistinct(sides, c));
      for (DepEdge conj : s.children(e.dependent())) {
        if (conj.baseRelation().equals("conj")) {
          countryAt(s, conj.dependent(), matches, countries).ifPresent(c -> addDistinct(sides, c));
        }
      }
    }
    return borderOf(sides);
  }

  private Optional<GazetteerEntry> borderOf(List<GazetteerEntry> sides) {
    if (sides.size() >= 2) {
      Optional<GazetteerEntry> region = gazetteer.border(sides.get(0).iso3(), sides.get(1).iso3());
      if (region.isPresent()) {
        return region;
      }
    }
    return sides.isEmpty() ? Optional.empty() : Optional.of(sides.get(0));
  }

  private static int borderSideOrder(String relation) {
    return switch (relation) {
      case "nmod:poss" -> 0;
      case "compound" -> 1;
      case "nmod:with", "nmod:between", "nmod:of" -> 2;
      default -> Integer.MAX_VALUE;
    };
  }

  private static void addDistinct(List<GazetteerEntry> list, GazetteerEntry e) {
    if (!list.contains(e)) {
      list.add(e);
    }
  }

  private Optional<GazetteerEntry> countryAt(
      AnnotatedSentence s, int token, List<PlaceMatch> matches, Set<String> countries) {
    Optional<PlaceMatch> m = matchCovering(matches, token);
    if (m.isEmpty()) {
      return Optional.empty();
    }
    for (GazetteerEntry e : Gazetteer.rank(m.get().candidates(), countries)) {
      if (e.kind() == PlaceKind.COUNTRY) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  // ---- token patterns ------------------------------------------------------------------------

  private Optional<GazetteerEntry> fromTokenPatterns(
      AnnotatedSentence s, int trigger, List<PlaceMatch> matches, Set<String> countries) {
    PlaceMatch bestMatch = null;
    int bestScore = Integer.MAX_VALUE;
    for (PlaceMatch match : matches) {
      int priority = prepositionBefore(s, match.tokenBegin());
      if (priority < 0) {
        continue;
      }
      // nearest to the trigger first; an origin ("from X") only when nothing else is near
      int score = distance(match, trigger) + (priority == LOCATIVE_MARKERS.indexOf("from") ? 6 : 0);
      if (score < bestScore) {
        bestMatch = match;
        bestScore = score;
      }
    }
    if (bestMatch == null) {
      return Optional.empty();
    }
    Optional<GazetteerEntry> border = borderPattern(s, bestMatch, matches, countries);
    return border.isPresent() ? border : Optional.of(best(bestMatch, countries));
  }

  /**
   * The priority of the locative preposition before token {@code begin} (skipping a determiner,
   * adjectives, numbers and "km"/"miles"), or -1 when there is none.
   */
  private static int prepositionBefore(AnnotatedSentence s, int begin) {
    int i = begin - 1;
    while (i >= 1 && skippable(s.token(i))) {
      i--;
    }
    if (i < 1) {
      return -1;
    }
    String word = s.token(i).word().toLowerCase(java.util.Locale.ROOT);
    if (word.equals("of") && i >= 2) {
      String before = s.token(i - 1).word().toLowerCase(java.util.Locale.ROOT);
      if (DIRECTIONS.contains(before)) {
        return LOCATIVE_MARKERS.indexOf("direction_of");
      }
      if (before.equals("outside")) {
        return LOCATIVE_MARKERS.indexOf("outside_of");
      }
      // "the outskirts of Baghdad", "a base of ..." are places only with a place noun
      if (PLACE_NOUNS.contains(s.token(i - 1).lowerLemma())) {
        return prepositionBefore(s, i - 1) >= 0 ? prepositionBefore(s, i - 1) : LOCATIVE_MARKERS.size();
      }
      return -1;
    }
    return LOCATIVE_MARKERS.indexOf(word);
  }

  private static boolean skippable(Token t) {
    String pos = t.pos() == null ? "" : t.pos();
    String word = t.word().toLowerCase(java.util.Locale.ROOT);
    return pos.equals("DT") || pos.startsWith("JJ") || pos.equals("CD") || word.equals("the")
        || word.equals("km") || word.equals("kilometers") || word.equals("kilometres")
        || word.equals("miles") || word.equals("'s") || pos.equals("POS");
  }

  /** "Iraq's border with Syria" / "Iraq border with Syria" without dependencies. */
  private Optional<GazetteerEntry> borderPattern(
      AnnotatedSentence s, PlaceMatch first, List<PlaceMatch> matches, Set<String> countries) {
    int i = first.tokenEnd();
    if (i <= s.size() && s.token(i).word().equals("'s")) {
      i++;
    }
    if (i > s.size() || !BORDER_WORDS.contains(s.token(i).lowerLemma())) {
      return Optional.empty();
    }
    List<GazetteerEntry> sides = new ArrayList<>();
    countryOf(first, countries).ifPresent(sides::add);
    int j = i + 1;
    if (j <= s.size() && Set.of("with", "between", "and").contains(s.token(j).word().toLowerCase(java.util.Locale.ROOT))) {
      for (PlaceMatch m : matches) {
        if (m.tokenBegin() == j + 1 || (m.tokenBegin() == j + 2 && s.token(j + 1).word().equalsIgnoreCase("the"))) {
          countryOf(m, countries).ifPresent(c -> addDistinct(sides, c));
        }
      }
    }
    return borderOf(sides);
  }

  private static Optional<GazetteerEntry> countryOf(PlaceMatch m, Set<String> countries) {
    return Gazetteer.rank(m.candidates(), countries).stream()
        .filter(e -> e.kind() == PlaceKind.COUNTRY)
        .findFirst();
  }

  // ---- nearest name --------------------------------------------------------------------------

  private Optional<GazetteerEntry> nearest(
      AnnotatedSentence s, int trigger, List<PlaceMatch> matches, Set<String> countries) {
    PlaceMatch bestMatch = null;
    int bestDistance = Integer.MAX_VALUE;
    for (PlaceMatch m : matches) {
      if (usedAsActor(s, m)) {
        continue;
      }
      int distance = distance(m, trigger);
      if (distance < bestDistance) {
        bestMatch = m;
        bestDistance = distance;
      }
    }
    return bestMatch == null ? Optional.empty() : Optional.of(best(bestMatch, countries));
  }

  /**
   * A subject, a person/organization name (unless a theater site: NER often tags "Ain al-Asad" as a
   * person), or a modifier of a non-place noun ("US troops", "US Defense Secretary").
   */
  private static boolean usedAsActor(AnnotatedSentence s, PlaceMatch m) {
    boolean site = m.candidates().stream().anyMatch(e -> e.kind() == PlaceKind.SITE);
    for (int i = m.tokenBegin(); i < m.tokenEnd() && !site; i++) {
      String ner = s.token(i).ner();
      if ("PERSON".equals(ner) || "ORGANIZATION".equals(ner)) {
        return true;
      }
    }
    if (s.isParsed()) {
      for (int i = m.tokenBegin(); i < m.tokenEnd(); i++) {
        for (DepEdge e : s.heads(i)) {
          if (m.covers(e.governor())) {
            continue;
          }
          String rel = e.relation();
          if (rel.startsWith("nsubj") && !rel.equals("nsubj:pass")) {
            return true;
          }
          if (ACTOR_RELATIONS.contains(rel)) {
            return true; // "work with Washington", "an appeal to Tehran", "talks by Moscow"
          }
          if ((rel.equals("compound") || rel.equals("amod") || rel.equals("nmod:poss"))
              && e.governor() > 0 && !PLACE_NOUNS.contains(s.token(e.governor()).lowerLemma())) {
            return true;
          }
        }
      }
      return false;
    }
    int next = m.tokenEnd();
    if (next <= s.size()) {
      Token t = s.token(next);
      if (t.isVerb() && !"VBN".equals(t.pos())) {
        return true; // "Baghdad condemned ..."
      }
      boolean lowerNoun = t.isNoun() && !t.word().isEmpty() && Character.isLowerCase(t.word().charAt(0));
      if (lowerNoun && !PLACE_NOUNS.contains(t.lowerLemma())) {
        return true; // "US troops"
      }
      if (t.isProperNoun() && !PLACE_NOUNS.contains(t.lowerLemma())) {
        return true; // "US Defense Secretary"
      }
    }
    return false;
  }

  private static int distance(PlaceMatch m, int trigger) {
    if (trigger < m.tokenBegin()) {
      return m.tokenBegin() - trigger;
    }
    if (trigger >= m.tokenEnd()) {
      // before the trigger counts a little more than after it: "X in Y" places follow the verb
      return trigger - m.tokenEnd() + 2;
    }
    return 0;
  }

  private static Optional<PlaceMatch> matchCovering(List<PlaceMatch> matches, int token) {
    for (PlaceMatch m : matches) {
      if (m.covers(token)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  private static GazetteerEntry best(PlaceMatch m, Set<String> countries) {
    return Gazetteer.rank(m.candidates(), countries).get(0);
  }

  private static Set<String> safe(Set<String> docCountries) {
    return docCountries == null ? Set.of() : docCountries;
  }
}
