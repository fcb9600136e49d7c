// npm run bench: bundles the benchmark like the app ships its code (esbuild, no keepNames helpers
// in hot loops), then runs it. Prints numbers only; tests never depend on timing.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

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
const r = spawnSync(process.execPath, ['--expose-gc', '.tmp/bench.mjs', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
