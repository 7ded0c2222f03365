package org.pharos.coder.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pharos.model.ActorRef;
import org.pharos.model.PartialDate;
import org.pharos.model.text.AnnotatedDocument;
import org.pharos.model.text.AnnotatedSentence;
import org.pharos.model.text.DepEdge;
import org.pharos.model.text.Token;

/**
 * Resolves the actors of a document with an {@link ActorKnowledgeBase}: matches every sentence
 * (names, country + role phrases, people by the document date, groups with their backers, generics),
 * then learns within the document: a title with a new name ("US Ambassador to Iraq Alina Romanowski")
 * makes later "Romanowski" / "Ms. Romanowski" that actor; an appositive ("John Doe, the US envoy,")
 * does the same; bare titles ("the prime minister", "the Iraqi leader") resolve to the office-holder
 * named earlier, else to the holder in the knowledge base for the document's focus country (its most
 * mentioned country) on the document date; pronouns link to the subject actor of the same or previous
 * sentence with lower confidence.
 *
 * <pre>{@code
 * ActorResolver resolver = new KnowledgeBaseActorResolver(ActorKnowledgeBase.loadDefault());
 * DocumentActors actors = resolver.resolve(annotatedDocument);
 * actors.covering(sentenceIndex, tokenIndex).ifPresent(m -> System.out.println(m.actor().code()));
 * }</pre>
 *
 * <p>Immutable and thread-safe: all per-document state lives inside {@link #resolve}.
 */
