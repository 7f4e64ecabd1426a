import type { Page } from '@playwright/test';
import { dataset } from '../../src/data/dataset';
import { expect, expectNoAxeViolations, test, waitForApp } from './fixtures';

// A missing cell (no observation in the data set) on the country page: shown as missing,
// supplied in the scenario panel as the analyst's own value, carried by the link. Which cell
// is missing is read from the data set, never written here.

/** A missing cell of Kyrgyzstan whose indicator counts in its dimension (weight > 0). */
function missingKyrgyzCell() {
  const covered = new Set(
    dataset.observations.map((o) => `${o.country}.${o.partner}.${o.indicator}`),
  );
  for (const indicator of dataset.indicators) {
    if (!(indicator.weight > 0)) continue;
    for (const partner of dataset.partners) {
      const key = `KG.${partner.code}.${indicator.id}`;
      if (!covered.has(key)) return { key, indicator, partner };
    }
  }
  throw new Error('the data set has no missing Kyrgyz cell to supply');
}

const { key, indicator, partner } = missingKyrgyzCell();
const kyrgyzstan = dataset.countries.find((c) => c.code === 'KG')!;
const label = `${kyrgyzstan.name.en} · ${partner.name.en} · ${indicator.name.en}`;
/** A value on the indicator kind's track: a rubric level, a share, or the top goalpost. */
const value =
  indicator.kind === 'ordinal' ? 3 : indicator.kind === 'share' ? 60 : indicator.goalposts.max;
const rowSelector = `#row-${key.replace(/\./g, '-')}`;

/** What the country page shows for the cell and its dimension. */
async function shown(page: Page) {
  const card = page.getByTestId(`dimension-card-${indicator.dimension}`);
  return {
    row: (await page.locator(rowSelector).innerText()).replace(/\s+/g, ' ').trim(),
    coverage: (await card.locator('.country-dim-coverage').innerText()).trim(),
    score: (
      await page.getByTestId(`score-${indicator.dimension}-${partner.code}`).innerText()
    ).trim(),
  };
}

test('a missing cell shows as missing, is supplied in the scenario panel as the analyst’s own, and the link reproduces it', async ({
  guarded: page,
  browser,
}) => {
  // Two browsers' pages and the panel: 20.1 s with both cores busy, two thirds of the default 30 s.
  test.slow();
  await page.goto('/country/KG');
  const row = page.locator(rowSelector);
  await expect(row).toContainText('missing — no evidence');
  await expect(row).toHaveAttribute('data-missing', 'true');
  const before = await shown(page);

  // Supply a value: by keyboard, from the row to the panel's number box.
  const supply = row.getByRole('button', { name: /^Supply a value of your own/ });
  await supply.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('region', { name: 'Scenario panel' });
  await expect(
    panel.getByRole('heading', { name: 'Missing data — your own values' }),
  ).toBeVisible();
  const box = panel.getByRole('textbox', { name: `Your value: ${label}` });
  await expect(box).toBeFocused();
  await page.keyboard.type(String(value));
  await page.keyboard.press('Enter');

  // Marked as the analyst's own, in the panel and on the page; coverage and score move.
  const panelRow = panel.locator(`li[data-key="${key}"]`);
  await expect(panelRow).toContainText('your value — analyst’s own');
  await expect(page).toHaveURL(new RegExp(`[?&]o\\.${key.replace(/\./g, '\\.')}=${value}(&|$)`));
  await expect(row).toHaveAttribute('data-supplied', 'true');
  await expect(row).toContainText('your value — analyst’s own');
  await expect(row.locator('[data-confidence="analyst"]')).toBeVisible();
  await expect(row).toContainText('Analyst’s own value — no source');
  await expect.poll(async () => (await shown(page)).coverage).not.toBe(before.coverage);
  await expect.poll(async () => (await shown(page)).score).not.toBe(before.score);
  await expect(page.getByTestId('scenario-banner')).toContainText('1 assumption differs');
  await expectNoAxeViolations(page);
  const after = await shown(page);

  // A colleague opens the link in a fresh browser: same value, same mark, same coverage.
  const context = await browser.newContext();
  const colleague = await context.newPage();
  await colleague.goto(page.url());
  await waitForApp(colleague);
  const theirRow = colleague.locator(rowSelector);
  await expect(theirRow).toHaveAttribute('data-supplied', 'true');
  await expect(theirRow.locator('[data-confidence="analyst"]')).toBeVisible();
  await expect.poll(() => shown(colleague)).toEqual(after);
  await context.close();

  // Removing the value makes the cell missing again and takes it out of the address.
  await panelRow.getByRole('button', { name: `Remove your value: ${label}` }).click();
  await expect(row).toHaveAttribute('data-missing', 'true');
  await expect(page).not.toHaveURL(new RegExp(`o\\.${key.replace(/\./g, '\\.')}=`));
  await expect.poll(() => shown(page)).toEqual(before);
});
