package org.pharos.coder.quantity;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers written in digits or words: "7", "1,200", "4.2", "nine", "twenty-five", "a dozen",
 * scale words ("million", "bn") and vague plurals ("dozens", "hundreds"). Stateless and thread-safe.
 */
public final class NumberWords {

  private static final Map<String, Integer> UNITS = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
      Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
      Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("dozen", 12));

  private static final Map<String, Integer> TENS = Map.of(
      "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70,
      "eighty", 80, "ninety", 90);

  private static final Map<String, Double> SCALES = Map.of(
      "hundred", 1e2, "thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12,
      "m", 1e6, "mn", 1e6, "bn", 1e9, "k", 1e3, "tn", 1e12);

  /** Vague plurals and the lower bound Pharos reads for them ("dozens" → at least 24). */
  private static final Map<String, Double> VAGUE = Map.of(
      "dozens", 24.0, "scores", 40.0, "hundreds", 200.0, "thousands", 2_000.0, "millions", 2e6,
      "billions", 2e9, "tens", 20.0);

  private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?");
  private static final Pattern DIGITS_WITH_SCALE =
      Pattern.compile("(\\d+(?:\\.\\d+)?)(bn|mn|m|k|tn)", Pattern.CASE_INSENSITIVE);
  private static final Pattern RANGE =
      Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)[-\u2010\u2011\u2012\u2013\u2014](\\d[\\d,]*(?:\\.\\d+)?)");

  private NumberWords() {}

  /** The value of a token written in digits ("1,200", "4.2"), or empty. */
  public static OptionalDouble digits(String token) {
    if (DIGITS.matcher(token).matches()) {
      return OptionalDouble.of(Double.parseDouble(token.replace(",", "")));
    }
    return OptionalDouble.empty();
  }

  /** "4.2bn" → 4.2e9, "500m" → 5e8, or empty. */
  public static OptionalDouble digitsWithScale(String token) {
    Matcher m = DIGITS_WITH_SCALE.matcher(token);
    if (m.matches()) {
      return OptionalDouble.of(Double.parseDouble(m.group(1)) * SCALES.get(m.group(2).toLowerCase(Locale.ROOT)));
    }
    return OptionalDouble.empty();
  }

  /** The bounds of a one-token range ("150-165", "150–165"), or {@code null}. */
  public static double[] range(String token) {
    Matcher m = RANGE.matcher(token);
    if (m.matches()) {
      double a = Double.parseDouble(m.group(1).replace(",", ""));
      double b = Double.parseDouble(m.group(2).replace(",", ""));
      if (a < b) {
        return new double[] {a, b};
      }
    }
    return null;
  }

  /**
   * The value of a number word ("nine", "twenty-five", "Twenty"), or empty. "dozen" is 12; scale
   * words alone are not numbers here (see {@link #scale}).
   */
  public static OptionalDouble word(String token) {
    String w = token.toLowerCase(Locale.ROOT);
    Integer unit = UNITS.get(w);
    if (unit != null) {
      return OptionalDouble.of(unit);
    }
    Integer tens = TENS.get(w);
    if (tens != null) {
      return OptionalDouble.of(tens);
    }
    int dash = w.indexOf('-');
    if (dash > 0) {
      Integer t = TENS.get(w.substring(0, dash));
      Integer u = UNITS.get(w.substring(dash + 1));
      if (t != null && u != null && u > 0 && u < 10) {
        return OptionalDouble.of(t + u);
      }
    }
    return OptionalDouble.empty();
  }

  /** True for "twenty", "thirty", … (a following unit word adds: "twenty five"). */
  public static boolean isTens(String token) {
    return TENS.containsKey(token.toLowerCase(Locale.ROOT));
  }

  /** The multiplier of a scale word ("million" → 1e6, "bn" → 1e9), or empty. */
  public static OptionalDouble scale(String token) {
    Double s = SCALES.get(token.toLowerCase(Locale.ROOT));
    return s == null ? OptionalDouble.empty() : OptionalDouble.of(s);
  }

  /** The lower bound read for a vague plural ("dozens" → 24, "hundreds" → 200), or empty. */
  public static OptionalDouble vague(String token) {
    Double v = VAGUE.get(token.toLowerCase(Locale.ROOT));
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }
}
