import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '@/data/dataset';
import type { Dataset, Scenario } from '@/model';
import type { SliderRecord } from '@/scenario/sliders';
import {
  baselineFullScenario,
  missingRecords,
  normalizeScenario,
  recordValue,
  roundTo,
  sliderIndex,
} from '@/scenario/sliders';
import {
  MIGRATIONS,
  MISSING_PARAM_VALUE,
  URL_CODEC_VERSION,
  decodeScenario,
  encodeScenario,
  migrateParams,
  presetScenario,
  renameParams,
  withScenarioParams,
} from '@/scenario/urlCodec';
import { fixtureDataset } from '../model/arbitraries';

const records = sliderIndex(dataset).records;
const presetIds = dataset.presets.map((p) => p.id);

/** A value for a record: on its step grid, or (assumptions) null for "no override". */
function valueFor(record: SliderRecord): fc.Arbitrary<number | string | null> {
  if (record.control === 'choice') return fc.constantFrom(...record.choices.map((c) => c.value));
  const steps = Math.round((record.max - record.min) / record.step);
  const grid = fc
    .integer({ min: 0, max: steps })
    .map((k) => roundTo(record.min + k * record.step, record.decimals));
  return record.group === 'assumption' ? fc.oneof(grid, fc.constant(null)) : grid;
}

function apply(scenario: Scenario, record: SliderRecord, value: number | string | null): void {
  switch (record.group) {
    case 'assumption':
      if (value === null) delete scenario.overrides[record.key];
      else scenario.overrides[record.key] = value as number;
      break;
    case 'dimensionWeight':
      scenario.dimensionWeights[record.dimension] = value as number;
      break;
    case 'indicatorWeight':
      scenario.indicatorWeights[record.indicator!] = value as number;
      break;
    case 'aggregation':
      scenario.aggregation = value as Scenario['aggregation'];
      break;
    case 'option':
      scenario.options[record.key.slice('option.'.length)] = value as string;
      break;
  }
}

/** Any valid scenario: a random preset (or none), then random sliders moved on their grid. */
const validScenario = fc
  .record({
    presetId: fc.option(fc.constantFrom(...presetIds), { nil: null }),
    moves: fc.array(
      fc.constantFrom(...records).chain((r) => valueFor(r).map((v) => [r, v] as const)),
      { maxLength: 20 },
    ),
    name: fc.oneof(fc.constant(''), fc.string({ unit: 'grapheme', maxLength: 40 })),
  })
  .map(({ presetId, moves, name }) => {
    const start = presetId ? presetScenario(dataset, presetId)! : baselineFullScenario(dataset);
    const s: Scenario = structuredClone(start);
    for (const [record, value] of moves) apply(s, record, value);
    return { scenario: normalizeScenario(dataset, { ...s, name }), presetId };
  });

/** What is wrong with a decoded scenario (plain checks: thousands of runs stay quick). */
function outOfRange(scenario: Scenario): string[] {
  const problems: string[] = [];
  for (const record of records) {
    const v = recordValue(record, scenario);
    if (record.control === 'choice') {
      if (!record.choices.some((c) => c.value === v)) problems.push(`${record.key}: ${String(v)}`);
    } else if (v !== undefined) {
      if (
        typeof v !== 'number' ||
        !(v >= record.min && v <= record.max) ||
        roundTo(v, record.decimals) !== v
      )
        problems.push(`${record.key}: ${String(v)}`);
    }
  }
  const known = new Set(records.map((r) => r.key));
  for (const key of Object.keys(scenario.overrides))
    if (!known.has(key)) problems.push(`unknown override ${key}`);
  if (scenario.aggregation !== 'arithmetic' && scenario.aggregation !== 'geometric')
    problems.push('aggregation');
  if (scenario.name.length > 200) problems.push('name');
  return problems;
}

function expectWithinRanges(scenario: Scenario): void {
  const problems = outOfRange(scenario);
  if (problems.length > 0) expect(problems).toEqual([]);
}

