#!/usr/bin/env bash
# Starts a built jobsmith server on a scratch database, seeds an organization, a token and a job description, and
# fuzzes the API with schemathesis against the served /openapi.yaml. Fails on any 5xx or response that breaks the spec.
# Usage: scripts/fuzz-api.sh [SECONDS]   (the jobsmith binary must already be built: swift build --product jobsmith)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
bin=$(swift build --show-bin-path)/jobsmith
work=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
command -v st >/dev/null || python3 -m pip install -q schemathesis
"$bin" org create fuzz --name "Fuzz Org" --data-dir "$work" >/dev/null
token=$("$bin" token create --org fuzz --data-dir "$work")
# The fuzzer's request rate is far beyond the API rate limits, which have tests of their own.
"$bin" serve --port "$port" --data-dir "$work" --log-level warning --rate-limit 0 --address-rate-limit 0 &
server=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/health/live" >/dev/null && break; sleep 0.2; done
curl -sf -X POST "http://127.0.0.1:$port/api/v1/job-descriptions" -H "Authorization: Bearer $token" \
  -H 'Content-Type: application/json' -d '{"title":"Backend Developer","responsibilities":["Build APIs"]}' >/dev/null
# schemathesis.toml says which checks do not apply and why.
st --config-file schemathesis.toml run "http://127.0.0.1:$port/openapi.yaml" --url "http://127.0.0.1:$port" \
  -H "Authorization: Bearer $token" --checks all --max-time "$seconds" --seed 1 --no-color \
  --exclude-checks positive_data_acceptance
