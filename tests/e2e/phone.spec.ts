import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { dataset } from '../../src/data/dataset';
import { SLIDES } from './slides';

// A colleague opens the link on a phone: every page and every slide fits the screen's width
// (nothing scrolls sideways) and no chart writes past the screen's edge. Russian, whose words
// are the longest, on a small (360 px) phone. Tables may scroll inside their own frame.
const WIDTH = 360;
test.use({ viewport: { width: WIDTH, height: 740 }, isMobile: true, hasTouch: true });

const PARAM = 'o.KG.CN.debt_share=60';
const pages = [
  { path: '/', charts: true },
  { path: '/country/KG', charts: true },
  { path: '/country/TJ', charts: true },
  { path: '/compare', charts: true },
  { path: '/analysis', charts: true },
  { path: '/methodology', charts: false },
];

/** What sticks out: the page wider than the screen, or chart text beyond either edge. */
function overflow(page: Page) {
  return page.evaluate((width) => {
    const found: string[] = [];
    const pageWidth = document.documentElement.scrollWidth;
    if (pageWidth > width + 1) found.push(`the page is ${pageWidth} px wide`);
    for (const text of document.querySelectorAll('svg text')) {
      const box = text.getBoundingClientRect();
      if (box.width > 0 && (box.right > width + 1 || box.left < -1)) {
        found.push(`“${text.textContent}” spans ${Math.round(box.left)}–${Math.round(box.right)}`);
      }
    }
    return found;
  }, WIDTH);
}

/**
 * Text that runs into other text on the slide or its controls: each line of each text node
 * (HTML and chart text alike) against every other one. A slide whose height collapsed on a
 * phone drew its numbers over its chart and its takeaway under the buttons, and no width
 * check saw it.
 */
function overlappingText(page: Page) {
  return page.evaluate(() => {
    const lines: { node: Node; box: DOMRect }[] = [];
    for (const root of document.querySelectorAll('.briefing-slide, .briefing-controls')) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim() || node.parentElement?.closest('.visually-hidden')) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const box of range.getClientRects()) {
          if (box.width > 1 && box.height > 1) lines.push({ node, box });
        }
      }
    }
    const found: string[] = [];
    lines.forEach((a, i) => {
      for (const b of lines.slice(i + 1)) {
        if (a.node === b.node) continue;
        const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (x > 3 && y > 3) {
          found.push(`“${a.node.textContent!.trim()}” over “${b.node.textContent!.trim()}”`);
        }
      }
    });
    return found.slice(0, 5);
  });
}

for (const { path, charts } of pages) {
  test(`${path} fits a ${WIDTH}-pixel phone in Russian`, async ({ guarded: page }) => {
    await page.goto(`${path}?lang=ru&${PARAM}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    if (charts) await expect(page.locator('svg text').first()).toBeVisible();
    await expect.poll(() => overflow(page)).toEqual([]);
  });
}

// With a scenario and at the baseline (slides differ: the scenario slide lists the presets).
for (const [label, query] of [
  ['with a scenario', `&${PARAM}`],
  ['at the baseline', ''],
] as const) {
  test(`every briefing slide fits a ${WIDTH}-pixel phone in Russian, ${label}, no text over other text`, async ({
    guarded: page,
  }) => {
    test.slow();
    for (const slide of SLIDES) {
      await page.goto(`/brief/${slide}?lang=ru${query}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
      await expect(page.getByTestId('briefing-takeaway')).not.toBeEmpty();
      await expect.poll(() => overflow(page), { message: slide }).toEqual([]);
      await expect.poll(() => overlappingText(page), { message: slide }).toEqual([]);
    }
  });
}

// The A-vs-B slide is not in the deck's list: it shows when the address names two scenarios.
test(`the A-vs-B slide fits a ${WIDTH}-pixel phone in Russian, no text over other text`, async ({
  guarded: page,
}) => {
  const [a, b] = dataset.presets.filter((p) => p.id !== 'baseline');
  await page.goto(`/brief/versus?lang=ru&a.p=${a!.id}&a.v=1&b.p=${b!.id}&b.v=1`);
  await expect(page.getByTestId('brief-versus-assumptions')).toBeVisible();
  await expect(page.getByTestId('briefing-takeaway')).not.toBeEmpty();
  await expect.poll(() => overflow(page)).toEqual([]);
  await expect.poll(() => overlappingText(page)).toEqual([]);
});
