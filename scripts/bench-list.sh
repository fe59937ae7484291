#!/usr/bin/env bash
# Benchmark of the job-description list's title filter (not a test). Builds a release binary, seeds DESCRIPTIONS
# (default 100,000) job descriptions with varied titles through POST /api/v1/job-descriptions (8 connections,
# scripts/bench_client.py), then measures GET /api/v1/job-descriptions?q=… latency — p50/p95/p99 of sequential
# requests over a mix of common, rare, short and multi-word texts — on a scratch SQLite database and, when
# JOBSMITH_TEST_DATABASE_URL (or DATABASE_URL) names a PostgreSQL server, on a scratch database there (dropped
# afterwards). Everything runs on 127.0.0.1. Prints a Markdown table for docs/benchmarks.md.
# Usage: scripts/bench-list.sh [DESCRIPTIONS]
set -euo pipefail
cd "$(dirname "$0")/.."
descriptions=${1:-100000}
export DEBIAN_FRONTEND=noninteractive
# JOBSMITH_BIN: a release binary built already (for instance with another --scratch-path).
bin=${JOBSMITH_BIN:-}
[ -n "$bin" ] || { swift build -c release --product jobsmith >/dev/null && bin=$(swift build -c release --show-bin-path)/jobsmith; }
work=$(mktemp -d)
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
python3 - "$work/body.json" <<'PY'
import json, sys
template = json.load(open("Sources/JobsmithLibrary/Templates/engineering/backend-developer.json"))
document = {key: value for key, value in template.items() if key not in ("slug", "department", "level", "family", "occupationalCategory", "tags")}
document = json.loads(json.dumps(document).replace("{{company}}", "Acme").replace("{{team}}", "the Platform team"))
json.dump(document, open(sys.argv[1], "w"), indent=1)
PY
port=$((20000 + RANDOM % 20000))
base="http://127.0.0.1:$port"

measure() { # engine label, database arguments...
  local label=$1
  shift
  local slug="bench$RANDOM"
  "$bin" org create "$slug" --name "Bench Org" "$@" >/dev/null
  local token
  token=$("$bin" token create --org "$slug" "$@")
  "$bin" serve --port "$port" --log-level error --rate-limit 100000000 --address-rate-limit 100000000 "$@" >/dev/null &
  server=$!
  for _ in $(seq 100); do curl -sf "$base/health/live" >/dev/null && break; sleep 0.1; done
  local seeded
  seeded=$(python3 scripts/bench_client.py "$port" 8 "$descriptions" POST /api/v1/job-descriptions 201 "$token" "$work/body.json" titles |
    awk '$2 == 0 {print $3}')
  [ -n "$seeded" ] || { echo "bench-list: seeding failed" >&2; exit 1; }
  # Autovacuum analyzes the table after such a load anyway; done here so the run does not depend on its timing.
  [ "$label" = PostgreSQL ] && psql "${url%%\?*}" -q -c "ANALYZE job_descriptions" >/dev/null
  python3 - "$base" "$token" "$label" "$seeded" <<'PY'
import http.client, json, statistics, sys, time, urllib.parse
base, token, label, seeded = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
host, port = base.split("//")[1].split(":")
queries = ["engineer", "nurse", "data", "senior backend", "manager", "designer", "chicago", "ur", "zzzxqy", "#4711",
           "principal data", "scrum master", "reliability", "analyst", "sales rep", "customer success", "partner (remote)",
           "lead security engineer (berlin)", "Officer", "writer"]
conn = http.client.HTTPConnection(host, int(port))
def get(q):
    conn.request("GET", "/api/v1/job-descriptions?q=" + urllib.parse.quote(q), headers={"Authorization": "Bearer " + token})
    response = conn.getresponse(); body = response.read()
    assert response.status == 200, (response.status, body[:200])
    return body
for q in queries: get(q)  # warm-up
samples, slowest = [], {}
for round in range(20):
    for q in queries:
        started = time.perf_counter()
        get(q)
        elapsed = (time.perf_counter() - started) * 1000
        samples.append(elapsed)
        slowest[q] = max(slowest.get(q, 0), elapsed)
samples.sort()
pick = lambda p: samples[min(len(samples) - 1, int(len(samples) * p))]
worst = ", ".join(f"{q!r} {ms:.1f}" for q, ms in sorted(slowest.items(), key=lambda item: -item[1])[:3])
print(f"| {label} | {seeded} | {len(samples)} | {pick(0.5):.2f} ms | {pick(0.95):.2f} ms | {pick(0.99):.2f} ms | {worst} |")
PY
  stop_server
}

echo "| run of $(date -u +%F) | descriptions | requests | p50 | p95 | p99 | slowest texts (ms) |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | --- |"
mkdir -p "$work/sqlite"
measure "SQLite" --data-dir "$work/sqlite"
if [ -n "$postgres_url" ]; then
  scratch="jobsmith_bench_$(date +%s)_$RANDOM"
  psql "${postgres_url%%\?*}" -q -c "CREATE DATABASE $scratch" >/dev/null
  url=$(python3 -c 'import sys, urllib.parse as u; p = u.urlsplit(sys.argv[1]); print(u.urlunsplit(p._replace(path="/" + sys.argv[2])))' "$postgres_url" "$scratch")
  measure "PostgreSQL" --database-url "$url"
fi
