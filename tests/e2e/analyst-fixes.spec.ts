import type { Page } from '@playwright/test';
import { dataset } from '../../src/data/dataset';
import { common } from '../../src/i18n/locales/common';
import { scenario } from '../../src/i18n/locales/scenario';
import { expect, expectNoAxeViolations, test } from './fixtures';

// What an analyst tripped over preparing a briefing (issue 10, part 5), each checked where
// it shows: in the browser, at the sizes of a briefing laptop and a meeting-room screen, in
// both languages.

const LANGUAGES = ['en', 'ru'] as const;
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;

const presetName = (id: string, lang: 'en' | 'ru') =>
  dataset.presets.find((p) => p.id === id)!.name[lang];

/** Waits until the browser has painted twice: hover follows a layout change by then. */
const twoFrames = (page: Page) =>
  page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );

for (const lang of LANGUAGES) {
  test(`the rationale follows the applied preset; pointing and focus preview another (${lang})`, async ({
    guarded: page,
  }) => {
    test.slow();
    const t = scenario[lang];
    const rationaleOf = (id: string) =>
      t.presets.rationale.replace('{{name}}', presetName(id, lang));
    await page.goto(`/country/KG?lang=${lang}`);
    await page
      .getByRole('button', { name: common[lang].scenarioPanel.toggle, exact: true })
      .click();
    const panel = page.getByRole('region', { name: common[lang].scenarioPanel.label });
    const title = panel.locator('.scenario-rationale-title');
    await expect(title).toHaveText(rationaleOf('baseline'));

    // Clicked as an analyst does: the pointer stays where it clicked while the "applied" line
    // and the status message shift the list under it.
    const applied = panel.getByRole('button', {
      name: presetName('cku-railway-in-operation', lang),
    });
    const before = (await applied.boundingBox())!;
    const point = { x: before.x + before.width / 2, y: before.y + before.height / 2 };
    await page.mouse.move(point.x, point.y, { steps: 2 });
    await page.mouse.down();
    await page.mouse.up();
    await expect(applied).toHaveAttribute('aria-pressed', 'true');
    await expect(panel.getByRole('status').first()).toContainText(
      presetName('cku-railway-in-operation', lang),
    );
    // Wait until the browser has moved its hover to what now lies under the still pointer:
    // another preset (the case the analyst met), not the one applied.
    const underPointer = await page.waitForFunction(({ x, y }) => {
      const under = document.elementFromPoint(x, y)?.closest('.scenario-preset') ?? null;
      const hovered = document.querySelector('.scenario-preset:hover');
      return under !== null && under === hovered && under.textContent;
    }, point);
    expect(await underPointer.jsonValue()).not.toContain(
      presetName('cku-railway-in-operation', lang),
    );
    await twoFrames(page);
    await expect(title).toHaveText(rationaleOf('cku-railway-in-operation'));

    // Pointing at another previews it; leaving the list returns to the applied one.
    const other = panel.getByRole('button', { name: presetName('russian-re-engagement', lang) });
    await other.scrollIntoViewIfNeeded();
    const box = (await other.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    await expect(title).toHaveText(rationaleOf('russian-re-engagement'));
    await page.mouse.move(10, 400, { steps: 4 });
    await expect(title).toHaveText(rationaleOf('cku-railway-in-operation'));

    // The keyboard: focus previews, leaving returns.
    await other.focus();
    await expect(title).toHaveText(rationaleOf('russian-re-engagement'));
    await page.keyboard.press('Shift+Tab');
    await expect(title).not.toHaveText(rationaleOf('russian-re-engagement'));
    await applied.focus();
    await expect(title).toHaveText(rationaleOf('cku-railway-in-operation'));
  });
}

/**
 * Every element inside a card (or the indicator table's frame) that reaches past the card's
 * right edge, unless a scrolling frame inside the card holds it.
 */
async function overflowingCards(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const frames = document.querySelectorAll('.card, .country-indicators, .table-scroll');
    for (const frame of frames) {
      const right = frame.getBoundingClientRect().right;
      for (const element of frame.querySelectorAll('*')) {
        let held = false;
        for (let p = element.parentElement; p && p !== frame; p = p.parentElement) {
          if (getComputedStyle(p).overflowX !== 'visible') held = true;
        }
        const box = element.getBoundingClientRect();
        if (!held && box.width > 0 && box.right > right + 0.5) {
          found.push(
            `${frame.className} ⊃ ${element.tagName.toLowerCase()}.${String(element.getAttribute('class') ?? '')} by ${(box.right - right).toFixed(1)} px`,
          );
        }
      }
    }
    return found.slice(0, 10);
  });
}

for (const size of SIZES) {
  for (const lang of LANGUAGES) {
    test(`nothing sticks out of its card on the country pages at ${size.width}×${size.height} (${lang})`, async ({
      guarded: page,
    }) => {
      test.slow();
      await page.setViewportSize(size);
      for (const code of ['KG', 'TJ']) {
        // With a scenario: every score also shows its baseline and change, the widest content.
        await page.goto(`/country/${code}?lang=${lang}&p=russian-re-engagement`);
        await expect(page.locator('.country-change').first()).toBeVisible();
        const frame = page.locator('.country-table-scroll');
        // Below the fold the table is not laid out (content-visibility): bring it in view.
        await frame.scrollIntoViewIfNeeded();
        await expect(page.locator('.country-table tbody tr').first()).toBeVisible();
        expect(await overflowingCards(page), `/country/${code}`).toEqual([]);
        // At these sizes the whole table fits its frame: no column hides behind a scroll.
        const { scrollWidth, clientWidth } = await frame.evaluate((e) => ({
          scrollWidth: e.scrollWidth,
          clientWidth: e.clientWidth,
        }));
        expect(scrollWidth, `/country/${code} table width`).toBeLessThanOrEqual(clientWidth + 1);
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth),
          'page width',
        ).toBeLessThanOrEqual(size.width);
      }
    });
  }
}

