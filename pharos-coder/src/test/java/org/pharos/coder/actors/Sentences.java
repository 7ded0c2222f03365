package org.pharos.coder.actors;

import java.util.ArrayList;
import java.util.List;
import org.pharos.model.PartialDate;
import org.pharos.model.Document;
import org.pharos.model.text.AnnotatedDocument;
import org.pharos.model.text.AnnotatedSentence;
import org.pharos.model.text.DepEdge;
import org.pharos.model.text.Token;

/**
 * Test helper: builds annotated sentences from a compact notation. Tokens are separated by spaces;
 * {@code word/POS} gives a tag, a bare word has none (an untagged sentence). Dependencies are written
 * {@code rel(governor,dependent)} with 1-based indices, 0 for the root. Words glued to the previous
 * one (no space in the text) are prefixed with {@code ~}, as in {@code Iran ~'s}.
 */
final class Sentences {
  private Sentences() {}

  static AnnotatedSentence sentence(int index, String tokens) {
    return sentence(index, tokens, "");
  }

  static AnnotatedSentence sentence(int index, String tokens, String deps) {
    List<Token> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int i = 1;
    for (String raw : tokens.trim().split("\\s+")) {
      boolean glued = raw.startsWith("~");
      String t = glued ? raw.substring(1) : raw;
      int slash = t.lastIndexOf('/');
      String word = slash > 0 ? t.substring(0, slash) : t;
      String pos = slash > 0 ? t.substring(slash + 1) : null;
      if (text.length() > 0 && !glued) {
        text.append(' ');
      }
      int begin = text.length();
      text.append(word);
      out.add(new Token(i++, word, word.toLowerCase(java.util.Locale.ROOT), pos, "O", begin, text.length()));
    }
    List<DepEdge> edges = new ArrayList<>();
    for (String d : deps.trim().split("\\s+")) {
      if (d.isEmpty()) {
        continue;
      }
      int open = d.indexOf('(');
      String[] nums = d.substring(open + 1, d.length() - 1).split(",");
      edges.add(new DepEdge(Integer.parseInt(nums[0].trim()), Integer.parseInt(nums[1].trim()), d.substring(0, open)));
    }
    return new AnnotatedSentence(index, text.toString(), 0, text.length(), out, edges, List.of(), List.of());
  }

  static AnnotatedDocument document(String isoDate, AnnotatedSentence... sentences) {
    String text = String.join(" ", java.util.Arrays.stream(sentences).map(AnnotatedSentence::text).toList());
    Document d = Document.ofText("test-doc", text, isoDate == null ? null : PartialDate.parse(isoDate));
    return new AnnotatedDocument(d, List.of(sentences));
  }

  /** The default knowledge base's resolver, loaded once for every test class that needs it. */
  private static final class DefaultResolver {
    static final KnowledgeBaseActorResolver INSTANCE = new KnowledgeBaseActorResolver(ActorKnowledgeBase.loadDefault());
  }

  /** The actors the default knowledge base finds in a document of these sentences dated 2001-01-01. */
  static DocumentActors resolveWithDefaultKb(AnnotatedSentence... sentences) {
    return DefaultResolver.INSTANCE.resolve(document("2001-01-01", sentences));
  }

  /** The actor covering 1-based {@code token} of the first sentence; fails the test when there is none. */
  static ActorMention actorAt(DocumentActors actors, int token) {
    return actors.covering(0, token)
        .orElseThrow(() -> new AssertionError("no actor at " + token + "; found " + actors.all()));
  }
}
