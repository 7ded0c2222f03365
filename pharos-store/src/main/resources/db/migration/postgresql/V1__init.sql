-- Pharos store schema, PostgreSQL dialect. Dates are ISO text as written (possibly partial);
-- date_start is the first day of an event's date for range queries. JSON columns are text.
CREATE TABLE documents (
  doc_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  is_latest BOOLEAN NOT NULL,
  content_hash TEXT NOT NULL,
  url TEXT,
  outlet TEXT,
  title TEXT,
  author TEXT,
  date TEXT,
  date_source TEXT,
  lang TEXT,
  text TEXT NOT NULL,
  "references" TEXT NOT NULL,
  removed TEXT NOT NULL,
  ingested_at TIMESTAMP NOT NULL,
  coder_version TEXT,
  origin TEXT,
  PRIMARY KEY (doc_id, version)
);
-- One row per text: makes "stored exactly once" hold even with concurrent writers.
CREATE UNIQUE INDEX documents_content_hash ON documents (content_hash);
CREATE INDEX documents_url ON documents (url) WHERE is_latest;
CREATE UNIQUE INDEX documents_one_latest ON documents (doc_id) WHERE is_latest;

CREATE TABLE events (
  event_id TEXT NOT NULL,
  doc_id TEXT NOT NULL,
  doc_version INTEGER NOT NULL,
  is_current BOOLEAN NOT NULL,
  sentence_index INTEGER NOT NULL,
  sentence TEXT,
  trigger TEXT,
  source_text TEXT,
  source_name TEXT,
  source_code TEXT,
  source_country TEXT,
  source_sector TEXT,
  source_affiliation TEXT,
  target_text TEXT,
  target_name TEXT,
  target_code TEXT,
  target_country TEXT,
  target_sector TEXT,
  target_affiliation TEXT,
  cameo TEXT,
  cameo_root TEXT,
  quad_class INTEGER NOT NULL,
  goldstein DOUBLE PRECISION NOT NULL,
  plover TEXT,
  plover_mode TEXT,
  modality TEXT,
  date TEXT,
  date_end TEXT,
  date_precision TEXT,
  date_source TEXT,
  date_start DATE,
  location_name TEXT,
  location_country TEXT,
  location_lat DOUBLE PRECISION,
  location_lon DOUBLE PRECISION,
  confidence DOUBLE PRECISION NOT NULL,
  outlet TEXT,
  url TEXT,
  PRIMARY KEY (doc_id, doc_version, event_id),
  FOREIGN KEY (doc_id, doc_version) REFERENCES documents (doc_id, version)
);
-- text_pattern_ops so that prefix LIKE 'USA%' can use the index whatever the collation.
CREATE INDEX events_source_code ON events (source_code text_pattern_ops) WHERE is_current;
CREATE INDEX events_target_code ON events (target_code text_pattern_ops) WHERE is_current;
CREATE INDEX events_dyad ON events (source_code text_pattern_ops, target_code text_pattern_ops) WHERE is_current;
CREATE INDEX events_date_start ON events (date_start) WHERE is_current;
CREATE INDEX events_plover ON events (plover) WHERE is_current;
CREATE INDEX events_cameo ON events (cameo text_pattern_ops) WHERE is_current;
CREATE INDEX events_source_country ON events (source_country) WHERE is_current;
CREATE INDEX events_target_country ON events (target_country) WHERE is_current;

CREATE TABLE event_quantities (
  doc_id TEXT NOT NULL,
  doc_version INTEGER NOT NULL,
  event_id TEXT NOT NULL,
  ordinal INTEGER NOT NULL,
  kind TEXT,
  min DOUBLE PRECISION,
  max DOUBLE PRECISION,
  qualifier TEXT,
  text TEXT,
  unit TEXT,
  PRIMARY KEY (doc_id, doc_version, event_id, ordinal),
  FOREIGN KEY (doc_id, doc_version, event_id) REFERENCES events (doc_id, doc_version, event_id)
    ON DELETE CASCADE
);

CREATE TABLE ingestion_runs (
  run_id BIGSERIAL PRIMARY KEY,
  started TIMESTAMP NOT NULL,
  finished TIMESTAMP,
  command TEXT NOT NULL,
  inputs TEXT NOT NULL,
  docs_read BIGINT,
  docs_stored BIGINT,
  docs_skipped BIGINT,
  docs_failed BIGINT
);

CREATE TABLE run_failures (
  failure_id BIGSERIAL PRIMARY KEY,
  run_id BIGINT NOT NULL REFERENCES ingestion_runs (run_id),
  input TEXT NOT NULL,
  reason TEXT NOT NULL,
  recorded_at TIMESTAMP NOT NULL
);
CREATE INDEX run_failures_run ON run_failures (run_id);
