import AxeBuilder from '@axe-core/playwright';
import { expect, expectNoAxeViolations, test, waitForApp } from './fixtures';

// Every route, in both languages and both themes: the real content is there (names, scores,
// a source), nothing logs an error, nothing leaves the app's own host, and axe is clean.
// `heavy`: the longest pages (the country pages' ~2,500 elements with their folded sources and
// evidence; the analysis's draws and tornadoes; every reading and quotation of the methodology),
// whose axe scan alone can take most of the default 30 s on a busy machine (a country page took
// 26 s of 30 with both cores busy).
const routes = [
  { path: '/', en: /Kyrgyzstan/, ru: /Кыргызстан/ },
  { path: '/country/KG', en: /Kyrgyzstan/, ru: /Кыргызстан/, heavy: true },
  { path: '/country/TJ', en: /Tajikistan/, ru: /Таджикистан/, heavy: true },
  { path: '/compare', en: /Tajikistan/, ru: /Таджикистан/ },
  { path: '/analysis', en: /Tajikistan/, ru: /Таджикистан/, heavy: true },
  { path: '/methodology', en: /Methodology/, ru: /Методология/, heavy: true },
  { path: '/no/such/page', en: /not found/i, ru: /не найдена/i },
];

for (const route of routes) {
  for (const lang of ['en', 'ru'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`${route.path} in ${lang}, ${scheme} theme`, async ({ guarded: page }) => {
        // Three times the default timeout for the heavy pages.
        test.slow(route.heavy === true);
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        await page.goto(`${route.path}?lang=${lang}`);
        const h1 = page.getByRole('heading', { level: 1 });
        await expect(h1).toHaveCount(1);
        await expect(page.locator('main')).toContainText(route[lang]);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
        await expect(page).toHaveTitle(/Fulcrum/);
        await expectNoAxeViolations(page);
      });
    }
  }
}

test('the axe check itself fails on a page with a violation (it can fail)', async ({ page }) => {
  await page.goto('/compare');
  await waitForApp(page);
  await page.evaluate(() => {
    // A nameless button and an image without a text alternative: two violations axe reports.
    const main = document.querySelector('main')!;
    main.append(document.createElement('button'));
    const image = document.createElement('img');
    image.src = '/favicon.svg';
    main.append(image);
  });
  const failure = await expectNoAxeViolations(page).then(
    () => null,
    (error: unknown) => String(error),
  );
  expect(failure).toContain('button-name');
  expect(failure).toContain('image-alt');
});

test("a page whose code does not arrive says so, in the reader's language, and reloads it", async ({
  browser,
}) => {
  // Not the guarded page: the failed request and React Router's report of it are the point.
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    let refused = true;
    await page.route(/\/assets\/ComparePage-[^/]+\.js$/, (route) =>
      refused ? route.abort() : route.continue(),
    );
    await page.goto('/compare?lang=ru');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Не удалось загрузить эту страницу',
    );
    await expect(page.getByRole('alert')).toContainText('ComparePage');
    // (expectNoAxeViolations waits for the app, which never took this page over)
    const axe = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    // Once the code can arrive, the reload the page offers brings the page back.
    refused = false;
    await page.getByRole('button', { name: 'Перезагрузить страницу' }).click();
    await waitForApp(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/сравнение/);
  } finally {
    await context.close();
  }
});
