package org.pharos.coder.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.pharos.model.text.AnnotatedSentence;
import org.pharos.model.text.Timex;
import org.pharos.model.text.Token;

/**
 * Finds the {@link NumberPhrase}s of a sentence and reads their bounds.
 *
 * <p>Hedges: "at least 7" → min 7; "more than 300" / "over 300" → min 301 (the next whole number;
 * money keeps 300); "nearly 100" / "almost 100" → max 99, qualifier {@code nearly}; "less than 100"
 * → max 99; "up to 20" / "as many as 20" → max 20; "about / around / some / roughly /
 * approximately / an estimated 25" → min = max = 25, qualifier {@code about}; "150-165", "150 - 165",
 * "150 to 165" and "between 150 and 165" → 150..165; "85+" and "85 or more" → min 85. Vague plurals
 * read as lower bounds with the word as qualifier: dozens ≥ 24, scores ≥ 40, hundreds ≥ 200,
 * thousands ≥ 2,000, tens of thousands ≥ 20,000; "a dozen" is 12.
 *
 * <p>Not quantities: years (1900–2100 unless a counted noun follows), dates and times (NER or a
 * SUTime span, month names, "a.m."), ordinals, percentages (unless money), measures ("20 km",
 * "3 days"), and numbers in names or models ("Tower 22", "Resolution 2334"; "S-400", "K-1" and
 * "Pantsir-S1" are never read as numbers). Stateless and thread-safe.
 */
public final class NumberPhrases {

  private static final Set<String> EXCLUDED_NER =
      Set.of("DATE", "TIME", "DURATION", "PERCENT", "ORDINAL", "SET");
  private static final Set<String> MONTHS =
      Set.of("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
          "sept", "oct", "nov", "dec");
  private static final Set<String> WEEKDAYS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
  private static final Set<String> MEASURES =
      Set.of("km", "kilometer", "kilometers", "kilometre", "kilometres", "mile", "miles", "meter",
          "meters", "metre", "metres", "kg", "kilograms", "tons", "tonnes", "hour", "hours", "day",
          "days", "week", "weeks", "month", "months", "year", "years", "minute", "minutes", "second",
          "seconds", "year-old", "years-old", "percent", "%", "pc", "a.m.", "p.m.", "am", "pm",
          "o'clock", "degrees", "mm", "cm", "ft", "feet", "km/h", "mph", "barrels", "bpd", "decades",
          "centuries", "st", "nd", "rd", "th");
  private static final Set<String> DASHES = Set.of("-", "\u2013", "\u2014", "--", "to");
  private static final Set<String> NOT_ONE_BEFORE = Set.of("no", "the", "every", "each", "any", "this", "that");
  private static final Set<String> NOT_ONE_AFTER = Set.of("another", "day", "time", "way");

  private final QuantityLexicon lexicon;

  /** A finder reading currencies from {@code lexicon}. */
  public NumberPhrases(QuantityLexicon lexicon) {
    this.lexicon = lexicon;
  }

  private record Value(int begin, int end, double lo, double hi, String vague) {}

  private record Hedge(int begin, String qualifier) {}

