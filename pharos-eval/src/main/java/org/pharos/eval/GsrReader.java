package org.pharos.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pharos.model.PartialDate;

/**
 * Reads the UD-PETRARCH validation format ({@code PETR2_GSR_validation.xml}). The file is not
 * well-formed XML (a header comment holds {@code --}, and records open with a self-closed
 * {@code <Sentence/>}), so like the reference runner this reader goes line by line, keyed on
 * {@code <Sentence }, {@code <EventCoding}, {@code <Text>} and {@code <Parse>}. The gold parse is never
 * read. Records with {@code evaluate="false"} are left out. Stateless and thread-safe.
 */
public final class GsrReader {
  private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  /** Reads every evaluated record of the file. */
  public List<GoldRecord> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new GoldFormatException(file + ": cannot read: " + e.getMessage(), e);
    }
    List<GoldRecord> out = new ArrayList<>();
    boolean inSentences = false;
    String id = null;
    String category = "";
    String date = null;
    boolean evaluate = true;
    List<GoldEvent> events = new ArrayList<>();
    StringBuilder text = null;
    boolean inText = false;
    for (int n = 0; n < lines.size(); n++) {
      String t = lines.get(n).strip();
      if (!inSentences) {
        inSentences = t.startsWith("<Sentences>");
        continue;
      }
      if (inText) {
        int close = t.indexOf("</Text>");
        text.append(' ').append(close >= 0 ? t.substring(0, close) : t);
        inText = close < 0;
      } else if (t.startsWith("<Sentence ")) {
        var a = attrs(t);
        id = a.get("id");
        category = a.getOrDefault("category", "");
        date = a.get("date");
        evaluate = !"false".equalsIgnoreCase(a.getOrDefault("evaluate", "true"));
        events = new ArrayList<>();
        text = null;
        if (id == null) {
          throw new GoldFormatException(file + ":" + (n + 1) + ": <Sentence> without id");
        }
      } else if (t.startsWith("<EventCoding") && id != null) {
        var a = attrs(t);
        if (a.containsKey("eventcode")) {
          events.add(new GoldEvent(codes(a.get("sourcecode")), codes(a.get("targetcode")), a.get("eventcode"), null));
        }
      } else if (t.startsWith("<Text>") && id != null) {
        String rest = t.substring("<Text>".length());
        int close = rest.indexOf("</Text>");
        text = new StringBuilder(close >= 0 ? rest.substring(0, close) : rest);
        inText = close < 0;
      }
      if (!inText && t.contains("</Sentence>") && id != null) {
        if (text == null) {
          throw new GoldFormatException(file + ":" + (n + 1) + ": record " + id + " has no <Text>");
        }
        if (evaluate) {
          out.add(new GoldRecord(id, category, date(date), text.toString().strip().replaceAll("\\s+", " "), events));
        }
        id = null;
        text = null;
      }
    }
    if (!inSentences) {
      throw new GoldFormatException(file + ": no <Sentences> element: not a PETRARCH validation file");
    }
    return out;
  }

  private static java.util.Map<String, String> attrs(String tag) {
    java.util.Map<String, String> m = new java.util.HashMap<>();
    Matcher mt = ATTR.matcher(tag);
    while (mt.find()) {
      m.put(mt.group(1).toLowerCase(java.util.Locale.ROOT), mt.group(2));
    }
    return m;
  }

  private static List<String> codes(String code) {
    return code == null || code.isBlank() ? List.of() : List.of(code.strip());
  }

  static PartialDate date(String yyyymmdd) {
    if (yyyymmdd == null || !yyyymmdd.matches("\\d{8}")) {
      return null;
    }
    return PartialDate.parse(yyyymmdd.substring(0, 4) + "-" + yyyymmdd.substring(4, 6) + "-" + yyyymmdd.substring(6));
  }
}
