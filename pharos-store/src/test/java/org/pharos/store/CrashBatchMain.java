package org.pharos.store;

import java.util.List;
import org.pharos.store.bench.SyntheticCorpus;

/**
 * Child process for the crash-safety tests: stores synthetic documents {@code 0..n-1} one by one,
 * printing {@code stored <i>} after each commit, then {@code done}. With {@code hold} instead of a
 * count, it opens the store, prints {@code open} and waits to be killed.
 *
 * <pre>java -cp … org.pharos.store.CrashBatchMain &lt;store&gt; &lt;n|hold&gt; &lt;seed&gt;</pre>
 */
public final class CrashBatchMain {
  private CrashBatchMain() {}

  public static void main(String[] args) throws Exception {
    try (EventStore store = EventStores.open(args[0])) {
      if (args[1].equals("hold")) {
        System.out.println("open");
        System.out.flush();
        Thread.sleep(120_000);
        return;
      }
      int n = Integer.parseInt(args[1]);
      SyntheticCorpus corpus = new SyntheticCorpus(Long.parseLong(args[2]), 4);
      long run = store.beginRun("crash-batch " + n, List.of(args[0]));
      long stored = 0;
      long skipped = 0;
      for (int i = 0; i < n; i++) {
        CodedDocument cd = corpus.document(i);
        StoreResult r = store.storeDocument(cd.document(), cd.events(), "crash-test");
        if (r.written()) {
          stored++;
        } else {
          skipped++;
        }
        System.out.println("stored " + i);
        System.out.flush();
      }
      store.finishRun(run, new RunCounts(n, stored, skipped, 0));
      System.out.println("done");
    }
  }
}