public final class KnowledgeBaseActorResolver implements ActorResolver {
  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers");
  private static final Set<String> THING_PRONOUNS = Set.of("it", "its");
  private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "their", "theirs");
  private static final Set<String> HONORIFICS = Set.of("mr", "ms", "mrs", "dr", "gen", "sheikh", "general", "sir", "ambassador");
  /** Capitalized words that are never a person's name: months and weekdays ("By early February, officials said"). */
  private static final Set<String> TEMPORAL = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /** Confidence of a mention learned from an earlier name or title in the document. */
  public static final double LEARNED_CONFIDENCE = 0.8;
  /** Confidence of a bare title resolved to the office-holder named earlier. */
  public static final double TITLE_CONFIDENCE = 0.7;
  /** Confidence of a bare title resolved through the document's focus country. */
  public static final double FOCUS_CONFIDENCE = 0.5;
  /** Confidence of a pronoun linked to an earlier actor. */
  public static final double PRONOUN_CONFIDENCE = 0.5;

  private final ActorKnowledgeBase kb;
  private final ActorMatcher matcher;

  /** A resolver over {@code kb}. */
  public KnowledgeBaseActorResolver(ActorKnowledgeBase kb) {
    this.kb = kb;
    this.matcher = new ActorMatcher(kb);
  }

  /** The knowledge base in use. */
  public ActorKnowledgeBase knowledgeBase() {
    return kb;
  }

  @Override
  public DocumentActors resolve(AnnotatedDocument document) {
    LocalDate date = referenceDate(document.document().date());
    List<List<ActorMatcher.Found>> found = new ArrayList<>();
    List<String> places = new ArrayList<>();
    for (AnnotatedSentence s : document.sentences()) {
      found.add(new ArrayList<>(matcher.match(s, date)));
      places.addAll(matcher.placeCountries(s));
    }
    String focus = focusCountry(found);
    String dateline = document.sentences().isEmpty() ? null : matcher.datelineCountry(document.sentences().get(0));
    String setting = settingCountry(found, places, null);
    String datelinedSetting = settingCountry(found, places, dateline);
    String homeSetting = homeCountry(found, places, dateline);
    Learned learned = new Learned();
    List<ActorMention> mentions = new ArrayList<>();
    ActorMatcher.Found previousSubject = null;
    List<ActorMatcher.Found> previousSentence = List.of();
    List<List<ActorMatcher.Found>> organisations = new ArrayList<>();
    for (int si = 0; si < document.sentences().size(); si++) {
      AnnotatedSentence s = document.sentences().get(si);
      List<ActorMatcher.Found> fs = found.get(si);
      // bare titles first (they may become names that later sentences refer to)
      for (int i = 0; i < fs.size(); i++) {
        fs.set(i, withSetting(resolveTitle(s, fs.get(i), learned, focus, date), setting, datelinedSetting, homeSetting));
      }
      learnAppositives(s, fs, learned);
      for (ActorMatcher.Found f : fs) {
        learned.register(f);
      }
      addLearnedNames(s, fs, learned);
      fs.sort(Comparator.comparingInt(ActorMatcher.Found::begin));
      addDefiniteGroupReferences(s, fs, organisations);
      fs.sort(Comparator.comparingInt(ActorMatcher.Found::begin));
      ActorMatcher.Found subject = subject(s, fs);
      addPronouns(s, fs, subject, previousSubject, previousSentence);
      fs.sort(Comparator.comparingInt(ActorMatcher.Found::begin));
      for (ActorMatcher.Found f : fs) {
        mentions.add(f.toMention(s.index()));
      }
      if (subject != null || !fs.isEmpty()) {
        previousSubject = subject(s, fs);
        previousSentence = List.copyOf(fs);
      } else {
        previousSubject = null;
        previousSentence = List.of();
      }
    }
    return new DocumentActors(mentions);
  }

  /** The day used for dated tenures: the document date, the middle of a partial month or year, or null. */
  static LocalDate referenceDate(PartialDate d) {
    if (d == null || d.year() == null) {
      return null;
    }
    if (d.month() == null) {
      return LocalDate.of(d.year(), 7, 1);
    }
    return LocalDate.of(d.year(), d.month(), d.day() == null ? 15 : d.day());
  }

  private static String focusCountry(List<List<ActorMatcher.Found>> found) {
    Map<String, Integer> counts = new HashMap<>();
    for (List<ActorMatcher.Found> fs : found) {
      for (ActorMatcher.Found f : fs) {
        String c = f.actor().country();
        if (c != null && f.actor().code() != null && !f.actor().code().startsWith("IGO")) {
          counts.merge(c, 1, Integer::sum);
        }
      }
    }
    return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(null);
  }

  /**
   * The country the document is set in: the country of the {@code dateline} capital (may be
   * {@code null}) when the story names that country at all; else the country most often named by
   * actors and places, when it leads every other country strictly; else {@code null}.
   */
  private static String settingCountry(List<List<ActorMatcher.Found>> found, List<String> places, String dateline) {
    Map<String, Integer> counts = count(places);
    for (List<ActorMatcher.Found> fs : found) {
      for (ActorMatcher.Found f : fs) {
        String c = f.actor().country();
        if (c != null && f.actor().code() != null && f.actor().code().startsWith(c)) {
          counts.merge(c, 1, Integer::sum); // not transnational groups (IMG…): their country is only where they began
        }
      }
    }
    if (dateline != null && counts.getOrDefault(dateline, 0) > 0) {
      return dateline;
    }
    return leader(counts);
  }

  /**
   * The country local groups (rebels, militias, civilians) act in: the strict leader among the places
   * ("in Baghdad") when there is one, else among places and non-military state actors ("the Sudanese
   * government ... Darfur rebels"). Armed forces and their weapons do not count: they often fight abroad
   * ("US troops", "Iranian missiles"); else {@code null}. When places tie, the country of the
   * {@code dateline} capital (may be {@code null}) decides if it is among the tied ("BAGHDAD, ...
   * militant groups operating in Syria and Iraq": Iraq); a dateline alone sets nothing, as reports are
   * often filed from elsewhere ("WASHINGTON, ... militias in Iraq").
   */
  private static String homeCountry(List<List<ActorMatcher.Found>> found, List<String> places, String dateline) {
    Map<String, Integer> counts = count(places);
    String byPlaces = leader(counts);
    if (byPlaces != null) {
      return byPlaces;
    }
    int top = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    if (dateline != null && top > 0 && counts.getOrDefault(dateline, 0) == top) {
      return dateline;
    }
    for (List<ActorMatcher.Found> fs : found) {
      for (ActorMatcher.Found f : fs) {
        ActorRef a = f.actor();
        if (a.country() != null && a.code() != null && a.code().startsWith(a.country()) && a.sector() != null
            && !FOREIGN_REACH_SECTORS.contains(a.sector())
            && a.affiliation() == null && !LOCAL_SECTORS.contains(String.valueOf(a.sector()))) {
          counts.merge(a.country(), 1, Integer::sum);
        }
      }
    }
    return leader(counts);
  }

  private static Map<String, Integer> count(List<String> countries) {
    Map<String, Integer> counts = new HashMap<>();
    countries.forEach(c -> counts.merge(c, 1, Integer::sum));
    return counts;
  }

  /** The key with the highest count when it leads every other key strictly; else {@code null}. */
  private static String leader(Map<String, Integer> counts) {
    String best = null;
    int top = 0;
    int second = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > top) {
        second = top;
        top = e.getValue();
        best = e.getKey();
      } else if (e.getValue() > second) {
        second = e.getValue();
      }
    }
    return top > second ? best : null;
  }

  /**
   * A state role, a titled newcomer or an unnamed local group without a country ("the government",
   * "President Yoweri Museveni", "rebels", "Iran-backed militias", "protesters") takes the document's
   * setting country at {@link #FOCUS_CONFIDENCE}: the gold sets code rebels, militias and opposition by
   * the country they operate in ("Darfur rebels" {@code SDNREB}, militias in Iraq {@code IRQ…}); a
   * backer stays in {@code affiliation}. Named transnational groups keep their own code (they are never
   * {@code ---}); NGOs, businesses and media keep {@code ---}, as they often work abroad. Local groups
   * take the {@code homeSetting}; armed forces, which often act abroad ("the Pentagon sent
   * paratroopers"), the {@code documentSetting}; other state roles the {@code datelinedSetting}, which
   * prefers the country of the dateline ("BAGHDAD, ... Government spokesman Basim al-Awadi": IRQGOV,
   * although the story names the US more often).
   */
  private static ActorMatcher.Found withSetting(ActorMatcher.Found f, String documentSetting, String datelinedSetting,
      String homeSetting) {
    ActorRef a = f.actor();
    String setting = a.sector() != null && LOCAL_SECTORS.contains(a.sector()) ? homeSetting
        : a.sector() != null && FOREIGN_REACH_SECTORS.contains(a.sector()) ? documentSetting : datelinedSetting;
    if (setting == null || a.code() == null || !a.code().startsWith("---") || a.country() != null
        || setting.equals(a.affiliation()) || a.sector() == null || LOCAL_LESS_SECTORS.contains(a.sector())
        || f.how().equals("generic") && !SETTING_GENERIC_SECTORS.contains(a.sector())) {
      return f;
    }
    String code = setting + a.code().substring(3);
    return f.withActor(new ActorRef(a.text(), a.name(), code, setting, a.sector(), a.affiliation()),
        Math.min(f.confidence(), FOCUS_CONFIDENCE) + 0.05, f.how());
  }

  /** Sectors of state actors that often act abroad: armed forces (and their guards) do not set a militia's country. */
  private static final Set<String> FOREIGN_REACH_SECTORS = Set.of("MIL");

  /** Sectors whose unnamed actors often work abroad and so never take the setting country. */
  private static final Set<String> LOCAL_LESS_SECTORS = Set.of("NGO", "BUS", "MED");
  /**
   * Sectors of people and groups who act where they are: they take the {@linkplain #homeCountry home
   * country} of the document ("militias … in Baghdad"), not the country its actors name most (often a
   * foreign power).
   */
  private static final Set<String> LOCAL_SECTORS = Set.of("CVL", "REF", "REB", "UAF", "OPP");
  /** Generic (unnamed) actors that take the setting country: civilians, refugees and local armed groups. */
  private static final Set<String> SETTING_GENERIC_SECTORS = Set.of("CVL", "REF", "REB", "UAF", "OPP");

  /** What the document has taught so far: names and office-holders. */
  private static final class Learned {
    final Map<String, ActorRef> names = new LinkedHashMap<>();
    final Map<String, ActorMatcher.Found> byTitle = new HashMap<>();
    final Map<String, ActorMatcher.Found> byCountryTitle = new HashMap<>();

    void register(ActorMatcher.Found f) {
      ActorRef a = f.actor();
      if (f.learnName() != null) {
        learnName(f.learnName(), a);
      }
      if (f.title() != null && f.personLike() && a.name() != null && (f.how().equals("name") || f.learnName() != null
          || f.how().equals("learned") || f.how().equals("role") && a.country() != null)) {
        byTitle.put(f.title(), f);
        if (a.country() != null) {
          byCountryTitle.put(a.country() + "|" + f.title(), f);
          if (ActorMatcher.isHeadTitle(f.title())) {
            byCountryTitle.put(a.country() + "|leader", f);
            byTitle.put("leader", f);
          }
        }
      }
    }

    void learnName(String name, ActorRef actor) {
      ActorRef named = new ActorRef(null, name, actor.code(), actor.country(), actor.sector(), actor.affiliation());
      List<String> words = List.of(name.trim().split("\\s+"));
      names.put(key(name), named);
      String last = words.get(words.size() - 1);
      names.putIfAbsent(key(last), named);
      String stripped = last.replaceFirst("(?i)^(al|el)-", "");
      if (!stripped.equals(last)) {
        names.putIfAbsent(key(stripped), named);
      }
    }

    static String key(String text) {
      return ActorText.key(text);
    }
  }

  private ActorMatcher.Found resolveTitle(AnnotatedSentence s, ActorMatcher.Found f, Learned learned, String focus,
      LocalDate date) {
    if (!f.personLike() || f.title() == null || f.learnName() != null || !f.how().equals("role")) {
      return f;
    }
    String headPos = f.head() >= 1 && f.head() <= s.size() ? s.token(f.head()).pos() : null;
    if (headPos != null && (headPos.equals("NNS") || headPos.equals("NNPS"))) {
      return f; // "the leaders", "ministers": several people, not the one office-holder
    }
    ActorRef a = f.actor();
    ActorMatcher.Found earlier = a.country() != null
        ? learned.byCountryTitle.get(a.country() + "|" + f.title())
        : learned.byTitle.get(f.title());
    if (earlier != null) {
      ActorRef e = earlier.actor();
      return f.withActor(new ActorRef(a.text(), e.name(), e.code(), e.country(), e.sector(), e.affiliation()),
          TITLE_CONFIDENCE, "learned");
    }
    if (a.country() == null && focus != null && date != null) {
      Optional<KbEntry> holder = kb.personHolding(focus, f.title(), date);
      if (holder.isPresent()) {
        String code = holder.get().tenureAt(date).code();
        return f.withActor(new ActorRef(a.text(), holder.get().name(), code, focus, ActorMatcher.sectorOf(code), null),
            FOCUS_CONFIDENCE, "learned");
      }
    }
    return f;
  }

  /** "Jane Doe, the US envoy," and "the US envoy, Jane Doe,": the name is learned as that actor. */
  private static void learnAppositives(AnnotatedSentence s, List<ActorMatcher.Found> fs, Learned learned) {
    boolean hasPos = s.tokens().stream().anyMatch(t -> t.pos() != null && !t.pos().isEmpty());
    List<ActorMatcher.Found> added = new ArrayList<>();
    for (ActorMatcher.Found f : fs) {
      if (!f.how().equals("role") || f.learnName() != null || f.actor().code() == null) {
        continue;
      }
      // name , [the] ROLE
      int comma = f.begin() - 1;
      while (comma >= 1 && Set.of("the", "a", "an").contains(s.token(comma).word().toLowerCase(Locale.ROOT))) {
        comma--;
      }
      boolean subjectOfNextVerb = f.end() <= s.size() && s.token(f.end()).pos() != null && s.token(f.end()).pos().startsWith("VB");
      if (comma >= 2 && s.token(comma).word().equals(",") && !subjectOfNextVerb) {
        // not "… a base in Erbil, the Iraqi military said": a role followed by its verb is a clause, no appositive
        int nameBegin = comma - 1;
        while (nameBegin > 1 && isNameToken(s.token(nameBegin - 1), hasPos)) {
          nameBegin--;
        }
        if (isNameToken(s.token(comma - 1), hasPos) && !covered(fs, comma - 1) && !covered(added, comma - 1)) {
          while (nameBegin < comma && !isNameToken(s.token(nameBegin), hasPos)) {
            nameBegin++;
          }
          if (appositive(s, nameBegin, comma, f.begin(), f.end())) {
            added.add(learnedFound(s, nameBegin, comma, f, learned));
          }
          continue;
        }
      }
      // ROLE , name ,
      if (f.end() + 1 <= s.size() && s.token(f.end()).word().equals(",")) {
        int nameEnd = ActorMatcher.nameRun(s, f.end() + 1, List.of(), hasPos);
        boolean closed = nameEnd > f.end() + 1 && (nameEnd > s.size() || Set.of(",", ".", ";").contains(s.token(nameEnd).word()));
        if (closed && !covered(fs, f.end() + 1) && appositive(s, f.end() + 1, nameEnd, f.begin(), f.end())) {
          added.add(learnedFound(s, f.end() + 1, nameEnd, f, learned));
        }
      }
    }
    fs.addAll(added);
  }

  /**
   * True when name [nb, ne) and role [rb, re) stand in apposition: an {@code appos} edge joins them in a
   * parsed sentence; without a parse, the name must not follow a preposition ("By early February,
   * officials said"). Months and weekdays are never names.
   */
  static boolean appositive(AnnotatedSentence s, int nb, int ne, int rb, int re) {
    for (int i = nb; i < ne; i++) {
      if (TEMPORAL.contains(s.token(i).word().toLowerCase(Locale.ROOT).replace(".", ""))) {
        return false;
      }
    }
    if (s.isParsed()) {
      for (DepEdge e : s.dependencies()) {
        if (!e.baseRelation().equals("appos")) {
          continue;
        }
        boolean govName = e.governor() >= nb && e.governor() < ne;
        boolean govRole = e.governor() >= rb && e.governor() < re;
        boolean depName = e.dependent() >= nb && e.dependent() < ne;
        boolean depRole = e.dependent() >= rb && e.dependent() < re;
        if (govName && depRole || govRole && depName) {
          return true;
        }
      }
      return false;
    }
    if (nb > 1) {
      Token before = s.token(nb - 1);
      return !"IN".equals(before.pos()) && !"TO".equals(before.pos());
    }
    return true;
  }

  private static ActorMatcher.Found learnedFound(AnnotatedSentence s, int begin, int end, ActorMatcher.Found role, Learned learned) {
    String name = s.span(begin, end);
    learned.learnName(name, role.actor());
    ActorRef r = role.actor();
    ActorRef ref = new ActorRef(name, name, r.code(), r.country(), r.sector(), r.affiliation());
    return new ActorMatcher.Found(begin, end, ActorMatcher.head(s, begin, end), ref, LEARNED_CONFIDENCE, "learned", true,
        role.title(), null);
  }

  private static boolean isNameToken(Token t, boolean hasPos) {
    String w = t.word();
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && w.chars().anyMatch(Character::isLowerCase)
        && (!hasPos || t.isProperNoun());
  }

  private static boolean covered(List<ActorMatcher.Found> fs, int token) {
    for (ActorMatcher.Found f : fs) {
      if (token >= f.begin() && token < f.end()) {
        return true;
      }
    }
    return false;
  }

  /** Later mentions of learned names: "Romanowski", "Ms. Romanowski", "Alina Romanowski". */
  private static void addLearnedNames(AnnotatedSentence s, List<ActorMatcher.Found> fs, Learned learned) {
    if (learned.names.isEmpty()) {
      return;
    }
    boolean hasPos = s.tokens().stream().anyMatch(t -> t.pos() != null && !t.pos().isEmpty());
    int i = 1;
    while (i <= s.size()) {
      if (covered(fs, i) || !isNameToken(s.token(i), hasPos) && !s.token(i).word().toLowerCase(Locale.ROOT).startsWith("al-")) {
        i++;
        continue;
      }
      int best = -1;
      ActorRef bestRef = null;
      for (int j = Math.min(s.size(), i + 4); j >= i; j--) {
        if (covered(fs, j)) {
          continue;
        }
        ActorRef r = learned.names.get(Learned.key(s.span(i, j + 1)));
        if (r != null) {
          best = j + 1;
          bestRef = r;
          break;
        }
      }
      if (bestRef == null) {
        i++;
        continue;
      }
      int begin = i;
      if (begin > 1 && HONORIFICS.contains(s.token(begin - 1).word().toLowerCase(Locale.ROOT).replace(".", ""))
          && !covered(fs, begin - 1)) {
        begin--;
      }
      ActorRef ref = new ActorRef(s.span(begin, best), bestRef.name(), bestRef.code(), bestRef.country(), bestRef.sector(),
          bestRef.affiliation());
      fs.add(new ActorMatcher.Found(begin, best, ActorMatcher.head(s, begin, best), ref, LEARNED_CONFIDENCE, "learned", true,
          null, null));
      i = best;
    }
  }

  /** Head nouns that refer back to a named armed group or party ("the group", "the militia"). */
  private static final Set<String> GROUP_NOUNS = Set.of("group", "militia", "faction", "movement");
  /** Head nouns that refer back to a named organisation whose name contains them ("the coalition", "the alliance"). */
  private static final Set<String> ORGANISATION_NOUNS = Set.of("coalition", "alliance", "organisation", "organization", "bloc", "council");
  /** How many sentences back ("the group" in this sentence or the two before) a definite reference may reach. */
  private static final int DEFINITE_REFERENCE_REACH = 3;

  /**
   * "Kataib Hezbollah said ... The group vowed": "the group", "the militia", "the faction", "the movement"
   * refer to the last named non-state group of this or the two previous sentences; "the coalition",
   * "the alliance", "the council" to the last named organisation whose name contains that word. Only a
   * singular head noun after "the" (not "the coalition mission"), and only over a generic or role
   * mention without a country. {@code organisations} holds the named groups of earlier sentences and is
   * updated with this sentence's.
   */
  private static void addDefiniteGroupReferences(AnnotatedSentence s, List<ActorMatcher.Found> fs,
      List<List<ActorMatcher.Found>> organisations) {
    List<ActorMatcher.Found> named = new ArrayList<>();
    for (ActorMatcher.Found f : fs) {
      if (isNamedOrganisation(f)) {
        named.add(f);
      }
    }
    for (int i = 2; i <= s.size(); i++) {
      Token t = s.token(i);
      String w = t.word().toLowerCase(Locale.ROOT);
      boolean group = GROUP_NOUNS.contains(w);
      if (!(group || ORGANISATION_NOUNS.contains(w)) || !s.token(i - 1).word().equalsIgnoreCase("the")
          || !"NN".equals(t.pos()) || i < s.size() && s.token(i + 1).pos() != null && s.token(i + 1).pos().startsWith("NN")) {
        continue;
      }
      ActorMatcher.Found covering = null;
      for (ActorMatcher.Found f : fs) {
        if (i >= f.begin() && i < f.end()) {
          covering = f;
        }
      }
      if (covering != null && !(covering.actor().code() != null && covering.actor().code().startsWith("---"))) {
        continue;
      }
      ActorMatcher.Found antecedent = null;
      for (ActorMatcher.Found f : named) {
        if (f.end() <= i - 1 && fits(f, w, group)) {
          antecedent = f; // the last one before the noun
        }
      }
      for (int back = organisations.size() - 1; antecedent == null && back >= Math.max(0,
          organisations.size() - (DEFINITE_REFERENCE_REACH - 1)); back--) {
        List<ActorMatcher.Found> earlier = organisations.get(back);
        for (int j = earlier.size() - 1; j >= 0 && antecedent == null; j--) {
          if (fits(earlier.get(j), w, group)) {
            antecedent = earlier.get(j);
          }
        }
      }
      if (antecedent == null) {
        continue;
      }
      if (covering != null) {
        fs.remove(covering);
      }
      ActorRef a = antecedent.actor();
      int begin = i - 1;
      ActorRef ref = new ActorRef(s.span(begin, i + 1), a.name(), a.code(), a.country(), a.sector(), a.affiliation());
      fs.add(new ActorMatcher.Found(begin, i + 1, i, ref, Math.min(TITLE_CONFIDENCE, antecedent.confidence()), "learned",
          false, null, null));
    }
    organisations.add(named);
  }

  /** A mention that names a non-state group (a group block after the sector, or {@code IMG}) or an IGO. */
  private static boolean isNamedOrganisation(ActorMatcher.Found f) {
    String code = f.actor().code();
    if (code == null || code.startsWith("---") || !(f.how().equals("name") || f.how().equals("role"))) {
      return false;
    }
    return code.startsWith("IGO") || code.startsWith("IMG") || code.length() >= 9;
  }

  private static boolean fits(ActorMatcher.Found f, String noun, boolean groupNoun) {
    String code = f.actor().code();
    if (groupNoun) {
      return !code.startsWith("IGO") && !"MIL".equals(f.actor().sector()) && !"GOV".equals(f.actor().sector());
    }
    String name = f.actor().name();
    return name != null && name.toLowerCase(Locale.ROOT).contains(noun);
  }

  /** The subject actor: the mention covering the nsubj of the root when parsed, else the first mention. */
  private static ActorMatcher.Found subject(AnnotatedSentence s, List<ActorMatcher.Found> fs) {
    if (fs.isEmpty()) {
      return null;
    }
    if (s.isParsed()) {
      int root = -1;
      for (DepEdge e : s.dependencies()) {
        if (e.governor() == 0) {
          root = e.dependent();
          break;
        }
      }
      for (DepEdge e : s.dependencies()) {
        if (e.governor() == root && e.baseRelation().equals("nsubj")) {
          for (ActorMatcher.Found f : fs) {
            if (e.dependent() >= f.begin() && e.dependent() < f.end()) {
              return f;
            }
          }
        }
      }
    }
    return fs.get(0);
  }

  private static void addPronouns(AnnotatedSentence s, List<ActorMatcher.Found> fs, ActorMatcher.Found subject,
      ActorMatcher.Found previousSubject, List<ActorMatcher.Found> previousSentence) {
    List<ActorMatcher.Found> added = new ArrayList<>();
    for (Token t : s.tokens()) {
      String w = t.word().toLowerCase(Locale.ROOT);
      boolean person = PERSON_PRONOUNS.contains(w);
      boolean thing = THING_PRONOUNS.contains(w);
      boolean plural = PLURAL_PRONOUNS.contains(w);
      if (!(person || thing || plural) || covered(fs, t.index())) {
        continue;
      }
      ActorMatcher.Found antecedent = null;
      if (subject != null && subject.end() <= t.index() && agrees(subject, person)) {
        antecedent = subject;
      }
      if (antecedent == null && previousSubject != null && agrees(previousSubject, person)) {
        antecedent = previousSubject;
      }
      if (antecedent == null) {
        for (ActorMatcher.Found f : previousSentence) {
          if (agrees(f, person) && !f.how().equals("generic")) {
            antecedent = f;
            break;
          }
        }
      }
      if (antecedent == null) {
        continue;
      }
      ActorRef a = antecedent.actor();
      ActorRef ref = new ActorRef(t.word(), a.name(), a.code(), a.country(), a.sector(), a.affiliation());
      added.add(new ActorMatcher.Found(t.index(), t.index() + 1, t.index(), ref,
          Math.min(PRONOUN_CONFIDENCE, antecedent.confidence()), "pronoun", antecedent.personLike(), antecedent.title(), null));
    }
    fs.addAll(added);
  }

  private static boolean agrees(ActorMatcher.Found f, boolean personPronoun) {
    return f.personLike() == personPronoun;
  }
}
