#!/usr/bin/env bash
# Benchmarks the public side of publishing on this machine, in one run: a release build of jobsmith serving a posting
# page, the board list and the job-board JSON API, beside nginx serving the same posting page bytes as a static file,
# and the same build's /health/live as the baseline. Prints a Markdown table (requests/s and p99 latency of
# `wrk -t2 -c64 -d10s`); with --record it is also appended to docs/benchmarks.md.
#
# Usage: scripts/bench-publishing.sh [--record]
#   BENCH_DURATION (default 10s) and BENCH_POSTINGS (default 10, at most 12) change the run.
# Needs root for apt-get (nginx and wrk are installed from Debian packages when missing) and for running nginx.
# The release build takes about 10 minutes the first time on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
record=false
[ "${1:-}" = "--record" ] && record=true
duration=${BENCH_DURATION:-10s}
postings=${BENCH_POSTINGS:-10}

export DEBIAN_FRONTEND=noninteractive
missing=()
command -v nginx >/dev/null || missing+=(nginx)
command -v wrk >/dev/null || missing+=(wrk)
command -v python3 >/dev/null || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ -n "${BENCH_BIN:-}" ]; then
  # Only for checking this script quickly (e.g. with a debug build); such figures mean nothing.
  bin=$BENCH_BIN
else
  echo "Building jobsmith (release)…" >&2
  swift build -c release --product jobsmith >&2
  bin=$(swift build -c release --show-bin-path)/jobsmith
fi

work=$(mktemp -d)
server=""
nginx_pid=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  if [ -n "$nginx_pid" ]; then kill "$nginx_pid" 2>/dev/null || true; wait "$nginx_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'echo "bench-publishing: failed at line $LINENO" >&2' ERR
wait_for() { # url, what
  for _ in $(seq 300); do curl -sf "$1" >/dev/null && return 0; sleep 0.2; done
  echo "bench-publishing: $2 did not start" >&2
  return 1
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port=$(free_port)
nginx_port=$(free_port)
base="http://127.0.0.1:$port"

"$bin" org create bench --name "Bench Corp" --data-dir "$work/data" >/dev/null
token=$("$bin" token create --org bench --data-dir "$work/data")
# Per-request log lines would measure the terminal, not the server.
"$bin" serve --port "$port" --data-dir "$work/data" --log-level warning --rate-limit 100000000 --address-rate-limit 100000000 &
server=$!
wait_for "$base/health/live" "jobsmith"

# Realistic job descriptions: built-in templates with their placeholders filled in and the facts of a real job.
# Publishing refuses documents with lint errors; should a template have one, it is published with force (and said so).
templates=(backend-developer frontend-developer data-engineer product-designer product-manager recruiter
  sales-manager marketing-manager customer-success-manager devops-engineer qa-engineer data-analyst)
published=0
for slug in "${templates[@]}"; do
  [ "$published" -ge "$postings" ] && break
  python3 - "$(ls Sources/JobsmithLibrary/Templates/*/"$slug".json)" "$published" >"$work/doc.json" <<'PY'
import json, sys
template = json.load(open(sys.argv[1]))
index = int(sys.argv[2])
for key in ("slug", "department", "level", "family", "occupationalCategory", "tags"):
    template.pop(key, None)
text = json.dumps(template).replace("{{company}}", "Bench Corp").replace("{{team}}", "the Platform team")
document = json.loads(text)
document.setdefault("benefits", ["Health, dental and vision insurance", "401(k) with 4% match", "25 days of paid leave"])
document["salary"] = {"min": 120000 + 5000 * index, "max": 150000 + 5000 * index, "currency": "USD", "period": "year"}
document["location"] = [{"city": "Denver", "region": "CO", "country": "US"}, {"city": "Austin", "region": "TX", "country": "US"},
                        {"country": "US"}][index % 3]
document["workplaceType"] = ["hybrid", "onsite", "remote"][index % 3]
document["employmentType"] = "full_time"
print(json.dumps(document))
PY
  id=$(curl -sf -X POST "$base/api/v1/job-descriptions" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' --data-binary @"$work/doc.json" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  body='{"applyUrl": "https://bench.example/careers/apply", "validThrough": "2099-12-31T23:59:59Z"}'
  status=$(curl -s -o "$work/posting.json" -w '%{http_code}' -X POST "$base/api/v1/job-descriptions/$id/publish" \
    -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "$body")
  if [ "$status" = 422 ]; then
    echo "note: $slug has lint errors; publishing it with force" >&2
    body='{"applyUrl": "https://bench.example/careers/apply", "validThrough": "2099-12-31T23:59:59Z", "force": true}'
    status=$(curl -s -o "$work/posting.json" -w '%{http_code}' -X POST "$base/api/v1/job-descriptions/$id/publish" \
      -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "$body")
  fi
  [ "$status" = 200 ] || { echo "publishing $slug failed ($status): $(cat "$work/posting.json")" >&2; exit 1; }
  if [ "$published" -eq 0 ]; then
    posting_path=$(python3 -c 'import json,sys,urllib.parse; print(urllib.parse.urlparse(json.load(open(sys.argv[1]))["url"]).path)' \
      "$work/posting.json")
  fi
  published=$((published + 1))
done

# nginx serves the posting page's exact bytes as a static file.
mkdir -p "$work/static" "$work/nginx-temp"
curl -sf "$base$posting_path" -o "$work/static/posting.html"
page_bytes=$(wc -c <"$work/static/posting.html")
cat >"$work/nginx.conf" <<EOF
user root;
worker_processes auto;
daemon off;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  client_body_temp_path $work/nginx-temp/body;
  proxy_temp_path $work/nginx-temp/proxy;
  fastcgi_temp_path $work/nginx-temp/fastcgi;
  uwsgi_temp_path $work/nginx-temp/uwsgi;
  scgi_temp_path $work/nginx-temp/scgi;
  types { text/html html; }
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/static;
  }
}
EOF
nginx -c "$work/nginx.conf" &
nginx_pid=$!
wait_for "http://127.0.0.1:$nginx_port/posting.html" "nginx"

