package org.pharos.coder.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pharos.coder.events.DependencyGraph;
import org.pharos.model.DateSource;
import org.pharos.model.PartialDate;
import org.pharos.model.text.AnnotatedSentence;
import org.pharos.model.text.DepEdge;
import org.pharos.model.text.Timex;
import org.pharos.model.text.Token;

/**
 * Dates an event. In order:
 *
 * <ol>
 *   <li>a DATE (or TIME) time expression attached to the event: its head token hangs, through the
 *       parse, from the trigger or the head of its clause ("struck … on Wednesday"); the nearest
 *       wins. Its TIMEX3 value is read by {@link TimexValues} (ranges give {@code date_end}; an
 *       unknown year comes from the document date);
 *   <li>the only date expression of the sentence, when none is attached;
 *   <li>without time expressions in the sentence, the same two steps over the phrases {@link
 *       DatePhraseParser} finds in the sentence text;
 *   <li>the publication date ({@code date_source=document}), else no date ({@code none}).
 * </ol>
 *
 * "since October 17" sets {@link EventDate#since()}. Stateless and thread-safe.
 */
public final class EventDateResolver {

  /** A candidate date with the token span it came from (1-based, end exclusive). */
  private record Candidate(EventDate date, int tokenBegin, int tokenEnd) {}

  /**
   * The date of the event triggered at {@code trigger} in the clause headed by {@code clauseHead}.
   *
   * @param documentDate the publication date, or {@code null}
   */
  public EventDate resolve(AnnotatedSentence sentence, int trigger, int clauseHead, PartialDate documentDate) {
    List<Candidate> candidates = new ArrayList<>();
    for (Timex t : sentence.timexes()) {
      if (!"DATE".equals(t.type()) && !"TIME".equals(t.type())) {
        continue;
      }
      Optional<EventDate> d = TimexValues.parse(t.value(), documentDate);
      if (d.isPresent()) {
        EventDate e = d.get();
        if (t.tokenBegin() > 1 && sentence.token(t.tokenBegin() - 1).lowerLemma().equals("since")) {
          e = new EventDate(e.date(), e.dateEnd(), e.precision(), e.source(), true);
        }
        candidates.add(new Candidate(e, t.tokenBegin(), t.tokenEnd()));
      }
    }
    if (sentence.timexes().isEmpty()) {
      for (DatePhraseParser.DatePhrase p : DatePhraseParser.find(sentence.text(), documentDate)) {
        int[] span = tokenSpan(sentence, sentence.begin() + p.begin(), sentence.begin() + p.end());
        if (span != null) {
          candidates.add(new Candidate(p.date(), span[0], span[1]));
        }
      }
    }
    Optional<EventDate> chosen = choose(sentence, candidates, trigger, clauseHead);
    if (chosen.isPresent()) {
      return chosen.get();
    }
    if (documentDate != null && documentDate.year() != null) {
      return new EventDate(documentDate, null, documentDate.precision(), DateSource.DOCUMENT, false);
    }
    return EventDate.NONE;
  }

  private static Optional<EventDate> choose(AnnotatedSentence s, List<Candidate> candidates, int trigger, int clauseHead) {
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    if (s.isParsed()) {
      DependencyGraph g = new DependencyGraph(s);
      Candidate best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (Candidate c : candidates) {
        int head = headOf(g, c.tokenBegin(), c.tokenEnd());
        int d1 = g.distanceUp(head, trigger);
        int d2 = g.distanceUp(head, clauseHead);
        int d = d1 < 0 ? d2 : d2 < 0 ? d1 : Math.min(d1, d2);
        if (d >= 0 && d < bestDistance) {
          best = c;
          bestDistance = d;
        }
      }
      if (best != null) {
        return Optional.of(best.date());
      }
    }
    return candidates.size() == 1 ? Optional.of(candidates.get(0).date()) : Optional.empty();
  }

  /** The token of a span whose head lies outside it (the span's syntactic head). */
  private static int headOf(DependencyGraph g, int begin, int end) {
    for (int i = begin; i < end && i <= g.size(); i++) {
      Optional<DepEdge> h = g.primaryHead(i);
      if (h.isEmpty() || h.get().governor() < begin || h.get().governor() >= end) {
        return i;
      }
    }
    return begin;
  }

  private static int[] tokenSpan(AnnotatedSentence s, int charBegin, int charEnd) {
    int first = -1;
    int last = -1;
    for (Token t : s.tokens()) {
      if (t.end() > charBegin && t.begin() < charEnd) {
        if (first < 0) {
          first = t.index();
        }
        last = t.index();
      }
    }
    return first < 0 ? null : new int[] {first, last + 1};
  }
}
