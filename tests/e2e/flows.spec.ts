import { expect, expectNoAxeViolations, test } from './fixtures';

test('the header switches language and theme, and both are remembered', async ({
  guarded: page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Kyrgyzstan');
  await page.getByLabel('Language').selectOption('ru');
  await expect(page).toHaveURL(/lang=ru/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Кыргызстан');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');

  await page.getByLabel('Тема').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.goto('/compare');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expectNoAxeViolations(page);
});

test('navigation keeps the language and reaches every view by keyboard', async ({
  guarded: page,
}) => {
  await page.goto('/?lang=ru');
  const nav = page.getByRole('navigation');
  await nav.getByRole('link', { name: 'TJ' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/country\/TJ\?lang=ru/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Таджикистан/);
  await nav.getByRole('link', { name: 'Сравнение' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/compare\?lang=ru/);
});

test('every chart card toggles to a table with the same numbers', async ({ guarded: page }) => {
  // Three pages, every card opened and read twice: seconds each on a busy machine.
  test.slow();
  for (const path of ['/', '/country/KG', '/compare']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const toggles = page.getByRole('button', { name: 'Show table' });
    await expect(toggles.first()).toBeVisible();
    const count = await toggles.count();
    for (let i = 0; i < count; i++) {
      // Each click turns one button into "Show chart", so the first remaining one is next.
      await page.getByRole('button', { name: 'Show table' }).first().click();
    }
    await expect(page.getByRole('button', { name: 'Show chart' })).toHaveCount(count);
    const tables = page.locator('.chart-card table');
    expect(await tables.count()).toBeGreaterThanOrEqual(count);
    for (const caption of await page.locator('.chart-card table caption').allTextContents()) {
      expect(caption.trim().length).toBeGreaterThan(0);
    }
    await expectNoAxeViolations(page);
  }
});

test('country pages name their sources with the report footnote numbers', async ({
  guarded: page,
}) => {
  await page.goto('/country/TJ');
  const main = page.locator('main');
  await expect(main).toContainText(/Ifri report, note \d+/);
  // Where the material gives only a domain the page says so; any outside link opens safely.
  await expect(main).toContainText(/the source gives only the domain/);
  for (const link of await main.locator('a[href^="http"]').all())
    await expect(link).toHaveAttribute('rel', /noreferrer/);
});

test('an unknown country and an unknown path show a page with links, not a blank screen', async ({
  guarded: page,
}) => {
  await page.goto('/country/XX');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: /Kyrgyzstan/ }).first()).toBeVisible();
  await page.goto('/definitely/not/here');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/not found/i);
  await page
    .getByRole('main')
    .getByRole('link', { name: /Tajikistan/ })
    .click();
  await expect(page).toHaveURL(/\/country\/TJ/);
});

test('country codes are case-insensitive', async ({ guarded: page }) => {
  await page.goto('/country/tj');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Tajikistan/);
});

test('the projector theme: larger type and charts, remembered from page to page', async ({
  guarded: page,
}) => {
  await page.goto('/compare');
  const chart = page.getByTestId('compare-tilt').locator('svg').first();
  const light = await chart.boundingBox();
  const fontSize = () =>
    page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const lightFont = await fontSize();

  await page.getByLabel('Theme').selectOption('projector');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  expect(await fontSize()).toBeGreaterThan(lightFont);
  // The chart keeps (about) its width with larger type and bars, so it grows taller.
  await expect
    .poll(async () => (await chart.boundingBox())!.height)
    .toBeGreaterThan(light!.height * 1.2);
  expect((await chart.boundingBox())!.width).toBeGreaterThan(light!.width * 0.9);

  await page.goto('/methodology?lang=ru');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
});

// One test a view (each a page load and a full axe run per language): together they took
// more than two minutes on a machine with both cores busy.
for (const path of ['/', '/country/KG', '/compare', '/methodology']) {
  test(`the projector theme is axe-clean on ${path}, in English and Russian`, async ({
    guarded: page,
  }) => {
    // /methodology is the longest page: one axe run of it took over 40 s under that load.
    test.setTimeout(path === '/methodology' ? 240_000 : 90_000);
    await page.goto(path);
    await page.getByLabel('Theme').selectOption('projector');
    for (const lang of ['en', 'ru']) {
      await page.goto(`${path}?lang=${lang}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
      await expectNoAxeViolations(page);
    }
  });
}
