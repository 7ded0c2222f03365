package org.pharos.ingest.clean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.pharos.model.RemovedBlock;

/**
 * Turns an HTML page into logical lines for {@link BoilerplateRemover}: drops scripts and styles,
 * removes page furniture ({@code nav}, {@code header}, {@code footer}, {@code aside}, forms, ARIA
 * landmarks, and elements whose class or id says share/cookie/related/comments/…) with reasons,
 * picks the content root ({@code <article>}, {@code <main>}, {@code itemprop=articleBody}, else the
 * densest paragraph container), and emits one {@link TextBlock} per block element with its link
 * density. Modifies the given DOM. Stateless and thread-safe (each call works on its own DOM).
 */
public final class HtmlContentExtractor {

  /** Lines to clean plus what was already removed structurally. Immutable. */
  public record Extraction(List<TextBlock> blocks, List<RemovedBlock> removed) {
    public Extraction {
      blocks = List.copyOf(blocks);
      removed = List.copyOf(removed);
    }
  }

  private static final String INVISIBLE =
      "script, style, noscript, template, svg, iframe, object, embed, canvas, link, meta, img, video, audio, "
          + "picture, source, map";
  private static final String FURNITURE =
      "nav, header, footer, aside, form, button, select, dialog, menu, [role=navigation], [role=banner], "
          + "[role=contentinfo], [role=complementary], [role=search], [role=dialog], [aria-hidden=true], [hidden]";
  private static final Map<String, String> HINTS = new HashMap<>();

  static {
    for (String t : List.of("cookie", "cookies", "consent", "gdpr")) {
      HINTS.put(t, LineRules.COOKIE);
    }
    for (String t : List.of("share", "sharing", "social", "sharebar", "addthis", "sharethis", "socials")) {
      HINTS.put(t, LineRules.SHARE);
    }
    for (String t : List.of("newsletter", "subscribe", "subscription", "signup", "paywall")) {
      HINTS.put(t, LineRules.NEWSLETTER);
    }
    for (String t : List.of("related", "recommended", "recommendations", "readmore", "outbrain", "taboola")) {
      HINTS.put(t, LineRules.RELATED);
    }
    for (String t : List.of("comment", "comments", "disqus", "respond", "discussion")) {
      HINTS.put(t, LineRules.COMMENT);
    }
    for (String t : List.of("breadcrumb", "breadcrumbs", "menu", "nav", "navbar", "navigation", "topbar", "masthead",
        "toolbar", "pagination", "pager", "skip", "sr", "screen-reader-text", "visually", "lang", "languages")) {
      HINTS.put(t, LineRules.NAVIGATION);
    }
    for (String t : List.of("sidebar", "widget", "widgets")) {
      HINTS.put(t, "aside");
    }
    for (String t : List.of("ad", "ads", "advert", "advertisement", "adsense", "promo", "sponsored", "sponsor", "dfp")) {
      HINTS.put(t, "advertisement");
    }
    for (String t : List.of("caption", "credit", "credits")) {
      HINTS.put(t, LineRules.PHOTO);
    }
    for (String t : List.of("tags", "taglist", "tag-list", "tagcloud")) {
      HINTS.put(t, LineRules.TAGS);
    }
    for (String t : List.of("popup", "modal", "overlay")) {
      HINTS.put(t, "popup");
    }
    HINTS.put("footer", "footer");
    HINTS.put("copyright", LineRules.COPYRIGHT);
    HINTS.put("contact", LineRules.CONTACT);
  }

  private static final Set<String> BLOCK_TAGS = Set.of(
      "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
      "dd", "blockquote", "pre", "figure", "figcaption", "table", "tr", "td", "th", "caption", "header", "footer",
      "address", "hr", "br", "center", "details", "summary", "tbody", "thead", "body", "aside", "nav");

  private HtmlContentExtractor() {}

  /** Extracts logical lines from a parsed page (the DOM is modified). */
  public static Extraction extract(Document dom) {
    List<RemovedBlock> removed = new ArrayList<>();
    Element body = dom.body();
    body.select(INVISIBLE).remove();
    int bodyLength = body.text().length();
    for (Element e : body.select(FURNITURE)) {
      removeIfFurniture(e, dom, furnitureReason(e), bodyLength, removed);
    }
    for (Element e : body.select("[class], [id]")) {
      String reason = hintReason(e);
      if (reason != null) {
        removeIfFurniture(e, dom, reason, bodyLength, removed);
      }
    }
    Element root = pickRoot(body);
    if (root != body) {
      for (Element up = root; up != body && up.parent() != null; up = up.parent()) {
        for (Element sibling : up.siblingElements()) {
          String text = LineShapes.normalizeLine(sibling.text());
          if (!text.isEmpty()) {
            removed.add(new RemovedBlock(text, "outside-article"));
          }
        }
      }
    }
    BlockCollector collector = new BlockCollector();
    NodeTraversor.traverse(collector, root);
    collector.flush();
    return new Extraction(collector.blocks, removed);
  }

  private static void removeIfFurniture(Element e, Document dom, String reason, int bodyLength,
      List<RemovedBlock> removed) {
    if (e.root() != dom || e.parent() == null) {
      return; // already removed with an ancestor
    }
    String tag = e.normalName();
    if (tag.equals("body") || tag.equals("html") || tag.equals("article") || tag.equals("main")
        || !e.select("article, main, [itemprop=articleBody]").isEmpty()) {
      return;
    }
    String text = LineShapes.normalizeLine(e.text());
    if (bodyLength > 500 && text.length() > 0.5 * bodyLength) {
      return; // a wrapper around most of the page, not furniture
    }
    if (!text.isEmpty()) {
      removed.add(new RemovedBlock(text, reason));
    }
    e.remove();
  }

