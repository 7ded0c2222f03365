package org.pharos.coder.place;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normal forms of place names so that lookups ignore case, diacritics, apostrophes, hyphens, the
 * spelling of the Arabic article and of the feminine ending: "Ain al-Asad", "Ain Al Asad", "ʿAin
 * al-Asad" and "AIN AL-ASAD" all become {@code ain al asad}; "Jurf as-Sakhar" becomes {@code jurf al
 * sakhar}; "Deir ez-Zor" becomes {@code deir al zor}; "Fallujah" and "Falluja" become {@code
 * falluja}. Stateless and thread-safe.
 */
public final class PlaceNames {

  /** Article forms that are always the article ("al", "el"). */
  private static final Set<String> ARTICLES = Set.of("al", "el");

  /**
   * Assimilated article forms ("as-Sakhar", "ad-Din", "an-Najaf") that are the article only when
   * joined by a hyphen to the next part (they are English words otherwise).
   */
  private static final Set<String> SUN_ARTICLES =
      Set.of("as", "ar", "an", "ad", "at", "ash", "az", "adh", "ath", "ed", "es", "ez", "er", "en",
          "et", "ud", "us", "ul");

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private PlaceNames() {}

  /**
   * The words of {@code text} in normal form, for text as it occurs in a sentence or token. A
   * leading "the" is kept (callers that normalize names use {@link #nameKey}).
   */
  public static List<String> words(String text) {
    return words(text, false);
  }

  /** The lookup key of a name: its normal-form words joined by single spaces, without "the". */
  public static String nameKey(String name) {
    List<String> words = words(name, true);
    if (words.size() > 1 && words.get(0).equals("the")) {
      words = words.subList(1, words.size());
    }
    return String.join(" ", words);
  }

  /**
   * The key without a leading article ({@code al qaim} → {@code qaim}), or {@code null} when the key
   * has no leading article or what remains is shorter than four letters.
   */
  public static String withoutArticle(String key) {
    if (key.startsWith("al ")) {
      String rest = key.substring(3);
      return rest.length() >= 4 ? rest : null;
    }
    return null;
  }

  private static List<String> words(String text, boolean isName) {
    String folded = fold(text);
    List<String> out = new ArrayList<>();
    String[] rawWords = WHITESPACE.split(folded);
    for (int w = 0; w < rawWords.length; w++) {
      String raw = rawWords[w];
      if (raw.isEmpty()) {
        continue;
      }
      // A capitalized standalone sun-letter article opening a name from a data file ("As
      // Sulaymaniyah", "An Najaf") is the article too.
      boolean leadingCapitalArticle =
          isName && out.isEmpty() && w + 1 < rawWords.length && Character.isUpperCase(raw.charAt(0));
      String[] parts = raw.split("-", -1);
      for (int p = 0; p < parts.length; p++) {
        String part = stripPunctuation(parts[p]).toLowerCase(Locale.ROOT);
        if (part.isEmpty()) {
          continue;
        }
        boolean hyphenJoined = p + 1 < parts.length;
        if (ARTICLES.contains(part)
            || (SUN_ARTICLES.contains(part)
                && (hyphenJoined || (leadingCapitalArticle && parts.length == 1)))) {
          part = "al";
        }
        out.add(finalH(part));
      }
    }
    return out;
  }

  /**
   * Drops the final "h" of a word of five letters or more ending in "ah"/"eh", the spelling
   * variants of the Arabic feminine ending: "Fallujah"/"Falluja", "Hawijah"/"Hawija", "Jeddah"/"Jedda".
   */
  private static String finalH(String word) {
    int n = word.length();
    if (n >= 5 && word.charAt(n - 1) == 'h' && (word.charAt(n - 2) == 'a' || word.charAt(n - 2) == 'e')) {
      return word.substring(0, n - 1);
    }
    return word;
  }

  /** Strips diacritics, unifies dashes to '-' and removes apostrophe-like marks and periods. */
  static String fold(String text) {
    String decomposed = isPlainAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder sb = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
        continue;
      }
      switch (c) {
        case '\'', '\u2019', '\u2018', '\u02bc', '\u02bf', '\u02be', '`', '\u00b4', '.' -> {}
        case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', '/' -> sb.append('-');
        case '\u0131' -> sb.append('i'); // dotless i
        case '\u00df' -> sb.append("ss");
        case '\u00f8', '\u00d8' -> sb.append('o');
        case '\u0142', '\u0141' -> sb.append('l');
        case '\u0111', '\u0110' -> sb.append('d');
        case '\u00e6' -> sb.append("ae");
        default -> sb.append(Character.isLetterOrDigit(c) || c == '-' ? c : ' ');
      }
    }
    return sb.toString().trim();
  }

  private static boolean isPlainAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static String stripPunctuation(String part) {
    StringBuilder sb = new StringBuilder(part.length());
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
