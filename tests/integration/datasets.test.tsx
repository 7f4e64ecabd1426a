// @vitest-environment jsdom
// The /data page: load a data set file (JSON or the CSV template), its problems by row and
// field, the list by name and version, switching (the address names it), deleting with a
// confirmation (and the focus), the live regions, and a link naming a data set this browser
// does not have.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { dataset } from '@/data/dataset';
import { DATASET_FILE_MAX_BYTES } from '@/data/datasetFile';
import { checkDataset } from '@/data/schema';
import { DatasetsPage } from '@/features/datasets/DatasetsPage';
import {
  createDatasetLibrary,
  datasetIdFor,
  memoryBackend,
  setDatasetLibrary,
} from '@/lib/datasetLibrary';
import { observationsCsv } from '@/lib/observationsCsv';
import { toCsv, parseCsv, readCell } from '@/lib/csv';
import { useScenarioStore } from '@/scenario/store';
import { renderView } from './renderView';

// (tests/fixtures/threeCountries.ts resolves its path by import.meta.url, not a file: URL in jsdom)
const threeCountriesText = () =>
  readFileSync(join(process.cwd(), 'tests/fixtures/dataset-three-countries.json'), 'utf8');

beforeEach(() => {
  useScenarioStore.setState({ dataset: null, presetId: null });
  setDatasetLibrary(
    createDatasetLibrary(memoryBackend(), {
      bundled: () => Promise.resolve(dataset),
      bundledId: 'bundled',
    }),
  );
});

function choose(name: string, text: string, type = 'application/json') {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  fireEvent.change(input, { target: { files: [new File([text], name, { type })] } });
}

const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);

