package org.pharos.coder.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.pharos.model.Quantity;
import org.pharos.model.text.AnnotatedSentence;
import org.pharos.model.text.DepEdge;
import org.pharos.model.text.Token;

/**
 * Reads the quantities of an event from dependency patterns, or token windows when the sentence has
 * no dependencies.
 *
 * <p>Each {@link NumberPhrase} (see {@link NumberPhrases} for bounds and what is not a number) is
 * given a kind from, in order: a currency ({@code money}); "N times" after an attack verb
 * ({@code attacks}); the verb of which the number or its counted noun is the object or passive
 * subject ("killed nine", "killing five fighters", "three US soldiers were killed", "nine killed",
 * "five died"); a "suffer" verb and its object ("34 US troops suffered brain injuries" →
 * {@code injured}); a toll ("the death toll rose to 12" → {@code killed}); the counted noun itself
 * ("60 attacks", "2,500 troops", "a dozen rockets", "five deaths"); a person noun ({@code people}).
 * Numbers with none of these are skipped.
 *
 * <p>Attachment to the trigger. With dependencies, a number attaches when: it modifies the trigger
 * itself ("61 attacks") or its verb is the trigger; its clause verb (the first verb above it) is the
 * trigger's clause verb; it is a casualty count (killed, injured, arrested, or read through a
 * suffer/rise verb) whose clause lies at most three edges below the trigger or the trigger's clause
 * ("strikes hit five sites, killing 25 fighters"; "the attack, which killed five"; "clashes erupted
 * between groups, leaving 27 dead"); or the trigger is an argument or oblique of the number's verb
 * ("five were killed in the strike"). A clause above the trigger's does not lend its counts
 * ("killed 25 after militias launched 60 attacks": 60 belongs to "attacks", 25 does not). Without
 * dependencies: the number phrase lies within {@value #WINDOW} tokens of the trigger, with no
 * semicolon between, or its verb or noun is the trigger.
 *
 * <p>Stateless after construction and thread-safe.
 */
public final class PatternQuantityExtractor implements QuantityExtractor {

  /** Tokens between a number phrase and the trigger for window attachment. */
  public static final int WINDOW = 10;

  private static final Set<String> CLAUSAL =
      Set.of("advcl", "xcomp", "conj", "ccomp", "parataxis", "acl", "acl:relcl", "dep");
  private static final Set<String> AUXILIARIES =
      Set.of("was", "were", "is", "are", "be", "been", "being", "have", "has", "had", "reportedly",
          "later", "also", "all", "allegedly", "now", "were/was");
  /** Kinds whose verb belongs in the quantity's text ("killed nine"). */
  private static final Set<String> VERB_KINDS = Set.of("killed", "injured", "arrested");
  private static final Set<String> NATIONALITY_SKIP = Set.of("us", "u.s.", "more", "other", "of");

  private final QuantityLexicon lexicon;
  private final NumberPhrases numbers;

  /** An extractor over {@code lexicon}. */
  public PatternQuantityExtractor(QuantityLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.numbers = new NumberPhrases(lexicon);
  }

