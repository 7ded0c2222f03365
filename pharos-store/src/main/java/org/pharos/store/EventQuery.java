package org.pharos.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import org.pharos.model.Modality;
import org.pharos.model.PartialDate;

/**
 * Which events to read. Every criterion is optional; set criteria are combined with AND. Only the
 * latest version of each document is searched. Immutable and thread-safe; build with {@link
 * #builder()}:
 *
 * <pre>{@code
 * EventQuery q = EventQuery.builder().actor("USA").type("ASSAULT").since("2023-11").limit(100).build();
 * List<Event> events = store.events(q);
 * }</pre>
 *
 * <p>Dates: events are compared by the first day of their (possibly partial) date, so an event dated
 * {@code 2023-11} counts as 1 November 2023; {@code since} and {@code until} accept {@code YYYY},
 * {@code YYYY-MM} or {@code YYYY-MM-DD} and are inclusive ({@code until("2023-11")} ends on 30
 * November). Events without a year never match a date bound.
 */
public final class EventQuery {
  private final String actor;
  private final String source;
  private final String target;
  private final String type;
  private final String country;
  private final String place;
  private final String docId;
  private final LocalDate since;
  private final LocalDate until;
  private final Modality modality;
  private final int limit;
  private final long offset;

  private EventQuery(Builder b) {
    actor = b.actor;
    source = b.source;
    target = b.target;
    type = b.type;
    country = b.country;
    place = b.place;
    docId = b.docId;
    since = b.since;
    until = b.until;
    modality = b.modality;
    limit = b.limit;
    offset = b.offset;
  }

  /** A query that selects every current event. */
  public static EventQuery all() {
    return builder().build();
  }

  /** A new builder with no criteria. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from this query's criteria. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.actor = actor;
    b.source = source;
    b.target = target;
    b.type = type;
    b.country = country;
    b.place = place;
    b.docId = docId;
    b.since = since;
    b.until = until;
    b.modality = modality;
    b.limit = limit;
    b.offset = offset;
    return b;
  }

  /** Actor code prefix matched on either side. */
  public Optional<String> actor() {
    return Optional.ofNullable(actor);
  }

  /** Source actor code prefix. */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /** Target actor code prefix. */
  public Optional<String> target() {
    return Optional.ofNullable(target);
  }

  /** PLOVER type name (upper case) or CAMEO code prefix (digits). */
  public Optional<String> type() {
    return Optional.ofNullable(type);
  }

  /** True when {@link #type()} is a CAMEO code prefix rather than a PLOVER name. */
  public boolean typeIsCameo() {
    return type != null && type.chars().allMatch(Character::isDigit);
  }

  /** Country (ISO alpha-3) on either side. */
  public Optional<String> country() {
    return Optional.ofNullable(country);
  }

  /** Place name, compared case-insensitively. */
  public Optional<String> place() {
    return Optional.ofNullable(place);
  }

  /** Only events of this document. */
  public Optional<String> docId() {
    return Optional.ofNullable(docId);
  }

  /** First day included. */
  public Optional<LocalDate> since() {
    return Optional.ofNullable(since);
  }

  /** Last day included. */
  public Optional<LocalDate> until() {
    return Optional.ofNullable(until);
  }

  /** Only events with this modality. */
  public Optional<Modality> modality() {
    return Optional.ofNullable(modality);
  }

  /** Maximum number of events, 0 for no limit. */
  public int limit() {
    return limit;
  }

  /** Number of events to skip (in the store's stable order: date, document, sentence, id). */
  public long offset() {
    return offset;
  }

  @Override
  public String toString() {
    return "EventQuery[actor=" + actor + ", source=" + source + ", target=" + target + ", type=" + type
        + ", country=" + country + ", place=" + place + ", docId=" + docId + ", since=" + since
        + ", until=" + until + ", modality=" + modality + ", limit=" + limit + ", offset=" + offset + "]";
  }

  /** Builds an {@link EventQuery}. Not thread-safe; build one query per builder. */
  public static final class Builder {
    private String actor;
    private String source;
    private String target;
    private String type;
    private String country;
    private String place;
    private String docId;
    private LocalDate since;
    private LocalDate until;
    private Modality modality;
    private int limit;
    private long offset;

