import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  evaluateAst,
  evaluateDerivation,
  evaluateFormula,
  formulaNames,
  parseFormula,
  roundDecimals,
  type FormulaAst,
} from '@/model';

const NAMES = ['a', 'b', 'total', 'ru_2024'] as const;

const astArb: fc.Arbitrary<FormulaAst> = fc.letrec<{ node: FormulaAst }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.integer({ min: 0, max: 1000 }).map((value) => ({ kind: 'number', value }) as FormulaAst),
    fc.constantFrom(...NAMES).map((name) => ({ kind: 'name', name }) as FormulaAst),
    tie('node').map((operand) => ({ kind: 'negate', operand }) as FormulaAst),
    fc
      .record({
        op: fc.constantFrom('+', '-', '*', '/'),
        left: tie('node'),
        right: tie('node'),
      })
      .map((b) => ({ kind: 'binary', ...b }) as FormulaAst),
  ),
})).node;

/** Prints a tree with full parentheses, so the text says exactly what the tree does. */
function print(ast: FormulaAst): string {
  switch (ast.kind) {
    case 'number':
      return String(ast.value);
    case 'name':
      return ast.name;
    case 'negate':
      return `-(${print(ast.operand)})`;
    case 'binary':
      return `(${print(ast.left)} ${ast.op} ${print(ast.right)})`;
  }
}

const valuesArb = fc.record({
  a: fc.double({ min: 0.1, max: 1e4, noNaN: true }),
  b: fc.double({ min: 0.1, max: 1e4, noNaN: true }),
  total: fc.double({ min: 0.1, max: 1e4, noNaN: true }),
  ru_2024: fc.double({ min: 0.1, max: 1e4, noNaN: true }),
});

describe('parseFormula', () => {
  test.prop([fc.string({ maxLength: 200 })])('never throws, answers ok or a reason', (text) => {
    const result = parseFormula(text);
    if (!result.ok) expect(result.reason.length).toBeGreaterThan(0);
  });

  test.prop([astArb, valuesArb])('reads back what a tree prints', (ast, values) => {
    const parsed = parseFormula(print(ast));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const want = evaluateAst(ast, values);
    const got = evaluateAst(parsed.data, values);
    if (Number.isNaN(want)) expect(got).toBeNaN();
    else expect(got).toBe(want);
    expect(new Set(formulaNames(parsed.data))).toEqual(new Set(formulaNames(ast)));
  });

  it('gives * and / precedence over + and -, left to right', () => {
    const parsed = parseFormula('100 * a / (b + c) - a / b / 2');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(evaluateAst(parsed.data, { a: 6, b: 1, c: 2 })).toBe((100 * 6) / 3 - 6 / 1 / 2);
  });

  it.each(['', '1 +', '(a', 'a)', 'a $ b', '1 2', 'a * * b', 'eval(1)'])(
    'rejects "%s" with a reason',
    (text) => {
      const result = parseFormula(text);
      expect(result.ok).toBe(false);
    },
  );
});

describe('evaluateFormula and evaluateDerivation', () => {
  const input = (value: number) => ({ label: { en: 'x', ru: 'x' }, value, evidence: [] });

  it('computes a share from two amounts, rounded to the decimals', () => {
    const result = evaluateFormula({
      expr: '24 * ru / total',
      inputs: { ru: input(1.2), total: input(1.367) },
    });
    expect(result).toEqual({ ok: true, data: 21.1 });
  });

  it('refuses a name that is not an input, and a division by zero', () => {
    expect(evaluateFormula({ expr: 'a / b', inputs: { a: input(1) } }).ok).toBe(false);
    expect(evaluateFormula({ expr: 'a / b', inputs: { a: input(1), b: input(0) } }).ok).toBe(false);
  });

  test.prop([
    fc.double({ min: 0, max: 1e6, noNaN: true }),
    fc.double({ min: 0.001, max: 1e6, noNaN: true }),
    fc.integer({ min: 0, max: 4 }),
  ])('value, low and high each follow their own formula', (part, total, decimals) => {
    const d = {
      value: { expr: '100 * p / t', inputs: { p: input(part), t: input(total) } },
      low: { expr: 'p', inputs: { p: input(part) } },
      decimals,
    };
    const result = evaluateDerivation(d);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toBe(roundDecimals((100 * part) / total, decimals));
    expect(result.low).toBe(roundDecimals(part, decimals));
    expect(result.high).toBeUndefined();
  });

  test.prop([fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 6 })])(
    'roundDecimals is idempotent and symmetric',
    (x, d) => {
      const r = roundDecimals(x, d);
      expect(roundDecimals(r, d)).toBe(r);
      expect(roundDecimals(-x, d)).toBe(r === 0 ? 0 : -r);
    },
  );
});

describe('hostile formulas', () => {
  const input = (value: number) => ({ label: { en: 'x', ru: 'x' }, value, evidence: [] });
  it('refuses an infinite literal and prototype names', () => {
    expect(evaluateFormula({ expr: '1e999', inputs: {} }).ok).toBe(false);
    expect(evaluateFormula({ expr: 'constructor + 1', inputs: {} }).ok).toBe(false);
    expect(evaluateFormula({ expr: '__proto__', inputs: { a: input(1) } }).ok).toBe(false);
  });
});
