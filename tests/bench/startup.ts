// The app's start-up on the main thread, as a visitor's browser runs it: each route of the
// prerendered build (tests/bench/prerendered.ts) loaded N times in a fresh Chromium context at
// 4× CPU throttling (network not throttled), traced, and for each load: the first contentful
// paint, the blocking time after it (the part of every task over 50 ms, Lighthouse's TBT
// rule, from the first paint to WINDOW_MS after the load event), the main thread's busy time
// after the first paint and the longest task. Prints each route's medians and every load's
// blocking time.
//
//   npm run bench:startup                  # the five routes of issue 12, five loads each
//   npm run bench:startup -- --loads 9 /analysis
//   npm run bench:startup -- --dist DIR    # a prerendered build made before (no build)
//
// --dist lets two builds be compared in one session, alternating runs: keep a copy of the
// build it makes (node_modules/.cache/fulcrum-bench/startup), change the code, and run each.
//
// Lighthouse's simulated scores (bench:lighthouse) move by several points between runs of one
// build; this measures the tasks themselves, so a change of the start-up (issue 12: tasks
// under 50 ms at 4×) shows here first. Still a shared machine: compare builds in the same
// session, alternating, and quote medians. Information only: no budget, exit code 0.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { buildPrerendered, parseRouteArguments, servePrerendered } from './prerendered';
import { BENCH_PORT, launchChromium } from './serve';
import { ms, summarise } from './stats';

const PORT = BENCH_PORT + 5;
const OUT = 'node_modules/.cache/fulcrum-bench/startup';
/** How long after the load event a load is traced: the app's start-up ends well before. */
const WINDOW_MS = 6000;
const LONG_TASK_MS = 50;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
}

interface Load {
  firstPaint: number;
  blocking: number;
  busy: number;
  longest: number;
}

/** The figures of one traced load (trace times are in µs). */
function figures(events: TraceEvent[], url: string): Load {
  const request = events
    .filter((e) => e.name === 'ResourceSendRequest')
    .sort((a, b) => a.ts - b.ts)[0];
  const paint = events.find((e) => e.name === 'firstContentfulPaint');
  const parser = events.find((e) => e.name === 'ParseHTML');
  if (!request || !paint || !parser) throw new Error(`${url}: no first contentful paint traced`);
  // The page's main thread: the one that parsed its HTML (thread ids are per process). A task
  // under way at the first paint counts from the paint on, as Lighthouse clips it.
  const tasks = events
    .filter((e) => e.pid === parser.pid && e.tid === parser.tid)
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.ts + (e.dur ?? 0) > paint.ts)
    .map((e) => (e.ts + (e.dur ?? 0) - Math.max(e.ts, paint.ts)) / 1000);
  return {
    firstPaint: (paint.ts - request.ts) / 1000,
    blocking: tasks.reduce((sum, task) => sum + Math.max(0, task - LONG_TASK_MS), 0),
    busy: tasks.reduce((sum, task) => sum + task, 0),
    longest: Math.max(0, ...tasks),
  };
}

async function main() {
  let dist: string | null = null;
  const { count: loads, routes } = parseRouteArguments(
    process.argv.slice(2),
    { flag: '--loads', initial: 5, max: 50 },
    {
      '--dist': (value) => {
        if (!value || !existsSync(join(resolve(value), 'index.html'))) {
          throw new Error(
            `--dist takes a prerendered build's folder (with index.html), not "${value}"`,
          );
        }
        dist = resolve(value);
      },
    },
  );
  const root = dist ?? join(process.cwd(), OUT);
  if (dist === null) buildPrerendered(OUT);
  const server = await servePrerendered(root, PORT);
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    server.close();
    throw error;
  }
  try {
    if (dist !== null) console.log(`The build in ${dist} (not built by this run)`);
    console.log(
      `Start-up on the main thread, Chromium, 4× CPU throttling, network not throttled, 412×823; ${loads} load(s) per route, traced to ${WINDOW_MS / 1000} s after load`,
    );
    for (const route of routes) {
      const url = `http://127.0.0.1:${PORT}${route}`;
      const results: Load[] = [];
      for (let i = 0; i < loads; i++) {
        const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        const events: TraceEvent[] = [];
        cdp.on('Tracing.dataCollected', ({ value }) =>
          events.push(...(value as unknown as TraceEvent[])),
        );
        const complete = new Promise<void>((resolve) =>
          cdp.once('Tracing.tracingComplete', () => resolve()),
        );
        await cdp.send('Tracing.start', {
          categories: 'devtools.timeline,loading,disabled-by-default-devtools.timeline',
          transferMode: 'ReportEvents',
        });
        await page.goto(url, { waitUntil: 'load' });
        // A fixed window on purpose: what is measured is every task within it.
        await page.waitForTimeout(WINDOW_MS);
        await cdp.send('Tracing.end');
        await complete;
        results.push(figures(events, url));
        await context.close();
      }
      const median = (key: keyof Load) => ms(summarise(results.map((x) => x[key])).median);
      console.log(
        `${route}: first paint ${median('firstPaint')}; after it: blocking ${median('blocking')}, ` +
          `busy ${median('busy')}, longest task ${median('longest')} (medians)\n` +
          `     blocking time of each load: ${results.map((x) => x.blocking.toFixed(0)).join(', ')} ms`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
