// npm run bench: bundles the benchmark like the app ships its code (esbuild, no keepNames helpers
// in hot loops), then runs it. Prints numbers only; tests never depend on timing.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';

mkdirSync('.tmp', { recursive: true });
await build({
  entryPoints: ['test/bench/run.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: '.tmp/bench.mjs',
  logLevel: 'warning',
  external: ['@playwright/test', 'playwright', 'playwright-core', 'electron'],
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
});
const r = spawnSync(process.execPath, ['--expose-gc', '.tmp/bench.mjs', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
if (r.status !== 0) process.exit(r.status ?? 1);

// The editor in Chromium: keystroke → status bar, and grid scroll frame times (test/bench/ui-bench.ts).
if (process.argv.includes('--only')) {
  // A part was asked for (`--only engine`): the editor bench is not part of it.
} else if (existsSync('/usr/bin/chromium')) {
  console.log('\n== editor in Chromium (built web app)');
  const ui = spawnSync('npx', ['tsx', 'test/bench/ui-bench.ts'], { stdio: 'inherit' });
  process.exit(ui.status ?? 1);
} else {
  console.log('\n(editor bench skipped: no /usr/bin/chromium)');
}
