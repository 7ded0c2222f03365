package org.pharos.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pharos.model.PartialDate;
import org.pharos.model.text.DepEdge;
import org.pharos.model.text.EntitySpan;
import org.pharos.model.text.Timex;
import org.pharos.model.text.Token;

/**
 * Converts CoreNLP objects into Pharos' annotated view. Stateless static functions; thread-safe.
 * Package-private so that CoreNLP types never leak out of this module.
 */
final class CoreNlpConversions {

  /** The entity tag of tokens outside every entity. */
  static final String OUTSIDE = "O";

  private CoreNlpConversions() {}

  /**
   * The SUTime document date for a publication date: {@code YYYY-MM-DD} when the day is known, else
   * empty. A year-month anchor is never passed: SUTime 4.5.10 reads {@code 2023-11} as a date in
   * December 2022, and a year-only anchor resolves nothing more than no anchor at all.
   */
  static Optional<String> sutimeAnchor(PartialDate date) {
    return date == null ? Optional.empty() : date.toLocalDate().map(Object::toString);
  }

  /** Our token for a CoreNLP token; {@code ner} overrides the token's own tag when not null. */
  static Token token(CoreLabel label, String ner) {
    String surface = label.originalText() != null ? label.originalText() : label.word();
    String tag = ner != null ? ner : label.ner() != null ? label.ner() : OUTSIDE;
    return new Token(label.index(), surface, label.lemma(), label.tag(), tag, label.beginPosition(),
        label.endPosition());
  }

  /**
   * The edges of a dependency graph, with an edge {@code root(0, r)} for every root, sorted by
   * dependent then governor. Copy nodes of enhanced++ graphs (elided predicates) map onto the token
   * they copy; duplicate edges are dropped.
   */
  static List<DepEdge> edges(SemanticGraph graph) {
    Set<DepEdge> out = new LinkedHashSet<>();
    for (IndexedWord root : graph.getRoots()) {
      out.add(new DepEdge(0, root.index(), "root"));
    }
    for (SemanticGraphEdge e : graph.edgeIterable()) {
      out.add(new DepEdge(e.getGovernor().index(), e.getDependent().index(), e.getRelation().toString()));
    }
    List<DepEdge> sorted = new ArrayList<>(out);
    sorted.sort(Comparator.comparingInt(DepEdge::dependent).thenComparingInt(DepEdge::governor)
        .thenComparing(DepEdge::relation));
    return sorted;
  }

  /**
   * A 1-based sentence-relative {@code [begin, end)} token range for a CoreNLP chunk (time expression,
   * number, entity mention) whose {@code TokenBegin/EndAnnotation} are 0-based document offsets.
   *
   * @param sentenceTokenBegin the sentence's 0-based document offset of its first token
   */
  static int[] sentenceRange(CoreMap chunk, int sentenceTokenBegin) {
    Integer begin = chunk.get(CoreAnnotations.TokenBeginAnnotation.class);
    Integer end = chunk.get(CoreAnnotations.TokenEndAnnotation.class);
    if (begin == null || end == null) {
      List<CoreLabel> tokens = chunk.get(CoreAnnotations.TokensAnnotation.class);
      if (tokens == null || tokens.isEmpty()) {
        throw new IllegalStateException("chunk without token offsets: " + chunk);
      }
      return new int[] {tokens.get(0).index(), tokens.get(tokens.size() - 1).index() + 1};
    }
    return new int[] {begin - sentenceTokenBegin + 1, end - sentenceTokenBegin + 1};
  }

  /** Our time expression for a SUTime chunk, or empty when SUTime attached no TIMEX3. */
  static Optional<Timex> timex(CoreMap chunk, int sentenceTokenBegin) {
    edu.stanford.nlp.time.Timex t = chunk.get(TimeAnnotations.TimexAnnotation.class);
    if (t == null) {
      return Optional.empty();
    }
    int[] r = sentenceRange(chunk, sentenceTokenBegin);
    return Optional.of(new Timex(chunk.get(CoreAnnotations.TextAnnotation.class), t.timexType(), t.value(),
        r[0], r[1]));
  }

  /** An entity span for a time expression: type = TIMEX3 type, normalized = TIMEX3 value. */
  static EntitySpan timexSpan(Timex t) {
    return new EntitySpan(t.text(), t.type(), t.value(), t.tokenBegin(), t.tokenEnd());
  }

  /**
   * Our number span for a chunk from CoreNLP's number normalizer, or empty for chunks that are plain
   * tokens (the normalizer returns every token, merged where a number spans several).
   */
  static Optional<EntitySpan> numberSpan(CoreMap chunk, int sentenceTokenBegin) {
    Number value = chunk.get(CoreAnnotations.NumericCompositeValueAnnotation.class);
    if (value == null) {
      return Optional.empty();
    }
    String type = chunk.get(CoreAnnotations.NumericCompositeTypeAnnotation.class);
    int[] r = sentenceRange(chunk, sentenceTokenBegin);
    return Optional.of(new EntitySpan(chunk.get(CoreAnnotations.TextAnnotation.class),
        type == null ? "NUMBER" : type, formatNumber(value), r[0], r[1]));
  }

  /** Plain decimal text without a trailing {@code .0}: 9, 2000, 2.5, -3, 1500000. */
  static String formatNumber(Number value) {
    BigDecimal d = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
    d = d.stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }

  /** Our span for a CoreNLP entity mention (from the {@code ner} annotator). */
  static EntitySpan mentionSpan(CoreMap mention, int sentenceTokenBegin) {
    int[] r = sentenceRange(mention, sentenceTokenBegin);
    return new EntitySpan(mention.get(CoreAnnotations.TextAnnotation.class),
        mention.get(CoreAnnotations.NamedEntityTagAnnotation.class),
        mention.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class), r[0], r[1]);
  }

  /** True when the token ranges {@code [b1, e1)} and {@code [b2, e2)} share a token. */
  static boolean overlaps(EntitySpan a, EntitySpan b) {
    return a.tokenBegin() < b.tokenEnd() && b.tokenBegin() < a.tokenEnd();
  }

  /**
   * Adds {@code extra} spans to {@code base} where they overlap no span already kept, and returns all
   * sorted by position. Earlier lists win: pass the most trusted spans first.
   */
  static List<EntitySpan> mergeSpans(List<EntitySpan> base, List<EntitySpan> extra) {
    List<EntitySpan> out = new ArrayList<>(base);
    for (EntitySpan candidate : extra) {
      if (out.stream().noneMatch(kept -> overlaps(kept, candidate))) {
        out.add(candidate);
      }
    }
    out.sort(Comparator.comparingInt(EntitySpan::tokenBegin).thenComparingInt(EntitySpan::tokenEnd));
    return out;
  }

  /**
   * Per-token entity tags (index 0 = token 1) from spans, {@link #OUTSIDE} elsewhere; {@code base}
   * tags (may be null) are kept where they are not {@code O}.
   */
  static String[] tokenTags(int size, List<String> base, List<EntitySpan> spans) {
    String[] tags = new String[size];
    for (int i = 0; i < size; i++) {
      String b = base == null ? null : base.get(i);
      tags[i] = b == null ? OUTSIDE : b;
    }
    for (EntitySpan s : spans) {
      for (int i = Math.max(1, s.tokenBegin()); i < Math.min(size + 1, s.tokenEnd()); i++) {
        if (OUTSIDE.equals(tags[i - 1])) {
          tags[i - 1] = s.type();
        }
      }
    }
    return tags;
  }
}
