#!/usr/bin/env bash
# End-to-end tests of the web app in a real headless Chromium: builds the debug server, starts it on a free loopback
# port with a scratch data directory, reads the first-run setup link it prints, and runs the pytest suite in e2e/.
# Screenshots of every screen go to e2e-artifacts/; two of them are copied to docs/screenshots/ for the README.
# Installs what it needs (Debian's chromium, Playwright and pytest from PyPI) when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive

if ! command -v chromium >/dev/null; then
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi
if ! python3 -c "import playwright, pytest" 2>/dev/null; then
  # Playwright drives Debian's Chromium through executable_path; its own browser download is never used.
  python3 -m pip install -q --disable-pip-version-check playwright pytest
fi

swift build --product jobsmith
binary="$(swift build --show-bin-path)/jobsmith"

data_dir=$(mktemp -d)
log="$data_dir/server.log"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
"$binary" serve --host 127.0.0.1 --port "$port" --data-dir "$data_dir" --log-level warning >"$log" 2>&1 &
server=$!
cleanup() {
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  rm -rf "$data_dir"
}
trap cleanup EXIT

link=""
for _ in $(seq 120); do
  link=$(grep -o 'http://[^ ]*/setup?token=[A-Za-z0-9_-]*' "$log" | head -n 1 || true)
  [ -n "$link" ] && break
  if ! kill -0 "$server" 2>/dev/null; then
    echo "the server stopped before printing the setup link:" >&2
    cat "$log" >&2
    exit 1
  fi
  sleep 0.5
done
if [ -z "$link" ]; then
  echo "the server printed no setup link within 60 s:" >&2
  cat "$log" >&2
  exit 1
fi

rm -rf e2e-artifacts
mkdir -p e2e-artifacts docs/screenshots
status=0
JOBSMITH_E2E_URL="http://127.0.0.1:$port" JOBSMITH_E2E_SETUP_LINK="$link" JOBSMITH_E2E_ARTIFACTS="$PWD/e2e-artifacts" \
  python3 -m pytest e2e -q -p no:cacheprovider "$@" || status=$?
cp "$log" e2e-artifacts/server.log
for shot in 06-editor-finding 11-dashboard; do
  [ -f "e2e-artifacts/$shot.png" ] && cp "e2e-artifacts/$shot.png" "docs/screenshots/$shot.png"
done
exit "$status"
