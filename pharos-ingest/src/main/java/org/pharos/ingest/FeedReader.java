package org.pharos.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.pharos.ingest.clean.LineShapes;
import org.pharos.model.Document;
import org.pharos.model.Hashing;
import org.pharos.model.PartialDate;

/**
 * Reads an RSS or Atom feed (Rome; DOCTYPEs refused). Each item becomes a document: its content or
 * description (the longer one; HTML is cleaned like a page), title, link as url, published (else
 * updated) date as a field date in UTC, the feed title as outlet. The id is a 12-hex-digit hash of
 * the item guid, else its link. An item with a title but no content keeps the title as its text (a
 * warning); an item with neither is skipped (an error).
 *
 * <pre>{@code
 * new FeedReader(IngestConfig.defaults()).read(bytes, "https://example.org/rss", listener);
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class FeedReader {
  private static final Pattern HAS_TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z][a-zA-Z0-9]*[\\s>/]");
  private final TextDocumentReader textReader;
  private final HtmlDocumentReader htmlReader;

  /** A reader with the config's default language. */
  public FeedReader(IngestConfig config) {
    this.textReader = new TextDocumentReader(config);
    this.htmlReader = new HtmlDocumentReader(config);
  }

  /**
   * Reads every item of a feed.
   *
   * @param feedBytes the feed document (its encoding is taken from the XML prolog)
   * @param origin the path or URL, used in messages ({@code origin#item}) and as provenance
   * @param listener receives each item's document and each problem
   */
  public void read(byte[] feedBytes, String origin, IngestListener listener) {
    SyndFeed feed;
    try {
      feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(feedBytes)));
    } catch (FeedException | IOException | RuntimeException e) {
      String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().split("\n")[0];
      listener.onProblem(IngestProblem.error(origin, "cannot parse as RSS/Atom feed (" + msg + "), skipped"));
      return;
    }
    String outlet = clean(feed.getTitle());
    String lang = feed.getLanguage() == null ? null : feed.getLanguage().split("[-_]")[0].toLowerCase(Locale.ROOT);
    List<SyndEntry> entries = feed.getEntries();
    if (entries.isEmpty()) {
      listener.onProblem(IngestProblem.warning(origin, "feed has no items"));
    }
    for (int i = 0; i < entries.size(); i++) {
      readEntry(entries.get(i), origin + "#" + (i + 1), outlet, lang, listener);
    }
  }

  private void readEntry(SyndEntry entry, String where, String outlet, String lang, IngestListener listener) {
    String link = clean(entry.getLink());
    String guid = clean(entry.getUri());
    String title = clean(entry.getTitle());
    String author = clean(entry.getAuthor());
    if (author == null && !entry.getAuthors().isEmpty()) {
      List<String> names = new ArrayList<>();
      for (SyndPerson p : entry.getAuthors()) {
        if (p.getName() != null && !p.getName().isBlank()) {
          names.add(p.getName().strip());
        }
      }
      author = names.isEmpty() ? null : String.join(", ", names);
    }
    Date when = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    PartialDate date = when == null ? null : PartialDate.of(when.toInstant().atZone(ZoneOffset.UTC).toLocalDate());
    SyndContent content = longest(entry);
    String key = guid != null ? guid : link != null ? link : (title == null ? "" : title) + "\u001f" + when;
    String id = Hashing.shortHash(12, key);
    DocumentAssembler.Fields fields = new DocumentAssembler.Fields(title, author, outlet, date, link, lang);
    String body = content == null ? null : content.getValue();
    if (body == null || body.isBlank()) {
      if (title == null) {
        listener.onProblem(IngestProblem.error(where, "feed item has neither content nor title, skipped"));
        return;
      }
      listener.onProblem(IngestProblem.warning(where, "feed item has no content; its title is used as text"));
      textReader.read(title, id, where, fields, listener::onProblem).ifPresent(listener::onDocument);
      return;
    }
    Optional<Document> doc = isHtml(content)
        ? htmlReader.read(body, link, id, where, fields, false, listener::onProblem)
        : textReader.read(body, id, where, fields, listener::onProblem);
    doc.ifPresent(listener::onDocument);
  }

  private static SyndContent longest(SyndEntry entry) {
    SyndContent best = entry.getDescription();
    for (SyndContent c : entry.getContents()) {
      if (c.getValue() != null && (best == null || best.getValue() == null
          || c.getValue().length() > best.getValue().length())) {
        best = c;
      }
    }
    return best;
  }

  private static boolean isHtml(SyndContent content) {
    String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
    if (type.contains("html")) {
      return true;
    }
    if (type.contains("text")) {
      return false;
    }
    return HAS_TAG.matcher(content.getValue()).find() || content.getValue().contains("&lt;")
        || content.getValue().contains("&amp;");
  }

  private static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = LineShapes.normalizeLine(s);
    return t.isEmpty() ? null : t;
  }
}
