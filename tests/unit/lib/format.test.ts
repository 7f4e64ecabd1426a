import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { formatScore, formatSigned, setScoreLocale } from '@/lib/format';

afterEach(() => setScoreLocale('en'));

describe('score formatting', () => {
  it('writes one decimal with the reader’s separator: a point in English, a comma in Russian', () => {
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 1000, noNaN: true }), (x) => {
        setScoreLocale('en');
        const en = formatScore(x);
        const signedEn = formatSigned(x);
        setScoreLocale('ru');
        expect(formatScore(x)).toBe(en.replace('.', ','));
        expect(formatSigned(x)).toBe(signedEn.replace('.', ','));
        expect(en).toMatch(/^-?\d+\.\d$/);
      }),
    );
  });

  it('signs with a real minus, shows zero unsigned, and says when there is no number', () => {
    setScoreLocale('ru');
    expect(formatSigned(-4.04)).toBe('−4,0');
    expect(formatSigned(12.34)).toBe('+12,3');
    expect(formatSigned(-0.04)).toBe('0,0');
    expect(formatScore(null, 'нет данных')).toBe('нет данных');
    setScoreLocale('xx');
    expect(formatScore(45.25)).toBe('45.3');
  });
});