    private Builder() {}

    /** Actor code prefix on either side ({@code USA} matches {@code USAMIL}). */
    public Builder actor(String codePrefix) {
      actor = code(codePrefix, "actor");
      return this;
    }

    /** Source actor code prefix. */
    public Builder source(String codePrefix) {
      source = code(codePrefix, "source");
      return this;
    }

    /** Target actor code prefix. */
    public Builder target(String codePrefix) {
      target = code(codePrefix, "target");
      return this;
    }

    /** A PLOVER type name ({@code ASSAULT}, any case) or a CAMEO code prefix ({@code 19}, {@code 195}). */
    public Builder type(String ploverOrCameo) {
      type = ploverOrCameo == null ? null : blankToNull(ploverOrCameo.trim().toUpperCase(Locale.ROOT));
      return this;
    }

    /** Country code on either side. */
    public Builder country(String iso3) {
      country = code(iso3, "country");
      return this;
    }

    /** Place name (case-insensitive exact match). */
    public Builder place(String name) {
      place = name == null ? null : blankToNull(name.trim());
      return this;
    }

    /** Only events of one document. */
    public Builder docId(String id) {
      docId = id;
      return this;
    }

    /** First day included, from {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
    public Builder since(String iso) {
      since = iso == null || iso.isBlank() ? null : bound(iso, true);
      return this;
    }

    /** First day included. */
    public Builder since(LocalDate day) {
      since = day;
      return this;
    }

    /** Last day included, from {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
    public Builder until(String iso) {
      until = iso == null || iso.isBlank() ? null : bound(iso, false);
      return this;
    }

    /** Last day included. */
    public Builder until(LocalDate day) {
      until = day;
      return this;
    }

    /** Only events with this modality. */
    public Builder modality(Modality m) {
      modality = m;
      return this;
    }

    /** Only events with this modality, by its JSON name ({@code asserted}, …). */
    public Builder modality(String name) {
      try {
        modality = name == null || name.isBlank() ? null : Modality.parse(name);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown modality '" + name
            + "' (expected asserted, reported, planned, hypothetical or negated)", e);
      }
      return this;
    }

    /** Maximum number of events, 0 for no limit. */
    public Builder limit(int n) {
      if (n < 0) {
        throw new IllegalArgumentException("limit must not be negative: " + n);
      }
      limit = n;
      return this;
    }

    /** Number of events to skip. */
    public Builder offset(long n) {
      if (n < 0) {
        throw new IllegalArgumentException("offset must not be negative: " + n);
      }
      offset = n;
      return this;
    }

    /** The query. */
    public EventQuery build() {
      if (since != null && until != null && since.isAfter(until)) {
        throw new IllegalArgumentException("since " + since + " is after until " + until);
      }
      return new EventQuery(this);
    }

    private static String code(String value, String what) {
      if (value == null || value.isBlank()) {
        return null;
      }
      String v = value.trim().toUpperCase(Locale.ROOT);
      if (!v.matches("[A-Z0-9]+")) {
        throw new IllegalArgumentException(what + " must be letters and digits only: '" + value + "'");
      }
      return v;
    }

    private static String blankToNull(String s) {
      return s.isEmpty() ? null : s;
    }

    private static LocalDate bound(String iso, boolean start) {
      PartialDate d;
      try {
        d = PartialDate.parse(iso);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            (start ? "since" : "until") + ": expected YYYY, YYYY-MM or YYYY-MM-DD, got '" + iso + "'", e);
      }
      if (d.year() == null) {
        throw new IllegalArgumentException((start ? "since" : "until") + " needs a year: '" + iso + "'");
      }
      if (d.month() == null) {
        return start ? LocalDate.of(d.year(), 1, 1) : LocalDate.of(d.year(), 12, 31);
      }
      if (d.day() == null) {
        YearMonth ym = YearMonth.of(d.year(), d.month());
        return start ? ym.atDay(1) : ym.atEndOfMonth();
      }
      return LocalDate.of(d.year(), d.month(), d.day());
    }
  }
}
