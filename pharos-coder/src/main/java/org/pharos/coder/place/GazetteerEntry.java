package org.pharos.coder.place;

import java.util.List;
import org.pharos.model.Place;

/**
 * One place of the gazetteer. Immutable and thread-safe.
 *
 * @param id dense index of the entry in its gazetteer
 * @param name canonical name, as given by the source ("Baghdad", "Ain al-Asad Air Base")
 * @param kind what the entry is
 * @param siteType the site's type from the theater file ({@code airbase}, {@code border}, …), or
 *     the kind in lower case for GeoNames entries
 * @param iso3 ISO-3166 alpha-3 code of the country the place is in
 * @param lat latitude in degrees, or {@code null} when the source has none
 * @param lon longitude in degrees, or {@code null}
 * @param population population (0 when unknown or not applicable)
 * @param aliases alternate names (Latin script)
 */
public record GazetteerEntry(
    int id,
    String name,
    PlaceKind kind,
    String siteType,
    String iso3,
    Double lat,
    Double lon,
    long population,
    List<String> aliases) {

  public GazetteerEntry {
    aliases = List.copyOf(aliases);
  }

  /** The entry as a model {@link Place} (canonical name, ISO-3 country, coordinates). */
  public Place toPlace() {
    return new Place(name, iso3, lat, lon);
  }
}
