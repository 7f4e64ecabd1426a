import { expect, expectNoAxeViolations, test } from './fixtures';

const SLIDES = ['overview', 'KG', 'TJ', 'compare', 'scenario', 'risks'];
const PARAM = 'o.KG.CN.debt_share=60';

test('the briefing, in Russian with a scenario: every slide by keyboard, axe-clean, scenario kept, Esc leaves', async ({
  guarded: page,
}) => {
  // Six axe runs on a shared machine.
  test.setTimeout(120_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`/brief?lang=ru&${PARAM}`);
  await expect(page).toHaveURL(/\/brief\/overview\?/);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');

  for (const [i, slide] of SLIDES.entries()) {
    if (i > 0) await page.keyboard.press(i % 2 ? 'ArrowRight' : 'Space');
    await expect(page).toHaveURL(new RegExp(`/brief/${slide}\\?`));
    expect(page.url()).toContain(PARAM);
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toHaveCount(1);
    await expect(h1).toBeFocused();
    await expect(page.getByText(`${i + 1} / ${SLIDES.length}`, { exact: true })).toBeVisible();
    await expect(page.getByTestId('briefing-takeaway')).not.toBeEmpty();
    if (slide === 'KG') await expect(h1).toHaveText('Кыргызстан');
    if (slide === 'scenario') {
      await expect(page.getByTestId('brief-changes')).toContainText('60');
      await expect(page.getByTestId('brief-effects')).toContainText(/[▲▼]/);
    }
    await expectNoAxeViolations(page);
  }

  await page.keyboard.press('Home');
  await expect(page).toHaveURL(/\/brief\/overview\?/);
  await page.keyboard.press('End');
  await expect(page).toHaveURL(/\/brief\/risks\?/);

  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/\?/);
  expect(page.url()).toContain(PARAM);
  await expect(page.getByRole('navigation', { name: 'Основное' })).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'projector');
});

test('full screen (F) does not throw, and the saved theme is left alone', async ({
  guarded: page,
}) => {
  await page.goto('/compare');
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Brief' }).click();
  await expect(page).toHaveURL(/\/brief\/overview/);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');

  await page.keyboard.press('f');
  await page.getByRole('button', { name: 'Full screen' }).click();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/\/brief\/KG/);
  // Esc leaves full screen first if it is on; a second Esc leaves the briefing.
  await page.evaluate(() => document.fullscreenElement && document.exitFullscreen());
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/compare/);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('an unknown slide shows a clear message with links to every slide', async ({
  guarded: page,
}) => {
  await page.goto('/brief/nope');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('nope');
  await page.getByRole('link', { name: 'Key risks' }).click();
  await expect(page).toHaveURL(/\/brief\/risks/);
  await expectNoAxeViolations(page);
});
