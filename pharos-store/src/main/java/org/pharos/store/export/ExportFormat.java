package org.pharos.store.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The export formats. */
public enum ExportFormat {
  /** Comma-separated, RFC 4180 quoting, one header line; quantities as a JSON array column. */
  CSV,
  /** One event record per line, exactly the JSON contract of DESIGN.md. */
  JSONL,
  /** Apache Parquet, with quantities as a list of structs (written through an in-memory DuckDB). */
  PARQUET,
  /** Tab-separated GDELT 2.0 event table columns (61, no header); unfillable columns are empty. */
  GDELT;

  /**
   * Parses a format name, case-insensitively.
   *
   * @throws IllegalArgumentException naming the unknown format and listing the known ones
   */
  public static ExportFormat parse(String name) {
    String n = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
    for (ExportFormat f : values()) {
      if (f.name().equals(n)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown export format '" + name + "'; known formats: " + names());
  }

  /** The known format names, lower case, comma-separated. */
  public static String names() {
    return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
  }
}
