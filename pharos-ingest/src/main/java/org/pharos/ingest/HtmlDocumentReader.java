package org.pharos.ingest;

import java.util.Optional;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.pharos.ingest.clean.HtmlContentExtractor;
import org.pharos.ingest.meta.HtmlMetadataExtractor;
import org.pharos.ingest.meta.PageMetadata;
import org.pharos.model.Document;

/**
 * Reads an HTML page (jsoup copes with broken markup): metadata from meta tags and JSON-LD, the
 * article body from {@code <article>}/{@code <main>}/the densest block with page furniture and
 * link-heavy blocks removed, paragraphs separated by blank lines.
 *
 * <pre>{@code
 * Optional<Document> doc = new HtmlDocumentReader(IngestConfig.defaults())
 *     .read(html, "https://example.org/a.html", "a", "pages/a.html", problems::add);
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class HtmlDocumentReader {
  private final DocumentAssembler assembler;

  /** A reader using the config's default language. */
  public HtmlDocumentReader(IngestConfig config) {
    this.assembler = new DocumentAssembler(config.defaultLang());
  }

  /**
   * Reads one page.
   *
   * @param html the decoded markup
   * @param baseUri base for relative links, or {@code null}
   * @param docId the id to give the document
   * @param origin where it came from, for messages and provenance
   * @param problems receives warnings (e.g. malformed JSON-LD), and an error when there is no body text
   * @return the document, or empty when no body text was found (an error was reported)
   */
  public Optional<Document> read(String html, String baseUri, String docId, String origin,
      Consumer<IngestProblem> problems) {
    return read(html, baseUri, docId, origin, DocumentAssembler.Fields.none(), true, problems);
  }

  Optional<Document> read(String html, String baseUri, String docId, String origin, DocumentAssembler.Fields fields,
      boolean readPageMetadata, Consumer<IngestProblem> problems) {
    org.jsoup.nodes.Document dom = Jsoup.parse(html, baseUri == null ? "" : baseUri);
    PageMetadata page = readPageMetadata
        ? HtmlMetadataExtractor.extract(dom, w -> problems.accept(IngestProblem.warning(origin, w)))
        : null;
    HtmlContentExtractor.Extraction extraction = HtmlContentExtractor.extract(dom);
    if (extraction.blocks().isEmpty()) {
      problems.accept(IngestProblem.error(origin, "HTML has no body text, skipped"));
      return Optional.empty();
    }
    return assembler.assemble(docId, origin, extraction.blocks(), extraction.removed(), page, fields, problems);
  }
}
