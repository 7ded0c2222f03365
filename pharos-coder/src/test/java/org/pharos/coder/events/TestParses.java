package org.pharos.coder.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pharos.coder.actors.ActorMention;
import org.pharos.coder.actors.DocumentActors;
import org.pharos.model.ActorRef;
import org.pharos.model.text.AnnotatedSentence;
import org.pharos.model.text.DepEdge;
import org.pharos.model.text.Timex;
import org.pharos.model.text.Token;

/**
 * Builds hand-made parses for tests from CoNLL-U-like lines {@code index word lemma POS head/rel ...}
 * (several heads for enhanced++ graphs), and fake actor mentions by their words. The bundled file
 * {@code corenlp-parses.txt} holds real CoreNLP output for the test sentences.
 */
public final class TestParses {
  private static final Map<String, List<String>> CORENLP = load();

  private TestParses() {}

  private static Map<String, List<String>> load() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        TestParses.class.getResourceAsStream("corenlp-parses.txt"), StandardCharsets.UTF_8))) {
      String line;
      List<String> cur = null;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("##")) {
          continue;
        }
        if (line.startsWith("# ")) {
          cur = new ArrayList<>();
          m.put(line.substring(2).strip(), cur);
        } else if (cur != null && !line.isBlank()) {
          cur.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return m;
  }

  /** The real CoreNLP parse of a test sentence as sentence {@code index} of its document. */
  public static AnnotatedSentence corenlp(int index, String tokens) {
    List<String> lines = CORENLP.get(tokens);
    if (lines == null) {
      throw new IllegalArgumentException("no CoreNLP parse stored for: " + tokens);
    }
    return parse(index, String.join("\n", lines));
  }

  /** The real CoreNLP parse of a test sentence with the time expressions SUTime found in it. */
  public static AnnotatedSentence corenlp(String tokens, List<Timex> timexes) {
    List<String> lines = CORENLP.get(tokens);
    if (lines == null) {
      throw new IllegalArgumentException("no CoreNLP parse stored for: " + tokens);
    }
    return parse(0, String.join("\n", lines), timexes);
  }

  /** The real CoreNLP parse of a test sentence, given as its space-joined tokens. */
  public static AnnotatedSentence corenlp(String tokens) {
    List<String> lines = CORENLP.get(tokens);
    if (lines == null) {
      throw new IllegalArgumentException("no CoreNLP parse stored for: " + tokens);
    }
    return parse(0, String.join("\n", lines));
  }

  /** A sentence from lines {@code index word lemma POS head/rel [head/rel ...]}. */
  public static AnnotatedSentence parse(int index, String conll) {
    return parse(index, conll, List.of());
  }

  /** As {@link #parse(int, String)}, with time expressions. */
  public static AnnotatedSentence parse(int index, String conll, List<Timex> timexes) {
    List<Token> tokens = new ArrayList<>();
    List<DepEdge> edges = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String raw : conll.strip().split("\n")) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split("\\s+");
      int i = Integer.parseInt(f[0]);
      if (text.length() > 0) {
        text.append(' ');
      }
      int begin = text.length();
      text.append(f[1]);
      tokens.add(new Token(i, f[1], f[2], f[3], "O", begin, text.length()));
      for (int k = 4; k < f.length; k++) {
        String[] hr = f[k].split("/", 2);
        edges.add(new DepEdge(Integer.parseInt(hr[0]), i, hr[1].equals("ROOT") ? "root" : hr[1]));
      }
    }
    return new AnnotatedSentence(index, text.toString(), 0, text.length(), tokens, edges, List.of(), timexes);
  }

  /** The same sentence without dependency edges (as a relevance filter leaves it). */
  public static AnnotatedSentence unparsed(AnnotatedSentence s) {
    return new AnnotatedSentence(s.index(), s.text(), s.begin(), s.end(), s.tokens(), List.of(), s.entities(), s.timexes());
  }

  /**
   * A mention over the first token sequence spelling {@code words}, coded {@code code} (country = the
   * first three letters, sector = the next three), confidence 1.
   */
  public static ActorMention mention(AnnotatedSentence s, String words, String code) {
    return mention(s, words, code, 1.0);
  }

  /** As {@link #mention(AnnotatedSentence, String, String)} with a given confidence. */
  public static ActorMention mention(AnnotatedSentence s, String words, String code, double confidence) {
    String[] w = words.split(" ");
    for (int i = 1; i + w.length - 1 <= s.size(); i++) {
      boolean ok = true;
      for (int k = 0; k < w.length; k++) {
        ok &= s.token(i + k).word().equals(w[k]);
      }
      if (ok) {
        int end = i + w.length;
        ActorRef ref = new ActorRef(s.span(i, end), words, code, code.substring(0, 3),
            code.length() >= 6 ? code.substring(3, 6) : null, null);
        return new ActorMention(s.index(), i, end, end - 1, ref, confidence, "name");
      }
    }
    throw new IllegalArgumentException("'" + words + "' not in: " + s.text());
  }

  /** The matcher's events as sorted "SOURCE>TARGET:code" strings ("-" for a missing side). */
  public static java.util.Set<String> eventStrings(EventPatternMatcher matcher, AnnotatedSentence s,
      ActorMention... mentions) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    for (EventMatch m : matcher.match(s, actors(mentions))) {
      out.add((m.source() == null ? "-" : m.source().actor().code()) + ">"
          + (m.target() == null ? "-" : m.target().actor().code()) + ":" + m.code());
    }
    return out;
  }

  /** Document actors from mentions. */
  public static DocumentActors actors(ActorMention... mentions) {
    return new DocumentActors(List.of(mentions));
  }
}
