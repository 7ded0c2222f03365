package org.pharos.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.pharos.model.Document;

/** Test listener that keeps everything it receives. Not thread-safe. */
final class CollectingListener implements IngestListener {
  final List<Document> documents = new ArrayList<>();
  final List<IngestProblem> problems = new ArrayList<>();

  @Override
  public void onDocument(Document document) {
    documents.add(document);
  }

  @Override
  public void onProblem(IngestProblem problem) {
    problems.add(problem);
  }

  List<IngestProblem> errors() {
    return problems.stream().filter(IngestProblem::isError).collect(Collectors.toList());
  }

  List<IngestProblem> warnings() {
    return problems.stream().filter(p -> !p.isError()).collect(Collectors.toList());
  }

  List<String> ids() {
    return documents.stream().map(Document::docId).collect(Collectors.toList());
  }

  Document only() {
    if (documents.size() != 1) {
      throw new AssertionError("expected one document, got " + ids() + " problems " + problems);
    }
    return documents.get(0);
  }
}
