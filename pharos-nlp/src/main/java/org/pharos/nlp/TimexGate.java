package org.pharos.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A cheap test that tells whether SUTime and the number normalizer can find anything in a sentence:
 * true when a token is a cardinal number ({@code CD}), contains a digit, or is one of the words that
 * SUTime's English rules ({@code english.sutime.txt}, {@code english.holidays.sutime.txt}) or the
 * number normalizer start from (month and weekday names, time units, parts of the day, seasons,
 * deictic words such as {@code now}, {@code ago}, {@code recently}, holidays, number and ordinal
 * words). Sentences without such a token skip SUTime, which is about half of the default engine's time
 * when run on every sentence. Stateless; thread-safe.
 */
final class TimexGate {

  private static final Set<String> WORDS = Set.of(
      // months and their abbreviations (may/march are also common words: accepted cost)
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
      "dec",
      // weekdays and abbreviations
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
      "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun",
      // units and calendar words
      "second", "minute", "min", "hour", "hr", "day", "daytime", "daylight", "week", "wk", "weekend",
      "weekday", "workweek", "fortnight", "month", "mo", "year", "yr", "decade", "century",
      "millennium", "millennia", "millenium", "quarter", "season", "time", "times", "date",
      // parts of the day and seasons
      "morning", "afternoon", "evening", "night", "nighttime", "overnight", "tonight", "tonite", "today",
      "tomorrow", "yesterday", "midnight", "noon", "midday", "dawn", "dusk", "daybreak", "sunrise",
      "sunup", "sunset", "sundown", "twilight", "lunchtime", "dinnertime", "suppertime", "teatime",
      "spring", "summer", "fall", "autumn", "winter",
      // deictic and relative words
      "now", "current", "currently", "present", "recent", "recently", "past", "future", "previously",
      "once", "ago", "hence", "earlier", "later", "medieval",
      // holidays
      "christmas", "xmas", "x-mas", "easter", "halloween", "thanksgiving", "valentine", "eve", "mardi",
      "inauguration", "groundhog", "ides", "nones",
      // number and ordinal words
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
      "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
      "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
      "thousand", "million", "billion", "trillion", "dozen", "couple", "half", "first", "third",
      "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
      "twentieth", "hundredth", "thousandth", "millionth", "twice", "thrice", "daily", "annual",
      "annually", "biweekly");

  private TimexGate() {}

  /** True when SUTime or the number normalizer may find something among these tagged tokens. */
  static boolean mayContainTimeOrNumber(List<CoreLabel> labels) {
    for (CoreLabel l : labels) {
      if (isCandidate(l.word(), l.tag())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The token windows SUTime needs to read: for every candidate token ({@link #isCandidate}), the
   * tokens within {@code radius} of it, with windows that overlap or touch merged. Returns 0-based
   * {@code [begin, end)} pairs in order; empty when no token is a candidate.
   */
  static List<int[]> windows(List<CoreLabel> labels, int radius) {
    List<int[]> out = new java.util.ArrayList<>();
    int n = labels.size();
    for (int i = 0; i < n; i++) {
      CoreLabel l = labels.get(i);
      if (!isCandidate(l.word(), l.tag())) {
        continue;
      }
      int begin = Math.max(0, i - radius);
      int end = (int) Math.min(n, (long) i + radius + 1);
      int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && begin <= last[1]) {
        last[1] = Math.max(last[1], end);
      } else {
        out.add(new int[] {begin, end});
      }
    }
    return out;
  }

  /** True for one token that may start or belong to a time or number expression. */
  static boolean isCandidate(String word, String pos) {
    if ("CD".equals(pos)) {
      return true;
    }
    for (int i = 0; i < word.length(); i++) {
      if (Character.isDigit(word.charAt(i))) {
        return true;
      }
    }
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.startsWith("mid")) {
      return true; // mid-October, midweek, midyear, midterm
    }
    if (w.indexOf('-') > 0) {
      for (String part : w.split("-")) {
        if (!part.isEmpty() && isKnownWord(part)) {
          return true; // twenty-five, week-long, year-end
        }
      }
    }
    return isKnownWord(w);
  }

  private static boolean isKnownWord(String w) {
    return WORDS.contains(w) || (w.endsWith("s") && WORDS.contains(w.substring(0, w.length() - 1)))
        || (w.endsWith("ies") && WORDS.contains(w.substring(0, w.length() - 3) + "y"))
        || w.endsWith("ly") && WORDS.contains(w.substring(0, w.length() - 2)); // weekly, yearly, hourly
  }
}
