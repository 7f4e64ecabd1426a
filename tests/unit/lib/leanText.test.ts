import { describe, expect, it } from 'vitest';
import { createI18n, type Language } from '@/i18n';
import { formatsFor } from '@/lib/format';
import { leanAttribute, leanData, leanWording } from '@/lib/leanText';
import { readTilt, scoreAgainstInterval } from '@/model';

function words(language: Language) {
  const fixed = createI18n(language).getFixedT(language, 'common');
  const names = {
    CN: language === 'ru' ? 'Китай' : 'China',
    RU: language === 'ru' ? 'Россия' : 'Russia',
  };
  return leanWording(
    (key, options) => fixed(key, options),
    ['CN', 'RU'],
    (code) => names[code as 'CN' | 'RU'],
    language,
  );
}

/** English numbers (a percentage reads the same in both languages). */
const { formatInterval, formatPercent, formatScore, formatSigned } = formatsFor('en');

describe('leanWording in English', () => {
  const w = words('en');
  it('words each reading of the model', () => {
    expect(w.label(readTilt(null))).toBe('no data');
    expect(w.label(readTilt(0.01, 0.9))).toBe('balanced');
    expect(w.label(readTilt(1.0, 0.82))).toBe(
      `too close to call: ${formatPercent(0.82)} of draws lean to China`,
    );
    // the majority of draws on the other side is the side named
    expect(w.label(readTilt(30, 0.3))).toBe(
      `too close to call: ${formatPercent(0.7)} of draws lean to Russia`,
    );
    expect(w.label(readTilt(1.0, null))).toBe('too close to call');
    expect(w.label(readTilt(-30, 0.01))).toBe(
      `leans strongly to Russia in ${formatPercent(0.99)} of draws`,
    );
    expect(w.label(readTilt(12, 0.95), { share: false, capital: true })).toBe('Leans to China');
    expect(w.label(readTilt(-5, null))).toBe('leans slightly to Russia');
  });

  it('says nothing beside a number inside its interval, and why beside one outside', () => {
    const interval = { low: 46.4, median: 49.04, high: 51.9 };
    expect(w.intervalNote('score', 47, interval)).toBe('');
    expect(w.intervalNote('score', 45.3, interval)).toBe(
      `below its 90% range: the published values sit at the low end of their ranges; median of draws ${formatScore(49.04)}`,
    );
    // where the interval is not shown beside the number, the note names it
    expect(w.intervalNote('score', 45.3, interval, true)).toContain(
      `below its 90% range ${formatInterval(interval)}: `,
    );
    expect(w.intervalNote('score', 53, interval)).toContain('above its 90% range');
    const tiltInterval = { low: -12, median: -4, high: 3 };
    expect(w.intervalNote('tilt', -20, tiltInterval, true)).toBe(
      `below its 90% range ${formatInterval(tiltInterval, true)}: the published values put it further toward Russia than most draws; median of draws ${formatSigned(-4)}`,
    );
    expect(w.intervalNote('score', 45.3, null)).toBe('');
    expect(scoreAgainstInterval(45.3, interval)).toBe('below');
  });
});

describe('leanWording in Russian', () => {
  const w = words('ru');
  it('declines the partner and uses the decimal comma', () => {
    expect(w.label(readTilt(1.0, 0.82))).toBe(
      `направление неясно: в ${formatPercent(0.82)} симуляций крен к Китаю`,
    );
    expect(w.label(readTilt(-30, 0.01))).toBe(
      `сильный крен к России в ${formatPercent(0.99)} симуляций`,
    );
    const note = w.intervalNote('score', 45.3, { low: 46.4, median: 49.04, high: 51.9 }, true);
    expect(note).toContain('46,4–51,9');
    expect(note).toContain('49,0');
  });
});

describe('leanAttribute and leanData', () => {
  it('names country, dimension, kind, side and strength', () => {
    expect(leanAttribute('KG', 'economic', readTilt(1, 0.82))).toBe(
      'KG.economic:uncertain-positive',
    );
    expect(leanAttribute('TJ', 'digital', readTilt(60, 1))).toBe(
      'TJ.digital:leans-positive-strong',
    );
    expect(leanAttribute('KG', 'security', readTilt(0))).toBe('KG.security:balanced');
    expect(leanAttribute('TJ', 'overall', readTilt(null))).toBe('TJ.overall:none');
  });
  it('marks a reading still waiting for the draws', () => {
    expect(leanData('KG', 'overall', readTilt(5, null))['data-lean-drawn']).toBe('false');
    expect(leanData('KG', 'overall', readTilt(5, 0.99))['data-lean-drawn']).toBe('true');
    expect(leanData('KG', 'overall', readTilt(null, null))['data-lean-drawn']).toBe('true');
  });
});

describe('basisNote: a tilt whose sides rest on unequal data', () => {
  const basis = (
    unit: 'indicator' | 'dimension',
    counts: [number, number],
    onlyFirst: string[],
    onlySecond: string[],
  ) => ({ unit, counts, onlyFirst, onlySecond, equal: !onlyFirst.length && !onlySecond.length });

  it('says nothing for equal data, or when one side has none (the tilt reads no data)', () => {
    for (const language of ['en', 'ru'] as const) {
      const w = words(language);
      expect(w.basisNote(basis('indicator', [2, 2], [], []))).toBe('');
      expect(w.basisNote(basis('indicator', [1, 0], ['a'], []))).toBe('');
      expect(w.basisNote(basis('dimension', [0, 3], [], ['economic']))).toBe('');
    }
  });

  it('words it in English', () => {
    const w = words('en');
    expect(w.basisNote(basis('dimension', [4, 3], ['digital'], []))).toBe(
      'compares unequal data: no Russian data for digital',
    );
    expect(w.basisNote(basis('dimension', [2, 3], ['digital'], ['economic', 'security']))).toBe(
      'compares unequal data: no Russian data for digital; no Chinese data for economic and security',
    );
    expect(w.basisNote(basis('indicator', [2, 1], ['a'], []))).toBe(
      'compares unequal data: 2 Chinese indicators, 1 Russian',
    );
    expect(w.basisNote(basis('indicator', [1, 2], [], ['b']))).toBe(
      'compares unequal data: 1 Chinese indicator, 2 Russian',
    );
    expect(w.basisNote(basis('indicator', [1, 1], ['a'], ['b']))).toBe(
      'compares unequal data: different Chinese and Russian indicators',
    );
  });

  it('words it in Russian', () => {
    const w = words('ru');
    expect(w.basisNote(basis('dimension', [4, 3], ['digital'], []))).toBe(
      'данные неравные: по России нет данных в цифровой сфере',
    );
    expect(w.basisNote(basis('dimension', [2, 4], [], ['economic', 'security']))).toBe(
      'данные неравные: по Китаю нет данных в экономике и в сфере безопасности',
    );
    expect(w.basisNote(basis('indicator', [2, 1], ['a'], []))).toBe(
      'данные неравные: у Китая 2 индикатора, у России 1',
    );
    expect(w.basisNote(basis('indicator', [5, 1], ['a'], []))).toBe(
      'данные неравные: у Китая 5 индикаторов, у России 1',
    );
    expect(w.basisNote(basis('indicator', [1, 2], [], ['b']))).toBe(
      'данные неравные: у Китая 1 индикатор, у России 2',
    );
    expect(w.basisNote(basis('indicator', [1, 1], ['a'], ['b']))).toBe(
      'данные неравные: у Китая и России разные индикаторы',
    );
  });
});
