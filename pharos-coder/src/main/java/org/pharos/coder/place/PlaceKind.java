package org.pharos.coder.place;

/**
 * What a gazetteer entry is. The order is the ranking order when one name has several candidates:
 * a theater's named site beats a country, which beats a capital, which beats any other city.
 */
public enum PlaceKind {
  /** A city or town (GeoNames, 15,000 people or more). */
  CITY(1),
  /** A national capital. */
  CAPITAL(2),
  /** A country or territory with an ISO-3166 code. */
  COUNTRY(3),
  /** A named site from a theater file: base, airport, district, border region, field, town. */
  SITE(4);

  private final int rank;

  PlaceKind(int rank) {
    this.rank = rank;
  }

  /** Higher ranks win when a name has several candidates. */
  public int rank() {
    return rank;
  }
}
