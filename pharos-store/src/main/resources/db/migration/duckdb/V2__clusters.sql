-- Persisted event clusters (org.pharos.store.ClusterRepository): which cluster every clustered
-- event belongs to, with the blocking keys an incremental update looks candidates up by (type,
-- days, country dyad); one JSON
-- record per cluster; which documents' current events the clusters reflect; and the settings of
-- the last full build. No primary keys (DuckDB rejects a delete and re-insert of one key in a
-- transaction): the store deletes before it inserts.
CREATE TABLE cluster_members (
  doc_id VARCHAR NOT NULL,
  event_id VARCHAR NOT NULL,
  cluster_id VARCHAR NOT NULL,
  type_key VARCHAR,
  day_start BIGINT,
  day_end BIGINT,
  source_country VARCHAR,
  target_country VARCHAR
);
CREATE INDEX cluster_members_doc ON cluster_members (doc_id);
CREATE INDEX cluster_members_cluster ON cluster_members (cluster_id);
CREATE INDEX cluster_members_type ON cluster_members (type_key);

CREATE TABLE clusters (
  cluster_id VARCHAR NOT NULL,
  event_date VARCHAR,
  plover VARCHAR,
  source_code VARCHAR,
  target_code VARCHAR,
  reports INTEGER NOT NULL,
  sources INTEGER NOT NULL,
  disputed BOOLEAN NOT NULL,
  record_json VARCHAR NOT NULL
);
CREATE INDEX clusters_id ON clusters (cluster_id);

CREATE TABLE clustered_documents (
  doc_id VARCHAR NOT NULL
);
CREATE INDEX clustered_documents_doc ON clustered_documents (doc_id);

CREATE TABLE cluster_state (
  name VARCHAR NOT NULL,
  value VARCHAR NOT NULL
);

-- Incremental clustering reads the events of a few documents at a time: DuckDB scans an ART index
-- only for a single column (not for the composite keys above), so these make those reads point
-- look-ups instead of scans of the whole store.
CREATE INDEX documents_doc_id ON documents (doc_id);
CREATE INDEX events_doc_id ON events (doc_id);
CREATE INDEX event_quantities_doc_id ON event_quantities (doc_id);
