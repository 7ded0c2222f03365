package org.pharos.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.pharos.model.RemovedBlock;

/**
 * Separates the article body from everything around it.
 *
 * <p>Works on logical lines ({@link TextBlock}s) in four passes:
 *
 * <ol>
 *   <li>inline artefacts ({@code xr:d:…}, base64 blobs) are cut out of lines;
 *   <li>each line is judged on its own by {@link LineRules} (share bars, teasers, copyright, …) and
 *       by link density (HTML);
 *   <li>sections: a "References"/"Notes"/"Sources" heading or a trailing numbered citation list
 *       becomes {@code references}; a "Related posts"/"You may also like" heading removes the list
 *       below it;
 *   <li>position: the body spans the first to the last prose line; above it the headline is picked
 *       and short lines are navigation, below it short lines are end matter; inside it, runs of three
 *       or more very short lines are menus.
 * </ol>
 *
 * <p>When no line looks like prose the text is kept as it is (minus what the vocabulary rules
 * removed): a one-line statement is not a menu.
 *
 * <pre>{@code
 * CleanedText cleaned = new BoilerplateRemover().cleanText(savedPage);
 * cleaned.body();        // paragraphs separated by blank lines
 * cleaned.references();  // "[1] …", "[2] …"
 * cleaned.removed();     // RemovedBlock(text, "share"), …
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class BoilerplateRemover {

  private static final Pattern REFERENCE_MARKER =
      Pattern.compile("^\\s*(\\[\\d{1,3}\\]|\\d{1,3}[.)]|\\(\\d{1,3}\\)|\\^\\d{0,3})\\s*\\S");
  private static final Pattern CITATION_HINT = Pattern.compile(
      "(https?://|www\\.|\\b(19|20)\\d{2}\\b|retrieved|accessed|\\bpp?\\.\\s*\\d|ibid|op\\. cit|[“\"«].+[”\"»]|\\bdoi\\b)",
      Pattern.CASE_INSENSITIVE);
  /** Evidence strong enough to open a reference section: a link, an access date, a DOI, page numbers. */
  private static final Pattern STRONG_CITATION = Pattern.compile(
      "(https?://|www\\.|retrieved|accessed|\\bpp?\\.\\s*\\d|ibid|op\\. cit|\\bdoi\\b)", Pattern.CASE_INSENSITIVE);
  private static final double LINK_DENSITY_LIMIT = 0.5;
  /** A prose line at least this long starts the article body. */
  private static final int SUBSTANTIAL_WORDS = 12;
  private static final String EDITOR_NOTE = "editor-note";
  private static final Pattern ENCLOSED = Pattern.compile("^\\(.*\\)$|^\\[.*\\]$");
  private static final Pattern PIPE_SPLIT = Pattern.compile("\\s+[|•·]\\s+");
  private static final Pattern DASH_SPLIT = Pattern.compile("\\s+[—–]\\s+");
  private static final Pattern BYLINE = Pattern.compile(
      "^(?i:by|" + org.pharos.ingest.meta.HeaderParser.BYLINE_LABELS + ")\\s*:?\\s+\\p{Lu}");

  /** Creates a remover. */
  public BoilerplateRemover() {}

  /** Cleans plain text (lines, blank-line separated paragraphs, hard-wrapped or not). */
  public CleanedText cleanText(String text) {
    return clean(LineShapes.blocksOfPlainText(text));
  }

  /** Cleans a sequence of logical lines in document order. */
  public CleanedText clean(List<TextBlock> input) {
    return clean(input, java.util.Map.of());
  }

  /**
   * Cleans a sequence of logical lines, some of which the caller already knows to remove (e.g. header
   * lines, by index into {@code input}, with their reason); removed blocks stay in document order.
   */
  public CleanedText clean(List<TextBlock> input, java.util.Map<Integer, String> presetReasons) {
    List<Line> lines = new ArrayList<>();
    List<RemovedBlock> inlineRemoved = new ArrayList<>();
    for (int i = 0; i < input.size(); i++) {
      TextBlock block = input.get(i);
      String presetReason = presetReasons.get(i);
      if (presetReason != null) {
        Line l = new Line(LineShapes.normalizeLine(block.text()), block.kind(), block.linkDensity());
        l.reason = presetReason;
        lines.add(l);
        continue;
      }
      LineRules.InlineCleaning c = LineRules.removeInlineArtefacts(LineShapes.normalizeLine(block.text()));
      for (String piece : c.removed()) {
        inlineRemoved.add(new RemovedBlock(piece, LineRules.ARTEFACT));
      }
      if (!c.line().isEmpty()) {
        lines.add(new Line(c.line(), block.kind(), block.linkDensity()));
      }
    }
    judgeEachLine(lines);
    markSections(lines);
    markTrailingCitations(lines);
    String headline = applyPosition(lines);
    return assemble(lines, inlineRemoved, headline);
  }

  private static final class Line {
    final String text;
    final TextBlock.Kind kind;
    final double linkDensity;
    final int words;
    String reason;
    boolean reference;

    Line(String text, TextBlock.Kind kind, double linkDensity) {
      this.text = text;
      this.kind = kind;
      this.linkDensity = linkDensity;
      this.words = LineShapes.wordCount(text);
    }

    boolean open() {
      return reason == null && !reference;
    }
  }

  private static void judgeEachLine(List<Line> lines) {
    for (Line line : lines) {
      if (line.reason != null) {
        continue; // preset by the caller
      }
      if (line.kind == TextBlock.Kind.CAPTION) {
        line.reason = LineRules.PHOTO;
        continue;
      }
      Optional<String> reason = LineRules.reasonFor(line.text);
      if (reason.isPresent()) {
        line.reason = reason.get();
      } else if (line.linkDensity >= LINK_DENSITY_LIMIT && line.words < 40) {
        line.reason = "links"; // finalised by position
      }
    }
  }

  private static void markSections(List<Line> lines) {
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (LineRules.isReferencesHeading(line.text) && hasReferenceEntryAfter(lines, i)) {
        line.reason = LineRules.SECTION_HEADING;
        for (int j = i + 1; j < lines.size(); j++) {
          Line next = lines.get(j);
          if (LineRules.isRelatedHeading(next.text)) {
            break;
          }
          boolean entryShaped = REFERENCE_MARKER.matcher(next.text).find() || CITATION_HINT.matcher(next.text).find();
          if (next.reason == null && !entryShaped && next.words >= 25 && LineShapes.isProse(next.text)) {
            break; // article prose again: the section is over
          }
          if (next.reason == null || "links".equals(next.reason) || LineRules.SOURCE.equals(next.reason)
              || LineRules.TEASER.equals(next.reason)) {
            next.reason = null;
            next.reference = true;
          }
        }
        return;
      }
      if (LineRules.isRelatedHeading(line.text) && i > 0) {
        line.reason = LineRules.RELATED;
        int j = i + 1;
        for (; j < lines.size(); j++) {
          Line next = lines.get(j);
          if (next.words >= 30 || LineRules.isReferencesHeading(next.text) || LineRules.isRelatedHeading(next.text)) {
            break;
          }
          if (next.reason == null || "links".equals(next.reason) || LineRules.TEASER.equals(next.reason)) {
            next.reason = LineRules.RELATED;
          }
        }
        i = j - 1;
      }
    }
  }

  private static boolean hasReferenceEntryAfter(List<Line> lines, int heading) {
    for (int j = heading + 1; j < lines.size(); j++) {
      Line l = lines.get(j);
      if (l.reason == null || "links".equals(l.reason) || LineRules.SOURCE.equals(l.reason)) {
        return REFERENCE_MARKER.matcher(l.text).find() || STRONG_CITATION.matcher(l.text).find();
      }
    }
    return false;
  }

  /** A numbered citation list at the very end, without a heading. */
  private static void markTrailingCitations(List<Line> lines) {
    List<Line> run = new ArrayList<>();
    for (int i = lines.size() - 1; i >= 0; i--) {
      Line l = lines.get(i);
      if (l.reference) {
        return; // a headed section already took the end
      }
      if (l.reason != null && !"links".equals(l.reason)) {
        continue;
      }
      if (REFERENCE_MARKER.matcher(l.text).find() && CITATION_HINT.matcher(l.text).find()) {
        run.add(l);
      } else {
        break;
      }
    }
    if (run.size() >= 2) {
      for (Line l : run) {
        l.reason = null;
        l.reference = true;
      }
    }
  }

  /** Applies the position rules; returns the headline if one was found. */
  private static String applyPosition(List<Line> lines) {
    int first = -1;
    int firstSubstantial = -1;
    int last = -1;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.open() && LineShapes.isProse(l.text)) {
        if (first < 0) {
          first = i;
        }
        if (firstSubstantial < 0 && l.words >= SUBSTANTIAL_WORDS) {
          firstSubstantial = i;
        }
        last = i;
      }
    }
    if (firstSubstantial >= 0) {
      first = firstSubstantial; // short sentences above it are standfirsts, notes or the headline area
    }
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if ("links".equals(l.reason)) {
        l.reason = first < 0 || i < first ? LineRules.NAVIGATION : LineRules.RELATED;
      }
    }
    if (first < 0) {
      return null;
    }
    String headline = prelude(lines, first);
    for (int i = last + 1; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.open()) {
        l.reason = l.words >= 5 ? LineRules.RELATED : LineRules.END_MATTER;
      }
    }
    markShortRuns(lines, first, last);
    return headline;
  }

  private static String prelude(List<Line> lines, int first) {
    String headline = null;
    for (int i = first - 1; i >= 0; i--) {
      Line l = lines.get(i);
      if (!l.open()) {
        continue;
      }
      if (BYLINE.matcher(l.text).find() || org.pharos.ingest.meta.DateParser.parse(l.text, null).isPresent()) {
        l.reason = LineRules.HEADER; // byline or date line the header parser did not take
      } else if (ENCLOSED.matcher(l.text).matches()) {
        l.reason = EDITOR_NOTE;
      } else if (headline == null && isMasthead(l.text)) {
        l.reason = LineRules.NAVIGATION;
      } else if (headline != null) {
        l.reason = LineRules.NAVIGATION;
      } else if (LineShapes.endsSentence(l.text) && !l.text.endsWith("?") && !l.text.endsWith("!")
          && l.words >= 3 && LineShapes.hasLowercaseWord(l.text)) {
        continue; // a standfirst / dek / short lead sentence: part of the body (headlines do not end in a full stop)
      } else if (l.words >= 3 && l.words <= 30 && l.kind != TextBlock.Kind.LIST_ITEM) {
        headline = l.text;
        l.reason = LineRules.HEADLINE;
      } else {
        l.reason = LineRules.NAVIGATION;
      }
    }
    return headline;
  }

  /**
   * "Outlet | Section" or "Outlet — Iraq desk" above the headline: short parts between separators (at
   * most six words each around a pipe, three around a dash).
   */
  private static boolean isMasthead(String text) {
    return shortParts(PIPE_SPLIT.split(text), 6) || shortParts(DASH_SPLIT.split(text), 3);
  }

  private static boolean shortParts(String[] parts, int maxWords) {
    if (parts.length < 2) {
      return false;
    }
    for (String part : parts) {
      if (part.isBlank() || LineShapes.wordCount(part) > maxWords || LineShapes.endsSentence(part)) {
        return false;
      }
    }
    return true;
  }

  /** Inside the body, three or more consecutive very short lines are a menu or tag cloud. */
  private static void markShortRuns(List<Line> lines, int first, int last) {
    int runStart = -1;
    for (int i = first; i <= last + 1; i++) {
      boolean shortLine = i <= last && lines.get(i).open() && lines.get(i).words <= 4
          && !LineShapes.endsSentence(lines.get(i).text);
      boolean skip = i <= last && !lines.get(i).open() && !lines.get(i).reference;
      if (shortLine) {
        if (runStart < 0) {
          runStart = i;
        }
      } else if (!skip) {
        if (runStart >= 0) {
          int count = 0;
          for (int j = runStart; j < i; j++) {
            if (lines.get(j).open()) {
              count++;
            }
          }
          if (count >= 3) {
            for (int j = runStart; j < i; j++) {
              if (lines.get(j).open()) {
                lines.get(j).reason = LineRules.NAVIGATION;
              }
            }
          }
        }
        runStart = -1;
      }
    }
  }

  private static CleanedText assemble(List<Line> lines, List<RemovedBlock> inlineRemoved, String headline) {
    List<String> paragraphs = new ArrayList<>();
    List<String> references = new ArrayList<>();
    List<RemovedBlock> removed = new ArrayList<>(inlineRemoved);
    StringBuilder group = new StringBuilder();
    String groupReason = null;
    for (Line l : lines) {
      if (l.reason != null) {
        if (l.reason.equals(groupReason)) {
          group.append('\n').append(l.text);
        } else {
          flush(removed, group, groupReason);
          group.append(l.text);
          groupReason = l.reason;
        }
        continue;
      }
      flush(removed, group, groupReason);
      groupReason = null;
      if (l.reference) {
        String entry = l.text;
        boolean continuation = !references.isEmpty() && !REFERENCE_MARKER.matcher(entry).find()
            && (Character.isLowerCase(entry.charAt(0)) || entry.toLowerCase(Locale.ROOT).startsWith("http"));
        if (continuation) {
          references.set(references.size() - 1, references.get(references.size() - 1) + " " + entry);
        } else {
          references.add(entry);
        }
      } else {
        paragraphs.add(l.text);
      }
    }
    flush(removed, group, groupReason);
    return new CleanedText(paragraphs, references, removed, headline);
  }

  private static void flush(List<RemovedBlock> removed, StringBuilder group, String reason) {
    if (group.length() > 0 && reason != null) {
      removed.add(new RemovedBlock(group.toString(), reason));
    }
    group.setLength(0);
  }
}
