package org.pharos.coder.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pharos.model.PartialDate;

/**
 * A pure-Java reader of common English date phrases, for sentences without SUTime annotations:
 * "On Wednesday the 24th of January", "on June 27", "November 21-22", "January 24, 2024", "24
 * January 2024", "in January 2020", "since October 17", "in 2020", "on Wednesday" (the last such day
 * on or before the document date). A missing year comes from the document date; without one the
 * phrase is skipped. Stateless and thread-safe.
 */
public final class DatePhraseParser {

  /**
   * A date phrase found in a text.
   *
   * @param begin character offset of the phrase in the text
   * @param end character offset after it
   * @param date the date it denotes
   */
  public record DatePhrase(int begin, int end, EventDate date) {}

  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
  private static final Pattern DAY_MONTH = Pattern.compile(
      "\\b(?:" + WEEKDAY + ",?\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+(\\d{4}))?\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_DAY = Pattern.compile(
      "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*(?:-|–|to|and)\\s*(\\d{1,2})(?:st|nd|rd|th)?)?(?:,?\\s+(\\d{4}))?\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_ALONE = Pattern.compile("\\b(?:in|during|since|until|by|early|late|mid-?)\\s+" + MONTH + "\\b(?!\\s+\\d)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern YEAR = Pattern.compile("\\b(?:in|during|since|until|by)\\s+((?:19|20)\\d{2})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern ON_WEEKDAY = Pattern.compile("\\bon\\s+" + WEEKDAY + "\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern SINCE_BEFORE = Pattern.compile("(?i)\\bsince\\s+(?:the\\s+)?$");

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12));

  private DatePhraseParser() {}

  /** Every date phrase in {@code text}, in order of position, without overlaps. */
  public static List<DatePhrase> find(String text, PartialDate documentDate) {
    List<DatePhrase> out = new ArrayList<>();
    Matcher m = DAY_MONTH.matcher(text);
    while (m.find()) {
      add(out, text, m.start(), m.end(), dated(month(m.group(3)), Integer.parseInt(m.group(2)), m.group(4), documentDate), null);
    }
    m = MONTH_DAY.matcher(text);
    while (m.find()) {
      int month = month(m.group(1));
      PartialDate start = dated(month, Integer.parseInt(m.group(2)), m.group(4), documentDate);
      PartialDate end = m.group(3) == null || start == null ? null : safe(start.year(), month, Integer.parseInt(m.group(3)));
      add(out, text, m.start(), m.end(), start, end);
    }
    m = MONTH_YEAR.matcher(text);
    while (m.find()) {
      add(out, text, m.start(), m.end(), new PartialDate(Integer.parseInt(m.group(2)), month(m.group(1)), null), null);
    }
    m = MONTH_ALONE.matcher(text);
    while (m.find()) {
      if (documentDate != null && documentDate.year() != null) {
        int start = m.start(1);
        add(out, text, start, m.end(), TimexValues.fillYear(month(m.group(1)), null, documentDate), null);
      }
    }
    m = YEAR.matcher(text);
    while (m.find()) {
      add(out, text, m.start(1), m.end(), new PartialDate(Integer.parseInt(m.group(1)), null, null), null);
    }
    m = ON_WEEKDAY.matcher(text);
    while (m.find()) {
      if (documentDate != null && documentDate.isFullDay()) {
        DayOfWeek dow = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        LocalDate d = documentDate.toLocalDate().orElseThrow().with(TemporalAdjusters.previousOrSame(dow));
        add(out, text, m.start(1), m.end(), PartialDate.of(d), null);
      }
    }
    out.sort(Comparator.comparingInt(DatePhrase::begin));
    return out;
  }

  private static int month(String s) {
    return MONTHS.get(s.substring(0, 3).toLowerCase(Locale.ROOT));
  }

  private static PartialDate dated(int month, int day, String year, PartialDate documentDate) {
    if (year != null) {
      return safe(Integer.parseInt(year), month, day);
    }
    if (documentDate == null || documentDate.year() == null) {
      return null;
    }
    try {
      return TimexValues.fillYear(month, day, documentDate);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static PartialDate safe(Integer year, int month, int day) {
    try {
      return new PartialDate(year, month, day);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static void add(List<DatePhrase> out, String text, int begin, int end, PartialDate date, PartialDate dateEnd) {
    if (date == null) {
      return;
    }
    for (DatePhrase p : out) {
      if (begin < p.end() && end > p.begin()) {
        return; // an earlier, more specific pattern already covers it
      }
    }
    boolean since = SINCE_BEFORE.matcher(text.substring(0, begin)).find()
        || text.regionMatches(true, begin, "since", 0, 5);
    out.add(new DatePhrase(begin, end, EventDate.text(date, dateEnd, since)));
  }
}
