package org.pharos.coder.events;

import java.util.Map;
import java.util.Objects;

/**
 * How a control verb re-codes its complement: the complement's CAMEO code, by longest listed prefix,
 * gives the derived code ("vowed to attack": 190 under THREATEN gives 1384). Immutable and
 * thread-safe.
 *
 * @param name the family name
 * @param defaultCode the code when there is no complement event or no prefix matches
 * @param targetRule where the target comes from
 * @param byPrefix complement code prefix to derived code
 */
public record ComplementFamily(String name, String defaultCode, TargetRule targetRule, Map<String, String> byPrefix) {

  /** Where a control event's target comes from. */
  public enum TargetRule {
    /**
     * The addressee (the control verb's object: "called on Iran to …"), else the complement's agent
     * ("demanded the withdrawal of US troops"), else its target.
     */
    AGENT,
    /** The complement's target ("vowed to attack US forces"), else the control verb's object. */
    PATIENT
  }

  public ComplementFamily {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(defaultCode, "defaultCode");
    Objects.requireNonNull(targetRule, "targetRule");
    byPrefix = Map.copyOf(byPrefix);
  }

  /** The derived code for a complement code, or the default when {@code complementCode} is null. */
  public String derive(String complementCode) {
    if (complementCode == null) {
      return defaultCode;
    }
    for (int len = complementCode.length(); len >= 2; len--) {
      String d = byPrefix.get(complementCode.substring(0, len));
      if (d != null) {
        return d;
      }
    }
    return defaultCode;
  }
}
