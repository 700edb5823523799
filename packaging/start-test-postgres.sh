#!/usr/bin/env bash
# Installs and starts a local PostgreSQL for the store tests and prints the JDBC URL of a scratch
# database for COPYDESK_TEST_POSTGRES_URL. Listens on 127.0.0.1 only. Used by .ci/run; handy locally.
set -euo pipefail
if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends postgresql >&2
fi
version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
pg_lsclusters -h | awk '{print $2}' | grep -qx main || pg_createcluster "$version" main >&2
pg_ctlcluster "$version" main status >/dev/null 2>&1 || pg_ctlcluster "$version" main start >&2
port=$(pg_lsclusters -h | awk '$2 == "main" {print $3}')
as_postgres() { su postgres -c "$1" >&2; }
as_postgres "psql -p $port -tAc \"SELECT 1 FROM pg_roles WHERE rolname='copydesk'\" | grep -q 1 || psql -p $port -c \"CREATE ROLE copydesk LOGIN PASSWORD 'copydesk'\""
as_postgres "psql -p $port -tAc \"SELECT 1 FROM pg_database WHERE datname='copydesk_test'\" | grep -q 1 || createdb -p $port -O copydesk copydesk_test"
echo "jdbc:postgresql://127.0.0.1:$port/copydesk_test?user=copydesk&password=copydesk"
