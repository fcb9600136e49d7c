#!/usr/bin/env bash
# npm test: every test — unit (vitest, Node) and end-to-end (Playwright in Debian's Chromium) —
# then one plain closing line `N passed, N failed, N skipped` summed over both runners.
set -u
cd "$(dirname "$0")/.."
mkdir -p .tmp
rm -f .tmp/vitest.json .tmp/playwright.json

# Types and lint are part of the contract: each environment is type-checked with its own libraries
# (the core without DOM or Node types), and the linter holds the import boundaries.
extra_failed=0
if ! npm run -s typecheck; then
  echo "typecheck failed"
  extra_failed=1
fi
if ! npm run -s lint; then
  echo "lint failed"
  extra_failed=$((extra_failed + 1))
fi

npx vitest run
unit=$?
npx playwright test
e2e=$?

EXTRA_FAILED=$extra_failed node scripts/summarize-tests.mjs .tmp/vitest.json .tmp/playwright.json
summary=$?
if [ $unit -ne 0 ] || [ $e2e -ne 0 ] || [ $summary -ne 0 ] || [ $extra_failed -ne 0 ]; then exit 1; fi