describe('/data', () => {
  it('loads the fixture, lists it by name and version, switches to it and deletes it', async () => {
    const { router } = await renderView(<DatasetsPage />, { route: '/data', search: 'lang=en' });
    expect(screen.getByRole('heading', { level: 1, name: 'Data sets' })).toBeTruthy();
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]!.textContent).toContain('Bundled data set');
    expect(rows()[0]!.textContent).toContain('bundled, cannot be deleted');
    expect(within(rows()[0]!).queryByRole('button', { name: /Delete/ })).toBeNull();

    choose('dataset-three-countries.json', threeCountriesText());
    await screen.findByText(/Loaded “dataset-three-countries”/);
    await waitFor(() => expect(rows()).toHaveLength(2));
    const row = rows()[1]!;
    expect(row.textContent).toContain('dataset-three-countries');
    expect(row.textContent).toContain('fixture-3x3-1');

    fireEvent.click(within(row).getByRole('button', { name: 'Use “dataset-three-countries”' }));
    await waitFor(() => expect(router.state.location.search).toMatch(/dataset=d-[0-9a-f]+/));
    expect(router.state.location.search).toContain('lang=en');
    // The page now runs on the fixture: it is marked in use, the bundled one can be chosen.
    await waitFor(() =>
      expect(screen.getByText(/observations of the data set in use \(fixture-3x3-1/)).toBeTruthy(),
    );
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(rows()[1]!.textContent).toContain('in use');
    expect(within(rows()[0]!).getByRole('button', { name: 'Use “Bundled data set”' })).toBeTruthy();

    // Delete, with a confirmation: the app goes back to the bundled data set.
    fireEvent.click(within(rows()[1]!).getByRole('button', { name: /Delete/ }));
    fireEvent.click(within(rows()[1]!).getByRole('button', { name: 'Yes, delete' }));
    await waitFor(() => expect(router.state.location.search).not.toContain('dataset='));
    await waitFor(() => expect(rows()).toHaveLength(1));
  });

  it('a broken file is refused with its problem named, and nothing changes', async () => {
    await renderView(<DatasetsPage />, { route: '/data' });
    await waitFor(() => expect(rows()).toHaveLength(1));

    choose('broken.json', '{"version": ');
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(
        /“broken\.json” was not loaded: nothing has changed\.1 problem:not valid JSON/,
      ),
    );

    const unknown = JSON.parse(threeCountriesText());
    unknown.observations[0].indicator = 'no_such_indicator';
    choose('unknown.json', JSON.stringify(unknown));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(
        /field observations\[0\]\.indicator: .*no_such_indicator/,
      ),
    );

    // A CSV over the data set in use: the problem names its row and field.
    const table = parseCsv(observationsCsv(dataset));
    if (!table.ok) throw new Error('template');
    const cells = table.records.map((r) => r.cells.map(readCell));
    cells[1]![cells[0]!.indexOf('value')] = '1e9';
    choose('edited.csv', toCsv(cells), 'text/csv');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/Row 2, field/));

    expect(rows()).toHaveLength(1);
  });

  it('says so in Russian, with numbers formatted for Russian', async () => {
    await renderView(<DatasetsPage />, { route: '/data', language: 'ru' });
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]!.textContent).toContain('Встроенный набор данных');
    const table = parseCsv(observationsCsv(dataset));
    if (!table.ok) throw new Error('template');
    const cells = table.records.map((r) => r.cells.map(readCell));
    const values = cells[0]!.indexOf('value');
    for (let i = 1; i < cells.length; i++) cells[i]![values] = 'abc';
    choose('edited.csv', toCsv(cells), 'text/csv');
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert.textContent).toMatch(/Первые 20 из/));
    expect(alert.textContent).toMatch(/Строка 2, поле value/);
    expect(within(alert).getAllByRole('listitem')).toHaveLength(20);
  });

  it('a link naming a data set this browser does not have says so and renders nothing else', async () => {
    await renderView(<DatasetsPage />, {
      route: '/data',
      search: 'dataset=d-00000000deadbeef&lang=en&w.security=2',
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'This link uses the data set “d-00000000deadbeef”, which this browser does not have',
    );
    const bundledLink = within(alert).getByRole('link', { name: 'Open the bundled data' });
    expect(bundledLink.getAttribute('href')).toBe('/?lang=en');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('the confirmation takes the focus, and Cancel gives it back to Delete', async () => {
    await renderView(<DatasetsPage />, { route: '/data', search: 'lang=en' });
    await waitFor(() => expect(rows()).toHaveLength(1));
    choose('dataset-three-countries.json', threeCountriesText());
    await waitFor(() => expect(rows()).toHaveLength(2));
    const deleteButton = within(rows()[1]!).getByRole('button', { name: /Delete/ });
    deleteButton.focus();
    fireEvent.click(deleteButton);
    const yes = within(rows()[1]!).getByRole('button', { name: 'Yes, delete' });
    await waitFor(() => expect(document.activeElement).toBe(yes));
    fireEvent.click(within(rows()[1]!).getByRole('button', { name: 'Cancel' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(rows()[1]!).getByRole('button', { name: 'Delete “dataset-three-countries”' }),
      ),
    );
  });

  it('keeps one status and one alert region, whatever the message', async () => {
    await renderView(<DatasetsPage />, { route: '/data', search: 'lang=en' });
    await waitFor(() => expect(rows()).toHaveLength(1));
    const status = document.querySelector('.datasets-message[role="status"]');
    const alert = document.querySelector('.datasets-message[role="alert"]');
    expect(status).not.toBeNull();
    expect(alert).not.toBeNull();
    choose('broken.json', '{"version": ');
    await waitFor(() => expect(alert!.textContent).toMatch(/not valid JSON/));
    expect(status!.textContent).toBe('');
    choose('dataset-three-countries.json', threeCountriesText());
    await waitFor(() => expect(status!.textContent).toMatch(/Loaded/));
    expect(alert!.textContent).toBe('');
    expect(document.querySelector('.datasets-message[role="status"]')).toBe(status);
    expect(document.querySelector('.datasets-message[role="alert"]')).toBe(alert);
  });

  it('a file over the limit once read is refused in the page’s language', async () => {
    await renderView(<DatasetsPage />, { route: '/data', language: 'ru' });
    await waitFor(() => expect(rows()).toHaveLength(1));
    // Reports a small size, reads larger than the limit: worded by the page, not the reader.
    const huge = 'a'.repeat(DATASET_FILE_MAX_BYTES + 1);
    const file = { name: 'big.csv', type: 'text/csv', size: 10, text: () => Promise.resolve(huge) };
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    fireEvent.change(input, { target: { files: [file] } });
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(
        /Размер файла 20 МБ — больше предела в 20 МБ\./,
      ),
    );
    expect(screen.getByRole('alert').textContent).not.toMatch(/limit|MB/);
  });

  it('a data set named before it was loaded opens once loaded (no stale “not found”)', async () => {
    const checked = checkDataset(JSON.parse(threeCountriesText()));
    if (!checked.ok) throw new Error('fixture refused');
    const id = datasetIdFor(JSON.stringify(checked.data));
    const { router } = await renderView(<DatasetsPage />, {
      route: '/data',
      search: `dataset=${id}&lang=en`,
    });
    await screen.findByRole('heading', { name: 'Data set not found' });
    fireEvent.click(screen.getByRole('link', { name: 'Load its file' }));
    await waitFor(() => expect(rows()).toHaveLength(1));

    choose('dataset-three-countries.json', threeCountriesText());
    await waitFor(() => expect(rows()).toHaveLength(2));
    fireEvent.click(
      within(rows()[1]!).getByRole('button', { name: 'Use “dataset-three-countries”' }),
    );
    await waitFor(() => expect(router.state.location.search).toContain(id));
    expect(screen.queryByRole('heading', { name: 'Data set not found' })).toBeNull();
    await waitFor(() =>
      expect(screen.getByText(/observations of the data set in use \(fixture-3x3-1/)).toBeTruthy(),
    );
  });

  it('a list that cannot be read says so and can be tried again', async () => {
    let fail = true;
    const lib = createDatasetLibrary(memoryBackend(), {
      bundled: () => Promise.resolve(dataset),
      bundledId: 'bundled',
    });
    setDatasetLibrary({
      ...lib,
      list: () => (fail ? Promise.reject(new Error('broken list')) : lib.list()),
    });
    await renderView(<DatasetsPage />, { route: '/data', search: 'lang=en' });
    await screen.findByText(/The list of data sets could not be read \(.*broken list\)/);
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(rows()).toHaveLength(1));
  });
});
