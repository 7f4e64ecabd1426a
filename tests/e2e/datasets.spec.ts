import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

// The analyst's own data set: loaded from a file on /data, kept in this browser (IndexedDB),
// switched to by the address (`?dataset=<id>`), kept on reload and on every in-app link, and
// switched back; broken files refused with their problem named; a link naming a data set this
// browser does not have says so. The fixture is illustrative test data (KG, TJ, KZ; CN, RU, TR).

const FIXTURE = fileURLToPath(new URL('../fixtures/dataset-three-countries.json', import.meta.url));
const STORED = /[?&]dataset=d-[0-9a-f]+/;

const rows = (page: Page) => page.locator('.datasets-table tbody tr');

async function loadFixture(page: Page) {
  await page.goto('/data?lang=en');
  await expect(page.getByRole('heading', { level: 1, name: 'Data sets' })).toBeVisible();
  await expect(rows(page)).toHaveCount(1);
  await page.getByLabel('Data set file (JSON or CSV)').setInputFiles(FIXTURE);
  await expect(page.getByRole('status').filter({ hasText: 'Loaded' })).toContainText(
    'Loaded “dataset-three-countries” (version fixture-3x3-1',
  );
  await expect(rows(page)).toHaveCount(2);
}

/** On /data with the fixture loaded: uses it; returns its id, now in the address. */
async function switchToFixture(page: Page): Promise<string> {
  await rows(page)
    .filter({ hasText: 'dataset-three-countries' })
    .getByRole('button', { name: 'Use “dataset-three-countries”' })
    .click();
  await expect(page).toHaveURL(STORED);
  return new URL(page.url()).searchParams.get('dataset')!;
}

