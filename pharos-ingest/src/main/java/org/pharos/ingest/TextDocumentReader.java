package org.pharos.ingest;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.pharos.ingest.clean.LineShapes;
import org.pharos.model.Document;

/**
 * Reads a plain-text article (a saved web page, a wire story, a pasted report): header lines give
 * title, byline, date and outlet; boilerplate is removed; sign-offs give the outlet when nothing
 * else does.
 *
 * <pre>{@code
 * TextDocumentReader reader = new TextDocumentReader(IngestConfig.defaults());
 * Optional<Document> doc = reader.read(text, "brief-01", "corpus/brief-01.txt", problems::add);
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class TextDocumentReader {
  private final DocumentAssembler assembler;

  /** A reader using the config's default language. */
  public TextDocumentReader(IngestConfig config) {
    this.assembler = new DocumentAssembler(config.defaultLang());
  }

  /**
   * Reads one document.
   *
   * @param text the decoded text
   * @param docId the id to give the document
   * @param origin where it came from (path, URL, {@code stdin}), for messages and provenance
   * @param problems receives warnings, and an error when no body text is left
   * @return the document, or empty when nothing was left to code (an error was reported)
   */
  public Optional<Document> read(String text, String docId, String origin, Consumer<IngestProblem> problems) {
    return read(text, docId, origin, DocumentAssembler.Fields.none(), problems);
  }

  Optional<Document> read(String text, String docId, String origin, DocumentAssembler.Fields fields,
      Consumer<IngestProblem> problems) {
    return assembler.assemble(docId, origin, LineShapes.blocksOfPlainText(text), List.of(), null, fields, problems);
  }
}
