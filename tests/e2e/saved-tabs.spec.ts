// The app open in two tabs (two pages of one browser context share localStorage): they save,
// rename and delete different scenarios in turn, each following the other live; after both
// reload, every entry that should exist does, and the deleted ones do not.
import type { Page } from '@playwright/test';
import { expect, test, waitForApp } from './fixtures';

async function openPanel(page: Page) {
  await page
    .getByRole('button', { name: /^Scenario/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: 'Scenario', level: 2 }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save as a new scenario' })).toBeVisible();
}

/** The names in the saved list, sorted (the list itself is newest first). */
async function savedNames(page: Page): Promise<string[]> {
  const names = await page
    .getByRole('list', { name: 'Saved scenarios' })
    .locator('.scenario-saved-name')
    .allInnerTexts();
  return names.map((n) => n.trim()).sort();
}

async function save(page: Page, name: string) {
  await page.getByRole('textbox', { name: /^Name/ }).fill(name);
  await page.getByRole('button', { name: 'Save as a new scenario' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Saved “${name}”.` })).toHaveCount(1);
}

async function rename(page: Page, from: string, to: string) {
  await page.getByRole('button', { name: `Rename “${from}”` }).click();
  const input = page.getByRole('textbox', { name: `New name for “${from}”` });
  await input.fill(to);
  await input.press('Enter');
  await expect(page.getByRole('button', { name: `Rename “${to}”` })).toBeVisible();
}

async function remove(page: Page, name: string) {
  await page.getByRole('button', { name: `Delete “${name}”` }).click();
  await expect(page.getByRole('button', { name: `Undo: bring back “${name}”` })).toBeVisible();
}

/** Both tabs show exactly these names (the other tab through the `storage` event). */
async function bothShow(a: Page, b: Page, names: string[]) {
  const expected = [...names].sort();
  const often = { intervals: [50, 100, 250] };
  await expect.poll(() => savedNames(a), often).toEqual(expected);
  await expect.poll(() => savedNames(b), often).toEqual(expected);
}

test('two tabs save, rename and delete in turn; after reloading both, nothing is lost', async ({
  guarded: a,
}) => {
  // Two live pages and some thirty steps: more than one page's default budget.
  test.setTimeout(90_000);
  const b = await a.context().newPage();
  const errorsInB: string[] = [];
  b.on('console', (m) => {
    if (m.type() === 'error') errorsInB.push(m.text());
  });
  b.on('pageerror', (e) => errorsInB.push(e.message));

  await a.goto('/country/KG');
  await b.goto('/country/TJ');
  await waitForApp(b);
  await openPanel(a);
  await openPanel(b);

  await save(a, 'Alpha');
  await bothShow(a, b, ['Alpha']);
  await save(b, 'Beta');
  await bothShow(a, b, ['Alpha', 'Beta']);
  await save(a, 'Gamma');
  await bothShow(a, b, ['Alpha', 'Beta', 'Gamma']);
  await rename(b, 'Alpha', 'Alpha 2');
  await bothShow(a, b, ['Alpha 2', 'Beta', 'Gamma']);
  await remove(a, 'Beta');
  await bothShow(a, b, ['Alpha 2', 'Gamma']);
  await save(b, 'Delta');
  await bothShow(a, b, ['Alpha 2', 'Delta', 'Gamma']);
  await rename(a, 'Gamma', 'Gamma 2');
  await bothShow(a, b, ['Alpha 2', 'Delta', 'Gamma 2']);
  await remove(b, 'Delta');
  await bothShow(a, b, ['Alpha 2', 'Gamma 2']);

  await a.reload();
  await b.reload();
  await waitForApp(b);
  await openPanel(a);
  await openPanel(b);
  await bothShow(a, b, ['Alpha 2', 'Gamma 2']);
  for (const gone of ['Alpha', 'Beta', 'Gamma', 'Delta']) {
    await expect(a.getByRole('button', { name: `Open “${gone}”` })).toHaveCount(0);
    await expect(b.getByRole('button', { name: `Open “${gone}”` })).toHaveCount(0);
  }
  // The surviving entries still open in either tab.
  await b.getByRole('button', { name: 'Open “Alpha 2”' }).click();
  await expect(b.getByRole('status').filter({ hasText: 'Opened “Alpha 2”.' })).toHaveCount(1);
  expect(errorsInB, 'console errors in the second tab').toEqual([]);
});
