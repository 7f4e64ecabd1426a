// JavaScript needed for the first screen (docs/architecture.md §4: ≤ 240 KiB gzip). Builds the app
// into a folder of its own (so a build or preview of dist/ running at the same time is left alone),
// serves it with `vite preview`, opens `/` in Chromium and records every script the page fetches
// until the overview is shown and the network is idle: the entry, its module preloads, lazy chunks
// actually fetched (the service worker's registration among them), and the web worker's script.
// Each file is gzipped at level 9, as a server would, and the list and total are printed beside
// the budget. The offline service worker's own scripts (sw.js and workbox's runtime) are listed
// and totalled on a line of their own: the page registers the worker after its load event, and
// they run in the worker's thread, not on the first screen.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BENCH_PORT, build, launchChromium, startPreview, waitForServer } from './serve';

const PORT = BENCH_PORT + 2;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const OUT = 'node_modules/.cache/fulcrum-bench/bundle';
const BUDGET_KIB = 240;

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

async function main() {
  build(['--outDir', OUT, '--emptyOutDir']);
  const server = startPreview(PORT, ['--outDir', OUT]);
  try {
    await waitForServer(ORIGIN);
    const browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    // Every request of the context, the worker's included, in the order they were made.
    const scripts: string[] = [];
    const workerScripts: string[] = [];
    const otherHosts: string[] = [];
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== ORIGIN) {
        if (url.protocol.startsWith('http')) otherHosts.push(request.url());
        return;
      }
      // The offline service worker fills its precache with every chunk in the background once
      // the page has loaded; those downloads run no code on the first screen. Its own script
      // (sw.js, workbox-*.js) and the page's registration code are counted.
      const workerOwn = /^\/(sw|workbox-[\w-]+)\.js$/.test(url.pathname);
      if (request.serviceWorker() && !workerOwn) return;
      const list = workerOwn ? workerScripts : scripts;
      if (url.pathname.endsWith('.js') && !list.includes(url.pathname)) list.push(url.pathname);
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${ORIGIN}/`, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The overview's charts are drawn: the first screen is shown.
    await page.locator('main .chart-card').first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    await browser.close();

    const measure = (paths: string[]) =>
      paths.map((path) => {
        const bytes = readFileSync(join(OUT, decodeURIComponent(path)));
        return { path, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
      });
    const files = measure(scripts);
    const workerFiles = measure(workerScripts);
    const total = files.reduce((sum, f) => sum + f.gzip, 0);
    const totalRaw = files.reduce((sum, f) => sum + f.raw, 0);
    const workerTotal = workerFiles.reduce((sum, f) => sum + f.gzip, 0);

    console.log(`\nJavaScript for the first screen (/), Chromium, gzip level 9`);
    const width = Math.max(...files.map((f) => f.path.length));
    for (const f of [...files].sort((a, b) => b.gzip - a.gzip)) {
      console.log(`     ${f.path.padEnd(width)}  ${kib(f.gzip).padStart(10)}  (${kib(f.raw)} raw)`);
    }
    const ok = total <= BUDGET_KIB * 1024 && scripts.length > 0;
    console.log(
      `${ok ? 'ok  ' : 'OVER'} ${files.length} scripts: ${kib(total)} gzip (${kib(totalRaw)} raw)  budget ${BUDGET_KIB} KiB`,
    );
    console.log(
      `     the offline worker's own scripts (after load, in its thread): ${workerFiles
        .map((f) => `${f.path} ${kib(f.gzip)}`)
        .join(', ')} = ${kib(workerTotal)}; with them ${kib(total + workerTotal)}`,
    );
    if (workerFiles.length === 0) console.log('     no service worker was registered');
    if (errors.length > 0) console.log(`     console errors: ${errors.join(' | ')}`);
    if (otherHosts.length > 0) console.log(`     requests to other hosts: ${otherHosts.join(' ')}`);
    process.exitCode = ok ? 0 : 1;
  } finally {
    server.kill();
  }
}

await main();