  /** The number phrases of {@code s}, left to right, not overlapping. */
  public List<NumberPhrase> find(AnnotatedSentence s) {
    List<NumberPhrase> out = new ArrayList<>();
    int i = 1;
    while (i <= s.size()) {
      Value v = valueAt(s, i);
      if (v == null) {
        i++;
        continue;
      }
      // scale words: "4.2 billion", "two hundred thousand"
      int end = v.end();
      double lo = v.lo();
      double hi = v.hi();
      while (end <= s.size() && v.vague() == null) {
        OptionalDouble scale = NumberWords.scale(s.token(end).word());
        String w = lower(s.token(end));
        if (scale.isEmpty() || ((w.equals("m") || w.equals("mn") || w.equals("bn") || w.equals("k")) && !currencyBefore(s, v.begin()))) {
          break;
        }
        lo *= scale.getAsDouble();
        hi *= scale.getAsDouble();
        end++;
      }
      // ranges: "150 - 165", "150 to 165", "between 150 and 165"
      boolean between = v.begin() > 1 && lower(s.token(v.begin() - 1)).equals("between");
      if (end + 1 <= s.size() && lo == hi && v.vague() == null
          && (DASHES.contains(lower(s.token(end))) || (between && lower(s.token(end)).equals("and")))) {
        Value second = valueAt(s, end + 1);
        if (second != null && second.vague() == null && second.lo() == second.hi()) {
          double upper = second.lo();
          double secondScale = 1;
          int secondEnd = second.end();
          while (secondEnd <= s.size() && NumberWords.scale(s.token(secondEnd).word()).isPresent()
              && !Set.of("m", "mn", "bn", "k").contains(lower(s.token(secondEnd)))) {
            secondScale *= NumberWords.scale(s.token(secondEnd).word()).getAsDouble();
            secondEnd++;
          }
          upper *= secondScale;
          if (end == v.end() && secondScale > 1) {
            lo *= secondScale; // "150 to 165 million": the scale applies to both
          }
          boolean riseFrom = v.begin() > 2 && lower(s.token(v.begin() - 1)).equals("from")
              && lexicon.isRiseVerb(s.token(v.begin() - 2).lowerLemma());
          if (riseFrom) {
            lo = upper; // "rose from 5 to 8": the count now is 8
            hi = upper;
            end = secondEnd;
          } else if (upper > lo) {
            hi = upper;
            end = secondEnd;
          }
        }
      }
      if (excluded(s, v.begin(), end, lo)) {
        i = end;
        continue;
      }
      // currency: "$500 million", "4.2 billion USD", "1 trillion dinars", "500 million US dollars"
      int begin = v.begin();
      String unit = null;
      if (begin > 1) {
        Optional<String> symbol = lexicon.currency(s.token(begin - 1).word());
        if (symbol.isPresent() && isSymbol(s.token(begin - 1).word())) {
          unit = symbol.get();
          begin--;
        }
      }
      int after = end;
      if (unit == null) {
        int j = end;
        if (j <= s.size() && Set.of("us", "u.s.", "american", "iraqi", "iranian", "jordanian", "kuwaiti").contains(lower(s.token(j)))) {
          j++;
        }
        if (j <= s.size()) {
          Optional<String> word = currencyWord(s.token(j));
          if (word.isPresent()) {
            unit = word.get();
            after = j + 1;
          }
        }
      }
      if (unit == null && followedByPercent(s, end)) {
        i = end;
        continue;
      }
      Hedge hedge = hedgeBefore(s, begin);
      if (between) {
        hedge = new Hedge(begin - 1, null);
      }
      String qualifier = hedge == null ? null : hedge.qualifier();
      int phraseBegin = hedge == null ? begin : hedge.begin();
      // trailing "or more", "+", "plus"
      if (after <= s.size() && s.token(after).word().equals("+")) {
        qualifier = "at least";
        after++;
      } else if (after + 1 <= s.size() && lower(s.token(after)).equals("or")
          && Set.of("more", "greater").contains(lower(s.token(after + 1)))) {
        qualifier = "at least";
        after += 2;
      }
      if (s.token(end - 1).word().endsWith("+")) {
        qualifier = "at least";
      }
      out.add(bounds(phraseBegin, after, v.begin(), end, lo, hi, qualifier, v.vague(), unit));
      i = after;
    }
    return out;
  }

  private static NumberPhrase bounds(
      int begin, int end, int valueBegin, int valueEnd, double lo, double hi, String qualifier,
      String vague, String unit) {
    if (vague != null) {
      return new NumberPhrase(begin, end, valueBegin, valueEnd, lo, null, vague, unit);
    }
    boolean whole = lo == Math.rint(lo) && unit == null;
    if (qualifier == null) {
      return new NumberPhrase(begin, end, valueBegin, valueEnd, lo, hi, null, unit);
    }
    return switch (qualifier) {
      case "more than" -> new NumberPhrase(begin, end, valueBegin, valueEnd, whole ? lo + 1 : lo, null, qualifier, unit);
      case "at least" -> new NumberPhrase(begin, end, valueBegin, valueEnd, lo, null, qualifier, unit);
      case "nearly", "less than" -> new NumberPhrase(begin, end, valueBegin, valueEnd, null,
          whole ? hi - 1 : hi, qualifier, unit);
      case "up to" -> new NumberPhrase(begin, end, valueBegin, valueEnd, null, hi, qualifier, unit);
      default -> new NumberPhrase(begin, end, valueBegin, valueEnd, lo, hi, qualifier, unit);
    };
  }

