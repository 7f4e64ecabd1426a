import { dataset } from '../../src/data/dataset';
import { allEvidence } from '../../src/data/evidence';
import { common } from '../../src/i18n/locales/common';
import { methodology } from '../../src/i18n/locales/methodology';
import { formatsFor } from '../../src/lib/format';
import { DIMENSIONS, evidenceMix } from '../../src/model';
import { expect, expectNoAxeViolations, test } from './fixtures';

// The methodology page shows the evidence: quotations with their locators, the rubric line of
// every judgement, and how much of each dimension rests on judgement. Which quote and which
// shares are checked is read from the data set, never written here.

const mix = evidenceMix(dataset);
const readings = dataset.observations.length;
/** The page is the app's longest: the time its checks need grows with the readings. */
const TIMEOUT = 60_000 + 1_000 * readings;

/** A reading with quoted words of its own, a judgement if one has them; and one quotation. */
function sampleQuote() {
  const withOwn = dataset.observations.filter((o) => o.evidence.length > 0);
  const observation =
    withOwn.find((o) => o.coding) ??
    withOwn[0] ??
    dataset.observations.find((o) => allEvidence(o).length > 0);
  if (!observation) throw new Error('the data set has no quoted evidence to show');
  const evidence = allEvidence(observation)[0]!;
  return {
    cell: `${observation.country}.${observation.partner}.${observation.indicator}`,
    observation,
    quote: evidence.quote.replace(/\s+/g, ' ').trim(),
  };
}

for (const lang of ['en', 'ru'] as const) {
  const m = methodology[lang];
  const c = common[lang];

  test(`/methodology in ${lang} shows evidence quotes, rubric lines and the judgement share`, async ({
    guarded: page,
  }) => {
    test.setTimeout(TIMEOUT);
    await page.emulateMedia({
      colorScheme: lang === 'en' ? 'light' : 'dark',
      reducedMotion: 'reduce',
    });
    await page.goto(`/methodology?lang=${lang}`);
    await expect(page.getByRole('heading', { level: 1, name: m.title })).toBeVisible();

    // How much rests on judgement: a figure per dimension and overall, as the model computes it.
    const { formatShare } = formatsFor(lang);
    const mixSection = page.getByRole('region', { name: m.mix.heading });
    const table = mixSection.getByRole('table', { name: m.mix.caption });
    await expect(table).toBeVisible();
    await expect(table.getByRole('columnheader', { name: m.mix.kinds.judgement })).toBeVisible();
    for (const row of [...mix.dimensions, mix.overall]) {
      const name = row.dimension === 'overall' ? m.mix.overall : c.dimensions[row.dimension];
      const tr = table.locator('tr', { has: page.getByRole('rowheader', { name, exact: true }) });
      await expect(tr.locator('td[data-kind="judgement"]')).toHaveText(
        row.shares ? formatShare(row.shares.judgement) : m.mix.noWeight,
      );
      await expect(tr.locator('td[data-kind="missing"]')).toHaveText(
        row.shares ? formatShare(row.shares.missing) : m.mix.noWeight,
      );
    }
    expect(await table.locator('tbody tr').count()).toBe(DIMENSIONS.length + 1);

    // The evidence: folded per indicator; a summary opens by keyboard.
    const evidence = page.getByRole('region', { name: m.evidence.heading });
    const { cell, observation, quote } = sampleQuote();
    const details = evidence.locator('details', {
      has: page.locator(`[data-cell="${cell}"]`),
    });
    await expect(details).not.toHaveAttribute('open');
    await details.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(details).toHaveAttribute('open');
    const reading = details.locator(`[data-testid="evidence-reading"][data-cell="${cell}"]`, {
      hasText: observation.note[lang].slice(0, 40),
    });
    await expect(reading).toBeVisible();
    await expect(reading).toContainText(`“${quote}”`);
    await expect(reading.getByTestId('evidence-quote').first()).toHaveAttribute('lang', 'en');
    if (observation.coding) {
      const indicator = dataset.indicators.find((i) => i.id === observation.indicator)!;
      await expect(reading.getByTestId('evidence-coding')).toContainText(
        indicator.rubric![observation.coding.level]![lang],
      );
      await expect(reading.getByTestId('evidence-coding')).toContainText(
        observation.coding.evidenceKey,
      );
    }

    // Everything open: every reading is there, and axe is clean over the whole page.
    await evidence.getByRole('button', { name: m.evidence.expandAll }).click();
    await expect(evidence.locator('details:not([open])')).toHaveCount(0);
    await expect(evidence.getByTestId('evidence-reading')).toHaveCount(readings);
    await expect(evidence.getByTestId('evidence-quote').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
