// Slider input → painted charts, in headless Chromium with 4× CPU throttling
// (docs/architecture.md §4: p95 ≤ 50 ms on the country and compare views). Builds the app,
// serves it, moves a Kyrgyz slider on each view and times each move from the input event to
// the first frame painted after the charts' DOM changed.
//
// Each view is measured twice: with the bundled data (the Kyrgyz debt slider), and with the
// fixture data set loaded (tests/fixtures/dataset-three-countries.json: three countries, three
// partners; the Kyrgyz trade slider, since the fixture has no debt indicator). The fixture is
// loaded as an analyst loads a file: on /data, into the page's browser (IndexedDB), and the
// view is opened with `?dataset=<id>`. Every page counts toward the exit code alike.
//
// The same run measures a bare app of the same stack (tests/bench/bare: React, a slider,
// two SVG charts, deferred rendering) the same way, and prints each view's ratio to it:
// this machine is shared, and a busy spell slows the bare app as much as Fulcrum. All the
// pages are measured in interleaved rounds so a busy spell falls on all of them.
//
// It also measures, in the same rounds, a recharts twin of the bare app
// (tests/bench/bare-recharts: the same slider, charts and deferred rendering, drawn with
// recharts, animations off, memoised) and prints its ratio to the bare app and each view's
// ratio to it, with both apps' JavaScript (gzip): the evidence behind hand-drawn SVG charts
// (README, "Dependencies"). Information only: it has no budget and never sets the exit code.
//
// Issue 12's target is printed after them (it never sets the exit code): each page's p95 at 4×
// against the reference's, and a 1× measurement of whether a move fits in one frame: the move
// is made in a frame's own callback and timed to the end of that frame's paint (a task queued
// there runs after it); a move whose charts change later is timed to the frame after the change,
// as at 4×. /analysis is measured too, for information (§4 gives it no budget); the briefing's
// scenario slide is not: the briefing has no scenario panel.
//
// Ports: FULCRUM_BENCH_PORT (default 4391) for the app, +1 the bare app, +4 its twin.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { DATASET_PARAM } from '@/lib/datasetId';
import { BENCH_PORT, build, launchChromium, startPreview, waitForServer } from './serve';
import { ms, summarise } from './stats';

const PORT = BENCH_PORT;
const ORIGIN = `http://127.0.0.1:${PORT}`;
// 120 moves a page: p95 of 60 rested on the 3rd and 4th slowest moves, so one throttling
// pause more or less moved it by 5–10 ms between runs of the same build (measured).
const ROUNDS = 6;
const MOVES_PER_ROUND = 20;
const MOVES = ROUNDS * MOVES_PER_ROUND;
// At 1× (issue 12: a move painted within one frame), each move made at a frame's start.
const MOVES_IN_FRAME_PER_ROUND = 10;
const MOVES_IN_FRAME = ROUNDS * MOVES_IN_FRAME_PER_ROUND;
const FRAME_MS = 1000 / 60;
const BARE_PORT = PORT + 1;
const BARE_OUT = 'node_modules/.cache/fulcrum-bench/bare';
const RECHARTS_PORT = PORT + 4;
const RECHARTS_OUT = 'node_modules/.cache/fulcrum-bench/bare-recharts';
const BUDGET_P95 = 50;
const SLIDER = 'Kyrgyzstan · China · Share of external public debt';
const FIXTURE = fileURLToPath(new URL('../fixtures/dataset-three-countries.json', import.meta.url));
const FIXTURE_LABEL = 'fixture data set (3 countries)';
const FIXTURE_SLIDER = 'Kyrgyzstan (illustrative) · China · Share of foreign trade';

/** One slider move: ms to the painted charts, and to the frame after the last view changed. */
interface MoveTiming {
  charts: number;
  allViews: number;
  /** moved at a frame's start and painted by that same frame (the 1× measurement) */
  sameFrame: boolean;
}

/**
 * Runs in the page: moves the slider `moves` times and times each move from the input
 * event to the frame painted after the charts' DOM changed (the budget), and to the frame
 * after which nothing in the page's main content changed any more (every score, sentence
 * and table, for information). null for a move after which no chart changed within 2 s
 * (not a latency: the bench then measures nothing and says so instead of counting 2 s).
 */
