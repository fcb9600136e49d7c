import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { REPO_ROOT, rendererConfig } from './vite.shared';

const pkg = JSON.parse(readFileSync(resolve(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };

/** electron-vite: main, preload and renderer, built to out/{main,preload,renderer}. */
export default defineConfig({
  main: {
    build: {
      rolldownOptions: { input: { index: resolve(REPO_ROOT, 'src-main/main/index.ts') } },
    },
  },
  preload: {
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    build: {
      // A sandboxed preload must be a classic script: CommonJS, whatever package.json "type" says.
      rolldownOptions: {
        input: { index: resolve(REPO_ROOT, 'src-main/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererConfig(),
    build: {
      outDir: resolve(REPO_ROOT, 'out/renderer'),
      rolldownOptions: { input: { index: resolve(REPO_ROOT, 'src-renderer/index.html') } },
    },
  },
});
