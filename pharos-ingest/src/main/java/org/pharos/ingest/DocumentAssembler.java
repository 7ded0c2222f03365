package org.pharos.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.function.Consumer;
import org.pharos.ingest.clean.BoilerplateRemover;
import org.pharos.ingest.clean.CleanedText;
import org.pharos.ingest.clean.LineRules;
import org.pharos.ingest.clean.TextBlock;
import org.pharos.ingest.meta.Dateline;
import org.pharos.ingest.meta.HeaderInfo;
import org.pharos.ingest.meta.HeaderParser;
import org.pharos.ingest.meta.PageMetadata;
import org.pharos.ingest.meta.SignOffParser;
import org.pharos.ingest.meta.YearEvidence;
import org.pharos.model.DateSource;
import org.pharos.model.Document;
import org.pharos.model.PartialDate;
import org.pharos.model.RemovedBlock;

/**
 * Shared last step of every reader: header lines, boilerplate removal, metadata precedence
 * (structured field &gt; HTML meta &gt; header line &gt; sign-off) and year-from-evidence for
 * month-day dates. Stateless and thread-safe.
 */
final class DocumentAssembler {

  /** Metadata given by a structured source (JSONL fields, feed item); all optional. */
  record Fields(String title, String author, String outlet, PartialDate date, String url, String lang) {
    static Fields none() {
      return new Fields(null, null, null, null, null, null);
    }
  }

  private final BoilerplateRemover remover = new BoilerplateRemover();
  private final String defaultLang;

  DocumentAssembler(String defaultLang) {
    this.defaultLang = defaultLang;
  }

  Optional<Document> assemble(String docId, String origin, List<TextBlock> blocks, List<RemovedBlock> preRemoved,
      PageMetadata page, Fields fields, Consumer<IngestProblem> problems) {
    HeaderInfo header = HeaderParser.parse(blocks);
    List<RemovedBlock> removed = new ArrayList<>(preRemoved);
    Map<Integer, String> headerReasons = new HashMap<>();
    for (int i : header.headerLines()) {
      headerReasons.put(i, LineRules.HEADER);
    }
    CleanedText cleaned = remover.clean(blocks, headerReasons);
    removed.addAll(cleaned.removed());
    String body = cleaned.body();
    if (body.isBlank()) {
      problems.accept(IngestProblem.error(origin, blocks.isEmpty()
          ? "no text found, skipped" : "no body text left after boilerplate removal, skipped"));
      return Optional.empty();
    }
    Optional<Dateline> dateline = Optional.empty();
    String datelineParagraph = null;
    for (String paragraph : cleaned.paragraphs().subList(0, Math.min(3, cleaned.paragraphs().size()))) {
      dateline = Dateline.parse(paragraph);
      if (dateline.isPresent()) {
        datelineParagraph = paragraph;
        break;
      }
    }
    PageMetadata meta = page == null ? new PageMetadata(null, null, null, null, null, null, null) : page;
    String title = first(fields.title(), meta.title(), header.title(), cleaned.headline());
    String author = first(fields.author(), meta.author(), header.author(), SignOffParser.author(removed).orElse(null));
    String outlet = first(fields.outlet(), meta.outlet(), header.outlet(), SignOffParser.outlet(removed).orElse(null),
        dateline.map(Dateline::agency).orElse(null));
    String url = first(fields.url(), meta.url(), header.url(), origin.matches("(?i)^https?://.*") ? origin : null);
    String lang = first(fields.lang(), meta.lang(), header.lang(), defaultLang);

    PartialDate date;
    DateSource dateSource;
    String dateText = null;
    if (fields.date() != null) {
      date = fields.date();
      dateSource = DateSource.FIELD;
    } else if (meta.date() != null) {
      date = meta.date();
      dateSource = DateSource.HTML_META;
    } else if (header.date() != null) {
      date = header.date();
      dateSource = DateSource.HEADER;
      dateText = header.dateText();
    } else if (dateline.isPresent()) {
      date = dateline.get().date();
      dateSource = DateSource.HEADER;
      dateText = datelineParagraph.substring(0, Math.min(40, datelineParagraph.length()));
    } else {
      date = null;
      dateSource = DateSource.NONE;
    }
    if (date != null && date.year() == null && date.month() != null) {
      date = withYearFromEvidence(date, dateText, blocks, origin, problems);
    }
    return Optional.of(new Document(docId, title, author, outlet, date, dateSource, url, lang, body,
        cleaned.references(), removed, origin));
  }

  private static PartialDate withYearFromEvidence(PartialDate date, String dateText, List<TextBlock> blocks,
      String origin, Consumer<IngestProblem> problems) {
    List<String> texts = new ArrayList<>();
    for (TextBlock b : blocks) {
      texts.add(b.text());
    }
    SortedSet<Integer> years = YearEvidence.yearsIn(texts);
    String shown = dateText == null ? date.toIso() : "'" + dateText + "'";
    if (years.size() == 1) {
      int year = years.first();
      try {
        return new PartialDate(year, date.month(), date.day());
      } catch (RuntimeException e) {
        problems.accept(IngestProblem.warning(origin, "date " + shown + " is not a valid day in " + year
            + "; kept as " + date.toIso()));
        return date;
      }
    }
    problems.accept(IngestProblem.warning(origin, "date " + shown + " has no year"
        + (years.isEmpty() ? " and the document gives none" : " and the document names several " + years)
        + "; kept partial as " + date.toIso()));
    return date;
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