async function measureInPage(
  page: Page,
  moves: number,
  inFrame = false,
): Promise<(MoveTiming | null)[]> {
  return page.evaluate(
    async ([n, inFrame]) => {
      const input = document.activeElement as HTMLInputElement;
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const charts = Array.from(document.querySelectorAll('main .chart-card .card-body'));
      const main = document.querySelector('main')!;
      const watch = { subtree: true, childList: true, attributes: true, characterData: true };
      // (No named helpers in here: tsx would wrap them in a __name() the page lacks.)
      let lastChange = 0;
      const mainObserver = new MutationObserver(() => {
        lastChange = performance.now();
      });
      mainObserver.observe(main, watch);
      const samples: (MoveTiming | null)[] = [];
      const min = Number(input.min);
      const step = Number(input.step);
      for (let i = 0; i < n; i++) {
        const value = min + (10 + (i % 2 === 0 ? i : 40 - i)) * step * 2;
        let chartsChanged: (changed: boolean) => void = Boolean; // replaced below
        const changed = new Promise<boolean>((resolve) => (chartsChanged = resolve));
        const observer = new MutationObserver(() => chartsChanged(true));
        for (const chart of charts) observer.observe(chart, watch);
        const timer = setTimeout(() => chartsChanged(false), 2000);
        // At 1×, the move is made inside a frame, before its style, layout and paint (code
        // after an await of a frame callback runs in that callback's microtasks).
        if (inFrame) await new Promise<void>((r) => requestAnimationFrame(() => r()));
        const start = performance.now();
        setter.call(input, String(value));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        // A chart changed at once inside a frame is painted by that frame: a task queued now
        // runs after its paint. Otherwise the frame after the DOM change is the one that paints it.
        const sameFrame = inFrame && observer.takeRecords().length > 0;
        const paintedThisFrame = sameFrame ? new Promise((r) => setTimeout(r, 0)) : null;
        if (sameFrame) chartsChanged(true);
        const didChange = await changed;
        clearTimeout(timer);
        observer.disconnect();
        if (paintedThisFrame) await paintedThisFrame;
        else await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const chartsPainted = performance.now() - start;
        // Then frames until one passes in which nothing in the main content changed.
        let allViews = chartsPainted;
        for (let frame = 0; frame < 60; frame++) {
          const seen = lastChange;
          await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
          if (lastChange === seen) break;
          allViews = performance.now() - start;
        }
        samples.push(didChange ? { charts: chartsPainted, allViews, sameFrame } : null);
        await new Promise((r) => setTimeout(r, 60));
      }
      mainObserver.disconnect();
      return samples;
    },
    [moves, inFrame] as const,
  );
}

interface Target {
  name: string;
  url: string;
  /** load the fixture data set into the page's browser first, and open `url?dataset=<id>` */
  fixture?: boolean;
  /** held to the 50 ms budget (docs/architecture.md §4); else measured for information */
  budget: boolean;
  /** waits for the page and focuses the slider to move */
  prepare: (page: Page) => Promise<void>;
}

/** One of Fulcrum's views, its scenario panel opened and `slider` focused. */
function view(path: string, slider: string, { fixture = false, budget = true } = {}): Target {
  return {
    name: fixture ? `${path} with the ${FIXTURE_LABEL}` : path,
    url: ORIGIN + path,
    fixture,
    budget,
    prepare: async (page) => {
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page
        .getByRole('button', { name: /^Scenario/ })
        .first()
        .click();
      await page.getByRole('slider', { name: slider, exact: true }).focus();
    },
  };
}

const targets: Target[] = [
  {
    name: 'bare stack (reference)',
    url: `http://127.0.0.1:${BARE_PORT}/`,
    budget: false,
    prepare: async (page) => {
      await page.getByRole('slider').focus();
    },
  },
  view('/country/KG', SLIDER),
  view('/compare', SLIDER),
  view('/country/KG', FIXTURE_SLIDER, { fixture: true }),
  view('/compare', FIXTURE_SLIDER, { fixture: true }),
  // Issue 12 asks for /analysis beside the two budgeted views; §4 sets it no budget.
  view('/analysis', SLIDER, { budget: false }),
];

/** The recharts twin of the reference: measured with the others, for information only. */
const rechartsTwin: Target = {
  name: 'bare + recharts (tests/bench/bare-recharts: same charts, animations off, memoised)',
  url: `http://127.0.0.1:${RECHARTS_PORT}/`,
  budget: false,
  prepare: targets[0]!.prepare,
};

/**
 * Loads the fixture data set as an analyst does (the file input on /data: kept in this page's
 * browser, in IndexedDB) and uses it; returns the id the address names it by.
 */
