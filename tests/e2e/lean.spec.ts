// One reading of every number, as the reader sees it: each tilt is worded the same way on the
// overview, the country page, the comparison and the briefing (read from the `data-lean`
// attributes the views put on their wording, so no prose is parsed), and no score is shown
// outside its own 90% interval without the explanation beside it. Nothing here types a data
// value: the pages are compared with each other.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Waits until every reading on the page has its Monte Carlo share (the worker answers later). */
async function drawnReadings(page: Page, least: number): Promise<Map<string, string>> {
  const leans = page.locator('[data-lean]');
  await expect.poll(() => leans.count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(least);
  await expect(page.locator('[data-lean][data-lean-drawn="false"]')).toHaveCount(0, {
    timeout: 20_000,
  });
  const values = await leans.evaluateAll((elements) =>
    elements.map((e) => e.getAttribute('data-lean') ?? ''),
  );
  const readings = new Map<string, string>();
  for (const value of values) {
    const [key, reading] = value.split(':') as [string, string];
    // one page words the same tilt the same way wherever it does
    if (readings.has(key)) expect(reading, `${key} twice on one page`).toBe(readings.get(key));
    readings.set(key, reading);
  }
  return readings;
}

/** The numbers in a displayed text ("90% interval 46.4–51.9" → [90, 46.4, 51.9]). */
function numbers(text: string): number[] {
  return [...text.replace(/\u2212/g, '-').matchAll(/[-+]?\d+(?:[.,]\d+)?/g)].map((m) =>
    Number(m[0].replace(',', '.')),
  );
}

/**
 * Every number shown with its interval ([data-interval-check]: a [data-role=score] and a
 * [data-role=interval]) lies inside it, or has its explanation ([data-role=interval-note])
 * beside it. Returns how many were checked.
 */
async function checkIntervals(scope: Locator): Promise<number> {
  const items = await scope.locator('[data-interval-check]').evaluateAll((elements) =>
    elements
      .filter((e) => (e as HTMLElement).offsetParent !== null)
      .map((e) => ({
        score: e.querySelector('[data-role="score"]')?.textContent ?? '',
        interval: e.querySelector('[data-role="interval"]')?.textContent ?? '',
        note: e.querySelector('[data-role="interval-note"]')?.textContent ?? '',
        where: e.textContent ?? '',
      })),
  );
  let checked = 0;
  for (const item of items) {
    const score = numbers(item.score)[0];
    const ends = numbers(item.interval).slice(-2);
    if (score === undefined || ends.length < 2) continue;
    const [low, high] = ends as [number, number];
    checked++;
    if (score < low || score > high) {
      expect(item.note, `no explanation beside “${item.where}”`).not.toBe('');
    } else {
      expect(item.note, `an explanation beside a number inside its interval: “${item.where}”`).toBe(
        '',
      );
    }
  }
  return checked;
}

test('every view, the comparison and the briefing word each tilt the same way; no score sits outside its interval unexplained', async ({
  guarded: page,
}) => {
  test.setTimeout(90_000);
  const seen = new Map<string, Map<string, string>>();
  const record = (view: string, readings: Map<string, string>) => {
    for (const [key, reading] of readings) {
      if (!seen.has(key)) seen.set(key, new Map());
      seen.get(key)!.set(view, reading);
    }
  };

  // The overview: every tilt of both countries, with its share of draws.
  await page.goto('/');
  record('overview', await drawnReadings(page, 2));
  expect(await checkIntervals(page.locator('body'))).toBeGreaterThan(0);

  // The country page: the overall tilt in the lede and each dimension card.
  await page.goto('/country/KG');
  record('country', await drawnReadings(page, 2));
  expect(await checkIntervals(page.locator('body'))).toBeGreaterThan(0);

  // The comparison: each tilt under the diverging chart; the score tables on request.
  await page.goto('/compare');
  record('compare', await drawnReadings(page, 2));
  for (const card of await page.locator('[data-testid^="scores-"]').all()) {
    await card.getByRole('button', { name: 'Show table' }).click();
    await expect(card.getByRole('table')).toBeVisible();
    await expect(card.locator('[data-role="interval"]').first()).not.toHaveText('computing…');
    expect(await checkIntervals(card)).toBeGreaterThan(0);
  }

  // The briefing: the big numbers of the overview slide, and the country slide's tilt table.
  await page.goto('/brief/overview');
  record('briefing', await drawnReadings(page, 2));
  await page.goto('/brief/KG');
  const table = page.getByTestId('brief-tilt-KG');
  await table.getByRole('button', { name: 'Show table' }).click();
  await expect(table.getByRole('table')).toBeVisible();
  record('briefing', await drawnReadings(page, 2));
  await checkIntervals(page.locator('body'));

  // Each tilt is worded by more than one of them, and the same way by all.
  const shared = [...seen].filter(([, byView]) => byView.size > 1);
  expect(shared.length).toBeGreaterThan(0);
  for (const [key, byView] of seen) {
    const readings = new Set(byView.values());
    expect([...readings], `${key}: ${JSON.stringify(Object.fromEntries(byView))}`).toHaveLength(1);
  }
  // Kyrgyzstan's overall tilt appears on all four.
  expect([...(seen.get('KG.overall')?.keys() ?? [])].sort()).toEqual(
    ['briefing', 'compare', 'country', 'overview'].sort(),
  );
});
