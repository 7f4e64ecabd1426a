import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// E2E_PORT lets two runs (say, CI and a developer) share a machine.
const PORT = Number(process.env.E2E_PORT ?? 4173);

// FULCRUM_PREBUILT=1 says dist/ was built just now from this tree (.ci/run builds once, then
// runs the tests): serve it as it is. Otherwise, or when there is no dist/, build it first, so
// `npm test` on a fresh clone tests the current code.
// FULCRUM_OUT_DIR (default dist) lets two working copies' runs build and serve apart.
const OUT = process.env.FULCRUM_OUT_DIR ?? 'dist';
const BUILD = `node_modules/.bin/vite build --logLevel warn --outDir ${OUT} && node_modules/.bin/tsx --tsconfig tsconfig.app.json scripts/prerender.ts ${OUT}`;
const PREVIEW = `node_modules/.bin/vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${OUT}`;
const prebuilt = process.env.FULCRUM_PREBUILT === '1' && existsSync(`${OUT}/index.html`);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  // The default for a test; the heavy ones ask for more (test.slow() or test.setTimeout).
  timeout: 30_000,
  // Assertions wait for their condition this long (the default 5 s is tight on a busy machine).
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
          args: [
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    // The built app, served as in production (with its CSP headers).
    command: prebuilt ? PREVIEW : `${BUILD} && ${PREVIEW}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
