#!/usr/bin/env bash
# Checks that settings errors give one clear line and a non-zero exit, never a stack trace.
set -uo pipefail
cd "$(dirname "$0")/.."
bin=$(swift build --show-bin-path)/jobsmith
work=$(mktemp -d)
failures=0
trap 'kill "$holder" 2>/dev/null; rm -rf "$work"' EXIT

expect_failure() { # name, expected text, command...
  local name=$1 expected=$2
  shift 2
  local output status
  output=$("$@" 2>&1 >/dev/null)
  status=$?
  if [ "$status" -eq 0 ] || [ "$(printf '%s\n' "$output" | wc -l)" -ne 1 ] || ! grep -q -- "$expected" <<<"$output"; then
    echo "FAIL $name: exit $status, output: $output"
    failures=$((failures + 1))
  else
    echo "ok   $name: $output"
  fi
}

expect_failure "bad database URL" "must start with postgres://" "$bin" migrate --database-url "mysql://x"
expect_failure "malformed PostgreSQL URL" "not valid" "$bin" migrate --database-url "postgres://"
expect_failure "unreachable PostgreSQL" "cannot use the PostgreSQL database" \
  "$bin" migrate --database-url "postgres://u:p@127.0.0.1:1/none?tlsmode=disable"
touch "$work/file"
expect_failure "unwritable data directory" "cannot create the data directory" "$bin" migrate --data-dir "$work/file/sub"
expect_failure "bad port" "port must be a number" "$bin" serve --port 70000 --data-dir "$work/d"
expect_failure "bad public URL" "public URL must be an http or https URL" "$bin" serve --public-url "ftp://x" --data-dir "$work/d"
expect_failure "unknown organization" "no organization has the slug" "$bin" token create --org nobody --data-dir "$work/d"
expect_failure "invalid slug" "is not a valid slug" "$bin" org create "Not OK" --name X --data-dir "$work/d"
python3 -c 'import socket,time; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1], flush=True); s.listen(); time.sleep(120)' >"$work/port" &
holder=$!
for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
expect_failure "port in use" "already in use" "$bin" serve --port "$(cat "$work/port")" --data-dir "$work/d"

[ "$failures" -eq 0 ] && echo "all command-line error checks passed" || { echo "$failures command-line error checks failed"; exit 1; }
