#!/usr/bin/env bash
# npm test: every test — unit (vitest, Node) and end-to-end (Playwright in Debian's Chromium) —
# then one plain closing line `N passed, N failed, N skipped` summed over both runners.
set -u
cd "$(dirname "$0")/.."
mkdir -p .tmp
rm -f .tmp/vitest.json .tmp/playwright.json

npx vitest run
unit=$?
npx playwright test
e2e=$?

node scripts/summarize-tests.mjs .tmp/vitest.json .tmp/playwright.json
summary=$?
if [ $unit -ne 0 ] || [ $e2e -ne 0 ] || [ $summary -ne 0 ]; then exit 1; fi
