-- Pharos store schema, DuckDB dialect. Dates are ISO text as written (possibly partial);
-- date_start is the first day of an event's date for range queries. JSON columns are text.
-- Events have no primary key here: DuckDB (1.1) rejects a delete + re-insert of the same key in
-- one transaction, which replaceEvents needs; the store enforces uniqueness per document version.
CREATE SEQUENCE run_id_seq START 1;
CREATE SEQUENCE run_failure_seq START 1;

CREATE TABLE documents (
  doc_id VARCHAR NOT NULL,
  version INTEGER NOT NULL,
  is_latest BOOLEAN NOT NULL,
  content_hash VARCHAR NOT NULL,
  url VARCHAR,
  outlet VARCHAR,
  title VARCHAR,
  author VARCHAR,
  date VARCHAR,
  date_source VARCHAR,
  lang VARCHAR,
  text VARCHAR NOT NULL,
  "references" VARCHAR NOT NULL,
  removed VARCHAR NOT NULL,
  ingested_at TIMESTAMP NOT NULL,
  coder_version VARCHAR,
  origin VARCHAR,
  PRIMARY KEY (doc_id, version)
);
CREATE INDEX documents_content_hash ON documents (content_hash);
CREATE INDEX documents_url ON documents (url);

CREATE TABLE events (
  event_id VARCHAR NOT NULL,
  doc_id VARCHAR NOT NULL,
  doc_version INTEGER NOT NULL,
  is_current BOOLEAN NOT NULL,
  sentence_index INTEGER NOT NULL,
  sentence VARCHAR,
  trigger VARCHAR,
  source_text VARCHAR,
  source_name VARCHAR,
  source_code VARCHAR,
  source_country VARCHAR,
  source_sector VARCHAR,
  source_affiliation VARCHAR,
  target_text VARCHAR,
  target_name VARCHAR,
  target_code VARCHAR,
  target_country VARCHAR,
  target_sector VARCHAR,
  target_affiliation VARCHAR,
  cameo VARCHAR,
  cameo_root VARCHAR,
  quad_class INTEGER NOT NULL,
  goldstein DOUBLE NOT NULL,
  plover VARCHAR,
  plover_mode VARCHAR,
  modality VARCHAR,
  date VARCHAR,
  date_end VARCHAR,
  date_precision VARCHAR,
  date_source VARCHAR,
  date_start DATE,
  location_name VARCHAR,
  location_country VARCHAR,
  location_lat DOUBLE,
  location_lon DOUBLE,
  confidence DOUBLE NOT NULL,
  outlet VARCHAR,
  url VARCHAR
);
-- Actor, dyad, date and type queries are columnar scans pruned by DuckDB's automatic min-max zone
-- maps; ART indexes serve only point look-ups (DuckDB does not use them for LIKE prefixes or ranges)
-- and each one slows loading, so events get only the per-document index that recoding needs.
CREATE INDEX events_doc ON events (doc_id, doc_version);

CREATE TABLE event_quantities (
  doc_id VARCHAR NOT NULL,
  doc_version INTEGER NOT NULL,
  event_id VARCHAR NOT NULL,
  ordinal INTEGER NOT NULL,
  kind VARCHAR,
  min DOUBLE,
  max DOUBLE,
  qualifier VARCHAR,
  text VARCHAR,
  unit VARCHAR
);
CREATE INDEX event_quantities_event ON event_quantities (doc_id, doc_version, event_id);

CREATE TABLE ingestion_runs (
  run_id BIGINT PRIMARY KEY DEFAULT nextval('run_id_seq'),
  started TIMESTAMP NOT NULL,
  finished TIMESTAMP,
  command VARCHAR NOT NULL,
  inputs VARCHAR NOT NULL,
  docs_read BIGINT,
  docs_stored BIGINT,
  docs_skipped BIGINT,
  docs_failed BIGINT
);

CREATE TABLE run_failures (
  failure_id BIGINT PRIMARY KEY DEFAULT nextval('run_failure_seq'),
  run_id BIGINT NOT NULL,
  input VARCHAR NOT NULL,
  reason VARCHAR NOT NULL,
  recorded_at TIMESTAMP NOT NULL
);
CREATE INDEX run_failures_run ON run_failures (run_id);
