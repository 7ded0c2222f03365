package org.pharos.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the hand-written test fixtures from {@code src/test/resources/fixtures}. */
public final class Fixtures {
  private Fixtures() {}

  /** The bytes of a fixture. */
  public static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The UTF-8 text of a fixture. */
  public static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }
}
