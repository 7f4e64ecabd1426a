import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { dataset } from '../../../src/data/dataset';
import { parseDataset, REPORT_SOURCE_ID, REPORT_FOOTNOTE_COUNT } from '../../../src/data/schema';
import { DIMENSIONS, type Dataset, type Observation } from '../../../src/model/types';

/** A deep, mutable copy of the shipped data set. */
function copy(): Dataset {
  return structuredClone(dataset);
}

function expectFailure(input: unknown, fieldPattern: RegExp): string {
  const result = parseDataset(input);
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('expected a failure');
  expect(result.reason).toMatch(fieldPattern);
  expect(result.reason.startsWith(result.path)).toBe(true);
  return result.reason;
}

/** Index of the first observation matching a predicate. */
function indexOf(d: Dataset, pred: (o: Observation) => boolean): number {
  const i = d.observations.findIndex(pred);
  if (i < 0) throw new Error('no such observation');
  return i;
}

describe('shipped data set', () => {
  it('parses', () => {
    const result = parseDataset(dataset);
    if (!result.ok) throw new Error(result.reason);
    const parsed: Dataset = result.data;
    expect(parsed.version).toBe(dataset.version);
    expect(parsed.observations).toHaveLength(dataset.observations.length);
  });

  it('has at least 13 indicators covering all four dimensions', () => {
    expect(dataset.indicators.length).toBeGreaterThanOrEqual(13);
    for (const d of DIMENSIONS) {
      expect(dataset.indicators.some((i) => i.dimension === d)).toBe(true);
    }
  });

  it('measures every indicator for every country × partner', () => {
    expect(dataset.observations.length).toBeGreaterThanOrEqual(52);
    for (const c of dataset.countries) {
      for (const p of dataset.partners) {
        for (const ind of dataset.indicators) {
          const found = dataset.observations.some(
            (o) => o.country === c.code && o.partner === p.code && o.indicator === ind.id,
          );
          expect(found, `${c.code}.${p.code}.${ind.id}`).toBe(true);
        }
      }
    }
  });

  it('keeps both readings of Kyrgyz trade with China', () => {
    const readings = dataset.observations.filter(
      (o) => o.country === 'KG' && o.partner === 'CN' && o.indicator === 'trade_share',
    );
    const values = readings.map((o) => o.variant?.value).sort();
    expect(values).toEqual(['china-customs', 'kyrgyz-stats']);
    expect(readings.every((o) => o.variant?.option === 'kgTradeSource')).toBe(true);
    const option = dataset.options.find((o) => o.key === 'kgTradeSource');
    expect(option?.default).toBe('kyrgyz-stats');
    expect(option?.choices.map((c) => c.value).sort()).toEqual(['china-customs', 'kyrgyz-stats']);
    const customs = readings.find((o) => o.variant?.value === 'china-customs')!;
    const stats = readings.find((o) => o.variant?.value === 'kyrgyz-stats')!;
    expect(customs.value).toBeGreaterThan(stats.value);
  });

  it('has at least 15 events and 6 presets, including the baseline', () => {
    expect(dataset.events.length).toBeGreaterThanOrEqual(15);
    expect(dataset.presets.length).toBeGreaterThanOrEqual(6);
    const baseline = dataset.presets.find((p) => p.id === 'baseline');
    expect(baseline?.scenario).toEqual({});
  });

  it('cites the report with footnotes and lists all 41 footnotes once', () => {
    const report = dataset.sources.find((s) => s.id === REPORT_SOURCE_ID);
    expect(report?.footnote).toBeUndefined();
    const numbers = dataset.sources.flatMap((s) => (s.footnote === undefined ? [] : [s.footnote]));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect([...numbers].sort((a, b) => a - b)).toEqual(
      Array.from({ length: REPORT_FOOTNOTE_COUNT }, (_, i) => i + 1),
    );
  });

  it('makes the remittance-shock preset two-thirds of the Russian baseline', () => {
    const shock = dataset.presets.find((p) => p.id === 'remittance-shock');
    for (const c of ['KG', 'TJ']) {
      const base = dataset.observations.find(
        (o) => o.country === c && o.partner === 'RU' && o.indicator === 'remittances_gdp',
      )!;
      expect(shock?.scenario.overrides?.[`${c}.RU.remittances_gdp`]).toBeCloseTo(
        (base.value * 2) / 3,
        1,
      );
    }
  });
});

