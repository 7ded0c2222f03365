package org.pharos.coder.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Text normalization shared by the knowledge base and the matcher: a word becomes one or more
 * pieces (split at hyphens), each with a lower-case key (diacritics, apostrophes and dots removed)
 * and its original letters for case checks. "al-Sudani" → [al, sudani]; "Kata'ib" → [kataib];
 * "U.S." → [us]; "Iran's" → [iran].
 */
final class ActorText {
  private ActorText() {}

  /** A piece of a word: lookup key and original letters (dots and apostrophes removed). */
  record Piece(String key, String original) {}

  /** How a knowledge-base piece constrains the case of the text. */
  enum CaseRule {
    /** Any case ("parliament", "al", "of"). */
    ANY,
    /** The text piece must start with a capital ("Iraq", "Sudani"). */
    CAPITALIZED,
    /** The text piece must have exactly this case ("US", "IS", "AAH", "MPs"). */
    EXACT;

    static CaseRule of(String original) {
      int upper = 0;
      int letters = 0;
      for (int i = 0; i < original.length(); i++) {
        char c = original.charAt(i);
        if (Character.isLetter(c)) {
          letters++;
          if (Character.isUpperCase(c)) {
            upper++;
          }
        }
      }
      if (upper >= 2 && upper >= letters - 1) {
        return EXACT;
      }
      if (!original.isEmpty() && Character.isUpperCase(original.charAt(0))) {
        return CAPITALIZED;
      }
      return ANY;
    }

    boolean accepts(String kbOriginal, String textOriginal) {
      return switch (this) {
        case ANY -> true;
        case CAPITALIZED -> !textOriginal.isEmpty() && Character.isUpperCase(textOriginal.charAt(0));
        case EXACT -> kbOriginal.equals(textOriginal) || isAllUpper(textOriginal) && kbOriginal.equalsIgnoreCase(textOriginal);
      };
    }
  }

  static boolean isAllUpper(String s) {
    boolean any = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
  private static final java.util.regex.Pattern SPLIT = java.util.regex.Pattern.compile("[-‐‑–—/]+");
  private static final java.util.regex.Pattern APOSTROPHES = java.util.regex.Pattern.compile("['’ʼ‘`´]");
  private static final java.util.regex.Pattern WORDS = java.util.regex.Pattern.compile("[\\s_]+");

  private static final Set<String> CLITICS = Set.of("'s", "’s", "'", "’", "s'", "'re", "'ve", "'ll", "'d", "'m", "n't");

  /** True for the possessive clitic token ("'s", "'"). */
  static boolean isPossessive(String word) {
    return word.equals("'s") || word.equals("’s") || word.equals("'") || word.equals("’") || word.equals("'S");
  }

  /** True for a clitic that must not be merged into the previous word. */
  static boolean isClitic(String word) {
    return CLITICS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Pieces of one word as written in text or in a knowledge-base phrase. */
  static List<Piece> pieces(String word) {
    String w = word;
    for (int i = 0; i < w.length(); i++) {
      if (w.charAt(i) > 127) {
        w = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
        break;
      }
    }
    w = w.replace('ı', 'i');
    if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("’s") || w.endsWith("'S"))) {
      w = w.substring(0, w.length() - 2);
    }
    List<Piece> out = new ArrayList<>();
    for (String part : SPLIT.split(w)) {
      String original = APOSTROPHES.matcher(part).replaceAll("");
      if (original.length() > 1 || !original.equals(".")) {
        String noDots = original.replace(".", "");
        if (!noDots.isEmpty()) {
          original = noDots;
        }
      }
      if (original.isEmpty()) {
        continue;
      }
      out.add(new Piece(original.toLowerCase(Locale.ROOT), original));
    }
    return out;
  }

  /** Pieces of a whole knowledge-base phrase (words separated by spaces or underscores). */
  static List<Piece> phrasePieces(String phrase) {
    List<Piece> out = new ArrayList<>();
    for (String word : WORDS.split(phrase.trim())) {
      if (!word.isEmpty()) {
        out.addAll(pieces(word));
      }
    }
    return out;
  }

  /** The lookup key of a phrase: its piece keys joined by single spaces. */
  static String key(String phrase) {
    StringBuilder sb = new StringBuilder();
    for (Piece p : phrasePieces(phrase)) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(p.key());
    }
    return sb.toString();
  }
}
