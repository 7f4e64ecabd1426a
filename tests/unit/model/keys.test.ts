import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { observationKey, parseObservationKey } from '@/model';

describe('observationKey', () => {
  it('joins country, partner and indicator with dots', () => {
    expect(observationKey('KG', 'CN', 'debt_share')).toBe('KG.CN.debt_share');
    expect(observationKey('TJ', 'RU', 'remittances_gdp')).toBe('TJ.RU.remittances_gdp');
  });
});

describe('parseObservationKey', () => {
  it('parses a well-formed key', () => {
    expect(parseObservationKey('KG.CN.debt_share')).toEqual({
      country: 'KG',
      partner: 'CN',
      indicator: 'debt_share',
    });
    expect(parseObservationKey('TJ.RU.a1')).toEqual({
      country: 'TJ',
      partner: 'RU',
      indicator: 'a1',
    });
  });

  it.each([
    '',
    'KG.CN',
    'KG.CN.',
    'kg.CN.debt_share',
    'KG.cn.debt_share',
    'KGZ.CN.debt_share',
    'KG.CN.Debt_share',
    'KG.CN.1debt',
    'KG.CN.debt-share',
    'KG.CN.debt_share.extra',
    ' KG.CN.debt_share',
    'KG.CN.debt_share\n',
    'KG-CN-debt_share',
  ])('rejects %j', (key) => {
    expect(parseObservationKey(key)).toBeNull();
  });

  const codeArb = fc.stringMatching(/^[A-Z]{2}$/);
  const indicatorArb = fc.stringMatching(/^[a-z][a-z0-9_]{0,30}$/);

  it('round-trips with observationKey', () => {
    fc.assert(
      fc.property(codeArb, codeArb, indicatorArb, (country, partner, indicator) => {
        expect(parseObservationKey(observationKey(country, partner, indicator))).toEqual({
          country,
          partner,
          indicator,
        });
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on any string, and what it parses re-forms the same key', () => {
    const anyString = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.stringMatching(/^[A-Za-z.]{2}\.[A-Z.]{2}\.[a-z0-9_.-]{0,8}$/),
    );
    fc.assert(
      fc.property(anyString, (key) => {
        let parsed: ReturnType<typeof parseObservationKey> = null;
        expect(() => {
          parsed = parseObservationKey(key);
        }).not.toThrow();
        if (parsed !== null) {
          const p = parsed as { country: string; partner: string; indicator: string };
          expect(observationKey(p.country, p.partner, p.indicator)).toBe(key);
        }
      }),
      { numRuns: 500 },
    );
  });
});
