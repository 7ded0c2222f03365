package org.pharos.ingest.meta;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pharos.ingest.clean.LineRules;
import org.pharos.model.RemovedBlock;

/**
 * Reads the outlet and author from sign-off lines that boilerplate removal took out: "X, expert on
 * …, exclusively for the online magazine “New Eastern Outlook”", "Source: X", "© 2024 X. All
 * rights reserved." Stateless and thread-safe.
 */
public final class SignOffParser {
  private static final Pattern SOURCE =
      Pattern.compile("^(?i:source|originally published (?:by|in|at)|first published (?:by|in|at)|republished from)"
          + "\\s*:?\\s*(.{2,80}?)\\s*\\.?$");
  private static final Pattern COPYRIGHT = Pattern.compile(
      "(?:©|\\([cC]\\)|(?i:copyright))\\s*(?:©\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*,?\\s*(\\p{L}[^.|]{1,60}?)"
          + "\\s*(?:\\.|\\||,|(?i:all rights reserved)|$)");
  private static final Pattern PERSON =
      Pattern.compile("^(\\p{Lu}[\\p{L}'.-]+(?:\\s+\\p{Lu}[\\p{L}'.-]+){1,3})\\s*,");

  private SignOffParser() {}

  /** The outlet named by the removed sign-off blocks: signature first, then source line, then copyright. */
  public static Optional<String> outlet(List<RemovedBlock> removed) {
    for (RemovedBlock b : removed) {
      if (LineRules.SIGNATURE.equals(b.reason())) {
        Optional<String> o = LineRules.exclusivelyForOutlet(b.text());
        if (o.isPresent()) {
          return o;
        }
      }
    }
    for (RemovedBlock b : removed) {
      if (LineRules.SOURCE.equals(b.reason())) {
        for (String line : b.text().split("\n")) {
          Matcher m = SOURCE.matcher(line.strip());
          if (m.matches() && !m.group(1).matches("(?i)https?://.*")) {
            return Optional.of(m.group(1).strip());
          }
        }
      }
    }
    for (RemovedBlock b : removed) {
      if (LineRules.COPYRIGHT.equals(b.reason())) {
        for (String line : b.text().split("\n")) {
          Matcher m = COPYRIGHT.matcher(line);
          if (m.find()) {
            String name = m.group(1).strip();
            if (!name.isEmpty() && !name.matches("(?i)(all rights reserved|the author|authors?)")) {
              return Optional.of(name);
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The author named at the start of an "exclusively for" signature ("Jane Roe, expert on …"). */
  public static Optional<String> author(List<RemovedBlock> removed) {
    for (RemovedBlock b : removed) {
      if (LineRules.SIGNATURE.equals(b.reason())) {
        Matcher m = PERSON.matcher(b.text().strip());
        if (m.find()) {
          return Optional.of(m.group(1));
        }
      }
    }
    return Optional.empty();
  }
}
