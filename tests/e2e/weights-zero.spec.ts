import type { Page } from '@playwright/test';
import { dataset } from '../../src/data/dataset';
import { common } from '../../src/i18n/locales/common';
import { DIMENSIONS } from '../../src/model/types';
import { expect, test } from './fixtures';

// Every weight at 0: no score has a number, and each says the weights exclude its data
// (src/model/missing.ts), never "no data" in the big type. Dimension weights alone at 0 leave
// the dimension scores standing and exclude the overall ones.

const DIMENSION_WEIGHTS_ZERO = DIMENSIONS.map((d) => `w.${d}=0`).join('&');
const EVERY_WEIGHT_ZERO = [
  DIMENSION_WEIGHTS_ZERO,
  ...dataset.indicators.map((i) => `iw.${i.id}=0`),
].join('&');

/** The Kyrgyz dimensions where both partners have data (no evidence is missing). */
const kyrgyzCovered = DIMENSIONS.filter((d) =>
  dataset.partners.every((p) =>
    dataset.observations.some(
      (o) =>
        o.country === 'KG' &&
        o.partner === p.code &&
        dataset.indicators.find((i) => i.id === o.indicator)?.dimension === d,
    ),
  ),
);

const text = async (page: Page, testId: string) =>
  (await page.getByTestId(testId).innerText()).trim();

for (const language of ['en', 'ru'] as const) {
  const c = common[language];
  /** the way back, with where the weights are set filled in */
  const excludedHint = c.excludedHint.replace('{{where}}', c.weightsPath);

  test.describe(`every weight at 0 (${language})`, () => {
    test('the country page says excluded by weights, with the way back', async ({
      guarded: page,
    }) => {
      test.slow();
      await page.goto(`/country/KG?${EVERY_WEIGHT_ZERO}&lang=${language}`);
      for (const partner of dataset.partners) {
        await expect(page.getByTestId(`overall-${partner.code}`)).toHaveText(c.excluded);
        for (const dimension of kyrgyzCovered)
          await expect(page.getByTestId(`score-${dimension}-${partner.code}`)).toHaveText(
            c.excluded,
          );
      }
      await expect(page.locator('.country-lede')).not.toContainText(c.noData);
      await expect(page.getByText(excludedHint).first()).toBeVisible();
    });

    test('compare: the overall scores and tilts are excluded by the weights', async ({
      guarded: page,
    }) => {
      test.slow();
      await page.goto(`/compare?${DIMENSION_WEIGHTS_ZERO}&lang=${language}`);
      const overall = page
        .locator('.compare-differences-table tbody tr')
        .filter({ hasText: c.dimensions.overall });
      await expect(overall).toHaveCount(dataset.partners.length + 1);
      for (const row of await overall.all()) {
        await expect(row).toContainText(c.excluded);
        await expect(row).not.toContainText(c.noData);
      }
      // the chart's overall bars say it too, in text
      await expect(
        page.getByTestId('compare-tilt').locator('svg text', { hasText: c.excluded }),
      ).toHaveCount(dataset.countries.length);
    });

    test('the briefing slide says excluded by weights in its big type and still fits', async ({
      guarded: page,
    }) => {
      test.slow();
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(`/brief/KG?${DIMENSION_WEIGHTS_ZERO}&lang=${language}`);
      const numbers = page.getByTestId('numbers-KG');
      const big = numbers.locator('.briefing-big');
      await expect(big).toHaveCount(dataset.partners.length + 1);
      for (const el of await big.all()) await expect(el).toHaveText(c.excluded);
      await expect(numbers).toContainText(excludedHint);
      await expect(numbers).not.toContainText(c.noData);
      expect(await text(page, 'numbers-KG')).not.toContain(c.noData);
      await expect
        .poll(() =>
          page.evaluate(() => {
            const slide = document.querySelector('.briefing-slide')!;
            const controls = document.querySelector('.briefing-controls')!;
            const bottoms = [...slide.querySelectorAll('*')].map(
              (e) => e.getBoundingClientRect().bottom,
            );
            return {
              page: document.documentElement.scrollHeight <= window.innerHeight,
              aboveControls: Math.max(...bottoms) <= controls.getBoundingClientRect().top + 0.5,
            };
          }),
        )
        .toEqual({ page: true, aboveControls: true });
    });
  });
}
