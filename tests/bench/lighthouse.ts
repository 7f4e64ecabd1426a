// Lighthouse on the built app, as issue 12 measures it: mobile form factor with Lighthouse's
// default simulated throttling (150 ms RTT, 1.6 Mbps, 4× CPU), every text file gzipped and the
// hashed assets cached as a production server would, with the headers `vite preview` sends
// (scripts/contentSecurityPolicy.ts). Builds and prerenders into a folder of its own, runs each
// route N times and prints every run's four category scores and the medians of performance,
// FCP, LCP, TBT, CLS and Speed Index.
//
//   npm run bench:lighthouse                      # the five routes of issue 12, three runs each
//   npm run bench:lighthouse -- --runs 5 /compare
//   npm run bench:lighthouse -- --runs 1 --keep /tmp/lh /analysis   # keep the JSON reports
//
// Lighthouse is not a dependency of the app or its tests (it is large and CI does not run it):
// `npx` fetches lighthouse@LIGHTHOUSE_VERSION once and keeps it in npm's cache, so the first run
// needs the npm registry. Scores move by several points from run to run on a shared machine:
// compare builds in the same session, alternating, and quote medians.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { buildPrerendered, parseRouteArguments, ROUTES, servePrerendered } from './prerendered';
import { BENCH_PORT, CHROMIUM_ARGS } from './serve';
import { summarise } from './stats';

const LIGHTHOUSE_VERSION = '12.8.2';
const PORT = BENCH_PORT + 3;
const OUT = 'node_modules/.cache/fulcrum-bench/lighthouse';

function parseArguments(argv: string[]): { runs: number; routes: string[]; keep?: string } {
  let keep: string | undefined;
  const { count: runs, routes } = parseRouteArguments(
    argv,
    { flag: '--runs', initial: 3, max: 20 },
    {
      '--keep': (folder) => {
        // A route also starts with "/": `--keep /compare` is most likely a forgotten folder.
        if (!folder || ROUTES.includes(folder)) {
          throw new Error(
            `--keep takes the folder to keep the JSON reports in, not "${folder ?? ''}"`,
          );
        }
        keep = folder;
      },
    },
  );
  return { runs, routes, keep };
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
  if (keep) {
    // Checked before the build, and never over an earlier run's reports.
    if (existsSync(keep) && readdirSync(keep).length > 0) {
      throw new Error(`--keep ${keep}: the folder is not empty (name a new one)`);
    }
    // Made in a folder that exists: `--keep /country/UZ` is a route, not a folder to create.
    if (!existsSync(dirname(resolve(keep)))) {
      throw new Error(`--keep ${keep}: ${dirname(resolve(keep))} does not exist (a route?)`);
    }
    if (!existsSync(keep)) mkdirSync(keep);
  }
  buildPrerendered(OUT);
  const server = await servePrerendered(join(process.cwd(), OUT), PORT);
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
