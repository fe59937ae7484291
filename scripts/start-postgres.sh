#!/usr/bin/env bash
# Installs PostgreSQL from Debian packages when missing, starts it on 127.0.0.1:5432 and creates the jobsmith role and
# test database. Prints the database URL to use. Safe to run again.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
if ! command -v pg_ctlcluster >/dev/null; then
  apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
fi
version=$(pg_lsclusters --no-header | awk 'NR==1 {print $1}')
cluster=$(pg_lsclusters --no-header | awk 'NR==1 {print $2}')
if [ -z "$version" ]; then
  version=$(ls /usr/lib/postgresql | sort -n | tail -1)
  cluster=main
  pg_createcluster "$version" "$cluster" >/dev/null
fi
pg_ctlcluster "$version" "$cluster" start || [ $? = 2 ]
for _ in $(seq 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
pg_isready -q -h 127.0.0.1 -p 5432
# The test suite runs many tests in parallel, each with its own connection pool.
if [ "$(su postgres -c "psql -tAc 'SHOW max_connections'")" -lt 300 ]; then
  su postgres -c "psql -q -c 'ALTER SYSTEM SET max_connections = 300'"
  pg_ctlcluster "$version" "$cluster" restart
  for _ in $(seq 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
fi
su postgres -c "psql -q -v ON_ERROR_STOP=1 -c \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'jobsmith') THEN CREATE ROLE jobsmith LOGIN CREATEDB PASSWORD 'jobsmith'; END IF; END \\\$\\\$\""
# Tests that need an empty database (first-run setup) create scratch databases.
su postgres -c "psql -q -v ON_ERROR_STOP=1 -c 'ALTER ROLE jobsmith CREATEDB'"
su postgres -c "psql -q -tAc \"SELECT 1 FROM pg_database WHERE datname = 'jobsmith_test'\"" | grep -q 1 || su postgres -c "createdb -O jobsmith jobsmith_test"
echo "postgres://jobsmith:jobsmith@127.0.0.1:5432/jobsmith_test?tlsmode=disable"
