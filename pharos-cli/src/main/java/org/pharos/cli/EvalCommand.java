package org.pharos.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pharos.eval.CodedEvent;
import org.pharos.eval.GoldRecord;
import org.pharos.eval.GsrReader;
import org.pharos.eval.Level;
import org.pharos.eval.PloverGsrReader;
import org.pharos.eval.PloverScorer;
import org.pharos.eval.Prf;
import org.pharos.eval.RecordResult;
import org.pharos.eval.TripleScorer;
import org.pharos.eval.UserGoldReader;
import org.pharos.model.DateSource;
import org.pharos.model.Document;
import org.pharos.model.Event;
import org.pharos.model.ontology.PloverMapping;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pharos eval}: codes each gold record's text with its date through the same pipeline as
 * {@code pharos code} (never seeing the gold parse or labels) and scores the result.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Score the coder against a gold standard: gsr (PETRARCH-2 real-news validation set), "
        + "plover (PLOVER gold-standard records), demo (Pharos' labelled demo sentences) or your own "
        + "JSON Lines gold file.",
        "Example: pharos eval gsr --report target/eval-gsr"})
final class EvalCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "SET", description = "gsr, plover, demo, or a .jsonl gold file")
  String set;

  @Option(names = "--peer", paramLabel = "DIR", description = "Where the peer gold files are (default: ../shared/peer from the Pharos directory).")
  Path peer;

  @Option(names = "--report", paramLabel = "DIR", description = "Write summary.json and errors.md here.")
  Path report;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "A baseline JSON file; exit 1 when a figure drops more than --tolerance below it.")
  Path baseline;

  @Option(names = "--tolerance", paramLabel = "X", description = "Allowed drop below the baseline (default: ${DEFAULT-VALUE}).")
  double tolerance = 0.02;

  @Option(names = "--threads", paramLabel = "N", description = "Records coded in parallel (default: ${DEFAULT-VALUE}).")
  int threads = 1;

  @Mixin CodingOptions coding;

  @Option(names = "--documents", paramLabel = "PATH|none",
      description = "Code each gold sentence inside the document it was taken from (found by its text among the "
          + "documents read from PATH), as 'pharos code' would, and score the events of that sentence; sentences "
          + "found in no document are coded alone. Default: demo/corpus for the demo set, none otherwise.")
  String documents;

  @Option(names = "--nlp-cache", paramLabel = "DIR",
      description = "Keep the NLP annotations of each record here and reuse them on later runs "
          + "(for fast evaluation loops while changing the coder; the results are the same).")
  Path nlpCache;

  @Override
  public Integer call() throws IOException {
    Path home = Path.of(System.getProperty("pharos.home", "."));
    Path peerDir = peer != null ? peer : home.resolve("../shared/peer").normalize();
    List<GoldRecord> gold;
    String kind;
    switch (set.toLowerCase(Locale.ROOT)) {
      case "gsr" -> {
        gold = new GsrReader().read(requireFile(peerDir.resolve("UniversalPetrarch/PETR2_GSR_validation.xml")));
        kind = "triples";
      }
      case "plover" -> {
        gold = new PloverGsrReader().read(requireFile(peerDir.resolve("PLOVER/PLOVER_GSR_CAMEO.txt")));
        kind = "plover";
      }
      case "demo" -> {
        gold = new UserGoldReader().read(requireFile(home.resolve("demo/gold/demo-gold.jsonl")));
        kind = "triples";
      }
      default -> {
        gold = new UserGoldReader().read(requireFile(Path.of(set)));
        kind = "triples";
      }
    }
    GoldContext context = locateInDocuments(home, gold);
    java.util.concurrent.ConcurrentHashMap<String, CodingSetup.Coded> codedDocuments =
        new java.util.concurrent.ConcurrentHashMap<>();
    PloverMapping plover = PloverMapping.standard();
    TripleScorer triples = new TripleScorer(c -> plover.find(c).map(p -> p.type().name()).orElse(null));
    PloverScorer ploverScorer = new PloverScorer();
    long start = System.nanoTime();
    try (CodingSetup setup = new CodingSetup(coding, threads, System.err);
        Progress progress = new Progress("eval " + set, gold.size(), System.err, Progress.terminalAttached());
        OrderedWorkPool<Scored> pool = new OrderedWorkPool<>(threads, s -> {
          if (kind.equals("plover")) {
            ploverScorer.add(s.record, s.events);
          } else {
            triples.add(s.record, s.events);
          }
          progress.advance(1);
        })) {
      for (GoldRecord r : gold) {
        GoldContext.Located where = context == null ? null : context.of(r);
        pool.submit(() -> new Scored(r, where == null ? code(setup, r, nlpCache)
            : codeInDocument(setup, where, codedDocuments, nlpCache)));
      }
      pool.finish();
    }
    double secs = (System.nanoTime() - start) / 1e9;
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("set", set);
    summary.put("records", gold.size());
    summary.put("seconds", Math.round(secs * 10) / 10.0);
    summary.put("records_coded_in_their_documents", context == null ? 0 : context.size());
    List<RecordResult> results;
    if (kind.equals("plover")) {
      summary.put("plover_country", figures(ploverScorer.total()));
      Map<String, Object> cats = new LinkedHashMap<>();
      ploverScorer.perCategory().forEach((k, v) -> cats.put(k, figures(v)));
      summary.put("per_category", cats);
      summary.put("confusion", ploverScorer.confusion());
      results = ploverScorer.results();
      printPlover(ploverScorer);
    } else {
      for (Level l : Level.values()) {
        summary.put(l.name().toLowerCase(Locale.ROOT), figures(triples.totals().get(l)));
      }
      summary.put("records_exactly_right", round(triples.exactRecordShare()));
      summary.put("extra_events_per_record", round(triples.extrasPerRecord()));
      Map<String, Object> cats = new LinkedHashMap<>();
      triples.byCategory().forEach((k, v) -> cats.put(k.isEmpty() ? "-" : k, figures(v.get(Level.ROOT_COUNTRY))));
      summary.put("per_category_root_country", cats);
      results = triples.results();
      printTriples(triples);
    }
    System.out.printf(Locale.ROOT, "%d records coded in %.1f s%n", gold.size(), secs);
    if (report != null) {
      writeReport(summary, results);
    }
    return baseline == null ? ExitCode.OK : checkBaseline(summary);
  }

  /** The documents named by --documents (or the demo corpus for the demo set) and where the records sit in them. */
  private GoldContext locateInDocuments(Path home, List<GoldRecord> gold) {
    Path dir;
    if (documents == null) {
      dir = set.equalsIgnoreCase("demo") ? home.resolve("demo/corpus") : null;
    } else {
      dir = documents.equalsIgnoreCase("none") ? null : Path.of(documents);
    }
    if (dir == null) {
      return null;
    }
    List<Document> docs = new ArrayList<>();
    new org.pharos.ingest.Ingestor(new InputOptions().ingestConfig()).read(List.of(dir.toString()),
        new org.pharos.ingest.IngestListener() {
          @Override
          public void onDocument(Document d) {
            docs.add(d);
          }

          @Override
          public void onProblem(org.pharos.ingest.IngestProblem p) {
            System.err.println("pharos eval: " + (p.isError() ? "error: " : "warning: ") + p);
          }
        });
    GoldContext context = GoldContext.locate(gold, docs);
    System.err.printf(Locale.ROOT, "pharos eval: %d of %d records found in the %d documents of %s; they are coded "
        + "within their documents%n", context.size(), gold.size(), docs.size(), dir);
    return context;
  }

  /** Codes the record's document (once) and keeps the events of the record's sentence. */
  private static List<CodedEvent> codeInDocument(CodingSetup setup, GoldContext.Located where,
      Map<String, CodingSetup.Coded> coded, Path cache) {
    Document d = where.document();
    CodingSetup.Coded c = coded.computeIfAbsent(d.docId(), id -> cache == null ? setup.code(d) : setup.codeCached(d, cache));
    return asserted(GoldContext.eventsIn(where, c.annotated().sentences(), c.events()));
  }

  private static List<CodedEvent> code(CodingSetup setup, GoldRecord r, Path cache) {
    Document d = new Document(r.id(), null, null, null, r.date(), r.date() == null ? DateSource.NONE : DateSource.FIELD,
        null, "en", r.text(), List.of(), List.of(), r.id());
    return asserted((cache == null ? setup.code(d) : setup.codeCached(d, cache)).events());
  }

  /** The events an evaluation counts: factual or planned ones (hypothetical and negated ones are not coded events). */
  private static List<CodedEvent> asserted(List<Event> events) {
    List<CodedEvent> out = new ArrayList<>();
    for (Event e : events) {
      if (e.modality() == null || e.modality().isFactual() || e.modality() == org.pharos.model.Modality.PLANNED) {
        out.add(CodedEvent.of(e));
      }
    }
    return out;
  }

  private static Path requireFile(Path p) {
    if (!Files.isRegularFile(p)) {
      throw new IllegalArgumentException("gold file not found: " + p
          + " (give the peer directory with --peer DIR, or a JSON Lines gold file)");
    }
    return p;
  }

  private static Map<String, Object> figures(Prf p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("precision", round(p.precision()));
    m.put("recall", round(p.recall()));
    m.put("f1", round(p.f1()));
    m.put("tp", p.tp());
    m.put("fp", p.fp());
    m.put("fn", p.fn());
    return m;
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  private static void printTriples(TripleScorer s) {
    System.out.printf(Locale.ROOT, "%-16s %s%n", "level", "figures");
    for (Level l : Level.values()) {
      System.out.printf(Locale.ROOT, "%-16s %s%n", l.name().toLowerCase(Locale.ROOT), s.totals().get(l));
    }
    System.out.printf(Locale.ROOT, "records exactly right: %.3f   extra events per record: %.3f%n",
        s.exactRecordShare(), s.extrasPerRecord());
  }

  private static void printPlover(PloverScorer s) {
    System.out.printf(Locale.ROOT, "%-12s %s%n", "category", "figures");
    s.perCategory().forEach((k, v) -> System.out.printf(Locale.ROOT, "%-12s %s%n", k, v));
    System.out.printf(Locale.ROOT, "%-12s %s%n", "ALL", s.total());
  }

  private void writeReport(Map<String, Object> summary, List<RecordResult> results) throws IOException {
    Files.createDirectories(report);
    Json.MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(report.resolve("summary.json").toFile(), summary);
    StringBuilder md = new StringBuilder("# pharos eval " + set + ": misses and extras\n\n");
    int shown = 0;
    for (RecordResult r : results) {
      if (r.missed().isEmpty() && r.extra().isEmpty()) {
        continue;
      }
      shown++;
      md.append("## ").append(r.record().id()).append(r.record().category().isEmpty() ? "" : " (" + r.record().category() + ")")
          .append("\n\n> ").append(r.record().text()).append("\n\n");
      md.append("- expected: ").append(r.record().events().isEmpty() ? "nothing" : r.record().events().stream()
          .map(g -> String.join("+", g.sources()) + " → " + String.join("+", g.targets()) + " "
              + (g.cameo() != null ? g.cameo() : g.plover())).toList()).append('\n');
      md.append("- produced: ").append(r.produced().isEmpty() ? "nothing" : r.produced()).append('\n');
      md.append("- missed: ").append(r.missed()).append("\n- extra: ").append(r.extra()).append("\n\n");
    }
    md.insert(md.indexOf("\n\n") + 2, shown + " of " + results.size() + " records have a miss or an extra.\n\n");
    Files.writeString(report.resolve("errors.md"), md.toString(), StandardCharsets.UTF_8);
    System.out.println("report written to " + report.toAbsolutePath());
  }

  /** Compares every f1 figure of this set with the baseline file's values for the same set. */
  private int checkBaseline(Map<String, Object> summary) {
    JsonNode base;
    try {
      base = Json.MAPPER.readTree(baseline.toFile()).path(set.toLowerCase(Locale.ROOT));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read baseline " + baseline + ": " + e.getMessage(), e);
    }
    if (base.isMissingNode()) {
      System.err.println("pharos: baseline " + baseline + " has no figures for '" + set + "'");
      return ExitCode.SOME_FAILED;
    }
    JsonNode now = Json.MAPPER.valueToTree(summary);
    int drops = 0;
    for (var it = base.fields(); it.hasNext(); ) {
      var f = it.next();
      String[] path = f.getKey().split("\\.");
      JsonNode cur = now;
      for (String p : path) {
        cur = cur.path(p);
      }
      double was = f.getValue().asDouble();
      double is = cur.asDouble(Double.NaN);
      boolean drop = Double.isNaN(is) || is < was - tolerance;
      System.out.printf(Locale.ROOT, "baseline %-28s %.3f -> %.3f %s%n", f.getKey(), was, is, drop ? "DROP" : "ok");
      if (drop) {
        drops++;
      }
    }
    return drops > 0 ? ExitCode.SOME_FAILED : ExitCode.OK;
  }

  private record Scored(GoldRecord record, List<CodedEvent> events) {}
}
