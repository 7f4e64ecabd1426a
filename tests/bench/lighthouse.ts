// Lighthouse on the built app, as issue 12 measures it: mobile form factor with Lighthouse's
// default simulated throttling (150 ms RTT, 1.6 Mbps, 4× CPU), every text file gzipped and the
// hashed assets cached as a production server would, with the headers `vite preview` sends
// (vite.config.ts). Builds and prerenders into a folder of its own, runs each route N times and
// prints every run's four category scores and the medians of performance, FCP, LCP, TBT, CLS
// and Speed Index.
//
//   npm run bench:lighthouse                      # the five routes of issue 12, three runs each
//   npm run bench:lighthouse -- --runs 5 /compare
//   npm run bench:lighthouse -- --runs 1 --keep /tmp/lh /analysis   # keep the JSON reports
//
// Lighthouse is not a dependency of the app or its tests (it is large and CI does not run it):
// `npx` fetches lighthouse@LIGHTHOUSE_VERSION once and keeps it in npm's cache, so the first run
// needs the npm registry. Scores move by several points from run to run on a shared machine:
// compare builds in the same session, alternating, and quote medians.
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import viteConfig from '../../vite.config';
import { BENCH_PORT, build, CHROMIUM_ARGS } from './serve';
import { summarise } from './stats';

const LIGHTHOUSE_VERSION = '12.8.2';
const PORT = BENCH_PORT + 3;
const OUT = 'node_modules/.cache/fulcrum-bench/lighthouse';
const ROUTES = ['/', '/country/KG', '/compare', '/analysis', '/methodology'];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain',
  '.xml': 'application/xml',
};
const COMPRESSIBLE = /\.(html|js|css|json|svg|webmanifest|txt|xml)$/;

function parseArguments(argv: string[]): { runs: number; routes: string[]; keep?: string } {
  let runs = 3;
  let keep: string | undefined;
  const routes: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i]!;
    if (argument === '--runs') {
      runs = Number(argv[++i]);
      if (!Number.isInteger(runs) || runs < 1 || runs > 20) {
        throw new Error(`--runs takes a whole number from 1 to 20, not "${argv[i]}"`);
      }
    } else if (argument === '--keep') {
      keep = argv[++i];
      if (!keep) throw new Error('--keep takes the folder to keep the JSON reports in');
    } else if (argument.startsWith('/')) routes.push(argument);
    else throw new Error(`unknown argument "${argument}" (routes start with "/")`);
  }
  return { runs, routes: routes.length > 0 ? routes : ROUTES, keep };
}

/** The file a path is served from: the prerendered page, or index.html as the app's fallback. */
function fileFor(root: string, pathname: string): string {
  const fallback = join(root, 'index.html');
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return fallback;
  }
  const wanted = normalize(join(root, decoded)).replace(/\/$/, '');
  if (!wanted.startsWith(root + sep)) return fallback; // the root itself, or outside it
  if (existsSync(wanted) && statSync(wanted).isFile()) return wanted;
  for (const candidate of [`${wanted}.html`, join(wanted, 'index.html')]) {
    if (existsSync(candidate)) return candidate;
  }
  return fallback;
}

/**
 * Serves the build as a production server would: the preview server's headers (its CSP among
 * them), long caching for the hashed assets, and text gzipped at level 9, once per file (a
 * compression on every request would add its time to the response times Lighthouse observes).
 */
function serve(root: string, port: number) {
  const previewHeaders = (viteConfig.preview?.headers ?? {}) as Record<string, string>;
  const gzipped = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    try {
      const file = fileFor(root, new URL(request.url ?? '/', 'http://x').pathname);
      const extension = extname(file);
      let body: Buffer = readFileSync(file);
      const headers: Record<string, string> = {
        ...previewHeaders,
        'Content-Type': TYPES[extension] ?? 'application/octet-stream',
        'Cache-Control': extension === '.html' ? 'no-cache' : 'public, max-age=31536000, immutable',
        Vary: 'Accept-Encoding',
      };
      if (COMPRESSIBLE.test(file) && /gzip/.test(String(request.headers['accept-encoding']))) {
        if (!gzipped.has(file)) gzipped.set(file, gzipSync(body, { level: 9 }));
        body = gzipped.get(file)!;
        headers['Content-Encoding'] = 'gzip';
      }
      response.writeHead(200, headers);
      response.end(body);
    } catch (error) {
      response.writeHead(500, { 'Content-Type': 'text/plain' });
      response.end(String(error));
    }
  });
  return new Promise<typeof server>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

