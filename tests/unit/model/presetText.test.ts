// Preset texts read their numbers from the data: the placeholder filler.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fillPresetText,
  ownDecimals,
  placeholdersOf,
  presetTextProblems,
  UNRESOLVED,
  type PresetTextData,
  type PresetTextPreset,
} from '@/model/presetText';
import type { FigureInput, Observation } from '@/model';

const evidence = [{ source: 's', locator: 'Economic', quote: 'q', from: 'notes' as const }];
const fig = (value: number): FigureInput => ({ label: { en: 'x', ru: 'x' }, value, evidence });

function obs(key: string, value: number, extra: Partial<Observation> = {}): Observation {
  const [country, partner, indicator] = key.split('.') as [string, string, string];
  return {
    country,
    partner,
    indicator,
    value,
    low: value - 1,
    high: value + 1,
    year: 2024,
    confidence: 'reported',
    sources: ['s'],
    evidence,
    note: { en: 'n', ru: 'n' },
    ...extra,
  };
}

const data: PresetTextData = {
  observations: [
    obs('KG.CN.trade_share', 36.8, { variant: { option: 'src', value: 'kg' } }),
    obs('KG.CN.trade_share', 71.4, { variant: { option: 'src', value: 'cn' } }),
    obs('KG.RU.remittances_gdp', 21.1),
  ],
  options: [{ key: 'src', default: 'kg' }],
};

/** A formatter that shows what it was asked: value and decimals. */
const probe = (value: number, decimals: number) => `<${value}|${decimals}>`;

describe('placeholders', () => {
  it('read the published value, its range, the override and the preset’s reading', () => {
    const preset: PresetTextPreset = {
      scenario: { overrides: { 'KG.RU.remittances_gdp': 14.1 }, options: { src: 'cn' } },
    };
    const text =
      '{{value:KG.RU.remittances_gdp}} {{low:KG.RU.remittances_gdp}} {{high:KG.RU.remittances_gdp}} ' +
      '{{override:KG.RU.remittances_gdp}} {{value:KG.CN.trade_share}} {{scenario:KG.CN.trade_share}} ' +
      '{{scenario:KG.RU.remittances_gdp}}';
    expect(presetTextProblems(text, preset, data)).toEqual([]);
    expect(fillPresetText(text, preset, data, probe)).toBe(
      '<21.1|1> <20.1|1> <22.1|1> <14.1|1> <36.8|1> <71.4|1> <14.1|1>',
    );
  });

  it('read figures and arithmetic over them, with the decimals asked for', () => {
    const preset: PresetTextPreset = {
      figures: { exports: fig(27.2), imports: fig(4.97) },
      scenario: {},
    };
    const text =
      '{{figure:exports}} / {{figure:imports}} = {{calc:exports / imports|1}} ({{calc: exports/imports |2}})';
    expect(presetTextProblems(text, preset, data)).toEqual([]);
    const filled = fillPresetText(text, preset, data, (v, d) => v.toFixed(d));
    expect(filled).toBe('27.2 / 4.97 = 5.5 (5.47)');
  });

  it('report what reads nothing, and show it as unresolved rather than throwing', () => {
    const preset: PresetTextPreset = { scenario: {} };
    const text =
      '{{value:KG.US.debt_share}} {{override:KG.RU.remittances_gdp}} {{figure:none}} {{calc:1/0}} {{guess:x}} {{';
    const problems = presetTextProblems(text, preset, data);
    expect(problems).toHaveLength(6);
    expect(fillPresetText(text, preset, data, probe)).toBe(
      [UNRESOLVED, UNRESOLVED, UNRESOLVED, UNRESOLVED, UNRESOLVED, '{{'].join(' '),
    );
  });
});

const name = fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,7}$/);
/** Literal text: anything without braces. */
const literal = fc.string({ maxLength: 20 }).map((s) => s.replace(/[{}]/g, ''));

describe('fillPresetText (properties)', () => {
  it('leaves a text without placeholders as it is', () => {
    fc.assert(
      fc.property(literal, (text) => {
        expect(fillPresetText(text, { scenario: {} }, data, probe)).toBe(text);
        expect(presetTextProblems(text, { scenario: {} }, data)).toEqual([]);
      }),
    );
  });

  it('puts each figure’s formatted value where its placeholder stands, and nothing else changes', () => {
    fc.assert(
      fc.property(
        fc.dictionary(name, fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minKeys: 1 }),
        fc.array(fc.tuple(literal, fc.nat(), fc.option(fc.integer({ min: 0, max: 6 }))), {
          maxLength: 6,
        }),
        literal,
        (values, pieces, tail) => {
          const names = Object.keys(values);
          const figures = Object.fromEntries(names.map((n) => [n, fig(values[n]!)]));
          const preset: PresetTextPreset = { figures, scenario: {} };
          let text = '';
          let expected = '';
          for (const [lit, k, decimals] of pieces) {
            const n = names[k % names.length]!;
            const suffix = decimals === null ? '' : `|${decimals}`;
            text += `${lit}{{figure:${n}${suffix}}}`;
            expected += `${lit}<${values[n]}|${decimals ?? ownDecimals(values[n]!)}>`;
          }
          text += tail;
          expected += tail;
          expect(presetTextProblems(text, preset, data)).toEqual([]);
          expect(fillPresetText(text, preset, data, probe)).toBe(expected);
          expect(placeholdersOf(text)).toHaveLength(pieces.length);
        },
      ),
    );
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const preset: PresetTextPreset = { figures: { a: fig(2) }, scenario: {} };
        expect(typeof fillPresetText(text, preset, data, probe)).toBe('string');
        expect(Array.isArray(presetTextProblems(text, preset, data))).toBe(true);
      }),
    );
  });

  it('shows a number with its own decimals, at most two', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 0, max: 2 }), (k, d) => {
        const x = k / 10 ** d;
        expect(ownDecimals(x)).toBeLessThanOrEqual(d);
        expect(Number(x.toFixed(ownDecimals(x)))).toBe(x);
      }),
    );
    expect(ownDecimals(5.4728)).toBe(2);
  });
});

describe('hostile placeholders', () => {
  it('never resolves a prototype key or an infinite calculation', () => {
    const preset: PresetTextPreset = { scenario: { overrides: {} }, figures: {} };
    for (const text of [
      '{{override:constructor}}',
      '{{scenario:toString}}',
      '{{override:__proto__}}',
      '{{figure:constructor}}',
      '{{calc:1e999}}',
    ]) {
      expect(presetTextProblems(text, preset, data), text).not.toEqual([]);
    }
  });
});
