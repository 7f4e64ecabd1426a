import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatsFor } from '@/lib/format';
import { parseTypedNumber } from '@/lib/parseNumber';

describe('parseTypedNumber: a typed number read by the interface language', () => {
  it.each([
    ['28.1', 28.1, 'plain'],
    [' 40 ', 40, 'plain'],
    ['−3', -3, 'plain'],
    ['+4', 4, 'plain'],
    ['.5', 0.5, 'plain'],
    ['7.', 7, 'plain'],
    ['1,000', 1000, 'grouped'],
    ['12,500', 12500, 'grouped'],
    ['1,234,567.5', 1234567.5, 'grouped'],
    ['28,1', 28.1, 'otherDecimal'],
    ['12,50', 12.5, 'otherDecimal'],
    ['0,125', 0.125, 'otherDecimal'],
    ['1 000', 1000, 'grouped'],
    ['12 500.5', 12500.5, 'grouped'],
    ['- 3', -3, 'plain'],
  ] as const)('English reads %j as %d (%s)', (text, value, reading) => {
    expect(parseTypedNumber(text, 'en')).toEqual({ value, reading });
  });

  it.each([
    ['28,1', 28.1, 'plain'],
    ['1,000', 1, 'plain'],
    ['−3,5', -3.5, 'plain'],
    ['1 000', 1000, 'grouped'],
    ['12\u00a0500,5', 12500.5, 'grouped'],
    ['1\u202f000', 1000, 'grouped'],
    ['28.1', 28.1, 'otherDecimal'],
    ['0,125', 0.125, 'plain'],
  ] as const)('Russian reads %j as %d (%s)', (text, value, reading) => {
    expect(parseTypedNumber(text, 'ru')).toEqual({ value, reading });
  });

  it.each([
    '',
    ' ',
    'abc',
    '1e5',
    'Infinity',
    'NaN',
    '1.2.3',
    '1,2,3',
    '0x10',
    '12abc',
    '--1',
    '1,00,0',
    // spaces that do not group thousands are a slip, not one number
    '3 5',
    '1 0 0',
    '28 1',
    '12 34',
    '1 2345',
    '0 500',
  ])('refuses %j in both languages', (text) => {
    expect(parseTypedNumber(text, 'en')).toBeNull();
    expect(parseTypedNumber(text, 'ru')).toBeNull();
  });

  it('reads back every number the app writes, in either language, as written', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom('en' as const, 'ru' as const),
        (x, digits, language) => {
          const text = formatsFor(language).formatPlain(x, digits);
          const read = parseTypedNumber(text, language);
          expect(read).not.toBeNull();
          expect(read!.value).toBeCloseTo(Number(x.toFixed(digits)), digits);
        },
      ),
    );
  });

  it('reads a number with spaces only as thousands grouped by them, and says so', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('1', '2', '0', ' ', ',', '.') }),
        fc.constantFrom('en' as const, 'ru' as const),
        (text, language) => {
          const read = parseTypedNumber(text, language);
          if (read && /\d\s+\d/.test(text.trim())) {
            expect(read.reading).toBe('grouped');
            // every group after the first has three digits
            const integer = text.trim().split(/[,.]/)[0]!;
            for (const group of integer.split(/\s+/).slice(1)) expect(group).toHaveLength(3);
          }
        },
      ),
    );
  });

  it('never throws, and what it reads is finite', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('en' as const, 'ru' as const), (text, language) => {
        const read = parseTypedNumber(text, language);
        if (read) expect(Number.isFinite(read.value)).toBe(true);
      }),
    );
  });
});
