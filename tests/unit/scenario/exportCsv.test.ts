import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '@/data/dataset';
import { computeScores, DEFAULT_DRAWS, DEFAULT_SEED } from '@/model';
import {
  csvCell,
  INDICATOR_COLUMNS,
  indicatorsCsv,
  scenarioScoresCsv,
  scoresCsv,
  scoresOutput,
  toCsv,
} from '@/scenario/exportCsv';
import { missingRecords, normalizeScenario } from '@/scenario/sliders';

/** RFC 4180, as a spreadsheet reads it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

describe('CSV cells', () => {
  it('round-trip any text and number through a CSV reader; formulas are defused', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.constantFrom('=SUM(A1)', '+1', '-cmd', '@x', 'a,b', 'say "hi"', 'two\nlines'),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer(),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const parsed = parseCsv(toCsv(rows));
          expect(parsed).toHaveLength(rows.length);
          rows.forEach((r, i) =>
            r.forEach((x, j) => {
              const expected =
                typeof x === 'number' ? String(x) : /^[=+\-@\t\r'\uFEFF]/.test(x) ? `'${x}` : x;
              expect(parsed[i]![j]).toBe(expected);
            }),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('writes nothing for missing values and keeps negative numbers as numbers', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(-4.5)).toBe('-4.5');
    expect(csvCell('-4.5')).toBe("'-4.5");
  });
});

describe('scores CSV', () => {
  it('has the same columns on every row and the numbers of the model', () => {
    const scenario = normalizeScenario(dataset, { overrides: { 'KG.CN.debt_share': 60 } });
    const rows = parseCsv(scoresCsv(scoresOutput(dataset, scenario, null)));
    // type, country, partner, dimension, value, coverage, low, high, pChina, lean, missing
    expect(new Set(rows.map((r) => r.length))).toEqual(new Set([11]));
    expect(rows[0]![9]).toBe('lean');
    expect(rows[0]![10]).toBe('missing');
    for (const r of rows.slice(1)) {
      if (r[0] === 'tilt') expect(r[9]).toMatch(/^[a-z-]+$/);
      else expect(r[9]).toBe('');
    }
    const set = computeScores(dataset, scenario);
    const kgEconomic = set.dimensionScores.find(
      (s) => s.country === 'KG' && s.partner === 'CN' && s.dimension === 'economic',
    )!;
    const row = rows.find(
      (r) => r[0] === 'score' && r[1] === 'KG' && r[2] === 'CN' && r[3] === 'economic',
    )!;
    expect(Number(row[4])).toBeCloseTo(kgEconomic.score!, 4);
  });

  it('carries the dashboard’s own 90% intervals (same draws and seed)', () => {
    const scenario = normalizeScenario(dataset, {});
    expect(scenarioScoresCsv(dataset, scenario)).toBe(
      scoresCsv(scoresOutput(dataset, scenario, { draws: DEFAULT_DRAWS, seed: DEFAULT_SEED })),
    );
    const rows = parseCsv(scenarioScoresCsv(dataset, scenario));
    const overall = rows.filter((r) => r[0] === 'overall');
    for (const r of overall) expect(Number(r[6])).toBeLessThanOrEqual(Number(r[7]));
  });
});

describe('indicators CSV', () => {
  const column = (name: (typeof INDICATOR_COLUMNS)[number]) => INDICATOR_COLUMNS.indexOf(name);

  it('lists every scored indicator × country × partner with its source, in both languages', () => {
    const scenario = normalizeScenario(dataset, {});
    for (const language of ['en', 'ru'] as const) {
      const rows = parseCsv(indicatorsCsv(dataset, scenario, language));
      expect(rows[0]).toEqual([...INDICATOR_COLUMNS]);
      const body = rows.slice(1);
      const contributions = computeScores(dataset, scenario).dimensionScores.flatMap(
        (s) => s.contributions,
      );
      expect(body).toHaveLength(contributions.length);
      for (const r of body) {
        expect(r).toHaveLength(INDICATOR_COLUMNS.length);
        expect(r[column('sources')]).not.toBe('');
        expect(['reported', 'computed', 'estimate', 'judgement']).toContain(
          r[column('confidence')],
        );
      }
      const debt = body.find(
        (r) => r[0] === 'KG' && r[1] === 'CN' && r[column('indicator')] === 'debt_share',
      )!;
      const name = dataset.indicators.find((i) => i.id === 'debt_share')!.name[language];
      expect(debt[column('indicator_name')]).toBe(name);
    }
  });

  it('marks a value the analyst supplied: confidence "analyst", no published value, no source', () => {
    // Which cells are missing comes from the data set.
    const [record] = missingRecords(dataset);
    if (!record) return;
    const value = record.max;
    const scenario = normalizeScenario(dataset, { overrides: { [record.key]: value } });
    const base = parseCsv(indicatorsCsv(dataset, normalizeScenario(dataset, {})));
    const isCell = (r: string[]) =>
      r[0] === record.country &&
      r[1] === record.partner &&
      r[column('indicator')] === record.indicator;
    expect(base.some(isCell)).toBe(false);
    for (const language of ['en', 'ru'] as const) {
      const row = parseCsv(indicatorsCsv(dataset, scenario, language)).find(isCell)!;
      expect(Number(row[column('value')])).toBe(value);
      expect(row[column('published_value')]).toBe('');
      expect(row[column('changed_by_scenario')]).toBe('true');
      expect(row[column('confidence')]).toBe('analyst');
      expect(row[column('sources')]).toBe('');
      expect(row[column('year')]).toBe('');
      expect(row[column('note')]).not.toBe('');
    }
  });

  it('shows the scenario’s value beside the published one, and the data option’s reading', () => {
    const scenario = normalizeScenario(dataset, {
      overrides: { 'KG.CN.debt_share': 60 },
      options: { kgTradeSource: 'china-customs' },
    });
    const rows = parseCsv(indicatorsCsv(dataset, scenario));
    const find = (indicator: string) =>
      rows.find((r) => r[0] === 'KG' && r[1] === 'CN' && r[column('indicator')] === indicator)!;
    const debt = find('debt_share');
    expect(Number(debt[column('value')])).toBe(60);
    expect(debt[column('changed_by_scenario')]).toBe('true');
    expect(Number(debt[column('published_value')])).not.toBe(60);
    const trade = find('trade_share');
    const customs = dataset.observations.find(
      (o) =>
        o.country === 'KG' &&
        o.partner === 'CN' &&
        o.indicator === 'trade_share' &&
        o.variant?.value === 'china-customs',
    )!;
    expect(Number(trade[column('published_value')])).toBe(customs.value);
    expect(trade[column('changed_by_scenario')]).toBe('false');
  });
});
