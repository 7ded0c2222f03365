package org.pharos.eval;

import java.util.function.Function;

/**
 * A matching level for triple scoring. Codes are compared on the whole code ({@link #EXACT}) or on
 * their 3-letter primary (country or IGO block) with the 2-digit CAMEO root ({@link #ROOT_COUNTRY}) or
 * the PLOVER type ({@link #PLOVER_COUNTRY}).
 */
public enum Level {
  /** (source code, target code, CAMEO code). */
  EXACT,
  /** (source country, target country, CAMEO root). */
  ROOT_COUNTRY,
  /** (source country, target country, PLOVER type). */
  PLOVER_COUNTRY;

  /** The key of a triple at this level, or {@code null} when the triple has no value at this level. */
  public String key(String source, String target, String cameo, String plover, Function<String, String> cameoToPlover) {
    return switch (this) {
      case EXACT -> cameo == null ? null : source + "|" + target + "|" + cameo;
      case ROOT_COUNTRY -> cameo == null || cameo.length() < 2
          ? null : primary(source) + "|" + primary(target) + "|" + cameo.substring(0, 2);
      case PLOVER_COUNTRY -> {
        String p = plover != null ? plover : (cameo == null ? null : cameoToPlover.apply(cameo));
        yield p == null ? null : primary(source) + "|" + primary(target) + "|" + p;
      }
    };
  }

  /** The 3-letter primary block of an actor code, or the code when shorter. */
  public static String primary(String code) {
    return code == null ? "" : code.length() <= 3 ? code : code.substring(0, 3);
  }
}
