import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
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

for (const { path, charts } of pages) {
  test(`${path} fits a ${WIDTH}-pixel phone in Russian`, async ({ guarded: page }) => {
    await page.goto(`${path}?lang=ru&${PARAM}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    if (charts) await expect(page.locator('svg text').first()).toBeVisible();
    await expect.poll(() => overflow(page)).toEqual([]);
  });
}

test(`every briefing slide fits a ${WIDTH}-pixel phone in Russian`, async ({ guarded: page }) => {
  test.slow();
  for (const slide of SLIDES) {
    await page.goto(`/brief/${slide}?lang=ru&${PARAM}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page.getByTestId('briefing-takeaway')).not.toBeEmpty();
    await expect.poll(() => overflow(page), { message: slide }).toEqual([]);
  }
});
