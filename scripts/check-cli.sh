#!/usr/bin/env bash
# Checks the command line: settings errors give one clear line and a non-zero exit (never a stack trace), and the
# offline tools (templates, new, lint, import) give the documented output and exit statuses; backup, export and
# import-org move data and refuse what they cannot do in one line.
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
expect_failure "bad public URL" "public URL must be an http or https URL" "$bin" serve --public-url "ftp://x" --data-dir "$work/d"
expect_failure "bad port" "port must be a number" "$bin" serve --port 70000 --data-dir "$work/d"
expect_failure "unknown log format" "unknown log format" "$bin" serve --log-format xml --data-dir "$work/d"
expect_failure "bad rate limit" "rate limit must be a number of requests per minute" "$bin" serve --rate-limit lots --data-dir "$work/d"
expect_failure "bad trusted proxy" "trusted proxies must be IP addresses or CIDR networks" \
  "$bin" serve --trusted-proxies "10.0.0.0/40" --data-dir "$work/d"
expect_failure "shutdown grace out of range" "shutdown grace must be a number of seconds from 0 to 300" \
  "$bin" serve --shutdown-grace 1e9 --data-dir "$work/d"
expect_failure "shutdown grace not a number" "shutdown grace must be a number of seconds" \
  env JOBSMITH_SHUTDOWN_GRACE=nan "$bin" serve --data-dir "$work/d"
"$bin" org create backed-up --name "Backed Up" --data-dir "$work/live" >/dev/null
if "$bin" backup --to "$work/copy.sqlite" --data-dir "$work/live" >/dev/null \
  && "$bin" token create --org backed-up --database-url "sqlite://$work/copy.sqlite" >/dev/null; then
  echo "ok   backup: the copy holds the organization"
else
  echo "FAIL backup: the copy cannot be opened or lacks the organization"
  failures=$((failures + 1))
fi
expect_failure "backup over an existing file" "never overwrites" "$bin" backup --to "$work/copy.sqlite" --data-dir "$work/live"
expect_failure "backup into a missing folder" "does not exist" "$bin" backup --to "$work/none/copy.sqlite" --data-dir "$work/live"
expect_failure "backup of PostgreSQL" "pg_dump" "$bin" backup --to "$work/pg.sqlite" --database-url "postgres://u:p@127.0.0.1:1/x"
expect_failure "unknown organization" "no organization has the slug" "$bin" token create --org nobody --data-dir "$work/d"
"$bin" org create moving --name "Moving" --data-dir "$work/from" >/dev/null
printf 'a long password\n' | "$bin" user create --org moving --email m@b.test --password-stdin --data-dir "$work/from" >/dev/null
if "$bin" export --org moving --to "$work/moving.jsonl" --data-dir "$work/from" 2>/dev/null \
  && "$bin" import-org "$work/moving.jsonl" --data-dir "$work/to" | grep -q "Imported moving: 1 users" \
  && "$bin" token create --org moving --data-dir "$work/to" >/dev/null \
  && "$bin" export --org moving --data-dir "$work/to" >"$work/stdout.jsonl" 2>/dev/null \
  && head -n 1 "$work/stdout.jsonl" | grep -q '"type":"header"'; then
  echo "ok   export and import-org: the organization moves with its user"
else
  echo "FAIL export and import-org"
  failures=$((failures + 1))
