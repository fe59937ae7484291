#!/usr/bin/env bash
# The reliability suite: hostile input, concurrent writers, kill -9, SIGTERM under load, and a rolling restart of two
# instances behind nginx, against a built jobsmith server on SQLite and (with JOBSMITH_TEST_DATABASE_URL) PostgreSQL.
# Each part prints its figures; the suite fails when any promise is broken. scripts/reliability.py has the scenarios.
#
# Usage: scripts/reliability.sh [--quick] [--only writers|crash|sigterm|rolling|fuzz]
#   --quick fuzzes fewer cases (for trying the suite out; CI runs it in full, at least 10,000 hostile cases);
#   --only runs one part.
# The jobsmith binary must already be built (swift build --product jobsmith). nginx is installed when missing
# (a Debian package; needs root), and PostgreSQL must be running for its part (scripts/start-postgres.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
quick=false
only=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=true; shift ;;
    --only) only=$2; shift 2 ;;
    *) echo "usage: scripts/reliability.sh [--quick] [--only writers|crash|sigterm|rolling|fuzz]" >&2; exit 2 ;;
  esac
done
wanted() { [ -z "$only" ] || [ "$only" = "$1" ]; }
export DEBIAN_FRONTEND=noninteractive
command -v nginx >/dev/null || { apt-get update -qq && apt-get install -y -qq nginx >/dev/null; }
bin=$(swift build --show-bin-path)/jobsmith
work=$(mktemp -d)
scratch=()
nginx_pid=""
cleanup() {
  [ -n "$nginx_pid" ] && { kill "$nginx_pid" 2>/dev/null || true; wait "$nginx_pid" 2>/dev/null || true; }
  for database in "${scratch[@]}"; do
    psql "${JOBSMITH_TEST_DATABASE_URL%%\?*}" -q -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT
started=$(date +%s)
failures=0
run() { # name, command...
  local name=$1
  shift
  local began
  began=$(date +%s)
  if "$@"; then
    echo "reliability: $name passed in $(($(date +%s) - began)) s"
  else
    echo "reliability: $name FAILED (log: the server's output is above)" >&2
    failures=$((failures + 1))
  fi
}

# A fresh database with one organization; prints the arguments that select it, then its API token.
fresh_database() { # engine
  local database_args
  if [ "$1" = postgres ]; then
    local name="jobsmith_reliability_$(date +%s)_$RANDOM"
    psql "${JOBSMITH_TEST_DATABASE_URL%%\?*}" -q -c "CREATE DATABASE $name" >/dev/null
    scratch+=("$name")
    database_args="--database-url $(python3 -c 'import sys, urllib.parse as u; p = u.urlsplit(sys.argv[1]); print(u.urlunsplit(p._replace(path="/" + sys.argv[2])))' "$JOBSMITH_TEST_DATABASE_URL" "$name")"
  else
    database_args="--data-dir $(mktemp -d -p "$work")"
  fi
  # shellcheck disable=SC2086
  "$bin" org create reliability --name "Reliability Org" $database_args >/dev/null
  # shellcheck disable=SC2086
  echo "$database_args $("$bin" token create --org reliability $database_args)"
}

scenarios() { # engine
  local engine=$1 scenario setup database_args token
  for scenario in writers crash sigterm; do
    wanted "$scenario" || continue
    setup=$(fresh_database "$engine")
    token=${setup##* }
    database_args=${setup% *}
    # shellcheck disable=SC2086
    run "$scenario on $engine" python3 scripts/reliability.py "$scenario" --bin "$bin" --token "$token" \
      $database_args --log "$work/$scenario-$engine.log"
  done
}

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

rolling() {
  local setup token database_args first second proxy
  setup=$(fresh_database postgres)
  token=${setup##* }
  database_args=${setup% *}
  first=$(free_port)
  second=$(free_port)
  proxy=$(free_port)
  mkdir -p "$work/nginx"
  sed -e "s/127.0.0.1:8081/127.0.0.1:$first/" -e "s/127.0.0.1:8082/127.0.0.1:$second/" \
    -e "s/listen 127.0.0.1:8080/listen 127.0.0.1:$proxy/" deploy/nginx/jobsmith.conf >"$work/nginx/jobsmith.conf"
  cat >"$work/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    include $work/nginx/jobsmith.conf;
}
CONF
  nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' &
  nginx_pid=$!
  # shellcheck disable=SC2086
  run "rolling restart behind nginx on postgres" python3 scripts/reliability.py rolling --bin "$bin" --token "$token" \
    $database_args --ports "$first,$second" --nginx-port "$proxy" --seconds 8 --log "$work/rolling.log"
  grep -v ' \[notice\] ' "$work/nginx/error.log" | tail -n 5 >&2 || true
}

fuzz_cases=0
fuzz() { # engine, arguments...
  local engine=$1
  shift
  if scripts/fuzz-web.sh --engine "$engine" "$@" | tee "$work/fuzz.log"; then
    fuzz_cases=$((fuzz_cases + $(sed -n 's/^fuzz-web: \([0-9]*\) passed.*/\1/p' "$work/fuzz.log")))
    echo "reliability: hostile input on $engine passed"
  else
    echo "reliability: hostile input on $engine FAILED" >&2
    failures=$((failures + 1))
  fi
}

scenarios sqlite
if [ -n "${JOBSMITH_TEST_DATABASE_URL:-}" ]; then
  scenarios postgres
  if wanted rolling; then rolling; fi
else
  echo "reliability: JOBSMITH_TEST_DATABASE_URL is not set, so the PostgreSQL parts are skipped" >&2
  failures=$((failures + 1))
fi
if ! wanted fuzz; then
  :
elif $quick; then
  fuzz sqlite --corpus-share 10 --cases 100 --seconds 30
else
  # The whole fixed corpus on each engine plus generated cases: at least 10,000 hostile requests in all. The time
  # limits only bind on a loaded machine (the case counts end the runs in about 4 minutes otherwise).
  fuzz sqlite --cases 3000 --seconds 240
  [ -n "${JOBSMITH_TEST_DATABASE_URL:-}" ] && fuzz postgres --cases 1000 --seconds 150
  if [ "$fuzz_cases" -lt 10000 ]; then
    echo "reliability: only $fuzz_cases hostile cases ran; the suite promises at least 10,000" >&2
    failures=$((failures + 1))
  fi
fi
echo "reliability: $fuzz_cases hostile cases, $failures failed parts, $(($(date +%s) - started)) s in all"
[ "$failures" -eq 0 ]
