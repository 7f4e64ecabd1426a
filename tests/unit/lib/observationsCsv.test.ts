import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '@/data/dataset';
import { DATASET_FILE_MAX_BYTES } from '@/data/datasetFile';
import { parseCsv, readCell, toCsv } from '@/lib/csv';
import { datasetIdFor } from '@/lib/datasetLibrary';
import {
  csvProblemText,
  EDITED_VERSION_MAX,
  editedVersion,
  OBSERVATION_COLUMNS,
  observationsCsv,
  readObservationsCsv,
  type ObservationsCsvResult,
} from '@/lib/observationsCsv';
import type { Dataset, Observation } from '@/model';
import { KIND_RANGES } from '@/model/valueRanges';
import { threeCountries } from '../../fixtures/threeCountries';

/** The template's cells, header first (apostrophes that defuse formulas taken off). */
function table(csv: string): string[][] {
  const parsed = parseCsv(csv);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.records.map((r) => r.cells.map(readCell));
}

/** The template with one cell changed: `row` counts the header as 1, as problems do. */
function withCell(data: Dataset, row: number, column: string, value: string): string {
  const rows = table(observationsCsv(data));
  rows[row - 1]![rows[0]!.indexOf(column)] = value;
  return toCsv(rows);
}

const problems = (result: ObservationsCsvResult) =>
  result.ok ? [] : result.problems.map(csvProblemText);