interface SvgBox {
  x: number;
  y: number;
  width: number;
  height: number;
}
const overlap = (a: SvgBox, b: SvgBox) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('the radar’s ring numbers stand clear of every data marker, drawn over the outlines', async ({
  guarded: page,
}) => {
  test.slow();
  // The published data, and a preset that moves the markers.
  for (const address of ['/country/KG', '/country/TJ', '/country/KG?p=telecom-rip-and-replace']) {
    await page.goto(address);
    const svg = page.locator('.radar-chart svg').first();
    await expect(svg.locator('.radar-ticks text')).toHaveCount(5);
    const { ticks, markers, ticksLast } = await svg.evaluate((root) => {
      const box = (e: Element) => {
        const b = (e as SVGGraphicsElement).getBBox();
        return { x: b.x, y: b.y, width: b.width, height: b.height };
      };
      const tickGroup = root.querySelector('.radar-ticks')!;
      const markerElements = [...root.querySelectorAll('.radar-marker')];
      return {
        ticks: [...tickGroup.querySelectorAll('text')].map(box),
        markers: markerElements.map(box),
        // drawn after (over) every marker and outline
        ticksLast: markerElements.every(
          (m) => m.compareDocumentPosition(tickGroup) & Node.DOCUMENT_POSITION_FOLLOWING,
        ),
      };
    });
    expect(markers.length, address).toBeGreaterThanOrEqual(6);
    expect(ticksLast).toBe(true);
    for (const tick of ticks)
      for (const marker of markers) expect(overlap(tick, marker), address).toBe(false);
  }
});

for (const size of SIZES) {
  for (const lang of LANGUAGES) {
    test(`no line strikes through a label of the sensitivity charts at ${size.width}×${size.height} (${lang})`, async ({
      guarded: page,
    }) => {
      test.slow();
      await page.setViewportSize(size);
      await page.goto(`/analysis?lang=${lang}`);
      const charts = page.locator('.analysis-chart svg');
      const tornadoes = page.locator('[data-testid^="analysis-tornado-"] svg');
      await expect(tornadoes).toHaveCount(2);
      expect(await charts.count()).toBeGreaterThanOrEqual(2);
      for (const svg of await tornadoes.all()) {
        const crossings = await svg.evaluate((root) => {
          const texts = [...root.querySelectorAll('text')].map((e) => {
            const b = (e as SVGGraphicsElement).getBBox();
            return { text: e.textContent, x: b.x, y: b.y, width: b.width, height: b.height };
          });
          const lines = [
            ...root.querySelectorAll('.analysis-grid line, .analysis-zero, .analysis-base'),
          ].map((e) => ({
            x: Number(e.getAttribute('x1')),
            y1: Number(e.getAttribute('y1')),
            y2: Number(e.getAttribute('y2')),
          }));
          const found: string[] = [];
          for (const line of lines)
            for (const t of texts)
              if (
                line.x > t.x &&
                line.x < t.x + t.width &&
                Math.max(line.y1, line.y2) > t.y &&
                Math.min(line.y1, line.y2) < t.y + t.height
              )
                found.push(`x=${line.x.toFixed(1)} through “${t.text}”`);
          return { found, lines: lines.length, texts: texts.length };
        });
        expect(crossings.lines).toBeGreaterThan(5);
        expect(crossings.texts).toBeGreaterThan(10);
        expect(crossings.found).toEqual([]);
      }
    });
  }
}

const VIEWS = ['/', '/country/KG', '/compare', '/analysis', '/methodology'];

for (const lang of LANGUAGES) {
  test(`one button opens the scenario panel on every view, reached by the keyboard (${lang})`, async ({
    guarded: page,
  }) => {
    test.slow();
    const label = common[lang].scenarioPanel.toggle;
    const opener = new RegExp(`^${label}`);
    for (const view of VIEWS) {
      await page.goto(`${view}${view.includes('?') ? '&' : '?'}lang=${lang}`);
      await expect(page.getByTestId('scenario-banner')).toBeVisible();
      const buttons = page.getByRole('button', { name: opener });
      await expect(buttons, view).toHaveCount(1);
      await expect(buttons).toHaveAttribute('aria-expanded', 'false');
      // The banner still says which scenario is shown (and offers the way back when one differs).
      await expect(page.getByTestId('scenario-banner')).toContainText(
        common[lang].scenarioBar.baseline,
      );
    }
    // From the top of the page, Tab reaches the one toggle; Enter opens the panel beside it.
    await page.goto(`/country/KG?lang=${lang}`);
    const toggle = page.getByRole('button', { name: opener });
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      if (await toggle.evaluate((e) => e === document.activeElement)) break;
    }
    await expect(toggle).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(
      page.getByRole('region', { name: common[lang].scenarioPanel.label }),
    ).toBeVisible();
  });
}

test('the fixed views stay axe-clean in light and dark, the panel open with a preset applied', async ({
  guarded: page,
}) => {
  test.slow();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/country/KG?p=remittance-shock');
    await page.getByRole('button', { name: /^Scenario/ }).click();
    await expect(page.locator('.scenario-rationale-title')).toContainText(
      presetName('remittance-shock', 'en'),
    );
    await expectNoAxeViolations(page);
  }
});
