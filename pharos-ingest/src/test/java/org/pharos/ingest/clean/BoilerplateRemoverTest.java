package org.pharos.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pharos.ingest.Fixtures;
import org.pharos.model.RemovedBlock;

class BoilerplateRemoverTest {
  private final BoilerplateRemover remover = new BoilerplateRemover();

  private static Set<String> reasons(CleanedText c) {
    return c.removed().stream().map(RemovedBlock::reason).collect(Collectors.toSet());
  }

  private static String removedWith(CleanedText c, String reason) {
    return c.removed().stream().filter(r -> r.reason().equals(reason)).map(RemovedBlock::text)
        .collect(Collectors.joining("\n"));
  }

  @Test
  void saved_web_page_keeps_only_the_article_paragraphs() {
    CleanedText c = remover.cleanText(Fixtures.text("saved-page.txt"));
    String body = c.body();
    assertTrue(body.startsWith("Date: ") || body.startsWith("Wednesday") || body.startsWith("By ")
        || body.startsWith("Explosive-laden drones"), body);
    assertTrue(body.contains("Prime Minister Mohammed Shia al-Sudani ordered an investigation"));
    assertTrue(body.endsWith("protect critical infrastructure [2]."), body);
    for (String junk : List.of("Skip to content", "Русский", "WhatsApp", "Photo by", "Read More", "xr:d:",
        "Leave a comment", "Related posts", "coalition drawdown", "newsletter", "newsroom@", "+964", "©", "cookies",
        "Ministry of Natural Resources")) {
      assertFalse(body.contains(junk), "body still contains " + junk);
    }
  }

  @Test
  void saved_web_page_gives_each_removed_block_a_reason() {
    CleanedText c = remover.cleanText(Fixtures.text("saved-page.txt"));
    assertTrue(reasons(c).containsAll(Set.of("navigation", "language-switcher", "share", "photo-credit", "teaser",
        "artefact", "comment-prompt", "related", "newsletter", "contact", "copyright", "cookie-banner", "headline")),
        reasons(c).toString());
    assertTrue(removedWith(c, "related").contains("Rocket fire hits near Ain al-Asad base"));
    assertTrue(removedWith(c, "contact").contains("Tel: +964"));
  }

  @Test
  void headline_is_recognised_and_not_glued_to_the_first_sentence() {
    CleanedText c = remover.cleanText(Fixtures.text("saved-page.txt"));
    assertEquals("Drones Strike Oil Fields in Northern Iraq as Baghdad Blames Militias", c.headline());
    assertFalse(c.body().contains("Militias Explosive"));
  }

  @Test
  void numbered_reference_list_under_a_heading_is_kept_apart() {
    CleanedText c = remover.cleanText(Fixtures.text("saved-page.txt"));
    assertEquals(2, c.references().size());
    assertTrue(c.references().get(0).startsWith("1. Ministry of Natural Resources"));
    assertTrue(c.references().get(1).startsWith("2. US Embassy Baghdad"));
  }

  @Test
  void trailing_bracketed_citations_without_heading_become_references() {
    String text = "The council met in Baghdad on Monday and agreed to review the security agreement.\n"
        + "Lawmakers said a vote could follow within weeks [1], while others urged caution [2].\n"
        + "[1] Council of Representatives, session minutes, 5 January 2020.\n"
        + "[2] Interview with a member of the security committee, https://example.org/interview\n";
    CleanedText c = remover.cleanText(text);
    assertEquals(2, c.references().size());
    assertEquals(2, c.paragraphs().size());
  }

  @Test
  void numbered_list_inside_the_body_is_not_taken_for_references() {
    String text = "The agreement sets out three steps for the withdrawal of coalition forces from Iraq.\n"
        + "1. Advisers leave Baghdad by September 2025.\n"
        + "2. Remaining forces move to Erbil.\n"
        + "The ministry said the timetable could change if security conditions worsened.";
    CleanedText c = remover.cleanText(text);
    assertEquals(List.of(), c.references());
    assertEquals(4, c.paragraphs().size());
  }

  @Test
  void one_line_statement_is_kept_even_without_prose_shape() {
    CleanedText c = remover.cleanText("US strikes Kataib Hezbollah sites");
    assertEquals("US strikes Kataib Hezbollah sites", c.body());
    assertNull(c.headline());
  }

  @Test
  void hard_wrapped_paragraphs_are_rejoined_and_keep_blank_line_breaks() {
    CleanedText c = remover.cleanText(Fixtures.text("hard-wrapped.txt"));
    assertEquals(2, c.paragraphs().size());
    assertTrue(c.paragraphs().get(0).contains("near the Syrian border early on Sunday"));
    assertEquals("source-line", c.removed().get(0).reason());
  }

