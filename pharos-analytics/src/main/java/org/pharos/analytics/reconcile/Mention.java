package org.pharos.analytics.reconcile;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.pharos.model.ActorRef;
import org.pharos.model.DatePrecision;
import org.pharos.model.DateSource;
import org.pharos.model.Event;
import org.pharos.model.PartialDate;
import org.pharos.model.Place;

/**
 * One event report prepared for comparison: type key, actor codes and countries, the date as an
 * interval of epoch days, a normalized place. Built once per event; immutable except for the
 * index bookkeeping fields, which only {@link ClusterIndex} touches under its own lock.
 */
final class Mention {
  /** Words that say nothing about which place is meant. */
  private static final Set<String> PLACE_STOPWORDS = Set.of(
      "al", "el", "ad", "as", "ash", "an", "the", "of", "city", "province", "governorate", "district",
      "region", "base", "air", "camp", "near", "outskirts");

  final Event event;
  final DocumentInfo doc;
  final String key; // docId + "\u0000" + eventId
  final String typeKey;
  final String plover;
  final String cameo;
  final String cameoRoot;
  final String sourceCode;
  final String sourceCountry;
  final String targetCode;
  final String targetCountry;
  /** First and last day of the date (epoch days); valid only when {@link #dated}. */
  final long dayStart;
  final long dayEnd;
  final boolean dated;
  final boolean dayPrecise;
  final boolean fromDocumentDate;
  final String placeName; // normalized, or null
  final String[] placeTokens; // sorted, stop words removed
  final String placeCountry;
  final double lat;
  final double lon;
  final boolean hasCoordinates;

  // Bookkeeping of ClusterIndex.
  int stamp;
  /** Stamp of the last re-decision pass that queued this report. */
  int queued;
  /** The cluster this report belongs to; null while it waits for its first decision. */
  MentionCluster cluster;
  /** Reports linked to this one (score at or above the link threshold); null when none. */
  java.util.ArrayList<Mention> links;

  Mention(Event e, DocumentInfo doc) {
    this.event = e;
    this.doc = doc;
    this.key = e.docId() + "\u0000" + e.eventId();
    this.plover = blankToNull(e.plover());
    this.cameo = blankToNull(e.cameo());
    String root = blankToNull(e.cameoRoot());
    if (root == null && cameo != null && cameo.length() >= 2) {
      root = cameo.substring(0, 2);
    }
    this.cameoRoot = root;
    this.typeKey = plover != null ? plover : root == null ? null : "cameo:" + root;
    this.sourceCode = code(e.source());
    this.sourceCountry = country(e.source());
    this.targetCode = code(e.target());
    this.targetCountry = country(e.target());

    long s = 0;
    long en = 0;
    boolean ok = false;
    boolean precise = false;
    PartialDate d = parse(e.date());
    if (d != null && d.year() != null && d.month() != null) {
      DatePrecision p = e.datePrecision() == null ? d.precision() : e.datePrecision();
      if (d.day() != null && p == DatePrecision.DAY) {
        s = LocalDate.of(d.year(), d.month(), d.day()).toEpochDay();
        en = s;
        precise = true;
        ok = true;
      } else if (p == DatePrecision.DAY || p == DatePrecision.MONTH) {
        YearMonth ym = YearMonth.of(d.year(), d.month());
        s = ym.atDay(1).toEpochDay();
        en = ym.atEndOfMonth().toEpochDay();
        ok = true;
      }
      PartialDate end = parse(e.dateEnd());
      if (ok && end != null && end.year() != null && end.month() != null) {
        long last = end.day() != null
            ? LocalDate.of(end.year(), end.month(), end.day()).toEpochDay()
            : YearMonth.of(end.year(), end.month()).atEndOfMonth().toEpochDay();
        if (last >= en && last - s <= 366) {
          en = last;
        }
      }
    }
    this.dayStart = s;
    this.dayEnd = en;
    this.dated = ok;
    this.dayPrecise = precise;
    this.fromDocumentDate = e.dateSource() == DateSource.DOCUMENT;

    Place p = e.location();
    String name = p == null ? null : normalizeName(p.name());
    this.placeName = name == null || name.isEmpty() ? null : name;
    this.placeTokens = placeName == null ? new String[0] : tokens(placeName);
    this.placeCountry = p == null ? null : blankToNull(upper(p.country()));
    this.hasCoordinates = p != null && p.lat() != null && p.lon() != null;
    this.lat = hasCoordinates ? p.lat() : Double.NaN;
    this.lon = hasCoordinates ? p.lon() : Double.NaN;
  }

  /** True when the place is entirely unknown. */
  boolean placeUnknown() {
    return placeName == null && !hasCoordinates;
  }

  /** Ordering rank of the date quality: day from text first, then day from document, then month. */
  int precisionRank() {
    if (!dated) {
      return 3;
    }
    if (dayPrecise) {
      return fromDocumentDate ? 1 : 0;
    }
    return 2;
  }

  private static PartialDate parse(String iso) {
    if (iso == null || iso.isBlank()) {
      return null;
    }
    try {
      return PartialDate.parse(iso);
    } catch (IllegalArgumentException e) {
      return null; // an unreadable date is treated as unknown: the event stays a singleton
    }
  }

  static String code(ActorRef a) {
    return a == null ? null : blankToNull(upper(a.code()));
  }

  /**
   * The country-level block of an actor: the first three letters of its code ({@code USA} for
   * {@code USAMIL}), six for IGO codes ({@code IGOUNO}), else its country field.
   */
  static String country(ActorRef a) {
    if (a == null) {
      return null;
    }
    String c = blankToNull(upper(a.code()));
    if (c != null && c.length() >= 3) {
      if (c.startsWith("IGO") && c.length() >= 6) {
        return c.substring(0, 6);
      }
      return c.substring(0, 3);
    }
    return blankToNull(upper(a.country()));
  }

  static String normalizeName(String s) {
    if (s == null) {
      return null;
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }

  private static String[] tokens(String normalized) {
    String[] t = Arrays.stream(normalized.split(" "))
        .filter(w -> !w.isEmpty() && !PLACE_STOPWORDS.contains(w)).distinct().sorted().toArray(String[]::new);
    return t.length == 0 ? normalized.split(" ") : t;
  }

  private static String upper(String s) {
    return s == null ? null : s.trim().toUpperCase(Locale.ROOT);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  @Override
  public String toString() {
    return key.replace('\u0000', '/');
  }
}
