package org.pharos.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.pharos.store.DocumentQuery;
import org.pharos.store.EventStore;
import org.pharos.store.StoredDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pharos docs}: list stored documents. */
@Command(name = "docs", mixinStandardHelpOptions = true, description = "List stored documents with their date, outlet, version and event count.")
final class DocsCommand implements Callable<Integer> {
  @Mixin StoreOptions storeOptions;

  @Option(names = "--limit", paramLabel = "N", description = "At most N documents (default: ${DEFAULT-VALUE}).")
  int limit = 1000;

  @Override
  public Integer call() {
    try (EventStore store = storeOptions.open()) {
      System.out.printf(Locale.ROOT, "%-48s %-10s %-20s %3s %6s  %s%n", "doc_id", "date", "outlet", "v", "events", "title");
      for (StoredDocument d : store.documents(DocumentQuery.builder().limit(limit).build())) {
        var doc = d.document();
        System.out.printf(Locale.ROOT, "%-48s %-10s %-20s %3d %6d  %s%n", Text.cut(doc.docId(), 48),
            doc.date() == null ? "" : doc.date().toIso(), Text.cut(doc.outlet(), 20), d.version(), d.events(), Text.cut(doc.title(), 60));
      }
    }
    return ExitCode.OK;
  }

}
