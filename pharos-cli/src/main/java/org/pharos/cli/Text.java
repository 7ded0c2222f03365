package org.pharos.cli;

/** Small text helpers for the CLI's tables. Stateless and thread-safe. */
final class Text {
  private Text() {}

  /** The text, or "" for null. */
  static String nz(String s) {
    return s == null ? "" : s;
  }

  /** At most {@code n} characters, the last one an ellipsis when cut; "" for null. */
  static String cut(String s, int n) {
    return s == null ? "" : s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }

  /** A number without a decimal point when it is whole ("5", "4.2"). */
  static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