describe('parseDataset rejects bad data, naming the field', () => {
  it('unknown indicator', () => {
    const d = copy();
    d.observations[5]!.indicator = 'gdp_vibes';
    expect(expectFailure(d, /^observations\[5\]\.indicator: /)).toContain('gdp_vibes');
  });

  it('unknown source', () => {
    const d = copy();
    d.observations[7]!.sources.push('nowhere-2099');
    const n = d.observations[7]!.sources.length - 1;
    expectFailure(d, new RegExp(`^observations\\[7\\]\\.sources\\[${n}\\]: .*nowhere-2099`));
  });

  it('low above value', () => {
    const d = copy();
    const i = indexOf(
      d,
      (o) => o.country === 'KG' && o.partner === 'CN' && o.indicator === 'debt_share',
    );
    d.observations[i]!.value = 25;
    d.observations[i]!.low = 30;
    const reason = expectFailure(d, new RegExp(`^observations\\[${i}\\]\\.low: `));
    expect(reason).toBe(`observations[${i}].low: low (30) must be ≤ value (25)`);
  });

  it('high below value', () => {
    const d = copy();
    d.observations[0]!.high = 1;
    expectFailure(d, /^observations\[0\]\.high: high \(1\) must be ≥ value/);
  });

  it('missing year', () => {
    const d = copy() as unknown as { observations: Record<string, unknown>[] };
    delete d.observations[3]!.year;
    expectFailure(d, /^observations\[3\]\.year: /);
  });

  it('missing confidence', () => {
    const d = copy() as unknown as { observations: Record<string, unknown>[] };
    delete d.observations[9]!.confidence;
    expectFailure(d, /^observations\[9\]\.confidence: /);
  });

  it('missing note', () => {
    const d = copy() as unknown as { observations: Record<string, unknown>[] };
    delete d.observations[2]!.note;
    expectFailure(d, /^observations\[2\]\.note: /);
  });

  it('empty Russian note', () => {
    const d = copy();
    d.observations[2]!.note.ru = '  ';
    expectFailure(d, /^observations\[2\]\.note\.ru: /);
  });

  it('report-cited observation without footnotes', () => {
    const d = copy();
    const i = indexOf(d, (o) => o.sources.includes(REPORT_SOURCE_ID));
    delete d.observations[i]!.footnotes;
    expect(expectFailure(d, new RegExp(`^observations\\[${i}\\]\\.footnotes: `))).toContain(
      REPORT_SOURCE_ID,
    );
    d.observations[i]!.footnotes = [];
    expectFailure(d, new RegExp(`^observations\\[${i}\\]\\.footnotes: `));
  });

  it('unknown footnote number', () => {
    const d = copy();
    const i = indexOf(d, (o) => (o.footnotes ?? []).length > 0);
    d.observations[i]!.footnotes = [42];
    expectFailure(d, new RegExp(`^observations\\[${i}\\]\\.footnotes\\[0\\]: `));
  });

  it('footnote number that belongs to no source', () => {
    const d = copy();
    const fn1 = d.sources.findIndex((s) => s.footnote === 1);
    delete d.sources[fn1]!.footnote;
    const i = indexOf(d, (o) => (o.footnotes ?? []).length > 0);
    d.observations[i]!.footnotes = [1];
    expect(expectFailure(d, new RegExp(`^observations\\[${i}\\]\\.footnotes\\[0\\]: `))).toContain(
      'footnote 1 belongs to no source',
    );
  });

  it('duplicate footnote numbers among sources', () => {
    const d = copy();
    // footnote 1 is cited by no observation, so only the sources are affected
    const a = d.sources.findIndex((s) => s.footnote === 1);
    d.sources[a]!.footnote = 3;
    expectFailure(d, /^sources\[\d+\]\.footnote: footnote 3 already belongs/);
  });

  it('judgement on an ordinal without its level in the note', () => {
    const d = copy();
    const i = indexOf(d, (o) => o.indicator === 'military_facilities');
    d.observations[i]!.note.en = 'Coded from the rubric.';
    expectFailure(d, new RegExp(`^observations\\[${i}\\]\\.note\\.en: .*level`));
  });

  it('ordinal value outside 0–4', () => {
    const d = copy();
    const i = indexOf(d, (o) => o.indicator === 'security_frameworks');
    d.observations[i]!.value = 5;
    d.observations[i]!.high = 5;
    expectFailure(d, new RegExp(`^observations\\[${i}\\]\\.value: `));
  });

  it('year out of range', () => {
    const d = copy();
    d.observations[0]!.year = 1989;
    expectFailure(d, /^observations\[0\]\.year: /);
  });

  it('ordinal indicator with four rubric levels', () => {
    const d = copy();
    const i = d.indicators.findIndex((x) => x.kind === 'ordinal');
    d.indicators[i]!.rubric!.pop();
    expectFailure(d, new RegExp(`^indicators\\[${i}\\]\\.rubric: `));
  });

  it('goalposts min not below max, and log goalposts at 0', () => {
    const d = copy();
    d.indicators[0]!.goalposts = { min: 10, max: 10 };
    expectFailure(d, /^indicators\[0\]\.goalposts\.max: /);
    const e = copy();
    e.indicators[0]!.scale = 'log';
    expectFailure(e, /^indicators\[0\]\.goalposts\.min: /);
  });

  it('duplicate ids', () => {
    const d = copy();
    d.events[1]!.id = d.events[0]!.id;
    expectFailure(d, /^events\[1\]\.id: duplicate/);
  });

  it('event citing an unknown source', () => {
    const d = copy();
    d.events[0]!.sources = ['ghost-source'];
    expectFailure(d, /^events\[0\]\.sources\[0\]: /);
  });

  it('preset override for a missing observation', () => {
    const d = copy();
    d.presets[1]!.scenario.overrides = { 'KG.US.debt_share': 10 };
    expectFailure(d, /^presets\[1\]\.scenario\.overrides\["KG\.US\.debt_share"\]: /);
  });

  it('preset choosing a variant that does not exist', () => {
    const d = copy();
    d.presets[1]!.scenario.options = { kgTradeSource: 'imf-dots' };
    expectFailure(d, /^presets\[1\]\.scenario\.options\.kgTradeSource: /);
  });

  it('observation variant with an unknown choice', () => {
    const d = copy();
    const i = indexOf(d, (o) => o.variant !== undefined);
    d.observations[i]!.variant = { option: 'kgTradeSource', value: 'guesswork' };
    expectFailure(d, new RegExp(`^observations\\[${i}\\]\\.variant\\.value: `));
  });

  it('unknown keys are named', () => {
    const d = copy() as unknown as { observations: Record<string, unknown>[] };
    d.observations[4]!.footnote = [3];
    expectFailure(d, /^observations\[4\]\.footnote: /);
  });

  it('non-objects', () => {
    expectFailure(null, /^\(root\): /);
    expectFailure('dataset', /^\(root\): /);
    expectFailure([], /^\(root\): /);
  });
});