describe('encodeScenario', () => {
  it('gives no params for the baseline', () => {
    expect(encodeScenario(dataset, baselineFullScenario(dataset)).toString()).toBe('');
    expect(encodeScenario(dataset, {}).toString()).toBe('');
  });

  it('writes readable names, only what differs, rounded, with the version', () => {
    const params = encodeScenario(dataset, {
      overrides: { 'KG.CN.debt_share': 40.04, 'TJ.CN.debt_share': 32.3 },
      dimensionWeights: { security: 2 },
      indicatorWeights: { debt_share: 2 },
      aggregation: 'geometric',
      options: { kgTradeSource: 'china-customs' },
    });
    expect(Object.fromEntries(params)).toEqual({
      'o.KG.CN.debt_share': '40',
      'w.security': '2',
      'iw.debt_share': '2',
      agg: 'geometric',
      'opt.kgTradeSource': 'china-customs',
      v: String(URL_CODEC_VERSION),
    });
  });

  it('writes only the preset id for an unchanged preset, and the difference from it', () => {
    const preset = presetScenario(dataset, 'cku-railway-in-operation')!;
    expect(encodeScenario(dataset, preset, 'cku-railway-in-operation').toString()).toBe(
      'p=cku-railway-in-operation&v=1',
    );
    const reset = structuredClone(preset);
    delete reset.overrides['KG.CN.transit_corridors'];
    const params = encodeScenario(dataset, reset, 'cku-railway-in-operation');
    // the published value stands for "no override"
    expect(params.get('o.KG.CN.transit_corridors')).toBe('2');
    expect(decodeScenario(dataset, params).scenario).toEqual(reset);
  });

  it('keeps params that are not the scenario’s', () => {
    const out = withScenarioParams('?lang=ru&o.KG.CN.debt_share=10&theme=dark', dataset, {
      overrides: { 'KG.CN.debt_share': 50 },
    });
    expect(out.toString()).toBe('lang=ru&theme=dark&o.KG.CN.debt_share=50&v=1');
  });

  it('replaces an old link’s old names too: reset, the old weight does not come back', () => {
    // the address as first rewritten, and after Reset all
    const written = withScenarioParams('?lang=ru&weight.security=2', dataset, {
      dimensionWeights: { security: 2 },
    });
    expect(written.toString()).toBe('lang=ru&w.security=2&v=1');
    const reset = withScenarioParams('?lang=ru&weight.security=2', dataset, {});
    expect(reset.toString()).toBe('lang=ru');
    expect(decodeScenario(dataset, reset).scenario).toEqual(decodeScenario(dataset, '').scenario);
    // a link of the current version has no old names: a param so spelt is someone else's, and
    // the version stays beside it, or the address would read as an old link's weight
    expect(withScenarioParams('?weight.security=2&v=1', dataset, {}).toString()).toBe(
      'weight.security=2&v=1',
    );
  });

  it('writes an address that reads back as the scenario written, whatever the address held', () => {
    const names = ['lang', 'theme', 'weight.security', 'weight.digital', 'w.economic', 'v', 'p'];
    const address = fc.array(
      fc.tuple(
        fc.constantFrom(...names),
        fc.oneof(fc.constantFrom('1', '2', '0', 'abc', 'ru', ''), fc.string({ maxLength: 4 })),
      ),
      { maxLength: 6 },
    );
    // the baseline often: it writes no params, not even the version
    const scenarios = fc.oneof(
      fc.constant({ scenario: baselineFullScenario(dataset), presetId: null }),
      validScenario,
    );
    fc.assert(
      fc.property(address, scenarios, (entries, { scenario, presetId }) => {
        const written = withScenarioParams(
          new URLSearchParams(entries),
          dataset,
          scenario,
          presetId,
        );
        const read = decodeScenario(dataset, written);
        expect(read.scenario).toEqual(scenario);
        expect(read.presetId).toBe(presetId);
      }),
      { numRuns: 300 },
    );
  });
});

