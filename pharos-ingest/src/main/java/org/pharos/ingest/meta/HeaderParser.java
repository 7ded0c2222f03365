package org.pharos.ingest.meta;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pharos.ingest.clean.LineShapes;
import org.pharos.ingest.clean.TextBlock;
import org.pharos.model.PartialDate;

/**
 * Reads the header lines at the top of a text article (above the first prose line): {@code Title:},
 * {@code Date:}/{@code Published:}, {@code By X}, {@code Author: X}, {@code 02.02.2020 Author: X},
 * {@code Source: X}, {@code URL: …}, and lines that are nothing but a date ({@code Wednesday 22 Nov
 * 2023}, {@code January 5, 2024}, {@code 08.01.2024}). A labelled publication date wins over a bare
 * date line, which wins over an "Updated" date. Stateless and thread-safe.
 */
public final class HeaderParser {
  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final int MAX_HEADER_LINES = 40;

  private static final Pattern TITLE = Pattern.compile("^(title|headline)\\s*:\\s*(.+)$", CI);
  private static final Pattern PUBLISHED = Pattern.compile(
      "^(date|dated|published( on| at)?|posted( on| at)?|publication date|pub(lished)? date|first published( on)?"
          + "|release date|issued)\\s*:?\\s*(.+)$", CI);
  private static final Pattern UPDATED =
      Pattern.compile("^(updated( on| at)?|last updated|modified|last modified)\\s*:?\\s*(.+)$", CI);
  /** Labels that introduce a byline; shared with the boilerplate remover. */
  public static final String BYLINE_LABELS = "author|authors|byline|written by|words by|reporting by|posted by|writer"
      + "|staff writer|reporter|correspondent|story by|text by|report by|contributor|analysis by|commentary by";
  private static final Pattern AUTHOR_LABEL = Pattern.compile("^(" + BYLINE_LABELS + ")\\s*:?\\s+(.+)$", CI);
  private static final Pattern BY = Pattern.compile("^(?i:by)\\s*:?\\s+(\\p{Lu}.{1,120})$");
  private static final Pattern OUTLET = Pattern.compile(
      "^(source|outlet|publisher|publication|published by|media|newspaper|site)\\s*:\\s*(.+)$", CI);
  private static final Pattern URL_LABEL =
      Pattern.compile("^(url|link|original|original url|source url|canonical)\\s*:\\s*(https?://\\S+)$", CI);
  private static final Pattern BARE_URL = Pattern.compile("^https?://\\S+$", CI);
  private static final Pattern LANG =
      Pattern.compile("^(lang|language)\\s*:\\s*([a-z]{2,3}(?:[-_][a-z]{2,4})?)$", CI);
  private static final Pattern AFTER_DATE_AUTHOR =
      Pattern.compile("^[\\s|,;·•–—-]*(author|by|written by)\\s*:?\\s*(.+)$", CI);
  private static final Pattern NAME_STOP = Pattern.compile("\\s*(\\||•|·|—|–| - |,\\s*(?=\\d)|\\s\\()");
  private static final Pattern DATE_SEPARATOR = Pattern.compile("^[\\s]*[|·•–—,-][\\s\\S]*|[\\s\\S]*[|·•–—,-][\\s]*$");
  private static final java.util.Set<String> NAME_PARTICLES = java.util.Set.of(
      "and", "&", "de", "da", "del", "der", "van", "von", "al", "el", "bin", "ibn", "la", "le", "du", "dos", "y");
  private static final Pattern CALENDAR_WORD = Pattern.compile(
      "^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july"
          + "|august|september|october|november|december|the|a|an|then|now|early|late)\\b", CI);

  private HeaderParser() {}

