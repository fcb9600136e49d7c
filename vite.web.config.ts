import { resolve } from 'node:path';
import { defineConfig, mergeConfig } from 'vite';
import { REPO_ROOT, rendererConfig } from './vite.shared';

/** The renderer alone in a browser (`npm run web`, `npm run build:web`, Playwright's preview). */
export default defineConfig(
  mergeConfig(rendererConfig(), {
    build: { outDir: resolve(REPO_ROOT, 'dist-web'), emptyOutDir: true },
    server: { port: 5173, strictPort: true },
    preview: { port: 4173, strictPort: true },
  }),
);