describe('decodeScenario', () => {
  it('round-trips any valid scenario and preset (identity)', () => {
    fc.assert(
      fc.property(validScenario, ({ scenario, presetId }) => {
        const params = encodeScenario(dataset, scenario, presetId);
        for (const input of [params, `?${params.toString()}`]) {
          const decoded = decodeScenario(dataset, input);
          expect(decoded.scenario).toEqual(scenario);
          expect(decoded.presetId).toBe(presetId);
          expect(decoded.ignored).toEqual([]);
          expect(decoded.adjusted).toEqual([]);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('reads the example link', () => {
    const d = decodeScenario(
      dataset,
      '?o.KG.CN.debt_share=40&w.security=2&p=cku-railway-in-operation&lang=ru',
    );
    expect(d.presetId).toBe('cku-railway-in-operation');
    expect(d.scenario.overrides).toEqual({
      'KG.CN.debt_share': 40,
      'KG.CN.transit_corridors': 3,
      'KG.RU.transit_corridors': 2,
    });
    expect(d.scenario.dimensionWeights.security).toBe(2);
    expect(d.ignored).toEqual([]);
    expect(d.version).toBe(0);
  });

  it('clamps numbers (reported as adjusted) and drops what it cannot use (reported as ignored)', () => {
    const d = decodeScenario(
      dataset,
      [
        'o.KG.CN.debt_share=1e999',
        'o.TJ.CN.debt_share=-5',
        'w.security=NaN',
        'w.digital=',
        'iw.debt_share=0x10',
        'o.KG.CN.nope=3',
        'o.XX.CN.debt_share=3',
        'agg=median',
        'opt.kgTradeSource=rumour',
        'p=no-such-preset',
        'w.economic=2',
        'w.economic=3',
        'n=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
        'lang=ru',
        'utm_source=x',
        'v=1',
      ].join('&'),
    );
    expect(d.scenario.overrides).toEqual({ 'KG.CN.debt_share': 100, 'TJ.CN.debt_share': 0 });
    expect(d.adjusted.map((a) => [a.param, a.to, a.code])).toEqual([
      ['o.KG.CN.debt_share', 100, 'clamped'],
      ['o.TJ.CN.debt_share', 0, 'clamped'],
    ]);
    expect(d.ignored.map((i) => [i.param, i.code])).toEqual([
      ['w.economic', 'duplicate'],
      ['w.economic', 'duplicate'],
      ['p', 'unknown-preset'],
      ['w.security', 'not-a-number'],
      ['w.digital', 'empty'],
      ['iw.debt_share', 'not-a-number'],
      ['o.KG.CN.nope', 'unknown-param'],
      ['o.XX.CN.debt_share', 'unknown-param'],
      ['agg', 'unknown-value'],
      ['opt.kgTradeSource', 'unknown-value'],
    ]);
    expect(d.scenario.dimensionWeights).toEqual(dataset.dimensionWeights);
    expect(d.presetId).toBeNull();
    // a name is only ever text
    expect(d.scenario.name).toBe('<script>alert(1)</script>');
    expect(d.version).toBe(1);
  });

  it('reports a link from a newer version and still reads it', () => {
    const d = decodeScenario(dataset, 'v=7&w.security=2');
    expect(d.version).toBe(7);
    expect(d.ignored).toMatchObject([{ param: 'v', code: 'version' }]);
    expect(d.scenario.dimensionWeights.security).toBe(2);
  });

  it('refuses names over 200 characters', () => {
    const d = decodeScenario(dataset, `n=${'x'.repeat(201)}`);
    expect(d.scenario.name).toBe('');
    expect(d.ignored).toMatchObject([{ param: 'n', code: 'too-long' }]);
    expect(d.ignored[0]!.value.length).toBeLessThan(100);
  });

  const junkValue = fc.oneof(
    fc.constantFrom(
      '',
      'NaN',
      'Infinity',
      '-Infinity',
      '1e999',
      '-1e999',
      '1e-999',
      '0x10',
      '1_000',
      ' 40 ',
      '40',
      '2.5',
      '%',
      '%E0%A4%A',
      '%ZZ',
      '%C0%80',
      '%ED%A0%80',
      '<script>alert(1)</script>',
      'javascript:alert(1)',
      'geometric',
      'china-customs',
      ...presetIds,
    ),
    fc.double().map(String),
    fc.string({ unit: 'binary', maxLength: 30 }),
  );
  const junkName = fc.oneof(
    fc.constantFrom(
      ...records.map((r) => r.param),
      'p',
      'n',
      'v',
      'agg',
      'o.',
      'w.',
      'iw.',
      'opt.',
      'o.KG.CN.',
      'weight.security',
      'lang',
      '__proto__',
      'o.__proto__',
      'constructor',
      'w.constructor',
      'iw.hasOwnProperty',
      '%',
      '%E0%A4%A',
    ),
    fc.string({ unit: 'binary', maxLength: 20 }),
  );

  it('never throws on any string, and what it yields is within ranges', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expectWithinRanges(decodeScenario(dataset, text).scenario);
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws on hostile query strings (raw, with broken % sequences)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(junkName, junkValue), { maxLength: 30 }), (pairs) => {
        const text = `?${pairs.map(([n, v]) => `${n}=${v}`).join('&')}`;
        const d = decodeScenario(dataset, text);
        expectWithinRanges(d.scenario);
        if (d.ignored.some((i) => i.param === 'lang')) expect(d.ignored).toEqual([]);
        // and the same pairs as URLSearchParams
        expectWithinRanges(decodeScenario(dataset, new URLSearchParams(pairs)).scenario);
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws on 10 kB of junk', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', minLength: 10240, maxLength: 10240 }),
        fc.string({
          unit: fc.constantFrom('%', '&', '=', 'o', '.', 'K', 'G', '9', 'e', '-', '+'),
          minLength: 10240,
          maxLength: 10240,
        }),
        (junk, dense) => {
          expectWithinRanges(decodeScenario(dataset, junk).scenario);
          expectWithinRanges(decodeScenario(dataset, dense).scenario);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('does not pollute prototypes', () => {
    const d = decodeScenario(dataset, '__proto__=1&o.__proto__=1&w.__proto__=1&iw.constructor=2');
    expect(Object.getPrototypeOf(d.scenario.overrides)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(d.ignored.map((i) => i.param)).toEqual(['o.__proto__', 'w.__proto__', 'iw.constructor']);
  });
});

describe('missing cells in the link', () => {
  // Which cells are missing comes from the data set, never from the test.
  const missing = missingRecords(dataset);

  it('the data set has missing cells to supply (else the rest of this block proves nothing)', () => {
    expect(missing.length).toBeGreaterThan(0);
  });

  it('writes o.<cell> only when the analyst supplied a value, and reads it back', () => {
    for (const record of missing) {
      const value = roundTo(record.min + (record.max - record.min) / 2, record.decimals);
      const params = encodeScenario(dataset, { overrides: { [record.key]: value } });
      expect(Object.fromEntries(params)).toEqual({
        [record.param]: String(value),
        v: String(URL_CODEC_VERSION),
      });
      const decoded = decodeScenario(dataset, params);
      expect(decoded.scenario.overrides).toEqual({ [record.key]: value });
      expect(decoded.ignored).toEqual([]);
      // Removing the param returns the cell to missing.
      params.delete(record.param);
      expect(decodeScenario(dataset, params).scenario.overrides).toEqual({});
    }
  });

  it('clamps a supplied value to the indicator kind’s track', () => {
    const record = missing[0]!;
    const decoded = decodeScenario(dataset, `?${record.param}=${record.max * 10 + 1}`);
    expect(decoded.scenario.overrides).toEqual({ [record.key]: record.max });
    expect(decoded.adjusted).toEqual([
      expect.objectContaining({ param: record.param, to: record.max }),
    ]);
  });

  it('a preset that supplies a cell: taking the value away writes `missing`, read back as missing', () => {
    const base = fixtureDataset();
    const d: Dataset = {
      ...base,
      presets: [
        {
          id: 'fill',
          name: { en: 'Fill', ru: 'Fill' },
          rationale: { en: '', ru: '' },
          sources: [],
          scenario: { overrides: { 'TJ.CN.corridors': 3 } },
        },
      ],
    };
    const params = encodeScenario(d, { overrides: {} }, 'fill');
    expect(params.get('o.TJ.CN.corridors')).toBe(MISSING_PARAM_VALUE);
    const decoded = decodeScenario(d, params);
    expect(decoded.presetId).toBe('fill');
    expect(decoded.scenario.overrides).toEqual({});
    expect(decoded.ignored).toEqual([]);
    // the preset's own value: only `p`
    expect(Object.fromEntries(encodeScenario(d, presetScenario(d, 'fill')!, 'fill'))).toEqual({
      p: 'fill',
      v: String(URL_CODEC_VERSION),
    });
    // `missing` means nothing for a published cell: not a number, ignored
    const bad = decodeScenario(d, '?o.KG.CN.debt_share=missing');
    expect(bad.ignored).toEqual([expect.objectContaining({ code: 'not-a-number' })]);
  });
});

describe('link migrations', () => {
  it('renames a v0 param (weight.security → w.security)', () => {
    const d = decodeScenario(dataset, 'weight.security=2&lang=ru');
    expect(d.version).toBe(0);
    expect(d.scenario.dimensionWeights.security).toBe(2);
    expect(d.ignored).toEqual([]);
  });

  it('leaves such names alone in a current link (not the scenario’s, not reported)', () => {
    const d = decodeScenario(dataset, 'weight.security=2&v=1');
    expect(d.scenario.dimensionWeights.security).toBe(1);
    expect(d.ignored).toEqual([]);
  });

  it('runs the list in order from the link’s version', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual([0]);
    const later = [
      ...MIGRATIONS,
      {
        from: 1,
        description: 'test: agg was aggregation',
        migrate: renameParams({ aggregation: 'agg' }),
      },
    ];
    expect(
      migrateParams(
        [
          ['weight.digital', '3'],
          ['aggregation', 'geometric'],
        ],
        0,
        later,
      ),
    ).toEqual([
      ['w.digital', '3'],
      ['agg', 'geometric'],
    ]);
    expect(migrateParams([['weight.digital', '3']], 1, later)).toEqual([['weight.digital', '3']]);
  });
});
