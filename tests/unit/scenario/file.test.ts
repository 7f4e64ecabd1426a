import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '@/data/dataset';
import { completeScenario, observationKey } from '@/model';
import { parseScenarioText, SCENARIO_FILE_MAX_BYTES, toScenarioFile } from '@/scenario/file';
import { missingRecords } from '@/scenario/sliders';

const key = observationKey('TJ', 'RU', 'remittances_gdp');

describe('scenario files', () => {
  it('round-trips an exported scenario', () => {
    const scenario = {
      name: 'Remittance shock',
      description: 'a third less',
      ...completeScenario(dataset, { overrides: { [key]: 10 }, aggregation: 'geometric' }),
    };
    const parsed = parseScenarioText(dataset, JSON.stringify(toScenarioFile(scenario)));
    expect(parsed).toEqual({ ok: true, data: scenario });
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

  it('accepts a value the analyst supplies for a missing cell, within its kind’s range', () => {
    // Which cells are missing comes from the data set.
    for (const record of missingRecords(dataset)) {
      const ok = parseScenarioText(
        dataset,
        JSON.stringify({ overrides: { [record.key]: record.max } }),
      );
      expect(ok).toMatchObject({ ok: true, data: { overrides: { [record.key]: record.max } } });
      const tooBig = parseScenarioText(
        dataset,
        JSON.stringify({ overrides: { [record.key]: record.max * 10 + 1 } }),
      );
      if (record.max < 1e6) expect(tooBig.ok).toBe(false);
    }
    // a cell of an unknown country is no cell at all
    const unknown = parseScenarioText(
      dataset,
      JSON.stringify({ overrides: { 'XX.CN.debt_share': 1 } }),
    );
    expect(unknown.ok).toBe(false);
  });

  it('accepts any in-range override of a real observation and refuses out-of-range ones', () => {
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 1000, noNaN: true }), (value) => {
        const parsed = parseScenarioText(dataset, JSON.stringify({ overrides: { [key]: value } }));
        expect(parsed.ok).toBe(value >= 0 && value <= 100);
      }),
      { numRuns: 500 },
    );
  });
});
