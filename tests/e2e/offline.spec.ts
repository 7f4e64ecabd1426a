import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { Page } from '@playwright/test';
import { FONT_SUBSETS, refreshServiceWorker } from '../../scripts/pwa';
import { expect, expectNoAxeViolations, test, waitForApp } from './fixtures';

// Offline use (vite.config.ts, scripts/pwa.ts, src/app/registerServiceWorker.ts): after one
// visit every route works with the network off, a new version waits for the reader's click,
// and Chromium finds the app installable. Service workers are allowed by Playwright's default.

const OUT = process.env.FULCRUM_OUT_DIR ?? 'dist';

/** Waits until the service worker has precached the app and controls the page. */
async function waitForServiceWorker(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
    timeout: 60_000,
  });
}

/** The precache as the worker holds it: each file's path and size in bytes. */
async function precached(page: Page): Promise<{ path: string; bytes: number }[]> {
  return page.evaluate(async () => {
    const names = (await caches.keys()).filter((name) => name.includes('precache'));
    const files: { path: string; bytes: number }[] = [];
    for (const name of names) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        const bytes = response ? (await response.arrayBuffer()).byteLength : 0;
        files.push({ path: new URL(request.url).pathname, bytes });
      }
    }
    return files;
  });
}

test('after one visit, every route and the data set work with the network off', async ({
  guarded: page,
  context,
}) => {
  test.slow();
  await page.goto('/');
  await waitForServiceWorker(page);

  const files = await precached(page);
  const paths = files.map((f) => f.path);
  const total = files.reduce((sum, f) => sum + f.bytes, 0);
  test.info().annotations.push({
    type: 'precache',
    description: `${files.length} entries, ${(total / 1024).toFixed(1)} KiB`,
  });
  expect(paths).toContain('/index.html');
  expect(
    paths.some((p) => /^\/assets\/dataset-.*\.js$/.test(p)),
    'the data set',
  ).toBe(true);
  expect(
    paths.some((p) => /^\/assets\/briefing-.*\.js$/.test(p)),
    'a message chunk',
  ).toBe(true);
  expect(paths).toContain('/manifest.webmanifest');
  expect(paths).not.toContain('/mockServiceWorker.js');
  const fonts = paths
    .filter((p) => p.endsWith('.woff2'))
    .map((p) => /inter-(.+)-wght/.exec(p)?.[1]);
  // The subsets the app's text uses (scripts/pwa.ts FONT_SUBSETS); Greek and Cyrillic
  // Extended stay out.
  expect(fonts.sort()).toEqual([...FONT_SUBSETS].sort());

  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  // Loaded by their addresses, each shows its own data.
  const response = await page.goto('/country/KG');
  expect(response?.fromServiceWorker(), 'answered by the service worker').toBe(true);
  // The page is its own prerendered page (added to the precache after the prerender), whatever
  // the query: scripts/prerender.ts.
  expect(paths).toContain('/country/KG.html');
  expect(await response?.text()).toMatch(/<title>Kyrgyzstan — Fulcrum<\/title>/);
  expect(await response?.text()).toMatch(/<div id="root" data-path="\/country\/KG"><[a-z]/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Kyrgyzstan');
  await expect(page.getByTestId('overall-CN').first()).toHaveText(/\d/);

  await page.goto('/country/TJ?lang=ru');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Таджикистан');
  await expect(page.getByTestId('overall-RU').first()).toHaveText(/\d/);

  await page.goto('/compare');
  await expect(page.getByTestId('compare-tilt').locator('svg').first()).toBeVisible();
  await expect(page.locator('main')).toContainText('Tajikistan');
  await expect(page.locator('main')).toContainText(/[+−-]\d+\.\d/);

  await page.goto('/analysis');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.locator('main')).toContainText('Tajikistan');
  await expect(page.locator('main')).toContainText(/\d+\s?%/);

  await page.goto('/methodology');
  await expect(page.locator('main')).toContainText(/Ifri report, note \d+/);

  await page.goto('/brief');
  await expect(page).toHaveURL(/\/brief\/overview/);
  await expect(page.getByTestId('briefing-takeaway')).not.toBeEmpty();

  await page.goto('/brief/risks');
  await expect(page.locator('.briefing-deck[data-slide="risks"]')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);

  await page.goto('/');
  await expect(page.locator('main .chart-card').first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('Chromium finds the app installable', async ({ playwright, baseURL }) => {
  test.slow();
  // Chromium never offers to install from an incognito profile, and Playwright's contexts are
  // incognito ("in-incognito"): this test opens a profile of its own on disk.
  const profile = mkdtempSync(join(tmpdir(), 'fulcrum-install-'));
  const context = await playwright.chromium.launchPersistentContext(profile, {
    ...test.info().project.use.launchOptions,
    baseURL,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    await waitForApp(page);
    await waitForServiceWorker(page);
    // Lighthouse 12 dropped its PWA category; Chromium's own check decides whether the browser
    // offers "Install": a manifest with name, start_url, display and 192/512 px icons that
    // load, on a secure origin (127.0.0.1 counts). An empty list means it passes.
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.errors).toEqual([]);
    expect(JSON.parse(manifest.data ?? '{}')).toMatchObject({
      short_name: 'Fulcrum',
      display: 'standalone',
    });
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

/** An address as the app reads it: the path and the set of query parameters, in any order. */
function address(url: string) {
  const { pathname, searchParams } = new URL(url);
  return `${pathname}?${[...searchParams]
    .map(([k, v]) => `${k}=${v}`)
    .sort()
    .join('&')}`;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain',
};

/**
 * A static server for a copy of the build: files as they are, a prerendered page for its
 * address (`/country/KG` → country/KG.html), index.html for other paths.
 */
function serve(root: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const isFile = (file: string) => {
      try {
        return file.startsWith(root) && statSync(file).isFile();
      } catch {
        return false;
      }
    };
    const file =
      [join(root, path), join(root, `${path}.html`)].find(isFile) ?? join(root, 'index.html');
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, origin: `http://127.0.0.1:${port}` });
    });
  });
}

