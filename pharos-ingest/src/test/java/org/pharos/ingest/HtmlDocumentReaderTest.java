package org.pharos.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pharos.model.DateSource;
import org.pharos.model.Document;
import org.pharos.model.RemovedBlock;

class HtmlDocumentReaderTest {
  private final HtmlDocumentReader reader = new HtmlDocumentReader(IngestConfig.defaults());
  private final List<IngestProblem> problems = new ArrayList<>();

  private Document read(String html) {
    return reader.read(html, null, "page", "in/page.html", problems::add)
        .orElseThrow(() -> new AssertionError(problems));
  }

  @Test
  void meta_tags_give_title_author_outlet_date_url_and_language() {
    Document d = read(Fixtures.text("article.html"));
    assertEquals("Iraqi parliament votes to end foreign troop presence", d.title());
    assertEquals("Samir Qasim", d.author());
    assertEquals("The Tigris Ledger", d.outlet());
    assertEquals("2020-01-05", d.date().toIso());
    assertEquals(DateSource.HTML_META, d.dateSource());
    assertEquals("https://tigris-ledger.example/2020/01/05/parliament-vote", d.url());
    assertEquals("en", d.lang());
  }

  @Test
  void article_body_keeps_paragraphs_and_subheadings_and_drops_furniture() {
    Document d = read(Fixtures.text("article.html"));
    List<String> paragraphs = List.of(d.text().split("\n\n"));
    assertEquals(5, paragraphs.size(), d.text());
    assertTrue(paragraphs.get(0).startsWith("Iraq's parliament passed a non-binding resolution"));
    assertEquals("Reactions", paragraphs.get(2));
    for (String junk : List.of("cookies", "Politics", "Facebook", "Photo:", "Read more", "Militias vow revenge",
        "Tahrir", "desk@", "©", "dataLayer")) {
      assertFalse(d.text().contains(junk), "body still contains " + junk);
    }
    Set<String> reasons = d.removed().stream().map(RemovedBlock::reason).collect(Collectors.toSet());
    assertTrue(reasons.containsAll(Set.of("cookie-banner", "share", "photo-credit", "teaser", "related", "footer",
        "headline")), reasons.toString());
  }

  @Test
  void json_ld_graph_gives_headline_authors_publisher_and_date() {
    Document d = read(Fixtures.text("jsonld.html"));
    assertEquals("US strikes militia sites south of Baghdad", d.title());
    assertEquals("Dana Karim, Omar Jaber", d.author());
    assertEquals("Euphrates Monitor", d.outlet());
    assertEquals("2023-11-22", d.date().toIso());
    assertEquals(3, d.text().split("\n\n").length);
    assertFalse(d.text().contains("Most popular"));
  }

  @Test
  void densest_block_wins_when_there_is_no_article_element() {
    String html = "<html><body><div><a href=/1>Home</a> | <a href=/2>World</a> | <a href=/3>Sport</a></div>"
        + "<div><p>Turkish jets struck suspected militant positions in the mountains of Duhok province on Friday,"
        + " local officials said.</p><p>The Iraqi foreign ministry said it would summon the Turkish ambassador to"
        + " protest the strikes, which it called a breach of sovereignty.</p></div>"
        + "<div><a href=/4>Terms</a> <a href=/5>Privacy</a></div></body></html>";
    Document d = read(html);
    assertEquals(2, d.text().split("\n\n").length);
    assertFalse(d.text().contains("Privacy"));
  }

  @Test
  void time_element_gives_the_date_when_metas_are_missing() {
    Document d = read("<html><body><article><time datetime=\"2024-02-07\">7 February</time>"
        + "<p>A drone strike on a vehicle in eastern Baghdad killed a senior commander of an armed group, security"
        + " sources said. The group vowed to respond to the killing.</p></article></body></html>");
    assertEquals("2024-02-07", d.date().toIso());
    assertEquals(DateSource.HTML_META, d.dateSource());
  }

  @Test
  void broken_markup_is_still_read() {
    Document d = read("<html><body><div><p>Rockets hit the Green Zone overnight, the military said.<p>There were"
        + " no casualties, according to a statement.<div></body>");
    assertEquals(2, d.text().split("\n\n").length);
  }

  @Test
  void malformed_json_ld_is_a_warning_not_a_failure() {
    Document d = read("<html><head><script type=\"application/ld+json\">{\"headline\": oops}</script></head>"
        + "<body><p>Officials in Erbil said a drone was shot down near the airport late on Monday night.</p>"
        + "</body></html>");
    assertTrue(d.text().startsWith("Officials in Erbil"));
    assertEquals(1, problems.size());
    assertEquals(IngestProblem.Severity.WARNING, problems.get(0).severity());
    assertTrue(problems.get(0).reason().contains("JSON-LD"));
  }

  @Test
  void page_without_body_text_is_an_error() {
    List<IngestProblem> errors = new ArrayList<>();
    assertTrue(reader.read("<html><head><title>x</title><script>var a=1;</script></head><body>  </body></html>",
        null, "empty", "in/empty.html", errors::add).isEmpty());
    assertEquals(1, errors.size());
    assertTrue(errors.get(0).isError());
    assertEquals("in/empty.html: HTML has no body text, skipped", errors.get(0).toString());
  }
}