  /**
   * Parses the header lines among the first lines of {@code blocks}.
   *
   * @param blocks the document's logical lines in order
   * @return what was found and which lines held it
   */
  public static HeaderInfo parse(List<TextBlock> blocks) {
    String title = null;
    String author = null;
    String outlet = null;
    String url = null;
    String lang = null;
    PartialDate published = null;
    String publishedText = null;
    PartialDate bare = null;
    String bareText = null;
    PartialDate updated = null;
    String updatedText = null;
    TreeSet<Integer> header = new TreeSet<>();
    int limit = Math.min(blocks.size(), MAX_HEADER_LINES);
    for (int i = 0; i < limit; i++) {
      String line = LineShapes.normalizeLine(blocks.get(i).text());
      Matcher m;
      if ((m = TITLE.matcher(line)).matches()) {
        title = title == null ? m.group(2).strip() : title;
        header.add(i);
        continue;
      }
      if ((m = URL_LABEL.matcher(line)).matches()) {
        url = url == null ? m.group(2) : url;
        header.add(i);
        continue;
      }
      if (BARE_URL.matcher(line).matches()) {
        url = url == null ? line : url;
        header.add(i);
        continue;
      }
      if ((m = LANG.matcher(line)).matches()) {
        lang = lang == null ? m.group(2).toLowerCase(Locale.ROOT) : lang;
        header.add(i);
        continue;
      }
      if ((m = UPDATED.matcher(line)).matches()) {
        Optional<DateMatch> d = DateParser.find(m.group(m.groupCount()), null);
        if (d.isPresent() && LineShapes.wordCount(line) <= 12) {
          if (updated == null) {
            updated = d.get().date();
            updatedText = line;
          }
          header.add(i);
          continue;
        }
      }
      if ((m = PUBLISHED.matcher(line)).matches()) {
        String rest = m.group(m.groupCount());
        Optional<DateMatch> d = DateParser.find(rest, null);
        if (d.isPresent() && d.get().start() <= 3 && LineShapes.wordCount(line) <= 16) {
          if (published == null) {
            published = d.get().date();
            publishedText = line;
          }
          String tail = rest.substring(d.get().end());
          Matcher a = AFTER_DATE_AUTHOR.matcher(tail);
          if (author == null && a.matches()) {
            author = cleanName(a.group(2));
          }
          header.add(i);
          continue;
        }
      }
      if ((m = AUTHOR_LABEL.matcher(line)).matches() || (m = BY.matcher(line)).matches()) {
        String rest = m.group(m.groupCount());
        String name = cleanName(rest);
        if (name != null && !CALENDAR_WORD.matcher(name).find()) {
          author = author == null ? name : author;
          Optional<DateMatch> d = DateParser.find(rest, null);
          if (d.isPresent() && published == null) {
            published = d.get().date();
            publishedText = line;
          }
          header.add(i);
          continue;
        }
      }
      if ((m = OUTLET.matcher(line)).matches() && LineShapes.wordCount(m.group(2)) <= 8) {
        outlet = outlet == null ? m.group(2).strip() : outlet;
        header.add(i);
        continue;
      }
      Optional<PartialDate> whole = DateParser.parse(line, null);
      if (whole.isPresent()) {
        if (bare == null) {
          bare = whole.get();
          bareText = line;
        }
        header.add(i);
        continue;
      }
      Optional<DateMatch> embedded = DateParser.find(line, null);
      if (embedded.isEmpty() && LineShapes.isProse(line) && LineShapes.wordCount(line) >= 15) {
        break; // the article has started
      }
      if (embedded.isPresent() && embedded.get().start() > 0 && !LineShapes.isProse(line)) {
        String before = line.substring(0, embedded.get().start());
        String after = line.substring(embedded.get().end());
        if (LineShapes.wordCount(before) + LineShapes.wordCount(after) <= 5
            && (DATE_SEPARATOR.matcher(before).matches() && !before.isBlank())
            && (after.isBlank() || DATE_SEPARATOR.matcher(after).matches())) {
          if (bare == null) {
            bare = embedded.get().date();
            bareText = line;
          }
          header.add(i);
          continue;
        }
      }
      Optional<DateMatch> lead = embedded;
      if (lead.isPresent() && lead.get().start() == 0) {
        String tail = line.substring(lead.get().end());
        Matcher a = AFTER_DATE_AUTHOR.matcher(tail);
        if (a.matches() && cleanName(a.group(2)) != null) {
          author = author == null ? cleanName(a.group(2)) : author;
          if (bare == null) {
            bare = lead.get().date();
            bareText = line;
          }
          header.add(i);
          continue;
        }
        if (LineShapes.wordCount(tail) <= 4 && !LineShapes.endsSentence(line)) {
          if (bare == null) {
            bare = lead.get().date();
            bareText = line;
          }
          header.add(i);
          continue;
        }
      }
      if (LineShapes.isProse(line) && LineShapes.wordCount(line) >= 15) {
        break; // the article has started
      }
    }
    PartialDate date = published != null ? published : bare != null ? bare : updated;
    String dateText = published != null ? publishedText : bare != null ? bareText : updatedText;
    return new HeaderInfo(title, author, outlet, url, lang, date, dateText, header);
  }

  private static final Pattern ROLE_AFTER_COMMA = Pattern.compile(",\\s+(?=\\p{Ll})");
  private static final Pattern SENTENCE_AFTER_NAME = Pattern.compile("\\p{Ll}{2}\\.\\s+\\p{Lu}");

  /** One to eight words, mostly capitalized (particles such as "al", "bin", "and" allowed). */
  static boolean isNameLike(String s) {
    List<String> words = LineShapes.words(s);
    if (words.isEmpty() || words.size() > 8 || LineShapes.endsSentence(s) && !s.endsWith(".")) {
      return false;
    }
    int ok = 0;
    for (String w : words) {
      String bare = w.replaceAll("^[^\\p{L}]+", "");
      if (bare.isEmpty()) {
        continue;
      }
      if (Character.isUpperCase(bare.codePointAt(0)) || NAME_PARTICLES.contains(bare.toLowerCase(Locale.ROOT))
          || bare.matches("(?i)(al|el)-\\p{L}.*")) {
        ok++;
      }
    }
    return ok >= 0.75 * words.size();
  }

  /** A person or agency name from a byline remainder, or {@code null} when it does not look like one. */
  static String cleanName(String raw) {
    String s = raw.strip();
    Optional<DateMatch> d = DateParser.find(s, null);
    if (d.isPresent() && d.get().start() > 0) {
      s = s.substring(0, d.get().start());
    }
    Matcher stop = NAME_STOP.matcher(s);
    if (stop.find() && stop.start() > 0) {
      s = s.substring(0, stop.start());
    }
    // "Jane Roe, senior fellow" -> "Jane Roe"; "Samir Haddad. Other sentence." -> "Samir Haddad"
    Matcher role = ROLE_AFTER_COMMA.matcher(s);
    if (role.find()) {
      s = s.substring(0, role.start());
    }
    Matcher sentence = SENTENCE_AFTER_NAME.matcher(s);
    if (sentence.find()) {
      s = s.substring(0, sentence.start() + 2);
    }
    s = s.replaceAll("[\\s,;:|·•–—.-]+$", "").strip();
    if (s.isEmpty() || !Character.isLetter(s.charAt(0)) || !isNameLike(s)) {
      return null;
    }
    return s;
  }
}
