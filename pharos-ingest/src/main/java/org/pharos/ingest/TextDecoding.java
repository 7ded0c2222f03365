package org.pharos.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Binary detection and strict-UTF-8-else-windows-1252 decoding of input bytes. Stateless and thread-safe. */
final class TextDecoding {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int SNIFF_BYTES = 8192;

  private TextDecoding() {}

  /** Decoded text plus, when UTF-8 failed, a warning saying what was done. */
  record Decoded(String text, String warning) {}

  /** Why the bytes are binary, or empty when they look like text. */
  static Optional<String> binaryReason(byte[] bytes, int length) {
    int n = Math.min(length, SNIFF_BYTES);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return Optional.of("binary file (NUL bytes)");
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b) {
        control++;
      }
    }
    if (n > 0 && control > 0.1 * n) {
      return Optional.of(String.format("binary file (%d%% control characters)", Math.round(100.0 * control / n)));
    }
    return Optional.empty();
  }

  /** Strict UTF-8 (BOM removed); on failure windows-1252 with a warning naming the first bad byte. */
  static Decoded decode(byte[] bytes, int offset, int length) {
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      String text = utf8.decode(ByteBuffer.wrap(bytes, offset, length)).toString();
      return new Decoded(stripBom(text), null);
    } catch (CharacterCodingException e) {
      int bad = firstInvalidUtf8(bytes, offset, length);
      String text = new String(bytes, offset, length, WINDOWS_1252);
      return new Decoded(stripBom(text), "not valid UTF-8 (first bad byte 0x"
          + String.format("%02X", bytes[offset + bad] & 0xff) + " at offset " + bad + "), decoded as windows-1252");
    }
  }

  private static String stripBom(String s) {
    return s.startsWith("\ufeff") ? s.substring(1) : s;
  }

  private static int firstInvalidUtf8(byte[] bytes, int offset, int length) {
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(length + 1);
    java.nio.charset.CoderResult r = utf8.decode(in, out, true);
    return r.isError() ? in.position() - offset : 0;
  }
}
