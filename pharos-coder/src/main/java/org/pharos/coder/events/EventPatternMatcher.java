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
import org.pharos.model.text.AnnotatedSentence;
import org.pharos.model.text.DepEdge;
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
 *       consumed.
 *   <li>Light verbs with a nominal trigger as object ("carried out airstrikes against X", "held
 *       talks with Y", "paid a visit to Z"): the noun's code, the verb's subject as source.
 *   <li>Verbs: subject ({@code nsubj}, control {@code nsubj:xsubj}, passive {@code obl:agent}, the
 *       noun an active {@code acl} modifies) is the source; the passive subject, object and indirect
 *       object are the target (not when owned by a possessive pronoun: "withdrew its troops"), and
 *       the obliques {@code on, against, at, with, to, toward(s), into, from, upon} are used when
 *       those name no actor.
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
 * <p>Missing sides: an event needs a source or a target. Several sources and targets give one event
 * per pair; a target equal to the source is dropped; symmetric entries with several sources and no
 * target pair the sources both ways. Sentences without dependency edges give no events.
 *
 * <p>Immutable and thread-safe.
 */
public final class EventPatternMatcher {
  private static final Set<String> SOURCE_RELS_VERB = Set.of("nsubj", "nsubj:xsubj", "obl:agent");
  private static final Set<String> TARGET_RELS_VERB = Set.of("obj", "iobj", "nsubj:pass");
  private static final Set<String> TARGET_PREPS = Set.of(
      "on", "against", "at", "with", "to", "toward", "towards", "into", "from", "upon");
  private static final Set<String> NOUN_TARGET_PREPS = Set.of(
      "on", "against", "at", "with", "to", "toward", "towards", "into", "upon");
  private static final Set<String> MODIFIER_RELS = Set.of(
      "compound", "amod", "nmod:poss", "appos", "nmod:of", "nmod:from");
  private static final Set<String> NOUN_SOURCE_RELS = Set.of(
      "nmod:poss", "compound", "amod", "nmod:by", "nmod:agent");
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

  /** Arguments of one trigger, before pairing. */
  private record Frame(
      int trigger, int clauseHead, String code, List<Arg> sources, List<Arg> targets,
      List<Arg> fallbackTargets, boolean symmetric, int specificity, String pattern, String triggerText) {}

  /** Per-sentence working state. */
  private final class Ctx {
    final DependencyGraph g;
    final DocumentActors actors;
    final int sentence;
    final Set<Integer> consumed = new HashSet<>();

    Ctx(DependencyGraph g, DocumentActors actors) {
      this.g = g;
      this.actors = actors;
      this.sentence = g.sentence().index();
    }

    Optional<ActorMention> covering(int token) {
      return actors.covering(sentence, token);
    }
  }

  /** Every event in the sentence; empty when it has no dependency edges. */
  public List<EventMatch> match(AnnotatedSentence sentence, DocumentActors actors) {
    if (!sentence.isParsed()) {
      return List.of();
    }
    Ctx c = new Ctx(new DependencyGraph(sentence), actors);
    List<Frame> frames = new ArrayList<>();
    int n = sentence.size();
    for (int i = 1; i <= n; i++) {
      if (isVerbLike(c, i) && !lexicon.controls(c.g.lemma(i)).isEmpty()) {
        controlFrame(c, i).ifPresent(frames::add);
      }
    }
    for (int i = 1; i <= n; i++) {
      if (!c.consumed.contains(i) && isVerbLike(c, i)) {
        verbOrLightFrame(c, i).ifPresent(frames::add);
      }
    }
    for (int i = 1; i <= n; i++) {
      if (!c.consumed.contains(i) && isEventNoun(c, i) && !isNounModifier(c, i)) {
        nounFrame(c, i).ifPresent(frames::add);
      }
    }
    List<EventMatch> out = new ArrayList<>();
    for (Frame f : frames) {
      pair(f, out);
    }
    return out;
  }

  // ---------------------------------------------------------------- constructions

  private Optional<Frame> controlFrame(Ctx c, int v) {
    String particle = c.g.particle(v);
    ControlEntry entry = null;
    for (ControlEntry e : lexicon.controls(c.g.lemma(v))) {
      if ((e.particle() == null || e.particle().equals(particle))
          && (e.oblique() == null || c.g.hasChild(v, "obl:" + e.oblique()))) {
        entry = e;
        break;
      }
    }
    if (entry == null) {
      return Optional.empty();
    }
    ComplementFamily family = lexicon.family(entry.family()).orElseThrow();
    Frame comp = complement(c, v, entry);
    if (comp == null && bestVerbEntry(c, v) != null) {
      return Optional.empty(); // "rejected the proposal": the plain verb entry codes it
    }
    List<Arg> sources = argsOf(c, v, SOURCE_RELS_VERB, 1, false);
    sources.addAll(activeAclGovernor(c, v));
    List<Arg> objects = new ArrayList<>();
    for (int o : c.g.children(v, "obj")) {
      if (comp == null || o != comp.trigger()) {
        objects.addAll(actorsAt(c, o, 1, false));
      }
    }
    List<Arg> targets = new ArrayList<>();
    if (family.targetRule() == ComplementFamily.TargetRule.AGENT) {
      targets.addAll(objects);
      if (targets.isEmpty() && comp != null) {
        targets.addAll(withoutSameActors(comp.sources(), sources));
        if (targets.isEmpty()) {
          targets.addAll(comp.targets());
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
    }
    c.consumed.add(v);
    String code = family.derive(comp == null ? null : comp.code());
    return Optional.of(new Frame(v, v, code, sources, targets, List.of(), false,
        1 + (comp == null ? 0 : 1), "control:" + family.name(), triggerText(c, v, entry.particle())));
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
      if (f != null) {
        c.consumed.add(x);
        c.consumed.add(cur);
        c.consumed.add(f.trigger());
        return f;
      }
    }
    List<Integer> nouns = new ArrayList<>();
    if (entry.oblique() != null) {
      nouns.addAll(c.g.children(v, "obl:" + entry.oblique()));
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

  private Optional<Frame> verbOrLightFrame(Ctx c, int v) {
    Frame light = lightFrame(c, v);
    if (light != null) {
      c.consumed.add(v);
      c.consumed.add(light.trigger());
      return Optional.of(light);
    }
    TriggerEntry e = bestVerbEntry(c, v);
    if (e == null) {
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
        c.consumed.add(n);
        return new Frame(n, v, f.code(), sources, targets, f.fallbackTargets(), f.symmetric(),
            f.specificity() + 1, "light", c.g.token(n).word());
      }
    }
    return null;
  }

  private Frame verbFrame(Ctx c, int v, TriggerEntry e) {
    boolean passive = isPassive(c, v);
    List<Arg> sources = argsOf(c, v, SOURCE_RELS_VERB, 1, false);
    List<Arg> targets = new ArrayList<>();
    Set<Integer> consumedObjects = new HashSet<>();
    if (!e.objectLemmas().isEmpty()) {
      for (int o : objectsOf(c, v)) {
        if (objectMatches(c, o, e.objectLemmas()) && isEventNoun(c, o)) {
          consumedObjects.add(o);
          c.consumed.add(o);
        }
      }
    }
    for (String rel : TARGET_RELS_VERB) {
      for (int t : c.g.children(v, rel)) {
        if (!isOwnedByPronoun(c, t)) {
          targets.addAll(actorsAt(c, t, 1, consumedObjects.contains(t)));
        }
      }
    }
    Optional<DepEdge> head = c.g.primaryHead(v);
    if (head.isPresent() && head.get().relation().equals("acl")) {
      List<Arg> gov = actorsAt(c, head.get().governor(), 1, false);
      if (passive || c.g.token(v).pos() != null && c.g.token(v).pos().equals("VBN")) {
        targets.addAll(gov);
      } else {
        sources.addAll(gov);
      }
    }
    List<Arg> fallback = new ArrayList<>();
    for (DepEdge d : c.g.childrenByBase(v, "obl")) {
      if (TARGET_PREPS.contains(d.subtype())) {
        fallback.addAll(actorsAt(c, d.dependent(), 1, false));
      }
    }
    return new Frame(v, v, e.code(), sources, targets, fallback, e.symmetric(), e.specificity(), "verb",
        triggerText(c, v, e.particle()));
  }

  private Optional<Frame> nounFrame(Ctx c, int n) {
    TriggerEntry e = bestNounEntry(c, n);
    if (e == null) {
      return Optional.empty();
    }
    List<Arg> sources = argsOf(c, n, NOUN_SOURCE_RELS, 1, false);
    List<Arg> targets = new ArrayList<>();
    for (DepEdge d : c.g.childrenByBase(n, "nmod")) {
      if (NOUN_TARGET_PREPS.contains(d.subtype())) {
        targets.addAll(actorsAt(c, d.dependent(), 1, false));
      }
    }
    for (int o : c.g.children(n, "nmod:of")) {
      (e.ofIsSource() ? sources : targets).addAll(actorsAt(c, o, 1, false));
    }
    int clauseHead = n;
    Optional<DepEdge> head = c.g.primaryHead(n);
    if (head.isPresent() && head.get().governor() > 0 && c.g.token(head.get().governor()).isVerb()) {
      clauseHead = head.get().governor();
    }
    return Optional.of(new Frame(n, clauseHead, e.code(), sources, targets, List.of(), e.symmetric(),
        e.specificity(), "noun", c.g.token(n).word()));
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
        obliques &= c.g.hasChild(v, "obl:" + p);
      }
      if (obliques) {
        return e;
      }
    }
    return null;
  }

  private TriggerEntry bestNounEntry(Ctx c, int n) {
    for (TriggerEntry e : lexicon.entries(TriggerKind.NOUN, c.g.lemma(n))) {
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

  private List<Integer> objectsOf(Ctx c, int v) {
    List<Integer> out = new ArrayList<>(c.g.children(v, "obj"));
    out.addAll(c.g.children(v, "nsubj:pass"));
    return out;
  }

  private boolean objectMatches(Ctx c, int o, Set<String> lemmas) {
    if (lemmas.contains(c.g.lemma(o)) || lemmas.contains(c.g.token(o).word().toLowerCase(java.util.Locale.ROOT))) {
      return true;
    }
    for (DepEdge d : c.g.children(o)) {
      if ((d.relation().equals("compound") || d.relation().equals("amod")) && lemmas.contains(c.g.lemma(d.dependent()))) {
        return true;
      }
    }
    return false;
  }

  private boolean isVerbLike(Ctx c, int i) {
    return c.g.token(i).isVerb();
  }

  private boolean isEventNoun(Ctx c, int i) {
    Token t = c.g.token(i);
    return t.isNoun() && lexicon.isNounTrigger(t.lowerLemma());
  }

  /** "attack helicopters", "strike force": a trigger noun modifying another noun is no event. */
  private boolean isNounModifier(Ctx c, int i) {
    Optional<DepEdge> h = c.g.primaryHead(i);
    return h.isPresent() && (h.get().relation().equals("compound") || h.get().relation().equals("amod"));
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
      return actorsAt(c, head.get().governor(), 1, false);
    }
    return new ArrayList<>();
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

  private static boolean sameActor(ActorMention a, ActorMention b) {
    if (a.equals(b)) {
      return true;
    }
    String ca = a.actor() == null ? null : a.actor().code();
    String cb = b.actor() == null ? null : b.actor().code();
    return ca != null && ca.equals(cb);
  }

  // ---------------------------------------------------------------- pairing

  private void pair(Frame f, List<EventMatch> out) {
    List<Arg> sources = dedupe(f.sources(), f.trigger());
    List<Arg> targets = withoutSameActors(dedupe(f.targets(), f.trigger()), sources);
    if (targets.isEmpty()) {
      targets = withoutSameActors(dedupe(f.fallbackTargets(), f.trigger()), sources);
    }
    if (!sources.isEmpty() && !targets.isEmpty()) {
      for (Arg s : sources) {
        for (Arg t : targets) {
          if (!sameActor(s.mention(), t.mention())) {
            out.add(match(f, s, t));
          }
        }
      }
    } else if (!sources.isEmpty()) {
      if (f.symmetric() && sources.size() >= 2) {
        for (Arg s : sources) {
          for (Arg t : sources) {
            if (!sameActor(s.mention(), t.mention())) {
              out.add(match(f, s, t));
            }
          }
        }
      } else {
        for (Arg s : sources) {
          out.add(match(f, s, null));
        }
      }
    } else {
      for (Arg t : targets) {
        out.add(match(f, null, t));
      }
    }
  }

  private static EventMatch match(Frame f, Arg s, Arg t) {
    int distance = Math.max(s == null ? 0 : s.distance(), t == null ? 0 : t.distance());
    return new EventMatch(f.trigger(), f.clauseHead(), f.code(), s == null ? null : s.mention(),
        t == null ? null : t.mention(), f.triggerText(), f.specificity(), distance, f.pattern());
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
