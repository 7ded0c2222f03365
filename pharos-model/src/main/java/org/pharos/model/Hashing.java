package org.pharos.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable content hashes (SHA-256, hex). Stateless and thread-safe. */
public final class Hashing {
  private Hashing() {}

  /** SHA-256 of the UTF-8 bytes of {@code text}, as 64 lower-case hex digits. */
  public static String sha256Hex(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /** The first {@code hexDigits} hex digits of the SHA-256 of the parts joined by U+001F. */
  public static String shortHash(int hexDigits, String... parts) {
    return sha256Hex(String.join("\u001f", parts)).substring(0, hexDigits);
  }
}
