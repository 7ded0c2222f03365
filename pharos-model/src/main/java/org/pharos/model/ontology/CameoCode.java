package org.pharos.model.ontology;

import java.util.Objects;

/**
 * One CAMEO event code: {@code 195} "Employ aerial weapons", Goldstein -10. Immutable and
 * thread-safe.
 *
 * @param code 2, 3 or 4 digits ({@code 19}, {@code 195}, {@code 1952} )
 * @param name the CAMEO name
 * @param goldstein the Goldstein conflict-cooperation value, -10 (most conflictual) to +10
 */
public record CameoCode(String code, String name, double goldstein) {

  public CameoCode {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    if (!isWellFormed(code)) {
      throw new IllegalArgumentException("not a CAMEO event code (2-4 digits, root 01-20): " + code);
    }
    if (goldstein < -10 || goldstein > 10) {
      throw new IllegalArgumentException("Goldstein value out of -10..10 for " + code + ": " + goldstein);
    }
  }

  /** True for 2 to 4 digits whose first two form a root 01-20. */
  public static boolean isWellFormed(String code) {
    if (code == null || !code.matches("\\d{2,4}")) {
      return false;
    }
    int root = Integer.parseInt(code.substring(0, 2));
    return root >= 1 && root <= 20;
  }

  /** The 2-digit root ({@code 19} for {@code 195}). */
  public String root() {
    return code.substring(0, 2);
  }

  /** The code's depth: 2 for a root, 3 or 4 for subcodes. */
  public int level() {
    return code.length();
  }

  /**
   * The quad class of the root: 1 verbal cooperation (01-05), 2 material cooperation (06-08), 3
   * verbal conflict (09-13), 4 material conflict (14-20).
   */
  public int quadClass() {
    return quadClassOf(root());
  }

  /** The quad class of any well-formed code, from its root. */
  public static int quadClassOf(String code) {
    if (!isWellFormed(code)) {
      throw new IllegalArgumentException("not a CAMEO event code: " + code);
    }
    int root = Integer.parseInt(code.substring(0, 2));
    if (root <= 5) {
      return 1;
    }
    if (root <= 8) {
      return 2;
    }
    return root <= 13 ? 3 : 4;
  }
}