describe('the observations CSV template', () => {
  it('has a header and one row per observation, each with every column', () => {
    const rows = table(observationsCsv(dataset));
    expect(rows[0]).toEqual([...OBSERVATION_COLUMNS]);
    expect(rows).toHaveLength(1 + dataset.observations.length);
    for (const r of rows) expect(r).toHaveLength(OBSERVATION_COLUMNS.length);
  });

  it('round-trips the bundled data set and the fixture: export → import gives the same data', () => {
    for (const data of [dataset, threeCountries()]) {
      const result = readObservationsCsv(observationsCsv(data), data);
      expect(problems(result)).toEqual([]);
      expect(result.ok && result.data).toEqual(data);
    }
  });

  it('a data set read from a named file has a version of its own: the base, the file, a hash', () => {
    const data = threeCountries();
    const text = observationsCsv(data);
    const result = readObservationsCsv(text, data, 'kz-2025.csv');
    expect(problems(result)).toEqual([]);
    if (!result.ok) return;
    expect(result.data.version.startsWith(`${data.version} (edited: kz-2025.csv, `)).toBe(true);
    expect(result.data.version).toMatch(/ \(edited: kz-2025\.csv, [0-9a-f]{8}\)$/);
    expect(result.data.version.length).toBeLessThanOrEqual(EDITED_VERSION_MAX);
    expect({ ...result.data, version: data.version }).toEqual(data);

    // Two different edits from files of the same name: different versions, different ids.
    const edited = withCell(data, 2, 'note_en', 'Edited note.');
    const other = readObservationsCsv(edited, data, 'kz-2025.csv');
    expect(problems(other)).toEqual([]);
    if (!other.ok) return;
    expect(other.data.version).not.toBe(result.data.version);
    expect(datasetIdFor(JSON.stringify(other.data))).not.toBe(
      datasetIdFor(JSON.stringify(result.data)),
    );
    // The same file again: the same version (and the same id, so it is not stored twice).
    const again = readObservationsCsv(text, data, 'kz-2025.csv');
    expect(again.ok && again.data.version).toBe(result.data.version);
  });

  it('an edited version stays within the limit, its file name cleaned and shortened', () => {
    const long = editedVersion('v'.repeat(300), 'text', `a\u0000b\n${'n'.repeat(100)}.csv`);
    expect(long.length).toBeLessThanOrEqual(EDITED_VERSION_MAX);
    expect(long).toMatch(/^v+… \(edited: a b n+…, [0-9a-f]{8}\)$/);
    expect(editedVersion('1.0', 'text', '  ')).toMatch(/^1\.0 \(edited: [0-9a-f]{8}\)$/);
    // never cut through a surrogate pair
    const emoji = editedVersion('1.0', 'text', `${'x'.repeat(38)}😀😀.csv`);
    expect(emoji).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('round-trips generated observations: any order, any note text, values anywhere in range', () => {
    const base = dataset;
    const kinds = new Map(base.indicators.map((i) => [i.id, i]));
    // Values may move on the observations no formula computes and no rubric codes.
    const free = (o: Observation) => !o.derivation && kinds.get(o.indicator)?.kind !== 'ordinal';
    const text = fc
      .oneof(
        fc.string({ minLength: 1 }),
        fc.string({ unit: 'binary', minLength: 1 }),
        fc.constantFrom('=1+1', '-x', "'quoted'", 'a, "b"\r\nc', '\uFEFFbom', '\tindent'),
      )
      .filter((s) => /\S/.test(s));
    const range = fc
      .array(fc.double({ min: 0.001, max: KIND_RANGES.share.max, noNaN: true }), {
        minLength: 3,
        maxLength: 3,
      })
      .map((xs) => [...xs].sort((a, b) => a - b) as [number, number, number]);
    const edit = fc.record({
      en: text,
      ru: text,
      period: fc.option(text, { nil: undefined }),
      range,
    });
    fc.assert(
      fc.property(
        fc.array(edit, {
          minLength: base.observations.length,
          maxLength: base.observations.length,
        }),
        fc.shuffledSubarray(
          base.observations.map((_, i) => i),
          {
            minLength: base.observations.length,
          },
        ),
        (edits, order) => {
          const observations = order.map((i) => {
            const o = base.observations[i]!;
            const e = edits[i]!;
            const [low, value, high] = e.range;
            const { period: _period, ...rest } = o;
            return {
              ...rest,
              ...(e.period === undefined ? {} : { period: e.period }),
              note: { en: e.en, ru: e.ru },
              ...(free(o) ? { low, value, high } : {}),
            };
          });
          const data: Dataset = { ...base, observations };
          const result = readObservationsCsv(observationsCsv(data), base);
          expect(problems(result)).toEqual([]);
          expect(result.ok && result.data).toEqual(data);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('never throws on arbitrary text, and refuses it with problems', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.string().map((s) => `${OBSERVATION_COLUMNS.join(',')}\n${s}`),
        ),
        (text) => {
          const result = readObservationsCsv(text, dataset);
          if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('names the row and the field of a cell that is not a number', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: dataset.observations.length + 1 }),
        fc.constantFrom('value', 'low', 'high', 'year'),
        fc.constantFrom('abc', '12,5', '1e400', 'NaN', '--1'),
        (row, column, bad) => {
          const result = readObservationsCsv(withCell(dataset, row, column, bad), dataset);
          expect(problems(result)).toContain(
            `row ${row}, field ${column}: expected a number, got '${bad}'`,
          );
        },
      ),
      { numRuns: 40 },
    );
  });

  it('names the row of the schema problems: unknown indicator, value out of range, year', () => {
    const data = threeCountries();
    const kz = data.observations.findIndex((o) => o.country === 'KZ');
    const row = kz + 2;
    expect(
      problems(readObservationsCsv(withCell(data, row, 'indicator', 'gdp_share'), data)),
    ).toEqual([`row ${row}, field indicator: unknown indicator "gdp_share"`]);
    const share = data.observations.findIndex(
      (o) => o.indicator === 'trade_share' && o.country === 'KZ',
    );
    const out = table(observationsCsv(data));
    const columns = out[0]!;
    out[share + 1]![columns.indexOf('value')] = '120';
    out[share + 1]![columns.indexOf('high')] = '125';
    expect(problems(readObservationsCsv(toCsv(out), data))).toEqual([
      `row ${share + 2}, field high: a share cannot exceed 100, high is 125`,
    ]);
    expect(problems(readObservationsCsv(withCell(data, row, 'year', '2031'), data))).toEqual([
      `row ${row}, field year: must be 2030 or earlier`,
    ]);
    expect(problems(readObservationsCsv(withCell(data, row, 'low', '-1'), data))[0]).toMatch(
      new RegExp(`^row ${row}, field low: `),
    );
  });

  it('names bad JSON, a wrong unit, an unknown or missing column, an open quote', () => {
    const data = threeCountries();
    expect(
      problems(readObservationsCsv(withCell(data, 3, 'derivation', '{oops'), data))[0],
    ).toMatch(/^row 3, field derivation: not valid JSON/);
    expect(problems(readObservationsCsv(withCell(data, 3, 'evidence_more', '{}'), data))).toEqual([
      'row 3, field evidence_more: must be a JSON list of evidence, [{…}, …]',
    ]);
    expect(problems(readObservationsCsv(withCell(data, 2, 'unit', 'USD'), data))[0]).toMatch(
      /^row 2, field unit: "USD" is not the unit of trade_share, "%"/,
    );
    expect(problems(readObservationsCsv(withCell(data, 1, 'period', 'periode'), data))[0]).toMatch(
      /^row 1: unknown column "periode"/,
    );
    expect(problems(readObservationsCsv('country,partner\nKZ,TR\n', data))).toContain(
      'row 1: the column "indicator" is missing',
    );
    expect(problems(readObservationsCsv(`${observationsCsv(data)}KZ,"TR\n`, data))).toEqual([
      `row ${data.observations.length + 2}: a quoted field is never closed (a closing " is missing)`,
    ]);
    expect(problems(readObservationsCsv('', data))).toEqual([
      'row 1: the file is empty: no header row',
    ]);
  });

  it('names a nested field by its column and its place in it', () => {
    const data = threeCountries();
    const more = JSON.stringify([
      { source: 'fulcrum-test-fixture', locator: 'Economic', quote: 'x' },
    ]);
    expect(
      problems(readObservationsCsv(withCell(data, 4, 'evidence_more', more), data))[0],
    ).toMatch(/^row 4, field evidence_more \(\[0\]\.from\): /);
  });

  it('refuses a file over the data set limit before reading it', () => {
    const huge = `${OBSERVATION_COLUMNS.join(',')}\n${'x'.repeat(DATASET_FILE_MAX_BYTES)}`;
    expect(problems(readObservationsCsv(huge, dataset))).toEqual([
      'the file is larger than the 20 MB limit',
    ]);
  });

  it('reads what a spreadsheet writes: CRLF, a byte-order mark, columns in another order, optional columns left out', () => {
    const data = threeCountries();
    const rows = table(observationsCsv(data));
    // the fixture has no computed value, no variant and no footnote: those columns may go
    const dropped = ['derivation', 'unit', 'footnotes', 'variant_option', 'variant_value'];
    const keep = rows[0]!
      .map((c, j) => [c, j] as const)
      .filter(([c]) => !dropped.includes(c))
      .reverse();
    const text = `\uFEFF${toCsv(rows.map((r) => keep.map(([, j]) => r[j]!))).replace(/\n/g, '\r\n')}`;
    const result = readObservationsCsv(text, data);
    expect(problems(result)).toEqual([]);
    expect(result.ok && result.data).toEqual(data);
  });
});