  @Test
  void short_subheading_inside_the_body_is_kept_but_a_run_of_menu_words_is_not() {
    String text = "Militia leaders met in Baghdad on Sunday to discuss a response to the strikes.\n"
        + "Calls for restraint\n"
        + "The prime minister urged all sides to avoid escalation, his office said.\n"
        + "Iraq\nIran\nUnited States\nSyria\n"
        + "The talks are expected to resume after the holiday, according to a participant.";
    CleanedText c = remover.cleanText(text);
    assertTrue(c.paragraphs().contains("Calls for restraint"));
    assertFalse(c.body().contains("United States\n"));
    assertEquals("Iraq\nIran\nUnited States\nSyria", removedWith(c, "navigation"));
  }

  @Test
  void standfirst_below_the_headline_stays_in_the_body() {
    String text = "Home\nNews\n\nBaghdad Summons Envoy Over Border Strikes\n"
        + "The foreign ministry says the strikes violated Iraqi sovereignty.\n\n"
        + "Iraq summoned the Turkish charge d'affaires on Thursday after air strikes in Duhok province, the foreign"
        + " ministry said in a statement.";
    CleanedText c = remover.cleanText(text);
    assertEquals("Baghdad Summons Envoy Over Border Strikes", c.headline());
    assertEquals("The foreign ministry says the strikes violated Iraqi sovereignty.", c.paragraphs().get(0));
  }

  @Test
  void link_dense_html_blocks_are_navigation_before_the_body_and_related_after_it() {
    List<TextBlock> blocks = List.of(
        new TextBlock("News Politics Security", TextBlock.Kind.LINE, 1.0),
        new TextBlock("Two rockets struck near the airport in Baghdad on Tuesday, police sources said.",
            TextBlock.Kind.PARAGRAPH, 0),
        new TextBlock("The attack caused no casualties, according to a statement by the security media cell.",
            TextBlock.Kind.PARAGRAPH, 0.1),
        new TextBlock("Militias vow revenge after strike on commander", TextBlock.Kind.LIST_ITEM, 0.9));
    CleanedText c = remover.clean(blocks);
    assertEquals(2, c.paragraphs().size());
    assertEquals("News Politics Security", removedWith(c, "navigation"));
    assertEquals("Militias vow revenge after strike on commander", removedWith(c, "related"));
  }

  @Test
  void image_captions_are_photo_credits() {
    CleanedText c = remover.clean(List.of(
        new TextBlock("Officials inspect the damaged hangar at the air base, the ministry said.", TextBlock.Kind.CAPTION, 0),
        new TextBlock("Drones struck a hangar at the air base overnight, officials said on Monday.",
            TextBlock.Kind.PARAGRAPH, 0)));
    assertEquals(1, c.paragraphs().size());
    assertEquals("photo-credit", c.removed().get(0).reason());
  }

  @Test
  void masthead_and_parenthesised_note_above_the_headline_are_not_the_headline() {
    String text = "Desert Courier | Security\n"
        + "Convoy hit by roadside bomb on Basra highway\n"
        + "(Editor's note: names withheld at the family's request)\n\n"
        + "A roadside bomb struck a logistics convoy on the highway north of Basra on Tuesday, wounding two"
        + " drivers, police said.";
    CleanedText c = remover.cleanText(text);
    assertEquals("Convoy hit by roadside bomb on Basra highway", c.headline());
    assertEquals("Desert Courier | Security", removedWith(c, "navigation"));
    assertEquals("(Editor's note: names withheld at the family's request)", removedWith(c, "editor-note"));
  }

  @Test
  void short_standfirst_above_the_headline_does_not_start_the_body() {
    String text = "Analysis based on public statements.\n\n"
        + "Convoy hit by roadside bomb on Basra highway\n\n"
        + "A roadside bomb struck a logistics convoy on the highway north of Basra on Tuesday, wounding two"
        + " drivers, police said.";
    CleanedText c = remover.cleanText(text);
    assertEquals("Convoy hit by roadside bomb on Basra highway", c.headline());
  }

  @Test
  void a_short_lead_sentence_ending_in_a_full_stop_is_never_the_headline() {
    String text = "Rockets hit Baghdad.\n\n"
        + "Three rockets landed inside the fortified Green Zone late on Sunday, the security media cell said in"
        + " a statement, adding that nobody was hurt.";
    CleanedText c = remover.cleanText(text);
    assertNull(c.headline());
    assertEquals("Rockets hit Baghdad.", c.paragraphs().get(0));
  }

  @Test
  void notes_subheading_followed_by_prose_is_not_a_reference_section() {
    String text = "The ministry said talks on the withdrawal of coalition advisers would continue next month in"
        + " Baghdad, officials said.\n"
        + "Notes\n"
        + "The 2020 resolution of parliament was non-binding, and the government later said that it would"
        + " negotiate a timetable with Washington rather than order an immediate exit of all foreign forces.\n";
    CleanedText c = remover.cleanText(text);
    assertEquals(List.of(), c.references());
    assertTrue(c.body().contains("The 2020 resolution of parliament was non-binding"));
  }
}
