package org.pharos.ingest.meta;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.pharos.ingest.clean.LineShapes;
import org.pharos.model.DateSource;
import org.pharos.model.PartialDate;

/**
 * Reads page metadata from HTML markup: {@code article:published_time} and other date metas,
 * {@code og:site_name}, {@code og:title}, {@code author}, JSON-LD ({@code datePublished}, {@code
 * author}, {@code headline}, {@code publisher}), {@code <title>}, {@code <time datetime>}, {@code
 * <link rel=canonical>} and {@code <html lang>}. Must run before boilerplate removal strips the
 * header. Thread-safe (the shared {@link ObjectMapper} is only used for reading).
 */
public final class HtmlMetadataExtractor {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> DATE_METAS = List.of(
      "article:published_time", "og:article:published_time", "datePublished", "date", "pubdate", "publishdate",
      "publish-date", "publish_date", "published_time", "dc.date", "dc.date.issued", "dcterms.date",
      "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published", "citation_publication_date",
      "citation_date");

  private HtmlMetadataExtractor() {}

  /**
   * Extracts what the markup says about the page.
   *
   * @param dom the parsed page (not modified)
   * @param warnings receives a message for each recovered problem (e.g. malformed JSON-LD)
   */
  public static PageMetadata extract(Document dom, Consumer<String> warnings) {
    Map<String, String> metas = metas(dom);
    JsonLd ld = jsonLd(dom, warnings);
    String siteName = firstNonBlank(meta(metas, "og:site_name"), ld.publisher, meta(metas, "application-name"));
    String title = firstNonBlank(meta(metas, "og:title"), ld.headline, meta(metas, "twitter:title"),
        meta(metas, "dc.title"), stripSiteSuffix(dom.title(), siteName), text(dom.selectFirst("h1")));
    String author = firstNonBlank(nonUrl(meta(metas, "author")), nonUrl(meta(metas, "article:author")), ld.author,
        nonUrl(meta(metas, "dc.creator")), nonUrl(meta(metas, "byl")), text(dom.selectFirst("[rel=author]")),
        text(dom.selectFirst("[itemprop=author] [itemprop=name]")), text(dom.selectFirst("[itemprop=author]")));
    if (author != null) {
      author = author.replaceFirst("(?i)^by\\s+", "").strip();
    }
    PartialDate date = null;
    for (String name : DATE_METAS) {
      date = parseDate(meta(metas, name)).orElse(null);
      if (date != null) {
        break;
      }
    }
    if (date == null) {
      date = parseDate(ld.datePublished).orElse(null);
    }
    if (date == null) {
      Element itemprop = dom.selectFirst("[itemprop=datePublished]");
      if (itemprop != null) {
        date = parseDate(firstNonBlank(itemprop.attr("content"), itemprop.attr("datetime"), itemprop.text()))
            .orElse(null);
      }
    }
    if (date == null) {
      Element time = firstNonNull(dom.selectFirst("article time[datetime]"), dom.selectFirst("time[pubdate]"),
          dom.selectFirst("time[datetime]"));
      if (time != null) {
        date = parseDate(time.attr("datetime")).orElse(null);
      }
    }
    String url = firstNonBlank(attr(dom.selectFirst("link[rel=canonical]"), "href"), meta(metas, "og:url"));
    String lang = null;
    Element html = dom.selectFirst("html");
    String langAttr = html == null ? "" : firstNonBlank(html.attr("lang"), html.attr("xml:lang"));
    if (langAttr != null && !langAttr.isBlank()) {
      lang = langAttr.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
    }
    return new PageMetadata(title, author, siteName, date, date == null ? DateSource.NONE : DateSource.HTML_META,
        url, lang);
  }

  private static Optional<PartialDate> parseDate(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    Optional<PartialDate> whole = DateParser.parse(value, null);
    if (whole.isPresent()) {
      return whole;
    }
    return DateParser.find(value, null).map(DateMatch::date);
  }

