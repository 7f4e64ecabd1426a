import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { dataset } from '../../src/data/dataset';
import { expect, expectNoAxeViolations, test, waitForApp } from './fixtures';

const DEBT_SLIDER = 'Kyrgyzstan · China · Share of external public debt';

async function openPanel(page: Page) {
  await page
    .getByRole('button', { name: /^Scenario/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: 'Scenario', level: 2 }).first()).toBeVisible();
}

/** The numbers an analyst reads on a country page. */
async function countryNumbers(page: Page) {
  const cards = ['economic', 'infrastructure', 'digital', 'security'].flatMap((d) =>
    ['CN', 'RU'].map((p) => page.getByTestId(`score-${d}-${p}`).first()),
  );
  const texts = await Promise.all(cards.map((c) => c.innerText()));
  const overall = await Promise.all(
    ['CN', 'RU'].map((p) => page.getByTestId(`overall-${p}`).first().innerText()),
  );
  return [...texts, ...overall].map((t) => t.trim());
}

test('a slider moved by keyboard changes scores, charts and the URL; the link reproduces it', async ({
  guarded: page,
  browser,
}) => {
  await page.goto('/country/KG');
  const before = await countryNumbers(page);
  const radarBefore = await page.locator('.chart-card svg').first().innerHTML();
  await openPanel(page);
  const slider = page.getByRole('slider', { name: DEBT_SLIDER });
  await slider.focus();
  for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/o\.KG\.CN\.debt_share=38/);
  await expect.poll(() => countryNumbers(page)).not.toEqual(before);
  expect(await page.locator('.chart-card svg').first().innerHTML()).not.toBe(radarBefore);
  await expect(page.getByTestId('scenario-banner')).toContainText('1 assumption differs');
  const after = await countryNumbers(page);

  // A colleague opens the link in a fresh browser.
  const context = await browser.newContext();
  const colleague = await context.newPage();
  await colleague.goto(page.url());
  await waitForApp(colleague);
  await expect.poll(() => countryNumbers(colleague)).toEqual(after);
  await context.close();
});

test('dragging a slider with the mouse follows live and writes the URL', async ({
  guarded: page,
}) => {
  await page.goto('/country/KG');
  const before = await countryNumbers(page);
  await openPanel(page);
  const slider = page.getByRole('slider', { name: DEBT_SLIDER });
  await slider.scrollIntoViewIfNeeded();
  const box = (await slider.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) {
    await page.mouse.move(box.x + box.width * (0.3 + i * 0.05), box.y + box.height / 2);
  }
  await page.mouse.up();
  await expect(page).toHaveURL(/o\.KG\.CN\.debt_share=\d/);
  await expect.poll(() => countryNumbers(page)).not.toEqual(before);
});

test('every preset applies, names itself in the banner and survives a reload', async ({
  guarded: page,
}) => {
  await page.goto('/compare');
  await openPanel(page);
  for (const preset of dataset.presets) {
    await page.getByRole('button', { name: preset.name.en, exact: true }).click();
    const changes = Object.keys(preset.scenario.overrides ?? {}).length;
    if (preset.id === 'baseline') {
      await expect(page.getByTestId('scenario-banner')).toContainText('Baseline');
    } else {
      await expect(page).toHaveURL(new RegExp(`p=${preset.id}`));
      await expect(page.getByTestId('scenario-banner')).toContainText(preset.name.en);
      if (changes > 0) await expect(page.getByTestId('scenario-banner')).toContainText('differ');
    }
  }
  const last = dataset.presets.at(-1)!;
  await page.reload();
  await expect(page.getByTestId('scenario-banner')).toContainText(last.name.en);
});

test('save a scenario, reload, reopen it', async ({ guarded: page }) => {
  await page.goto('/country/TJ?o.TJ.RU.remittances_gdp=20');
  await openPanel(page);
  const numbers = await countryNumbers(page);
  await page.getByRole('textbox', { name: /^Name/ }).fill('Remittances halve');
  await page.getByRole('button', { name: /^Save/ }).first().click();
  await expect(page.getByText('Remittances halve').first()).toBeVisible();

  await page.goto('/country/TJ');
  await expect(page.getByTestId('scenario-banner')).toContainText('Baseline');
  await openPanel(page);
  await page.getByRole('button', { name: /Open.*Remittances halve/ }).click();
  await expect(page).toHaveURL(/o\.TJ\.RU\.remittances_gdp=20/);
  await expect.poll(() => countryNumbers(page)).toEqual(numbers);
});