  /** A number starting at token {@code i}, before scale words and ranges; null when none. */
  private Value valueAt(AnnotatedSentence s, int i) {
    Token t = s.token(i);
    String w = lower(t);
    if ((w.equals("a") || w.equals("an")) && i + 1 <= s.size() && lower(s.token(i + 1)).equals("dozen")) {
      return new Value(i, i + 2, 12, 12, null);
    }
    if ((w.equals("a") || w.equals("one")) && i + 1 <= s.size()
        && Set.of("hundred", "thousand", "million", "billion").contains(lower(s.token(i + 1)))) {
      return new Value(i, i + 1, 1, 1, null);
    }
    OptionalDouble vague = NumberWords.vague(w);
    if (vague.isPresent()) {
      // "tens of thousands", "hundreds of thousands"
      if (i + 2 <= s.size() && lower(s.token(i + 1)).equals("of")) {
        OptionalDouble bigger = NumberWords.vague(lower(s.token(i + 2)));
        if (bigger.isPresent() && bigger.getAsDouble() > vague.getAsDouble()) {
          double value = vague.getAsDouble() * bigger.getAsDouble() / 2;
          return new Value(i, i + 3, value, value, w + " of " + lower(s.token(i + 2)));
        }
      }
      if (w.equals("tens")) {
        return null;
      }
      return new Value(i, i + 1, vague.getAsDouble(), vague.getAsDouble(), w);
    }
    String word = t.word();
    String digitsPart = word.endsWith("+") && word.length() > 1 ? word.substring(0, word.length() - 1) : word;
    double[] range = NumberWords.range(digitsPart);
    if (range != null) {
      return new Value(i, i + 1, range[0], range[1], null);
    }
    OptionalDouble digits = NumberWords.digits(digitsPart);
    if (digits.isPresent()) {
      return new Value(i, i + 1, digits.getAsDouble(), digits.getAsDouble(), null);
    }
    OptionalDouble scaled = NumberWords.digitsWithScale(digitsPart);
    if (scaled.isPresent() && currencyBefore(s, i)) {
      return new Value(i, i + 1, scaled.getAsDouble(), scaled.getAsDouble(), null);
    }
    OptionalDouble number = NumberWords.word(w);
    if (number.isPresent()) {
      if (w.equals("one") && ((i > 1 && NOT_ONE_BEFORE.contains(lower(s.token(i - 1))))
          || (i < s.size() && NOT_ONE_AFTER.contains(lower(s.token(i + 1)))))) {
        return null;
      }
      if (w.equals("dozen")) {
        return null; // only "a dozen" / "two dozen" (handled as a scale below)
      }
      double value = number.getAsDouble();
      int end = i + 1;
      if (NumberWords.isTens(w) && end <= s.size()) {
        OptionalDouble unit = NumberWords.word(lower(s.token(end)));
        if (unit.isPresent() && unit.getAsDouble() >= 1 && unit.getAsDouble() <= 9) {
          value += unit.getAsDouble();
          end++;
        }
      }
      if (end <= s.size() && lower(s.token(end)).equals("dozen")) {
        value *= 12;
        end++;
      }
      return new Value(i, end, value, value, null);
    }
    return null;
  }

  private boolean excluded(AnnotatedSentence s, int begin, int end, double value) {
    for (int k = begin; k < end; k++) {
      String ner = s.token(k).ner();
      if (ner != null && EXCLUDED_NER.contains(ner)) {
        return true;
      }
    }
    for (Timex timex : s.timexes()) {
      if (begin < timex.tokenEnd() && timex.tokenBegin() < end && !"DURATION".equals(timex.type())) {
        return true;
      }
    }
    // model numbers and compounds split at hyphens: "K-1", "S-400", "F-16"; "22-year-old", "3-day"
    if (begin > 2 && isGluedHyphen(s, begin - 1) && NumberWords.digits(s.token(begin - 2).word()).isEmpty()) {
      return true;
    }
    if (end + 1 <= s.size() && isGluedHyphen(s, end)
        && s.token(end + 1).word().chars().anyMatch(Character::isLetter)) {
      return true;
    }
    String next = end <= s.size() ? lower(s.token(end)) : "";
    String previous = begin > 1 ? lower(s.token(begin - 1)) : "";
    if (MONTHS.contains(previous) || MONTHS.contains(next) || MEASURES.contains(next)) {
      return true;
    }
    if (next.equals(":") || previous.equals("no.") || previous.equals("number") || previous.equals("#")) {
      return true;
    }
    boolean plainYear = end - begin == 1 && s.token(begin).word().matches("(19|20)\\d\\d");
    if (plainYear && value >= 1900 && value <= 2100) {
      boolean countedNounNext = end <= s.size() && isCountedNoun(s.token(end));
      if (!countedNounNext) {
        return true;
      }
    }
    // a number inside a name: "Tower 22", "Resolution 2334", "Camp 5"
    if (begin > 1) {
      Token before = s.token(begin - 1);
      boolean capitalized = !before.word().isEmpty() && Character.isUpperCase(before.word().charAt(0));
      boolean sentenceStart = begin - 1 == 1;
      boolean currency = lexicon.currency(before.word()).isPresent();
      boolean dateWord = WEEKDAYS.contains(previous) || "DATE".equals(before.ner())
          || "TIME".equals(before.ner());
      if (capitalized && !sentenceStart && !currency && !dateWord
          && (before.pos() == null || before.isProperNoun())) {
        return true;
      }
    }
    return false;
  }

