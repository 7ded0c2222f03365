package org.pharos.coder;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.pharos.coder.events.EventLexicon;
import org.pharos.coder.events.TriggerDetector;
import org.pharos.model.text.Token;
import org.pharos.nlp.SentenceFilter;

/**
 * Keeps for parsing only sentences that have an event trigger from the lexicon and an actor
 * candidate (decided by the given predicate, e.g. the actors helper's {@code ActorCandidateDetector}).
 * One pass over the tokens; immutable and thread-safe when the predicate is.
 *
 * <pre>{@code
 * SentenceFilter filter = new RelevanceFilter(EventLexicon.standard(), actorCandidates);
 * AnnotatedDocument ad = nlp.annotate(document, filter);
 * }</pre>
 */
public final class RelevanceFilter implements SentenceFilter {
  private final TriggerDetector triggers;
  private final Predicate<List<Token>> actorCandidate;

  public RelevanceFilter(EventLexicon lexicon, Predicate<List<Token>> actorCandidate) {
    this.triggers = new TriggerDetector(Objects.requireNonNull(lexicon, "lexicon"));
    this.actorCandidate = Objects.requireNonNull(actorCandidate, "actorCandidate");
  }

  @Override
  public boolean shouldParse(List<Token> tokens) {
    return triggers.hasTrigger(tokens) && actorCandidate.test(tokens);
  }
}