test('export a scenario file and import it in a fresh browser: the same numbers', async ({
  guarded: page,
  browser,
}, testInfo) => {
  // Two pages, a download and an import: more than the default budget on a busy machine.
  test.slow();
  await page.goto('/country/KG?p=kg-sanctions-crackdown&w.security=2');
  const numbers = await countryNumbers(page);
  await openPanel(page);
  const exportButton = page.getByRole('button', { name: 'Export JSON', exact: true });
  await expect(exportButton).toBeEnabled();
  // By keyboard: the rows above the button are laid out as they scroll into view
  // (content-visibility), and on a busy machine the button moved between a mouse click's press
  // and release, so no click reached it (seen once in six loaded runs). Enter on the focused
  // button is what a keyboard user does and does not depend on where the button is.
  await exportButton.focus();
  await expect(exportButton).toBeFocused();
  // Listen before the key (the event may fire before the press's promise settles); wait
  // for the file itself, not only the event, and say why if the browser gave up on it.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ]);
  expect(download.suggestedFilename()).toMatch(/^fulcrum-scenario-.*\.json$/);
  expect(await download.failure(), 'the download failed').toBeNull();
  const file = testInfo.outputPath('scenario.json');
  await download.saveAs(file);
  const content = JSON.parse(readFileSync(file, 'utf8'));
  expect(content.kind).toBe('fulcrum.scenario');

  const context = await browser.newContext();
  try {
    const fresh = await context.newPage();
    await fresh.goto('/country/KG');
    await waitForApp(fresh);
    await openPanel(fresh);
    await fresh.getByLabel(/Import/).setInputFiles(file);
    await expect.poll(() => countryNumbers(fresh), { timeout: 20_000 }).toEqual(numbers);
  } finally {
    await context.close();
  }
});

test('a hostile link renders, lists what it ignored, and runs nothing', async ({
  guarded: page,
}) => {
  // 16 s on an idle machine; 31 s (over the default 30 s) once with both cores busy.
  test.slow();
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  const junk = 'x'.repeat(10_000);
  const hostile =
    '/country/KG?o.KG.CN.debt_share=1e308&o.KG.RU.trade_share=NaN&w.security=-5' +
    '&o.KG.CN.<img src=x onerror=alert(1)>=1&agg=<script>alert(1)</script>' +
    `&p=javascript:alert(1)&opt.kgTradeSource=rumours&junk=${junk}&o.ZZ.CN.debt_share=4`;
  await page.goto(hostile);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kyrgyzstan');
  const notice = page.getByRole('status').filter({ hasText: 'were not used' });
  await expect(notice).toContainText('o.KG.RU.trade_share');
  await expect(notice).toContainText('not a number');
  await expect(notice).toContainText('agg');
  await expect(notice).toContainText('kgTradeSource');
  await expect(notice).toContainText('o.KG.CN.debt_share');
  expect(dialogs).toBe(0);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  await expectNoAxeViolations(page);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});

test('the scenario panel is keyboard-usable and axe-clean in both themes', async ({
  guarded: page,
}) => {
  // Two page loads and two axe runs over the country page with the open panel: 17.8–19.9 s
  // with both cores busy, once 32 s (over the default 30 s) in a loaded run. A ceiling, not a wait.
  test.slow();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/country/KG');
    await openPanel(page);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: /^Scenario/ }).first()).toBeFocused();
  }
});

test('the scores and indicators of a scenario download as CSV, with the numbers on screen', async ({
  guarded: page,
}, testInfo) => {
  // Opens the lazily loaded panel and waits for two files: seconds each on a busy machine.
  test.slow();
  await page.goto('/country/KG?o.KG.CN.debt_share=60&lang=ru');
  const [economicCn] = await countryNumbers(page);
  await page
    .getByRole('button', { name: /^Сценарий/ })
    .first()
    .click();
  const rows = async (name: RegExp, file: string) => {
    // Listening before the click; the file itself awaited, with the browser's reason if it failed.
    // By keyboard, as in the scenario file test above: the panel's rows move as they lay out.
    const button = page.getByRole('button', { name });
    await button.focus();
    await expect(button).toBeFocused();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('Enter'),
    ]);
    expect(await download.failure(), 'the download failed').toBeNull();
    const path = testInfo.outputPath(file);
    await download.saveAs(path);
    return readFileSync(path, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n')
      .map((line) => line.split(','));
  };
  const scores = await rows(/^Оценки \(CSV\)/, 'scores.csv');
  expect(scores[0]).toEqual([
    'type',
    'country',
    'partner',
    'dimension',
    'value',
    'coverage',
    'low',
    'high',
    'pChina',
    'lean',
    'missing',
  ]);
  // No weight is 0 here: a missing cell is for want of evidence, or nothing is missing.
  for (const row of scores.slice(1)) expect(row[10]).toMatch(/^(evidence)?$/);
  // Every tilt row carries the model's lean word (the same rule the views use).
  for (const tilt of scores.filter((r) => r[0] === 'tilt'))
    expect(tilt[9]).toMatch(
      /^(china|russia)-(slight|clear|strong)$|^too-close$|^balanced$|^no-data$/,
    );
  const economic = scores.find((r) => r.slice(0, 4).join() === 'score,KG,CN,economic')!;
  // The screen shows one decimal (a comma in Russian); the file keeps four, with a point.
  expect(Number(economic[4]).toFixed(1).replace('.', ',')).toBe(economicCn);
  expect(Number(economic[6])).toBeLessThanOrEqual(Number(economic[7]));

  const indicators = await rows(/^Показатели \(CSV\)/, 'indicators.csv');
  const debt = indicators.find((r) => r.slice(0, 4).join() === 'KG,CN,economic,debt_share');
  expect(debt).toBeDefined();
  expect(indicators[0]).toContain('footnotes');
});
