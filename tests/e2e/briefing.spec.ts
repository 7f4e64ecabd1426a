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

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

for (const lang of ['en', 'ru']) {
  test(`every slide fits the screen without scrolling at 1280×800, 1366×768 and 1920×1080 (${lang}, projector theme, with a scenario)`, async ({
    guarded: page,
  }) => {
    test.setTimeout(60_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    // One page per language: the viewport is resized between checks.
    await page.setViewportSize(SIZES[0]!);
    await page.goto(`/brief/overview?lang=${lang}&${PARAM}`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
    for (const [i, slide] of SLIDES.entries()) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await expect(page).toHaveURL(new RegExp(`/brief/${slide}\\?`));
      // The address changes before the deck re-renders: wait for this slide's own content, so
      // nothing below is read from the previous slide.
      await expect(page.locator(`.briefing-deck[data-slide="${slide}"]`)).toBeVisible();
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.getByTestId('briefing-takeaway')).not.toBeEmpty();
        const chart = page.locator('.briefing-slide svg[role="img"]');
        if ((await chart.count()) > 0) {
          // Drawn: bars in the chart, and the SVG laid out at this width.
          await expect(chart.locator('.barchart-bar').first()).toBeVisible();
        }
        // The page does not scroll, the slide's content stays inside the slide (above the
        // controls), and the controls stay on the screen.
        await expect
          .poll(
            () =>
              page.evaluate(() => {
                const root = document.documentElement;
                const slideBox = document.querySelector('.briefing-slide')!;
                const controls = document.querySelector('.briefing-controls')!;
                const bottoms = [...slideBox.querySelectorAll('*')].map(
                  (e) => e.getBoundingClientRect().bottom,
                );
                return {
                  page: root.scrollHeight <= window.innerHeight,
                  slide: slideBox.scrollHeight <= slideBox.clientHeight,
                  aboveControls: Math.max(...bottoms) <= controls.getBoundingClientRect().top + 0.5,
                  controlsOnScreen: controls.getBoundingClientRect().bottom <= window.innerHeight,
                  noSideways: root.scrollWidth <= window.innerWidth,
                };
              }),
            { message: `${slide} at ${size.width}×${size.height} (${lang})` },
          )
          .toEqual({
            page: true,
            slide: true,
            aboveControls: true,
            controlsOnScreen: true,
            noSideways: true,
          });
      }
      await page.setViewportSize(SIZES[0]!);
    }
  });
}

test('numbered and named slide addresses open that slide and show its own address', async ({
  guarded: page,
}) => {
  const cases: [string, string, string][] = [
    ['1', 'overview', 'Kyrgyzstan and Tajikistan'],
    ['2', 'KG', 'Kyrgyzstan'],
    ['3', 'TJ', 'Tajikistan'],
    ['4', 'compare', 'compared'],
    ['5', 'scenario', 'Scenario'],
    ['6', 'risks', 'Key risks'],
    ['kyrgyzstan', 'KG', 'Kyrgyzstan'],
    ['kg', 'KG', 'Kyrgyzstan'],
    ['KG', 'KG', 'Kyrgyzstan'],
    ['Tajikistan', 'TJ', 'Tajikistan'],
    ['tj', 'TJ', 'Tajikistan'],
    ['%D0%BA%D1%8B%D1%80%D0%B3%D1%8B%D0%B7%D1%81%D1%82%D0%B0%D0%BD', 'KG', 'Kyrgyzstan'],
    ['Risks', 'risks', 'Key risks'],
  ];
  for (const [address, id, heading] of cases) {
    await page.goto(`/brief/${address}?${PARAM}`);
    await expect(page, address).toHaveURL(
      new RegExp(`/brief/${id}\\?${PARAM.replace('.', '\\.')}`),
    );
    await expect(page.getByRole('heading', { level: 1 })).toContainText(heading);
  }
  // Replaced, not pushed: Back leaves the numbered address behind.
  await page.goto('/brief/KG');
  await page.goto('/brief/3');
  await expect(page).toHaveURL(/\/brief\/TJ$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/brief\/KG$/);

  for (const unknown of ['0', '7', 'kazakhstan']) {
    await page.goto(`/brief/${unknown}`);
    await expect(page).toHaveURL(new RegExp(`/brief/${unknown}$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(unknown);
    await expect(page.getByRole('link', { name: 'Kyrgyzstan' })).toHaveAttribute(
      'href',
      /\/brief\/KG/,
    );
  }
});
