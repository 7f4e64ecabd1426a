// Robustness across specifications on /analysis: one line per country counting the
// specifications that lean each way, and a table with one row per specification.
import { expect, expectNoAxeViolations, test } from './fixtures';

test.describe('robustness across specifications', () => {
  test.slow();

  for (const language of ['en', 'ru'] as const) {
    test(`summary and table (${language})`, async ({ guarded: page }) => {
      await page.goto(`/analysis${language === 'ru' ? '?lang=ru' : ''}`);
      const section = page.getByTestId('robustness');
      await expect(section).toBeVisible();
      // every specification's draws are in: the words are final
      await expect(section).toHaveAttribute('data-drawn', 'true', { timeout: 30_000 });

      const table = page.getByTestId('robustness-table');
      const rows = table.locator('tbody tr');
      const specifications = await rows.count();
      expect(specifications).toBeGreaterThanOrEqual(5);

      for (const country of ['KG', 'TJ']) {
        const line = page.getByTestId(`robustness-summary-${country}`);
        await expect(line).toHaveAttribute('data-total', String(specifications));
        const text = (await line.textContent()) ?? '';
        const positive = Number(await line.getAttribute('data-positive'));
        const negative = Number(await line.getAttribute('data-negative'));
        const lead = Math.max(positive, negative);
        // "… under 8 of 9 specifications …" / "… в 8 из 9 спецификаций …"
        expect(text).toContain(
          language === 'en'
            ? `under ${lead} of ${specifications} specification`
            : `в ${lead} из ${specifications} спецификаци`,
        );
        // the table agrees with the line: as many rows lean to China as it counts
        const toChina = await table
          .locator(`[data-spec-lean^="${country}.overall:leans-positive"]`)
          .count();
        expect(toChina).toBe(positive);
      }
      await expect(table.locator('caption')).not.toBeEmpty();
      // the last section of the analysis page's own stack (its spacing, its print rules)
      await expect(page.locator('.stack.analysis > .robustness-section:last-child')).toHaveCount(1);
      await expectNoAxeViolations(page);
    });
  }

  test('on a 390 px phone the table’s caption shows whole, outside the sideways scroller', async ({
    guarded: page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/analysis');
    const section = page.getByTestId('robustness');
    await expect(section).toHaveAttribute('data-drawn', 'true', { timeout: 30_000 });
    const caption = section.locator('.robustness-caption');
    await caption.scrollIntoViewIfNeeded();
    await expect(caption).toBeVisible();
    await expect(caption).toContainText('Overall tilt (China − Russia)');
    const box = (await caption.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    // its words wrap inside the page: nothing of it is cut off
    expect(await caption.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    expect(await caption.evaluate((el) => el.closest('.table-scroll'))).toBeNull();
    // the scroller is named by the table's caption
    await expect(section.locator('.table-scroll')).toHaveAttribute(
      'aria-labelledby',
      'robustness-caption',
    );
  });
});
