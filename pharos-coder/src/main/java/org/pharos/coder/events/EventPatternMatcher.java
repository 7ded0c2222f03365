package org.pharos.coder.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.pharos.coder.actors.ActorMention;
import org.pharos.coder.actors.DocumentActors;
import org.pharos.model.ActorRef;
import org.pharos.model.text.AnnotatedSentence;
import org.pharos.model.text.DepEdge;
import org.pharos.model.text.Timex;
import org.pharos.model.text.Token;

/**
 * Reads events from one parsed sentence with the {@link EventLexicon}: triggers and their source and
 * target actors from UD enhanced++ relations.
 *
 * <p>Constructions, in the order they are tried:
 *
 * <ol>
 *   <li>Control verbs ("vowed to continue attacking US forces", "called for the withdrawal of US
 *       troops", "called on Iran to stop the attacks"): the complement (xcomp through aspect verbs,
 *       or the object / oblique noun) is re-coded through the verb's {@link ComplementFamily} and
 *       consumed. Predicate adjectives ("is ready to contribute troops", "willing to send") control
 *       too, but only a complement that is a lexicon event.
 *   <li>Light verbs with a nominal trigger as object ("carried out airstrikes against X", "held
 *       talks with Y", "paid a visit to Z"): the noun's code, the verb's subject as source.
 *   <li>Verbs: subject ({@code nsubj}, control {@code nsubj:xsubj}, passive {@code obl:agent}, the
 *       noun an active {@code acl} modifies) is the source; the passive subject, object and indirect
 *       object are the target (not when owned by a possessive pronoun: "withdrew its troops"), and
 *       the obliques {@code on, against, at, with, to, toward(s), into, from, upon} are used when
 *       those name no actor; with force verbs "from" names the origin, a source when there is none
 *       ("missiles fired from Iran"). A verb or light-verb event in a future clause ("will visit",
 *       "said it would free") is the actor's statement of intent: cooperation becomes CAMEO 03x, coercion
 *       and force 13x (see {@link EventMatch#statementHead()}).
 *   <li>Nouns not consumed above: possessive, compound, adjective ("Iranian"), "by" phrase (and "of"
 *       for entries with {@code of=source}) are the source; "on, against, at, with, to, into" (and
 *       "of") the target.
 * </ol>
 *
 * <p>An argument's actors are the mentions covering its head token, its conjuncts (so "the US and
 * Britain struck" gives two events), or, when the head itself is not an actor, its first compound,
 * adjective, possessive, apposition or "of" modifier that is. When an argument is itself an event noun
 * ("condemned the Iranian strikes", "the attack by militants killed"), its source is used instead; if
 * a verb entry consumed it through {@code obj=} ("suspended attacks on US forces") its target is.
 *
 * <p>Missing sides: a sourced event whose construction gave no target takes the nearest actor its
 * trigger governs through objects, argument prepositions and subjectless complements ("willing to send
 * material to help defend Kuwait"; a place only when foreign to the source: "attacks in Israel" by
 * Hamas). A threat or use of force that is announced as retaliation ("vowed revenge", "said the group
 * would hit back", "vowed that it would respond") and still has no target is aimed at the agent of the
 * document's latest force event (see {@link #match(AnnotatedSentence, DocumentActors, ActorMention)}),
 * when that agent is of another country than the source. A threat with a condition ("threatened to
 * stop negotiations if the United States goes ahead", "unless Israel rescinded") and no foreign
 * target is aimed at the condition's subject when that is foreign. A rejection of a definite claim of
 * no named author ("rejected that claim") is aimed at the document's latest force agent, when
 * foreign. A response (accepting, yielding, rejecting) without a foreign target is aimed at the author
 * of a proposal noun ("demand", "appeal", "offer", ...) it governs within two edges ("rejected North
 * Korea's demand to ..." however parsed). An event needs a source or a target. Several sources and targets give one event
 * per pair; a target equal to the source is dropped; symmetric entries with several sources and no
 * target pair the sources both ways. Violence whose source is a protesting crowd ("protesters
 * damaged the consulate", "crowds of students broke into the embassy") is a riot, CAMEO 145, as the
 * codebook defines it. Sentences without dependency edges give no events.
 *
 * <p>Immutable and thread-safe.
 */
public final class EventPatternMatcher {
  private static final Set<String> SOURCE_RELS_VERB = Set.of("nsubj", "nsubj:xsubj", "obl:agent");
  private static final Set<String> TARGET_RELS_VERB = Set.of("obj", "iobj", "nsubj:pass");
  private static final Set<String> TARGET_PREPS = Set.of(
      "on", "against", "at", "with", "to", "toward", "towards", "into", "from", "upon");
  /**
   * The least confidence of an actor whose country the text states ("US service members", "Iraq");
   * generic words that take the story's country ("people", "civilians") stay below it.
   */
  private static final double NAMED_COUNTRY_CONFIDENCE = 0.85;
  /** How a trailing participle hangs from its clause (the parser gives "dep" as often as "advcl"). */
  private static final Set<String> PARTICIPLE_LINKS = Set.of("advcl", "dep");
  /** Prepositions naming the sides of a symmetric event ("clashes between X and Y"). */
  private static final List<String> SYMMETRIC_PREPS = List.of("between", "among");
  private static final Set<String> NOUN_TARGET_PREPS = Set.of(
      "on", "against", "at", "with", "to", "toward", "towards", "into", "upon", "for");
  private static final Set<String> MODIFIER_RELS = Set.of(
      "compound", "amod", "nmod:poss", "appos", "nmod:of", "nmod:from");
  private static final Set<String> NOUN_SOURCE_RELS = Set.of(
      "nmod:poss", "compound", "amod", "nmod:by", "nmod:agent");
  /** Nouns for what an actor issues: a participle describing one speaks for its issuer. */
  private static final Set<String> MESSAGE_NOUNS = Set.of("statement", "declaration", "communique", "communiqué",
      "letter", "message", "resolution", "decree", "leaflet", "video", "broadcast", "memorandum", "note");
  /** Verbs of coming to a place: an event noun in their "for" phrase is what the comer came to do. */
  private static final Set<String> ARRIVAL_VERBS = Set.of("arrive", "come", "return", "travel", "go", "head", "fly",
      "gather", "convene", "assemble", "meet");
  /** Heads that stand for a part of what their "of" phrase names ("part of the aid program"). */
  private static final Set<String> PARTITIVES = Set.of(
      "part", "portion", "share", "some", "most", "all", "half", "rest", "bulk", "much", "worth", "consignment",
      "shipment", "batch");
  private static final Set<String> OBLIGATION_AUX = Set.of("must", "should", "ought");
  /** Modals that with a condition clause state what the speaker's side would do ("could strike if"). */
  private static final Set<String> CONDITIONAL_MODAL_AUX = Set.of("could", "might", "may", "can");
  private static final Set<String> CONDITION_MARKS = Set.of("if", "unless");
  private static final Set<String> FUTURE_AUX = Set.of("will", "would", "shall", "'ll", "wo");
  /** Future auxiliaries in any clause; "would" is future only in reported speech. */
  private static final Set<String> WILL_AUX = Set.of("will", "shall", "'ll", "wo");
  private static final Set<String> WOULD_AUX = Set.of("would");
  private static final Set<String> CONDITIONAL_MARKS = Set.of("if", "unless", "whether", "when");
  /** How a parser attaches a trailing or parenthetical "officials said" to the clause it reports. */
  /** Entity types of time expressions (SUTime's), whose phrases never fill an event's argument slot. */
  private static final Set<String> TEMPORAL_NER = Set.of("DATE", "TIME", "DURATION", "SET");
  private static final Set<String> REPORTING_ATTACHMENTS = Set.of("parataxis", "dep", "csubj", "obl:tmod");
  private static final String DEMAND_FAMILY = "DEMAND";
  /** Control families whose complement is an action asked of someone ({@link #isDemandedAction}). */
  private static final Set<String> DEMANDING_FAMILIES = Set.of(DEMAND_FAMILY, "APPEAL", "CALLFOR");
  /** Frame patterns of an event stated directly by its own verb or noun (not via a control or speech verb). */
  private static final Set<String> DIRECT_PATTERNS = Set.of("verb", "noun", "result", "light");
  /** Nouns whose content clause is an action asked for ("its demand that Israel ease restrictions"). */
  private static final Set<String> DEMAND_NOUNS = Set.of("demand", "call", "appeal", "request", "ultimatum", "plea");
  private static final String THREATEN_FAMILY = "THREATEN";
  private static final String INTEND_FAMILY = "INTEND";
  private static final String REFUSE_FAMILY = "REFUSE";
  private static final String APPEAL_FAMILY = "APPEAL";
  /** Speech verbs that, with the speaker's own violence as complement, claim responsibility for it. */
  private static final Set<String> CLAIM_VERBS = Set.of("claim");
  /** CAMEO 015, acknowledge or claim responsibility. */
  private static final String CLAIM_RESPONSIBILITY_CODE = "015";
  /** CAMEO 111, criticize or denounce: a speaker's judgment of another party's violence. */
  private static final String DISAPPROVE_CODE = "111";
  /** CAMEO 112, accuse: a speaker's allegation that another party used violence. */
  private static final String ACCUSE_CODE = "112";
  /** CAMEO 145, protest violently or riot: what a protesting crowd's violence is coded as. */
  private static final String RIOT_CODE = "145";
  /** Codes of violence that, committed by a protesting crowd, are a riot ({@value #RIOT_CODE}). */
  private static final List<String> RIOT_PREFIXES = List.of("171", "180", "181", "182", "190", "193");
  /** Head nouns (lemmas) of a protesting crowd. */
  private static final Set<String> CROWD_NOUNS = Set.of("protester", "protestor", "demonstrator", "rioter", "crowd",
      "mob", "marcher");
  /** The {@link ActorMention#how()} of an agent carried over from an earlier sentence. */
  public static final String ANTECEDENT = "antecedent";
  private static final Set<String> DEFINITE_DETERMINERS = Set.of("the", "this", "these", "that", "those");
  private static final Set<String> GRIEVANCE_PREPS = Set.of("over", "about", "against", "regarding");
  /** Verbs whose agentless passive with "to" states the subject's stance: "X is opposed to Y". */
  private static final Set<String> STATIVE_PASSIVES = Set.of("oppose");
  private static final Set<String> PURPOSE_VERBS = Set.of(
      "protest", "demand", "condemn", "denounce", "oppose", "reject", "decry", "call", "urge", "press");
  private static final Set<String> ADDRESSEE_PREPS = Set.of("on", "upon", "to", "from");
  private static final Set<String> LOCATIVE_PREPS = Set.of(
      "in", "near", "inside", "across", "throughout", "outside", "within", "around");
  private static final int MAX_DEEP_TARGET_DEPTH = 4;
  /** Prepositions whose event noun only dates another event ("after the talks"). */
  private static final Set<String> TIME_PREPS = Set.of("since", "after", "before", "following", "during", "amid",
      "amidst", "until", "till", "prior_to", "ahead_of", "in_wake_of");
  /** Time nouns whose "of" phrase dates another event ("on the eve of a visit"). */
  private static final Set<String> TIME_NOUNS = Set.of("eve", "wake", "aftermath", "run-up", "runup");
  /** Words that announce an act as retaliation for an earlier one. */
  private static final Set<String> RETALIATION_LEMMAS = Set.of("retaliate", "retaliation", "retaliatory",
      "revenge", "avenge", "vengeance", "reprisal", "respond", "response", "counterattack");
  /** Nouns for what a party proposed or asked, whose acceptance or rejection is aimed at that party. */
  private static final Set<String> PROPOSAL_NOUNS = Set.of("demand", "call", "appeal", "offer", "proposal",
      "plan", "invitation", "request", "ultimatum", "initiative", "formula", "proposition", "suggestion", "plea",
      "overture", "condition");
  /** Nouns for what a party asserted, whose rejection is aimed at the asserting party. */
  private static final Set<String> CLAIM_NOUNS = Set.of("claim", "allegation", "accusation", "assertion",
      "charge", "version", "account");
  /** Verbs that with the particle "back" retaliate ("hit back", "strike back"). */
  private static final Set<String> STRIKE_BACK_VERBS = Set.of("hit", "strike", "fight");
  /** With force verbs, the preposition naming where the attack came from (a source, never a target). */
  private static final String ORIGIN_PREP = "from";
  private static final Set<String> DEEP_TARGET_PREPS = Set.of("on", "against", "at", "with", "to", "toward",
      "towards", "into", "onto", "from", "upon", "for", "of", "over", "about", "poss", "between", "among");
  private static final Set<String> LIGHT_OBLIQUES = Set.of("to", "against", "on", "with", "at", "upon", "into");

  private final EventLexicon lexicon;

