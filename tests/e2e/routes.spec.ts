import { expect, expectNoAxeViolations, test } from './fixtures';

// Every route, in both languages and both themes: the real content is there (names, scores,
// a source), nothing logs an error, nothing leaves the app's own host, and axe is clean.
const routes = [
  { path: '/', en: /Kyrgyzstan/, ru: /Кыргызстан/ },
  { path: '/country/KG', en: /Kyrgyzstan/, ru: /Кыргызстан/ },
  { path: '/country/TJ', en: /Tajikistan/, ru: /Таджикистан/ },
  { path: '/compare', en: /Tajikistan/, ru: /Таджикистан/ },
  { path: '/analysis', en: /Tajikistan/, ru: /Таджикистан/ },
  { path: '/methodology', en: /Methodology/, ru: /Методология/ },
  { path: '/no/such/page', en: /not found/i, ru: /не найдена/i },
];

for (const route of routes) {
  for (const lang of ['en', 'ru'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`${route.path} in ${lang}, ${scheme} theme`, async ({ guarded: page }) => {
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