interface Run {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  speedIndex: number;
}

interface LighthouseReport {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
}

// Asynchronous: the server above runs in this process and must answer while Lighthouse loads.
async function lighthouse(url: string, output: string): Promise<Run> {
  rmSync(output, { force: true }); // never read an earlier run's report
  await promisify(execFile)(
    'npx',
    [
      '--yes',
      `lighthouse@${LIGHTHOUSE_VERSION}`,
      url,
      '--quiet',
      '--form-factor=mobile',
      '--output=json',
      `--output-path=${output}`,
      `--chrome-flags=${['--headless=new', '--no-sandbox', ...CHROMIUM_ARGS].join(' ')}`,
    ],
    {
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const report = JSON.parse(readFileSync(output, 'utf8')) as LighthouseReport;
  // A category or audit Lighthouse could not compute fails the run rather than counting as 0.
  const score = (category: string) => {
    const value = report.categories[category]?.score;
    if (typeof value !== 'number') throw new Error(`${url}: Lighthouse gave no ${category} score`);
    return Math.round(value * 100);
  };
  const audit = (id: string) => {
    const value = report.audits[id]?.numericValue;
    if (typeof value !== 'number') throw new Error(`${url}: Lighthouse gave no ${id} figure`);
    return value;
  };
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    speedIndex: audit('speed-index'),
  };
}

const median = (values: number[]) => summarise(values).median;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main() {
  const { runs, routes, keep } = parseArguments(process.argv.slice(2));
  build(['--outDir', OUT, '--emptyOutDir']);
  const prerender = spawnSync(
    'node_modules/.bin/tsx',
    ['--tsconfig', 'tsconfig.app.json', 'scripts/prerender.ts', OUT],
    { stdio: 'inherit' },
  );
  if (prerender.status !== 0) throw new Error('prerender failed');
  const server = await serve(join(process.cwd(), OUT), PORT);
  if (keep) mkdirSync(keep, { recursive: true });
  // Reports (the whole trace's findings: long tasks, main-thread breakdown) are kept on request.
  const reports = keep ?? mkdtempSync(join(tmpdir(), 'fulcrum-lighthouse-'));
  try {
    console.log(
      `Lighthouse ${LIGHTHOUSE_VERSION}, mobile, simulated throttling, gzip; ${runs} run(s) per route`,
    );
    for (const route of routes) {
      const results: Run[] = [];
      for (let i = 0; i < runs; i++) {
        results.push(
          await lighthouse(
            `http://127.0.0.1:${PORT}${route}`,
            join(reports, `${route.replace(/\W/g, '_')}-${i}.json`),
          ),
        );
      }
      const of = (key: keyof Run) => results.map((run) => run[key]);
      const categories = (['accessibility', 'bestPractices', 'seo'] as const)
        .map((key) => `${key} ${of(key).join('/')}`)
        .join(', ');
      console.log(
        `${route}: performance ${of('performance').join('/')} (median ${median(of('performance'))}); ${categories}; ` +
          `median FCP ${seconds(median(of('fcp')))}, LCP ${seconds(median(of('lcp')))}, ` +
          `TBT ${median(of('tbt')).toFixed(0)} ms, CLS ${median(of('cls')).toFixed(3)}, ` +
          `Speed Index ${seconds(median(of('speedIndex')))}`,
      );
    }
  } finally {
    server.close();
    if (keep) console.log(`reports kept in ${keep}`);
    else rmSync(reports, { recursive: true, force: true });
  }
}

await main();