  private static String furnitureReason(Element e) {
    String role = e.attr("role").toLowerCase(Locale.ROOT);
    switch (e.normalName()) {
      case "nav": case "menu":
        return LineRules.NAVIGATION;
      case "header":
        return LineRules.HEADER;
      case "footer":
        return "footer";
      case "aside":
        return "aside";
      case "form": case "button": case "select":
        return "form";
      case "dialog":
        return "popup";
      default:
        break;
    }
    switch (role) {
      case "navigation": case "search":
        return LineRules.NAVIGATION;
      case "banner":
        return LineRules.HEADER;
      case "contentinfo":
        return "footer";
      case "complementary":
        return "aside";
      case "dialog":
        return "popup";
      default:
        return "hidden";
    }
  }

  private static String hintReason(Element e) {
    String tag = e.normalName();
    if (tag.equals("body") || tag.equals("html")) {
      return null;
    }
    String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    for (String token : names.split("[^a-z0-9]+")) {
      String reason = HINTS.get(token);
      if (reason != null) {
        return reason;
      }
    }
    return null;
  }

  private static Element pickRoot(Element body) {
    Element best = null;
    int bestScore = 0;
    List<Element> candidates = body.select("article, main, [itemprop=articleBody], [role=main]");
    for (Element c : candidates) {
      bestScore = Math.max(bestScore, paragraphText(c));
    }
    if (bestScore >= 200) {
      // the deepest candidate that holds nearly all of the best text
      for (Element c : candidates) {
        if (paragraphText(c) >= 0.8 * bestScore && (best == null || c.parents().contains(best))) {
          best = c;
        }
      }
      return best;
    }
    Map<Element, Integer> scores = new HashMap<>();
    for (Element p : body.select("p, pre, blockquote")) {
      int len = p.text().length();
      if (len < 25) {
        continue;
      }
      Element parent = p.parent();
      if (parent != null) {
        scores.merge(parent, len, Integer::sum);
        Element grand = parent.parent();
        if (grand != null) {
          scores.merge(grand, len / 2, Integer::sum);
        }
      }
    }
    Element densest = null;
    int max = 0;
    for (Map.Entry<Element, Integer> e : scores.entrySet()) {
      if (e.getValue() > max || e.getValue() == max && densest != null && e.getKey().siblingIndex() < densest.siblingIndex()) {
        max = e.getValue();
        densest = e.getKey();
      }
    }
    if (densest == null || max < 200 || densest.text().length() < 0.3 * body.text().length()) {
      return body;
    }
    return densest;
  }

  private static int paragraphText(Element e) {
    int n = 0;
    for (Element p : e.select("p, li, blockquote, pre, h2, h3")) {
      n += p.ownText().length();
    }
    return Math.max(n, e.ownText().length());
  }

  /** Walks the content root and cuts it into blocks at block-level elements and {@code <br>}. */
  private static final class BlockCollector implements NodeVisitor {
    final List<TextBlock> blocks = new ArrayList<>();
    final StringBuilder text = new StringBuilder();
    final Deque<TextBlock.Kind> kinds = new ArrayDeque<>();
    int linkChars;
    int linkDepth;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode) {
        String t = ((TextNode) node).getWholeText();
        text.append(t);
        if (linkDepth > 0) {
          linkChars += t.strip().length();
        }
      } else if (node instanceof Element) {
        Element e = (Element) node;
        String tag = e.normalName();
        if (tag.equals("a")) {
          linkDepth++;
        } else if (BLOCK_TAGS.contains(tag)) {
          flush();
          if (!tag.equals("br") && !tag.equals("hr")) {
            kinds.push(kindOf(tag));
          }
        } else if (tag.equals("td") || tag.equals("th")) {
          text.append(' ');
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element) {
        String tag = ((Element) node).normalName();
        if (tag.equals("a")) {
          linkDepth--;
        } else if (BLOCK_TAGS.contains(tag) && !tag.equals("br") && !tag.equals("hr")) {
          flush();
          kinds.pop();
        }
      }
    }

    void flush() {
      String raw = text.toString();
      String line = LineShapes.normalizeLine(raw);
      if (!line.isEmpty()) {
        int visible = line.replace(" ", "").length();
        double density = visible == 0 ? 0 : Math.min(1.0, (double) linkChars / visible);
        TextBlock.Kind kind = kinds.isEmpty() ? TextBlock.Kind.LINE : kinds.peek();
        blocks.add(new TextBlock(line, kind, density));
      }
      text.setLength(0);
      linkChars = 0;
    }

    private static TextBlock.Kind kindOf(String tag) {
      switch (tag) {
        case "h1": case "h2": case "h3": case "h4": case "h5": case "h6":
          return TextBlock.Kind.HEADING;
        case "li": case "dt": case "dd":
          return TextBlock.Kind.LIST_ITEM;
        case "figcaption":
          return TextBlock.Kind.CAPTION;
        case "p": case "blockquote": case "pre":
          return TextBlock.Kind.PARAGRAPH;
        default:
          return TextBlock.Kind.LINE;
      }
    }
  }
}
