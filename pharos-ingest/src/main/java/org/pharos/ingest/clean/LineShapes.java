package org.pharos.ingest.clean;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Shape measures of a line of text (word count, sentence ending, prose-likeness) and text
 * normalisation shared by readers and cleaners. Stateless and thread-safe.
 */
public final class LineShapes {
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2000-\\u200a\\u202f\\u205f\\u3000]+");
  private static final Pattern INVISIBLE = Pattern.compile("[\\u00ad\\u200b-\\u200d\\u2060\\ufeff]");
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?…][\"'”’»)\\]]*$");
  private static final Pattern LABEL = Pattern.compile("^[\\p{L} ]{2,24}:\\s");
  private static final Pattern LOWER_WORD = Pattern.compile("(^|\\s)\\p{Ll}{2,}");

  private LineShapes() {}

  /** NFC, invisible characters removed, runs of whitespace turned into one space, trimmed. */
  public static String normalizeLine(String line) {
    String s = Normalizer.isNormalized(line, Normalizer.Form.NFC) ? line : Normalizer.normalize(line, Normalizer.Form.NFC);
    s = INVISIBLE.matcher(s).replaceAll("");
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  /** Number of whitespace-separated tokens. */
  public static int wordCount(String line) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < line.length(); i++) {
      boolean space = Character.isWhitespace(line.charAt(i)) || line.charAt(i) == '\u00a0';
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count;
  }

  /** The whitespace-separated tokens. */
  public static List<String> words(String line) {
    String s = line.strip();
    return s.isEmpty() ? List.of() : List.of(s.split("\\s+"));
  }

  /** Ends like a sentence: {@code . ! ? …}, possibly followed by closing quotes or brackets. */
  public static boolean endsSentence(String line) {
    return SENTENCE_END.matcher(line.strip()).matches();
  }

  /** Has at least one all-lower-case word of two or more letters (menus and Title Case rarely do). */
  public static boolean hasLowercaseWord(String line) {
    return LOWER_WORD.matcher(line).find();
  }

  /**
   * Looks like article prose: a sentence of four or more words with ordinary lower-case words, or any
   * line of twenty words or more.
   */
  public static boolean isProse(String line) {
    int words = wordCount(line);
    return words >= 20 || (words >= 4 && endsSentence(line) && hasLowercaseWord(line));
  }

  /**
   * Splits plain text into logical lines. Blank lines separate groups; a group whose lines look
   * hard-wrapped (similar, moderate lengths, mostly not ending a sentence) is joined into one
   * paragraph, otherwise each line stays a block of its own.
   */
  public static List<TextBlock> blocksOfPlainText(String text) {
    List<TextBlock> blocks = new ArrayList<>();
    List<String> group = new ArrayList<>();
    for (String raw : text.split("\\R", -1)) {
      String line = normalizeLine(raw);
      if (line.isEmpty()) {
        flushGroup(group, blocks);
      } else {
        group.add(line);
      }
    }
    flushGroup(group, blocks);
    return blocks;
  }

  private static void flushGroup(List<String> group, List<TextBlock> out) {
    if (group.isEmpty()) {
      return;
    }
    // header-like lines at the top of a group ("Title: ...", a short date line) stay on their own
    while (group.size() >= 2 && (group.get(0).length() < 40 || LABEL.matcher(group.get(0)).find()
        || isTitleCase(group.get(0)))) {
      out.add(TextBlock.line(group.remove(0)));
    }
    if (isHardWrapped(group)) {
      out.add(new TextBlock(String.join(" ", group), TextBlock.Kind.PARAGRAPH, 0));
    } else {
      for (String line : group) {
        out.add(TextBlock.line(line));
      }
    }
    group.clear();
  }

  /** Three or more words, at least 70% of them capitalized: a headline or a menu, never wrapped prose. */
  static boolean isTitleCase(String line) {
    List<String> words = words(line);
    if (words.size() < 3) {
      return false;
    }
    int capitalized = 0;
    for (String w : words) {
      if (!w.isEmpty() && (Character.isUpperCase(w.codePointAt(0)) || !Character.isLetter(w.codePointAt(0)))) {
        capitalized++;
      }
    }
    return capitalized >= 0.7 * words.size();
  }

  private static boolean isHardWrapped(List<String> group) {
    if (group.size() < 2) {
      return false;
    }
    if (group.size() == 2 && !Character.isLowerCase(group.get(1).codePointAt(0))) {
      return false; // two lines: only a continuation that starts in lower case is a wrap
    }
    List<String> head = group.subList(0, group.size() - 1);
    int longEnough = 0;
    int sentenceEnds = 0;
    for (String line : group) {
      if (LABEL.matcher(line).find()) {
        return false;
      }
    }
    for (String line : head) {
      if (line.length() > 110) {
        return false;
      }
      if (line.length() >= 40) {
        longEnough++;
      }
      if (endsSentence(line)) {
        sentenceEnds++;
      }
    }
    int max = head.stream().mapToInt(String::length).max().orElse(0);
    long nearWidth = head.stream().filter(l -> l.length() >= 0.6 * max).count();
    return longEnough >= 0.8 * head.size() && sentenceEnds < 0.5 * head.size() && nearWidth >= 0.8 * head.size();
  }
}