  /** An extractor over the bundled lexicon. */
  public static PatternQuantityExtractor withDefaultLexicon() {
    return new PatternQuantityExtractor(QuantityLexicon.loadDefault());
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException when {@code trigger} is not a token of the sentence
   */
  @Override
  public List<Quantity> quantitiesOf(AnnotatedSentence sentence, int trigger) {
    if (trigger < 1 || trigger > sentence.size()) {
      throw new IllegalArgumentException("trigger " + trigger + " outside sentence " + sentence.index()
          + " of " + sentence.size() + " tokens: '" + sentence.text() + "'");
    }
    List<Quantity> out = new ArrayList<>();
    for (Reading r : readAll(sentence)) {
      boolean attached = sentence.isParsed()
          ? attachedByDependencies(sentence, r, trigger)
          : attachedByWindow(sentence, r, trigger);
      if (attached) {
        Quantity q = r.toQuantity(sentence);
        if (!out.contains(q)) {
          out.add(q);
        }
      }
    }
    return out;
  }

  /** Every quantity the sentence states, whatever event it belongs to. */
  public List<Quantity> allQuantities(AnnotatedSentence sentence) {
    List<Quantity> out = new ArrayList<>();
    for (Reading r : readAll(sentence)) {
      out.add(r.toQuantity(sentence));
    }
    return out;
  }

  /** A number phrase with its kind, the noun it counts and the verb it belongs to (0 when none). */
  private record Reading(NumberPhrase phrase, String kind, int noun, int verb) {
    Quantity toQuantity(AnnotatedSentence s) {
      int from = phrase.begin();
      int to = phrase.end();
      boolean verbTells = VERB_KINDS.contains(kind);
      if (verbTells && verb > 0 && verb < from && from - verb <= 2) {
        from = verb;
      }
      if (noun >= to && noun - to <= 3) {
        to = noun + 1;
      }
      if (verbTells && verb >= to && verb - to <= 3) {
        to = verb + 1;
      }
      return new Quantity(kind, phrase.min(), phrase.max(), phrase.qualifier(), s.span(from, to), phrase.unit());
    }
  }

  private List<Reading> readAll(AnnotatedSentence s) {
    List<Reading> out = new ArrayList<>();
    for (NumberPhrase p : numbers.find(s)) {
      Reading r = s.isParsed() ? readWithDependencies(s, p) : readWithWindow(s, p);
      if (r != null) {
        out.add(r);
      }
    }
    return out;
  }

  // ---- dependencies -------------------------------------------------------------------------

  private Reading readWithDependencies(AnnotatedSentence s, NumberPhrase p) {
    // The edge leaving the phrase tells what the number is: a modifier of a counted noun (nummod,
    // or the "of" noun of a vague plural) or an argument of a verb.
    int noun = 0;
    int anchor = p.valueEnd() - 1;
    DepEdge out = null;
    for (int i = p.valueBegin(); i < p.end(); i++) {
      for (DepEdge e : s.heads(i)) {
        if (e.governor() > 0 && !p.covers(e.governor())) {
          if (out == null || countsNoun(e)) {
            out = e;
            anchor = i;
          }
        }
      }
    }
    if (out != null && countsNoun(out)) {
      noun = out.governor();
    } else if (p.qualifier() != null && p.max() == null && isVaguePlural(s, p)) {
      for (DepEdge e : s.children(p.valueBegin())) {
        if (e.relation().equals("nmod:of")) {
          noun = e.dependent();
        }
      }
    }
    int carrier = noun > 0 ? noun : anchor; // the token whose governor is the clause
    int partitive = 0; // "two of his guards": counted noun of a number that is itself the argument
    if (noun == 0) {
      for (DepEdge e : s.children(anchor)) {
        if (e.relation().equals("nmod:of") && e.dependent() > anchor) {
          partitive = e.dependent();
        }
      }
    }
    int counted = noun > 0 ? noun : partitive;
    if (p.isMoney()) {
      return new Reading(p, "money", noun, clauseVerb(s, carrier));
    }
    if (noun > 0) {
      Optional<String> repeat = lexicon.repeatKind(s.token(noun).lowerLemma());
      int v = clauseVerb(s, noun);
      if (repeat.isPresent() && v > 0 && lexicon.isAttackVerb(s.token(v).lowerLemma())) {
        return new Reading(p, repeat.get(), noun, v);
      }
    }
    // the verb of which the number (or its noun) is the object or passive subject
    for (DepEdge e : s.heads(carrier)) {
      if (e.governor() <= 0) {
        continue;
      }
      Token verb = s.token(e.governor());
      Optional<String> kind = verbKind(verb);
      String rel = e.relation();
      boolean undergoer = rel.equals("obj") || rel.equals("nsubj:pass") || rel.equals("iobj")
          || (rel.equals("nsubj") && (verb.lowerLemma().equals("die") || "VBN".equals(verb.pos())));
      if (kind.isPresent() && undergoer) {
        return new Reading(p, kind.get(), counted, e.governor());
      }
      if (rel.equals("nsubj") && lexicon.isSufferVerb(verb.lowerLemma())) {
        for (DepEdge o : s.children(e.governor())) {
          if (o.relation().equals("obj")) {
            Optional<String> suffered = nounKind(s.token(o.dependent()));
            if (suffered.isPresent() && (suffered.get().equals("injured") || suffered.get().equals("killed"))) {
              return new Reading(p, suffered.get(), o.dependent(), e.governor());
            }
          }
        }
      }
      // "the death toll rose to 12", "the toll stood at 12"
      if (lexicon.isRiseVerb(verb.lowerLemma())) {
        for (DepEdge subj : s.children(e.governor())) {
          if (subj.baseRelation().equals("nsubj")) {
            Optional<String> toll = lexicon.tollKind(s.token(subj.dependent()).lowerLemma());
            if (toll.isPresent()) {
              return new Reading(p, tollKind(s, subj.dependent(), toll.get()), subj.dependent(), e.governor());
            }
          }
        }
      }
      // "the death toll of 12"
      if (rel.startsWith("nmod") || rel.equals("appos")) {
        Optional<String> toll = lexicon.tollKind(verb.lowerLemma());
        if (toll.isPresent()) {
          return new Reading(p, tollKind(s, e.governor(), toll.get()), e.governor(), clauseVerb(s, e.governor()));
        }
      }
    }
    // "nine killed": a participle modifying the number or its noun
    for (DepEdge e : s.children(carrier)) {
      if (e.relation().startsWith("acl") || e.relation().equals("amod")) {
        Optional<String> kind = verbKind(s.token(e.dependent()));
        if (kind.isPresent()) {
          return new Reading(p, kind.get(), noun, e.dependent());
        }
      }
    }
    if (counted > 0) {
      Optional<String> kind = nounKind(s.token(counted));
      if (kind.isPresent()) {
        return new Reading(p, kind.get(), counted, clauseVerb(s, carrier));
      }
      if (isPerson(s.token(counted))) {
        return new Reading(p, "people", counted, clauseVerb(s, carrier));
      }
    }
    return null;
  }

  /** nummod ("25 fighters"), or det:qmod of a vague plural ("dozens of drones"). */
  private static boolean countsNoun(DepEdge e) {
    return e.baseRelation().equals("nummod") || e.relation().equals("det:qmod");
  }

  private String tollKind(AnnotatedSentence s, int toll, String fallback) {
    for (DepEdge e : s.children(toll)) {
      if (e.relation().equals("compound") || e.relation().equals("amod")) {
        Optional<String> kind = nounKind(s.token(e.dependent()));
        if (kind.isPresent()) {
          return kind.get(); // "injury toll" → injured, "death toll" → killed
        }
      }
    }
    return fallback;
  }

  private static boolean isVaguePlural(AnnotatedSentence s, NumberPhrase p) {
    return p.valueEnd() - p.valueBegin() >= 1 && p.qualifier() != null
        && NumberWords.vague(s.token(p.valueBegin()).word()).isPresent();
  }

  /** The first verb at or above {@code token} (at most four steps up), or 0. */
  private static int clauseVerb(AnnotatedSentence s, int token) {
    int current = token;
    for (int step = 0; step < 5 && current > 0; step++) {
      if (s.token(current).isVerb()) {
        return current;
      }
      current = governor(s, current);
    }
    return 0;
  }

  private static int governor(AnnotatedSentence s, int token) {
    int best = 0;
    for (DepEdge e : s.heads(token)) {
      if (e.governor() > 0 && !e.relation().equals("ref")) {
        // prefer the basic tree edge (enhanced extra edges of conj/xcomp subjects come later)
        if (best == 0) {
          best = e.governor();
        }
      }
    }
    return best;
  }

  private static String clausalRelation(AnnotatedSentence s, int dependent, int governor) {
    for (DepEdge e : s.heads(dependent)) {
      if (e.governor() == governor) {
        return e.relation();
      }
    }
    return null;
  }

  private boolean attachedByDependencies(AnnotatedSentence s, Reading r, int trigger) {
    NumberPhrase p = r.phrase();
    if (r.noun() == trigger || p.covers(trigger) || r.verb() == trigger) {
      return true;
    }
    int triggerClause = clauseVerb(s, trigger);
    int numberClause = r.verb() > 0 ? r.verb() : clauseVerb(s, r.noun() > 0 ? r.noun() : p.valueBegin());
    if (numberClause == 0) {
      return Math.abs(p.valueBegin() - trigger) <= WINDOW;
    }
    if (numberClause == trigger || numberClause == triggerClause) {
      return true;
    }
    boolean casualty = VERB_KINDS.contains(r.kind()) || isQuantityVerb(s.token(numberClause));
    for (int a : new int[] {trigger, triggerClause}) {
      if (a <= 0) {
        continue;
      }
      // a casualty clause under the trigger's, up to three edges up: "hit five sites,
      // killing 25"; CoreNLP's "strikes/VBZ hit/VBN …, killing" (dep, dep); "clashes erupted between
      // groups, leaving 27 dead" (acl of the noun)
      if (casualty && below(s, numberClause, a, 3)) {
        return true;
      }
      // the trigger (or its clause) is an argument or oblique of the number's verb: "killed 5 in a
      // strike"; "a drone/VB strike killed two" (the mis-tagged clause is the csubj of "killed")
      String up = clausalRelation(s, a, numberClause);
      if (up != null && (a == trigger || casualty) && !CLAUSAL.contains(baseOrFull(up))) {
        return true;
      }
    }
    return false;
  }

  /** True when walking up from {@code token} reaches {@code ancestor} within {@code steps} edges. */
  private static boolean below(AnnotatedSentence s, int token, int ancestor, int steps) {
    int current = token;
    for (int step = 0; step < steps; step++) {
      current = governor(s, current);
      if (current <= 0) {
        return false;
      }
      if (current == ancestor) {
        return true;
      }
    }
    return false;
  }

  private static String baseOrFull(String relation) {
    return relation.startsWith("acl") ? relation : relation.split(":")[0];
  }

  private boolean isQuantityVerb(Token t) {
    String lemma = t.lowerLemma();
    return verbKind(t).isPresent() || lexicon.isSufferVerb(lemma) || lexicon.isRiseVerb(lemma);
  }

  // ---- token windows -------------------------------------------------------------------------

  private Reading readWithWindow(AnnotatedSentence s, NumberPhrase p) {
    int noun = countedNounAfter(s, p);
    int before = p.begin() - 1;
    if (p.isMoney()) {
      return new Reading(p, "money", noun, 0);
    }
    if (noun > 0 && repeatKind(s.token(noun)).isPresent()) {
      for (int i = p.begin() - 1; i >= Math.max(1, p.begin() - 4); i--) {
        if (lexicon.isAttackVerb(lemma(s.token(i))) || stems(s.token(i)).stream().anyMatch(lexicon::isAttackVerb)) {
          return new Reading(p, repeatKind(s.token(noun)).get(), noun, i);
        }
      }
    }
    // "killed nine", "killing five fighters"
    if (before >= 1) {
      Optional<String> kind = verbKind(s.token(before));
      if (kind.isPresent()) {
        return new Reading(p, kind.get(), noun, before);
      }
    }
    // "nine killed", "three US soldiers were killed", "five died"
    int last = noun > 0 ? noun : p.end() - 1;
    for (int i = last + 1; i <= Math.min(s.size(), last + 4); i++) {
      Token t = s.token(i);
      Optional<String> kind = verbKind(t);
      if (kind.isPresent()) {
        boolean passive = i > last + 1 || "VBN".equals(t.pos()) || t.lowerLemma().equals("die")
            || stems(t).contains("die") || nextIsNotObject(s, i);
        if (passive) {
          return new Reading(p, kind.get(), noun, i);
        }
        break;
      }
      if (lexicon.isSufferVerb(lemma(t)) || stems(t).stream().anyMatch(lexicon::isSufferVerb)) {
        for (int j = i + 1; j <= Math.min(s.size(), i + 3); j++) {
          Optional<String> suffered = nounKind(s.token(j));
          if (suffered.isPresent()) {
            return new Reading(p, suffered.get(), j, i);
          }
        }
        break;
      }
      if (!AUXILIARIES.contains(t.word().toLowerCase(Locale.ROOT))) {
        break;
      }
    }
    // "the death toll rose to 12", "a death toll of 12"
    for (int i = p.begin() - 1; i >= Math.max(1, p.begin() - 7); i--) {
      Optional<String> toll = lexicon.tollKind(lemma(s.token(i)));
      if (toll.isPresent()) {
        String kind = toll.get();
        if (i > 1) {
          kind = nounKind(s.token(i - 1)).orElse(kind);
        }
        return new Reading(p, kind, i, 0);
      }
    }
    if (noun > 0) {
      Optional<String> kind = nounKind(s.token(noun));
      if (kind.isPresent()) {
        return new Reading(p, kind.get(), noun, 0);
      }
      if (isPerson(s.token(noun))) {
        return new Reading(p, "people", noun, 0);
      }
    }
    return null;
  }

  private boolean nextIsNotObject(AnnotatedSentence s, int verb) {
    if (verb + 1 > s.size()) {
      return true;
    }
    Token next = s.token(verb + 1);
    String w = next.word().toLowerCase(Locale.ROOT);
    boolean object = next.isNoun() || w.equals("the") || w.equals("a") || w.equals("an")
        || "CD".equals(next.pos()) || "DT".equals(next.pos()) || "PRP".equals(next.pos())
        || NumberWords.word(w).isPresent() || NumberWords.digits(w).isPresent();
    return !object;
  }

  /** The counted noun after a phrase: skips adjectives, "US", "of"; 0 when none within 4 tokens. */
  private int countedNounAfter(AnnotatedSentence s, NumberPhrase p) {
    for (int i = p.end(); i <= Math.min(s.size(), p.end() + 4); i++) {
      Token t = s.token(i);
      String w = t.word().toLowerCase(Locale.ROOT);
      if (isCounted(t)) {
        return i;
      }
      boolean skippable = NATIONALITY_SKIP.contains(w) || "JJ".equals(t.pos()) || t.isProperNoun()
          || "NN".equals(t.pos()) && i + 1 <= s.size() && s.token(i + 1).isNoun()
          || (t.pos() == null && !w.isEmpty() && Character.isUpperCase(t.word().charAt(0)));
      if (!skippable) {
        return t.isNoun() && !t.isProperNoun() ? i : 0;
      }
    }
    return 0;
  }

  private boolean isCounted(Token t) {
    return nounKind(t).isPresent() || isPerson(t) || repeatKind(t).isPresent();
  }

  private Optional<String> repeatKind(Token t) {
    Optional<String> kind = lexicon.repeatKind(lemma(t));
    return kind.isPresent() ? kind : lexicon.repeatKind(NumberPhrases.singular(t.word().toLowerCase(Locale.ROOT)));
  }

  private boolean attachedByWindow(AnnotatedSentence s, Reading r, int trigger) {
    NumberPhrase p = r.phrase();
    if (r.noun() == trigger || r.verb() == trigger || p.covers(trigger)) {
      return true;
    }
    int from = Math.min(trigger, p.begin());
    int to = Math.max(trigger, p.end() - 1);
    if (to - from > WINDOW) {
      return false;
    }
    for (int i = from; i <= to; i++) {
      if (s.token(i).word().equals(";")) {
        return false;
      }
    }
    return true;
  }

  // ---- lexicon helpers -----------------------------------------------------------------------

  private Optional<String> verbKind(Token t) {
    if (t.pos() != null && !t.isVerb() && !t.pos().startsWith("JJ")) {
      return Optional.empty();
    }
    Optional<String> kind = lexicon.verbKind(t.lowerLemma());
    if (kind.isPresent()) {
      return kind;
    }
    for (String stem : stems(t)) {
      kind = lexicon.verbKind(stem);
      if (kind.isPresent()) {
        return kind;
      }
    }
    return Optional.empty();
  }

  private Optional<String> nounKind(Token t) {
    if (t.pos() != null && !t.isNoun() && !t.pos().startsWith("JJ") && !t.pos().startsWith("VBN")) {
      return Optional.empty();
    }
    Optional<String> kind = lexicon.nounKind(lemma(t));
    return kind.isPresent() ? kind : lexicon.nounKind(NumberPhrases.singular(t.word().toLowerCase(Locale.ROOT)));
  }

  private boolean isPerson(Token t) {
    return lexicon.isPersonNoun(lemma(t))
        || lexicon.isPersonNoun(NumberPhrases.singular(t.word().toLowerCase(Locale.ROOT)));
  }

  private static String lemma(Token t) {
    return t.lowerLemma();
  }

  /** Crude stems for untagged text: "killed" → kill, "killing" → kill, "injured" → injure. */
  private static List<String> stems(Token t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>(4);
    if (w.endsWith("ed")) {
      out.add(w.substring(0, w.length() - 2));
      out.add(w.substring(0, w.length() - 1));
    }
    if (w.endsWith("ing")) {
      out.add(w.substring(0, w.length() - 3));
      out.add(w.substring(0, w.length() - 3) + "e");
    }
    if (w.endsWith("s")) {
      out.add(w.substring(0, w.length() - 1));
    }
    if (w.endsWith("ied")) {
      out.add(w.substring(0, w.length() - 3) + "y");
    }
    return out;
  }
}
