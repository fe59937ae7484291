#!/usr/bin/env bash
# Benchmark of moving an organization (not a test): generates an export of one organization with DESCRIPTIONS job
# descriptions (default 5,000) of 10 versions each, then times `jobsmith import-org` and `jobsmith export` with their
# peak memory on a scratch SQLite database and, when JOBSMITH_TEST_DATABASE_URL (or DATABASE_URL) names a PostgreSQL
# server, on a scratch database there (dropped afterwards), and checks that both engines export the same lines.
# JOBSMITH_BIN picks the binary (default: the debug build). Prints a Markdown table for docs/benchmarks.md.
# Usage: scripts/bench-transfer.sh [DESCRIPTIONS]
set -euo pipefail
cd "$(dirname "$0")/.."
descriptions=${1:-5000}
bin=${JOBSMITH_BIN:-$(swift build --show-bin-path)/jobsmith}
work=$(mktemp -d)
scratch=""
postgres_url=${JOBSMITH_TEST_DATABASE_URL:-${DATABASE_URL:-}}
cleanup() {
  [ -n "$scratch" ] && psql "${postgres_url%%\?*}" -q -c "DROP DATABASE IF EXISTS $scratch WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
python3 - "$work/org.jsonl" "$descriptions" <<'PY'
import json, sys, uuid
path, count = sys.argv[1], int(sys.argv[2])
document = json.dumps({"title": "Backend Developer", "summary": "Build the services. " * 40,
                       "responsibilities": ["Design and build REST APIs", "Write tests", "Review code"] * 5}, sort_keys=True)
with open(path, "w") as out:
    def line(record):
        out.write(json.dumps(record, sort_keys=True, separators=(",", ":")) + "\n")
    line({"type": "header", "format": "jobsmith-organization", "formatVersion": 1, "exportedAt": "2026-12-03T07:00:00.000Z"})
    line({"type": "organization", "id": str(uuid.uuid4()).upper(), "slug": "bigco", "name": "Big Co", "createdAt": "2026-01-01T00:00:00.000Z"})
    records = 1
    for number in range(count):
        job = str(uuid.uuid4()).upper()
        line({"type": "job_description", "id": job, "title": f"Backend Developer {number}", "status": "draft", "version": 10,
              "document": document, "createdAt": "2026-01-01T00:00:00.000Z", "updatedAt": "2026-01-02T00:00:00.123456Z"})
        for version in range(1, 11):
            line({"type": "version", "id": str(uuid.uuid4()).upper(), "jobDescriptionID": job, "number": version,
                  "document": document, "author": "seed", "createdAt": f"2026-01-01T00:00:{version:02d}.001Z"})
        records += 11
    line({"type": "end", "records": records})
PY
echo "$(wc -l <"$work/org.jsonl") lines, $(du -m "$work/org.jsonl" | cut -f1) MB"
echo "| step | time | max resident memory |"
echo "| --- | --- | --- |"
timed() { # label, command...
  local label=$1
  shift
  /usr/bin/time -f "| $label | %e s | %M KB |" "$@" >/dev/null 2>"$work/time" || { cat "$work/time"; exit 1; }
  tail -n 1 "$work/time"
}
timed "import-org into SQLite" "$bin" import-org "$work/org.jsonl" --data-dir "$work/sqlite"
timed "export from SQLite" "$bin" export --org bigco --to "$work/sqlite.jsonl" --data-dir "$work/sqlite"
if [ -n "$postgres_url" ]; then
  scratch="jobsmith_bench_transfer_$$"
  psql "${postgres_url%%\?*}" -q -c "CREATE DATABASE $scratch" >/dev/null
  base=${postgres_url%%\?*}
  query=${postgres_url#"$base"}
  url="${base%/*}/$scratch$query"
  timed "import-org into PostgreSQL" "$bin" import-org "$work/sqlite.jsonl" --database-url "$url"
  timed "export from PostgreSQL" "$bin" export --org bigco --to "$work/postgres.jsonl" --database-url "$url"
  if cmp -s <(tail -n +2 "$work/sqlite.jsonl") <(tail -n +2 "$work/postgres.jsonl"); then
    echo "Both engines export the same lines after the header."
  else
    echo "The engines' exports differ." && exit 1
  fi
fi