# name|url
targets=(
  "/health/live|$base/health/live"
  "posting page|$base$posting_path"
  "board list|$base/boards/bench"
  "job-board API list|$base/api/v1/boards/bench/jobs"
  "nginx, same page bytes|http://127.0.0.1:$nginx_port/posting.html"
)
declare -A rps p99
for target in "${targets[@]}"; do
  name=${target%%|*}
  url=${target#*|}
  wrk -t2 -c64 -d2s "$url" >/dev/null # warm-up
  out=$(wrk -t2 -c64 -d"$duration" --latency "$url")
  echo "$out" >&2
  if grep -q "Non-2xx" <<<"$out"; then echo "error: $name answered non-2xx responses" >&2; exit 1; fi
  rps[$name]=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p99[$name]=$(awk '$1 == "99%" {print $2}' <<<"$out")
done

ratio() { python3 -c "print(f'{100 * float(\"$1\") / float(\"$2\"):.0f}%')"; }
health=${rps[/health/live]}
nginx_rps=${rps[nginx, same page bytes]}
table="| target | requests/s | p99 | vs /health/live | vs nginx |
| --- | ---: | ---: | ---: | ---: |"
for target in "${targets[@]}"; do
  name=${target%%|*}
  table+="
| $name | ${rps[$name]} | ${p99[$name]} | $(ratio "${rps[$name]}" "$health") | $(ratio "${rps[$name]}" "$nginx_rps") |"
done
header="### $(date -u +%Y-%m-%d) — $(git rev-parse --short HEAD), $(nproc) cores, wrk -t2 -c64 -d$duration, SQLite, $published postings, page $page_bytes bytes"
goals="Goals: posting page ≥ 90% of /health/live and ≥ 30% of nginx with p99 < 10 ms; board list and API ≥ 50% of /health/live."
printf '\n%s\n\n%s\n\n%s\n' "$header" "$table" "$goals"
if $record; then
  printf '\n%s\n\n%s\n' "$header" "$table" >>docs/benchmarks.md
  echo "Appended to docs/benchmarks.md" >&2
fi