async function loadFixture(page: Page): Promise<string> {
  await page.goto(`${ORIGIN}/data`);
  await page.getByLabel('Data set file (JSON or CSV)').setInputFiles(FIXTURE);
  await page.getByRole('button', { name: 'Use “dataset-three-countries”' }).click();
  await page.waitForURL(new RegExp(`[?&]${DATASET_PARAM}=`));
  return new URL(page.url()).searchParams.get(DATASET_PARAM)!;
}

/** A page of its own (its own browser context) for a target, ready to measure. */
async function open(browser: Browser, target: Target): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  const url = target.fixture
    ? `${target.url}?${DATASET_PARAM}=${await loadFixture(page)}`
    : target.url;
  await page.goto(url);
  await target.prepare(page);
  await page.waitForTimeout(500);
  return page;
}

/** The eight slowest timed moves, slowest first (p95 of 120 lies between the 6th and 7th). */
function slowest(samples: (MoveTiming | null)[]): number[] {
  return samples
    .filter((x): x is MoveTiming => x !== null)
    .map((x) => x.charts)
    .sort((a, b) => b - a)
    .slice(0, 8);
}

/** Bytes of a built app's JavaScript, each file gzipped at level 9 (as tests/bench/bundle.ts). */
function gzipJsBytes(outDir: string): number {
  const assets = join(outDir, 'assets');
  return readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .reduce(
      (sum, file) => sum + gzipSync(readFileSync(join(assets, file)), { level: 9 }).length,
      0,
    );
}