fi
expect_failure "export of an unknown organization" "no organization has the slug" "$bin" export --org nobody --data-dir "$work/from"
expect_failure "export over an existing file" "never overwrites" "$bin" export --org moving --to "$work/moving.jsonl" --data-dir "$work/from"
expect_failure "import-org of a taken slug" "import under another slug with --as NEWSLUG" "$bin" import-org "$work/moving.jsonl" --data-dir "$work/to"
expect_failure "import-org under an invalid slug" "is not a valid slug" "$bin" import-org "$work/moving.jsonl" --as "Not OK" --data-dir "$work/to"
head -n 3 "$work/moving.jsonl" >"$work/cut.jsonl"
expect_failure "import-org of a cut-off file" "ends after line 3 without its end record" "$bin" import-org "$work/cut.jsonl" --data-dir "$work/fresh"
{ head -n 2 "$work/moving.jsonl"; printf '{"type": "user", \n'; } >"$work/bad.jsonl"
expect_failure "import-org of a bad line" "line 3: not a JSON object" "$bin" import-org "$work/bad.jsonl" --data-dir "$work/fresh"
{ head -n 2 "$work/moving.jsonl"; printf '{"type": "widget"}\n'; } >"$work/unknown.jsonl"
expect_failure "import-org of an unknown record type" "line 3: unknown record type" "$bin" import-org "$work/unknown.jsonl" --data-dir "$work/fresh"
expect_failure "import-org of a missing file" "cannot be read" "$bin" import-org "$work/none.jsonl" --data-dir "$work/fresh"
printf 'name,title\n' >"$work/other.csv"
expect_failure "import-org of something else" "line 1: not a Jobsmith organization export" "$bin" import-org "$work/other.csv" --data-dir "$work/fresh"
expect_failure "import-org of an empty file" "the file is empty" "$bin" import-org "$work/file" --data-dir "$work/fresh"
expect_failure "invalid slug" "is not a valid slug" "$bin" org create "Not OK" --name X --data-dir "$work/d"
expect_failure "user in unknown organization" "no organization has the slug" \
  sh -c "printf 'a long password\n' | '$bin' user create --org nobody --email a@b.test --password-stdin --data-dir '$work/d'"
"$bin" org create users-org --name "Users" --data-dir "$work/d" >/dev/null
expect_failure "user without a password" "no password on standard input" \
  sh -c "'$bin' user create --org users-org --email a@b.test --password-stdin --data-dir '$work/d' </dev/null"
expect_failure "user password prompt without a terminal" "not a terminal" \
  sh -c "echo x | '$bin' user create --org users-org --email a@b.test --data-dir '$work/d'"
expect_failure "user with a short password" "at least 10 characters" \
  sh -c "printf 'short\n' | '$bin' user create --org users-org --email a@b.test --password-stdin --data-dir '$work/d'"
expect_failure "user with an invalid email" "valid email address" \
  sh -c "printf 'a long password\n' | '$bin' user create --org users-org --email nope --password-stdin --data-dir '$work/d'"
if printf 'a long password\n' | "$bin" user create --org users-org --email a@b.test --password-stdin --data-dir "$work/d" | grep -q "Created user a@b.test"; then
  echo "ok   user create"
else
  echo "FAIL user create"
  failures=$((failures + 1))
fi
expect_failure "duplicate user" "already exists" \
  sh -c "printf 'a long password\n' | '$bin' user create --org users-org --email A@B.test --password-stdin --data-dir '$work/d'"
expect_failure "user with an unknown role" "is not a role: use owner, admin, editor, reviewer or viewer" \
  sh -c "printf 'a long password\n' | '$bin' user create --org users-org --email c@b.test --role boss --password-stdin --data-dir '$work/d'"
if printf 'a long password\n' | "$bin" user create --org users-org --email r@b.test --role reviewer --password-stdin --data-dir "$work/d" \
  | grep -q "Created user r@b.test (reviewer)"; then
  echo "ok   user create --role"
else
  echo "FAIL user create --role"
  failures=$((failures + 1))
fi
expect_failure "service token with the owner role" "admin at most" "$bin" token create --org users-org --role owner --data-dir "$work/d"
expect_failure "token with a role and a user" "not both" "$bin" token create --org users-org --role viewer --user a@b.test --data-dir "$work/d"
expect_failure "personal token of an unknown user" "has the email" "$bin" token create --org users-org --user x@b.test --data-dir "$work/d"
expect_failure "revoke a token that is not an id" "is not a token id" "$bin" token revoke --org users-org nope --data-dir "$work/d"
expect_failure "revoke an unknown token" "has no token with the id" \
  "$bin" token revoke --org users-org 00000000-0000-0000-0000-000000000000 --data-dir "$work/d"
