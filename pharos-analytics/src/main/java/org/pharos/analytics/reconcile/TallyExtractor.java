package org.pharos.analytics.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pharos.model.Event;
import org.pharos.model.Hashing;
import org.pharos.model.PartialDate;
import org.pharos.model.Quantity;

/**
 * Finds tally statements — counts of many events over a period — and turns them into {@link
 * TallyRecord}s. Stateless and thread-safe.
 *
 * <p>Two sources:
 *
 * <ul>
 *   <li><b>Coded events</b> ({@link #fromEvents}): an event whose quantities include kind {@code
 *       attacks} with a count of 2 or more ("attacked US forces 61 times", "61 attacks") is a
 *       tally, not an individual event ({@link #isTally}). Its actors and type are the event's.
 *   <li><b>Sentences</b> ({@link #fromSentence}): sentences the coder left without such an event
 *       ("the Pentagon said there had been 61 attacks") are read with patterns "N attacks/strikes",
 *       "attacked … N times", with qualifiers and ranges ("at least 170 attacks", "160 to 175
 *       attacks"); the caller supplies the actors when it knows them.
 * </ul>
 *
 * The period comes from the sentence ("since October 17", "between … and …", "in the past two
 * months", "by mid-February"); without an end it ends on the publication day.
 */
public final class TallyExtractor {
  private static final String QUAL = "at least|more than|over|nearly|almost|about|around|approximately|roughly"
      + "|some|up to|fewer than|less than|as many as|close to|upwards of";
  private static final String N = "(?:\\d{1,3}(?:,\\d{3})+|\\d+|two|three|four|five|six|seven|eight|nine|ten"
      + "|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|dozens of)";
  private static final String COUNT = "(?:(" + QUAL + ")\\s+)?(" + N + ")(?:\\s*(?:to|-|–|and)\\s*(" + N + "))?";
  private static final Pattern NOUN = Pattern.compile("(?:\\bbetween\\s+)?\\b" + COUNT
      + "\\s+(?:[a-z-]+\\s+){0,2}?(?:attacks|strikes|incidents|assaults)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern TIMES = Pattern.compile("\\b(?:attacked|struck|targeted|hit)\\b[^.;]{0,100}?\\b"
      + COUNT + "\\s+times\\b", Pattern.CASE_INSENSITIVE);
  private static final Map<String, Integer> WORDS = Map.ofEntries(
      Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
      Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("twenty", 20), Map.entry("thirty", 30),
      Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
      Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("a hundred", 100), Map.entry("dozens of", 24));

  /** An extractor; it has no settings. */
  public TallyExtractor() {}

  /** True when an event counts many events: an {@code attacks} quantity of 2 or more. */
  public static boolean isTally(Event e) {
    return attacks(e) != null;
  }

  private static Quantity attacks(Event e) {
    for (Quantity q : e.quantities()) {
      if (q.kind() != null && q.kind().equalsIgnoreCase("attacks")) {
        Double n = q.max() != null ? q.max() : q.min();
        if (n != null && n >= 2) {
          return q;
        }
      }
    }
    return null;
  }

  /**
   * The tallies among coded events, one per document sentence and count (several events of one
   * sentence carrying the same count give one tally).
   *
   * @param documents document metadata by id; may return {@code null}
   */
  public List<TallyRecord> fromEvents(Collection<Event> events, Function<String, DocumentInfo> documents) {
    Map<String, TallyRecord> out = new LinkedHashMap<>();
    for (Event e : events) {
      Quantity q = attacks(e);
      if (q == null) {
        continue;
      }
      DocumentInfo doc = documents.apply(e.docId());
      String outlet = doc != null && doc.outlet() != null ? doc.outlet() : e.outlet();
      LocalDate published = doc != null ? doc.published() : null;
      LocalDate reference = published != null ? published : day(e.date());
      PeriodPhrases.Period p = PeriodPhrases.parse(e.sentence(), reference);
      if (p.end() == null) {
        continue; // no day to anchor the period: not comparable with anything
      }
      String type = e.plover() != null ? e.plover() : "ASSAULT";
      String source = Mention.code(e.source());
      String target = Mention.code(e.target());
      String id = id(e.docId(), e.sentenceIndex(), q.min(), q.max(), source, target);
      out.putIfAbsent(id, new TallyRecord(id, e.docId(), outlet, published, source, target, type,
          p.start(), p.end(), q.min(), q.max(), QuantityReconciler.normalizeQualifier(q.qualifier()),
          e.sentence(), e.sentenceIndex()));
    }
    return new ArrayList<>(out.values());
  }