async function main() {
  build([]);
  build(['tests/bench/bare', '--outDir', `../../../${BARE_OUT}`, '--emptyOutDir']);
  build(['tests/bench/bare-recharts', '--outDir', `../../../${RECHARTS_OUT}`, '--emptyOutDir']);
  const servers = [
    startPreview(PORT),
    startPreview(BARE_PORT, ['--outDir', BARE_OUT]),
    startPreview(RECHARTS_PORT, ['--outDir', RECHARTS_OUT]),
  ];
  const measured = [...targets, rechartsTwin];
  try {
    await waitForServer(ORIGIN);
    await waitForServer(targets[0]!.url);
    await waitForServer(rechartsTwin.url);
    const browser = await launchChromium();
    const pages: Page[] = [];
    for (const target of measured) pages.push(await open(browser, target));
    const samples: (MoveTiming | null)[][] = measured.map(() => []);
    const unthrottled: (MoveTiming | null)[][] = measured.map(() => []);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, page] of pages.entries()) {
        await page.bringToFront();
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await measureInPage(page, 5); // warm-up
        samples[i]!.push(...(await measureInPage(page, MOVES_PER_ROUND)));
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
        await cdp.detach();
      }
    }
    // The 1× rounds after the 4× ones, so the budget's measurement runs as it always has.
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, page] of pages.entries()) {
        await page.bringToFront();
        await measureInPage(page, 2, true); // warm-up
        unthrottled[i]!.push(...(await measureInPage(page, MOVES_IN_FRAME_PER_ROUND, true)));
      }
    }
    await browser.close();

    const all = measured.map((target, i) => {
      const timed = samples[i]!.filter((x): x is MoveTiming => x !== null);
      return {
        target,
        timing: summarise(timed.map((x) => x.charts)),
        allViews: summarise(timed.map((x) => x.allViews)),
        unchanged: samples[i]!.length - timed.length,
      };
    });
    const results = all.slice(0, targets.length);
    const twin = all[targets.length]!;
    const reference = results[0]!.timing;
    const ratio = (x: number, of: number) => `${(x / of).toFixed(2)}×`;

    console.log(
      `\nSlider input → painted charts, Chromium, 4× CPU throttling, ${MOVES} moves per page in ${ROUNDS} interleaved rounds`,
    );
    console.log(
      `Sliders moved: bundled data “${SLIDER}”; ${FIXTURE_LABEL} “${FIXTURE_SLIDER}” (it has no debt indicator)`,
    );
    let over = 0;
    for (const [i, { target, timing, allViews, unchanged }] of results.entries()) {
      const isReference = i === 0;
      const ok = !target.budget || (timing.p95 <= BUDGET_P95 && unchanged === 0);
      if (!ok) over++;
      const budget = isReference
        ? 'reference, no budget'
        : target.budget
          ? `budget p95 ${ms(BUDGET_P95)}`
          : 'information, no budget';
      const ratios = isReference
        ? ''
        : `  (${ratio(timing.median, reference.median)} / ${ratio(timing.p95, reference.p95)} the reference)`;
      const verdict = isReference ? 'ref ' : !target.budget ? 'info' : ok ? 'ok  ' : 'OVER';
      console.log(
        `${verdict} ${target.name}\n     median ${ms(timing.median)}  p95 ${ms(timing.p95)}  ${budget}${ratios}`,
      );
      // p95 rests on the few slowest moves: these say whether it is a few outliers or a shift.
      console.log(`     slowest moves: ${slowest(samples[i]!).map(ms).join(', ')}`);
      if (!isReference) {
        console.log(
          `     every view settled (scores, sentences, tables; no budget): median ${ms(allViews.median)}  p95 ${ms(allViews.p95)}`,
        );
      }
      if (unchanged > 0) {
        console.log(
          `     ${unchanged} of ${MOVES} moves changed no chart within 2 s: not measured`,
        );
      }
    }
    const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
    console.log(
      `info ${twin.target.name}\n     median ${ms(twin.timing.median)}  p95 ${ms(twin.timing.p95)}  information, no budget  (${ratio(twin.timing.median, reference.median)} / ${ratio(twin.timing.p95, reference.p95)} the bare reference)`,
    );
    console.log(
      `     settled (a frame with no change; recharts may draw in passes): median ${ms(twin.allViews.median)}  p95 ${ms(twin.allViews.p95)}  (bare: median ${ms(results[0]!.allViews.median)}  p95 ${ms(results[0]!.allViews.p95)})`,
    );
    console.log(
      `     each view's p95 to it: ${results
        .slice(1)
        .map(({ target, timing }) => `${target.name} ${ratio(timing.p95, twin.timing.p95)}`)
        .join(', ')}`,
    );
    console.log(
      `     JavaScript (gzip -9): bare ${kib(gzipJsBytes(BARE_OUT))}, bare + recharts ${kib(gzipJsBytes(RECHARTS_OUT))}`,
    );
    if (twin.unchanged > 0) {
      console.log(
        `     ${twin.unchanged} of ${MOVES} moves changed no chart within 2 s: not measured`,
      );
    }
    // Issue 12's target, printed beside the budget (it does not set the exit code): p95 no
    // slower than the bare reference's at 4×, and at 1× a move painted within one frame.
    const inFrame = measured.map((_, i) => {
      const timed = unthrottled[i]!.filter((x): x is MoveTiming => x !== null);
      return {
        timing: summarise(timed.map((x) => x.charts)),
        sameFrame: timed.filter((x) => x.sameFrame).length,
        unchanged: unthrottled[i]!.length - timed.length,
      };
    });
    console.log(
      `\nTarget of issue 12 (not a budget): at 4×, p95 ≤ 1.00× the bare reference's; at 1×, a move made at the start of a frame painted by that frame, p95 ≤ ${ms(FRAME_MS)} (${MOVES_IN_FRAME} moves per page)`,
    );
    for (const [i, { target, timing }] of all.entries()) {
      const at1x = inFrame[i]!;
      const isReference = i === 0;
      const label = isReference ? 'ref ' : i === targets.length ? 'info' : null;
      const met4x = isReference || timing.p95 <= reference.p95;
      const met1x = at1x.timing.p95 <= FRAME_MS && at1x.unchanged === 0;
      const mark = (met: boolean) => (met ? 'met' : 'not met');
      console.log(
        `${label ?? (met4x && met1x ? 'met ' : 'not ')} ${target.name}\n     4×: p95 ${ms(timing.p95)}${isReference ? '' : ` = ${ratio(timing.p95, reference.p95)} the reference (${mark(met4x)})`}` +
          `\n     1×: median ${ms(at1x.timing.median)}  p95 ${ms(at1x.timing.p95)}  ${at1x.sameFrame} of ${MOVES_IN_FRAME} painted in their own frame (${mark(met1x)})` +
          (at1x.unchanged > 0 ? `; ${at1x.unchanged} changed no chart within 2 s` : ''),
      );
    }
    console.log(
      '     not measured: the briefing’s scenario slide (the briefing has no scenario panel to move a slider in)',
    );

    const budgeted = results.filter(({ target }) => target.budget).length;
    console.log(`\n${budgeted - over} within budget, ${over} over budget`);
    process.exitCode = over > 0 ? 1 : 0;
  } finally {
    for (const server of servers) server.kill();
  }
}

await main();
