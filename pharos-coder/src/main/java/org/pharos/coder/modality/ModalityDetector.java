package org.pharos.coder.modality;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pharos.coder.events.DependencyGraph;
import org.pharos.model.Modality;
import org.pharos.model.text.AnnotatedSentence;
import org.pharos.model.text.DepEdge;

/**
 * Decides how a sentence presents an event, from the trigger and the head of its clause. Checks, in
 * this order (the first that fires wins):
 *
 * <ol>
 *   <li>{@code NEGATED}: "not", "n't", "never" on the trigger or its clause; "no strikes"; the event
 *       under "deny" ("denied attacking") or "fail" ("failed to reach an agreement").
 *   <li>{@code HYPOTHETICAL}: questions (the sentence ends with "?"); could / may / might / would /
 *       should / can / must; conditionals ("if", "unless", "whether"); forecasts ("is likely / unlikely to"); "possible", "potential",
 *       "threat of", "risk of", "fear of". "Would" in reported speech of the speaker's own act (a
 *       pronoun subject) is the past of "will", not a condition ("said it would summon the envoy":
 *       planned; "said Iran would attack Israel" stays a forecast).
 *   <li>{@code PLANNED}: will / shall / 'll, "would" in reported speech of the speaker's own act; "plans to", "is scheduled to",
 *       "is expected to", "is set to", "intends to", "prepares to"; "planned", "upcoming", "scheduled".
 *   <li>{@code REPORTED}: the clause under a speech verb (said, told, reported, claimed, announced,
 *       stated, added, confirmed, alleged …) or beside one (parataxis), "according to", "in a
 *       statement".
 *   <li>{@code ASSERTED} otherwise.
 * </ol>
 *
 * A question or forecast is never asserted. A speech act ("the Pentagon said") is not itself an event
 * unless the lexicon codes it (accuse, condemn). A statement of intent read from a future clause has
 * the modality of the statement ({@link #detectIntent}). Stateless and thread-safe.
 */
public final class ModalityDetector {
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
  private static final Set<String> HYPOTHETICAL_AUX = Set.of("could", "may", "might", "would", "should", "can", "must", "ca");
  private static final Set<String> PLANNED_AUX = Set.of("will", "shall", "'ll", "wo");
  private static final Set<String> CONDITIONAL_MARKS = Set.of("if", "unless", "whether");
  private static final Set<String> HYPOTHETICAL_MODIFIERS = Set.of("possible", "potential", "likely", "hypothetical", "feared");
  private static final Set<String> FORECAST_PREDICATES = Set.of("likely", "unlikely", "probable", "improbable");
  private static final Set<String> HYPOTHETICAL_GOVERNORS = Set.of("threat", "risk", "possibility", "fear", "prospect", "danger", "specter", "spectre");
  private static final Set<String> PLANNED_GOVERNORS = Set.of("plan", "schedule", "expect", "intend", "prepare", "set", "aim", "due", "go");
  private static final Set<String> PLANNED_MODIFIERS = Set.of("planned", "upcoming", "scheduled", "proposed", "future", "forthcoming");
  private static final Set<String> SPEECH_VERBS = Set.of("say", "tell", "report", "claim", "announce", "state", "add",
      "confirm", "allege", "note", "write", "tweet", "quote", "insist", "assert", "declare", "explain", "disclose", "reveal");
  private static final Set<String> DENY_VERBS = Set.of("deny", "dismiss", "fail");

  /** The modality of the event whose trigger heads its own clause. */
  public Modality detect(AnnotatedSentence sentence, int trigger) {
    return detect(sentence, trigger, trigger);
  }

  /**
   * The modality of the event with trigger {@code trigger} (1-based) in the clause headed by {@code
   * clauseHead} (the light, control or governing verb; equal to {@code trigger} for plain verbs).
   */
  public Modality detect(AnnotatedSentence sentence, int trigger, int clauseHead) {
    DependencyGraph g = new DependencyGraph(sentence);
    List<Integer> chain = clauseChain(g, clauseHead);
    Set<Integer> local = new HashSet<>();
    local.add(trigger);
    local.add(clauseHead);
    // a noun that is the subject of its clause ("the strikes would degrade") is no act of that clause
    Optional<DepEdge> th = g.primaryHead(trigger);
    boolean ownClause = trigger == clauseHead || th.isEmpty() || th.get().governor() != clauseHead
        || !th.get().baseRelation().startsWith("nsubj");
    return classify(g, trigger, local, chain, Set.of(), 0, ownClause);
  }

