package org.pharos.coder.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pharos.model.text.AnnotatedSentence;
import org.pharos.model.text.DepEdge;
import org.pharos.model.text.Token;

/**
 * Builds hand-made {@link AnnotatedSentence}s for unit tests, without CoreNLP. Tokens are written
 * {@code word/POS} or {@code word/POS/lemma} separated by single spaces (lemma defaults to the
 * lower-cased word; an underscore in a word stands for a space inside one token); dependencies are
 * added with {@link #dep}, using the 1-based token indexes and CoreNLP's enhanced++ relation names.
 * Not thread-safe (a test-local builder).
 */
public final class TestSentence {
  private final List<Token> tokens = new ArrayList<>();
  private final List<DepEdge> deps = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();

  private TestSentence() {}

  /** Parses {@code spec} ("Rockets/NNS/rocket hit/VBD Erbil/NNP ./.") into tokens. */
  public static TestSentence of(String spec) {
    TestSentence s = new TestSentence();
    for (String item : spec.trim().split(" ")) {
      int slash = item.indexOf('/', 1);
      String word = (slash < 0 ? item : item.substring(0, slash)).replace('_', ' ');
      String pos = null;
      String lemma = null;
      if (slash >= 0) {
        String rest = item.substring(slash + 1);
        int second = rest.indexOf('/');
        pos = second < 0 ? rest : rest.substring(0, second);
        lemma = second < 0 ? null : rest.substring(second + 1);
      }
      s.add(word, pos, lemma);
    }
    return s;
  }

  /** Plain words without POS tags (for token-pattern fallbacks). */
  public static TestSentence words(String sentence) {
    TestSentence s = new TestSentence();
    for (String w : sentence.trim().split(" ")) {
      s.add(w.replace('_', ' '), null, null);
    }
    return s;
  }

  /**
   * A sentence as CoreNLP printed it: tokens {@code "1:US/NNP/US 2:forces/NNS/force …"} and
   * enhanced++ edges {@code "compound(2,1) nsubj(3,2) … root(0,3)"}. Hyphen tokens (HYPH) are glued
   * to their neighbours as in the original text ("al-Sakhar" split into "al", "-", "Sakhar").
   */
  public static TestSentence fromCoreNlp(String tokenLine, String edgeLine) {
    TestSentence s = new TestSentence();
    for (String item : tokenLine.trim().split(" ")) {
      String body = item.substring(item.indexOf(':') + 1);
      int last = body.lastIndexOf('/');
      int middle = body.lastIndexOf('/', last - 1);
      s.add(body.substring(0, middle), body.substring(middle + 1, last), body.substring(last + 1));
    }
    for (String edge : edgeLine.trim().split(" ")) {
      int open = edge.indexOf('(');
      int comma = edge.indexOf(',', open);
      String relation = edge.substring(0, open);
      int governor = Integer.parseInt(edge.substring(open + 1, comma));
      int dependent = Integer.parseInt(edge.substring(comma + 1, edge.length() - 1));
      if (!relation.equals("root")) {
        s.dep(relation, governor, dependent);
      }
    }
    return s;
  }

  private boolean glueNext;

  private void add(String word, String pos, String lemma) {
    boolean hyphen = "HYPH".equals(pos);
    boolean glue = !tokens.isEmpty()
        && (glueNext || hyphen || word.equals("'s") || word.equals(",") || word.equals(".")
            || word.equals("%") || word.equals("'") || word.equals(":") || word.equals(")"));
    glueNext = hyphen;
    if (!tokens.isEmpty() && !glue) {
      text.append(' ');
    }
    int begin = text.length();
    text.append(word);
    String l = lemma != null ? lemma : word.toLowerCase(Locale.ROOT);
    tokens.add(new Token(tokens.size() + 1, word, l, pos, "O", begin, text.length()));
  }

  /** Adds {@code relation(governor, dependent)}. */
  public TestSentence dep(String relation, int governor, int dependent) {
    deps.add(new DepEdge(governor, dependent, relation));
    return this;
  }

  /** Sets the NER tag of token {@code i}. */
  public TestSentence ner(int i, String tag) {
    Token t = tokens.get(i - 1);
    tokens.set(i - 1, new Token(t.index(), t.word(), t.lemma(), t.pos(), tag, t.begin(), t.end()));
    return this;
  }

  /** 1-based index of the first token whose word is {@code word}. */
  public int indexOf(String word) {
    for (Token t : tokens) {
      if (t.word().equals(word)) {
        return t.index();
      }
    }
    throw new IllegalArgumentException("no token " + word);
  }

  /** The sentence. */
  public AnnotatedSentence build() {
    return new AnnotatedSentence(0, text.toString(), 0, text.length(), tokens, deps, List.of(), List.of());
  }
}