  /**
   * The tallies a sentence states, read with patterns.
   *
   * @param doc the document (its publication day anchors "since …")
   * @param sentenceIndex index of the sentence in the document
   * @param sentence the sentence
   * @param source code of the counted events' source, or {@code null}
   * @param target code of their target, or {@code null}
   * @param type PLOVER type of the counted events ({@code ASSAULT} when {@code null})
   */
  public List<TallyRecord> fromSentence(DocumentInfo doc, int sentenceIndex, String sentence, String source,
      String target, String type) {
    Objects.requireNonNull(doc, "doc");
    List<TallyRecord> out = new ArrayList<>();
    if (sentence == null || sentence.isBlank()) {
      return out;
    }
    PeriodPhrases.Period p = PeriodPhrases.parse(sentence, doc.published());
    if (p.end() == null) {
      return out;
    }
    for (Pattern pattern : List.of(TIMES, NOUN)) {
      Matcher m = pattern.matcher(sentence);
      while (m.find()) {
        String qual = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
        double a = value(m.group(2));
        Double b = m.group(3) == null ? null : value(m.group(3));
        if (a < 0 || (b != null && b < 0) || (b == null && a >= 1900 && a <= 2100 && !m.group(2).contains(","))) {
          continue;
        }
        Double min;
        Double max;
        if (b != null) {
          min = Math.min(a, b);
          max = Math.max(a, b);
        } else if (qual != null && (qual.equals("at least") || qual.equals("more than") || qual.equals("over")
            || qual.equals("upwards of"))) {
          min = a;
          max = null;
        } else if (qual != null && (qual.equals("nearly") || qual.equals("almost") || qual.equals("up to")
            || qual.equals("fewer than") || qual.equals("less than") || qual.equals("as many as")
            || qual.equals("close to"))) {
          min = null;
          max = a;
        } else {
          min = a;
          max = a;
        }
        if ((max != null ? max : min) < 2) {
          continue;
        }
        String id = id(doc.docId(), sentenceIndex, min, max, source, target);
        if (out.stream().noneMatch(t -> t.tallyId().equals(id))) {
          out.add(new TallyRecord(id, doc.docId(), doc.outlet(), doc.published(), source, target,
              type == null ? "ASSAULT" : type, p.start(), p.end(), min, max, qual, sentence, sentenceIndex));
        }
      }
      if (!out.isEmpty()) {
        break; // "attacked … 61 times" and "61 attacks" in one sentence are the same figure
      }
    }
    return out;
  }

  private static double value(String text) {
    String t = text.toLowerCase(Locale.ROOT).replace(",", "");
    if (t.matches("\\d+")) {
      return Double.parseDouble(t);
    }
    Integer w = WORDS.get(t);
    return w == null ? -1 : w;
  }

  private static String id(String docId, int sentence, Double min, Double max, String source, String target) {
    return "t-" + Hashing.shortHash(16, docId, Integer.toString(sentence), String.valueOf(min), String.valueOf(max),
        String.valueOf(source), String.valueOf(target));
  }

  private static LocalDate day(String iso) {
    if (iso == null || iso.isBlank()) {
      return null;
    }
    try {
      return PartialDate.parse(iso).toLocalDate().orElse(null);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