if "$bin" token create --org users-org --name pat --user r@b.test --data-dir "$work/d" | grep -q '^jsm_' \
  && "$bin" token list --org users-org --data-dir "$work/d" | grep -q "pat	user r@b.test	active"; then
  pat=$("$bin" token list --org users-org --data-dir "$work/d" | grep "	pat	" | cut -f1)
  if "$bin" token revoke --org users-org "$pat" --data-dir "$work/d" | grep -q "Revoked token" \
    && "$bin" token list --org users-org --data-dir "$work/d" | grep -q "pat	user r@b.test	revoked"; then
    echo "ok   token create --user, list, revoke"
  else
    echo "FAIL token revoke"
    failures=$((failures + 1))
  fi
else
  echo "FAIL token create --user / list"
  failures=$((failures + 1))
fi
python3 -c 'import socket,time; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1], flush=True); s.listen(); time.sleep(120)' >"$work/port" &
holder=$!
for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
expect_failure "port in use" "already in use" "$bin" serve --port "$(cat "$work/port")" --data-dir "$work/d"

expect_status() { # name, expected status, command...
  local name=$1 expected=$2
  shift 2
  "$@" >"$work/out" 2>"$work/err"
  local status=$?
  if [ "$status" -ne "$expected" ]; then
    echo "FAIL $name: exit $status, expected $expected: $(head -c 300 "$work/err")"
    failures=$((failures + 1))
  else
    echo "ok   $name (exit $status)"
  fi
}

expect_status "templates search" 0 "$bin" templates backend engineer
head -n 1 "$work/out" | grep -q "^backend-developer " || { echo "FAIL templates: Backend Developer is not first"; failures=$((failures + 1)); }
expect_status "templates without match" 1 "$bin" templates zzzqqq
expect_status "new composes" 0 "$bin" new backend-developer --company "Acme" --location "Denver, CO, US" --salary "120000-150000 USD/year" --format md
grep -q "a Backend Developer at Acme built" "$work/out" && ! grep -q "{{" "$work/out" || { echo "FAIL new: placeholders left"; failures=$((failures + 1)); }
expect_status "new with a bad salary" 1 "$bin" new backend-developer --company Acme --salary "lots"
"$bin" new backend-developer --company "Acme" --location "Denver, CO, US" --salary "120000-150000 USD/year" --format md >"$work/clean.md"
printf '# Rockstar Developer\n\n**Location:** Denver, CO, US\n\n## Summary\n\nWe want young digital natives.\n' >"$work/bad.md"
expect_status "lint clean file" 0 "$bin" lint "$work/clean.md"
expect_status "lint file with errors" 1 "$bin" lint "$work/bad.md"
expect_status "lint SARIF" 1 "$bin" lint --format sarif "$work/bad.md" "$work/clean.md"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["version"]=="2.1.0" and d["runs"][0]["tool"]["driver"]["name"] and d["runs"][0]["results"]' "$work/out" \
  || { echo "FAIL lint SARIF: not valid SARIF 2.1.0"; failures=$((failures + 1)); }
