import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatsFor, numberLanguage, valueStep } from '@/lib/format';

const en = formatsFor('en');
const ru = formatsFor('ru');

/** A hyphen-minus right before a digit: a minus sign written with the wrong character. */
const HYPHEN_MINUS = /-(?=\d)/;

describe('numbers in the reader’s language', () => {
  it('writes one decimal with the language’s mark: a point in English, a comma in Russian', () => {
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 1000, noNaN: true }), (x) => {
        const score = en.formatScore(x);
        expect(ru.formatScore(x)).toBe(score.replace('.', ','));
        expect(ru.formatSigned(x)).toBe(en.formatSigned(x).replace('.', ','));
        expect(score).toMatch(/^−?\d+\.\d$/);
        for (const f of [en, ru]) {
          expect(f.formatScore(x)).not.toMatch(HYPHEN_MINUS);
          expect(f.formatSigned(x)).not.toMatch(HYPHEN_MINUS);
          expect(f.formatValue(x)).not.toMatch(HYPHEN_MINUS);
          expect(f.formatExact(x)).not.toMatch(HYPHEN_MINUS);
        }
      }),
    );
  });

  it('signs with a real minus, shows zero unsigned, and says when there is no number', () => {
    expect(ru.formatSigned(-4.04)).toBe('−4,0');
    expect(ru.formatSigned(12.34)).toBe('+12,3');
    expect(ru.formatSigned(-0.04)).toBe('0,0');
    expect(en.formatSigned(-0.04)).toBe('0.0');
    expect(ru.formatScore(null, 'нет данных')).toBe('нет данных');
    expect(en.formatScore(Number.NaN)).toBe('—');
    expect(en.formatSigned(undefined, 'no data')).toBe('no data');
  });

  it('writes intervals with the same decimal mark as the scores beside them', () => {
    const interval = { low: 55.31, high: 68 };
    expect(en.formatInterval(interval)).toBe('55.3–68.0');
    expect(ru.formatInterval(interval)).toBe('55,3–68,0');
    expect(ru.formatInterval({ low: -12, high: 3.04 }, true)).toBe('−12,0 … +3,0');
    expect(en.formatInterval(null)).toBeNull();
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (a, b) => {
          const text = ru.formatInterval({ low: Math.min(a, b), high: Math.max(a, b) })!;
          expect(text).toBe(`${ru.formatScore(Math.min(a, b))}–${ru.formatScore(Math.max(a, b))}`);
          expect(text).not.toContain('.');
        },
      ),
    );
  });

  it('writes percentages, shares, counts and raw values in the language', () => {
    expect(en.formatPercent(0.974)).toBe('97%');
    expect(ru.formatPercent(0.974)).toBe('97%');
    expect(en.formatShare(0.375)).toBe('37.5%');
    expect(ru.formatShare(0.375)).toBe('37,5%');
    expect(en.formatCount(10000)).toBe('10,000');
    expect(ru.formatCount(10000)).toBe('10\u00a0000');
    expect(en.formatValue(21.14)).toBe('21.1');
    expect(ru.formatValue(21.14)).toBe('21,1');
    expect(ru.formatValue(-3.5)).toBe('−3,5');
    expect(en.formatDecimals(650000, 2)).toBe('650,000');
    expect(ru.formatExact(1.367)).toBe('1,367');
    expect(ru.formatValueRange(0.5, 12)).toBe('0,5–12');
    // a value an analyst edits: no grouping, a real minus, no negative zero
    expect(en.formatPlain(1500.25, 1)).toBe('1500.3');
    expect(ru.formatPlain(1500.25, 2)).toBe('1500,25');
    expect(ru.formatPlain(-4, 2)).toBe('−4');
    expect(en.formatPlain(-0, 2)).toBe('0');
  });

  it('writes dates of any precision in the language, without «г.»', () => {
    expect(en.formatDate('1996')).toBe('1996');
    expect(en.formatDate('2019-06')).toBe('June 2019');
    expect(ru.formatDate('2019-06')).toBe('Июнь 2019');
    expect(en.formatDate('2026-03-04')).toBe('4 March 2026');
    expect(ru.formatDate('2026-07-15')).toBe('15 июля 2026');
    expect(ru.formatDate('n.d.')).toBe('n.d.');
    expect(en.formatDate('2026-13-45')).toBe('2026-13-45');
  });

  it('treats any other language as English, and gives one object per language', () => {
    expect(formatsFor('xx')).toBe(en);
    expect(formatsFor(undefined)).toBe(en);
    expect(formatsFor('ru')).toBe(ru);
    expect(numberLanguage('ru')).toBe('ru');
    expect(numberLanguage('de')).toBe('en');
  });

  it('steps as finely as a value is shown', () => {
    expect(valueStep(150)).toBe(1);
    expect(valueStep(15)).toBe(0.1);
    expect(valueStep(0.5)).toBe(0.01);
  });
});

