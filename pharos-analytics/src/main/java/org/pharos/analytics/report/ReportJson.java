package org.pharos.analytics.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * JSON form of {@link ReportData} (and of any figure in {@code org.pharos.analytics.power}): snake_case
 * field names, pretty-printed when asked. Thread-safe (the mapper is configured once and only read).
 *
 * <pre>{@code
 * ReportJson.write(data, System.out, true);
 * }</pre>
 */
public final class ReportJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReportJson() {}

  /** The JSON text of {@code value}. */
  public static String toJson(Object value, boolean pretty) {
    try {
      return (pretty ? PRETTY : MAPPER).writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize " + value.getClass().getSimpleName(), e);
    }
  }

  /** Writes {@code value} as JSON to {@code out} (left open). */
  public static void write(Object value, OutputStream out, boolean pretty) {
    try {
      (pretty ? PRETTY : MAPPER)
          .writer()
          .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .writeValue(out, value);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON", e);
    }
  }
}
