package org.pharos.store;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.pharos.model.Document;
import org.pharos.model.Event;

/**
 * Where coded documents and their events are kept. Open one with {@link EventStores#open(String)}:
 *
 * <pre>{@code
 * try (EventStore store = EventStores.open("./pharos-data/pharos.duckdb")) {
 *   long run = store.beginRun("pharos ingest news/", List.of("news/"));
 *   StoreResult r = store.storeDocument(doc, events, "coder-0.1");
 *   store.finishRun(run, new RunCounts(1, r.written() ? 1 : 0, r.written() ? 0 : 1, 0));
 *   List<Event> strikes = store.events(EventQuery.builder().actor("USA").type("ASSAULT").build());
 * }
 * }</pre>
 *
 * <p><b>Semantics.</b> A document is stored with its events in one transaction: either all of it is
 * visible or none (killing the process at any moment leaves no half-stored document). A text already
 * stored (same content hash) is skipped. A changed text for a known document id or URL is stored as
 * the next version; older versions are kept and every query reads the latest version only. Events are
 * keyed by (document id, version, event id), so the same stable event id in two versions never
 * collides; among current events an event id is unique.
 *
 * <p><b>Thread safety.</b> One writer, concurrent readers: write methods ({@code store*}, {@code
 * replaceEvents}, run bookkeeping) are serialized internally, so calling them from several threads is
 * safe but gains nothing; read methods may run concurrently with each other and with the writer and
 * see committed data only. A returned {@link Stream} holds a database connection: close it (use
 * try-with-resources). Only one process may open a DuckDB file at a time.
 *
 * <p>All methods report failures as {@link StoreException} with a message naming the input and the
 * reason.
 */
public interface EventStore extends AutoCloseable {

  /** A description of the store for messages ({@code duckdb:/path/x.duckdb}); never a password. */
  String describe();

  /** The schema version of the open database. */
  int schemaVersion();

  /**
   * Stores a document with its events in one transaction.
   *
   * @param doc the document
   * @param events its events; each must carry the document's id and a distinct non-null event id
   * @param coderVersion the version of the coder that produced the events, or {@code null}
   * @return stored, stored as a new version, or skipped as a duplicate
   * @throws StoreException when the input is invalid or the write failed (nothing is written then)
   */
  StoreResult storeDocument(Document doc, List<Event> events, String coderVersion);

  /**
   * Stores a batch of documents with their events in one transaction, using the fastest load path of
   * the database (DuckDB appender, PostgreSQL batched inserts). Duplicate and new-version semantics
   * are those of {@link #storeDocument}; a failure rolls back the whole batch.
   */
  BulkResult storeBulk(List<CodedDocument> batch, String coderVersion);

  /**
   * Atomically replaces the events of the latest version of a document (for re-coding).
   *
   * @return the number of events written
   * @throws StoreException when the document is unknown or the write failed (nothing changes then)
   */
  int replaceEvents(String docId, List<Event> events, String coderVersion);

  /** The latest version of every document, ordered by id, for re-coding. Close the stream. */
  Stream<Document> streamDocuments();

  /** The latest version of one document. */
  Optional<StoredDocument> document(String docId);

  /** Documents matching a query. */
  List<StoredDocument> documents(DocumentQuery query);

  /** Events matching a query, in stable order (date, document, sentence, id), with quantities. */
  List<Event> events(EventQuery query);

  /** Like {@link #events} but streamed from the database; close the stream. */
  Stream<Event> streamEvents(EventQuery query);

  /** Number of events matching a query (ignoring its limit and offset). */
  long countEvents(EventQuery query);

  /** The most frequent actor codes among the events matching a query, most frequent first. */
  List<ActorCount> actorCounts(EventQuery query, int limit);

  /**
   * Events between two actors (code prefixes) per month, direction and quad class, with the sum of
   * Goldstein scores; events without a year-month date are left out. Ordered by month, direction
   * (A → B first), quad class.
   */
  List<DyadMonth> dyadByMonth(String actorA, String actorB);

  /**
   * The persisted event clusters of this store (see {@link ClusterRepository}); the same object on
   * every call.
   */
  ClusterRepository clusterRepository();

  /** Summary figures. */
  StoreStats stats();

  /** Consistency figures (orphan events and the like); all zero in a healthy store. */
  IntegrityReport checkIntegrity();

  /** Records the start of an ingestion run and returns its id. */
  long beginRun(String command, List<String> inputs);

  /** Records an input that failed during a run. */
  void recordFailure(long runId, String input, String reason);

  /** Records the end of a run with its counts. */
  void finishRun(long runId, RunCounts counts);

  /** The most recent runs, newest first. */
  List<IngestionRun> runs(int limit);

  /** The failures recorded for a run, in the order recorded. */
  List<RunFailure> failures(long runId);

  /** Closes the store; further calls fail. */
  @Override
  void close();
}
