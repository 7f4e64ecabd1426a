// The printed handout (src/app/Handout.tsx, src/app/print.css): printed to PDF in print media
// from a wide and a narrower window, then read back with pdf.js. Text counts only where it
// lies inside its page, so a chart cut at the page's edge fails even though its words are
// still in the file.
import type { Page } from '@playwright/test';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expect, test } from './fixtures';

interface PdfPage {
  /** the page's words inside the page, in drawing order, without white space (see squash) */
  text: string;
}

/** Text compared without white space and with ligatures and the like unfolded. */
const squash = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

async function readPdf(pdf: Buffer): Promise<PdfPage[]> {
  const document = await pdfjs.getDocument({ data: new Uint8Array(pdf) }).promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const [, , pageWidth, pageHeight] = page.view;
    const content = await page.getTextContent();
    let text = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      const x = item.transform[4] as number;
      const y = item.transform[5] as number;
      // Only what is printed on the paper (a cut chart's words lie beyond its edge).
      const inside = x >= 0 && x + item.width <= pageWidth! + 0.5 && y >= 0 && y <= pageHeight!;
      if (inside) text += item.str;
    }
    pages.push({ text: squash(text) });
  }
  await document.destroy();
  return pages;
}

/** What the handout must show, read from the page itself while it is in print media. */
interface PrintedView {
  /** each card's title and the last line of its text */
  cards: { title: string; last: string }[];
  /** every word drawn in every chart (axis ticks, bar labels, the sides' names) */
  chartTexts: string[];
}

async function readPrintedView(page: Page): Promise<PrintedView> {
  return page.evaluate(() => {
    const visible = (element: Element) => (element as HTMLElement).offsetParent !== null;
    const cards = [...document.querySelectorAll('main .card')].filter(visible).map((card) => {
      const title = card.querySelector('h2, h3')?.textContent ?? '';
      const lines = (card as HTMLElement).innerText.split('\n').filter((l) => l.trim() !== '');
      // the end of its last line (a visually hidden prefix such as "Source:" may not print)
      return { title, last: (lines.at(-1) ?? '').trim().slice(-40) };
    });
    const chartTexts = [...document.querySelectorAll('main svg[role="img"] text')]
      .map((t) => t.textContent?.trim() ?? '')
      .filter((t) => t !== '');
    return { cards, chartTexts };
  });
}

/**
 * The words of the app's own chrome as the screen shows them: navigation, header controls,
 * the scenario banner's buttons ("Scenario …") and the cards' buttons ("Show table").
 */
async function chromeTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      '.app-header a, .app-header .control-label, .app-header button, .scenario-bar button, .card-actions button';
    const texts = [...document.querySelectorAll(selector)].map((e) => (e as HTMLElement).innerText);
    // "KG" and "TJ" name the countries in the charts too: only words that are the chrome's own.
    return [...new Set(texts.map((t) => t.trim()))].filter((t) => t.length > 2);
  });
}

/** Buttons and form fields the print layout still shows (sort buttons in table headers print as their words). */
async function visibleControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('button, select, input, [role="button"]')]
      .filter((e) => !e.closest('th') && (e as HTMLElement).offsetParent !== null)
      .map((e) => (e as HTMLElement).outerHTML.slice(0, 80)),
  );
}

async function printToPdf(page: Page): Promise<PdfPage[]> {
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.handout-footer')).toBeVisible();
  return readPdf(await page.pdf({ format: 'A4' }));
}

/** Pages on which the squashed text occurs, counted from 0. */
function pagesWith(pages: PdfPage[], text: string): number[] {
  const key = squash(text);
  return pages.flatMap((p, i) => (p.text.includes(key) ? [i] : []));
}

function expectFooter(pages: PdfPage[], version: RegExp, sources: RegExp, link: RegExp) {
  const last = pages.at(-1)!.text;
  expect(last, 'the footer names the data version').toMatch(version);
  expect(last, 'the footer names the sources').toMatch(sources);
  expect(last, 'the footer has the link').toMatch(link);
}

const COMPARE = '/compare?o.KG.CN.debt_share=60';

const WORDS = {
  en: {
    china: 'China →',
    assumptions: 'Assumptions of this view',
    version: /Data:Fulcrumdataset[\d.]+/,
    sources: /Sources:RollanIsmail,Ifri,2026;/,
    link: /Reproducethisview:http:\/\/127\.0\.0\.1:\d+\/compare\?/,
  },
  ru: {
    china: 'Китай →',
    assumptions: 'Допущения этого вида',
    version: /Данные:наборданныхFulcrum[\d.]+/,
    sources: /Источники:RollanIsmail,Ifri,2026;/,
    link: /Открытьэтотвид:http:\/\/127\.0\.0\.1:\d+\/compare\?/,
  },
} as const;

