#!/usr/bin/env bash
# API benchmark (not a test): builds a release binary, starts it on a scratch SQLite database (or on a scratch
# PostgreSQL database when BENCH_POSTGRES_URL is set) and measures, on 127.0.0.1 only:
#   1. wrk -t2 -c64 against /health/live and GET one job description as JSON, in the same run;
#   2. template-search latency through the API (p50/p95/p99 of sequential requests) with the built-in library, then
#      with 10,000 generated templates added.
# Usage: scripts/bench-api.sh [SECONDS_PER_WRK_RUN]
#   BENCH_POSTGRES_URL=postgres://USER:PASSWORD@127.0.0.1:5432/postgres?tlsmode=disable scripts/bench-api.sh
# names a server and a role that may create databases: the script creates a database of its own there (jobsmith_bench_…)
# and drops it when it ends.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
export DEBIAN_FRONTEND=noninteractive
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
# JOBSMITH_BIN: a release binary built already.
bin=${JOBSMITH_BIN:-}
[ -n "$bin" ] || { swift build -c release --product jobsmith >/dev/null && bin=$(swift build -c release --show-bin-path)/jobsmith; }
work=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
database=(--data-dir "$work")
scratch=""
server=""
cleanup() {
  [ -n "$server" ] && { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; }
  [ -n "$scratch" ] && psql "$admin_url" -qc "DROP DATABASE IF EXISTS $scratch WITH (FORCE)" >/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
if [ -n "${BENCH_POSTGRES_URL:-}" ]; then
  command -v psql >/dev/null || { apt-get update -qq && apt-get install -y -qq postgresql-client >/dev/null; }
  admin_url=${BENCH_POSTGRES_URL%%\?*}
  scratch="jobsmith_bench_$$_$RANDOM"
  psql "$admin_url" -qc "CREATE DATABASE $scratch" >/dev/null
  url=$(python3 -c 'import sys, urllib.parse as u; p = u.urlsplit(sys.argv[1]); print(u.urlunsplit(p._replace(path="/" + sys.argv[2])))' \
    "$BENCH_POSTGRES_URL" "$scratch")
  database=(--database-url "$url")
fi
slug="bench$RANDOM"
"$bin" org create "$slug" --name "Bench Org" "${database[@]}" >/dev/null
token=$("$bin" token create --org "$slug" "${database[@]}")
# The rate limits stay on, raised out of reach, so the figures include counting every request.
"$bin" serve --port "$port" --log-level error --rate-limit 100000000 --address-rate-limit 100000000 "${database[@]}" &
server=$!
base="http://127.0.0.1:$port"
for _ in $(seq 100); do curl -sf "$base/health/live" >/dev/null && break; sleep 0.1; done
id=$(curl -sf -X POST "$base/api/v1/job-descriptions" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d '{"template": "backend-developer", "salary": {"min": 120000, "max": 150000, "currency": "USD", "period": "year"}}' |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')

rate() { # label, extra wrk arguments..., url
  local label=$1
  shift
  local out
  out=$(wrk -t2 -c64 -d"${seconds}s" --latency "$@")
  local rps p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx/ {print $5}' <<<"$out")
  printf '| %s | %s | %s | %s |\n' "$label" "$rps" "$p99" "${errors:-0}"
}

echo "| endpoint (wrk -t2 -c64 -d${seconds}s) | requests/s | p99 | non-2xx |"
echo "| --- | --- | --- | --- |"
rate "GET /health/live" "$base/health/live"
rate "GET /api/v1/job-descriptions/{id} (JSON)" -H "Authorization: Bearer $token" "$base/api/v1/job-descriptions/$id"
rate "GET /health/live (again)" "$base/health/live"

search_latency() { # label
  python3 - "$base" "$token" "$1" <<'PY'
import http.client, statistics, sys, time, urllib.parse
base, token, label = sys.argv[1], sys.argv[2], sys.argv[3]
host, port = base.split("//")[1].split(":")
queries = ["backend engineer", "people ops", "prod des", "nurse", "data", "sales manager", "devops", "customer",
           "senior", "warehouse", "accountant", "marketing", "design lead", "legal counsel", "chef", "driver"]
conn = http.client.HTTPConnection(host, int(port))
samples = []
for round in range(40):
    for q in queries:
        started = time.perf_counter()
        conn.request("GET", "/api/v1/templates?q=" + urllib.parse.quote(q), headers={"Authorization": "Bearer " + token})
        response = conn.getresponse(); response.read()
        assert response.status == 200, response.status
        samples.append((time.perf_counter() - started) * 1000)
samples.sort()
pick = lambda p: samples[min(len(samples) - 1, int(len(samples) * p))]
print(f"| {label} | {len(samples)} | {pick(0.5):.2f} ms | {pick(0.95):.2f} ms | {pick(0.99):.2f} ms |")
PY
}

echo
echo "| template search through the API | requests | p50 | p95 | p99 |"
echo "| --- | --- | --- | --- | --- |"
builtin=$(curl -sf "$base/api/v1/templates?limit=1" -H "Authorization: Bearer $token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
search_latency "built-in library ($builtin templates)"
python3 - "$base" "$token" <<'PY'
import http.client, json, random, sys
base, token = sys.argv[1], sys.argv[2]
host, port = base.split("//")[1].split(":")
random.seed(1)
roles = ["Engineer", "Developer", "Analyst", "Manager", "Designer", "Specialist", "Coordinator", "Consultant", "Lead", "Nurse",
         "Accountant", "Recruiter", "Driver", "Chef", "Technician", "Administrator", "Scientist", "Architect", "Writer", "Agent"]
areas = ["Backend", "Frontend", "Data", "Platform", "Security", "Payments", "Mobile", "Cloud", "Support", "Sales", "Finance",
         "People", "Logistics", "Hospitality", "Clinical", "Marketing", "Growth", "Product", "Quality", "Compliance"]
levels = ["entry", "junior", "mid", "senior", "lead", "manager", "director"]
departments = ["engineering", "data", "product", "design", "marketing", "sales", "customer-success", "people", "finance",
               "operations", "legal", "healthcare", "hospitality", "logistics"]
words = "plan build review ship measure improve support customers teams services reports budgets patients orders".split()
conn = http.client.HTTPConnection(host, int(port))
for n in range(10000):
    title = f"{random.choice(areas)} {random.choice(roles)} {n}"
    body = {"slug": f"generated-{n}", "department": random.choice(departments), "level": random.choice(levels),
            "tags": [random.choice(areas).lower(), random.choice(roles).lower()],
            "document": {"title": title, "summary": " ".join(random.choice(words) for _ in range(40)),
                         "responsibilities": [" ".join(random.choice(words) for _ in range(10)) for _ in range(6)],
                         "requirements": [" ".join(random.choice(words) for _ in range(8)) for _ in range(5)],
                         "tools": ["Swift", "PostgreSQL", "Excel"]}}
    conn.request("POST", "/api/v1/templates", body=json.dumps(body),
                 headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    response = conn.getresponse(); response.read()
    assert response.status == 201, (response.status, n)
PY
rss_before=$(ps -o rss= -p "$server")
search_latency "with 10,000 generated templates ($((builtin + 10000)))"
rss_after=$(ps -o rss= -p "$server")
echo
echo "server memory (RSS) before and after the searches over 10,000 templates built their catalog: $((rss_before / 1024)) MiB, $((rss_after / 1024)) MiB"
