package org.pharos.cli;

import org.pharos.store.EventQuery;
import picocli.CommandLine.Option;

/** Event filters shared by the query commands. */
final class QueryOptions {
  @Option(names = "--actor", paramLabel = "CODE", description = "Actor code prefix on either side (IRQ, USAMIL…).")
  String actor;

  @Option(names = "--source", paramLabel = "CODE", description = "Source actor code prefix.")
  String source;

  @Option(names = "--target", paramLabel = "CODE", description = "Target actor code prefix.")
  String target;

  @Option(names = "--type", paramLabel = "TYPE", description = "PLOVER type (ASSAULT) or CAMEO code prefix (19, 195).")
  String type;

  @Option(names = "--country", paramLabel = "ISO3", description = "Country of either actor.")
  String country;

  @Option(names = "--place", paramLabel = "NAME", description = "Place name of the event.")
  String place;

  @Option(names = "--since", paramLabel = "DATE", description = "Events on or after this date (YYYY-MM-DD).")
  String since;

  @Option(names = "--until", paramLabel = "DATE", description = "Events on or before this date (YYYY-MM-DD).")
  String until;

  @Option(names = "--modality", paramLabel = "M", description = "asserted, reported, planned, hypothetical or negated.")
  String modality;

  @Option(names = "--limit", paramLabel = "N", description = "At most N events (default: all).")
  Integer limit;

  EventQuery query() {
    EventQuery.Builder b = EventQuery.builder();
    if (actor != null) {
      b.actor(actor);
    }
    if (source != null) {
      b.source(source);
    }
    if (target != null) {
      b.target(target);
    }
    if (type != null) {
      b.type(type);
    }
    if (country != null) {
      b.country(country);
    }
    if (place != null) {
      b.place(place);
    }
    if (since != null) {
      b.since(since);
    }
    if (until != null) {
      b.until(until);
    }
    if (modality != null) {
      b.modality(modality);
    }
    if (limit != null) {
      b.limit(limit);
    }
    return b.build();
  }
}
