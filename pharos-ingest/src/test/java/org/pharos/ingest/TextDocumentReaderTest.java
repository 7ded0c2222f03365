package org.pharos.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pharos.model.DateSource;
import org.pharos.model.Document;
import org.pharos.model.PartialDate;

class TextDocumentReaderTest {
  private final TextDocumentReader reader = new TextDocumentReader(IngestConfig.defaults());
  private final List<IngestProblem> problems = new ArrayList<>();

  private Document read(String text) {
    return reader.read(text, "doc", "in/doc.txt", problems::add).orElseThrow(() -> new AssertionError(problems));
  }

  @Test
  void saved_page_yields_title_byline_header_date_and_copyright_outlet() {
    Document d = read(Fixtures.text("saved-page.txt"));
    assertEquals("Drones Strike Oil Fields in Northern Iraq as Baghdad Blames Militias", d.title());
    assertEquals("Leyla Hassan", d.author());
    assertEquals(PartialDate.parse("2025-07-16"), d.date());
    assertEquals(DateSource.HEADER, d.dateSource());
    assertEquals("Example Regional News", d.outlet());
    assertEquals(2, d.references().size());
    assertTrue(d.text().startsWith("Explosive-laden drones hit two oil fields"));
    assertTrue(d.removed().stream().anyMatch(r -> r.reason().equals("header") && r.text().contains("By Leyla Hassan")));
  }

  @Test
  void month_day_header_date_takes_its_year_from_another_dated_line() {
    Document d = read(Fixtures.text("wire-signoff.txt"));
    assertEquals(PartialDate.parse("2024-07-16"), d.date());
    assertEquals(DateSource.HEADER, d.dateSource());
    assertEquals("Moscow and Baghdad discuss arms deliveries", d.title());
    assertEquals("Eastern Horizons Review", d.outlet());
    assertEquals("Viktor Mironov", d.author());
    assertTrue(problems.isEmpty(), problems.toString());
  }

  @Test
  void month_day_without_year_evidence_stays_partial_with_a_warning() {
    Document d = read("Date: July 16\n\nThe delegation met the foreign minister and discussed energy cooperation.");
    assertEquals(new PartialDate(null, 7, 16), d.date());
    assertEquals("--07-16", d.date().toIso());
    assertEquals(1, problems.size());
    assertEquals(IngestProblem.Severity.WARNING, problems.get(0).severity());
    assertTrue(problems.get(0).reason().contains("no year"), problems.get(0).reason());
  }

  @Test
  void conflicting_year_evidence_is_not_guessed() {
    Document d = read("Date: March 3\n\nThe 2019 agreement was replaced by a new memorandum on 12.01.2023, and the "
        + "parties met again on 05.02.2024 to review it.");
    assertEquals("--03-03", d.date().toIso());
    assertTrue(problems.get(0).reason().contains("[2023, 2024]"), problems.get(0).reason());
  }

  @Test
  void source_line_at_the_end_names_the_outlet() {
    Document d = read(Fixtures.text("hard-wrapped.txt"));
    assertEquals("Gulf Wire Service", d.outlet());
    assertNull(d.date());
    assertEquals(DateSource.NONE, d.dateSource());
  }

  @Test
  void text_made_only_of_boilerplate_is_an_error() {
    List<IngestProblem> errors = new ArrayList<>();
    assertTrue(reader.read("Share on Facebook\n© 2024 Someone. All rights reserved.\n", "x", "in/x.txt", errors::add)
        .isEmpty());
    assertEquals(1, errors.size());
    assertTrue(errors.get(0).isError());
    assertEquals("in/x.txt: no body text left after boilerplate removal, skipped", errors.get(0).toString());
  }

  @Test
  void paragraphs_are_separated_by_blank_lines() {
    Document d = read("First paragraph about the strike on the base near Erbil, officials said.\n\n"
        + "Second paragraph about the response from Baghdad, a spokesman said.");
    assertEquals(2, d.text().split("\n\n").length);
  }

  @Test
  void wire_dateline_gives_outlet_and_date_when_the_header_has_neither() {
    Document d = read("Convoy hit by roadside bomb on Basra highway\n"
        + "Reporter: Huda Amin (reporting from Basra)\n\n"
        + "BASRA, March 3 (Desert Courier) — A roadside bomb struck a logistics convoy on the highway north of the"
        + " city on Tuesday, wounding two drivers, police said. The convoy was carrying supplies for a base that"
        + " hosted foreign advisers until 2023, and the attack was the first of its kind since 14 February 2024.");
    assertEquals("Desert Courier", d.outlet());
    assertEquals("Huda Amin", d.author());
    assertEquals("2024-03-03", d.date().toIso());
    assertEquals(DateSource.HEADER, d.dateSource());
  }
}
