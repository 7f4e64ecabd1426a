// Chart and slide images (issue 10, part 1): PNG at twice the size of what is drawn, SVG with
// the footer as text, both in the reader's language and naming the scenario's assumptions.
import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

const SCENARIO = 'o.KG.CN.debt_share=60';

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function download(page: Page, scope: Locator, format: 'png' | 'svg'): Promise<Download> {
  const menu = scope.locator('.image-export').first();
  const toggle = menu.locator('> button');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('button', { name: format === 'png' ? 'PNG (2×)' : 'SVG', exact: true }).click(),
  ]);
  await expect(menu.getByRole('status')).toContainText(file.suggestedFilename());
  return file;
}

async function contents(file: Download): Promise<Buffer> {
  return readFile((await file.path())!);
}

/** The footer of an SVG file (short enough to read in a failure message). */
function footerOf(svg: string): string {
  const start = svg.search(/class="export-footer"/);
  expect(start, 'the SVG has a footer').toBeGreaterThan(0);
  return svg.slice(start);
}

test('a country card exports a PNG at 2× and an SVG whose footer names title, scenario, data and source', async ({
  guarded: page,
}) => {
  test.slow();
  await page.goto('/country/KG');
  const card = page.getByTestId('country-radar');
  await expect(card.locator('svg[role="img"]')).toBeVisible();
  const toggle = card.getByRole('button', { name: /^Export image/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  // Keyboard: the toggle opens the menu, its note says which palette images use.
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(card.getByText(/Images use the light palette/)).toBeVisible();
  await expectNoAxeViolations(page);

  const cardWidth = Math.round((await card.boundingBox())!.width);
  const drawingHeight = (await card.locator('svg[role="img"]').boundingBox())!.height;
  const png = await download(page, card, 'png');
  expect(png.suggestedFilename()).toBe('fulcrum-country-kg-country-radar-en.png');
  const size = pngSize(await contents(png));
  expect(size.width).toBe(2 * cardWidth);
  // The chart, its legend and the footer, each pixel twice.
  expect(size.height % 2).toBe(0);
  expect(size.height).toBeGreaterThan(2 * (drawingHeight + 100));
  expect(size.height).toBeLessThan(2 * (drawingHeight + 600));

  const svg = await download(page, card, 'svg');
  expect(svg.suggestedFilename()).toBe('fulcrum-country-kg-country-radar-en.svg');
  const text = (await contents(svg)).toString('utf8');
  expect(text.startsWith('<?xml')).toBe(true);
  const footer = footerOf(text);
  expect(footer).toContain('>Dependence by dimension</text>');
  expect(footer).toContain('>Baseline: the data as published, no assumption changed</text>');
  expect(footer).toMatch(/>Data: Fulcrum data set \d{4}\.\d+\.\d+ \(/);
  expect(footer).toContain('Sources: Fulcrum scores from data set');
  expect(footer).toContain('Reproduce this view:');
  // The legend (HTML on the page) comes along as text with its samples.
  expect(footer).toContain('>China</text>');
  // The bundled font travels inside; the theme's variables are resolved into colours.
  expect(/@font-face\s*{[^}]*Inter Variable[^}]*url\("data:font\/woff2/.test(text)).toBe(true);
  expect(text.includes('var(--'), 'no theme variable left').toBe(false);
  expect(text.includes('rgb(213, 94, 0)'), 'China in the light palette (--cn)').toBe(true);

  // Esc closes the menu and gives the focus back.
  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toBeFocused();
});

test('in Russian, in the dark theme, with a scenario: the image is in Russian, light, and lists the assumption', async ({
  guarded: page,
}) => {
  test.slow();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`/country/KG?lang=ru&${SCENARIO}`);
  await page.evaluate(() => {
    document.documentElement.dataset.theme = 'dark';
  });
  const card = page.getByTestId('country-radar');
  await expect(card.locator('svg[role="img"]')).toBeVisible();
  await card.getByRole('button', { name: /^Экспорт изображения/ }).click();
  await expect(card.getByText(/светлой палитре/)).toBeVisible();
  await expectNoAxeViolations(page);

  const svg = await download(page, card, 'svg');
  expect(svg.suggestedFilename()).toBe('fulcrum-country-kg-country-radar-ru.svg');
  const text = (await contents(svg)).toString('utf8');
  const footer = footerOf(text);
  expect(footer).toContain('>Зависимость по измерениям</text>');
  expect(footer).toMatch(/>Сценарий «[^»]+»: 1 допущение отличается от базового варианта<\/text>/);
  expect(footer).toMatch(/>[^<]*Доля во внешнем государственном долге: 28,1% → 60%<\/text>/);
  expect(footer).toContain('Данные: набор данных Fulcrum');
  expect(footer).toContain('Источники:');
  // Light palette although the page is dark: white behind, dark text, no dark surface.
  expect(text.match(/<rect width="\d+" height="\d+" fill="([^"]+)"/)?.[1]).toMatch(/^#fff(fff)?$/i);
  expect(footer).toContain('fill="#0f172a"');
  expect(text.includes('rgb(17, 26, 46)'), 'no dark surface').toBe(false);

  const png = await download(page, card, 'png');
  expect(png.suggestedFilename()).toBe('fulcrum-country-kg-country-radar-ru.png');
  expect(pngSize(await contents(png)).width).toBe(
    2 * Math.round((await card.boundingBox())!.width),
  );
});

test('a briefing slide exports a PNG at 2× and an SVG with the footer', async ({
  guarded: page,
}) => {
  test.slow();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`/brief/KG?${SCENARIO}`);
  const controls = page.locator('.briefing-controls');
  const toggle = controls.getByRole('button', { name: 'Export slide as an image' });
  await expect(toggle).toBeVisible();
  await toggle.click();
  await expectNoAxeViolations(page);

  const deckWidth = Math.round((await page.locator('.briefing-deck').boundingBox())!.width);
  const slideHeight = (await page.locator('.briefing-slide').boundingBox())!.height;
  const png = await download(page, controls, 'png');
  expect(png.suggestedFilename()).toBe('fulcrum-brief-kg-slide-en.png');
  const size = pngSize(await contents(png));
  expect(size.width).toBe(2 * deckWidth);
  expect(size.height).toBeGreaterThan(2 * slideHeight);

  const svg = await download(page, controls, 'svg');
  expect(svg.suggestedFilename()).toBe('fulcrum-brief-kg-slide-en.svg');
  const text = (await contents(svg)).toString('utf8');
  const footer = footerOf(text);
  expect(footer).toContain('Kyrgyzstan');
  expect(footer).toMatch(/Scenario “[^”]+”: 1 assumption differs from the baseline/);
  expect(footer).toContain('Share of external public debt: 28.1% → 60%');
  expect(footer).toMatch(/Data: Fulcrum data set \d{4}\.\d+\.\d+/);
  expect(footer).toContain('Sources: ');
  expect(text.includes('Inter Variable'), 'the font travels inside').toBe(true);
  // The slide keeps working: the keys still move the deck once the menu is closed.
  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page).toHaveURL(/\/brief\/KG\?/);
});

test('on a phone, a menu opened at the bottom of the screen scrolls into view', async ({
  guarded: page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/country/KG?lang=ru');
  const menu = page.locator('main .chart-card .image-export').first();
  const toggle = menu.locator('> button');
  await expect(toggle).toBeVisible();
  // The toggle at the very bottom of the screen, as when a reader scrolls down to a card.
  await toggle.evaluate((button) =>
    window.scrollBy(0, button.getBoundingClientRect().bottom - window.innerHeight + 2),
  );
  await toggle.click();
  const svgButton = menu.getByRole('button', { name: 'SVG', exact: true });
  await expect(svgButton).toBeVisible();
  await expect
    .poll(() =>
      menu
        .locator('.image-export-panel')
        .evaluate((panel) => panel.getBoundingClientRect().bottom <= window.innerHeight + 0.5),
    )
    .toBe(true);
});
