#!/usr/bin/env bash
# Fuzzes the web app (every form field and query parameter, signed in) and a hostile API corpus against a built
# jobsmith server on a scratch database, with scripts/fuzz_web.py. Fails on any 5xx, hang or crash.
# Usage: scripts/fuzz-web.sh [--engine sqlite|postgres] [--cases N] [--seconds S] [--seed S] [--skip-corpus]
#   postgres needs JOBSMITH_TEST_DATABASE_URL (a role that may create databases); a scratch database is made and dropped.
# The jobsmith binary must already be built (swift build --product jobsmith).
set -euo pipefail
cd "$(dirname "$0")/.."
engine=sqlite
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --engine) engine=$2; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
python3 -c "import hypothesis" 2>/dev/null || python3 -m pip install -q --disable-pip-version-check hypothesis
bin=$(swift build --show-bin-path)/jobsmith
work=$(mktemp -d)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
database=(--data-dir "$work")
scratch=""
if [ "$engine" = postgres ]; then
  : "${JOBSMITH_TEST_DATABASE_URL:?set JOBSMITH_TEST_DATABASE_URL to fuzz on PostgreSQL}"
  scratch="jobsmith_fuzz_$(date +%s)_$RANDOM"
  admin_url=$JOBSMITH_TEST_DATABASE_URL
  psql "${admin_url%%\?*}" -q -c "CREATE DATABASE $scratch" >/dev/null
  url=$(python3 -c 'import sys, urllib.parse as u; p = u.urlsplit(sys.argv[1]); print(u.urlunsplit(p._replace(path="/" + sys.argv[2])))' "$admin_url" "$scratch")
  database=(--database-url "$url")
fi
server=""
cleanup() {
  [ -n "$server" ] && { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; }
  [ -n "$scratch" ] && psql "${admin_url%%\?*}" -q -c "DROP DATABASE IF EXISTS $scratch WITH (FORCE)" >/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
email="fuzz@fuzz.example"
password="fuzz-password-$RANDOM-$RANDOM"
"$bin" migrate "${database[@]}" >/dev/null
"$bin" org create fuzz --name "Fuzz Org" "${database[@]}" >/dev/null
printf '%s\n' "$password" | "$bin" user create --org fuzz --email "$email" --password-stdin "${database[@]}" >/dev/null
token=$("$bin" token create --org fuzz "${database[@]}")
# The fuzzers' request rate is far beyond the API rate limits, which have tests of their own.
"$bin" serve --host 127.0.0.1 --port "$port" "${database[@]}" --log-level error --rate-limit 0 --address-rate-limit 0 \
  >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/health/live" >/dev/null && break; sleep 0.2; done
api() { curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "$@"; }
id=$(api -X POST "http://127.0.0.1:$port/api/v1/job-descriptions" -d '{"template":"backend-developer"}' | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')
api -X POST "http://127.0.0.1:$port/api/v1/job-descriptions/$id/publish" -d '{"applyUrl":"https://fuzz.example/apply","force":true}' >/dev/null
status=0
python3 scripts/fuzz_web.py --url "http://127.0.0.1:$port" --email "$email" --password "$password" --token "$token" "${args[@]}" || status=$?
if ! kill -0 "$server" 2>/dev/null; then
  echo "fuzz-web: the server process is gone; its log:" >&2
  tail -n 50 "$work/server.log" >&2
  status=1
fi
exit "$status"
