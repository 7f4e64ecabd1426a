// Scenario A against scenario B: two scenarios saved through the scenario panel, compared side by
// side on /versus; the differing assumptions are listed, and the link reproduces the comparison
// in a fresh browser (no saved scenarios there: the address holds both).
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { dataset } from '../../src/data/dataset';
import { compareScenarios } from '../../src/scenario/compare';
import { presetScenario } from '../../src/scenario/urlCodec';
import { expect, expectNoAxeViolations, test, waitForApp } from './fixtures';
import { FITS, slideFit } from './slides';

const [first, second] = dataset.presets.filter((p) => p.id !== 'baseline');

async function openPanel(page: Page) {
  await page
    .getByRole('button', { name: /^Scenario/ })
    .first()
    .click();
  await expect(page.getByRole('button', { name: 'Save as a new scenario' })).toBeVisible();
}

async function saveWithPreset(page: Page, preset: { name: { en: string } }, name: string) {
  await page.getByRole('button', { name: preset.name.en, exact: true }).click();
  await page.getByRole('textbox', { name: /^Name/ }).fill(name);
  await page.getByRole('button', { name: 'Save as a new scenario' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Saved “${name}”.` })).toHaveCount(1);
}

/** The keys of the differing assumptions the page lists, and the rows it marks as differing. */
async function shown(page: Page) {
  const assumptions = await page
    .getByTestId('versus-assumptions')
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')));
  const differing = await page
    .locator('[data-testid^="versus-table-"] tr[data-differs="true"]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')));
  return { assumptions, differing };
}

test('two saved scenarios side by side; the differing assumptions listed; the link reproduces it', async ({
  guarded: page,
  browser,
}) => {
  test.slow();
  await page.goto('/versus');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Scenario A against scenario B' }),
  ).toBeVisible();
  await openPanel(page);
  await saveWithPreset(page, first!, 'Alpha');
  await saveWithPreset(page, second!, 'Beta');
  await page.getByRole('button', { name: 'Close the scenario panel' }).click();

  await page.getByRole('combobox', { name: 'Choose scenario A' }).selectOption({ label: 'Alpha' });
  await expect(page).toHaveURL(/a\.p=/);
  await page.getByRole('combobox', { name: 'Choose scenario B' }).selectOption({ label: 'Beta' });
  await expect(page).toHaveURL(/b\.p=/);
  await expect(page.getByRole('combobox', { name: 'Choose scenario A' })).toHaveValue(/^saved:/);
  await expect(page.getByRole('combobox', { name: 'Choose scenario B' })).toHaveValue(/^saved:/);

  // what differs is what the one comparison rule says differs
  const expected = compareScenarios(
    dataset,
    presetScenario(dataset, first!.id)!,
    presetScenario(dataset, second!.id)!,
  );
  expect(expected.assumptions.length).toBeGreaterThan(0);
  await expect(page.getByTestId('versus-assumptions').locator('tbody tr')).toHaveCount(
    expected.assumptions.length,
  );
  await expect(page.getByTestId('versus-assumptions')).toContainText(
    expected.assumptions[0]!.label.en.split(' · ').at(-1)!,
  );
  const here = await shown(page);
  expect(here.assumptions).toEqual(expected.assumptions.map((c) => c.key));
  expect(here.differing.length).toBeGreaterThan(0);
  await expect(page.getByTestId('versus-chart-card').getByRole('img')).toBeVisible();

  await expectNoAxeViolations(page);

  // The exports name both scenarios: the CSV's file and its first rows, the image's file.
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the comparison of A and B as CSV' }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toBe('fulcrum-versus-alpha-vs-beta-en.csv');
  const text = readFileSync((await csv.path())!, 'utf8');
  expect(text).toContain('scenario,,,,a,,,,,,,,Alpha,');
  expect(text).toContain('scenario,,,,b,,,,,,,,Beta,');
  const card = page.getByTestId('versus-chart-card');
  await card.getByRole('button', { name: /^Export image/ }).click();
  const pngDownload = page.waitForEvent('download');
  await card.getByRole('button', { name: 'PNG (2×)' }).click();
  expect((await pngDownload).suggestedFilename()).toBe('fulcrum-versus-alpha-vs-beta-en.png');

  // A fresh browser: no saved scenarios, the same comparison from the address alone.
  const link = page.url();
  const context = await browser.newContext();
  try {
    const fresh = await context.newPage();
    await fresh.goto(link);
    await waitForApp(fresh);
    await expect(fresh.getByTestId('versus-assumptions').locator('tbody tr')).toHaveCount(
      expected.assumptions.length,
    );
    expect(await shown(fresh)).toEqual(here);
    await expect(fresh.getByTestId('versus-name-a')).toContainText('Alpha');
    await expect(fresh.getByTestId('versus-name-b')).toContainText('Beta');
    await expect(fresh.getByTestId('versus-summary')).toHaveText(
      (await page.getByTestId('versus-summary').textContent())!,
    );
  } finally {
    await context.close();
  }
});

/** Whether the A-vs-B chart is at least half the slide's height, its type at least 20 px. */
function chartOnSlide(page: Page) {
  return page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('.briefing-slide .versus-svg')!;
    const slide = document.querySelector('.briefing-slide')!.getBoundingClientRect();
    const box = svg.getBoundingClientRect();
    const label = svg.querySelector('.versus-label')!;
    const typePx =
      (parseFloat(getComputedStyle(label).fontSize) * box.width) / svg.viewBox.baseVal.width;
    return { halfTheSlide: box.height >= slide.height / 2, largeType: typePx >= 20 };
  });
}

test('the briefing shows the A-vs-B slide when the address names two scenarios; it fits the screen', async ({
  guarded: page,
}) => {
  test.slow();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/brief/versus?a.p=${first!.id}&a.v=1&b.p=${second!.id}&b.v=1`);
  await expect(page.getByRole('heading', { level: 1, name: 'Scenario A vs B' })).toBeVisible();
  await expect(page.getByTestId('brief-versus-assumptions')).toBeVisible();
  await expect(page.getByTestId('briefing-takeaway')).not.toBeEmpty();
  for (const lang of ['en', 'ru']) {
    if (lang === 'ru') {
      await page.goto(`/brief/versus?lang=ru&a.p=${first!.id}&a.v=1&b.p=${second!.id}&b.v=1`);
      await expect(page.getByTestId('brief-versus-assumptions')).toBeVisible();
    }
    for (const size of [
      { width: 1280, height: 800 },
      { width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize(size);
      const where = `the A-vs-B slide at ${size.width}×${size.height} (${lang})`;
      // the page does not scroll and the slide's content stays above the controls
      await expect.poll(() => slideFit(page), { message: where }).toEqual(FITS);
    }
    // on a large screen the chart takes the slide's room, and its type grows with it
    await expect
      .poll(() => chartOnSlide(page), { message: `the A-vs-B chart at 1920×1080 (${lang})` })
      .toEqual({ halfTheSlide: true, largeType: true });
  }
  await expectNoAxeViolations(page);
  // printed, the deck's A-vs-B page fits its chart into the paper's slide box, not the screen's
  await page.emulateMedia({ media: 'print' });
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const svg = document.querySelector('[data-print-slide] .versus-svg');
          const slide = svg?.closest('[data-print-slide]');
          if (!svg || !slide) return 'no printed A-vs-B chart';
          const box = svg.getBoundingClientRect();
          const room = slide.getBoundingClientRect();
          return box.height > 0 && box.bottom <= room.bottom + 1 ? 'fits' : 'cut off';
        }),
      { message: 'the printed A-vs-B slide' },
    )
    .toBe('fits');
  await page.emulateMedia({ media: 'screen' });
  // without two scenarios in the address, the deck has no such slide
  await page.goto(`/brief/versus?a.p=${first!.id}&a.v=1`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('versus');
});