test('a build deployed over the open app shows the update notice and keeps the scenario', async ({
  page,
}) => {
  // Two installs of the whole precache on a busy machine.
  test.setTimeout(180_000);
  const root = mkdtempSync(join(tmpdir(), 'fulcrum-pwa-'));
  cpSync(OUT, root, { recursive: true });
  const { server, origin } = await serve(root);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  try {
    const start = `${origin}/country/KG?o.KG.CN.debt_share=40`;
    await page.goto(start);
    await waitForApp(page);
    const banner = page.getByTestId('scenario-banner');
    await expect(banner).toContainText('1 assumption differs');
    // A preference kept in storage (src/lib/storage.ts) must survive the update too.
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await waitForServiceWorker(page);
    let url = page.url();

    // The next version: changed pages (every page is prerendered), and the worker's precache
    // list brought up to date, as the build does after its prerender.
    const pages = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.html'),
    );
    for (const file of pages) {
      const html = readFileSync(join(root, file), 'utf8');
      writeFileSync(
        join(root, file),
        html.replace('<head>', '<head>\n    <meta name="fulcrum-build" content="next" />'),
      );
    }
    expect(refreshServiceWorker(root).changed.sort()).toEqual(pages.sort());

    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const notice = page.getByRole('status').filter({ hasText: 'Update available' });
    await expect(notice).toBeVisible({ timeout: 60_000 });
    // Nothing was swapped: same address, same scenario, the old page still running.
    expect(page.url()).toBe(url);
    await expect(banner).toContainText('1 assumption differs');
    await expect(page.locator('meta[name="fulcrum-build"]')).toHaveCount(0);
    expect(
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting),
      'the new version waits',
    ).toBeTruthy();
    await expectNoAxeViolations(page);
    if (process.env.FULCRUM_SCREENSHOTS) {
      // For a person to look at (FULCRUM_SCREENSHOTS=1): the notice in both languages and themes.
      for (const language of ['English', 'Русский']) {
        if (language !== 'English') {
          await page.locator('select[name="language"]').selectOption({ label: language });
        }
        for (const theme of ['light', 'dark']) {
          await page.locator('select[name="theme"]').selectOption(theme);
          const shown = page.getByTestId('update-notice');
          await page.screenshot({
            path: test.info().outputPath(`update-${language}-${theme}.png`),
          });
          await shown.screenshot({
            path: test.info().outputPath(`notice-${language}-${theme}.png`),
          });
        }
      }
      await page.locator('select[name="language"]').selectOption({ label: 'English' });
      await page.locator('select[name="theme"]').selectOption('dark');
      url = page.url();
    }

    await notice.getByRole('button', { name: 'Reload' }).click();
    // The new version's page, with the same scenario and preferences.
    await expect(page.locator('meta[name="fulcrum-build"]')).toHaveCount(1, { timeout: 60_000 });
    await waitForApp(page);
    expect(address(page.url())).toBe(address(url));
    await expect(page.getByTestId('scenario-banner')).toContainText('1 assumption differs');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('status').filter({ hasText: 'Update available' })).toHaveCount(0);
    expect(errors, 'console errors').toEqual([]);
  } finally {
    server.close();
    rmSync(root, { recursive: true, force: true });
  }
});
