package org.pharos.analytics.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads the capitals of the Pharos gazetteer (the coder's {@code gazetteer.tsv.gz}: tab-separated
 * {@code kind name iso2 iso3 lat lon …}, {@code #} comments, a header row) as map reference points.
 * The analytics module does not depend on the coder: the caller hands over the stream, or {@link
 * #fromClasspath()} finds the resource when the coder is on the class path. Stateless and thread-safe.
 */
public final class ReferencePoints {

  /** Where the coder keeps its gazetteer on the class path. */
  public static final String GAZETTEER_RESOURCE = "/org/pharos/coder/place/gazetteer.tsv.gz";

  private ReferencePoints() {}

  /**
   * The capitals in a gazetteer stream (gzip-compressed when {@code gzipped}).
   *
   * @param source a name for the stream, used in error messages
   * @throws IllegalArgumentException naming the source and line when a capital row is malformed
   */
  public static List<ReferencePoint> readCapitals(InputStream in, boolean gzipped, String source) {
    List<ReferencePoint> points = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(gzipped ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (!line.startsWith("capital\t")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (cols.length < 6) {
          throw new IllegalArgumentException(
              source + ":" + number + ": a capital row needs 6 columns, found " + cols.length);
        }
        try {
          points.add(new ReferencePoint(cols[1], cols[3], Double.parseDouble(cols[4]), Double.parseDouble(cols[5])));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              source + ":" + number + ": latitude/longitude are not numbers: " + cols[4] + ", " + cols[5], e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer " + source, e);
    }
    return List.copyOf(points);
  }

  /** The capitals of the coder's gazetteer when it is on the class path, else an empty list. */
  public static List<ReferencePoint> fromClasspath() {
    InputStream in = ReferencePoints.class.getResourceAsStream(GAZETTEER_RESOURCE);
    if (in == null) {
      return List.of();
    }
    return readCapitals(in, true, GAZETTEER_RESOURCE);
  }
}