describe('parseDataset never throws', () => {
  it('on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = parseDataset(input);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(typeof result.reason).toBe('string');
      }),
      { numRuns: 300 },
    );
  });

  // every path into the shipped data, e.g. ['observations', 3, 'note', 'en']
  const paths: (string | number)[][] = [];
  (function walk(node: unknown, path: (string | number)[]) {
    paths.push(path);
    if (Array.isArray(node)) node.forEach((v, i) => walk(v, [...path, i]));
    else if (node !== null && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
    }
  })(dataset, []);

  type Mutation = { path: number; kind: 'delete' | 'replace'; value: unknown };
  const mutation: fc.Arbitrary<Mutation> = fc.record({
    path: fc.nat({ max: paths.length - 1 }),
    kind: fc.constantFrom('delete' as const, 'replace' as const),
    value: fc.oneof(
      fc.anything(),
      fc.double(),
      fc.integer({ min: -5, max: 2100 }),
      fc.string(),
      fc.constant(undefined),
    ),
  });

  function apply(root: unknown, m: Mutation): unknown {
    const path = paths[m.path]!;
    if (path.length === 0) return m.kind === 'delete' ? undefined : m.value;
    let parent = root as Record<string | number, unknown>;
    for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    if (m.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete parent[last];
    } else parent[last] = m.value;
    return root;
  }

  it('on random mutations of the shipped data', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (ms) => {
        let mutated: unknown = structuredClone(dataset);
        for (const m of ms) {
          try {
            mutated = apply(mutated, m);
          } catch {
            // an earlier mutation removed the path; skip this one
          }
        }
        const result = parseDataset(mutated);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) {
          expect(result.reason.length).toBeGreaterThan(0);
          expect(result.reason.startsWith(result.path)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
