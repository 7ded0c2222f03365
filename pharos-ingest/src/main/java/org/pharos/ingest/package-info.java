/**
 * Ingestion: turns files, directories, stdin and RSS/Atom feeds into {@link org.pharos.model.Document}s
 * with metadata and a cleaned body, reporting every bad input as an {@link
 * org.pharos.ingest.IngestProblem} without stopping the batch. Entry point: {@link
 * org.pharos.ingest.Ingestor}.
 */
package org.pharos.ingest;
