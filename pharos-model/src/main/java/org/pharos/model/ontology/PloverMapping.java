package org.pharos.model.ontology;

import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Maps CAMEO event codes to PLOVER (2021) types and modes, from the versioned resource {@code
 * cameo-plover.tsv}. A code takes the row of its longest listed prefix, so {@code 1952} maps like
 * {@code 195}. Roots 01 and 02 map to nothing. Immutable and thread-safe.
 *
 * <pre>{@code
 * PloverCoding p = PloverMapping.standard().map("195");   // ASSAULT, mode "aerial"
 * PloverCoding none = PloverMapping.standard().map("010"); // null: statements have no PLOVER type
 * }</pre>
 */
public final class PloverMapping {
  /** The bundled resource. */
  public static final String RESOURCE = "/org/pharos/model/ontology/cameo-plover.tsv";

  private static final class Holder {
    static final PloverMapping STANDARD = load(TsvLines.resource(RESOURCE), RESOURCE);
  }

  /** Code to coding; a present key with an empty Optional means "explicitly no PLOVER type". */
  private final Map<String, Optional<PloverCoding>> rows;
  private final String version;

  private PloverMapping(Map<String, Optional<PloverCoding>> rows, String version) {
    this.rows = Collections.unmodifiableMap(rows);
    this.version = version;
  }

  /** The mapping that ships with Pharos (loaded once). */
  public static PloverMapping standard() {
    return Holder.STANDARD;
  }

  /**
   * Loads a table of rows {@code cameo TAB TYPE TAB mode}; {@code -} stands for no type or no mode.
   *
   * @throws ResourceFormatException naming the resource and line of the first bad row
   */
  public static PloverMapping load(InputStream in, String resourceName) {
    Map<String, Optional<PloverCoding>> m = new LinkedHashMap<>();
    String version = "unversioned";
    for (TsvLines.Row row : TsvLines.read(in, resourceName)) {
      String[] f = row.fields();
      if (f[0].equals("@version")) {
        version = f.length > 1 ? f[1] : version;
        continue;
      }
      if (f.length != 3) {
        throw new ResourceFormatException(resourceName, row.line(),
            "expected 3 tab-separated fields (cameo, type, mode), found " + f.length);
      }
      if (!CameoCode.isWellFormed(f[0])) {
        throw new ResourceFormatException(resourceName, row.line(), "not a CAMEO code: '" + f[0] + "'");
      }
      Optional<PloverCoding> coding;
      if (f[1].equals("-")) {
        coding = Optional.empty();
      } else {
        PloverType type;
        try {
          type = PloverType.valueOf(f[1]);
        } catch (IllegalArgumentException e) {
          throw new ResourceFormatException(resourceName, row.line(), "unknown PLOVER type '" + f[1] + "'");
        }
        coding = Optional.of(new PloverCoding(type, f[2].equals("-") ? null : f[2]));
      }
      if (m.putIfAbsent(f[0], coding) != null) {
        throw new ResourceFormatException(resourceName, row.line(), "duplicate code " + f[0]);
      }
    }
    return new PloverMapping(m, version);
  }

  /**
   * The PLOVER coding of a CAMEO code, or {@code null} when it has none (roots 01 and 02, or a code
   * outside the table).
   */
  public PloverCoding map(String cameo) {
    return find(cameo).orElse(null);
  }

  /** The PLOVER coding of a CAMEO code by its longest listed prefix, if any. */
  public Optional<PloverCoding> find(String cameo) {
    if (!CameoCode.isWellFormed(cameo)) {
      return Optional.empty();
    }
    for (int len = cameo.length(); len >= 2; len--) {
      Optional<PloverCoding> c = rows.get(cameo.substring(0, len));
      if (c != null) {
        return c;
      }
    }
    return Optional.empty();
  }

  /** The resource's {@code @version}. */
  public String version() {
    return version;
  }
}
