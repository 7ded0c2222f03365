package org.pharos.coder.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.pharos.model.ActorRef;
import org.pharos.model.text.AnnotatedSentence;
import org.pharos.model.text.DepEdge;
import org.pharos.model.text.Token;

/**
 * Sentence-level actor matching: one pass over the tokens with the knowledge-base trie (longest
 * match, case rules for acronyms), then composition of adjacent matches: country + role ("Iraqi
 * parliament" → IRQLEG), role + "of" + country, backer + "-backed" + role, title + person, named
 * groups and IGOs, generics. Immutable and thread-safe.
 */
final class ActorMatcher {
  private static final Set<String> AFFILIATION_WORDS =
      Set.of("backed", "aligned", "allied", "sponsored", "supported", "funded", "linked", "affiliated", "led", "armed", "trained");
  private static final Set<String> LOCATIVE =
      Set.of("in", "at", "near", "inside", "outside", "around", "across", "throughout", "into", "within", "toward", "towards", "via", "over");
  /**
   * Prepositions after which a country name is a place ("in Iraq", "across Syria"). Narrower than
   * {@link #LOCATIVE}: after "at", "into" or "toward" a country is usually a target ("fired at Russia").
   */
  private static final Set<String> COUNTRY_LOCATIVE =
      Set.of("in", "near", "inside", "outside", "around", "across", "throughout", "within", "via", "over");
  /** Prepositions that place a role in a country: "security forces in Guinea", "students throughout Indonesia". */
  private static final Set<String> IN_COUNTRY = Set.of("in", "inside", "throughout", "across", "within");
  private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "northern", "southern", "eastern",
      "western", "central", "northeastern", "northwestern", "southeastern", "southwestern", "northeast", "northwest",
      "southeast", "southwest");
  private static final Set<String> OCCUPIER_PARTICIPLES = Set.of("occupied", "held", "controlled", "annexed", "administered");
  private static final Set<String> HONORIFICS = Set.of("mr", "ms", "mrs", "dr", "gen", "lt", "col", "maj", "capt", "adm", "sheikh",
      "sir", "prof", "sen", "rep", "brig", "general", "ayatollah", "sayyed", "sayyid", "haji");
  private static final Set<String> NAME_PARTICLES = Set.of("al", "el", "bin", "ibn", "abu", "abd", "abdul", "abdel", "de", "van", "von", "der", "le", "la", "du", "bint", "ould");
  private static final Set<String> HEAD_TITLES =
      Set.of("president", "prime minister", "king", "queen", "emir", "sultan", "supreme leader", "leader", "chancellor", "crown prince");

  /** A mention found in one sentence, with what the resolver needs for learning. */
  record Found(
      int begin,
      int end,
      int head,
      ActorRef actor,
      double confidence,
      String how,
      boolean personLike,
      String title,
      String learnName) {
    ActorMention toMention(int sentenceIndex) {
      return new ActorMention(sentenceIndex, begin, end, head, actor, confidence, how);
    }

    Found withActor(ActorRef a, double conf, String howFound) {
      return new Found(begin, end, head, a, conf, howFound, personLike, title, learnName);
    }
  }

  /** A trie match over a token span [begin, end) (1-based). */
  private record Atom(int begin, int end, List<PhraseTrie.Alias> aliases, boolean affiliation, boolean led) {
    KbEntry first(EntryKind... kinds) {
      for (PhraseTrie.Alias a : aliases) {
        for (EntryKind k : kinds) {
          if (a.entry().kind() == k) {
            return a.entry();
          }
        }
      }
      return null;
    }

    boolean has(EntryKind... kinds) {
      return first(kinds) != null;
    }
  }

  private final ActorKnowledgeBase kb;

  ActorMatcher(ActorKnowledgeBase kb) {
    this.kb = kb;
  }

  // ---------------------------------------------------------------- pieces

  /** The pieces of a sentence, each with the token span it came from. */
  static final class Pieces {
    final List<String> keys = new ArrayList<>();
    final List<String> originals = new ArrayList<>();
    final List<Integer> startToken = new ArrayList<>();
    final List<Integer> endToken = new ArrayList<>();
    final List<Boolean> firstOfToken = new ArrayList<>();
    final List<Boolean> lastOfToken = new ArrayList<>();

    int size() {
      return keys.size();
    }

    static Pieces of(List<Token> tokens) {
      Pieces p = new Pieces();
      Token prev = null;
      for (Token t : tokens) {
        String w = t.word();
        List<ActorText.Piece> ps = ActorText.pieces(w);
        boolean glued = prev != null && t.begin() == prev.end() && (w.startsWith("'") || w.startsWith("’"))
            && !ActorText.isClitic(w) && p.size() > 0 && p.endToken.get(p.size() - 1) == prev.index();
        boolean gluedPossessive = prev != null && t.begin() == prev.end() && ActorText.isPossessive(w) && w.length() == 2
            && p.size() > 0 && p.endToken.get(p.size() - 1) == prev.index();
        if (gluedPossessive) {
          // "People" "'s": the knowledge base writes "People's", whose pieces drop the "'s"
          prev = t;
          continue;
        }
        if (glued && !ps.isEmpty()) {
          int last = p.size() - 1;
          p.keys.set(last, p.keys.get(last) + ps.get(0).key());
          p.originals.set(last, p.originals.get(last) + ps.get(0).original());
          p.endToken.set(last, t.index());
          for (int i = 1; i < ps.size(); i++) {
            p.add(ps.get(i), t.index(), false, i == ps.size() - 1);
          }
        } else {
          for (int i = 0; i < ps.size(); i++) {
            p.add(ps.get(i), t.index(), i == 0, i == ps.size() - 1);
          }
        }
        prev = t;
      }
      return p;
    }

    private void add(ActorText.Piece piece, int token, boolean first, boolean last) {
      keys.add(piece.key());
      originals.add(piece.original());
      startToken.add(token);
      endToken.add(token);
      firstOfToken.add(first);
      lastOfToken.add(last);
    }
  }

  // ---------------------------------------------------------------- atoms

  private List<Atom> atoms(AnnotatedSentence s) {
    Pieces p = Pieces.of(s.tokens());
    List<Atom> out = new ArrayList<>();
    boolean hasPos = s.tokens().stream().anyMatch(t -> t.pos() != null && !t.pos().isEmpty());
    int i = 0;
    while (i < p.size()) {
      if (!p.firstOfToken.get(i)) {
        i++;
        continue;
      }
      Atom pro = proBacker(s, p, i);
      if (pro != null) {
        out.add(pro);
        while (i < p.size() && p.startToken.get(i) < pro.end()) {
          i++;
        }
        continue;
      }
      PhraseTrie.Node n = kb.trie().root();
      Atom best = null;
      int bestEndPiece = -1;
      for (int q = i; q < p.size(); q++) {
        n = n.child(p.keys.get(q));
        if (n == null) {
          break;
        }
        if (n.aliases().isEmpty()) {
          continue;
        }
        List<String> originals = p.originals.subList(i, q + 1);
        int beginTok = p.startToken.get(i);
        int endTok = p.endToken.get(q) + 1;
        List<PhraseTrie.Alias> ok = new ArrayList<>();
        for (PhraseTrie.Alias a : n.aliases()) {
          if (!a.acceptsCase(originals)) {
            continue;
          }
          EntryKind k = a.entry().kind();
          if ((k == EntryKind.ROLE || k == EntryKind.GENERIC) && hasPos && !s.token(endTok - 1).isNoun()) {
            continue;
          }
          ok.add(a);
        }
        if (ok.isEmpty()) {
          continue;
        }
        if (p.lastOfToken.get(q)) {
          best = new Atom(beginTok, endTok, ok, false, false);
          bestEndPiece = q;
        } else if (q + 1 < p.size() && p.lastOfToken.get(q + 1) && AFFILIATION_WORDS.contains(p.keys.get(q + 1))
            && ok.stream().anyMatch(a -> a.entry().kind() == EntryKind.COUNTRY)) {
          best = new Atom(beginTok, p.endToken.get(q + 1) + 1, ok, true, p.keys.get(q + 1).equals("led"));
          bestEndPiece = q + 1;
        }
      }
      if (best != null) {
        // "Iran" "-" "backed" or "Iran" "backed" as separate tokens
        if (!best.affiliation() && best.has(EntryKind.COUNTRY) && bestEndPiece + 1 < p.size()
            && AFFILIATION_WORDS.contains(p.keys.get(bestEndPiece + 1)) && p.lastOfToken.get(bestEndPiece + 1)
            && p.startToken.get(bestEndPiece + 1) <= best.end() + 1
            && (p.startToken.get(bestEndPiece + 1) == best.end() && unhyphenatedBacker(s, best, p.keys.get(bestEndPiece + 1))
                || p.startToken.get(bestEndPiece + 1) == best.end() + 1 && s.token(best.end()).word().matches("[-‐‑–]"))) {
          best = new Atom(best.begin(), p.endToken.get(bestEndPiece + 1) + 1, best.aliases(), true,
              p.keys.get(bestEndPiece + 1).equals("led"));
          bestEndPiece++;
        }
        out.add(best);
        i = bestEndPiece + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  /**
   * "pro-Russia rebels", "pro-Iranian militias": a country after "pro-" in the same word is a backer,
   * kept as affiliation like "Russia-backed"; {@code null} when piece {@code i} does not start such a word.
   */
  private Atom proBacker(AnnotatedSentence s, Pieces p, int i) {
    if (!p.keys.get(i).equals("pro") || i + 1 >= p.size() || p.firstOfToken.get(i + 1)) {
      return null;
    }
    PhraseTrie.Node n = kb.trie().root();
    Atom best = null;
    for (int q = i + 1; q < p.size() && !(q > i + 1 && p.firstOfToken.get(q)); q++) {
      n = n.child(p.keys.get(q));
      if (n == null) {
        break;
      }
      if (!p.lastOfToken.get(q)) {
        continue;
      }
      List<PhraseTrie.Alias> ok = new ArrayList<>();
      for (PhraseTrie.Alias a : n.aliases()) {
        if (a.entry().kind() == EntryKind.COUNTRY && a.acceptsCase(p.originals.subList(i + 1, q + 1))) {
          ok.add(a);
        }
      }
      if (!ok.isEmpty()) {
        best = new Atom(p.startToken.get(i), p.endToken.get(q) + 1, ok, true, false);
      }
    }
    return best;
  }

  /**
   * True when {@code a} is a country's adjective written right before a role word ("American aid groups",
   * "Iraqi ministries").
   */
  private static boolean countryAdjectiveBeforeRole(AnnotatedSentence s, List<Atom> atoms, Atom a) {
    int k = atoms.indexOf(a);
    if (!a.has(EntryKind.COUNTRY) || a.affiliation() || ethnic(s, a.begin())
        || a.has(EntryKind.PERSON, EntryKind.GROUP, EntryKind.IGO, EntryKind.INSTITUTION) || k + 1 >= atoms.size()) {
      return false;
    }
    Atom next = atoms.get(k + 1);
    return next.begin() == a.end() && next.has(EntryKind.ROLE)
        && !next.has(EntryKind.COUNTRY, EntryKind.PERSON, EntryKind.GROUP, EntryKind.IGO, EntryKind.INSTITUTION);
  }

  /**
   * True when atom {@code k} is a capital (and nothing else a name could be) written right before a role
   * word: "the Tehran government", "Kabul residents", "Baghdad University". A capital standing alone is
   * left to the other rules (a metonym for its government, or a place after a preposition).
   */
  private boolean capitalBeforeRole(List<Atom> atoms, int k) {
    Atom a = atoms.get(k);
    KbEntry cap = a.first(EntryKind.CAPITAL);
    if (cap == null || cap.country() == null || kb.country(cap.country()).isEmpty() || a.affiliation()
        || a.has(EntryKind.COUNTRY, EntryKind.DEMONYM, EntryKind.PERSON, EntryKind.GROUP, EntryKind.IGO, EntryKind.INSTITUTION)
        || k + 1 >= atoms.size()) {
      return false;
    }
    Atom next = atoms.get(k + 1);
    return next.begin() == a.end() && next.has(EntryKind.ROLE)
        && !next.has(EntryKind.COUNTRY, EntryKind.PERSON, EntryKind.GROUP, EntryKind.IGO, EntryKind.INSTITUTION)
        && !next.first(EntryKind.ROLE).instrument();
  }

  /**
   * The country atom in "DEMONYM of/in [the] [one or two adjectives] COUNTRY" ("Albanians of southern
   * Serbia", "Kurds in northern Iraq"), when it is another state than the demonym's; else {@code null}.
   */
  private static Atom homeOfPeople(AnnotatedSentence s, List<Atom> atoms, Atom people) {
    Atom c = livingIn(s, atoms, people);
    KbEntry people0 = people.first(EntryKind.DEMONYM);
    return c == null || people0 == null || c.first(EntryKind.COUNTRY).code().equals(people0.country()) ? null : c;
  }

  /**
   * The country atom in "PEOPLE of/in [the] [modifiers] COUNTRY": up to two adjectives or compass words
   * ("in south Serbia") and an occupier's adjective ("of the Israeli-occupied West Bank": the people live
   * in the West Bank, not in Israel) may stand before it; else {@code null}.
   */
  private static Atom livingIn(AnnotatedSentence s, List<Atom> atoms, Atom people) {
    int i = people.end();
    if (i > s.size() || !(lower(s.token(i)).equals("of") || lower(s.token(i)).equals("in"))) {
      return null;
    }
    i++;
    if (i <= s.size() && lower(s.token(i)).equals("the")) {
      i++;
    }
    for (int modifiers = 0; modifiers < 3 && i <= s.size(); modifiers++) {
      if (i + 2 <= s.size() && atomAt(atoms, i) != null && atomAt(atoms, i).end() == i + 1
          && lower(s.token(i + 1)).equals("-") && OCCUPIER_PARTICIPLES.contains(lower(s.token(i + 2)))) {
        i += 3; // "Israeli-occupied", "Russian-held": who holds the land, not where it lies
      } else if (atomAt(atoms, i) == null && (COMPASS.contains(s.token(i).word())
          || s.token(i).pos() != null && s.token(i).pos().startsWith("JJ"))) {
        i++;
      } else {
        break;
      }
    }
    Atom c = atomAt(atoms, i);
    if (c == null || c.affiliation() || !c.has(EntryKind.COUNTRY)
        || c.has(EntryKind.PERSON, EntryKind.GROUP, EntryKind.IGO, EntryKind.INSTITUTION)) {
      return null;
    }
    return c;
  }

  /**
   * True when a country written apart from the next word still names a backer: "Iran backed militias"
   * (a noun name), but not "Iraqi armed forces" (an adjective qualifying the forces) nor "Iran armed
   * the militias" ("armed" is too often the adjective or the verb without a hyphen).
   */
  private static boolean unhyphenatedBacker(AnnotatedSentence s, Atom country, String word) {
    if (word.equals("armed") || word.equals("trained")) {
      return false;
    }
    Token last = s.token(country.end() - 1);
    return last.pos() == null || last.pos().isEmpty() || !last.pos().startsWith("JJ");
  }

  // ---------------------------------------------------------------- composition

  /**
   * Countries named as places in the sentence: a country after "in", "across"… or a capital after any
   * locative preposition ("in Algiers"). They are no actors, but they say where the story happens.
   */
  List<String> placeCountries(AnnotatedSentence s) {
    List<String> out = new ArrayList<>();
    List<Atom> atoms = atoms(s);
    for (Atom a : atoms) {
      if (a.affiliation() || a.has(EntryKind.PERSON, EntryKind.GROUP, EntryKind.IGO, EntryKind.INSTITUTION)) {
        continue;
      }
      KbEntry c = a.first(EntryKind.COUNTRY);
      KbEntry cap = a.first(EntryKind.CAPITAL);
      if (modifiesNoun(s, a.end())) {
        continue; // "killed in US air strikes": the country qualifies the strikes, it is not where they were
      }
      if (c != null && countryAsPlace(s, atoms, a.begin()) && !ethnic(s, a.begin())) {
        out.add(c.code());
      } else if (c == null && cap != null && afterLocative(s, a.begin(), LOCATIVE)) {
        out.add(cap.country());
      }
    }
    return out;
  }

  /**
   * The country of the capital in the wire dateline that opens {@code s} ("BAGHDAD, Jan. 3 (Tigris Wire)
   * —" gives IRQ), or {@code null} when the sentence opens with no dateline of a known capital.
   */
  String datelineCountry(AnnotatedSentence s) {
    List<Atom> atoms = atoms(s);
    if (atoms.isEmpty() || !dateline(s, atoms.get(0))) {
      return null;
    }
    KbEntry cap = atoms.get(0).first(EntryKind.CAPITAL);
    return cap == null ? null : cap.country();
  }

  /** All actor mentions of one sentence, resolved against {@code date} (may be {@code null}). */
  List<Found> match(AnnotatedSentence s, LocalDate date) {
    List<Atom> atoms = atoms(s);
    List<Found> out = new ArrayList<>();
    boolean hasPos = s.tokens().stream().anyMatch(t -> t.pos() != null && !t.pos().isEmpty());
    int k = 0;
    while (k < atoms.size()) {
      int start = k;
      String country = null;
      KbEntry countryEntry = null;
      String affiliation = null;
      KbEntry leader = null;
      KbEntry org = null;
      List<Atom> roles = new ArrayList<>();
      KbEntry person = null;
      Atom ethnicPeople = null;
      int begin = atoms.get(k).begin();
      int end = begin;
      // 1. backers and country
      while (k < atoms.size() && (k == start || fillerGap(s, end, atoms.get(k).begin(), hasPos))) {
        Atom a = atoms.get(k);
        if (a.affiliation()) {
          affiliation = a.first(EntryKind.COUNTRY).code();
          leader = a.led() ? a.first(EntryKind.COUNTRY) : null;
        } else if (countryEntry == null && a.has(EntryKind.COUNTRY) && !a.has(EntryKind.PERSON, EntryKind.GROUP,
            EntryKind.IGO, EntryKind.INSTITUTION) && !ethnic(s, a.begin())) {
          countryEntry = a.first(EntryKind.COUNTRY);
          country = countryEntry.code();
        } else if (countryEntry == null && capitalBeforeRole(atoms, k)) {
          // "the Tehran government", "Kabul residents", "Baghdad University": a capital naming whose body or people
          countryEntry = kb.country(a.first(EntryKind.CAPITAL).country()).orElseThrow();
          country = countryEntry.code();
        } else if (countryEntry != null && a.has(EntryKind.DEMONYM) && !a.has(EntryKind.COUNTRY, EntryKind.PERSON,
            EntryKind.GROUP, EntryKind.IGO, EntryKind.INSTITUTION, EntryKind.ROLE, EntryKind.GENERIC)) {
          // "Bosnian Serbs", "Iraqi Kurds": a people inside the state the adjective names
        } else if (a.has(EntryKind.COUNTRY, EntryKind.DEMONYM) && ethnic(s, a.begin()) && !a.has(EntryKind.PERSON,
            EntryKind.GROUP, EntryKind.IGO, EntryKind.INSTITUTION, EntryKind.ROLE, EntryKind.GENERIC)) {
          // "ethnic Albanians", "ethnic Albanian guerrillas": an ethnicity, not the state
          ethnicPeople = a;
        } else {
          break;
        }
        end = a.end();
        k++;
      }
      boolean leading = k > start;
      // 2. a named organisation or person
      if (k < atoms.size() && (!leading || fillerGap(s, end, atoms.get(k).begin(), hasPos))) {
        Atom a = atoms.get(k);
        KbEntry named = a.first(EntryKind.PERSON, EntryKind.GROUP, EntryKind.IGO, EntryKind.INSTITUTION);
        if (named != null && named.kind() == EntryKind.PERSON) {
          person = named;
          end = a.end();
          k++;
        } else if (named != null) {
          org = named;
          end = a.end();
          k++;
        }
      }
      // a person's name before a body role: "the Bush administration", "the Putin government"
      if (person != null && k < atoms.size() && atoms.get(k).begin() == end && atoms.get(k).has(EntryKind.ROLE)
          && !atoms.get(k).has(EntryKind.COUNTRY, EntryKind.PERSON, EntryKind.GROUP, EntryKind.IGO, EntryKind.INSTITUTION)
          && !atoms.get(k).first(EntryKind.ROLE).personLike() && !atoms.get(k).first(EntryKind.ROLE).instrument()) {
        Atom body = atoms.get(k);
        KbEntry role = body.first(EntryKind.ROLE);
        KbEntry c = kb.country(person.country()).orElse(null);
        if (c != null) {
          k++;
          ActorRef ref = new ActorRef(s.span(begin, body.end()), c.name(), c.code() + role.sector(), c.code(), role.sector(),
              null);
          out.add(new Found(begin, body.end(), head(s, begin, body.end()), ref, 0.9, "role", false, null, null));
          continue;
        }
      }
      // 3. role words
      if (person == null) {
        while (k < atoms.size() && (k == start || (roles.isEmpty() ? fillerGap(s, end, atoms.get(k).begin(), hasPos)
            : atoms.get(k).begin() == end)) && atoms.get(k).has(EntryKind.ROLE, EntryKind.GENERIC)
            && !atoms.get(k).has(EntryKind.COUNTRY, EntryKind.PERSON, EntryKind.GROUP, EntryKind.IGO,
                EntryKind.INSTITUTION)) {
          roles.add(atoms.get(k));
          end = atoms.get(k).end();
          k++;
        }
      }
      // a lone capital or country followed by nothing it composes with
      if (k == start) {
        Atom a = atoms.get(k);
        KbEntry cap = a.first(EntryKind.CAPITAL, EntryKind.DEMONYM);
        k++;
        Atom home = cap != null && cap.kind() == EntryKind.DEMONYM ? homeOfPeople(s, atoms, a) : null;
        if (home != null) {
          // "the Albanians of southern Serbia": a people living in another state are that state's civilians
          KbEntry c = home.first(EntryKind.COUNTRY);
          ActorRef ref = new ActorRef(s.span(a.begin(), home.end()), c.name(), c.code() + "CVL", c.code(), "CVL", null);
          out.add(new Found(a.begin(), home.end(), head(s, a.begin(), home.end()), ref, 0.8, "role", false, null, null));
          k = atoms.indexOf(home) + 1;
          continue;
        }
        if (cap != null && !(cap.kind() == EntryKind.CAPITAL
            && (afterLocative(s, a.begin(), LOCATIVE) || dateline(s, a)))) {
          ActorRef ref = new ActorRef(s.span(a.begin(), a.end()), cap.name(), cap.code(), cap.country(), cap.sector(), null);
          out.add(new Found(a.begin(), a.end(), head(s, a.begin(), a.end()), ref, cap.confidence(), "name", false, null, null));
        }
        continue;
      }
      String title = null;
      boolean personLikeRole = false;
      KbEntry roleEntry = null;
      KbEntry genericEntry = null;
      if (!roles.isEmpty()) {
        Atom last = roles.get(roles.size() - 1);
        roleEntry = last.first(EntryKind.ROLE);
        genericEntry = last.first(EntryKind.GENERIC);
        boolean borrowedSector = false;
        if (roleEntry != null && roleEntry.yields() && roles.size() > 1 && roles.get(roles.size() - 2).has(EntryKind.ROLE)) {
          KbEntry stronger = roles.get(roles.size() - 2).first(EntryKind.ROLE);
          borrowedSector = !stronger.sector().equals(roleEntry.sector());
          roleEntry = new KbEntry(EntryKind.ROLE, stronger.name(), stronger.code(), null, stronger.sector(), null,
              borrowedSector ? null : roleEntry.title(), roleEntry.personLike(), false, stronger.confidence(), null,
              stronger.source(), stronger.line());
        }
        for (Atom r : roles) {
          KbEntry re = r.first(EntryKind.ROLE);
          if (re != null && re.title() != null) {
            title = re.title();
          }
        }
        if (borrowedSector) {
          // "business leaders", "opposition leader", "defence ministry spokesman": not the state's office of that name
          title = roles.get(roles.size() - 2).first(EntryKind.ROLE).title();
        }
        personLikeRole = roleEntry != null && roleEntry.personLike();
        if (leader != null && countryEntry == null && roleEntry != null && roleEntry.sector().equals("MIL")) {
          countryEntry = leader; // "US-led forces" are the leader's forces
          country = leader.code();
        }
      }
      // 4. complements: "of Iraq", "of the PMF", "to Iraq", "in Iraq"
      if (!roles.isEmpty() && person == null) {
        int next = end;
        String w = next <= s.size() ? lower(s.token(next)) : "";
        int after = next + 1;
        if (after <= s.size() && lower(s.token(after)).equals("the")) {
          after++;
        }
        if (w.equals("from") && after < s.size() && "CD".equals(s.token(after).pos())) {
          after++; // "doctors from two American aid groups"
        }
        Atom target = atomAt(atoms, after);
        if (target != null && target.affiliation()) {
          target = null; // "supporters of Iran-aligned parties": the backer belongs to the parties
        }
        if (target != null && (w.equals("of") || w.equals("for"))) {
          KbEntry c = target.first(EntryKind.COUNTRY);
          KbEntry o = target.first(EntryKind.GROUP, EntryKind.IGO, EntryKind.INSTITUTION);
          if (o != null && org == null) {
            org = o;
            end = target.end();
            k = atoms.indexOf(target) + 1;
          } else if (c != null && country == null) {
            countryEntry = c;
            country = c.code();
            end = target.end();
            k = atoms.indexOf(target) + 1;
          }
        } else if (target != null && w.equals("from") && country == null && org == null && target.has(EntryKind.COUNTRY)
            && !target.has(EntryKind.PERSON, EntryKind.GROUP, EntryKind.IGO, EntryKind.INSTITUTION)
            && fromGivesOrigin(roleEntry, genericEntry) && attachedToNoun(s, begin, end, target)) {
          // "dissidents from Egypt", "refugees from Syria", "a delegation from Iran": where the people come from
          countryEntry = target.first(EntryKind.COUNTRY);
          country = countryEntry.code();
          end = target.end();
          k = atoms.indexOf(target) + 1;
        } else if (target != null && w.equals("from") && country == null && org == null
            && countryAdjectiveBeforeRole(s, atoms, target) && fromGivesOrigin(roleEntry, genericEntry)
            && attachedToNoun(s, begin, end, atoms.get(atoms.indexOf(target) + 1))) {
          // "doctors from two American aid groups", "officials from Iraqi ministries": the body they come from
          Atom body = atoms.get(atoms.indexOf(target) + 1);
          countryEntry = target.first(EntryKind.COUNTRY);
          country = countryEntry.code();
          end = body.end();
          k = atoms.indexOf(body) + 1;
        } else if (target != null && w.equals("to") && "ambassador".equals(title) && target.has(EntryKind.COUNTRY)) {
          end = target.end();
          k = atoms.indexOf(target) + 1;
        } else if (target != null && IN_COUNTRY.contains(w) && country == null && org == null && target.has(EntryKind.COUNTRY)
            && !ethnic(s, target.begin()) && placesInCountry(roleEntry, genericEntry, title)) {
          countryEntry = target.first(EntryKind.COUNTRY);
          country = countryEntry.code();
          end = target.end();
          k = atoms.indexOf(target) + 1;
        }
      }
      // 5. a person after a title: a known one, or an unknown capitalized name to learn
      String learnName = null;
      if (person == null && (personLikeRole || org != null && !roles.isEmpty() && personLikeRole)) {
        Atom a = atomAt(atoms, end);
        if (a != null && a.has(EntryKind.PERSON)) {
          person = a.first(EntryKind.PERSON);
          end = a.end();
          k = atoms.indexOf(a) + 1;
        } else {
          int nameEnd = nameRun(s, end, atoms, hasPos);
          if (nameEnd > end) {
            learnName = s.span(end, nameEnd);
            end = nameEnd;
            // "King Hassan of Morocco": the country after the name
            Atom of = atomAt(atoms, end + 1);
            if (country == null && org == null && end <= s.size() && lower(s.token(end)).equals("of") && of != null
                && of.has(EntryKind.COUNTRY) && !of.has(EntryKind.PERSON, EntryKind.GROUP, EntryKind.IGO, EntryKind.INSTITUTION)) {
              countryEntry = of.first(EntryKind.COUNTRY);
              country = countryEntry.code();
              end = of.end();
              k = atoms.indexOf(of) + 1;
            }
          }
        }
      }
      if (ethnicPeople != null && roles.isEmpty() && person == null && org == null && countryEntry == null
          && learnName == null) {
        // "ethnic Albanians in south Serbia" -> SRBCVL: a people, the civilians of the state they live in; without
        // that state, an unnamed people that takes the country the story is set in
        Atom home = livingIn(s, atoms, ethnicPeople);
        KbEntry c = home == null ? null : home.first(EntryKind.COUNTRY);
        int stop = home == null ? end : home.end();
        String text = s.span(begin, stop);
        ActorRef ref = c == null ? new ActorRef(text, "ethnic group", "---CVL", null, "CVL", null)
            : new ActorRef(text, c.name(), c.code() + "CVL", c.code(), "CVL", null);
        out.add(new Found(begin, stop, head(s, begin, stop), ref, c == null ? 0.6 : 0.8, c == null ? "generic" : "role",
            false, null, null));
        if (home != null) {
          k = atoms.indexOf(home) + 1;
        }
        continue;
      }
      // numbers and honorifics before the phrase: "nine Iraqi militiamen", "Ms. Romanowski"
      while (begin > 1 && isNumberOrHonorific(s.token(begin - 1), person != null)) {
        begin--;
      }
      if (countryEntry != null && person == null && org == null && roles.isEmpty() && countryAsPlace(s, atoms, begin)
          && !modifiesNoun(s, end)) {
        continue; // "in Iraq", "in Iraq and Syria": places, not actors; but "in US air strikes", "over two Israeli raids" name the doer
      }
      Found f = compose(s, begin, end, date, countryEntry, affiliation, org, roleEntry, genericEntry, roles, title,
          personLikeRole, person, learnName);
      if (f != null) {
        out.add(f);
      }
    }
    return out;
  }

  private Found compose(AnnotatedSentence s, int begin, int end, LocalDate date, KbEntry countryEntry, String affiliation,
      KbEntry org, KbEntry roleEntry, KbEntry genericEntry, List<Atom> roles, String title, boolean personLikeRole,
      KbEntry person, String learnName) {
    String text = s.span(begin, end);
    int head = head(s, begin, end);
    String country = countryEntry == null ? null : countryEntry.code();
    if (person != null) {
      Resolved r = resolvePerson(person, date);
      ActorRef ref = new ActorRef(text, person.name(), r.code, person.country(), sectorOf(r.code), null);
      return new Found(begin, end, head, ref, r.confidence, "name", true, r.title, null);
    }
    if (org != null) {
      String aff = org.affiliation() != null ? org.affiliation() : affiliation;
      ActorRef ref = new ActorRef(text, org.name(), org.code(), org.country(), org.sector(), aff);
      boolean personLike = personLikeRole || org.personLike();
      return new Found(begin, end, head, ref, learnName != null ? 0.8 : org.confidence(), roles.isEmpty() ? "name" : "role",
          personLike, title, learnName);
    }
    if (!roles.isEmpty()) {
      if (roleEntry != null && roleEntry.instrument() && genericEntry == null && country == null) {
        return null; // "missiles", "a drone": a weapon names nobody until a country or group owns it
      }
      String sector = roleEntry != null ? roleEntry.sector() : genericEntry.sector();
      String name = countryEntry != null ? countryEntry.name() : null;
      if (country == null && affiliation == null && genericEntry != null && learnName == null) {
        ActorRef ref = new ActorRef(text, genericEntry.name(), genericEntry.code(), null, genericEntry.sector(), null);
        return new Found(begin, end, head, ref, genericEntry.confidence(), "generic", false, null, null);
      }
      if (country != null && title != null && learnName == null && date != null && personLikeRole) {
        name = kb.personHolding(country, title, date).map(KbEntry::name).orElse(name);
      }
      if (learnName != null) {
        name = learnName;
      }
      if (name == null && genericEntry != null) {
        name = genericEntry.name();
      }
      ActorRef ref = new ActorRef(text, name, (country == null ? "---" : country) + sector, country, sector, affiliation);
      double conf;
      if (learnName != null) {
        conf = 0.8;
      } else if (country != null) {
        conf = 0.9;
      } else if (affiliation != null) {
        conf = 0.7;
      } else {
        conf = roleEntry.confidence();
      }
      String how = roleEntry == null ? "generic" : "role";
      return new Found(begin, end, head, ref, conf, how, personLikeRole, title, learnName);
    }
    if (countryEntry != null) {
      ActorRef ref = new ActorRef(text, countryEntry.name(), country, country, null, affiliation);
      return new Found(begin, end, head, ref, countryEntry.confidence(), "name", false, null, null);
    }
    return null;
  }

  private record Resolved(String code, String title, double confidence) {}

  private static Resolved resolvePerson(KbEntry person, LocalDate date) {
    if (person.tenures().isEmpty()) {
      return new Resolved(person.code(), person.title(), 1.0);
    }
    if (date == null) {
      Tenure t = person.latestTenure();
      return new Resolved(t.code(), t.title(), 0.8);
    }
    Tenure t = person.tenureAt(date);
    if (t != null) {
      return new Resolved(t.code(), t.title(), 1.0);
    }
    Tenure latest = person.latestTenure();
    String sector = sectorOf(latest.code());
    if (ActorKnowledgeBase.isIso3(latest.code().substring(0, 3)) && sector != null
        && Set.of("GOV", "MIL", "LEG", "JUD", "SPY").contains(sector)) {
      return new Resolved(latest.code().substring(0, 3) + "ELI", null, 0.7);
    }
    return new Resolved(latest.code(), latest.title(), 0.7);
  }

  /** The role block of a code: characters 4-6 when the primary is a country or "---". */
  static String sectorOf(String code) {
    if (code == null || code.length() < 6) {
      return null;
    }
    String primary = code.substring(0, 3);
    if (primary.equals("---") || ActorKnowledgeBase.isIso3(primary)) {
      return code.substring(3, 6);
    }
    return null;
  }

  private static Atom atomAt(List<Atom> atoms, int token) {
    for (Atom a : atoms) {
      if (a.begin() == token) {
        return a;
      }
    }
    return null;
  }

  private static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }

  /** True when tokens [from, to) may sit between a country and what it qualifies. */
  private static boolean fillerGap(AnnotatedSentence s, int from, int to, boolean hasPos) {
    // after a possessive, three modifiers ("Algeria's leading human rights activist"); else two
    boolean possessive = from < to && ActorText.isPossessive(s.token(from).word());
    if (to < from || to - from > (possessive ? 4 : 2)) {
      return false;
    }
    for (int i = from; i < to; i++) {
      Token t = s.token(i);
      String w = t.word();
      if (ActorText.isPossessive(w) || w.equals("-")) {
        continue;
      }
      if (!hasPos) {
        return false;
      }
      String pos = t.pos();
      boolean commonNoun = (pos.equals("NN") || pos.equals("NNS")) && Character.isLowerCase(w.charAt(0));
      if (!(pos.startsWith("JJ") || pos.equals("VBN") || pos.equals("VBG") || commonNoun || pos.equals("NNP") && Character.isUpperCase(w.charAt(0)))) {
        return false;
      }
    }
    return true;
  }

  private static boolean afterLocative(AnnotatedSentence s, int begin, Set<String> prepositions) {
    int i = begin - 1;
    while (i >= 1 && begin - i <= 2 && COMPASS.contains(s.token(i).word())) {
      i--; // "in southeastern Serbia", "in central Iran"; but "Northern Ireland" is a name
    }
    if (i >= 1 && lower(s.token(i)).equals("the")) {
      i--;
    }
    return i >= 1 && prepositions.contains(lower(s.token(i)));
  }

  /**
   * True when the country beginning at token {@code begin} is named as a place: after a locative
   * preposition ("in Iraq"), or coordinated with a country that is ("sites in Iraq and Syria",
   * "across Iraq or Yemen"): the preposition governs every conjunct, unless a verb follows the last
   * one, which is then a new clause's subject ("a strike in Iraq and Iran condemned it"), or a noun it
   * qualifies ("in Macedonia and Bosnian Serbs").
   */
  private static boolean countryAsPlace(AnnotatedSentence s, List<Atom> atoms, int begin) {
    if (afterLocative(s, begin, COUNTRY_LOCATIVE)) {
      return true;
    }
    if (begin < 3 || !PLACE_CONJUNCTIONS.contains(lower(s.token(begin - 1)))) {
      return false;
    }
    Atom self = atoms.stream().filter(a -> a.begin() == begin).findFirst().orElse(null);
    if (self != null && self.end() <= s.size()) {
      String pos = s.token(self.end()).pos();
      if (pos != null && (pos.startsWith("VB") || pos.equals("MD") || pos.startsWith("NN") || pos.startsWith("JJ")
          || pos.equals("POS"))) {
        return false; // a verb: the subject of a new clause; a noun: "and Bosnian Serbs", "and Iraq's army" name actors
      }
    }
    for (Atom b : atoms) {
      if (b.end() == begin - 1 && b.begin() < b.end() && !b.affiliation() && b.has(EntryKind.COUNTRY)
          && !b.has(EntryKind.PERSON, EntryKind.GROUP, EntryKind.IGO, EntryKind.INSTITUTION)) {
        return countryAsPlace(s, atoms, b.begin());
      }
    }
    return false;
  }

  /** Words joining the conjuncts of a list of places: "in Iraq and Syria", "in Iraq or Syria". */
  private static final Set<String> PLACE_CONJUNCTIONS = Set.of("and", "or");

  /** True when token {@code next} (just after a name) is a common noun or adjective the name modifies. */
  private static boolean modifiesNoun(AnnotatedSentence s, int next) {
    if (next > s.size()) {
      return false;
    }
    String pos = s.token(next).pos();
    return pos != null && (pos.equals("NN") || pos.equals("NNS") || pos.equals("JJ"));
  }

  /**
   * True when the atom opens the sentence in capitals before a comma, as a wire dateline does
   * ("BAGHDAD, Jan. 3 (Tigris Wire) —"): it says where the report was filed, it is not the government;
   * nor is it counted as a place of the story, which may be set elsewhere ("WASHINGTON, ... militias in Iraq").
   */
  private static boolean dateline(AnnotatedSentence s, Atom a) {
    if (a.begin() != 1 || a.end() > s.size() || !s.token(a.end()).word().equals(",")) {
      return false;
    }
    for (int i = a.begin(); i < a.end(); i++) {
      String w = s.token(i).word();
      if (w.chars().anyMatch(Character::isLowerCase) || w.chars().noneMatch(Character::isLetter)) {
        return false;
      }
    }
    return true;
  }

  /** True when the word before {@code token} is "ethnic": "ethnic Albanians" names a people, not a state. */
  private static boolean ethnic(AnnotatedSentence s, int token) {
    return token > 1 && lower(s.token(token - 1)).equals("ethnic");
  }

  /**
   * True when "in COUNTRY" after the role gives the role's own country ("security forces in Guinea",
   * "a court in Guyana", "students throughout Indonesia"). Not for diplomats and embassies, which
   * serve abroad, nor for weapons.
   */
  private static boolean placesInCountry(KbEntry roleEntry, KbEntry genericEntry, String title) {
    if (roleEntry == null) {
      return genericEntry != null;
    }
    if (roleEntry.instrument() || "ambassador".equals(title)) {
      return false;
    }
    String n = roleEntry.name().toLowerCase(Locale.ROOT);
    return !(n.startsWith("embass") || n.startsWith("ambassador") || n.startsWith("delegation"));
  }

  /**
   * True when "from COUNTRY" after the role tells the people's country: civilians, refugees, activists,
   * officials, clergy. Not for armed forces, police, armed groups or weapons, which "from" places
   * where they act or withdraw from ("troops from Iraq", "militants from Syria", "missiles from Iran").
   */
  private static boolean fromGivesOrigin(KbEntry roleEntry, KbEntry genericEntry) {
    KbEntry e = roleEntry != null ? roleEntry : genericEntry;
    return e != null && !e.instrument() && ORIGIN_SECTORS.contains(e.sector());
  }

  /**
   * True when the parse attaches {@code target} to the noun phrase [begin, end) ({@code nmod}), not to
   * the verb ("withdraw workers from Iraq" is {@code obl}: Iraq is where they leave, not who they are).
   * Without a parse, true.
   */
  private static boolean attachedToNoun(AnnotatedSentence s, int begin, int end, Atom target) {
    if (!s.isParsed()) {
      return true;
    }
    for (DepEdge e : s.dependencies()) {
      if (e.governor() >= begin && e.governor() < end && e.dependent() >= target.begin() && e.dependent() < target.end()) {
        return e.relation().startsWith("nmod");
      }
    }
    return false;
  }

  private static final Set<String> ORIGIN_SECTORS = Set.of("CVL", "REF", "OPP", "GOV", "LEG", "REL", "EDU", "HLH", "MED", "BUS");

  private static boolean isNumberOrHonorific(Token t, boolean honorificOnly) {
    String w = t.word().toLowerCase(Locale.ROOT).replace(".", "");
    if (HONORIFICS.contains(w) && Character.isUpperCase(t.word().charAt(0))) {
      return true;
    }
    return !honorificOnly && ("CD".equals(t.pos()) || w.matches("\\d[\\d,]*"));
  }

  /** End (exclusive) of a run of capitalized name tokens starting at {@code from}, or {@code from}. */
  static int nameRun(AnnotatedSentence s, int from, List<?> ignored, boolean hasPos) {
    int i = from;
    int lastCap = from;
    while (i <= s.size() && i - from < 5) {
      Token t = s.token(i);
      String w = t.word();
      String lw = w.toLowerCase(Locale.ROOT);
      boolean particle = NAME_PARTICLES.contains(lw) || NAME_PARTICLES.stream().anyMatch(pp -> lw.startsWith(pp + "-"));
      boolean cap = Character.isUpperCase(w.charAt(0)) && w.chars().anyMatch(Character::isLowerCase)
          && (!hasPos || t.isProperNoun());
      if (cap) {
        lastCap = i + 1;
      } else if (!particle || i == from && !lw.contains("-")) {
        break;
      } else if (particle && lw.contains("-") && w.length() > 3) {
        lastCap = i + 1;
      }
      i++;
    }
    return lastCap;
  }

  /** The token of [begin, end) whose governors all lie outside the span, else the last noun. */
  static int head(AnnotatedSentence s, int begin, int end) {
    if (s.isParsed()) {
      int candidate = -1;
      for (int i = begin; i < end; i++) {
        List<DepEdge> heads = s.heads(i);
        if (heads.isEmpty()) {
          continue;
        }
        boolean outside = true;
        for (DepEdge e : heads) {
          if (e.governor() >= begin && e.governor() < end) {
            outside = false;
            break;
          }
        }
        if (outside && (candidate < 0 || s.token(i).isNoun() && !s.token(candidate).isNoun())) {
          candidate = i;
        }
      }
      if (candidate > 0) {
        return candidate;
      }
    }
    for (int i = end - 1; i >= begin; i--) {
      if (s.token(i).isNoun()) {
        return i;
      }
    }
    return end - 1;
  }

  static boolean isHeadTitle(String title) {
    return title != null && HEAD_TITLES.contains(title);
  }
}