  /**
   * The modality of a statement of intent read from the future clause headed by {@code intentClause}
   * ("Israel will free the prisoners", "Portugal will support Turkey, Soares said"; see {@link
   * org.pharos.coder.events.EventMatch#statementHead()}). The clause's future, negation and conditions
   * are part of the statement's code ("said it will boycott the vote unless ..." is a threat made),
   * so they are not read here; that clause and the verbs it shares its auxiliary with are passed over.
   * What remains decides: a question or a hypothetical, negated or future speech verb; {@code
   * REPORTED} when a speech verb other than {@code statementHead} (or "according to") attributes the
   * statement to someone other than its maker; {@code ASSERTED} otherwise.
   *
   * @param statementHead the speaker's own speech verb ("Portugal will ..., Soares said"), or {@code
   *     intentClause} when no speech verb of the source's side makes the statement
   */
  public Modality detectIntent(AnnotatedSentence sentence, int statementHead, int intentClause) {
    DependencyGraph g = new DependencyGraph(sentence);
    Set<Integer> absorbed = new HashSet<>();
    int cur = intentClause;
    while (cur > 0 && absorbed.add(cur)) {
      Optional<DepEdge> h = g.primaryHead(cur);
      if (h.isEmpty() || !(h.get().baseRelation().equals("conj") || h.get().baseRelation().equals("xcomp"))) {
        break; // a conjunct or complement shares the future of the verb it hangs from
      }
      cur = h.get().governor();
    }
    List<Integer> chain = clauseChain(g, statementHead);
    Set<Integer> local = new HashSet<>();
    if (!absorbed.contains(statementHead)) {
      local.add(statementHead);
    }
    return classify(g, statementHead, local, chain, absorbed, statementHead == intentClause ? 0 : statementHead, true);
  }

  /**
   * The checks of the class comment in order; auxiliaries, markers and conditions on {@code absorbed}
   * nodes are not read, {@code ownSpeechVerb} (when positive) does not make the event reported, and a
   * reported "would" is a future only when the chain starts at the event's {@code ownClause}.
   */
  private static Modality classify(DependencyGraph g, int trigger, Set<Integer> local, List<Integer> chain,
      Set<Integer> absorbed, int ownSpeechVerb, boolean ownClause) {
    if (isNegated(g, trigger, local, chain)) {
      return Modality.NEGATED;
    }
    if (isHypothetical(g, trigger, chain, absorbed, ownClause)) {
      return Modality.HYPOTHETICAL;
    }
    if (isPlanned(g, trigger, chain, absorbed)) {
      return Modality.PLANNED;
    }
    if (isReported(g, chain, ownSpeechVerb)) {
      return Modality.REPORTED;
    }
    return Modality.ASSERTED;
  }

  /**
   * The clause head and the verbs it hangs from through xcomp / ccomp / advcl / conj / parataxis /
   * dep, up to the root: where auxiliaries, conditions and speech verbs can sit.
   */
  private static List<Integer> clauseChain(DependencyGraph g, int clauseHead) {
    List<Integer> chain = new java.util.ArrayList<>();
    int cur = clauseHead;
    while (cur > 0 && !chain.contains(cur) && chain.size() <= g.size()) {
      chain.add(cur);
      Optional<DepEdge> h = g.primaryHead(cur);
      if (h.isEmpty()) {
        break;
      }
      cur = h.get().governor();
    }
    return chain;
  }