expect_status "lint from standard input" 1 sh -c "\"$bin\" lint - < \"$work/bad.md\""
expect_status "lint unreadable file" 2 "$bin" lint "$work/missing.md"
sed -e 's/Denver, CO, US/Wilmington, DE, US/' -e '/^\*\*Salary:\*\*/d' "$work/clean.md" >"$work/delaware.md"
expect_status "lint before Delaware's law is in force" 0 "$bin" lint --employee-count 40 --as-of 2026-12-01 "$work/delaware.md"
expect_status "lint as of a day Delaware's law is in force" 1 "$bin" lint --employee-count 40 --as-of 2027-10-01 "$work/delaware.md"
grep -q "pay-transparency-delaware" "$work/out" || { echo "FAIL lint --as-of: no Delaware finding"; failures=$((failures + 1)); }
expect_failure "lint with a day that does not exist" "--as-of must be a day from 2000-01-01 to 2100-12-31" "$bin" lint --as-of 2027-02-29 "$work/clean.md"
expect_failure "lint with an absurd year" "--as-of must be a day from 2000-01-01 to 2100-12-31" "$bin" lint --as-of 9999-12-31 "$work/clean.md"
printf '# Support Team Lead\n\n## Summary\n\nQualify inbound leads and handle confidential records.\n' >"$work/lead.md"
expect_status "lint skips uses an editor would not flag" 1 "$bin" lint --format json "$work/lead.md"
python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))[0]["result"]["genderCoding"]; assert r["masculineWords"]==[], r' "$work/out" \
  || { echo "FAIL lint: Team Lead, leads or confidential flagged by default"; failures=$((failures + 1)); }
expect_status "lint --strict-gender-lists reports them" 1 "$bin" lint --strict-gender-lists --format json "$work/lead.md"
python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))[0]["result"]["genderCoding"]; assert len(r["masculineWords"])==3, r' "$work/out" \
  || { echo "FAIL lint --strict-gender-lists: not every list match reported"; failures=$((failures + 1)); }
printf '# Programme Manager\n\n## Summary\n\nOrganise the colour programme.\n' >"$work/british.md"
expect_status "lint points out British spelling in US English" 1 "$bin" lint --format json "$work/british.md"
python3 -c 'import json,sys; f=json.load(open(sys.argv[1]))[0]["result"]["findings"]; assert [x["replacement"] for x in f if x["rule"]=="spelling-british"]==["Program","Organize","color","program"], f' "$work/out" \
  || { echo "FAIL lint: British spelling not pointed out"; failures=$((failures + 1)); }
expect_status "lint --locale en-GB accepts it" 1 "$bin" lint --locale en-GB --format json "$work/british.md"
python3 -c 'import json,sys; f=json.load(open(sys.argv[1]))[0]["result"]["findings"]; assert not [x for x in f if x["rule"].startswith("spelling-")], f' "$work/out" \
  || { echo "FAIL lint --locale en-GB: British spelling flagged"; failures=$((failures + 1)); }
expect_status "lint with an unknown locale" 64 "$bin" lint --locale fr "$work/british.md"
head -c 2000 /dev/urandom >"$work/binary.html"
mkdir "$work/folder" && cp "$work/clean.md" "$work/bad.md" "$work/binary.html" "$work/folder/"
expect_status "import a folder with one unreadable file" 1 "$bin" import "$work/folder"
grep -q "2 imported, 1 skipped" "$work/err" || { echo "FAIL import: summary missing"; failures=$((failures + 1)); }
samples=Tests/JobsmithImportTests/Samples/LibreOffice
expect_status "import a Word file and a PDF" 0 "$bin" import "$samples/workday-registered-nurse.docx" "$samples/workday-registered-nurse.pdf"
grep -q "2 imported, 0 skipped" "$work/err" || { echo "FAIL import Word and PDF: summary missing"; failures=$((failures + 1)); }
head -c 3000 "$samples/workday-registered-nurse.docx" >"$work/truncated.docx"
expect_status "import a truncated Word file" 1 "$bin" import "$work/truncated.docx"
grep -q "damaged or incomplete" "$work/err" || { echo "FAIL import truncated Word file: no clear error"; failures=$((failures + 1)); }
"$bin" org create importers --name Importers --data-dir "$work/d" >/dev/null
expect_status "import and save" 0 "$bin" import "$work/clean.md" --org importers --save --data-dir "$work/d"

[ "$failures" -eq 0 ] && echo "all command-line checks passed" || { echo "$failures command-line checks failed"; exit 1; }
