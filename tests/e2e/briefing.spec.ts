import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { FITS, SLIDES, slideFit } from './slides';

const PARAM = 'o.KG.CN.debt_share=60';

/**
 * The deck listens for keys once it is drawn: the address and the theme change first (the
 * briefing's code may still be loading on a busy machine). Its heading takes the focus after the
 * listener is in place, so a focused heading means a key will be heard.
 */
async function deckReady(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
}

test('the briefing, in Russian with a scenario: every slide by keyboard, axe-clean, scenario kept, Esc leaves', async ({
  guarded: page,
}) => {
  // Eight axe runs on a shared machine.
  test.setTimeout(180_000);
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
    if (slide === 'confidence-KG') {
      await expect(h1).toHaveText('Кыргызстан: насколько надёжны оценки');
      await expect(page.getByTestId('brief-draws-KG')).toContainText('Симуляций к Китаю');
      await expect(page.getByTestId('evidence-KG')).toContainText(/\d+ из \d+ ячеек/);
    }
    if (slide === 'scenario') {
      await expect(page.getByTestId('brief-changes')).toContainText('60');
      await expect(page.getByTestId('brief-effects')).toContainText(/[▲▼]/);
    }
    await expectNoAxeViolations(page);
  }

  await page.keyboard.press('Home');
  await expect(page).toHaveURL(/\/brief\/overview\?/);
  await expect(page.getByText(`1 / ${SLIDES.length}`, { exact: true })).toBeVisible();
  await page.keyboard.press('End');
  await expect(page).toHaveURL(/\/brief\/risks\?/);

  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/\?/);
  expect(page.url()).toContain(PARAM);
  await expect(page.getByRole('navigation', { name: 'Основное' })).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'projector');
});

test('F enters full screen and Esc leaves it; the saved theme is left alone', async ({
  guarded: page,
}) => {
  // Count the calls: headless Chromium may refuse full screen, the call is what the app owns.
  await page.addInitScript(() => {
    const w = window as unknown as { fullscreenCalls: number };
    w.fullscreenCalls = 0;
    const original = Element.prototype.requestFullscreen;
    Element.prototype.requestFullscreen = function (this: Element, options?: FullscreenOptions) {
      w.fullscreenCalls += 1;
      return original.call(this, options);
    };
  });
  await page.goto('/compare');
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Brief' }).click();
  await expect(page).toHaveURL(/\/brief\/overview/);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  await deckReady(page);

  const state = () =>
    page.evaluate(() => ({
      calls: (window as unknown as { fullscreenCalls: number }).fullscreenCalls,
      element: document.fullscreenElement?.className ?? null,
    }));
  await page.keyboard.press('f');
  await expect.poll(async () => (await state()).calls).toBe(1);
  const entered = (await expect
    .poll(async () => (await state()).element)
    .toContain('briefing-deck')
    .then(() => true)
    .catch(() => false)) as boolean;
  if (entered) {
    // Esc leaves full screen, not the briefing.
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await state()).element).toBeNull();
    await expect(page).toHaveURL(/\/brief\/overview/);
  }
  // The button does the same as F.
  await page.getByRole('button', { name: 'Full screen' }).click();
  await expect.poll(async () => (await state()).calls).toBe(2);
  await page.evaluate(() => document.fullscreenElement && document.exitFullscreen());
  await expect.poll(async () => (await state()).element).toBeNull();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/\/brief\/KG/);
  // Out of full screen, Esc leaves the briefing.
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
    test.setTimeout(180_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    // One page per language: the viewport is resized between checks.
    await page.setViewportSize(SIZES[0]!);
    await page.goto(`/brief/overview?lang=${lang}&${PARAM}`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
    await deckReady(page);
    for (const [i, slide] of SLIDES.entries()) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await expect(page).toHaveURL(new RegExp(`/brief/${slide}\\?`));
      // The address changes before the deck re-renders: wait for this slide's own content, so
      // nothing below is read from the previous slide.
      await expect(page.locator(`.briefing-deck[data-slide="${slide}"]`)).toBeVisible();
      for (const [sizeIndex, size] of SIZES.entries()) {
        await page.setViewportSize(size);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.getByTestId('briefing-takeaway')).not.toBeEmpty();
        const chart = page.locator('.briefing-slide svg.barchart-svg');
        if ((await chart.count()) > 0) {
          // Drawn: bars in the chart, and the SVG laid out at this width.
          await expect(chart.locator('.barchart-bar').first()).toBeVisible();
        }
        if (slide === 'KG' || slide === 'TJ') {
          // The radar: both partners' outlines, drawn at a visible size (closed where every
          // dimension has a score, a line between the ones that do where one has none: Russia in
          // Tajikistan; the baseline's grey outlines not counted).
          const radar = page.getByTestId(`brief-radar-${slide}`).locator('svg[role="img"]');
          await expect(
            radar.locator('polygon[fill-opacity], polyline:not([stroke="var(--ghost)"])'),
          ).toHaveCount(2);
          await expect
            .poll(() => radar.evaluate((e) => e.getBoundingClientRect().height))
            .toBeGreaterThan(150);
        }
        // The page does not scroll, the slide's content stays inside the slide (above the
        // controls), and the controls stay on the screen.
        await expect
          .poll(() => slideFit(page), {
            message: `${slide} at ${size.width}×${size.height} (${lang})`,
          })
          .toEqual(FITS);
        if (sizeIndex === 0) {
          // The notes lie over the slide: open, they leave the page and the slide as they were.
          await page.keyboard.press('n');
          const notes = page.getByTestId('briefing-notes');
          await expect(notes).toBeVisible();
          await expect
            .poll(() =>
              page.evaluate(() => {
                const root = document.documentElement;
                const slideBox = document.querySelector('.briefing-slide')!;
                const notesBox = document.querySelector('.briefing-notes')!.getBoundingClientRect();
                const controls = document.querySelector('.briefing-controls')!;
                return {
                  page: root.scrollHeight <= window.innerHeight,
                  slide: slideBox.scrollHeight <= slideBox.clientHeight,
                  notesAboveControls: notesBox.bottom <= controls.getBoundingClientRect().top + 0.5,
                };
              }),
            )
            .toEqual({ page: true, slide: true, notesAboveControls: true });
          await page.keyboard.press('n');
          await expect(notes).toBeHidden();
        }
      }
      await page.setViewportSize(SIZES[0]!);
    }
  });
}