test('load the fixture, switch to it, reload keeps it, /country/KZ renders, switch back', async ({
  guarded: page,
}) => {
  test.slow();
  await loadFixture(page);
  const row = rows(page).filter({ hasText: 'dataset-three-countries' });
  await expect(row).toContainText('fixture-3x3-1');
  await expect(rows(page).first()).toContainText('bundled, cannot be deleted');
  await expect(
    rows(page)
      .first()
      .getByRole('button', { name: /Delete/ }),
  ).toHaveCount(0);

  const id = await switchToFixture(page);
  await expect(page).toHaveURL(/lang=en/);
  await expect(page.getByText(/observations of the data set in use \(fixture-3x3-1/)).toBeVisible();

  // Reload keeps it (read back from IndexedDB, through the schema).
  await page.reload();
  await expect(page).toHaveURL(new RegExp(`dataset=${id}`));
  await expect(rows(page).filter({ hasText: 'in use' })).toContainText('dataset-three-countries');

  // Every in-app link keeps the data set.
  const overview = page.getByRole('navigation').getByRole('link', { name: 'Overview' });
  await expect(overview).toHaveAttribute('href', new RegExp(`dataset=${id}`));
  await overview.click();
  await expect(page).toHaveURL(new RegExp(`^[^?]*/\\?.*dataset=${id}`));
  await expect(page.locator('main')).toContainText('illustrative');

  // The third country of the fixture, by the navigation (which follows the data set in use):
  // its page, with a heading and scores.
  const kz = page.getByRole('navigation').getByRole('link', { name: 'KZ', exact: true });
  await expect(kz).toHaveAttribute('href', new RegExp(`^/country/KZ\\?.*dataset=${id}`));
  await kz.click();
  await expect(page).toHaveURL(new RegExp(`/country/KZ\\?.*dataset=${id}`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Kazakhstan');
  await expect(page.locator('main')).toContainText(/on Turkey\s*\d+\.\d/);
  // A fresh load of the same address reads the data set back from this browser.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Kazakhstan');

  // Back to the bundled data set: today's views.
  await page.goto(`/data?dataset=${id}&lang=en`);
  await rows(page).first().getByRole('button', { name: 'Use “Bundled data set”' }).click();
  await expect(page).not.toHaveURL(/dataset=/);
  await page.getByRole('navigation').getByRole('link', { name: 'Overview' }).click();
  await expect(page.locator('main')).toContainText('Kyrgyzstan');
  await expect(page.locator('main')).not.toContainText('illustrative');
  await expect(page.getByRole('navigation').getByRole('link', { name: 'KZ' })).toHaveCount(0);
});

test('with the fixture in use: compare any two of its countries, reload keeps them, the overview shows all three', async ({
  guarded: page,
}) => {
  test.slow();
  await loadFixture(page);
  const id = await switchToFixture(page);
  const inUse = new RegExp(`[?&]dataset=${id}(&|$)`);

  await page.getByRole('navigation').getByRole('link', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/\/compare\?/);
  await expect(page).toHaveURL(inUse);
  const first = page.getByRole('combobox', { name: 'First country' });
  const second = page.getByRole('combobox', { name: 'Second country' });
  // The data set's first two by default; the chooser offers all three.
  await expect(first).toHaveValue('KG');
  await expect(second).toHaveValue('TJ');
  await expect(first.getByRole('option')).toHaveText([
    'Kyrgyzstan (illustrative)',
    'Tajikistan (illustrative)',
    'Kazakhstan (illustrative)',
  ]);

  // Tajikistan first (the other side's country: the two swap), then Kazakhstan second.
  await first.selectOption('TJ');
  await expect(second).toHaveValue('KG');
  await second.selectOption('KZ');
  await expect(first).toHaveValue('TJ');
  await expect(second).toHaveValue('KZ');

  const chosen = async () => {
    await expect(page).toHaveURL(/[?&]a=TJ&b=KZ/);
    await expect(page).toHaveURL(inUse);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Tajikistan (illustrative) and Kazakhstan (illustrative) compared',
    );
    await expect(first).toHaveValue('TJ');
    await expect(second).toHaveValue('KZ');
    // Each chosen country's card draws its scores, one per dimension and each of the three
    // partners; the country left out has no card.
    for (const [code, name] of [
      ['TJ', 'Tajikistan'],
      ['KZ', 'Kazakhstan'],
    ] as const) {
      await expect(
        page.getByTestId(`scores-${code}`).getByRole('img', {
          name: new RegExp(
            `^${name} \\(illustrative\\): dependence scores .*China \\d+\\.\\d.*Russia \\d+\\.\\d.*Turkey \\d+\\.\\d`,
          ),
        }),
      ).toBeVisible();
    }
    await expect(page.getByTestId('scores-KG')).toHaveCount(0);
  };
  await chosen();

  // A fresh load of the address keeps the choice and the data set.
  await page.reload();
  await chosen();

  // The overview: all three countries of the data set, each with its three partners' scores.
  await page.getByRole('navigation').getByRole('link', { name: 'Overview' }).click();
  await expect(page).toHaveURL(new RegExp(`^[^?]*/\\?.*dataset=${id}`));
  for (const [code, name] of [
    ['KG', 'Kyrgyzstan'],
    ['TJ', 'Tajikistan'],
    ['KZ', 'Kazakhstan'],
  ] as const) {
    const country = page.getByRole('region', { name: `${name} (illustrative)`, exact: true });
    await expect(
      country.getByRole('link', { name: `${name} (illustrative)`, exact: true }),
    ).toHaveAttribute('href', new RegExp(`^/country/${code}\\?.*dataset=${id}`));
    await expect(page.getByTestId(`headline-${code}`)).not.toBeEmpty();
    await expect(country.locator('[data-role="score"]')).toHaveText([
      /^\d+\.\d$/,
      /^\d+\.\d$/,
      /^\d+\.\d$/,
    ]);
  }
  await expect(page.locator('.overview-country')).toHaveCount(3);
});

test('broken files each get a message naming the problem and change nothing', async ({
  guarded: page,
}, testInfo) => {
  test.slow();
  await page.goto('/data?lang=en');
  await expect(rows(page)).toHaveCount(1);
  const url = page.url();
  const fixture = JSON.parse(
    await import('node:fs').then((fs) => fs.readFileSync(FIXTURE, 'utf8')),
  );

  const unknown = structuredClone(fixture);
  unknown.observations[0].indicator = 'no_such_indicator';
  const outOfRange = structuredClone(fixture);
  outOfRange.observations[0].value = 150;
  outOfRange.observations[0].high = 160;
  const huge = testInfo.outputPath('huge.json');
  await writeFile(huge, `{"version":"${'x'.repeat(21 * 1024 * 1024)}"}`);

  const cases: { file: Parameters<Page['setInputFiles']>[1]; problem: RegExp }[] = [
    {
      file: { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"version": ') },
      problem: /not valid JSON/,
    },
    {
      file: {
        name: 'unknown.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(unknown)),
      },
      problem: /observations\[0\]\.indicator: unknown indicator "no_such_indicator"/,
    },
    {
      file: {
        name: 'range.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(outOfRange)),
      },
      problem: /observations\[0\]\.high: a share cannot exceed 100, high is 160/,
    },
    { file: huge, problem: /larger than the 20 MB limit/ },
  ];
  const input = page.getByLabel('Data set file (JSON or CSV)');
  for (const { file, problem } of cases) {
    await input.setInputFiles(file);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(problem);
    await expect(alert).toContainText('was not loaded: nothing has changed');
    await expect(rows(page)).toHaveCount(1);
    expect(page.url()).toBe(url);
  }
  await expectNoAxeViolations(page);
});

test('a link naming a data set this browser does not have says so', async ({ guarded: page }) => {
  await page.goto('/compare?dataset=d-00000000deadbeef&lang=en&w.security=2');
  const alert = page.getByRole('alert');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data set not found');
  await expect(alert).toContainText(
    'This link uses the data set “d-00000000deadbeef”, which this browser does not have: load its file, or open the bundled data.',
  );
  // Nothing else changed: the address is as it was.
  await expect(page).toHaveURL(/dataset=d-00000000deadbeef/);
  await expect(page).toHaveURL(/w\.security=2/);
  await alert.getByRole('link', { name: 'Open the bundled data' }).click();
  await expect(page).not.toHaveURL(/dataset=/);
  await expect(page.locator('main')).toContainText('Kyrgyzstan');

  // A hostile name is words on the page, never markup.
  await page.goto('/?dataset=%3Cimg%20src%3Dx%20class%3Dfulcrum-injected%3E&lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data set not found');
  await expect(page.getByRole('alert')).toContainText('<img src=x class=fulcrum-injected>');
  await expect(page.locator('.fulcrum-injected')).toHaveCount(0);
});

test('/data is axe-clean with a loaded data set, in Russian too', async ({ guarded: page }) => {
  test.slow();
  await loadFixture(page);
  await expectNoAxeViolations(page);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Наборы данных');
  await expect(rows(page).first()).toContainText('Встроенный набор данных');
  await expectNoAxeViolations(page);
});
