#!/usr/bin/env bash
# Makes a local PostgreSQL server available for the pharos-store tests and prints the URL to put in
# PHAROS_TEST_PG. Idempotent: when a server already answers on $PG_HOST:$PG_PORT it only makes sure
# the role and database exist. Needs root (or a user that may run apt-get and su postgres).
#
#   export PHAROS_TEST_PG="$(.ci/postgres.sh | tail -n 1)"
#   ./mvnw -pl pharos-store verify
set -euo pipefail

PG_HOST="${PG_HOST:-127.0.0.1}"
PG_PORT="${PG_PORT:-5432}"
PG_USER="${PG_USER:-pharos}"
PG_PASSWORD="${PG_PASSWORD:-pharos}"
PG_DB="${PG_DB:-pharos_test}"

log() { echo "postgres.sh: $*" >&2; }

as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"; else su postgres -c "$(printf '%q ' "$@")"; fi
}

reachable() {
  if command -v pg_isready >/dev/null 2>&1; then
    pg_isready -q -h "$PG_HOST" -p "$PG_PORT"
  else
    (exec 3<>"/dev/tcp/$PG_HOST/$PG_PORT") 2>/dev/null
  fi
}

if ! reachable; then
  if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    log "no server on $PG_HOST:$PG_PORT and PostgreSQL is not installed: installing Debian's postgresql"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq postgresql >/dev/null
  fi
  version="$(pg_lsclusters -h | awk 'NR==1 {print $1}')"
  cluster="$(pg_lsclusters -h | awk 'NR==1 {print $2}')"
  if [ -z "$version" ]; then
    version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
    cluster=main
    log "creating cluster $version/$cluster"
    pg_createcluster "$version" "$cluster" -p "$PG_PORT" >/dev/null
  fi
  log "starting cluster $version/$cluster"
  pg_ctlcluster "$version" "$cluster" start || service postgresql start
  for _ in $(seq 1 30); do reachable && break; sleep 1; done
  reachable || { log "server did not come up on $PG_HOST:$PG_PORT"; exit 1; }
fi

# Role and database (idempotent). Values go through psql variables, not string pasting.
as_postgres psql -q -v ON_ERROR_STOP=1 -p "$PG_PORT" -v u="$PG_USER" -v p="$PG_PASSWORD" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'u', :'p')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'u') \gexec
SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', :'u', :'p') \gexec
SQL
for db in "$PG_DB" pharos; do
  as_postgres psql -q -v ON_ERROR_STOP=1 -p "$PG_PORT" -v u="$PG_USER" -v d="$db" <<'SQL'
SELECT format('CREATE DATABASE %I OWNER %I', :'d', :'u')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'d') \gexec
SQL
done

echo "postgresql://$PG_USER:$PG_PASSWORD@$PG_HOST:$PG_PORT/$PG_DB"