  /** A hyphen token at {@code h} (1-based) touching the tokens on both sides. */
  static boolean isGluedHyphen(AnnotatedSentence s, int h) {
    if (h <= 1 || h >= s.size()) {
      return false;
    }
    Token hyphen = s.token(h);
    String w = hyphen.word();
    if (!(w.equals("-") || w.equals("\u2013") || "HYPH".equals(hyphen.pos()))) {
      return false;
    }
    return s.token(h - 1).end() == hyphen.begin() && hyphen.end() == s.token(h + 1).begin();
  }

  private boolean isCountedNoun(Token t) {
    String lemma = t.lowerLemma();
    return lexicon.nounKind(lemma).isPresent() || lexicon.isPersonNoun(lemma)
        || lexicon.nounKind(singular(lemma)).isPresent() || lexicon.isPersonNoun(singular(lemma));
  }

  private static boolean followedByPercent(AnnotatedSentence s, int end) {
    if (end > s.size()) {
      return false;
    }
    String next = lower(s.token(end));
    return next.equals("%") || next.equals("percent") || next.equals("pc")
        || (next.equals("per") && end + 1 <= s.size() && lower(s.token(end + 1)).equals("cent"));
  }

  private boolean currencyBefore(AnnotatedSentence s, int i) {
    return i > 1 && isSymbol(s.token(i - 1).word()) && lexicon.currency(s.token(i - 1).word()).isPresent();
  }

  /** A currency symbol: no letters ("$", "€") or letters ending in one ("US$"). */
  private static boolean isSymbol(String word) {
    return !word.isEmpty() && (word.chars().noneMatch(Character::isLetter) || word.endsWith("$"));
  }

  private Optional<String> currencyWord(Token t) {
    String w = t.word();
    if (isSymbol(w)) {
      return Optional.empty();
    }
    Optional<String> unit = lexicon.currency(t.lowerLemma());
    if (unit.isEmpty()) {
      unit = lexicon.currency(singular(w.toLowerCase(Locale.ROOT)));
    }
    return unit;
  }

  /** The hedge that ends right before token {@code begin}, or null. */
  private static Hedge hedgeBefore(AnnotatedSentence s, int begin) {
    String w1 = begin > 1 ? lower(s.token(begin - 1)) : "";
    String w2 = begin > 2 ? lower(s.token(begin - 2)) + " " + w1 : "";
    String w3 = begin > 3 ? lower(s.token(begin - 3)) + " " + w2 : "";
    String q3 = switch (w3) {
      case "as many as" -> "up to";
      case "no more than" -> "up to";
      case "no fewer than", "no less than" -> "at least";
      case "in excess of" -> "more than";
      default -> null;
    };
    if (q3 != null) {
      return new Hedge(begin - 3, q3);
    }
    String q2 = switch (w2) {
      case "at least" -> "at least";
      case "more than", "upwards of", "just over", "well over", "greater than" -> "more than";
      case "less than", "fewer than", "just under" -> "less than";
      case "up to", "at most" -> "up to";
      case "close to" -> "nearly";
      case "an estimated" -> "about";
      default -> null;
    };
    if (q2 != null) {
      return new Hedge(begin - 2, q2);
    }
    String q1 = switch (w1) {
      case "over", "above" -> "more than";
      case "under", "below" -> "less than";
      case "nearly", "almost" -> "nearly";
      case "about", "around", "some", "roughly", "approximately", "approx.", "estimated", "circa" -> "about";
      default -> null;
    };
    return q1 == null ? null : new Hedge(begin - 1, q1);
  }

  static String singular(String word) {
    if (word.endsWith("ies") && word.length() > 4) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.endsWith("s") && !word.endsWith("ss") && word.length() > 3) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  private static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}
