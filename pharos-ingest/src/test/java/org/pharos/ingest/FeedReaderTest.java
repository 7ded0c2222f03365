package org.pharos.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.pharos.model.DateSource;
import org.pharos.model.Document;
import org.pharos.model.Hashing;

class FeedReaderTest {
  private final FeedReader reader = new FeedReader(IngestConfig.defaults());

  @Test
  void rss_items_become_documents_with_feed_title_as_outlet() {
    CollectingListener l = new CollectingListener();
    reader.read(Fixtures.bytes("feed.rss"), "feeds/levant.rss", l);
    assertEquals(3, l.documents.size());
    Document first = l.documents.get(0);
    assertEquals("Rocket attack targets base near Erbil", first.title());
    assertEquals("Rana Aziz", first.author());
    assertEquals("Levant Dispatch", first.outlet());
    assertEquals("https://levant-dispatch.example/2024/01/20/erbil", first.url());
    assertEquals("2024-01-20", first.date().toIso());
    assertEquals(DateSource.FIELD, first.dateSource());
    assertEquals("feeds/levant.rss#1", first.origin());
  }

  @Test
  void item_id_is_a_short_hash_of_guid_else_link() {
    CollectingListener l = new CollectingListener();
    reader.read(Fixtures.bytes("feed.rss"), "feeds/levant.rss", l);
    assertEquals(Hashing.shortHash(12, "ld-2024-0120-erbil"), l.documents.get(0).docId());
    assertEquals(12, l.documents.get(1).docId().length());
  }

  @Test
  void full_content_is_preferred_over_the_short_description_and_cleaned() {
    CollectingListener l = new CollectingListener();
    reader.read(Fixtures.bytes("feed.rss"), "feeds/levant.rss", l);
    String text = l.documents.get(0).text();
    assertTrue(text.startsWith("Three rockets landed near a base"), text);
    assertEquals(2, text.split("\n\n").length);
    assertFalse(text.contains("teaser"));
    assertFalse(text.contains("Share"));
  }

  @Test
  void item_without_content_uses_its_title_with_a_warning() {
    CollectingListener l = new CollectingListener();
    reader.read(Fixtures.bytes("feed.rss"), "feeds/levant.rss", l);
    assertEquals("Headline only item about a ministerial visit", l.documents.get(2).text());
    assertEquals("feeds/levant.rss#3: feed item has no content; its title is used as text",
        l.warnings().get(0).toString());
    assertTrue(l.errors().isEmpty());
  }

  @Test
  void atom_entries_are_read_with_published_date_and_author() {
    CollectingListener l = new CollectingListener();
    reader.read(Fixtures.bytes("feed.atom"), "https://gulf-notes.example/atom", l);
    Document d = l.only();
    assertEquals("Gulf Security Notes", d.outlet());
    assertEquals("Hamid Farouk", d.author());
    assertEquals("2024-02-03", d.date().toIso());
    assertTrue(d.text().startsWith("US forces struck more than eighty targets"));
  }

  @Test
  void unparseable_feed_is_one_error_naming_the_input() {
    CollectingListener l = new CollectingListener();
    reader.read("<?xml version=\"1.0\"?><rss><channel><item>".getBytes(StandardCharsets.UTF_8), "feeds/bad.xml", l);
    assertEquals(0, l.documents.size());
    assertEquals(1, l.errors().size());
    assertTrue(l.errors().get(0).toString().startsWith("feeds/bad.xml: cannot parse as RSS/Atom feed"),
        l.errors().get(0).toString());
  }

  @Test
  void doctype_declarations_are_refused() {
    CollectingListener l = new CollectingListener();
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<rss version=\"2.0\"><channel><title>t</title><item><title>a</title><description>&x;</description>"
        + "</item></channel></rss>";
    reader.read(xxe.getBytes(StandardCharsets.UTF_8), "feeds/xxe.xml", l);
    assertEquals(0, l.documents.size());
    assertEquals(1, l.errors().size());
  }
}
