package org.pharos.analytics.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a {@link ReportData} as one self-contained HTML file: the template, stylesheet and renderer
 * script (versioned resources next to this class) are inlined together with the data as JSON, so the
 * file opens offline and loads nothing from anywhere. Charts are SVG drawn by the inline script. The
 * script marks {@code #render-status} with {@code data-status="ok"} when every part rendered (and
 * {@code "error"} with the messages otherwise), which the browser test reads back.
 *
 * <p>Thread-safe: the resources are read once, then only read.
 *
 * <pre>{@code
 * HtmlReport.write(ReportBuilder.build(events, ReportOptions.defaults("IRQ")), Path.of("report.html"));
 * }</pre>
 */
public final class HtmlReport {

  private static final String TEMPLATE = resource("report.html");
  private static final String STYLE = resource("report.css");
  private static final String SCRIPT = resource("report.js");

  private HtmlReport() {}

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("report resource missing from the class path: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read report resource " + name, e);
    }
  }

  /** The HTML text of the report. */
  public static String render(ReportData data) {
    String json = ReportJson.toJson(data, false);
    // inside <script>, "</script" or "<!--" would end or confuse the element: escape every '<'
    String safeJson = json.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    String meta =
        "Focus " + data.focusLabel() + " (" + data.focus() + ") · " + data.selection().counted() + " "
            + data.selection().counting();
    return fill(
        TEMPLATE,
        java.util.Map.of(
            "TITLE", escape(data.title()),
            "META", escape(meta),
            "SUMMARY", paragraphs(data.summary()),
            "STYLE", STYLE,
            "SCRIPT", SCRIPT,
            "DATA", safeJson));
  }

  /** Replaces each {@code {{NAME}}} of the template in one pass, so inserted text is never re-read. */
  static String fill(String template, java.util.Map<String, String> values) {
    StringBuilder sb = new StringBuilder(template.length() + 4096);
    int at = 0;
    while (true) {
      int open = template.indexOf("{{", at);
      int close = open < 0 ? -1 : template.indexOf("}}", open + 2);
      if (open < 0 || close < 0) {
        sb.append(template, at, template.length());
        return sb.toString();
      }
      String name = template.substring(open + 2, close);
      String value = values.get(name);
      if (value == null) {
        throw new IllegalStateException("report template has an unknown placeholder {{" + name + "}}");
      }
      sb.append(template, at, open).append(value);
      at = close + 2;
    }
  }

  /**
   * Writes the report to {@code out} (through a temporary file in the same directory, so a reader
   * never sees half a report).
   */
  public static Path write(ReportData data, Path out) {
    Path target = out.toAbsolutePath();
    try {
      Path dir = target.getParent();
      if (dir != null) {
        Files.createDirectories(dir);
      }
      Path tmp = Files.createTempFile(dir, ".report-", ".html.tmp");
      try {
        Files.writeString(tmp, render(data), StandardCharsets.UTF_8);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write report " + target + ": " + e.getMessage(), e);
    }
  }

  /** The summary as HTML paragraphs (its paragraphs are separated by a blank line). */
  static String paragraphs(String text) {
    StringBuilder sb = new StringBuilder();
    for (String p : (text == null ? "" : text).split("\n\s*\n")) {
      if (!p.isBlank()) {
        sb.append("<p>").append(escape(p.trim())).append("</p>");
      }
    }
    return sb.toString();
  }

  /** Escapes text for HTML element content and attribute values. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
