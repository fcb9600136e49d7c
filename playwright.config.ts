import { resolve } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

/** Chromium of the system (no browser download here); quiet: no network chatter of its own. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** Several people (or agents) may run e2e at once on one machine: each picks its own port. */
const PORT = Number(process.env.PW_PORT ?? 4173);
const OUT_DIR = resolve(process.env.PW_OUT_DIR ?? 'dist-web');

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: process.env.PW_OUT_DIR ? `${OUT_DIR}-results` : 'test-results/artifacts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '.tmp/playwright.json' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: /electron\.spec\.ts$/,
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1366, height: 768 },
        launchOptions: { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS },
      },
    },
    {
      name: 'electron',
      testMatch: /electron\.spec\.ts$/,
    },
  ],
  webServer: {
    command: `npm run build:web -- --outDir ${OUT_DIR} && npx vite preview --config vite.web.config.ts --outDir ${OUT_DIR} --port ${PORT} --strictPort`,
    port: PORT,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
