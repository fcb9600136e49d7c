// Sums the JSON reports of vitest and Playwright into the plain line CI reads:
// `N passed, N failed, N skipped`. A missing report counts as a failure (the runner crashed).
import { existsSync, readFileSync } from 'node:fs';

const [vitestPath, playwrightPath] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;

if (existsSync(vitestPath)) {
  const v = JSON.parse(readFileSync(vitestPath, 'utf8'));
  passed += v.numPassedTests ?? 0;
  failed += v.numFailedTests ?? 0;
  skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
} else {
  console.error(`missing ${vitestPath}: the unit tests did not report`);
  failed += 1;
}
if (existsSync(playwrightPath)) {
  const p = JSON.parse(readFileSync(playwrightPath, 'utf8'));
  const s = p.stats ?? {};
  passed += (s.expected ?? 0) + (s.flaky ?? 0);
  failed += s.unexpected ?? 0;
  skipped += s.skipped ?? 0;
  if ((p.errors ?? []).length > 0) failed += p.errors.length;
} else {
  console.error(`missing ${playwrightPath}: the end-to-end tests did not report`);
  failed += 1;
}
// A failed type check (EXTRA_FAILED=1) counts as one failure.
failed += Number(process.env.EXTRA_FAILED ?? 0);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
