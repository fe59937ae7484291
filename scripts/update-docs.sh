#!/usr/bin/env bash
# Regenerates the documentation pages rendered from data: docs/lint-rules.md (the rule catalog) and
# docs/pay-transparency-laws.md (the law table). The test suite fails while either is out of date, so CI checks them.
set -euo pipefail
cd "$(dirname "$0")/.."
JOBSMITH_UPDATE_DOCS=1 swift test --filter 'LintRulesDocumentationTests|PayTransparencyDocumentationTests'
git status --short docs/lint-rules.md docs/pay-transparency-laws.md
