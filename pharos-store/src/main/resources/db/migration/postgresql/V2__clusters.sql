-- Persisted event clusters (org.pharos.store.ClusterRepository): which cluster every clustered
-- event belongs to, with the blocking keys an incremental update looks candidates up by (type,
-- days, country dyad); one JSON
-- record per cluster; which documents' current events the clusters reflect; and the settings of
-- the last full build.
CREATE TABLE cluster_members (
  doc_id TEXT NOT NULL,
  event_id TEXT NOT NULL,
  cluster_id TEXT NOT NULL,
  type_key TEXT,
  day_start BIGINT,
  day_end BIGINT,
  source_country TEXT,
  target_country TEXT
);
CREATE INDEX cluster_members_doc ON cluster_members (doc_id);
CREATE INDEX cluster_members_cluster ON cluster_members (cluster_id);
CREATE INDEX cluster_members_block ON cluster_members (type_key, day_start, day_end);

CREATE TABLE clusters (
  cluster_id TEXT NOT NULL,
  event_date TEXT,
  plover TEXT,
  source_code TEXT,
  target_code TEXT,
  reports INTEGER NOT NULL,
  sources INTEGER NOT NULL,
  disputed BOOLEAN NOT NULL,
  record_json TEXT NOT NULL
);
CREATE INDEX clusters_id ON clusters (cluster_id);

CREATE TABLE clustered_documents (
  doc_id TEXT NOT NULL
);
CREATE INDEX clustered_documents_doc ON clustered_documents (doc_id);

CREATE TABLE cluster_state (
  name TEXT NOT NULL,
  value TEXT NOT NULL
);