for (const width of [1920, 1280]) {
  for (const lang of ['en', 'ru'] as const) {
    test(`/compare prints as an A4 handout from a ${width}-wide window, ${lang}`, async ({
      guarded: page,
    }) => {
      // Loads the compare view, prints it and reads the PDF back: seconds on a busy machine.
      test.slow();
      const words = WORDS[lang];
      await page.setViewportSize({ width, height: 900 });
      // The dark theme on screen: the handout is printed in the light palette all the same.
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(`${COMPARE}&lang=${lang}`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await expect(page.locator('[data-testid="compare-tilt"] svg[role="img"]')).toBeVisible();
      await expect(page.locator('.compare-differences-table tbody tr').first()).toBeVisible();
      const chrome = await chromeTexts(page);
      expect(chrome.length, 'navigation and buttons found on screen').toBeGreaterThan(5);

      const pages = await printToPdf(page);
      const view = await readPrintedView(page);
      const all = pages.map((p) => p.text).join('');

      // Light palette: the page's background variable is the light theme's.
      expect(
        await page.evaluate(() =>
          getComputedStyle(document.documentElement).getPropertyValue('--bg').trim(),
        ),
      ).toBe('#f8fafc');

      // No navigation, panel, banner or button, "Scenario …" included.
      expect(await visibleControls(page)).toEqual([]);
      for (const text of chrome) expect(all, `printed: ${text}`).not.toContain(squash(text));

      // The assumptions block first, with the changed assumption.
      expect(pages[0]!.text).toContain(squash(words.assumptions));
      expect(pages[0]!.text).toMatch(/→60/);
      expectFooter(pages, words.version, words.sources, words.link);

      // Both sides of every chart: every word the charts draw is on the paper, among them the
      // China side's name and the largest tilt towards China.
      expect(view.chartTexts).toContain(words.china);
      const towardsChina = view.chartTexts.flatMap((t) => {
        const number = /^\+(\d+(?:[.,]\d+)?)/.exec(t)?.[1];
        return number ? [Number(number.replace(',', '.'))] : [];
      });
      expect(Math.max(...towardsChina)).toBeGreaterThan(40);
      for (const text of view.chartTexts) expect(all, `chart text ${text}`).toContain(squash(text));

      // No card cut across a page: each card's title and its last line are on the same page.
      expect(view.cards.length).toBeGreaterThanOrEqual(4);
      for (const card of view.cards) {
        const titlePages = pagesWith(pages, card.title);
        expect(titlePages.length, `title of "${card.title}" printed`).toBeGreaterThan(0);
        const first = titlePages[0]!;
        const lastPages = pagesWith(pages, card.last).filter((p) => p >= first);
        expect(lastPages[0], `"${card.title}" ends on the page it starts on`).toBe(first);
      }
    });
  }
}

for (const { path, width, heading } of [
  { path: '/country/KG', width: 1280, heading: 'Kyrgyzstan' },
  { path: '/analysis', width: 1920, heading: 'Uncertainty, sensitivity' },
]) {
  test(`${path} prints without navigation and with the footer (${width} wide)`, async ({
    guarded: page,
  }) => {
    test.slow();
    await page.setViewportSize({ width, height: 900 });
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(heading);
    await expect(page.locator('main svg[role="img"]').first()).toBeVisible();
    const chrome = await chromeTexts(page);
    const pages = await printToPdf(page);
    const all = pages.map((p) => p.text).join('');
    expect(await visibleControls(page)).toEqual([]);
    for (const text of chrome) expect(all, `printed: ${text}`).not.toContain(squash(text));
    expect(pages[0]!.text).toContain(squash('Baseline: the data as published'));
    // Still in print media: an indicator's closed list of sources prints its content, and
    // chart labels have no halo (PDF readers drew it as a blot).
    const printed = await page.evaluate(() => ({
      sourceLists: [...document.querySelectorAll('main details.country-sources:not([open])')].map(
        (d) => {
          const inside = [...d.children].find((c) => c.tagName !== 'SUMMARY') as HTMLElement;
          return inside.getBoundingClientRect().height > 0;
        },
      ),
      halos: [...document.querySelectorAll('main .chart-frame-svg text')].filter(
        (t) => getComputedStyle(t).stroke !== 'none',
      ).length,
    }));
    if (path === '/country/KG') expect(printed.sourceLists.length).toBeGreaterThan(0);
    expect(printed.sourceLists.every(Boolean), 'every list of sources prints open').toBe(true);
    expect(printed.halos).toBe(0);
    expectFooter(
      pages,
      WORDS.en.version,
      WORDS.en.sources,
      new RegExp(`Reproducethisview:http://127\\.0\\.0\\.1:\\d+${path.replace('/', '\\/')}`),
    );
  });
}

test('printing without emulated print media (the path of Ctrl+P) gives the same handout', async ({
  guarded: page,
}) => {
  // page.pdf() alone goes the browser's own way: `beforeprint` at the screen's width, then the
  // print layout at the paper's width, in which the charts are measured and drawn again.
  test.slow();
  await page.setViewportSize({ width: 1920, height: 900 });
  await page.goto(COMPARE);
  const tilt = page.locator('[data-testid="compare-tilt"] svg[role="img"]');
  await expect(tilt).toBeVisible();
  const labels = await tilt.locator('text').allTextContents();
  const towardsChina = labels.filter((t) => /^\+\d/.test(t.trim()));
  expect(towardsChina.length).toBeGreaterThan(0);
  const chrome = await chromeTexts(page);

  const pages = await readPdf(await page.pdf({ format: 'A4' }));
  const all = pages.map((p) => p.text).join('');
  for (const text of ['← Russia', 'China →', ...towardsChina])
    expect(all, `chart text ${text}`).toContain(squash(text));
  for (const text of chrome) expect(all, `printed: ${text}`).not.toContain(squash(text));
  expect(pages[0]!.text).toContain(squash(WORDS.en.assumptions));
  expectFooter(pages, WORDS.en.version, WORDS.en.sources, WORDS.en.link);
  // Back on screen: the handout's parts are gone and the chart has its screen width again.
  await expect(page.locator('.handout')).toHaveCount(0);
  await expect(page.locator('html')).not.toHaveAttribute('data-print', /./);
});