test('numbered and named slide addresses open that slide and show its own address', async ({
  guarded: page,
}) => {
  // Some twenty page loads on a shared machine.
  test.setTimeout(120_000);
  const cases: [string, string, string][] = [
    ['1', 'overview', 'Kyrgyzstan and Tajikistan'],
    ['2', 'KG', 'Kyrgyzstan'],
    ['3', 'TJ', 'Tajikistan'],
    ['4', 'compare', 'compared'],
    ['5', 'confidence-KG', 'Kyrgyzstan: how sure are we?'],
    ['6', 'confidence-TJ', 'Tajikistan: how sure are we?'],
    ['7', 'scenario', 'Scenario'],
    ['8', 'risks', 'Key risks'],
    ['confidence-kyrgyzstan', 'confidence-KG', 'Kyrgyzstan: how sure'],
    ['Confidence-tj', 'confidence-TJ', 'Tajikistan: how sure'],
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

  for (const unknown of ['0', '9', 'kazakhstan']) {
    await page.goto(`/brief/${unknown}`);
    await expect(page).toHaveURL(new RegExp(`/brief/${unknown}$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(unknown);
    await expect(page.getByRole('link', { name: 'Kyrgyzstan', exact: true })).toHaveAttribute(
      'href',
      /\/brief\/KG/,
    );
  }
});

test('the title slide shows a QR code of this view’s link and the link as text', async ({
  guarded: page,
}) => {
  await page.goto(`/brief/1?lang=ru&${PARAM}`);
  await expect(page).toHaveURL(/\/brief\/overview\?/);
  const qr = page.getByRole('img', { name: /QR-код/ });
  await expect(qr).toBeVisible();
  expect(await qr.evaluate((e) => e.tagName.toLowerCase())).toBe('svg');
  // A QR code of a link this long has hundreds of dark runs (one rect each), drawn black on white.
  expect(await qr.locator('rect').count()).toBeGreaterThan(100);
  await expect
    .poll(async () => [await page.getByTestId('briefing-link').textContent(), page.url()])
    .toEqual([page.url(), page.url()]);
  expect(page.url()).toContain(PARAM);
  const box = await qr.boundingBox();
  expect(box!.width).toBeGreaterThan(100);
  expect(Math.abs(box!.width - box!.height)).toBeLessThan(1);
});

test('speaker notes: N and the button show the slide’s caveats', async ({ guarded: page }) => {
  await page.goto('/brief/KG');
  const button = page.getByRole('button', { name: 'Speaker notes' });
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await deckReady(page);
  await page.keyboard.press('n');
  const notes = page.getByRole('complementary', { name: 'Notes: Kyrgyzstan' });
  await expect(notes).toBeVisible();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  // judgement share, the Kyrgyz trade discrepancy, what the interval means — all from the data
  await expect(notes).toContainText(
    /Kyrgyzstan: \d+% of the scores’ weight rests on rubric judgements/,
  );
  await expect(page.getByTestId('notes-discrepancies')).toContainText('Chinese customs');
  await expect(page.getByTestId('notes-discrepancies')).toContainText('used now');
  await expect(notes).toContainText('2,000 times');
  await expectNoAxeViolations(page);
  await notes.getByRole('button', { name: 'Close notes' }).click();
  await expect(notes).toBeHidden();
  await button.click();
  await expect(notes).toBeVisible();
  // The notes follow the slide.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('complementary', { name: 'Notes: Tajikistan' })).toBeVisible();
});

test('with no scenario, the scenario slide names what each preset would move', async ({
  guarded: page,
}) => {
  await page.goto('/brief/scenario?lang=ru');
  const takeaway = page.getByTestId('briefing-takeaway');
  // a preset by name, a measure and its change: something specific, not "nothing changed"
  await expect(takeaway).toContainText(/Сценарий не задан\. .*«.+»: .+ [▲▼] [+−]\d+,\d/);
  await expect(page.getByTestId('brief-presets').locator('tbody tr')).toHaveCount(4);
  await expectNoAxeViolations(page);
});

test('printing the briefing gives one landscape page per slide, without controls', async ({
  guarded: page,
}) => {
  test.slow();
  await page.goto(`/brief/KG?${PARAM}`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-print-slide]')).toHaveCount(SLIDES.length);
  await expect(page.locator('.briefing-controls')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true });
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf) }).promise;
  expect(doc.numPages).toBe(SLIDES.length);
  const texts: string[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const pdfPage = await doc.getPage(n);
    const [, , width, height] = pdfPage.view;
    expect(width!, `page ${n} is landscape`).toBeGreaterThan(height!);
    const content = await pdfPage.getTextContent();
    // the words without their spacing: a PDF's text runs split and space words their own way
    texts.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join('')
        .replace(/\s+/g, ''),
    );
  }
  // each slide on its own page, in order, and no controls
  const words = (text: string) => text.replace(/\s+/g, '');
  expect(texts[0]).toContain(words('Kyrgyzstan and Tajikistan between China and Russia'));
  expect(texts[1]).toContain(words('Kyrgyzstan: dependence by dimension'));
  expect(texts[4]).toContain(words('Kyrgyzstan: how sure are we?'));
  expect(texts[7]).toContain(words('Key risks'));
  for (const text of texts) {
    expect(text).not.toContain('Next');
    expect(text).not.toContain(words('Speaker notes'));
    expect(text).not.toContain(words('Show table'));
  }
  // back on screen: one slide again
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('[data-print-slide]')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kyrgyzstan');
});

test('the confidence slide keeps its scores and notes beside the table of draws, not under it', async ({
  guarded: page,
}) => {
  // A rule order slip once put both in one column of one row: the notes ran under the table
  // while the page still "fitted" (scrollHeight is blind to overlap).
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const lang of ['en', 'ru']) {
    await page.goto(`/brief/confidence-TJ?lang=${lang}`);
    const side = page.locator('.briefing-main-confidence > .briefing-side');
    const table = page.getByTestId('brief-draws-TJ');
    await expect(table).toBeVisible();
    // the side's content as drawn (it may overflow its own box, which is the bug)
    const a = await side.evaluate((el) => {
      const boxes = [...el.querySelectorAll('*')].map((c) => c.getBoundingClientRect());
      const [x, y] = [Math.min(...boxes.map((r) => r.left)), Math.min(...boxes.map((r) => r.top))];
      const right = Math.max(...boxes.map((r) => r.right));
      const bottom = Math.max(...boxes.map((r) => r.bottom));
      return { x, y, width: right - x, height: bottom - y };
    });
    const b = (await table.boundingBox())!;
    const apart =
      a.x + a.width <= b.x + 1 ||
      b.x + b.width <= a.x + 1 ||
      a.y + a.height <= b.y + 1 ||
      b.y + b.height <= a.y + 1;
    expect(apart, `${lang}: ${JSON.stringify([a, b])}`).toBe(true);
  }
});