describe('a value that rounds to zero', () => {
  it('never reads as "−0" in any formatter or language', () => {
    const tiny = fc.double({ min: -0.004, max: 0, noNaN: true });
    fc.assert(
      fc.property(tiny, fc.constantFrom('en', 'ru') as fc.Arbitrary<'en' | 'ru'>, (x, lang) => {
        const f = formatsFor(lang);
        const texts = [
          f.formatScore(x),
          f.formatSigned(x),
          f.formatDecimals(x, 2),
          f.formatPlain(x, 2),
          f.formatValue(x),
          f.formatCount(x),
          f.formatShare(x / 100),
        ];
        for (const text of texts) expect(text, `${x} → ${text}`).not.toMatch(/^[−-]0([.,]0*)?%?$/);
      }),
    );
    expect(formatsFor('en').formatScore(-0.04)).toBe('0.0');
    expect(formatsFor('ru').formatPlain(-0.0001, 2)).toBe('0');
  });
});

// format.ts writes numbers and month names itself (Intl's start-up cost ~25 ms in the first
// render of a page); these hold it to what Intl writes for en-GB and ru-RU, case by case.
describe('written as Intl writes them, without Intl', () => {
  const LOCALE = { en: 'en-GB', ru: 'ru-RU' } as const;
  const intlNumber = (lang: 'en' | 'ru', x: number, digits: number, grouping: boolean) =>
    new Intl.NumberFormat(LOCALE[lang], {
      maximumFractionDigits: digits,
      minimumFractionDigits: 0,
      useGrouping: grouping,
      signDisplay: 'negative',
    })
      .format(x)
      .replace(/-/g, '\u2212');
  const language = fc.constantFrom('en', 'ru') as fc.Arbitrary<'en' | 'ru'>;
  // Doubles of every size, and the decimals where rounding is decided: halves and near-halves.
  const anyNumber = fc.oneof(
    fc.double(),
    fc.double({ min: -1e7, max: 1e7 }),
    fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000),
    fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 8),
    fc.integer({ min: -999_999, max: 999_999 }).map((n) => n + 0.5),
    fc.constantFrom(0, -0, 1.005, 2.675, 9999.95, 999.9995, 0.5, -0.5, 1e21, 1.5e-7, 5e-324),
    // below 1e-6, where only six decimals show anything, and toString writes an exponent
    fc.constantFrom(5e-7, 4.9999e-7, 9.99e-7, 9.9999995e-7, -7e-7, -5e-7),
    fc.integer({ min: -999, max: 999 }).map((n) => n * 1e-9),
  );

  it('writes every number with grouping as Intl.NumberFormat does, at every precision', () => {
    fc.assert(
      fc.property(anyNumber, fc.integer({ min: 0, max: 6 }), language, (x, digits, lang) => {
        const f = formatsFor(lang);
        expect(f.formatDecimals(x, digits), `${x} at ${digits}`).toBe(
          intlNumber(lang, x, digits, true),
        );
        expect(f.formatPlain(x, digits), `${x} at ${digits}`).toBe(
          intlNumber(lang, x, digits, false),
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('writes counts, raw values and exact figures as Intl does', () => {
    fc.assert(
      fc.property(anyNumber, language, (x, lang) => {
        const f = formatsFor(lang);
        expect(f.formatCount(x)).toBe(intlNumber(lang, x, 0, true));
        expect(f.formatExact(x)).toBe(intlNumber(lang, x, 6, true));
        const digits = Math.abs(x) >= 100 ? 0 : Math.abs(x) >= 1 ? 1 : 2;
        expect(f.formatValue(x)).toBe(intlNumber(lang, x, digits, true));
      }),
      { numRuns: 2000 },
    );
    expect(ru.formatCount(12500)).toBe('12\u00a0500');
    expect(en.formatDecimals(1234567.891, 2)).toBe('1,234,567.89');
    expect(ru.formatDecimals(-1234.5, 0)).toBe('\u22121\u00a0235');
  });

  it('names every month as Intl does, alone and with a day, less Russian’s «г.»', () => {
    fc.assert(
      fc.property(
        // Intl writes years from 100 on as numbers ("March 500"); before, Date.UTC's 1900s
        fc.integer({ min: 100, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        language,
        (year, month, day, lang) => {
          const date = new Date(0);
          date.setUTCFullYear(year, month - 1, day);
          if (date.getUTCDate() !== day) return; // 31 April: not a date (below)
          const intl = (withDay: boolean) =>
            new Intl.DateTimeFormat(LOCALE[lang], {
              ...(withDay ? { day: 'numeric' } : {}),
              month: 'long',
              year: 'numeric',
              timeZone: 'UTC',
            })
              .format(date)
              .replace(/\s?г\.$/, '');
          const mm = String(month).padStart(2, '0');
          const dd = String(day).padStart(2, '0');
          const alone = intl(false);
          expect(formatsFor(lang).formatDate(`${String(year).padStart(4, '0')}-${mm}`)).toBe(
            alone.charAt(0).toLocaleUpperCase(lang) + alone.slice(1),
          );
          expect(formatsFor(lang).formatDate(`${String(year).padStart(4, '0')}-${mm}-${dd}`)).toBe(
            intl(true),
          );
        },
      ),
      { numRuns: 500 },
    );
    expect(en.formatDate('0500-03')).toBe('March 500');
    expect(ru.formatDate('0099-03-04')).toBe('4 марта 99');
    expect(en.formatDate('2025-02-29')).toBe('2025-02-29');
    expect(en.formatDate('2024-02-29')).toBe('29 February 2024');
  });
});
