#!/usr/bin/env bash
# Write-path benchmark (not a test). Builds a release binary and measures, on 127.0.0.1 only, in one run:
#   1. the machine's durable SQLite limit: transactions/s of two ~3 KB inserts each, WAL with synchronous=FULL, on the
#      same file system as the server's database (Python's sqlite3, one connection);
#   2. job-description creates/s through POST /api/v1/job-descriptions (wrk, 8 connections, SECONDS seconds) on a
#      scratch SQLite database, and on a scratch PostgreSQL database when JOBSMITH_TEST_DATABASE_URL (or
#      DATABASE_URL) names a server whose role may create databases (dropped afterwards).
# Prints a Markdown table for docs/benchmarks.md. Usage: scripts/bench-writes.sh [SECONDS]
#   JOBSMITH_BIN: a release binary built already.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
export DEBIAN_FRONTEND=noninteractive
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
bin=${JOBSMITH_BIN:-}
[ -n "$bin" ] || { swift build -c release --product jobsmith >/dev/null && bin=$(swift build -c release --show-bin-path)/jobsmith; }
work=$(mktemp -d "${TMPDIR:-/tmp}/jobsmith-bench.XXXXXX")
server=""
scratch=""
postgres_url=${JOBSMITH_TEST_DATABASE_URL:-${DATABASE_URL:-}}
stop_server() {
  [ -n "$server" ] && { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; }
  server=""
}
cleanup() {
  stop_server
  [ -n "$scratch" ] && psql "${postgres_url%%\?*}" -q -c "DROP DATABASE IF EXISTS $scratch WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# The request: the Backend Developer template as a document (about 3 KB of JSON), as wrk's Lua script.
python3 - "$work/create.lua" <<'PY'
import json, sys
template = json.load(open("Sources/JobsmithLibrary/Templates/engineering/backend-developer.json"))
document = {key: value for key, value in template.items() if key not in ("slug", "department", "level", "family", "occupationalCategory", "tags")}
body = json.dumps(document).replace("{{company}}", "Acme").replace("{{team}}", "the Platform team")
with open(sys.argv[1], "w") as lua:
    lua.write('wrk.method = "POST"\n')
    lua.write('wrk.headers["Content-Type"] = "application/json"\n')
    lua.write("wrk.body = " + json.dumps(body) + "\n")
PY

raw=$(python3 - "$work/raw.sqlite" "$seconds" <<'PY'
import os, sqlite3, sys, time
path, seconds = sys.argv[1], float(sys.argv[2])
connection = sqlite3.connect(path, isolation_level=None)
connection.execute("PRAGMA journal_mode=WAL")
connection.execute("PRAGMA synchronous=FULL")
connection.execute("CREATE TABLE a (id INTEGER PRIMARY KEY, body TEXT)")
connection.execute("CREATE TABLE b (id INTEGER PRIMARY KEY, body TEXT)")
payload = os.urandom(1536).hex()
count, started = 0, time.perf_counter()
while time.perf_counter() - started < seconds:
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("INSERT INTO a (body) VALUES (?)", (payload,))
    connection.execute("INSERT INTO b (body) VALUES (?)", (payload,))
    connection.execute("COMMIT")
    count += 1
print(f"{count / (time.perf_counter() - started):.0f}")
PY
)

port=$((20000 + RANDOM % 20000))
base="http://127.0.0.1:$port"
measure() { # label, database arguments...
  local label=$1
  shift
  local slug="bench$RANDOM"
  "$bin" org create "$slug" --name "Bench Org" "$@" >/dev/null
  local token
  token=$("$bin" token create --org "$slug" "$@")
  # Rate limits stay on, raised out of reach, so the figures include counting each request.
  "$bin" serve --port "$port" --log-level error --rate-limit 100000000 --address-rate-limit 100000000 "$@" >/dev/null &
  server=$!
  for _ in $(seq 100); do curl -sf "$base/health/live" >/dev/null && break; sleep 0.1; done
  local out
  out=$(wrk -t2 -c8 -d"${seconds}s" --latency -s "$work/create.lua" -H "Authorization: Bearer $token" "$base/api/v1/job-descriptions")
  local rps p99 errors
  rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx/ {print $5}' <<<"$out")
  printf '| %s | %s | %s | %s | %s%% |\n' "$label" "$rps" "$p99" "${errors:-0}" "$((100 * rps / raw))"
  stop_server
}

echo "durable SQLite limit on this file system (WAL, synchronous=FULL, two ~3 KB inserts per transaction): $raw transactions/s"
echo
echo "| creates through the API (wrk -t2 -c8 -d${seconds}s) | creates/s | p99 | non-2xx | of the SQLite limit |"
echo "| --- | ---: | ---: | ---: | ---: |"
mkdir -p "$work/sqlite"
measure "SQLite" --data-dir "$work/sqlite"
if [ -n "$postgres_url" ]; then
  scratch="jobsmith_bench_$(date +%s)_$RANDOM"
  psql "${postgres_url%%\?*}" -q -c "CREATE DATABASE $scratch" >/dev/null
  url=$(python3 -c 'import sys, urllib.parse as u; p = u.urlsplit(sys.argv[1]); print(u.urlunsplit(p._replace(path="/" + sys.argv[2])))' "$postgres_url" "$scratch")
  measure "PostgreSQL" --database-url "$url"
fi
