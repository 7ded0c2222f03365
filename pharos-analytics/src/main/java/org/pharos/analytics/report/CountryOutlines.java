package org.pharos.analytics.report;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Country outlines for the report map, read from the versioned resource {@code countries.tsv.gz}
 * next to this class (Natural Earth 1:50m, public domain, via the npm package world-atlas, ISC;
 * simplified and quantised to 0.01° by {@code tools/outlines/convert.py}; its header states the
 * columns). {@link #within} cuts out the countries around a map view, so a report embeds only the
 * borders it draws. Immutable and thread-safe.
 */
public final class CountryOutlines {

  /** The resource name, relative to this class. */
  public static final String RESOURCE = "countries.tsv.gz";

  private static final String HEADER = "id\tname\tlabel_lon\tlabel_lat\tarea\tmin_lon\tmin_lat\tmax_lon\tmax_lat\trings";

  /** No outlines at all (the map then shows only the graticule). */
  public static final CountryOutlines NONE = new CountryOutlines(List.of());

  /**
   * One country's shape inside a view.
   *
   * @param name country name
   * @param labelLon longitude of its label (inside its largest part)
   * @param labelLat latitude of its label
   * @param labelled true when the country is large enough in the view to carry a label
   * @param rings the rings that touch the view; each is {@code x0,y0,dx1,dy1,…} in hundredths of a
   *     degree (x = longitude, y = latitude), closed implicitly
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Shape(String name, double labelLon, double labelLat, boolean labelled, List<String> rings) {}

  private record Ring(String encoded, double minLon, double minLat, double maxLon, double maxLat) {}

  private record Country(String name, double labelLon, double labelLat, double area, List<Ring> rings) {}

  private static final class Holder {
    static final CountryOutlines DEFAULT = load();

    private static CountryOutlines load() {
      InputStream in = CountryOutlines.class.getResourceAsStream(RESOURCE);
      if (in == null) {
        throw new IllegalStateException("report resource missing from the class path: " + RESOURCE);
      }
      return read(in, true, RESOURCE);
    }
  }

  private final List<Country> countries;

  private CountryOutlines(List<Country> countries) {
    this.countries = List.copyOf(countries);
  }

  /** The outlines shipped with the analytics module (read once). */
  public static CountryOutlines fromClasspath() {
    return Holder.DEFAULT;
  }

  /** Number of countries. */
  public int size() {
    return countries.size();
  }

  /**
   * Reads an outline table ({@code #} comments, the header row, one country per line).
   *
   * @param source a name for the stream, used in error messages
   * @throws IllegalArgumentException naming the source and line of a malformed row
   */
  public static CountryOutlines read(InputStream in, boolean gzipped, String source) {
    List<Country> countries = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(gzipped ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      boolean header = false;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (!header) {
          if (!line.equals(HEADER)) {
            throw new IllegalArgumentException(source + ":" + number + ": expected the header '" + HEADER.replace('\t', ' ') + "'");
          }
          header = true;
          continue;
        }
        countries.add(parse(line, source, number));
      }
      if (!header) {
        throw new IllegalArgumentException(source + ": no header row");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read country outlines " + source, e);
    }
    return new CountryOutlines(countries);
  }

  private static Country parse(String line, String source, int number) {
    String[] cols = line.split("\t", -1);
    if (cols.length != 10) {
      throw new IllegalArgumentException(source + ":" + number + ": a country row needs 10 columns, found " + cols.length);
    }
    if (cols[1].isBlank()) {
      throw new IllegalArgumentException(source + ":" + number + ": the country name is empty");
    }
    double labelLon;
    double labelLat;
    double area;
    try {
      labelLon = Double.parseDouble(cols[2]);
      labelLat = Double.parseDouble(cols[3]);
      area = Double.parseDouble(cols[4]);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(source + ":" + number + ": label point or area is not a number", e);
    }
    List<Ring> rings = new ArrayList<>();
    for (String encoded : cols[9].split(" ")) {
      rings.add(ring(encoded, source, number, cols[1]));
    }
    return new Country(cols[1], labelLon, labelLat, area, List.copyOf(rings));
  }

  private static Ring ring(String encoded, String source, int number, String country) {
    String[] parts = encoded.split(",");
    if (parts.length < 6 || parts.length % 2 != 0) {
      throw new IllegalArgumentException(
          source + ":" + number + ": a ring of " + country + " needs at least three x,y pairs, found " + parts.length + " numbers");
    }
    long x = 0;
    long y = 0;
    long minX = Long.MAX_VALUE;
    long minY = Long.MAX_VALUE;
    long maxX = Long.MIN_VALUE;
    long maxY = Long.MIN_VALUE;
    try {
      for (int i = 0; i < parts.length; i += 2) {
        x += Long.parseLong(parts[i]);
        y += Long.parseLong(parts[i + 1]);
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(source + ":" + number + ": a ring of " + country + " has a non-integer step", e);
    }
    if (Math.abs(minY) > 9000 || Math.abs(maxY) > 9000 || minX < -36000 || maxX > 36000) {
      throw new IllegalArgumentException(source + ":" + number + ": a ring of " + country + " leaves the globe");
    }
    return new Ring(encoded, minX / 100.0, minY / 100.0, maxX / 100.0, maxY / 100.0);
  }

  /**
   * The countries with a ring touching the view, their rings that do, and labels for the largest ones:
   * at most {@code maxLabels}, each covering at least 1% of the view. A country whose label point lies
   * outside the view is labelled at the middle of the visible part of its largest touching ring's
   * bounding box. Areas are in square degrees scaled by cos(latitude), as the map draws them.
   */
  public List<Shape> within(double minLat, double maxLat, double minLon, double maxLon, int maxLabels) {
    double midCos = Math.cos(Math.toRadians((minLat + maxLat) / 2));
    double viewArea = Math.max(1e-9, (maxLat - minLat) * (maxLon - minLon) * midCos);
    List<Shape> shapes = new ArrayList<>();
    List<double[]> candidates = new ArrayList<>(); // {index, visible area}
    for (Country c : countries) {
      List<String> rings = new ArrayList<>();
      Ring largest = null;
      double largestArea = 0;
      for (Ring r : c.rings()) {
        double w = Math.min(maxLon, r.maxLon()) - Math.max(minLon, r.minLon());
        double h = Math.min(maxLat, r.maxLat()) - Math.max(minLat, r.minLat());
        if (w >= 0 && h >= 0) {
          rings.add(r.encoded());
          if (largest == null || w * h > largestArea) {
            largest = r;
            largestArea = w * h;
          }
        }
      }
      if (rings.isEmpty()) {
        continue;
      }
      double labelLon = c.labelLon();
      double labelLat = c.labelLat();
      double visible = Math.min(c.area(), largestArea * midCos);
      // inside with a margin of 5% of the view, so that a label never sits on the frame
      double marginLat = 0.05 * (maxLat - minLat);
      double marginLon = 0.05 * (maxLon - minLon);
      boolean inside = labelLat > minLat + marginLat && labelLat < maxLat - marginLat
          && labelLon > minLon + marginLon && labelLon < maxLon - marginLon;
      if (!inside) {
        labelLon = (Math.max(minLon, largest.minLon()) + Math.min(maxLon, largest.maxLon())) / 2;
        labelLat = (Math.max(minLat, largest.minLat()) + Math.min(maxLat, largest.maxLat())) / 2;
        visible = largestArea * midCos * 0.5; // a bounding box overstates the land inside it
      }
      if (visible >= 0.01 * viewArea) {
        candidates.add(new double[] {shapes.size(), visible});
      }
      shapes.add(new Shape(c.name(), labelLon, labelLat, false, List.copyOf(rings)));
    }
    candidates.sort(Comparator.comparingDouble((double[] x) -> -x[1]));
    for (double[] x : candidates.subList(0, Math.min(maxLabels, candidates.size()))) {
      int i = (int) x[0];
      Shape s = shapes.get(i);
      shapes.set(i, new Shape(s.name(), s.labelLon(), s.labelLat(), true, s.rings()));
    }
    return List.copyOf(shapes);
  }
}
