package org.pharos.model.ontology;

import java.io.InputStream;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The CAMEO event codebook: every code 01-20 with its 3- and 4-digit subcodes, names and Goldstein
 * values, loaded from the versioned resource {@code cameo-codebook.tsv}. Immutable and thread-safe.
 *
 * <pre>{@code
 * CameoCodebook cameo = CameoCodebook.standard();
 * CameoCode c = cameo.lookup("195").orElseThrow();   // Employ aerial weapons, -10.0, quad class 4
 * }</pre>
 */
public final class CameoCodebook {
  /** The bundled resource. */
  public static final String RESOURCE = "/org/pharos/model/ontology/cameo-codebook.tsv";

  private static final class Holder {
    static final CameoCodebook STANDARD = load(TsvLines.resource(RESOURCE), RESOURCE);
  }

  private final Map<String, CameoCode> codes;
  private final String version;

  private CameoCodebook(Map<String, CameoCode> codes, String version) {
    this.codes = Collections.unmodifiableMap(codes);
    this.version = version;
  }

  /** The codebook that ships with Pharos (loaded once). */
  public static CameoCodebook standard() {
    return Holder.STANDARD;
  }

  /**
   * Loads a codebook in the {@code cameo-codebook.tsv} format: {@code code TAB goldstein TAB name}.
   * Every subcode needs its parent listed before it.
   *
   * @throws ResourceFormatException naming the resource and line of the first bad row
   */
  public static CameoCodebook load(InputStream in, String resourceName) {
    Map<String, CameoCode> m = new LinkedHashMap<>();
    String version = "unversioned";
    for (TsvLines.Row row : TsvLines.read(in, resourceName)) {
      String[] f = row.fields();
      if (f[0].equals("@version")) {
        version = f.length > 1 ? f[1] : version;
        continue;
      }
      if (f.length != 3) {
        throw new ResourceFormatException(resourceName, row.line(),
            "expected 3 tab-separated fields (code, goldstein, name), found " + f.length);
      }
      String code = f[0];
      if (!CameoCode.isWellFormed(code)) {
        throw new ResourceFormatException(resourceName, row.line(), "not a CAMEO code: '" + code + "'");
      }
      double g;
      try {
        g = Double.parseDouble(f[1]);
      } catch (NumberFormatException e) {
        throw new ResourceFormatException(resourceName, row.line(), "Goldstein value is not a number: '" + f[1] + "'");
      }
      if (g < -10 || g > 10) {
        throw new ResourceFormatException(resourceName, row.line(), "Goldstein value out of -10..10: " + g);
      }
      if (f[2].isEmpty()) {
        throw new ResourceFormatException(resourceName, row.line(), "empty name for " + code);
      }
      if (code.length() > 2 && !m.containsKey(code.substring(0, code.length() - 1))) {
        throw new ResourceFormatException(resourceName, row.line(), "parent of " + code + " is not listed before it");
      }
      if (m.putIfAbsent(code, new CameoCode(code, f[2], g)) != null) {
        throw new ResourceFormatException(resourceName, row.line(), "duplicate code " + code);
      }
    }
    if (m.isEmpty()) {
      throw new ResourceFormatException(resourceName, 0, "no codes");
    }
    return new CameoCodebook(m, version);
  }

  /** The code, if the codebook has it ({@code "195"}, {@code "0874"}, {@code "19"}). */
  public Optional<CameoCode> lookup(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(codes.get(code));
  }

  /** True when the codebook has the code. */
  public boolean contains(String code) {
    return code != null && codes.containsKey(code);
  }

  /** Every code, in file order (roots followed by their subcodes). */
  public Collection<CameoCode> all() {
    return codes.values();
  }

  /** The resource's {@code @version}. */
  public String version() {
    return version;
  }
}
