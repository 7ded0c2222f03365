package org.pharos.coder.place;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a {@link Gazetteer} reads its data: the base file of countries, capitals and cities (gzipped
 * TSV made by {@code tools/gazetteer/convert.py}) and any number of named-site files (a theater's
 * bases, airports, districts, border regions). Immutable and thread-safe.
 *
 * <pre>{@code
 * Gazetteer g = Gazetteer.load(GazetteerSources.defaults());                  // bundled data
 * Gazetteer g2 = Gazetteer.load(GazetteerSources.baseOnly().withSites(Path.of("sahel-sites.tsv")));
 * }</pre>
 *
 * @param baseResource classpath resource of the base file, or {@code null} when {@code baseFile}
 *     is used
 * @param baseFile a base file on disk, or {@code null}
 * @param siteResources classpath resources of named-site files
 * @param siteFiles named-site files on disk
 */
public record GazetteerSources(
    String baseResource, Path baseFile, List<String> siteResources, List<Path> siteFiles) {

  /** The bundled base gazetteer (GeoNames-derived). */
  public static final String BASE_RESOURCE = "org/pharos/coder/place/gazetteer.tsv.gz";

  /** The bundled theater-sites file. */
  public static final String THEATER_SITES_RESOURCE = "org/pharos/coder/place/theater-sites.tsv";

  public GazetteerSources {
    if ((baseResource == null) == (baseFile == null)) {
      throw new IllegalArgumentException("exactly one of baseResource and baseFile must be given");
    }
    siteResources = List.copyOf(siteResources);
    siteFiles = List.copyOf(siteFiles);
  }

  /** The bundled base gazetteer and the bundled theater sites. */
  public static GazetteerSources defaults() {
    return new GazetteerSources(BASE_RESOURCE, null, List.of(THEATER_SITES_RESOURCE), List.of());
  }

  /** The bundled base gazetteer without any named sites. */
  public static GazetteerSources baseOnly() {
    return new GazetteerSources(BASE_RESOURCE, null, List.of(), List.of());
  }

  /** A copy that also reads the named-site file {@code file}. */
  public GazetteerSources withSites(Path file) {
    List<Path> files = new ArrayList<>(siteFiles);
    files.add(file);
    return new GazetteerSources(baseResource, baseFile, siteResources, files);
  }

  /** A copy whose named sites come only from {@code files} (the bundled theater is dropped). */
  public GazetteerSources withOnlySites(List<Path> files) {
    return new GazetteerSources(baseResource, baseFile, List.of(), files);
  }
}
