#!/usr/bin/env bash
# The one test command: typecheck, lint, format, then unit, API (SQLite and PostgreSQL) and
# browser tests, in one Vitest run, ending with a plain "N passed, N failed" line.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-chromium.sh
bash scripts/ensure-postgres.sh
echo "== check: typecheck, lint, format"
npm run --silent check
echo "== build"
npm run --silent build
echo "== tests: unit, API, browser"
report="$(mktemp -d)/vitest.json"
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json="$report" || status=$?
npx tsx scripts/summary.ts "$report" || status=1
exit "$status"
