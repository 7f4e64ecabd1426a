import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '@/data/dataset';
import { completeScenario, DIMENSIONS, observationKey } from '@/model';
import {
  parseScenarioText,
  readScenarioFile,
  SCENARIO_FILE_MAX_BYTES,
  toScenarioFile,
} from '@/scenario/file';
import {
  displayedValue,
  missingRecords,
  normalizeScenario,
  sliderIndex,
  type NumericSliderRecord,
} from '@/scenario/sliders';

const key = observationKey('TJ', 'RU', 'remittances_gdp');

describe('scenario files', () => {
  it('round-trips an exported scenario', () => {
    const scenario = {
      name: 'Remittance shock',
      description: 'a third less',
      ...completeScenario(dataset, { overrides: { [key]: 10 }, aggregation: 'geometric' }),
    };
    const read = readScenarioFile(dataset, JSON.stringify(toScenarioFile(scenario)));
    expect(read).toEqual({
      ok: true,
      data: { scenario: normalizeScenario(dataset, scenario), changes: [] },
    });
    // without the report, the same scenario
    expect(parseScenarioText(dataset, JSON.stringify(toScenarioFile(scenario)))).toEqual({
      ok: true,
      data: normalizeScenario(dataset, scenario),
    });
  });

  it('fills what a file leaves out from the baseline', () => {
    const parsed = parseScenarioText(dataset, '{}');
    expect(parsed.ok && parsed.data.overrides).toEqual({});
    expect(parsed.ok && parsed.data.options).toEqual(completeScenario(dataset).options);
  });

  it('refuses files over the size limit before parsing', () => {
    const parsed = parseScenarioText(dataset, ' '.repeat(SCENARIO_FILE_MAX_BYTES + 1));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.reason).toMatch(/larger than/);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const parsed = parseScenarioText(dataset, text);
        expect(typeof parsed.ok).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on any JSON value, and what it accepts is a usable scenario', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const parsed = parseScenarioText(dataset, JSON.stringify(value));
        if (parsed.ok) {
          for (const v of Object.values(parsed.data.overrides))
            expect(Number.isFinite(v)).toBe(true);
          expect(['arithmetic', 'geometric']).toContain(parsed.data.aggregation);
        } else {
          expect(parsed.reason.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('accepts a value the analyst supplies for a missing cell, held to its slider’s range', () => {
    // Which cells are missing comes from the data set.
    for (const record of missingRecords(dataset)) {
      const ok = readScenarioFile(
        dataset,
        JSON.stringify({ overrides: { [record.key]: record.max } }),
      );
      expect(ok).toMatchObject({
        ok: true,
        data: { scenario: { overrides: { [record.key]: record.max } }, changes: [] },
      });
      const tooBig = readScenarioFile(
        dataset,
        JSON.stringify({ overrides: { [record.key]: record.max * 10 + 1 } }),
      );
      expect(tooBig).toMatchObject({
        ok: true,
        data: {
          scenario: { overrides: { [record.key]: record.max } },
          changes: [{ path: `overrides.${record.key}`, code: 'clamped', to: record.max }],
        },
      });
    }
    // a cell of an unknown country is no cell at all
    const unknown = readScenarioFile(
      dataset,
      JSON.stringify({ overrides: { 'XX.CN.debt_share': 1 } }),
    );
    expect(unknown).toEqual({
      ok: false,
      reason: 'overrides.XX.CN.debt_share: no such observation or missing cell',
    });
  });

  it('keeps an override as its slider holds it and reports every value it changed', () => {
    const record = sliderIndex(dataset).byKey.get(key) as NumericSliderRecord;
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 1000, noNaN: true }), (value) => {
        const read = readScenarioFile(dataset, JSON.stringify({ overrides: { [key]: value } }));
        if (!read.ok) throw new Error(read.reason);
        const kept = displayedValue(dataset, record, read.data.scenario);
        expect(kept).toBeGreaterThanOrEqual(record.min);
        expect(kept).toBeLessThanOrEqual(record.max);
        // JSON writes -0 as 0
        const given = JSON.parse(JSON.stringify(value)) as number;
        if (kept === given) {
          expect(read.data.changes).toEqual([]);
        } else {
          expect(read.data.changes).toEqual([
            expect.objectContaining({
              path: `overrides.${key}`,
              from: given,
              to: kept,
              code: given < record.min || given > record.max ? 'clamped' : 'rounded',
            }),
          ]);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('the cases of issue 9 (one door, one answer)', () => {
  const read = (file: unknown) => readScenarioFile(dataset, JSON.stringify(file));
  const indicator = dataset.indicators.find((i) => i.weight > 0)!;

  it('clamps an indicator weight of 50 to its slider’s maximum and says so', () => {
    const result = read({ indicatorWeights: { [indicator.id]: 50 } });
    expect(result).toMatchObject({
      ok: true,
      data: {
        scenario: { indicatorWeights: { [indicator.id]: 5 } },
        changes: [
          {
            path: `indicatorWeights.${indicator.id}`,
            recordKey: `indicatorWeight.${indicator.id}`,
            code: 'clamped',
            from: 50,
            to: 5,
            min: 0,
            max: 5,
          },
        ],
      },
    });
    expect(result.ok && result.data.changes[0]!.reason).toMatch(/outside the slider's range 0–5/);
  });

  it('clamps dimension weights of 1e308 (and 1e400, which JSON reads as Infinity)', () => {
    const huge = `{"dimensionWeights": {"economic": 1e308, "security": 1e400, "digital": -2}}`;
    const result = readScenarioFile(dataset, huge);
    if (!result.ok) throw new Error(result.reason);
    expect(result.data.scenario.dimensionWeights).toMatchObject({
      economic: 5,
      security: 5,
      digital: 0,
    });
    expect(result.data.changes.map((c) => [c.path, c.code, c.from, c.to])).toEqual([
      ['dimensionWeights.economic', 'clamped', 1e308, 5],
      ['dimensionWeights.security', 'clamped', Infinity, 5],
      ['dimensionWeights.digital', 'clamped', -2, 0],
    ]);
  });

  it('says that a weight of 0.0001 rounds to 0 (and no longer counts)', () => {
    const weights = Object.fromEntries(DIMENSIONS.map((d) => [d, 0.0001]));
    const result = read({ dimensionWeights: weights });
    if (!result.ok) throw new Error(result.reason);
    expect(result.data.scenario.dimensionWeights).toEqual(
      Object.fromEntries(DIMENSIONS.map((d) => [d, 0])),
    );
    expect(result.data.changes).toHaveLength(DIMENSIONS.length);
    for (const change of result.data.changes) {
      expect(change).toMatchObject({ code: 'zeroed', from: 0.0001, to: 0 });
      expect(change.reason).toMatch(/no longer counts/);
    }
  });

  it('rounds a number with more decimals than its slider and says so', () => {
    const result = read({
      overrides: { [key]: 12.3456 },
      indicatorWeights: { [indicator.id]: 1.23456 },
    });
    if (!result.ok) throw new Error(result.reason);
    expect(result.data.scenario.overrides[key]).toBe(12.3);
    expect(result.data.scenario.indicatorWeights[indicator.id]).toBe(1.23);
    expect(result.data.changes.map((c) => [c.path, c.code, c.from, c.to])).toEqual([
      [`overrides.${key}`, 'rounded', 12.3456, 12.3],
      [`indicatorWeights.${indicator.id}`, 'rounded', 1.23456, 1.23],
    ]);
  });

  it.each([
    ['overrides', `{"overrides": {"__proto__": 5}}`, 'overrides.__proto__'],
    ['an object in overrides', `{"overrides": {"__proto__": {"a": 1}}}`, 'overrides.__proto__'],
    ['dimension weights', `{"dimensionWeights": {"__proto__": 1}}`, 'dimensionWeights.__proto__'],
    ['options', `{"options": {"__proto__": "x"}}`, 'options.__proto__'],
    ['the top level', `{"__proto__": {"name": "x"}}`, '__proto__'],
  ])('refuses a __proto__ entry in %s and names it', (_where, text, path) => {
    expect(readScenarioFile(dataset, text)).toEqual({
      ok: false,
      reason: `${path}: not a name a scenario can use`,
    });
  });

  it('reads a file that starts with a byte-order mark', () => {
    const text = JSON.stringify({ name: 'BOM', overrides: { [key]: 10 } });
    const withBom = readScenarioFile(dataset, `\uFEFF${text}`);
    expect(withBom).toEqual(readScenarioFile(dataset, text));
    expect(withBom).toMatchObject({ ok: true, data: { scenario: { name: 'BOM' }, changes: [] } });
  });

  it('gives the scenario the store holds: importing it changes nothing more', () => {
    const result = read({ indicatorWeights: { [indicator.id]: 50 }, overrides: { [key]: 1e9 } });
    if (!result.ok) throw new Error(result.reason);
    expect(normalizeScenario(dataset, result.data.scenario)).toEqual(result.data.scenario);
  });
});