  private static boolean hasChildLemma(DependencyGraph g, int i, String base, Set<String> lemmas) {
    for (DepEdge e : g.children(i)) {
      if ((base == null || e.baseRelation().equals(base)) && lemmas.contains(g.lemma(e.dependent()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNegated(DependencyGraph g, int trigger, Set<Integer> local, List<Integer> chain) {
    for (int i : local) {
      for (DepEdge e : g.children(i)) {
        String rel = e.baseRelation();
        String w = g.token(e.dependent()).word().toLowerCase(java.util.Locale.ROOT);
        if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det"))
            && (NEGATORS.contains(g.lemma(e.dependent())) || NEGATORS.contains(w))) {
          return true;
        }
      }
    }
    // "denied attacking the convoy", "Iran denied the attack": the event hangs from "deny"
    for (int k = 0; k < chain.size(); k++) {
      int node = chain.get(k);
      Optional<DepEdge> h = g.primaryHead(node);
      if (h.isPresent() && h.get().governor() > 0 && DENY_VERBS.contains(g.lemma(h.get().governor()))
          && !h.get().baseRelation().equals("nsubj")) {
        return true;
      }
      if (k > 2) {
        break;
      }
    }
    Optional<DepEdge> th = g.primaryHead(trigger);
    return th.isPresent() && th.get().governor() > 0 && DENY_VERBS.contains(g.lemma(th.get().governor()))
        && th.get().baseRelation().equals("obj");
  }

  private static boolean isHypothetical(DependencyGraph g, int trigger, List<Integer> chain, Set<Integer> absorbed,
      boolean triggerOwnsClause) {
    int n = g.size();
    if (n > 0 && g.token(n).word().equals("?")) {
      return true;
    }
    if (hasChildLemma(g, trigger, "amod", HYPOTHETICAL_MODIFIERS)) {
      return true;
    }
    Optional<DepEdge> th = g.primaryHead(trigger);
    if (th.isPresent() && th.get().governor() > 0 && th.get().relation().equals("nmod:of")
        && HYPOTHETICAL_GOVERNORS.contains(g.lemma(th.get().governor()))) {
      return true;
    }
    boolean ownClause = triggerOwnsClause; // the event's own verb and the verbs it is a conjunct of
    for (int k = 0; k < chain.size(); k++) {
      int node = chain.get(k);
      Optional<DepEdge> h = g.primaryHead(node);
      if (k > 0) {
        Optional<DepEdge> below = g.primaryHead(chain.get(k - 1));
        ownClause &= below.isPresent() && below.get().baseRelation().equals("conj");
      }
      if (h.isPresent() && h.get().baseRelation().equals("advcl") && CONDITIONAL_MARKS.contains(h.get().subtype())) {
        return true;
      }
      if (h.isPresent() && h.get().baseRelation().equals("xcomp") && h.get().governor() > 0
          && FORECAST_PREDICATES.contains(g.lemma(h.get().governor()).toLowerCase(java.util.Locale.ROOT))) {
        return true; // "the militias are unlikely to stop", "is likely to retaliate": a forecast
      }
      if (absorbed.contains(node)) {
        if (h.isEmpty() || !isClauseLink(h.get())) {
          break;
        }
        continue; // a statement of intent's own future and conditions are part of its code
      }
      if (hasHypotheticalAux(g, node, ownClause) || hasChildLemma(g, node, "mark", CONDITIONAL_MARKS)) {
        return true;
      }
      for (DepEdge e : g.children(node)) {
        if (e.baseRelation().equals("advcl") && CONDITIONAL_MARKS.contains(e.subtype())) {
          return true; // the main clause of a conditional: "the US will strike if Iran attacks"
        }
      }
      if (h.isEmpty() || !isClauseLink(h.get())) {
        break;
      }
    }
    return false;
  }

  private static boolean isPlanned(DependencyGraph g, int trigger, List<Integer> chain, Set<Integer> absorbed) {
    if (hasChildLemma(g, trigger, "amod", PLANNED_MODIFIERS)) {
      return true;
    }
    for (int node : chain) {
      boolean own = absorbed.contains(node); // a statement of intent's own future
      if (!own && (hasChildLemma(g, node, "aux", PLANNED_AUX) || hasReportedWould(g, node))) {
        return true;
      }
      Optional<DepEdge> h = g.primaryHead(node);
      if (h.isEmpty()) {
        break;
      }
      if (!own && h.get().relation().equals("xcomp") && PLANNED_GOVERNORS.contains(g.lemma(h.get().governor()))) {
        return true;
      }
      if (!h.get().relation().equals("xcomp")) {
        break;
      }
    }
    return false;
  }

  /**
   * A hypothetical auxiliary on {@code node}; on the event's {@code ownClause}, "would" only outside
   * reported speech ("said the strikes would degrade the group's ability to attack": the attack stays
   * hypothetical).
   */
  private static boolean hasHypotheticalAux(DependencyGraph g, int node, boolean ownClause) {
    for (int a : g.children(node, "aux")) {
      String lemma = g.lemma(a);
      if (HYPOTHETICAL_AUX.contains(lemma) && !(ownClause && lemma.equals("would") && isReportedOwnAct(g, node))) {
        return true;
      }
    }
    return false;
  }

  /** "said it would summon the envoy": "would" as the past of "will" in reported speech. */
  private static boolean hasReportedWould(DependencyGraph g, int node) {
    return hasChildLemma(g, node, "aux", Set.of("would")) && isReportedOwnAct(g, node);
  }

  /**
   * A reported clause whose subject is a personal pronoun ("said it would summon", "said they would
   * boycott"): the speaker's own act, where "would" is the past of "will". With a named subject
   * ("the US said Iran would attack Israel", "said the coalition would support") it is a forecast.
   */
  private static boolean isReportedOwnAct(DependencyGraph g, int node) {
    boolean pronoun = false;
    for (int sj : g.children(node, "nsubj")) {
      pronoun |= "PRP".equals(g.token(sj).pos()) && !g.lemma(sj).equalsIgnoreCase("you");
    }
    return pronoun && isReportedClause(g, node);
  }

  /**
   * A clause reported by a speech verb: its complement ("said it would"), or a clause a speech verb is
   * attached to ("it would end the mission, officials said"; "as Israel announced it would"; also as
   * the parser's {@code dep}, {@code csubj} or {@code obl:tmod}).
   */
  private static boolean isReportedClause(DependencyGraph g, int node) {
    Optional<DepEdge> h = g.primaryHead(node);
    if (h.isPresent() && h.get().governor() > 0) {
      String rel = h.get().baseRelation();
      if ((rel.equals("ccomp") || rel.equals("parataxis")) && SPEECH_VERBS.contains(g.lemma(h.get().governor()))) {
        return true;
      }
    }
    for (DepEdge e : g.children(node)) {
      String rel = e.baseRelation();
      if ((rel.equals("parataxis") || rel.equals("dep") || rel.equals("csubj") || e.relation().equals("obl:tmod")
              || rel.equals("advcl") && !CONDITIONAL_MARKS.contains(e.subtype()))
          && g.token(e.dependent()).isVerb() && SPEECH_VERBS.contains(g.lemma(e.dependent()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isReported(DependencyGraph g, List<Integer> chain, int ownSpeechVerb) {
    for (int i = 1; i <= g.size(); i++) {
      for (DepEdge e : g.children(i)) {
        if (e.relation().equals("obl:according_to") || e.relation().equals("nmod:according_to")) {
          return true;
        }
        if ((e.relation().equals("obl:in")) && g.lemma(e.dependent()).equals("statement")) {
          return true;
        }
      }
    }
    for (int node : chain) {
      Optional<DepEdge> h = g.primaryHead(node);
      for (DepEdge e : g.children(node)) {
        if (e.baseRelation().equals("parataxis") && e.dependent() != ownSpeechVerb
            && SPEECH_VERBS.contains(g.lemma(e.dependent()))) {
          return true;
        }
      }
      if (h.isEmpty()) {
        break;
      }
      String rel = h.get().baseRelation();
      if ((rel.equals("ccomp") || rel.equals("parataxis") || rel.equals("dep"))
          && h.get().governor() != ownSpeechVerb && SPEECH_VERBS.contains(g.lemma(h.get().governor()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isClauseLink(DepEdge e) {
    String b = e.baseRelation();
    return b.equals("xcomp") || b.equals("conj") || b.equals("ccomp") || b.equals("advcl") || b.equals("dep")
        || b.equals("obj") || b.equals("nsubj") || b.equals("obl");
  }
}
