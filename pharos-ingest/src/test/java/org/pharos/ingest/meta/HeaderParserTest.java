package org.pharos.ingest.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pharos.ingest.clean.LineShapes;
import org.pharos.model.PartialDate;

class HeaderParserTest {

  private static HeaderInfo parse(String text) {
    return HeaderParser.parse(LineShapes.blocksOfPlainText(text));
  }

  @Test
  void labelled_title_date_and_byline_are_read_and_marked_as_header() {
    HeaderInfo h = parse("Title: Iraq summons Iranian envoy\nDate: 2024-01-16\nBy Zainab Ali\n\n"
        + "Iraq summoned the Iranian charge d'affaires on Tuesday over missile strikes on Erbil.");
    assertEquals("Iraq summons Iranian envoy", h.title());
    assertEquals(PartialDate.parse("2024-01-16"), h.date());
    assertEquals("Zainab Ali", h.author());
    assertEquals(Set.of(0, 1, 2), h.headerLines());
  }

  @Test
  void date_followed_by_author_label_gives_both() {
    HeaderInfo h = parse("02.02.2020 Author: Kareem Nasser\n\nThe strikes hit a warehouse south of the capital overnight.");
    assertEquals("2020-02-02", h.date().toIso());
    assertEquals("Kareem Nasser", h.author());
  }

  @Test
  void a_line_that_is_only_a_date_is_the_publication_date() {
    assertEquals("2023-11-22", parse("Wednesday 22 Nov 2023\n\nUS aircraft struck two sites overnight, officials said.")
        .date().toIso());
    assertEquals("2024-01-05", parse("January 5, 2024\n\nThe delegation arrived in Moscow for talks on oil.")
        .date().toIso());
  }

  @Test
  void labelled_publication_date_wins_over_updated_and_bare_dates() {
    HeaderInfo h = parse("Updated: 10.01.2024\n08.01.2024\nPublished: 07.01.2024\n\n"
        + "The minister said the talks would continue next week in Baghdad.");
    assertEquals("2024-01-07", h.date().toIso());
    h = parse("Updated: 10.01.2024\n08.01.2024\n\nThe minister said the talks would continue next week in Baghdad.");
    assertEquals("2024-01-08", h.date().toIso());
  }

  @Test
  void byline_with_trailing_date_splits_name_and_date() {
    HeaderInfo h = parse("By Maryam Said | March 3, 2024\n\nProtesters gathered outside the embassy on Sunday, witnesses said.");
    assertEquals("Maryam Said", h.author());
    assertEquals("2024-03-03", h.date().toIso());
  }

  @Test
  void a_sentence_starting_with_by_is_not_a_byline() {
    HeaderInfo h = parse("By Tuesday, the militia had withdrawn from the checkpoints around the airport road.");
    assertNull(h.author());
    assertEquals(Set.of(), h.headerLines());
  }

  @Test
  void header_scan_stops_at_the_first_substantial_paragraph() {
    HeaderInfo h = parse("The talks between the two delegations ended without agreement on Monday evening in Baghdad,"
        + " officials from both sides said.\nDate: 2024-01-16");
    assertNull(h.date());
  }

  @Test
  void header_scan_continues_past_a_short_standfirst() {
    HeaderInfo h = parse("A short note on this report.\nStaff writer: Dilan Sherwani\n\nThe shelling of the resort"
        + " near Zakho killed nine tourists on Wednesday, local officials in Dohuk province said.");
    assertEquals("Dilan Sherwani", h.author());
  }

  @Test
  void byline_role_and_following_sentence_are_cut_from_the_name() {
    assertEquals("Samir Haddad", parse("Writer: Samir Haddad. Reporting from the border.\n\n" + LONG).author());
    assertEquals("Rania Yousef", parse("By Rania Yousef, senior fellow\n\n" + LONG).author());
    assertEquals("Samira Abbas and Tom Hale", parse("Authors: Samira Abbas and Tom Hale\n\n" + LONG).author());
  }

  @Test
  void date_after_an_outlet_name_and_a_dash_is_the_header_date() {
    assertEquals("2019-12-30", parse("Levant Ledger — Monday 30 Dec 2019\n\n" + LONG).date().toIso());
    assertNull(parse("Iraq votes on January 5 to expel troops\n\n" + LONG).date());
  }

  private static final String LONG = "Mourners carried the coffins of the fighters through the streets of the town on"
      + " Monday, witnesses said.";

  @Test
  void source_url_and_language_labels_are_read() {
    HeaderInfo h = parse("Source: Tigris Wire\nURL: https://tigris.example/a/1\nLanguage: EN\n\n"
        + "Two rockets struck near the airport, police said.");
    assertEquals("Tigris Wire", h.outlet());
    assertEquals("https://tigris.example/a/1", h.url());
    assertEquals("en", h.lang());
  }

  @Test
  void clean_name_cuts_at_separators_and_rejects_non_names() {
    assertEquals("Ali Hassan", HeaderParser.cleanName("Ali Hassan | Baghdad"));
    assertNull(HeaderParser.cleanName("12345"));
  }
}