  /** First non-empty content of each meta property/name/itemprop, keyed in lower case. */
  private static Map<String, String> metas(Document dom) {
    Map<String, String> metas = new HashMap<>();
    for (Element e : dom.select("meta[content]")) {
      String key = firstNonBlank(e.attr("property"), e.attr("name"), e.attr("itemprop"));
      String content = LineShapes.normalizeLine(e.attr("content"));
      if (key != null && !content.isEmpty()) {
        metas.putIfAbsent(key.toLowerCase(Locale.ROOT), content);
      }
    }
    return metas;
  }

  private static String meta(Map<String, String> metas, String name) {
    return metas.get(name.toLowerCase(Locale.ROOT));
  }

  private static final class JsonLd {
    String headline;
    String author;
    String publisher;
    String datePublished;
  }

  private static JsonLd jsonLd(Document dom, Consumer<String> warnings) {
    JsonLd result = new JsonLd();
    for (Element script : dom.select("script[type=application/ld+json]")) {
      JsonNode root;
      try {
        root = JSON.readTree(script.data());
      } catch (JsonProcessingException e) {
        warnings.accept("malformed JSON-LD block ignored (" + e.getOriginalMessage() + ")");
        continue;
      }
      List<JsonNode> nodes = new ArrayList<>();
      flatten(root, nodes);
      nodes.sort((a, b) -> Boolean.compare(isArticle(b), isArticle(a)));
      for (JsonNode n : nodes) {
        result.headline = firstNonBlank(result.headline, textOf(n.get("headline")));
        result.datePublished = firstNonBlank(result.datePublished, textOf(n.get("datePublished")));
        result.author = firstNonBlank(result.author, nameOf(n.get("author")));
        result.publisher = firstNonBlank(result.publisher, nameOf(n.get("publisher")));
      }
    }
    return result;
  }

  private static void flatten(JsonNode node, List<JsonNode> out) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> flatten(n, out));
    } else if (node.isObject()) {
      out.add(node);
      flatten(node.get("@graph"), out);
    }
  }

  private static boolean isArticle(JsonNode n) {
    JsonNode type = n.get("@type");
    String t = type == null ? "" : type.toString();
    return t.contains("Article") || t.contains("BlogPosting") || t.contains("Report");
  }

  private static String textOf(JsonNode n) {
    return n != null && n.isValueNode() ? LineShapes.normalizeLine(n.asText()) : null;
  }

  private static String nameOf(JsonNode n) {
    if (n == null) {
      return null;
    }
    if (n.isArray()) {
      List<String> names = new ArrayList<>();
      n.forEach(x -> {
        String name = nameOf(x);
        if (name != null) {
          names.add(name);
        }
      });
      return names.isEmpty() ? null : String.join(", ", names);
    }
    if (n.isObject()) {
      return textOf(n.get("name"));
    }
    return nonUrl(textOf(n));
  }

  private static String stripSiteSuffix(String title, String siteName) {
    String t = LineShapes.normalizeLine(title == null ? "" : title);
    if (t.isEmpty()) {
      return null;
    }
    if (siteName != null) {
      for (String sep : List.of(" | ", " - ", " – ", " — ", " :: ", " · ")) {
        if (t.endsWith(sep + siteName)) {
          return t.substring(0, t.length() - sep.length() - siteName.length()).strip();
        }
        if (t.startsWith(siteName + sep)) {
          return t.substring(siteName.length() + sep.length()).strip();
        }
      }
    }
    return t;
  }

  private static String nonUrl(String s) {
    return s == null || s.matches("(?i)^https?://.*") ? null : s;
  }

  private static String text(Element e) {
    if (e == null) {
      return null;
    }
    String t = LineShapes.normalizeLine(e.text());
    return t.isEmpty() ? null : t;
  }

  private static String attr(Element e, String name) {
    return e == null ? null : e.attr(name);
  }

  @SafeVarargs
  private static <T> T firstNonNull(T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
