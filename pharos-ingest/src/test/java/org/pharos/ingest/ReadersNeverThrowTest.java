package org.pharos.ingest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Readers must report bad input, never throw: random mixtures of dates, labels, markup, separators and
 * junk are fed to every reader (fixed seed, so failures reproduce).
 */
class ReadersNeverThrowTest {
  private static final String[] PIECES = {
      "Title:", "Date:", "By ", "Author:", "Source:", "©", "2024", "31.02.2024", "05.13.2024", "July 16", "Feb 29",
      "February 30,", "99/99/9999", "Wednesday", "\n", "\n\n", " | ", " — ", "(", ")", "[1]", "1.", "References",
      "Notes", "Related posts", "Read More:", "Share", "xr:d:DAFx1:2", "<p>", "</p>", "<article>", "<a href=x>",
      "</a>", "<script>", "{", "}", "\"", "\t", "\u00a0", "\u200b", "BAGHDAD, Jan. 4 (Wire) — ", "Iraq", "said",
      "the militia fired rockets at the base on Tuesday.", "https://x.example/a", "@", "+964 750 000 0000", "é", "ب"};

  private static String randomText(Random random) {
    StringBuilder sb = new StringBuilder();
    int n = random.nextInt(80);
    for (int i = 0; i < n; i++) {
      sb.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextBoolean() ? " " : "");
    }
    return sb.toString();
  }

  @Test
  void text_and_html_readers_survive_random_input() {
    IngestConfig config = IngestConfig.defaults();
    TextDocumentReader text = new TextDocumentReader(config);
    HtmlDocumentReader html = new HtmlDocumentReader(config);
    Random random = new Random(20240128L);
    for (int i = 0; i < 600; i++) {
      String input = randomText(random);
      List<IngestProblem> problems = new ArrayList<>();
      assertDoesNotThrow(() -> text.read(input, "t", "fuzz.txt", problems::add), input);
      assertDoesNotThrow(() -> html.read(input, null, "h", "fuzz.html", problems::add), input);
    }
  }

  @Test
  void jsonl_and_feed_readers_survive_random_lines() {
    IngestConfig config = IngestConfig.defaults();
    Random random = new Random(7L);
    StringBuilder jsonl = new StringBuilder();
    int nonBlankLines = 0;
    for (int i = 0; i < 300; i++) {
      int lineStart = jsonl.length();
      switch (random.nextInt(4)) {
        case 0:
          jsonl.append("{\"id\":").append(random.nextInt(5)).append(",\"text\":")
              .append(quote(randomText(random))).append(",\"date\":").append(random.nextLong()).append("}");
          break;
        case 1:
          jsonl.append("{\"html\":").append(quote(randomText(random))).append(",\"date\":")
              .append(quote(randomText(random))).append("}");
          break;
        case 2:
          jsonl.append(randomText(random).replace("\n", " "));
          break;
        default:
          jsonl.append("{\"text\": 12, \"date\": 1e400}");
          break;
      }
      if (!jsonl.substring(lineStart).isBlank()) {
        nonBlankLines++;
      }
      jsonl.append('\n');
    }
    CollectingListener l = new CollectingListener();
    assertDoesNotThrow(() -> new JsonlDocumentReader(config).read(
        new ByteArrayInputStream(jsonl.toString().getBytes(StandardCharsets.UTF_8)), "fuzz.jsonl", "fuzz", l));
    // every non-blank line gives exactly one document or one error (blank lines are skipped silently)
    assertEquals(nonBlankLines, l.documents.size() + l.errors().size());
    for (int i = 0; i < 200; i++) {
      String feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>" + escape(randomText(random))
          + "</title><item><title>" + escape(randomText(random)) + "</title><description>"
          + escape(randomText(random)) + "</description><pubDate>" + escape(randomText(random))
          + "</pubDate></item></channel></rss>";
      assertDoesNotThrow(() -> new FeedReader(config).read(feed.getBytes(StandardCharsets.UTF_8), "fuzz.rss",
          new CollectingListener()), feed);
    }
  }

  private static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