  public EventPatternMatcher(EventLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /** The lexicon in use. */
  public EventLexicon lexicon() {
    return lexicon;
  }

  /** An actor found for an argument, with its distance from the trigger in edges. */
  private record Arg(ActorMention mention, int distance) {}

  /**
   * Arguments of one trigger, before pairing; {@code statementHead} as in {@link EventMatch} (0 for an
   * event the text reports as such).
   */
  private record Frame(
      int trigger, int clauseHead, String code, List<Arg> sources, List<Arg> targets,
      List<Arg> fallbackTargets, boolean symmetric, int specificity, String pattern, String triggerText,
      int statementHead) {

    Frame(int trigger, int clauseHead, String code, List<Arg> sources, List<Arg> targets,
        List<Arg> fallbackTargets, boolean symmetric, int specificity, String pattern, String triggerText) {
      this(trigger, clauseHead, code, sources, targets, fallbackTargets, symmetric, specificity, pattern,
          triggerText, 0);
    }
  }

  /** Per-sentence working state. */
  private final class Ctx {
    final DependencyGraph g;
    final DocumentActors actors;
    final int sentence;
    final Set<Integer> consumed = new HashSet<>();
    final ActorMention antecedentAgent;

    Ctx(DependencyGraph g, DocumentActors actors, ActorMention antecedentAgent) {
      this.g = g;
      this.actors = actors;
      this.sentence = g.sentence().index();
      this.antecedentAgent = antecedentAgent == null ? null : new ActorMention(sentence, 0, 0, 0,
          antecedentAgent.actor(), antecedentAgent.confidence() * 0.8, ANTECEDENT);
    }

    Optional<ActorMention> covering(int token) {
      return actors.covering(sentence, token);
    }
  }

  /** Every event in the sentence; empty when it has no dependency edges. */
  public List<EventMatch> match(AnnotatedSentence sentence, DocumentActors actors) {
    return match(sentence, actors, null);
  }

  /**
   * Every event in the sentence, with the agent of the document's latest force event: a definite
   * force noun without an agent of its own ("the strike also killed X", "condemned the attack") is
   * taken to be that event, and the agent stands in (as a span-less mention marked {@value
   * #ANTECEDENT}).
   *
   * @param antecedentAgent the source of the latest earlier force event (roots 18-20), or null
   */
  public List<EventMatch> match(AnnotatedSentence sentence, DocumentActors actors, ActorMention antecedentAgent) {
    if (!sentence.isParsed()) {
      return List.of();
    }
    Ctx c = new Ctx(new DependencyGraph(sentence), actors, antecedentAgent);
    List<Frame> frames = new ArrayList<>();
    int n = sentence.size();
    for (int i = 1; i <= n; i++) {
      if (!c.consumed.contains(i) && (isVerbLike(c, i) || isAdjective(c, i)) && !lexicon.controls(c.g.lemma(i)).isEmpty()) {
        controlFrame(c, i).ifPresent(frames::add);
      }
    }
    for (int i = 1; i <= n; i++) {
      if (!c.consumed.contains(i) && isVerbLike(c, i) && lexicon.isSpeechVerb(c.g.lemma(i))) {
        speechFrame(c, i).ifPresent(frames::add);
      }
    }
    for (int i = 1; i <= n; i++) {
      if (!c.consumed.contains(i) && isVerbLike(c, i) && !isBackReference(c, i)) {
        verbOrLightFrame(c, i).map(f -> asStatementOfIntent(c, f)).ifPresent(frames::add);
      }
    }
    for (int i = 1; i <= n; i++) {
      if (!c.consumed.contains(i) && isEventNoun(c, i) && !isNounModifier(c, i) && !isBackReference(c, i)
          && !isTimeAdjunct(c, i)) {
        nounFrame(c, i).ifPresent(frames::add);
      }
    }
    frames.removeIf(f -> isInRelativeClause(c, f.trigger()));
    Set<Integer> respondedTo = new HashSet<>();
    for (Frame f : frames) {
      if (f.code() != null && isResponse(f.code()) && !f.pattern().equals("noun")) {
        respondedTo.addAll(respondedEventNouns(c, f.trigger()));
      }
    }
    frames.removeIf(f -> f.pattern().equals("noun") && respondedTo.contains(f.trigger()));
    frames = withResultParticiplesMerged(c, frames);
    List<EventMatch> out = new ArrayList<>();
    for (Frame f : frames) {
      Frame full = withProposerTarget(c, withClaimantTarget(c, withRetaliationTarget(c, withConditionTarget(c,
          withDeepTargets(c, f)))));
      if (!isTargetlessBackReference(c, full) && !isDemandedAction(c, full)
          && !isGenericAgentlessPlural(c, full)) {
        pair(c, full, out);
      }
    }
    return withoutUnsourcedDuplicates(out);
  }

  /**
   * A result participle hanging from a force event is that event's outcome, not a second event
   * ("rebels shelled Juba, killing about 20 people"; "missiles struck Erbil, killing four civilians"):
   * the participle's frame is dropped, and its victims become the force event's targets when the event
   * has none ("fired missiles at the base, injuring several US personnel") or when they belong to
   * another country than its targets ("struck an Iraqi base, killing two US soldiers").
   */
  private List<Frame> withResultParticiplesMerged(Ctx c, List<Frame> frames) {
    if (frames.size() < 2) {
      return frames;
    }
    List<Frame> out = new ArrayList<>(frames);
    for (Frame p : frames) {
      int v = p.trigger();
      Optional<DepEdge> h = c.g.primaryHead(v);
      if (!p.sources().isEmpty() || !lexicon.isResultVerb(c.g.lemma(v)) || !"VBG".equals(c.g.token(v).pos())
          || h.isEmpty() || !PARTICIPLE_LINKS.contains(h.get().baseRelation()) || h.get().governor() <= 0) {
        continue;
      }
      int governor = h.get().governor();
      for (int k = 0; k < out.size(); k++) {
        Frame m = out.get(k);
        if (m == p || !isForce(m.code()) || m.trigger() != governor && m.clauseHead() != governor) {
          continue;
        }
        List<Arg> targets = new ArrayList<>(m.targets());
        Set<String> hit = new HashSet<>();
        for (Arg t : m.targets()) {
          hit.add(t.mention().actor().country());
        }
        for (Arg victim : p.targets()) {
          if (!hit.contains(victim.mention().actor().country()) && victim.mention().confidence() >= NAMED_COUNTRY_CONFIDENCE) {
            targets.add(victim); // "hit the Iraqi base, killing two US soldiers": the US was hit too
          }
        }
        if (targets.size() > m.targets().size()) {
          out.set(k, new Frame(m.trigger(), m.clauseHead(), m.code(), m.sources(), targets, m.fallbackTargets(),
              m.symmetric(), m.specificity(), m.pattern(), m.triggerText(), m.statementHead()));
        }
        out.remove(p);
        break;
      }
    }
    return out;
  }

  /**
   * Drops an event without a source when the sentence also codes the same CAMEO code against the same
   * target with a source ("Security forces fired tear gas to disperse the crowd": the dispersal is
   * the firing's purpose, not a second, agentless repression).
   */
  private static List<EventMatch> withoutUnsourcedDuplicates(List<EventMatch> matches) {
    if (matches.size() < 2) {
      return matches;
    }
    List<EventMatch> kept = new ArrayList<>(matches.size());
    for (EventMatch m : matches) {
      if (m.source() == null && m.target() != null && matches.stream().anyMatch(o -> o.source() != null
          && o.code().equals(m.code()) && o.target() != null && sameActor(o.target(), m.target()))) {
        continue;
      }
      kept.add(m);
    }
    return kept;
  }

  // ---------------------------------------------------------------- missing targets

  /**
   * A frame whose construction found no target looks deeper into what its trigger governs: "willing
   * to send material to help defend Saudi Arabia", "agreed to provide aid for Romania", "threatened
   * to resume attacks in Israel". The nearest actors (fewest edges) reached through objects,
   * obliques, nominal modifiers, open complements and subjectless purpose clauses become fallback
   * targets; never through subjects, clausal complements, relative clauses, conjuncts or
   * conditional clauses, which hold events of their own, nor through prepositions that name no
   * participant ("by", "despite", "after", "as"); a noun owned by a possessive pronoun is passed
   * through, not taken.
   * Only frames with a source search, and not symmetric ones whose sources pair up. A place reached through a locative
   * preposition ("in", "near", ...) counts only when it lies in another country than every source
   * (CAMEO codes a foreign actor's action "in Syria" as directed at Syria).
   */
  private Frame withDeepTargets(Ctx c, Frame f) {
    if (f.sources().isEmpty() || !f.targets().isEmpty() || f.symmetric() && f.sources().size() >= 2
        || !withoutSameActors(dedupe(f.fallbackTargets(), f.trigger()), f.sources()).isEmpty()) {
      return f; // an event with neither side stays uncoded; one with a target needs no search
    }
    List<Arg> deep = deepTargets(c, f);
    if (deep.isEmpty()) {
      return f;
    }
    return new Frame(f.trigger(), f.clauseHead(), f.code(), f.sources(), f.targets(), deep, f.symmetric(),
        f.specificity(), f.pattern(), f.triggerText(), f.statementHead());
  }

  /**
   * A sourced threat (13x) or force event (18-20) without a target of another country than its
   * sources ("vowed revenge" and named a new commander of its own forces) whose trigger governs a
   * retaliation word ({@link #RETALIATION_LEMMAS}, or "back" with a striking verb: "hit back") takes the
   * document's latest force agent as target, when that agent is foreign to every source.
   */
  private Frame withRetaliationTarget(Ctx c, Frame f) {
    if (c.antecedentAgent == null || f.code() == null || !(f.code().startsWith("13") || isForce(f.code()))
        || f.sources().isEmpty() || !withoutSameCountry(dedupe(f.targets(), f.trigger()), f.sources()).isEmpty()
        || !withoutSameCountry(dedupe(f.fallbackTargets(), f.trigger()), f.sources()).isEmpty()
        || !governsRetaliationWord(c, f)) {
      return f;
    }
    List<Arg> agent = List.of(new Arg(c.antecedentAgent, 3));
    if (!foreignToSources(agent, f.sources())) {
      return f; // "vowed revenge" for a strike by its own side is no threat to it
    }
    return new Frame(f.trigger(), f.clauseHead(), f.code(), f.sources(), List.of(), agent, f.symmetric(),
        f.specificity(), f.pattern(), f.triggerText());
  }

  /**
   * A sourced threat (13x) without a target of another country than its sources whose trigger
   * governs an "if" / "unless" clause ("threatened to hold a strike unless Israel rescinded the
   * annexation", "threatened to stop negotiations if the United States goes ahead") is aimed at that
   * clause's subject, the party whose conduct the threat is meant to change, when it is foreign to
   * every source.
   */
  private Frame withConditionTarget(Ctx c, Frame f) {
    if (f.code() == null || !f.code().startsWith("13") || f.sources().isEmpty()
        || !withoutSameCountry(dedupe(f.targets(), f.trigger()), f.sources()).isEmpty()
        || !withoutSameCountry(dedupe(f.fallbackTargets(), f.trigger()), f.sources()).isEmpty()) {
      return f;
    }
    List<Arg> conditioned = new ArrayList<>();
    List<Integer> level = new ArrayList<>(List.of(f.trigger()));
    Set<Integer> seen = new HashSet<>(level);
    for (int depth = 0; depth < MAX_DEEP_TARGET_DEPTH && !level.isEmpty() && conditioned.isEmpty(); depth++) {
      List<Integer> next = new ArrayList<>();
      for (int x : level) {
        for (DepEdge d : c.g.children(x)) {
          String b = d.baseRelation();
          if (b.equals("advcl") && isConditional(c, d)) {
            for (int sj : c.g.children(d.dependent(), "nsubj")) {
              conditioned.addAll(actorsAt(c, sj, depth + 2, false));
            }
          } else if ((b.equals("xcomp") || b.equals("ccomp") || b.equals("obj") || b.equals("obl"))
              && seen.add(d.dependent())) {
            next.add(d.dependent());
          }
        }
      }
      level = next;
    }
    List<Arg> foreign = withoutSameCountry(dedupe(conditioned, f.trigger()), f.sources());
    if (foreign.isEmpty() || !foreignToSources(foreign, f.sources())) {
      return f;
    }
    return new Frame(f.trigger(), f.clauseHead(), f.code(), f.sources(), foreign, List.of(), f.symmetric(),
        f.specificity(), f.pattern(), f.triggerText(), f.statementHead());
  }

  /**
   * A sourced rejection (12x) without a foreign target whose object is a definite claim noun of no
   * named author ({@link #CLAIM_NOUNS}: "rejected that claim", "dismissed the allegations as
   * baseless") rejects what the party behind the document's latest force event said about it: that
   * agent is the target, when foreign to every source.
   */
  private Frame withClaimantTarget(Ctx c, Frame f) {
    if (c.antecedentAgent == null || f.code() == null || !f.code().startsWith("12") || f.sources().isEmpty()
        || !withoutSameCountry(dedupe(f.targets(), f.trigger()), f.sources()).isEmpty()
        || !withoutSameCountry(dedupe(f.fallbackTargets(), f.trigger()), f.sources()).isEmpty()) {
      return f;
    }
    boolean claim = false;
    for (int o : objectsOf(c, f.trigger())) {
      claim |= CLAIM_NOUNS.contains(c.g.lemma(o).toLowerCase(java.util.Locale.ROOT)) && hasDefiniteDeterminer(c, o)
          && c.covering(o).isEmpty() && argsOf(c, o, MODIFIER_RELS, 1, false).isEmpty()
          && c.g.children(o, "nmod:by").isEmpty();
    }
    List<Arg> agent = List.of(new Arg(c.antecedentAgent, 3));
    if (!claim || !foreignToSources(agent, f.sources())) {
      return f;
    }
    return new Frame(f.trigger(), f.clauseHead(), f.code(), f.sources(), List.of(), agent, f.symmetric(),
        f.specificity(), f.pattern(), f.triggerText(), f.statementHead());
  }

  /**
   * A sourced response (03x, 08x, 12x: accepting, yielding, rejecting) without a target of a known
   * foreign country whose trigger governs, within two edges and by whatever relation the parser chose,
   * a proposal noun ({@link #PROPOSAL_NOUNS}: "rejected North Korea's demand to sever ...", "rejected
   * Thursday a United Nations appeal", "accepted a formula from the EU") is aimed at that proposal's
   * author: its possessive, compound or adjective actor, or its "from" / "by" phrase.
   */
  private Frame withProposerTarget(Ctx c, Frame f) {
    if (f.code() == null || !isResponse(f.code()) || f.sources().isEmpty()
        || hasForeignCountryTarget(f.targets(), f) || hasForeignCountryTarget(f.fallbackTargets(), f)) {
      return f;
    }
    List<Integer> level = new ArrayList<>(List.of(f.trigger()));
    Set<Integer> seen = new HashSet<>(level);
    for (int depth = 1; depth <= 2 && !level.isEmpty(); depth++) {
      List<Integer> next = new ArrayList<>();
      for (int x : level) {
        for (DepEdge d : c.g.children(x)) {
          int y = d.dependent();
          String b = d.baseRelation();
          if (b.equals("conj") || b.equals("parataxis") || b.equals("punct") || !seen.add(y)
              || x == f.trigger() && (b.equals("nsubj") || d.relation().equals("obl:agent"))) {
            continue; // the responder itself is no author of what it responds to
          }
          if (PROPOSAL_NOUNS.contains(c.g.lemma(y).toLowerCase(java.util.Locale.ROOT)) && c.g.token(y).isNoun()) {
            List<Arg> authors = new ArrayList<>();
            for (DepEdge m : c.g.children(y)) {
              String r = m.relation();
              if (r.equals("nmod:poss") || r.equals("compound") || r.equals("amod") || r.equals("nmod:from")
                  || r.equals("nmod:by") || r.equals("nmod:agent")) {
                authors.addAll(actorsAt(c, m.dependent(), depth + 1, false));
              }
            }
            List<Arg> foreign = withoutSameActors(dedupe(authors, f.trigger()), f.sources());
            if (!foreign.isEmpty()) {
              return new Frame(f.trigger(), f.clauseHead(), f.code(), f.sources(), foreign, List.of(), f.symmetric(),
                  f.specificity(), f.pattern(), f.triggerText(), f.statementHead());
            }
          }
          next.add(y);
        }
      }
      level = next;
    }
    return f;
  }

  /** Whether {@code args} hold an actor of a known country other than every source's. */
  private static boolean hasForeignCountryTarget(List<Arg> args, Frame f) {
    for (Arg a : withoutSameCountry(dedupe(args, f.trigger()), f.sources())) {
      if (!isCountryless(a)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCountryless(Arg a) {
    String p = a.mention().actor() == null ? null : a.mention().actor().primary();
    return p == null || p.equals("---");
  }

  /** "the claim", "that claim" (also when the parser takes "that" for a modifier). */
  private boolean hasDefiniteDeterminer(Ctx c, int n) {
    for (DepEdge d : c.g.children(n)) {
      if ((d.relation().equals("det") || d.relation().equals("amod"))
          && DEFINITE_DETERMINERS.contains(c.g.lemma(d.dependent()).toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** An adverbial clause of condition: "if" or "unless" (as subtype or marker). */
  private boolean isConditional(Ctx c, DepEdge d) {
    if (d.subtype().equals("if") || d.subtype().equals("unless")) {
      return true;
    }
    for (int m : c.g.children(d.dependent(), "mark")) {
      String w = c.g.lemma(m).toLowerCase(java.util.Locale.ROOT);
      if (w.equals("if") || w.equals("unless")) {
        return true;
      }
    }
    return false;
  }

  /** True when the trigger or a word it governs (not through conjuncts or loose clauses) speaks of retaliation. */
  private boolean governsRetaliationWord(Ctx c, Frame f) {
    List<Integer> level = new ArrayList<>(List.of(f.trigger()));
    Set<Integer> seen = new HashSet<>(level);
    for (int depth = 0; depth <= MAX_DEEP_TARGET_DEPTH && !level.isEmpty(); depth++) {
      List<Integer> next = new ArrayList<>();
      for (int x : level) {
        String lemma = c.g.lemma(x).toLowerCase(java.util.Locale.ROOT);
        if (RETALIATION_LEMMAS.contains(lemma)
            || STRIKE_BACK_VERBS.contains(lemma) && hasBack(c, x)) {
          return true;
        }
        for (DepEdge d : c.g.children(x)) {
          String b = d.baseRelation();
          if (!b.equals("conj") && !b.equals("parataxis") && !b.equals("acl") && !b.equals("advcl")
              && seen.add(d.dependent())) {
            next.add(d.dependent());
          }
        }
      }
      level = next;
    }
    return false;
  }

  /** "hit back", "struck back hard": the particle or adverb "back". */
  private boolean hasBack(Ctx c, int v) {
    for (DepEdge d : c.g.children(v)) {
      if ((d.relation().equals("compound:prt") || d.relation().equals("advmod")) && c.g.lemma(d.dependent()).equalsIgnoreCase("back")) {
        return true;
      }
    }
    return false;
  }

  private List<Arg> deepTargets(Ctx c, Frame f) {
    Set<Integer> seen = new HashSet<>();
    Map<Integer, Boolean> level = new LinkedHashMap<>(); // node -> reached through a place preposition
    level.put(f.trigger(), false);
    if (f.clauseHead() != f.trigger() && f.clauseHead() > 0) {
      level.put(f.clauseHead(), false);
    }
    seen.addAll(level.keySet());
    for (int depth = 1; depth <= MAX_DEEP_TARGET_DEPTH && !level.isEmpty(); depth++) {
      Map<Integer, Boolean> next = new LinkedHashMap<>();
      List<Arg> found = new ArrayList<>();
      for (Map.Entry<Integer, Boolean> h : level.entrySet()) {
        for (DepEdge d : c.g.children(h.getKey())) {
          int x = d.dependent();
          if (seen.contains(x) || !followsForTarget(c, d) || isForce(f.code()) && d.subtype().equals(ORIGIN_PREP)) {
            continue; // where a shot came from is not what it hit
          }
          seen.add(x);
          boolean locative = h.getValue() || isLocative(c, x);
          // "withdraw its troops": the subject's own instrument is no target, what it governs may be
          List<Arg> here = isOwnedByPronoun(c, x) ? List.of() : withoutSameActors(actorsAt(c, x, depth, false), f.sources());
          if (locative && !foreignToSources(here, f.sources())) {
            here = List.of();
          }
          if (here.isEmpty()) {
            next.put(x, locative);
          } else {
            found.addAll(here);
          }
        }
      }
      if (!found.isEmpty()) {
        return found;
      }
      level = next;
    }
    return List.of();
  }

  /** Whether the search for a missing target may go down edge {@code d}. */
  private boolean followsForTarget(Ctx c, DepEdge d) {
    String b = d.baseRelation();
    switch (b) {
      case "obj", "iobj", "xcomp" -> {
        return true;
      }
      case "obl", "nmod" -> {
        if (d.subtype().equals("poss") && "PRP$".equals(c.g.token(d.dependent()).pos())) {
          return false; // "its", "their": the owner is the source side
        }
        // argument prepositions only: not "by" (an agent), "despite", "after", "as", "because of"
        return DEEP_TARGET_PREPS.contains(d.subtype()) || LOCATIVE_PREPS.contains(d.subtype());
      }
      case "advcl" -> {
        // a purpose clause without a subject of its own ("sent troops to protect X"), not "if"/"when"
        int x = d.dependent();
        if (!c.g.children(x, "nsubj").isEmpty() || !c.g.children(x, "nsubj:pass").isEmpty()) {
          return false;
        }
        for (int m : c.g.children(x, "mark")) {
          if (!c.g.lemma(m).equals("to")) {
            return false;
          }
        }
        return d.subtype().isEmpty() || d.subtype().equals("to");
      }
      default -> {
        return false;
      }
    }
  }

  /** A noun introduced by a place preposition ("in Syria", "near Erbil", "across Iraq"). */
  private boolean isLocative(Ctx c, int x) {
    for (int k : c.g.children(x, "case")) {
      if (LOCATIVE_PREPS.contains(c.g.lemma(k).toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** True when every found actor lies in a country none of the sources belongs to (and there are sources). */
  private static boolean foreignToSources(List<Arg> found, List<Arg> sources) {
    if (found.isEmpty() || sources.isEmpty()) {
      return false;
    }
    for (Arg a : found) {
      String pa = a.mention().actor() == null ? null : a.mention().actor().primary();
      if (pa == null) {
        return false;
      }
      for (Arg s : sources) {
        String ps = s.mention().actor() == null ? null : s.mention().actor().primary();
        if (ps == null || ps.equals(pa)) {
          return false;
        }
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- constructions

  private Optional<Frame> controlFrame(Ctx c, int v) {
    String particle = c.g.particle(v);
    ControlEntry entry = null;
    for (ControlEntry e : lexicon.controls(c.g.lemma(v))) {
      if ((e.particle() == null || e.particle().equals(particle))
          && (e.oblique() == null || !nonTemporal(c, c.g.children(v, "obl:" + e.oblique())).isEmpty())) {
        entry = e;
        break;
      }
    }
    if (entry == null || isReportedObligation(c, v)) {
      return Optional.empty();
    }
    ComplementFamily family = lexicon.family(entry.family()).orElseThrow();
    Frame comp = complement(c, v, entry);
    if ((entry.needsEvent() || !isVerbLike(c, v)) && (comp == null || comp.code() == null)) {
      return Optional.empty(); // "ready to help": only a lexicon event it governs is coded
    }
    if (comp == null && bestVerbEntry(c, v) != null) {
      return Optional.empty(); // "rejected the proposal": the plain verb entry codes it
    }
    if (family.name().equals(INTEND_FAMILY) && isObjectControlled(c, v)) {
      // "Obama wants Putin to attack Switzerland": wanting another party to act is an appeal to it
      family = lexicon.family(APPEAL_FAMILY).orElse(family);
    }
    List<Arg> sources = argsOf(c, v, SOURCE_RELS_VERB, 1, false);
    sources.addAll(activeAclGovernor(c, v));
    List<Arg> objects = new ArrayList<>();
    for (int o : c.g.children(v, "obj")) {
      if (comp == null || o != comp.trigger()) {
        objects.addAll(actorsAt(c, o, 1, false));
      }
    }
    objects.addAll(argsOf(c, v, Set.of("iobj"), 1, false));
    List<Arg> targets = new ArrayList<>();
    if (family.targetRule() == ComplementFamily.TargetRule.AGENT) {
      // the addressee: "called on Iran to", "appealed to the UN to", "demanded support from X"
      targets.addAll(objects);
      for (DepEdge d : c.g.childrenByBase(v, "obl")) {
        if (ADDRESSEE_PREPS.contains(d.subtype())) {
          targets.addAll(actorsAt(c, d.dependent(), 1, false));
        }
      }
      if (withoutSameActors(targets, sources).isEmpty() && comp == null) {
        targets.addAll(withoutSameActors(objectAuthors(c, v), sources));
      }
      if (withoutSameActors(targets, sources).isEmpty() && comp != null) {
        targets.addAll(withoutSameActors(comp.sources(), sources));
        if (targets.isEmpty()) {
          targets.addAll(comp.targets());
        }
        if (targets.isEmpty()) {
          targets.addAll(comp.fallbackTargets());
        }
      }
    } else {
      if (comp != null) {
        targets.addAll(comp.targets());
        if (targets.isEmpty()) {
          targets.addAll(comp.fallbackTargets());
        }
      }
      if (targets.isEmpty()) {
        targets.addAll(objects);
      }
      if (targets.isEmpty() && comp != null) {
        // "rejected a U.S. request", "rejected North Korea's demand": the author of the complement
        targets.addAll(withoutSameActors(comp.sources(), sources));
      }
    }
    if (comp == null && sources.isEmpty() && targets.isEmpty()) {
      return Optional.empty();
    }
    c.consumed.add(v);
    absorbObjectEventNouns(c, v, Set.of(), false);
    String code = family.derive(comp == null ? null : comp.code());
    // "Biden and Kadhimi agreed to end the mission": the control verb's own symmetric entry pairs
    // coordinated subjects both ways when the complement names no target
    TriggerEntry own = bestVerbEntry(c, v);
    boolean symmetric = own != null && own.symmetric() || comp != null && comp.symmetric();
    return Optional.of(new Frame(v, v, code, sources, targets, List.of(), symmetric,
        1 + (comp == null ? 0 : 1), "control:" + family.name(), triggerText(c, v, entry.particle())));
  }

  /**
   * "demanded an immediate admission by Moscow", "demanded an apology from Israel": the party named by
   * a "by" or "from" phrase of a demanded object that is no actor and no event is the one addressed.
   */
  private List<Arg> objectAuthors(Ctx c, int v) {
    List<Arg> out = new ArrayList<>();
    for (int o : c.g.children(v, "obj")) {
      if (c.covering(o).isPresent() || isEventNoun(c, o)) {
        continue;
      }
      for (DepEdge d : c.g.childrenByBase(o, "nmod")) {
        if (d.subtype().equals("by") || d.subtype().equals("from")) {
          out.addAll(actorsAt(c, d.dependent(), 2, false));
        }
      }
    }
    return out;
  }

  /**
   * "said Turkey must be ready to withdraw": a control word under an obligation auxiliary in a speech
   * verb's complement is the speaker's demand ({@link #speechFrame}), not the subject's intent.
   */
  private boolean isReportedObligation(Ctx c, int v) {
    if (!hasAux(c, v, OBLIGATION_AUX)) {
      return false;
    }
    Optional<DepEdge> head = c.g.primaryHead(v);
    return head.isPresent() && head.get().baseRelation().equals("ccomp") && head.get().governor() > 0
        && lexicon.isSpeechVerb(c.g.lemma(head.get().governor()));
  }

  /**
   * Whether the open complement of {@code v} is controlled by its object, an actor ("wants Putin to
   * attack": Putin is to act, not the subject).
   */
  private boolean isObjectControlled(Ctx c, int v) {
    for (int o : c.g.children(v, "obj")) {
      if (c.covering(o).isEmpty()) {
        continue;
      }
      for (int x : c.g.children(v, "xcomp")) {
        if (c.g.children(x, "nsubj:xsubj").contains(o)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The complement event of a control verb, consumed; null when there is none. */
  private Frame complement(Ctx c, int v, ControlEntry entry) {
    for (int x : c.g.children(v, "xcomp")) {
      int cur = x;
      int guard = 0;
      while (lexicon.isAspectVerb(c.g.lemma(cur)) && guard++ < 4) {
        List<Integer> next = c.g.children(cur, "xcomp");
        if (next.isEmpty()) {
          break;
        }
        cur = next.get(0);
      }
      Frame f = null;
      if (isVerbLike(c, cur)) {
        Frame light = lightFrame(c, cur);
        if (light != null) {
          f = light;
        } else if (lexicon.isAspectVerb(c.g.lemma(cur))) {
          for (int o : c.g.children(cur, "obj")) {
            if (isEventNoun(c, o)) {
              f = nounFrame(c, o).orElse(null);
            }
          }
        }
        if (f == null) {
          TriggerEntry te = bestVerbEntry(c, cur);
          if (te != null) {
            f = verbFrame(c, cur, te);
          }
        }
      } else if (isEventNoun(c, cur)) {
        f = nounFrame(c, cur).orElse(null);
      }
      if (f == null && isVerbLike(c, cur)) {
        f = genericFrame(c, cur);
      }
      if (f != null) {
        c.consumed.add(x);
        c.consumed.add(cur);
        c.consumed.add(f.trigger());
        return f;
      }
    }
    for (int x : c.g.children(v, "ccomp")) {
      if (!isVerbLike(c, x) && !hasSubject(c, x) || c.consumed.contains(x)) {
        continue; // a complement with a subject is a clause even when its verb is mistagged ("that Iran end")
      }
      Frame f = clauseFrame(c, x);
      c.consumed.add(x);
      c.consumed.add(f.trigger());
      return f;
    }
    List<Integer> nouns = new ArrayList<>();
    if (entry.oblique() != null) {
      nouns.addAll(nonTemporal(c, c.g.children(v, "obl:" + entry.oblique())));
    } else {
      nouns.addAll(c.g.children(v, "obj"));
    }
    for (int o : nouns) {
      if (isEventNoun(c, o)) {
        Optional<Frame> f = nounFrame(c, o);
        if (f.isPresent()) {
          c.consumed.add(o);
          return f.get();
        }
      }
    }
    return null;
  }

  /**
   * A speech verb whose clausal complement is a demand or a statement of intent:
   *
   * <ul>
   *   <li>obligation ("said Iraq must pay", "would have to", "should"): the {@code DEMAND} family, the
   *       complement's subject as target;
   *   <li>the speaker's own future action ("said it would retaliate", "said they will boycott the
   *       talks"; subject a personal pronoun or the speaker's actor): {@code THREATEN} for demands and
   *       conflict (roots 10-20), {@code INTEND} for cooperation, {@code REFUSE} when negated ("said he
   *       would not provide support"), the complement's target as target.
   * </ul>
   *
   * Aspect verbs and predicate adjectives are looked through ("said it would keep attacking US forces",
   * "said the US must be ready to mediate"), and a "to" infinitive
   * the parser made a clausal complement counts as open ("would have to pay"). The speech verb is the
   * trigger; the complement is consumed. Empty when the complement is neither, or (for intent) has no
   * lexicon event.
   */
  /** True when {@code x} has an "if" / "unless" clause ("could strike if the attacks continued"). */
  private static boolean hasConditionClause(Ctx c, int x) {
    for (DepEdge e : c.g.children(x)) {
      if (e.baseRelation().equals("advcl") && CONDITION_MARKS.contains(e.subtype())) {
        return true;
      }
    }
    return false;
  }

  private Optional<Frame> speechFrame(Ctx c, int v) {
    List<Arg> speakers = argsOf(c, v, SOURCE_RELS_VERB, 1, false);
    if (speakers.isEmpty()) {
      return Optional.empty();
    }
    for (int x : c.g.children(v, "ccomp")) {
      if (!isVerbLike(c, x) && !c.g.token(x).isNoun() && !"JJ".equals(c.g.token(x).pos())) {
        continue;
      }
      int head = x;
      boolean obligation = hasAux(c, x, OBLIGATION_AUX);
      int infinitive = infinitiveComplement(c, x);
      if ((c.g.lemma(x).equals("have") || c.g.lemma(x).equals("need")) && infinitive > 0) {
        head = infinitive;
        obligation = true;
      }
      if (isAdjective(c, head) && infinitiveComplement(c, head) > 0) {
        head = infinitiveComplement(c, head); // "said the US must be ready to mediate"
      }
      for (int guard = 0; guard < 3 && lexicon.isAspectVerb(c.g.lemma(head)); guard++) {
        int next = infinitiveComplement(c, head); // "said it would keep attacking US forces"
        if (next <= 0) {
          break;
        }
        head = next;
      }
      // "said they could strike militia targets if the attacks continued": a conditional offer or threat of
      // the speaker's own side is a statement of intent like "would" (the subject check below keeps forecasts out)
      boolean future = hasAux(c, x, FUTURE_AUX) || hasAux(c, x, CONDITIONAL_MODAL_AUX) && hasConditionClause(c, x);
      if (!obligation && !future && CLAIM_VERBS.contains(c.g.lemma(v))) {
        Optional<Frame> claim = responsibilityClaim(c, v, x, speakers);
        if (claim.isPresent()) {
          return claim;
        }
      }
      if (!obligation && !future) {
        Optional<Frame> stance = judgmentOrAccusation(c, v, x, speakers);
        if (stance.isPresent()) {
          return stance;
        }
        continue;
      }
      List<Arg> subjects = new ArrayList<>();
      for (int sj : c.g.children(x, "nsubj")) {
        subjects.addAll(actorsAt(c, sj, 1, false));
      }
      if (obligation) {
        if (!isVerbLike(c, head) || withoutSameActors(subjects, speakers).isEmpty()) {
          continue;
        }
        Frame comp = clauseFrame(c, head);
        ComplementFamily family = lexicon.family(DEMAND_FAMILY).orElse(null);
        if (family == null) {
          return Optional.empty();
        }
        consumeClause(c, v, x, head, comp);
        return Optional.of(new Frame(v, v, family.derive(comp.code()), speakers,
            withoutSameActors(subjects, speakers), List.of(), false, 2, "speech:" + family.name(),
            c.g.token(v).word() + " " + c.g.token(x).word()));
      }
      if (!isVerbLike(c, head) || !speakerIsSubject(c, x, subjects, speakers)) {
        continue;
      }
      Frame comp = clauseFrame(c, head);
      if (comp.code() == null) {
        continue;
      }
      int root = Integer.parseInt(comp.code().substring(0, 2));
      boolean negated = isNegatedClause(c, x);
      if (!negated && root >= 10 && root <= 12) {
        continue; // "said it would reject the plan": the rejection itself is coded by its verb
      }
      String familyName = negated ? REFUSE_FAMILY : root >= 13 ? THREATEN_FAMILY : INTEND_FAMILY;
      ComplementFamily family = lexicon.family(familyName).orElse(null);
      if (family == null) {
        continue;
      }
      List<Arg> targets = new ArrayList<>(comp.targets());
      if (targets.isEmpty()) {
        targets.addAll(comp.fallbackTargets());
      }
      consumeClause(c, v, x, head, comp);
      return Optional.of(new Frame(v, v, family.derive(comp.code()), speakers, withoutSameActors(targets, speakers),
          List.of(), comp.symmetric(), 2, "speech:" + family.name(), c.g.token(v).word() + " " + c.g.token(head).word()));
    }
    return Optional.empty();
  }

  /**
   * A lexicon event in a future clause that a speech verb reports is an announced act, coded as CAMEO
   * and the public gold standards code it: as a statement of intent ("Portugal will support Turkey's
   * bid, Soares said", "Israel announced it would free 150 prisoners", "The UN will provide food aid,
   * the WFP said"). Without a speech verb the future is the writer's schedule of the act itself
   * ("Sudani will also meet business leaders", "The United States will supply arms to Israel"):
   * coded as the act, its modality planned.
   *
   * <p>The future is {@code will / shall / 'll} on the event's verb (or on the verb it is a
   * subject-less conjunct of, or an aspect verb it complements: "will continue to attack"), {@code
   * would} when the clause is reported speech (the complement of a speech verb, or a clause a speech
   * verb is attached to: "..., officials said") and the speaker owns the act (a personal pronoun
   * subject, or a speaker of the source's country; "the two governments said the coalition would
   * support ..." is a forecast), {@code is to} ("Israel is to release") and {@code is going to}. The
   * event is re-coded through a family of the lexicon:
   *
   * <ul>
   *   <li>cooperation (roots 01-09): {@code INTEND} (03x: "will visit" 036, "will free" 0353);
   *       negated, {@code REFUSE} (12x: "will not allow");
   *   <li>protest, force posture, reduced relations, coercion and force (14-20): {@code THREATEN}
   *       (13x: "will impose a curfew" 137, "will strike" 138x), as {@link #speechFrame} does, except
   *       when a speech verb reports a third party's act (the speaker of another country than every
   *       source: "the US said Iran would attack Israel" stays the reported attack);
   *   <li>demands, disapproval and rejection (10-12) and threats (13) are coded as the act itself; so
   *       is a negated conflictual act.
   * </ul>
   *
   * A pronoun subject without an actor ("announced it would free") takes the speech verb's speaker as
   * source. Sides are otherwise the act's. The frame's {@code statementHead} is the speech verb when
   * its speaker is of the source's country, else the future clause. Frames that are not future are
   * returned unchanged.
   */
  private Frame asStatementOfIntent(Ctx c, Frame f) {
    int x = f.clauseHead();
    if (f.code() == null || f.statementHead() > 0 || !isVerbLike(c, x) || !isFutureClause(c, x, true)) {
      return f;
    }
    int root = Integer.parseInt(f.code().substring(0, 2));
    boolean negated = isNegatedClause(c, x);
    String familyName;
    if (negated) {
      if (root > 9) {
        return f; // "will not attack": a negated act, not a threat
      }
      familyName = REFUSE_FAMILY;
    } else if (root <= 9) {
      familyName = INTEND_FAMILY;
    } else if (root >= 14) {
      familyName = THREATEN_FAMILY;
    } else {
      return f; // 10-12 are stated as such; 13 is a threat already
    }
    ComplementFamily family = lexicon.family(familyName).orElse(null);
    int speech = speechVerbOf(c, x);
    if (family == null || speech == 0) {
      return f; // "Sudani will meet business leaders": the writer's schedule of the act, planned
    }
    List<Arg> speakers = speech > 0 ? argsOf(c, speech, SOURCE_RELS_VERB, 1, false) : List.of();
    List<Arg> sources = f.sources();
    if (sources.isEmpty() && hasPronounSubject(c, x)) {
      sources = speakers; // "Israel announced it would free": the speaker announces its own act
    }
    boolean thirdParty = !speakers.isEmpty() && !sources.isEmpty()
        && withoutSameCountry(sources, speakers).size() == sources.size();
    if (thirdParty && familyName.equals(THREATEN_FAMILY)) {
      return f; // a reported prediction of another party's violence, not its threat
    }
    if (!isFutureClause(c, x, false) && (speakers.isEmpty() || thirdParty) && !hasPronounSubject(c, x)) {
      return f; // "said the coalition would support": a "would" that no speaker of the side owns is a forecast
    }
    int statementHead = !speakers.isEmpty() && !thirdParty ? speech : x;
    return new Frame(f.trigger(), x, family.derive(f.code()), sources, f.targets(), f.fallbackTargets(),
        f.symmetric(), f.specificity() + 1, "future:" + family.name(), f.triggerText(), statementHead);
  }

  /**
   * Whether verb {@code x} heads a future clause (see {@link #asStatementOfIntent}): its own future
   * auxiliary, "is to" / "is going to", or, when it has no auxiliary and no subject of its own
   * (enhanced++ copies the shared one), the future of the verb it is a conjunct of ("will free the
   * prisoners and withdraw") or the aspect verb it complements ("will continue to attack").
   */
  private boolean isFutureClause(Ctx c, int x, boolean reportedWould) {
    int h = x;
    for (int guard = 0; guard < 4; guard++) {
      if (hasAux(c, h, WILL_AUX) || reportedWould && hasAux(c, h, WOULD_AUX) && speechVerbOf(c, h) > 0
          || isToFuture(c, h)) {
        return true;
      }
      if (!c.g.children(h, "aux").isEmpty()) {
        return false; // "has attacked", "could attack": a tense or mood of its own
      }
      int next = 0;
      for (DepEdge d : c.g.heads(h)) {
        int g = d.governor();
        if (g <= 0) {
          continue;
        }
        boolean aspect = d.relation().equals("xcomp") && lexicon.isAspectVerb(c.g.lemma(g));
        boolean conjunct = d.relation().startsWith("conj") && isVerbLike(c, g)
            && c.g.children(g, "nsubj").containsAll(c.g.children(h, "nsubj")); // enhanced++ copies a shared subject
        if (aspect || conjunct) {
          next = g;
          break;
        }
      }
      if (next == 0) {
        return false;
      }
      h = next;
    }
    return false;
  }

  /**
   * "Israel is to release the prisoners", "Iran is going to attack": an infinitive complement ("to")
   * of "be" whose subject names an actor ("the aim is to weaken Iran" is no future), or of "going"
   * with an auxiliary "be". The parser may also attach "is" to the verb as its auxiliary.
   */
  private boolean isToFuture(Ctx c, int x) {
    boolean to = false;
    for (int m : c.g.children(x, "mark")) {
      to |= c.g.lemma(m).equalsIgnoreCase("to");
    }
    if (!to) {
      return false;
    }
    for (int a : c.g.children(x, "aux")) {
      if (c.g.lemma(a).equals("be")) {
        return hasActorSubject(c, x);
      }
    }
    Optional<DepEdge> head = c.g.primaryHead(x);
    if (head.isEmpty() || !head.get().relation().equals("xcomp") || head.get().governor() <= 0) {
      return false;
    }
    int g = head.get().governor();
    if (c.g.lemma(g).equals("be")) {
      return hasActorSubject(c, g) || hasActorSubject(c, x);
    }
    if (c.g.lemma(g).equals("go") && "VBG".equals(c.g.token(g).pos())) {
      for (int a : c.g.children(g, "aux")) {
        if (c.g.lemma(a).equals("be")) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean hasActorSubject(Ctx c, int x) {
    for (String rel : List.of("nsubj", "nsubj:xsubj")) {
      for (int sj : c.g.children(x, rel)) {
        if (!actorsAt(c, sj, 1, false).isEmpty()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The speech verb that reports the clause headed by {@code x}, or 0: the verb it (or the verb it is
   * a conjunct or complement of) is the complement of ("said it will", "said it is going to"), or a
   * speech verb attached to it as a parenthetical, adverbial or loose clause ("Portugal will support
   * Turkey, Soares said"; "as Israel announced it would free"; the parser's {@code dep}, {@code csubj}
   * and {@code obl:tmod} for a trailing "officials said").
   */
  private int speechVerbOf(Ctx c, int x) {
    int h = x;
    for (int guard = 0; guard < 3 && h > 0; guard++) {
      for (DepEdge d : c.g.children(h)) {
        if (REPORTING_ATTACHMENTS.contains(d.relation())
            || d.baseRelation().equals("advcl") && !CONDITIONAL_MARKS.contains(d.subtype())) {
          if (isVerbLike(c, d.dependent()) && lexicon.isSpeechVerb(c.g.lemma(d.dependent()))) {
            return d.dependent();
          }
        }
      }
      Optional<DepEdge> head = c.g.primaryHead(h);
      if (head.isEmpty() || head.get().governor() <= 0) {
        return 0;
      }
      String b = head.get().baseRelation();
      int g = head.get().governor();
      if ((b.equals("ccomp") || b.equals("parataxis")) && lexicon.isSpeechVerb(c.g.lemma(g))) {
        return g;
      }
      if (!b.equals("conj") && !b.equals("xcomp")) {
        return 0;
      }
      h = g;
    }
    return 0;
  }

  private boolean hasPronounSubject(Ctx c, int x) {
    List<Integer> subjects = new ArrayList<>(c.g.children(x, "nsubj"));
    subjects.addAll(c.g.children(x, "nsubj:xsubj"));
    for (int sj : subjects) {
      if ("PRP".equals(c.g.token(sj).pos()) && !c.g.lemma(sj).equalsIgnoreCase("you")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "The US claimed that they had attacked Iraq", "Hamas claimed it had fired the rockets": claiming
   * one's own violence (the clause's subject a personal pronoun or the speaker's actor, not negated) is
   * claiming responsibility ({@value #CLAIM_RESPONSIBILITY_CODE}) toward the act's target. Only the
   * speech verb is consumed: the act itself is coded too, as reported.
   */
  private Optional<Frame> responsibilityClaim(Ctx c, int v, int x, List<Arg> speakers) {
    if (!isVerbLike(c, x) || isNegatedClause(c, x)) {
      return Optional.empty();
    }
    List<Arg> subjects = new ArrayList<>();
    for (int sj : c.g.children(x, "nsubj")) {
      subjects.addAll(actorsAt(c, sj, 1, false));
    }
    if (!speakerIsSubject(c, x, subjects, speakers)) {
      return Optional.empty();
    }
    Set<Integer> consumedBefore = new HashSet<>(c.consumed);
    Frame comp = clauseFrame(c, x);
    c.consumed.retainAll(consumedBefore); // the act stays to be coded by its own construction
    if (!isForce(comp.code())) {
      return Optional.empty();
    }
    List<Arg> targets = new ArrayList<>(comp.targets());
    if (targets.isEmpty()) {
      targets.addAll(comp.fallbackTargets());
    }
    c.consumed.add(v);
    return Optional.of(new Frame(v, v, CLAIM_RESPONSIBILITY_CODE, speakers, withoutSameActors(targets, speakers),
        List.of(), false, 2, "speech:claim", c.g.token(v).word() + " " + c.g.token(x).word()));
  }

  /**
   * The open complement of verb {@code x} ("keep attacking", "have to pay"), also when the parser makes
   * a "to" infinitive a clausal complement ("would have to pay" as {@code ccomp}); 0 when none.
   */
  private int infinitiveComplement(Ctx c, int x) {
    List<Integer> xcomps = c.g.children(x, "xcomp");
    if (!xcomps.isEmpty()) {
      return xcomps.get(0);
    }
    for (int y : c.g.children(x, "ccomp")) {
      if (isVerbLike(c, y) && !hasSubject(c, y)) {
        for (int m : c.g.children(y, "mark")) {
          if (c.g.lemma(m).equalsIgnoreCase("to")) {
            return y;
          }
        }
      }
    }
    return 0;
  }

  /**
   * What a speaker says about another party's violence:
   *
   * <ul>
   *   <li>a judgment ("said the strikes were a violation of sovereignty", "said the killing was a
   *       reckless step"): a copular predicate on a force event noun is disapproval ({@value
   *       #DISAPPROVE_CODE}) of the noun's agent (its own or the document's latest, see {@link
   *       #match(AnnotatedSentence, DocumentActors, ActorMention)}), unless the agent is of the
   *       speaker's own country;
   *   <li>an allegation ("said that Iraq had attacked Kuwait"): a "that" clause reporting a third
   *       party's force event is an accusation ({@value #ACCUSE_CODE}) of that party; the reported
   *       event is not coded again. A clause without "that" ("the Pentagon said militants fired
   *       rockets") or whose subject is a pronoun or of the speaker's country ("a US official confirmed
   *       that American forces had carried out the strike") stays a report of the event itself.
   * </ul>
   */
  private Optional<Frame> judgmentOrAccusation(Ctx c, int v, int x, List<Arg> speakers) {
    if (isNegatedClause(c, x)) {
      return Optional.empty();
    }
    if (c.g.hasChild(x, "cop")) {
      List<Integer> subjects = new ArrayList<>(c.g.children(x, "nsubj"));
      subjects.addAll(c.g.children(x, "nsubj:pass"));
      for (int n : subjects) {
        if (!isEventNoun(c, n) || c.consumed.contains(n)) {
          continue;
        }
        TriggerEntry ne = bestNounEntry(c, n);
        Frame nf = ne == null || !isForce(ne.code()) ? null : nounArgsOnly(c, n);
        if (nf == null || nf.sources().isEmpty()) {
          continue;
        }
        List<Arg> agents = withoutSameCountry(nf.sources(), speakers);
        if (agents.size() < nf.sources().size()) {
          continue; // the speaker judging its own strike
        }
        c.consumed.add(v);
        c.consumed.add(x);
        c.consumed.add(n);
        return Optional.of(new Frame(v, v, DISAPPROVE_CODE, speakers, agents, List.of(), false, 2,
            "speech:judgment", c.g.token(v).word() + " " + c.g.token(x).word()));
      }
      return Optional.empty();
    }
    if (!isVerbLike(c, x) || !hasThatMark(c, x)) {
      return Optional.empty();
    }
    for (int sj : c.g.children(x, "nsubj")) {
      if ("PRP".equals(c.g.token(sj).pos())) {
        return Optional.empty();
      }
    }
    Set<Integer> consumedBefore = new HashSet<>(c.consumed);
    Frame comp = clauseFrame(c, x);
    List<Arg> accused = comp.code() == null || !isForce(comp.code()) ? List.of()
        : withoutSameCountry(comp.sources(), speakers);
    if (accused.isEmpty() || accused.size() < comp.sources().size()) {
      c.consumed.retainAll(consumedBefore); // the clause is coded as the report of its own event
      return Optional.empty(); // no violence, no agent, or the speaker's own ("said that its forces had struck")
    }
    consumeClause(c, v, x, x, comp);
    return Optional.of(new Frame(v, v, ACCUSE_CODE, speakers, accused, List.of(), false, 2, "speech:accusation",
        c.g.token(v).word() + " " + c.g.token(x).word()));
  }

  private boolean hasThatMark(Ctx c, int x) {
    for (int m : c.g.children(x, "mark")) {
      if (c.g.lemma(m).equalsIgnoreCase("that")) {
        return true;
      }
    }
    return false;
  }

  private void consumeClause(Ctx c, int v, int x, int head, Frame comp) {
    c.consumed.add(v);
    c.consumed.add(x);
    c.consumed.add(head);
    c.consumed.add(comp.trigger());
  }

  private boolean hasAux(Ctx c, int x, Set<String> lemmas) {
    for (int a : c.g.children(x, "aux")) {
      if (lemmas.contains(c.g.lemma(a)) || lemmas.contains(c.g.token(a).word().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private boolean isNegatedClause(Ctx c, int x) {
    for (int a : c.g.children(x, "advmod")) {
      String w = c.g.token(a).word().toLowerCase(java.util.Locale.ROOT);
      if (w.equals("not") || w.equals("n't") || w.equals("never")) {
        return true;
      }
    }
    return false;
  }

  /** The clause's subject is a personal pronoun or the speaker's actor ("Tehran said Tehran would"). */
  private boolean speakerIsSubject(Ctx c, int x, List<Arg> subjects, List<Arg> speakers) {
    for (int sj : c.g.children(x, "nsubj")) {
      if ("PRP".equals(c.g.token(sj).pos()) && !c.g.lemma(sj).equals("you")) {
        return true;
      }
    }
    for (Arg a : subjects) {
      for (Arg b : speakers) {
        if (sameActor(a.mention(), b.mention())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The event of a clause headed by verb {@code x}: its light-verb or lexicon event, else a generic
   * frame. Not consumed.
   */
  private Frame clauseFrame(Ctx c, int x) {
    Frame light = lightFrame(c, x);
    if (light != null) {
      return light;
    }
    TriggerEntry te = bestVerbEntry(c, x);
    return te != null ? verbFrame(c, x, te) : genericFrame(c, x);
  }

  /**
   * The arguments of a clause whose verb has no lexicon entry ("threatened to cut off electricity to
   * X", "demanded that the US cancel its plans"): subject as source; object, indirect object as
   * targets; obliques and object modifiers (including "in") as fallback targets. Its code is null.
   */
  private Frame genericFrame(Ctx c, int x) {
    List<Arg> sources = argsOf(c, x, SOURCE_RELS_VERB, 1, false);
    List<Arg> targets = new ArrayList<>();
    for (String rel : TARGET_RELS_VERB) {
      for (int t : c.g.children(x, rel)) {
        if (!isOwnedByPronoun(c, t)) {
          targets.addAll(actorsAt(c, t, 1, false));
        }
      }
    }
    List<Arg> fallback = new ArrayList<>();
    for (DepEdge d : c.g.childrenByBase(x, "obl")) {
      if (TARGET_PREPS.contains(d.subtype()) || d.subtype().equals("in")) {
        fallback.addAll(actorsAt(c, d.dependent(), 1, false));
      }
    }
    fallback.addAll(objectModifierTargets(c, x));
    for (int o : c.g.children(x, "obj")) {
      for (int in : c.g.children(o, "nmod:in")) {
        fallback.addAll(actorsAt(c, in, 2, false));
      }
    }
    return new Frame(x, x, null, sources, targets, fallback, false, 0, "clause", c.g.token(x).word());
  }

  private Optional<Frame> verbOrLightFrame(Ctx c, int v) {
    Frame light = lightFrame(c, v);
    if (light != null) {
      c.consumed.add(v);
      c.consumed.add(light.trigger());
      return Optional.of(light);
    }
    TriggerEntry e = bestVerbEntry(c, v);
    if (e == null || describesCodedPatient(c, v, e)) {
      return Optional.empty();
    }
    c.consumed.add(v);
    return Optional.of(verbFrame(c, v, e));
  }

  /** A light verb whose object (or passive subject) is an event noun; null otherwise. */
  private Frame lightFrame(Ctx c, int v) {
    String lemma = c.g.lemma(v);
    String particle = c.g.particle(v);
    if (!lexicon.isLightVerb(lemma, particle) && !lexicon.isLightVerb(lemma, null)) {
      return null;
    }
    List<Integer> objs = new ArrayList<>(c.g.children(v, "obj"));
    objs.addAll(c.g.children(v, "nsubj:pass"));
    for (int o : List.copyOf(objs)) {
      objs.addAll(measuredNouns(c, o));
    }
    for (int n : objs) {
      if (!c.consumed.contains(n) && isEventNoun(c, n)) {
        Optional<Frame> nf = nounFrame(c, n);
        if (nf.isEmpty()) {
          continue;
        }
        Frame f = nf.get();
        List<Arg> sources = new ArrayList<>(f.sources());
        sources.addAll(argsOf(c, v, SOURCE_RELS_VERB, 2, false));
        List<Arg> targets = new ArrayList<>(f.targets());
        for (DepEdge e : c.g.childrenByBase(v, "obl")) {
          if (LIGHT_OBLIQUES.contains(e.subtype())) {
            targets.addAll(actorsAt(c, e.dependent(), 2, false));
          }
        }
        targets.addAll(argsOf(c, v, Set.of("iobj"), 2, false));
        if (f.code().startsWith("14") && targets.isEmpty()) {
          targets.addAll(purposeTargets(c, v));
        }
        c.consumed.add(n);
        return new Frame(n, v, f.code(), sources, targets, f.fallbackTargets(), f.symmetric(),
            f.specificity() + 1, "light", c.g.token(n).word());
      }
    }
    return null;
  }

  private Frame verbFrame(Ctx c, int v, TriggerEntry e) {
    if (isStativePassive(c, v)) {
      return stativeFrame(c, v, e);
    }
    boolean reduced = isReducedParticiple(c, v);
    boolean passive = isPassive(c, v) || reduced;
    List<Arg> sources = argsOf(c, v, reduced ? Set.of("obl:agent") : SOURCE_RELS_VERB, 1, false);
    if (sources.isEmpty() && !passive) {
      sources.addAll(controllerSubjects(c, v));
    }
    List<Arg> targets = new ArrayList<>();
    if (reduced) {
      targets.addAll(argsOf(c, v, Set.of("nsubj"), 1, false)); // "the civilians imprisoned for ...": its patient
    }
    if (c.g.children(v, "obj").isEmpty()) {
      // "released the mayor of Nablus, ... jailed a year ago" parsed with the mayor as the subject of
      // "jailed": the participle's subject is this verb's object, and the participle only describes it
      for (int sj : reducedParticipleSubjects(c, v)) {
        targets.addAll(actorsAt(c, sj, 1, false));
      }
    }
    Set<Integer> consumedObjects = new HashSet<>();
    if (!e.objectLemmas().isEmpty()) {
      for (int o : objectsOf(c, v)) {
        if (objectMatches(c, o, e.objectLemmas()) && isEventNoun(c, o)) {
          consumedObjects.add(o);
          c.consumed.add(o);
        }
      }
    }
    for (String p : e.obliques()) {
      if (p.indexOf(':') >= 0) {
        c.consumed.addAll(obliqueNouns(c, v, p)); // "went on strike": the noun is the verb's event, not another
      }
    }
    List<Arg> viaObjectNoun = new ArrayList<>();
    for (String rel : TARGET_RELS_VERB) {
      for (int t : c.g.children(v, rel)) {
        if (!isOwnedByPronoun(c, t)) {
          List<Arg> found = actorsAt(c, t, 1, consumedObjects.contains(t));
          targets.addAll(found);
          if (consumedObjects.contains(t)) {
            viaObjectNoun.addAll(found);
          }
        }
      }
    }
    if (!e.complementLemmas().isEmpty()) {
      // "called the strikes an aggression": the small clause's subject is what the verb is about
      for (int x : c.g.children(v, "xcomp")) {
        for (int sj : c.g.children(x, "nsubj")) {
          targets.addAll(actorsAt(c, sj, 1, false));
        }
        if (isVerbLike(c, x) && objectMatches(c, x, e.complementLemmas())) {
          // "failed to reach a deal": the complement and its object are this event, not events of their own
          c.consumed.add(x);
          c.consumed.addAll(c.g.children(x, "obj"));
        }
      }
    }
    Optional<DepEdge> head = c.g.primaryHead(v);
    if (head.isPresent() && head.get().relation().equals("acl")) {
      if (passive || c.g.token(v).pos() != null && c.g.token(v).pos().equals("VBN")) {
        targets.addAll(actorsAt(c, head.get().governor(), 1, false));
      } else {
        sources.addAll(aclAgent(c, head.get().governor()));
      }
    }
    List<Arg> fallback = new ArrayList<>();
    boolean force = isForce(e.code());
    for (DepEdge d : c.g.childrenByBase(v, "obl")) {
      if (force && d.subtype().equals(ORIGIN_PREP) && sources.isEmpty() && targets.isEmpty()
          && c.g.children(v, "obj").isEmpty()) {
        // "missiles fired from Iran", "a mortar fired from the Gaza Strip": the origin is the shooter's
        // side (not with an object: "killing nine tourists from Iraq" says where the victims came from)
        sources.addAll(actorsAt(c, d.dependent(), 1, false));
      } else if (TARGET_PREPS.contains(d.subtype())) {
        fallback.addAll(actorsAt(c, d.dependent(), 1, false));
      }
    }
    fallback.addAll(objectModifierTargets(c, v));
    if (e.code().startsWith("08")) {
      fallback.addAll(concessionBeneficiaries(c, v));
    }
    if (isResponse(e.code()) || isStance(e.code())) {
      // "rejected North Korea's demand"; "condemned the strikes" (a definite strike without an agent
      // of its own is the document's latest force event, whose agent the stance is directed at)
      fallback.addAll(objectEventAuthors(c, v, sources));
    }
    if (!e.complementLemmas().isEmpty()) {
      // "called the strike a blatant aggression": the author of the small clause's subject event
      for (int x : c.g.children(v, "xcomp")) {
        fallback.addAll(eventAuthors(c, c.g.children(x, "nsubj"), sources));
      }
    }
    if (e.code().startsWith("11")) {
      List<Arg> grievance = grievanceTargets(c, v, "obl");
      if (!grievance.isEmpty()) {
        fallback = grievance;
        // "filed a complaint with the Council over the strike": the complaint's addressee is the forum
        targets.removeAll(viaObjectNoun);
      }
    }
    if (e.code().startsWith("14") && targets.isEmpty()) {
      fallback.addAll(0, purposeTargets(c, v));
    }
    if (!e.sourcePreps().isEmpty() && !passive) {
      // "the demonstrators received weapons from the government": the giver is the source, the receiver the target
      List<Arg> givers = new ArrayList<>();
      for (String p : e.sourcePreps()) {
        for (int o : giverPhrases(c, v, p)) {
          givers.addAll(actorsAt(c, o, 1, false));
        }
      }
      if (!givers.isEmpty()) {
        targets = new ArrayList<>(sources);
        sources = givers;
        fallback = new ArrayList<>();
      }
    }
    if (e.symmetric() && sources.isEmpty() && targets.isEmpty() && c.g.token(v).pos().equals("VBG")) {
      sources = new ArrayList<>(symmetricSides(c, v)); // "Fighting erupted between X and Y": a gerund subject
    }
    Frame verb = new Frame(v, v, e.code(), sources, targets, fallback, e.symmetric(), e.specificity(), "verb",
        triggerText(c, v, e.particle()));
    if (lexicon.isResultVerb(c.g.lemma(v))) {
      Frame merged = mergeMeans(c, v, verb);
      if (merged != null) {
        return merged;
      }
    }
    absorbObjectEventNouns(c, v, consumedObjects, isStance(e.code()));
    return verb;
  }

  /**
   * "Israel is opposed to French mediation": a stative passive ({@link #STATIVE_PASSIVES}) with a "to"
   * phrase and no agent describes the subject's own stance, so the subject is the source and the "to"
   * phrase (or, for an event noun, its agent) the target.
   */
  private boolean isStativePassive(Ctx c, int v) {
    return STATIVE_PASSIVES.contains(c.g.lemma(v)) && isPassive(c, v) && c.g.children(v, "obl:agent").isEmpty()
        && c.g.children(v, "obl:by").isEmpty() && !c.g.children(v, "obl:to").isEmpty();
  }

  private Frame stativeFrame(Ctx c, int v, TriggerEntry e) {
    List<Arg> sources = argsOf(c, v, Set.of("nsubj:pass"), 1, false);
    List<Integer> stanceObjects = c.g.children(v, "obl:to");
    List<Arg> targets = new ArrayList<>();
    for (int o : stanceObjects) {
      targets.addAll(actorsAt(c, o, 1, false));
    }
    List<Arg> fallback = eventAuthors(c, stanceObjects, sources);
    for (int o : stanceObjects) {
      if (isEventNoun(c, o)) {
        c.consumed.add(o); // "opposed to French mediation": the mediation is what is opposed, no event of its own
      }
    }
    return new Frame(v, v, e.code(), sources, targets, fallback, e.symmetric(), e.specificity(), "verb",
        triggerText(c, v, e.particle()));
  }

  /**
   * The subject of a subject-less verb that the parse left without one: the subject of the verb it is
   * the open complement of (when that verb has no object to control it), or the controlled subject of
   * the complement it is a conjunct of ("Bush scheduled to give a speech and meet with dissidents").
   */
  private List<Arg> controllerSubjects(Ctx c, int v) {
    if (hasSubject(c, v) || !c.g.children(v, "nsubj:xsubj").isEmpty()) {
      return List.of();
    }
    for (DepEdge d : c.g.heads(v)) {
      int g = d.governor();
      if (g <= 0 || !isVerbLike(c, g)) {
        continue;
      }
      if (d.relation().equals("xcomp") && c.g.children(g, "obj").isEmpty() && !isPassive(c, g)) {
        List<Arg> out = argsOf(c, g, Set.of("nsubj"), 2, false);
        if (!out.isEmpty()) {
          return out;
        }
      }
      if (d.relation().startsWith("conj")) {
        List<Arg> out = argsOf(c, g, Set.of("nsubj:xsubj"), 2, false);
        if (!out.isEmpty()) {
          return out;
        }
      }
    }
    return List.of();
  }

  /**
   * "fired shells at X", "imposed restrictions against Y", "broke relations with Z": the target named
   * by a prepositional modifier of an object that is not itself an actor.
   */
  private List<Arg> objectModifierTargets(Ctx c, int v) {
    List<Arg> out = new ArrayList<>();
    for (int o : objectsOf(c, v)) {
      if (c.covering(o).isPresent()) {
        continue;
      }
      for (DepEdge d : c.g.childrenByBase(o, "nmod")) {
        if (NOUN_TARGET_PREPS.contains(d.subtype())) {
          out.addAll(actorsAt(c, d.dependent(), 2, false));
        }
      }
    }
    return out;
  }

  /**
   * "allowed the return of U.N. inspectors", "lifted the siege of Gaza": for a concession, the actor an
   * object noun's "of" phrase names is the one it favours.
   */
  private List<Arg> concessionBeneficiaries(Ctx c, int v) {
    List<Arg> out = new ArrayList<>();
    for (int o : objectsOf(c, v)) {
      if (c.covering(o).isPresent()) {
        continue;
      }
      for (int of : c.g.children(o, "nmod:of")) {
        out.addAll(actorsAt(c, of, 2, false));
      }
    }
    return out;
  }

  /** Responses to another party's move: intent to cooperate (03), yielding (08), rejection (12). */
  private static boolean isResponse(String code) {
    return code.startsWith("03") || code.startsWith("08") || code.startsWith("12");
  }

  /**
   * "rejected North Korea's demand", "accepted demands from the rebels", "rejected a fresh offer from
   * Kabul": the author of the event noun a response verb acts on is the party responded to.
   */
  private List<Arg> objectEventAuthors(Ctx c, int v, List<Arg> sources) {
    return eventAuthors(c, objectsOf(c, v), sources);
  }

  /** The agents of those {@code nouns} that are event nouns, other than the {@code sources}. */
  private List<Arg> eventAuthors(Ctx c, List<Integer> nouns, List<Arg> sources) {
    List<Arg> out = new ArrayList<>();
    for (int o : nouns) {
      if (isEventNoun(c, o)) {
        Frame f = nounArgsOnly(c, o);
        if (f != null) {
          out.addAll(withoutSameActors(f.sources(), sources));
        }
      }
    }
    return out;
  }

  /**
   * "complained to the UN over the Israeli raids", "filed a complaint with the Council over the
   * strike": for disapproval, what the "over / about / against" phrase names (an event noun lends
   * its agent) is the target; the "to / with" phrase is only the forum.
   */
  private List<Arg> grievanceTargets(Ctx c, int head, String base) {
    List<Arg> out = new ArrayList<>();
    for (DepEdge d : c.g.childrenByBase(head, base)) {
      if (GRIEVANCE_PREPS.contains(d.subtype())) {
        out.addAll(actorsAt(c, d.dependent(), 1, false));
      }
    }
    return out;
  }

  /**
   * "staged a hunger strike to protest the government's failure", "demonstrated to demand the
   * removal of the president": a protest's target is what its purpose clause protests or demands
   * (that clause is consumed).
   */
  private List<Arg> purposeTargets(Ctx c, int v) {
    List<Arg> out = new ArrayList<>();
    for (DepEdge d : c.g.children(v)) {
      String b = d.baseRelation();
      int x = d.dependent();
      if (!(b.equals("advcl") || b.equals("xcomp")) || !isVerbLike(c, x) || !PURPOSE_VERBS.contains(c.g.lemma(x))) {
        continue;
      }
      for (int o : c.g.children(x, "obj")) {
        out.addAll(actorsAt(c, o, 1, false));
      }
      for (DepEdge od : c.g.childrenByBase(x, "obl")) {
        if (GRIEVANCE_PREPS.contains(od.subtype())) {
          out.addAll(actorsAt(c, od.dependent(), 1, false));
        }
      }
      c.consumed.add(x);
    }
    return out;
  }

  /**
   * "ratified an agreement with the EU", "rejected a U.S. request": a non-violent event noun that is
   * the object of a verb trigger is what the verb acts on, not an event of its own; it is consumed.
   * (Its actors already reach the verb's target through {@link #actorsAt} and the object modifiers.)
   * With {@code stance} (see {@link #isStance}) violent nouns and "over / about / against" nouns are
   * consumed too.
   */
  private void absorbObjectEventNouns(Ctx c, int v, Set<Integer> alreadyConsumed, boolean stance) {
    List<Integer> args = new ArrayList<>(c.g.children(v, "obj"));
    if (stance) {
      for (DepEdge d : c.g.childrenByBase(v, "obl")) {
        if (GRIEVANCE_PREPS.contains(d.subtype())) {
          args.add(d.dependent());
        }
      }
    }
    for (int o : args) {
      if (alreadyConsumed.contains(o) || !isEventNoun(c, o)) {
        continue;
      }
      TriggerEntry ne = bestNounEntry(c, o);
      if (ne != null && (stance || !isForce(ne.code()))) {
        c.consumed.add(o);
      }
    }
  }

  /**
   * Demands, disapproval, rejection and threats (roots 10-13): an event noun they are about
   * ("condemned the strikes", "complained over the raids") is their topic, already reported
   * elsewhere, and is not coded again; its agent is the target.
   */
  private static boolean isStance(String code) {
    return code != null && (code.startsWith("10") || code.startsWith("11") || code.startsWith("12")
        || code.startsWith("13"));
  }

  /**
   * "Macedonia, which is preparing an offensive", "a helicopter that was captured by the authorities",
   * "a resolution that aims to tighten sanctions": a trigger that heads a relative clause ({@code
   * acl:relcl}), or its object or complement, describes the noun it modifies, as background; the
   * public gold standards do not code it as an event of the sentence. Only complement, object and
   * conjunct edges are climbed: a clause hung under the relative clause by a loose {@code dep} or
   * {@code parataxis} edge (a parse error: "X, who had been arrested, came as Israel announced...") or
   * a participle of a noun inside it ("fighters killed in US strikes") is not counted as inside.
   */
  private boolean isInRelativeClause(Ctx c, int i) {
    int cur = i;
    for (int steps = 0; steps <= c.g.size(); steps++) {
      Optional<DepEdge> h = c.g.primaryHead(cur);
      if (h.isEmpty()) {
        return false;
      }
      String rel = h.get().relation();
      if (rel.equals("acl:relcl")) {
        return true;
      }
      String base = h.get().baseRelation();
      if (!(base.equals("xcomp") || base.equals("ccomp") || base.equals("conj") || base.equals("obj"))) {
        return false;
      }
      cur = h.get().governor();
    }
    return false;
  }

  /**
   * "agreed to US mediation", "conceded to demands from UNITA", "refused to respond to a demand from
   * the US President": the event noun an agreement, concession or rejection answers (its object or
   * "to" phrase, or those of its open complement) is what is responded to, already told; it is no
   * second event of the sentence (its author is the response's target, see {@link
   * #withProposerTarget}).
   */
  private List<Integer> respondedEventNouns(Ctx c, int v) {
    List<Integer> heads = new ArrayList<>(List.of(v));
    heads.addAll(c.g.children(v, "xcomp"));
    List<Integer> out = new ArrayList<>();
    for (int h : heads) {
      List<Integer> args = new ArrayList<>(c.g.children(h, "obj"));
      args.addAll(c.g.children(h, "obl:to"));
      for (int a : args) {
        if (isEventNoun(c, a)) {
          out.add(a);
        }
      }
    }
    return out;
  }

  /**
   * "since last month's U.S. invasion", "during a G8 summit", "following the killing of an Israeli",
   * "after fierce fighting", "on the eve of a visit by Arafat": an event noun that dates the sentence's
   * event (a time preposition, or the "of" phrase of a time noun) is background, not an event of the
   * sentence.
   */
  private boolean isTimeAdjunct(Ctx c, int n) {
    Optional<DepEdge> h = c.g.primaryHead(n);
    if (h.isEmpty()) {
      return false;
    }
    String base = h.get().baseRelation();
    if ((base.equals("obl") || base.equals("nmod")) && TIME_PREPS.contains(h.get().subtype())) {
      return true;
    }
    return h.get().relation().equals("nmod:of") && h.get().governor() > 0
        && TIME_NOUNS.contains(c.g.lemma(h.get().governor()).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * "called the strikes a vicious assault", "the strike was ordered by the President", "died in the
   * same strike", "claimed the strikes": a definite force noun with no target of its own names an
   * attack the story has already told; it is no new event (the judgment, order or claim about it is
   * coded by its own verb). With a target ("the strike also killed X") it still is one.
   */
  private boolean isTargetlessBackReference(Ctx c, Frame f) {
    return f.pattern().equals("noun") && isForce(f.code()) && isDefinite(c, f.trigger())
        && f.targets().isEmpty() && f.fallbackTargets().isEmpty()
        && f.sources().stream().allMatch(a -> ANTECEDENT.equals(a.mention().how()));
  }

  /**
   * "its demand that Israel ease restrictions", "called on Arabs to unite and mobilize against Sharon",
   * "a resolution calling on the government to end the presence of foreign troops": an event in the
   * complement of a demand or appeal (a verb of the DEMAND, APPEAL or CALLFOR control families, or a
   * demand noun) is the action asked for, which has not happened; it is not coded (the demand or
   * appeal itself is, with its own code).
   */
  private boolean isDemandedAction(Ctx c, Frame f) {
    if (f.code() == null || !DIRECT_PATTERNS.contains(f.pattern())) {
      return false; // control, speech and intent frames are the demand or statement itself
    }
    int cur = f.trigger();
    for (int steps = 0; steps <= c.g.size(); steps++) {
      Optional<DepEdge> h = c.g.primaryHead(cur);
      if (h.isEmpty()) {
        return false;
      }
      String base = h.get().baseRelation();
      boolean clausal = base.equals("xcomp") || base.equals("ccomp") || base.equals("acl") && !h.get().relation()
          .equals("acl:relcl");
      if (!(clausal || base.equals("conj") || base.equals("obj"))) {
        return false;
      }
      int g = h.get().governor();
      String lemma = c.g.lemma(g).toLowerCase(java.util.Locale.ROOT);
      if (!base.equals("conj") && g != f.trigger() && (isVerbLike(c, g) || isAdjective(c, g))
          && lexicon.controls(lemma).stream().anyMatch(e -> DEMANDING_FAMILIES.contains(e.family())
              && (e.particle() == null || e.particle().equals(c.g.particle(g)))
              && (e.oblique() == null || c.g.hasChild(g, "obl:" + e.oblique())))) {
        return true; // a coordinated verb ("called the strike an aggression and held X responsible") is no complement
      }
      if (clausal && c.g.token(g).isNoun() && DEMAND_NOUNS.contains(lemma)) {
        return true;
      }
      cur = g;
    }
    return false;
  }

  /**
   * "a direct response to attacks against US forces", "responsible for directing attacks on US forces",
   * "recorded at least 66 attacks on its forces": a bare or counted plural force noun with no agent
   * speaks of attacks in general or tallies them; it is no event of its own.
   */
  private boolean isGenericAgentlessPlural(Ctx c, Frame f) {
    if (!f.pattern().equals("noun") || !isForce(f.code()) || !f.sources().isEmpty()
        || !"NNS".equals(c.g.token(f.trigger()).pos())) {
      return false;
    }
    return c.g.children(f.trigger(), "det").isEmpty() && c.g.children(f.trigger(), "nmod:poss").isEmpty();
  }

  /** "the strike", "these attacks", "the same raid": a noun that refers back. */
  private boolean isDefinite(Ctx c, int n) {
    for (DepEdge d : c.g.children(n)) {
      if (d.relation().equals("det") && DEFINITE_DETERMINERS.contains(c.g.lemma(d.dependent()))
          || d.relation().equals("amod") && c.g.lemma(d.dependent()).equals("same")) {
        return true;
      }
    }
    return false;
  }

  /** Codes of force and unconventional violence (roots 18, 19, 20). */
  public static boolean isForce(String code) {
    return code != null && (code.startsWith("18") || code.startsWith("19") || code.startsWith("20"));
  }

  /**
   * A result verb ("killed", "wounded", "hit") whose agent or "in"/"by"/"during" phrase is a violent
   * event noun: "the strike killed X", "X was killed in a US air strike". The noun's event is coded
   * (its code and source), with the verb's patient as target; the noun is consumed. Null when there is
   * no such noun.
   */
  private Frame mergeMeans(Ctx c, int v, Frame verb) {
    List<Integer> means = new ArrayList<>();
    if (!isPassive(c, v)) {
      means.addAll(c.g.children(v, "nsubj"));
    }
    for (String p : List.of("agent", "by", "in", "during")) {
      means.addAll(c.g.children(v, "obl:" + p));
    }
    for (int n : means) {
      if (c.consumed.contains(n) || !isEventNoun(c, n)) {
        continue;
      }
      TriggerEntry ne = bestNounEntry(c, n);
      if (ne == null || !isForce(ne.code())) {
        continue;
      }
      Frame f = nounFrame(c, n).orElseThrow();
      c.consumed.add(n);
      List<Arg> sources = new ArrayList<>(f.sources());
      for (Arg a : verb.sources()) {
        if (!sources.contains(a)) {
          sources.add(a);
        }
      }
      List<Arg> fallback = new ArrayList<>(f.targets());
      fallback.addAll(verb.fallbackTargets());
      return new Frame(n, v, f.code(), sources, verb.targets(), fallback, false,
          Math.max(f.specificity(), verb.specificity()) + 1, "result", c.g.token(n).word());
    }
    return null;
  }

  private Optional<Frame> nounFrame(Ctx c, int n) {
    TriggerEntry e = bestNounEntry(c, n);
    if (e == null) {
      return Optional.empty();
    }
    List<Arg> sources = argsOf(c, n, NOUN_SOURCE_RELS, 1, false);
    List<Arg> targets = new ArrayList<>();
    for (DepEdge d : c.g.childrenByBase(n, "nmod")) {
      if (NOUN_TARGET_PREPS.contains(d.subtype()) && !e.sourcePreps().contains(d.subtype())) {
        targets.addAll(actorsAt(c, d.dependent(), 1, false));
      }
    }
    for (int o : c.g.children(n, "nmod:of")) {
      (e.ofIsSource() ? sources : targets).addAll(actorsAt(c, o, 1, false));
    }
    for (String p : e.sourcePreps()) {
      for (int o : c.g.children(n, "nmod:" + p)) {
        sources.addAll(actorsAt(c, o, 1, false));
      }
    }
    if (e.symmetric()) {
      sources.addAll(symmetricSides(c, n));
    }
    if (sources.isEmpty() && c.antecedentAgent != null && isForce(e.code()) && isDefinite(c, n)) {
      sources.add(new Arg(c.antecedentAgent, 3));
    }
    Optional<DepEdge> purposeOf = c.g.primaryHead(n);
    if (sources.isEmpty() && purposeOf.isPresent() && purposeOf.get().relation().equals("obl:for")
        && ARRIVAL_VERBS.contains(c.g.lemma(purposeOf.get().governor()))
        && bestVerbEntry(c, purposeOf.get().governor()) == null) {
      // "negotiators returned to Geneva for talks": who comes for it; but "arrived in Baghdad for talks" is
      // one event, the visit the verb codes
      sources.addAll(argsOf(c, purposeOf.get().governor(), SOURCE_RELS_VERB, 2, false));
    }
    if (e.code().startsWith("11")) {
      List<Arg> grievance = grievanceTargets(c, n, "nmod");
      if (!grievance.isEmpty()) {
        targets = grievance;
      }
    }
    int clauseHead = n;
    Optional<DepEdge> head = c.g.primaryHead(n);
    if (head.isPresent() && head.get().governor() > 0 && c.g.token(head.get().governor()).isVerb()) {
      clauseHead = head.get().governor();
    }
    return Optional.of(new Frame(n, clauseHead, e.code(), sources, targets, List.of(), e.symmetric(),
        e.specificity(), "noun", c.g.token(n).word()));
  }

  /**
   * The sides of a symmetric event noun named by "between" / "among": on the noun ("clashes between X
   * and Y", "talks among X, Y and Z") or, when the noun is the subject of a verb that only says it
   * happened, on that verb ("fighting broke out between X and Y", "fighting erupted between X and Y").
   * Only a noun that is its clause's subject or head counts: a noun inside an adjunct or object is
   * background ("closed its borders because of fighting between X and Y", "to oversee a ceasefire
   * between X and Y", "two days after clashes between X and Y").
   */
  private List<Arg> symmetricSides(Ctx c, int n) {
    Optional<DepEdge> up = c.g.primaryHead(n);
    boolean subject = up.isPresent() && up.get().governor() > 0 && up.get().baseRelation().startsWith("nsubj");
    if (up.isPresent() && up.get().governor() > 0 && !subject) {
      return List.of();
    }
    List<Integer> heads = new ArrayList<>();
    for (String p : SYMMETRIC_PREPS) {
      heads.addAll(c.g.children(n, "nmod:" + p));
    }
    if (subject && c.g.token(up.get().governor()).isVerb() && bestVerbEntry(c, up.get().governor()) == null) {
      for (String p : SYMMETRIC_PREPS) {
        heads.addAll(c.g.children(up.get().governor(), "obl:" + p));
      }
    }
    List<Arg> out = new ArrayList<>();
    for (int h : heads) {
      out.addAll(actorsAt(c, h, 1, false));
    }
    return out;
  }

  // ---------------------------------------------------------------- lexicon look-ups

  private TriggerEntry bestVerbEntry(Ctx c, int v) {
    String particle = c.g.particle(v);
    for (TriggerEntry e : lexicon.entries(TriggerKind.VERB, c.g.lemma(v))) {
      if (e.particle() != null && !e.particle().equals(particle)) {
        continue;
      }
      if (!e.objectLemmas().isEmpty()) {
        boolean ok = false;
        for (int o : objectsOf(c, v)) {
          ok |= objectMatches(c, o, e.objectLemmas());
        }
        if (!ok) {
          continue;
        }
      }
      boolean obliques = true;
      for (String p : e.obliques()) {
        obliques &= !obliqueNouns(c, v, p).isEmpty() || e.sourcePreps().contains(p) && !giverPhrases(c, v, p).isEmpty();
      }
      if (!e.complementLemmas().isEmpty()) {
        boolean ok = false;
        for (int x : c.g.children(v, "xcomp")) {
          ok |= objectMatches(c, x, e.complementLemmas());
        }
        obliques &= ok;
      }
      if (e.actorObject()) {
        boolean ok = false;
        for (int o : objectsOf(c, v)) { // "were released by Putin": the passive subject is the object
          ok |= c.covering(o).isPresent();
        }
        boolean openComplement = false;
        for (int x : c.g.children(v, "xcomp")) {
          openComplement |= !isReducedParticiple(c, x);
        }
        obliques &= ok && !openComplement;
      }
      if (e.bare()) {
        obliques &= objectsOf(c, v).isEmpty() && c.g.children(v, "ccomp").isEmpty()
            && c.g.children(v, "obl:to").isEmpty() && c.g.children(v, "obl:with").isEmpty()
            && c.g.children(v, "obl:by").isEmpty();
      }
      if (obliques) {
        return e;
      }
    }
    return null;
  }

  private TriggerEntry bestNounEntry(Ctx c, int n) {
    for (TriggerEntry e : lexicon.entries(TriggerKind.NOUN, c.g.lemma(n))) {
      boolean preps = true;
      for (String p : e.obliques()) {
        preps &= c.g.hasChild(n, "nmod:" + p);
      }
      if (!preps) {
        continue;
      }
      if (!e.modifierLemmas().isEmpty()) {
        boolean ok = false;
        for (DepEdge d : c.g.children(n)) {
          if (d.relation().equals("compound") || d.relation().equals("amod")) {
            ok |= e.modifierLemmas().contains(c.g.lemma(d.dependent()));
          }
        }
        if (!ok) {
          continue;
        }
      }
      return e;
    }
    return null;
  }

  /**
   * The heads of {@code v}'s obliques that satisfy a lexicon {@code obl=} condition: {@code PREP} (any
   * "PREP" phrase) or {@code PREP:LEMMA} (a "PREP" phrase headed or modified by LEMMA: "on:alert" for
   * "remained on high alert", "on:strike" for "went on strike").
   */
  private List<Integer> obliqueNouns(Ctx c, int v, String condition) {
    int colon = condition.indexOf(':');
    if (colon < 0) {
      return nonTemporal(c, c.g.children(v, "obl:" + condition));
    }
    List<Integer> out = new ArrayList<>();
    Set<String> lemma = Set.of(condition.substring(colon + 1));
    for (int o : c.g.children(v, "obl:" + condition.substring(0, colon))) {
      if (objectMatches(c, o, lemma)) {
        out.add(o);
      }
    }
    return out;
  }

  /**
   * The phrases among {@code heads} that are not time expressions: "called on Tuesday" is no appeal
   * "on" anyone, "went on Monday" no "on" phrase of the event.
   */
  private static List<Integer> nonTemporal(Ctx c, List<Integer> heads) {
    List<Integer> out = new ArrayList<>(heads.size());
    for (int h : heads) {
      String ner = c.g.token(h).ner();
      boolean temporal = TEMPORAL_NER.contains(ner == null ? "" : ner);
      for (Timex t : c.g.sentence().timexes()) {
        temporal |= h >= t.tokenBegin() && h < t.tokenEnd();
      }
      if (!temporal) {
        out.add(h);
      }
    }
    return out;
  }

  /**
   * The "PREP" phrases naming a giver: on the verb ("received weapons from Iran") or on its object
   * ("received assurances from the government").
   */
  private List<Integer> giverPhrases(Ctx c, int v, String prep) {
    List<Integer> out = new ArrayList<>(c.g.children(v, "obl:" + prep));
    for (int o : c.g.children(v, "obj")) {
      out.addAll(c.g.children(o, "nmod:" + prep));
    }
    return out;
  }

  private List<Integer> objectsOf(Ctx c, int v) {
    List<Integer> out = new ArrayList<>(c.g.children(v, "obj"));
    out.addAll(c.g.children(v, "nsubj:pass"));
    if (out.isEmpty()) {
      out.addAll(reducedParticipleSubjects(c, v));
    }
    return out;
  }

  private boolean objectMatches(Ctx c, int o, Set<String> lemmas) {
    if (lemmas.contains(c.g.lemma(o)) || lemmas.contains(c.g.token(o).word().toLowerCase(java.util.Locale.ROOT))) {
      return true;
    }
    for (int m : measuredNouns(c, o)) {
      if (objectMatches(c, m, lemmas)) {
        return true; // "handed over 700 kg of medicine", "suspended part of a military aid program"
      }
    }
    if (c.g.lemma(o).equals("state")) {
      for (int m : c.g.children(o, "nmod:of")) {
        if (lemmas.contains(c.g.lemma(m))) {
          return true; // "declared a state of emergency", "a state of siege"
        }
      }
    }
    for (DepEdge d : c.g.children(o)) {
      if ((d.relation().equals("compound") || d.relation().equals("amod")) && lemmas.contains(c.g.lemma(d.dependent()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The "of" noun of an amount or a part ("700 kg of medicine", "5.1 million dollars of aid", "part of
   * a military aid program", "10 days of war games"): what the phrase is about; empty for other nouns.
   */
  private List<Integer> measuredNouns(Ctx c, int o) {
    boolean amount = PARTITIVES.contains(c.g.lemma(o)) || c.g.hasChild(o, "nummod")
        || "CD".equals(c.g.token(o).pos()) || "$".equals(c.g.token(o).word());
    return amount ? c.g.children(o, "nmod:of") : List.of();
  }

  private boolean isVerbLike(Ctx c, int i) {
    return c.g.token(i).isVerb();
  }

  /** "is ready / willing / prepared to": a predicate adjective that can govern a complement. */
  private boolean isAdjective(Ctx c, int i) {
    String pos = c.g.token(i).pos();
    return pos != null && pos.startsWith("JJ");
  }

  private boolean isEventNoun(Ctx c, int i) {
    Token t = c.g.token(i);
    return t.isNoun() && lexicon.isNounTrigger(t.lowerLemma());
  }

  /**
   * "It was the first US strike in the capital", "They were the first US troops killed by enemy fire":
   * a predicate noun (or a participle modifying it) whose subject is a pronoun characterizes an event
   * already reported; it is not a new one.
   */
  private boolean isBackReference(Ctx c, int i) {
    int h = i;
    Optional<DepEdge> head = c.g.primaryHead(i);
    if (c.g.token(i).isVerb() && head.isPresent() && head.get().relation().equals("acl")) {
      h = head.get().governor();
    }
    if (h <= 0 || !c.g.hasChild(h, "cop")) {
      return false;
    }
    for (int sj : c.g.children(h, "nsubj")) {
      String pos = c.g.token(sj).pos();
      if ("PRP".equals(pos) || "DT".equals(pos)) {
        return true;
      }
    }
    return false;
  }

  private boolean hasSubject(Ctx c, int x) {
    return !c.g.children(x, "nsubj").isEmpty() || !c.g.children(x, "nsubj:pass").isEmpty();
  }

  /** "attack helicopters", "strike force": a trigger noun modifying another noun is no event. */
  private boolean isNounModifier(Ctx c, int i) {
    Optional<DepEdge> h = c.g.primaryHead(i);
    return h.isPresent() && (h.get().relation().equals("compound") || h.get().relation().equals("amod")
        || isJudgmentPredicate(c, h.get()));
  }

  /**
   * "condemned the strike as a blatant assassination", "described the raid as an act of aggression": an
   * event noun after "as" that characterizes the object of a verb is a judgment of that event, not another one.
   */
  private static boolean isJudgmentPredicate(Ctx c, DepEdge head) {
    return head.relation().equals("obl:as") && head.governor() > 0 && c.g.token(head.governor()).isVerb()
        && !c.g.children(head.governor(), "obj").isEmpty();
  }

  /**
   * "withdraw its troops", "recalled its ambassador": an object owned by a possessive pronoun is the
   * subject's own instrument, not the target.
   */
  private boolean isOwnedByPronoun(Ctx c, int o) {
    for (int p : c.g.children(o, "nmod:poss")) {
      if ("PRP$".equals(c.g.token(p).pos())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A past participle the parser gave a subject but no auxiliary, as the open or passive clausal
   * complement of another verb ("released the mayor ... jailed a year ago", "the civilians imprisoned
   * for ... were released"): a reduced relative clause, whose subject is its patient, not its agent.
   */
  private boolean isReducedParticiple(Ctx c, int v) {
    if (!"VBN".equals(c.g.token(v).pos()) || c.g.children(v, "nsubj").isEmpty() || c.g.hasChild(v, "aux")
        || c.g.hasChild(v, "aux:pass") || c.g.hasChild(v, "cop")) {
      return false;
    }
    Optional<DepEdge> head = c.g.primaryHead(v);
    return head.isPresent() && head.get().governor() > 0
        && (head.get().relation().equals("xcomp") || head.get().relation().equals("csubj:pass"));
  }

  /**
   * True when verb {@code v} (entry {@code e}) is a reduced participle that only describes the patient
   * of a coded verb ("released the mayor ... jailed a year ago", "the civilians imprisoned for ...
   * were released"): background, not an event of its own. A violent participle stays an event.
   */
  private boolean describesCodedPatient(Ctx c, int v, TriggerEntry e) {
    if (isForce(e.code()) || !isReducedParticiple(c, v)) {
      return false;
    }
    int governor = c.g.primaryHead(v).orElseThrow().governor();
    return isVerbLike(c, governor) && bestVerbEntry(c, governor) != null;
  }

  /** The subjects of the reduced participles ({@link #isReducedParticiple}) that complement verb {@code v}. */
  private List<Integer> reducedParticipleSubjects(Ctx c, int v) {
    List<Integer> out = new ArrayList<>();
    for (String rel : List.of("xcomp", "csubj:pass")) {
      for (int x : c.g.children(v, rel)) {
        if (isReducedParticiple(c, x)) {
          out.addAll(c.g.children(x, "nsubj"));
        }
      }
    }
    return out;
  }

  private boolean isPassive(Ctx c, int v) {
    return c.g.hasChild(v, "aux:pass") || c.g.hasChild(v, "nsubj:pass");
  }

  private String triggerText(Ctx c, int v, String particle) {
    String w = c.g.token(v).word();
    if (particle != null) {
      for (int p : c.g.children(v, "compound:prt")) {
        w = w + " " + c.g.token(p).word();
      }
    }
    return w;
  }

  // ---------------------------------------------------------------- arguments

  private List<Arg> activeAclGovernor(Ctx c, int v) {
    Optional<DepEdge> head = c.g.primaryHead(v);
    if (head.isPresent() && head.get().relation().equals("acl") && !isPassive(c, v)
        && !"VBN".equals(c.g.token(v).pos())) {
      return aclAgent(c, head.get().governor());
    }
    return new ArrayList<>();
  }

  /**
   * The agent of an active participle modifying noun {@code n}: the noun's actors ("militias attacking
   * the base"), or, for a message the participle describes, whoever issued it ("the PKK issued a
   * declaration demanding ...", "the ministry released a statement condemning ...").
   */
  private List<Arg> aclAgent(Ctx c, int n) {
    List<Arg> gov = actorsAt(c, n, 1, false);
    if (gov.isEmpty() && MESSAGE_NOUNS.contains(c.g.lemma(n))) {
      Optional<DepEdge> up = c.g.primaryHead(n);
      if (up.isPresent() && up.get().relation().equals("obj")) {
        gov = argsOf(c, up.get().governor(), SOURCE_RELS_VERB, 2, false);
      }
    }
    return gov;
  }

  private List<Arg> argsOf(Ctx c, int head, Set<String> relations, int distance, boolean viaTarget) {
    List<Arg> out = new ArrayList<>();
    for (DepEdge e : c.g.children(head)) {
      if (relations.contains(e.relation())) {
        out.addAll(actorsAt(c, e.dependent(), distance, viaTarget));
      }
    }
    return out;
  }

  /**
   * Actors of an argument headed by {@code h}: the covering mention, else a modifier's; each
   * conjunct separately; an event noun lends its source (or its target when {@code viaTarget}).
   */
  private List<Arg> actorsAt(Ctx c, int h, int distance, boolean viaTarget) {
    List<Arg> out = new ArrayList<>();
    List<Integer> heads = new ArrayList<>();
    heads.add(h);
    for (DepEdge e : c.g.children(h)) {
      if (e.relation().startsWith("conj") && !heads.contains(e.dependent())) {
        heads.add(e.dependent());
      }
    }
    for (int k = 0; k < heads.size(); k++) {
      int x = heads.get(k);
      int d = distance + (k == 0 ? 0 : 1);
      Optional<ActorMention> m = c.covering(x);
      if (m.isPresent()) {
        out.add(new Arg(m.get(), d));
        out.addAll(coordinatedModifierActors(c, x, m.get(), d));
        continue;
      }
      if (isEventNoun(c, x)) {
        // an event noun as argument: its agent (or patient) stands in
        Frame f = nounArgsOnly(c, x);
        if (f != null) {
          for (Arg a : viaTarget ? f.targets() : f.sources()) {
            out.add(new Arg(a.mention(), d + a.distance()));
          }
          if (viaTarget || !f.sources().isEmpty()) {
            continue;
          }
        }
      }
      for (DepEdge e : c.g.children(x)) {
        if (MODIFIER_RELS.contains(e.relation())) {
          Optional<ActorMention> mm = c.covering(e.dependent());
          if (mm.isPresent()) {
            out.add(new Arg(mm.get(), d + 1));
            break;
          }
        }
      }
    }
    return out;
  }

  /**
   * "US and British activists": the head's mention covers only "British activists"; a modifier of the
   * head coordinated with a word inside that mention and covered by another actor ("US") is a second
   * actor of the same kind, coded with the other actor's country block and the head's sector
   * ({@code GBROPP} + {@code USA} gives {@code USAOPP}; without a sector the country alone).
   */
  private List<Arg> coordinatedModifierActors(Ctx c, int head, ActorMention headMention, int distance) {
    List<Arg> out = new ArrayList<>();
    for (DepEdge e : c.g.children(head)) {
      if (!(e.relation().equals("compound") || e.relation().equals("amod"))) {
        continue;
      }
      int t = e.dependent();
      Optional<ActorMention> other = c.covering(t);
      if (other.isEmpty() || other.get().equals(headMention) || sameActor(other.get(), headMention)
          || !coordinatedInto(c, t, headMention)) {
        continue;
      }
      out.add(new Arg(withRoleOf(other.get(), headMention), distance + 1));
    }
    return out;
  }

  /** True when token {@code t} is a conjunct of a token inside {@code m}, or the other way round. */
  private boolean coordinatedInto(Ctx c, int t, ActorMention m) {
    for (DepEdge e : c.g.children(t)) {
      if (e.relation().startsWith("conj") && m.covers(e.dependent())) {
        return true;
      }
    }
    for (DepEdge e : c.g.heads(t)) {
      if (e.relation().startsWith("conj") && m.covers(e.governor())) {
        return true;
      }
    }
    return false;
  }

  /** {@code country}'s actor with the role blocks of {@code role} ("US" + "British activists" = USAOPP). */
  private static ActorMention withRoleOf(ActorMention country, ActorMention role) {
    ActorRef a = country.actor();
    ActorRef r = role.actor();
    if (a == null || r == null || a.code() == null || a.code().length() != 3 || r.sector() == null
        || r.sector().length() != 3) {
      return country;
    }
    ActorRef merged = new ActorRef(a.text(), a.name(), a.code() + r.sector(), a.country(), r.sector(), null);
    return new ActorMention(country.sentenceIndex(), country.tokenBegin(), country.tokenEnd(), country.headToken(),
        merged, Math.min(country.confidence(), role.confidence()), country.how());
  }

  /** A noun trigger's own arguments, without pairing or consuming. */
  private Frame nounArgsOnly(Ctx c, int n) {
    return nounFrame(c, n).orElse(null);
  }

  private static List<Arg> withoutSameActors(List<Arg> args, List<Arg> exclude) {
    List<Arg> out = new ArrayList<>();
    for (Arg a : args) {
      boolean same = false;
      for (Arg x : exclude) {
        same |= sameActor(a.mention(), x.mention());
      }
      if (!same) {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * {@code targets} without a bare country that is the home of a source, when a target of another
   * country remains: "the Canadian government announced bans on travel to Canada against Russian
   * officers" aims at the officers; Canada is where they may not go, not a side of the event.
   */
  private static List<Arg> withoutOwnCountryBesideOthers(List<Arg> targets, List<Arg> sources) {
    Set<String> home = new HashSet<>();
    for (Arg s : sources) {
      String c = countryBlock(s.mention());
      if (c != null) {
        home.add(c);
      }
    }
    List<Arg> kept = new ArrayList<>();
    boolean foreign = false;
    for (Arg t : targets) {
      String code = t.mention().actor() == null ? null : t.mention().actor().code();
      boolean ownBare = code != null && code.length() == 3 && home.contains(code);
      if (!ownBare) {
        kept.add(t);
        String c = countryBlock(t.mention());
        foreign |= c != null && !home.contains(c);
      }
    }
    return foreign ? kept : targets;
  }

  private static String countryBlock(ActorMention m) {
    String code = m.actor() == null ? null : m.actor().code();
    return code == null || code.length() < 3 || code.startsWith("---") ? null : code.substring(0, 3);
  }

  /** {@code args} without those whose country block (first three letters) is one of {@code exclude}'s. */
  private static List<Arg> withoutSameCountry(List<Arg> args, List<Arg> exclude) {
    List<Arg> out = new ArrayList<>();
    for (Arg a : withoutSameActors(args, exclude)) {
      String pa = a.mention().actor() == null ? null : a.mention().actor().primary();
      boolean same = false;
      for (Arg x : exclude) {
        String px = x.mention().actor() == null ? null : x.mention().actor().primary();
        same |= pa != null && pa.equals(px);
      }
      if (!same) {
        out.add(a);
      }
    }
    return out;
  }

  private static boolean sameActor(ActorMention a, ActorMention b) {
    if (a.equals(b)) {
      return true;
    }
    String ca = a.actor() == null ? null : a.actor().code();
    String cb = b.actor() == null ? null : b.actor().code();
    return ca != null && ca.equals(cb);
  }

  // ---------------------------------------------------------------- pairing

  private void pair(Ctx c, Frame f, List<EventMatch> out) {
    List<Arg> sources = dedupe(f.sources(), f.trigger());
    List<Arg> targets = withoutSameActors(dedupe(f.targets(), f.trigger()), sources);
    if (targets.isEmpty()) {
      targets = withoutSameActors(dedupe(f.fallbackTargets(), f.trigger()), sources);
    }
    targets = withoutOwnCountryBesideOthers(targets, sources);
    if (!sources.isEmpty() && !targets.isEmpty()) {
      for (Arg s : sources) {
        for (Arg t : targets) {
          if (!sameActor(s.mention(), t.mention())) {
            out.add(match(c, f, s, t));
          }
        }
      }
    } else if (!sources.isEmpty()) {
      if (f.symmetric() && sources.size() >= 2) {
        for (Arg s : sources) {
          for (Arg t : sources) {
            if (!sameActor(s.mention(), t.mention())) {
              out.add(match(c, f, s, t));
            }
          }
        }
      } else {
        for (Arg s : sources) {
          out.add(match(c, f, s, null));
        }
      }
    } else {
      for (Arg t : targets) {
        out.add(match(c, f, null, t));
      }
    }
  }

  private EventMatch match(Ctx c, Frame f, Arg s, Arg t) {
    int distance = Math.max(s == null ? 0 : s.distance(), t == null ? 0 : t.distance());
    String code = s != null && isRiotCode(f.code()) && isCrowd(c, s.mention()) ? RIOT_CODE : f.code();
    return new EventMatch(f.trigger(), f.clauseHead(), code, s == null ? null : s.mention(),
        t == null ? null : t.mention(), f.triggerText(), f.specificity(), distance, f.pattern(), f.statementHead());
  }

  /** True for the violence a crowd can commit: damage to property (171x), assault (180-182), fighting (190, 193). */
  private static boolean isRiotCode(String code) {
    if (code == null) {
      return false;
    }
    for (String p : RIOT_PREFIXES) {
      if (code.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the mention names a protesting crowd: its head is a crowd noun ("a Ukrainian protestor",
   * "rioters") or the "of" phrase of one ("crowds of militia supporters").
   */
  private boolean isCrowd(Ctx c, ActorMention m) {
    int h = m.headToken();
    if (h <= 0 || h > c.g.size()) {
      return false; // an antecedent carried over from an earlier sentence
    }
    if (CROWD_NOUNS.contains(c.g.lemma(h))) {
      return true;
    }
    Optional<DepEdge> up = c.g.primaryHead(h);
    return up.isPresent() && up.get().relation().equals("nmod:of") && up.get().governor() > 0
        && CROWD_NOUNS.contains(c.g.lemma(up.get().governor()));
  }

  private static List<Arg> dedupe(List<Arg> args, int trigger) {
    Map<ActorMention, Arg> m = new LinkedHashMap<>();
    for (Arg a : args) {
      if (a.mention().covers(trigger)) {
        continue;
      }
      m.merge(a.mention(), a, (x, y) -> x.distance() <= y.distance() ? x : y);
    }
    return new ArrayList<>(m.values());
  }
}
