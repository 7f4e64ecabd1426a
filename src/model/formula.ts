// Derived figures are computed, never typed: a computed observation stores its reported inputs
// and a formula over their names, and this module evaluates it. The formula language is the
// arithmetic a reader can check by hand: numbers, names, + - * /, unary minus and parentheses.
// Parsing never throws and never evaluates code (the strict CSP forbids `new Function`).

import type { Derivation, Formula } from './types';

type BinaryOp = '+' | '-' | '*' | '/';

export type FormulaAst =
  | { kind: 'number'; value: number }
  | { kind: 'name'; name: string }
  | { kind: 'negate'; operand: FormulaAst }
  | { kind: 'binary'; op: BinaryOp; left: FormulaAst; right: FormulaAst };

export type FormulaParse = { ok: true; data: FormulaAst } | { ok: false; reason: string };

type Token =
  | { kind: 'number'; value: number; at: number }
  | { kind: 'name'; name: string; at: number }
  | { kind: 'op'; op: BinaryOp | '(' | ')'; at: number };

/** Longest formula accepted: a derivation is a line of arithmetic, not a program. */
const MAX_FORMULA_LENGTH = 500;

function tokenize(expr: string): { ok: true; tokens: Token[] } | { ok: false; reason: string } {
  const tokens: Token[] = [];
  let i = 0;
  while (i < expr.length) {
    const ch = expr[i]!;
    if (ch === ' ' || ch === '\t' || ch === '\n') {
      i++;
      continue;
    }
    if ('+-*/()'.includes(ch)) {
      tokens.push({ kind: 'op', op: ch as '+', at: i });
      i++;
      continue;
    }
    const number = /^(\d+(\.\d+)?|\.\d+)([eE][+-]?\d+)?/.exec(expr.slice(i));
    if (number) {
      tokens.push({ kind: 'number', value: Number(number[0]), at: i });
      i += number[0].length;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(expr.slice(i));
    if (name) {
      tokens.push({ kind: 'name', name: name[0], at: i });
      i += name[0].length;
      continue;
    }
    return { ok: false, reason: `unexpected character "${ch}" at ${i}` };
  }
  return { ok: true, tokens };
}

/** Parses a formula into a tree, or says what is wrong with it. */
export function parseFormula(expr: string): FormulaParse {
  if (typeof expr !== 'string') return { ok: false, reason: 'a formula must be text' };
  if (expr.length > MAX_FORMULA_LENGTH)
    return { ok: false, reason: `a formula is at most ${MAX_FORMULA_LENGTH} characters` };
  const lexed = tokenize(expr);
  if (!lexed.ok) return lexed;
  const tokens = lexed.tokens;
  let pos = 0;
  let depth = 0;
  const fail = (reason: string) => ({ ok: false as const, reason });

  type Step = { ok: true; data: FormulaAst } | { ok: false; reason: string };
  const peekOp = (): string | null => {
    const t = tokens[pos];
    return t && t.kind === 'op' ? t.op : null;
  };

  const factor = (): Step => {
    const t = tokens[pos];
    if (!t) return fail('the formula ends too early');
    if (t.kind === 'number') {
      pos++;
      return { ok: true, data: { kind: 'number', value: t.value } };
    }
    if (t.kind === 'name') {
      pos++;
      return { ok: true, data: { kind: 'name', name: t.name } };
    }
    if (t.op === '-') {
      pos++;
      const operand = factor();
      return operand.ok ? { ok: true, data: { kind: 'negate', operand: operand.data } } : operand;
    }
    if (t.op === '(') {
      if (++depth > 50) return fail('parentheses nest too deep');
      pos++;
      const inner = sum();
      if (!inner.ok) return inner;
      if (peekOp() !== ')') return fail(`missing ")" for the "(" at ${t.at}`);
      pos++;
      depth--;
      return inner;
    }
    return fail(`unexpected "${t.op}" at ${t.at}`);
  };

  /** One precedence level: operands joined by `ops`, grouped from the left (a - b - c = (a - b) - c). */
  const leftAssociative = (ops: readonly BinaryOp[], operand: () => Step) => (): Step => {
    let left = operand();
    while (left.ok) {
      const op = ops.find((o) => o === peekOp());
      if (!op) break;
      pos++;
      const right = operand();
      if (!right.ok) return right;
      left = { ok: true, data: { kind: 'binary', op, left: left.data, right: right.data } };
    }
    return left;
  };

  const product = leftAssociative(['*', '/'], factor);
  // `factor` reaches back to `sum` for parentheses; it is called only once both exist.
  const sum = leftAssociative(['+', '-'], product);

  if (tokens.length === 0) return fail('the formula is empty');
  const tree = sum();
  if (!tree.ok) return tree;
  if (pos < tokens.length) {
    const t = tokens[pos]!;
    return fail(`unexpected ${t.kind === 'op' ? `"${t.op}"` : 'term'} at ${t.at}`);
  }
  return tree;
}

/** The names a formula reads, in order of first use. */
export function formulaNames(ast: FormulaAst): string[] {
  const names: string[] = [];
  const walk = (node: FormulaAst): void => {
    if (node.kind === 'name') {
      if (!names.includes(node.name)) names.push(node.name);
    } else if (node.kind === 'negate') walk(node.operand);
    else if (node.kind === 'binary') {
      walk(node.left);
      walk(node.right);
    }
  };
  walk(ast);
  return names;
}

/** Evaluates a tree; an unknown name or a non-finite result gives NaN. */
export function evaluateAst(ast: FormulaAst, values: Readonly<Record<string, number>>): number {
  switch (ast.kind) {
    case 'number':
      return ast.value;
    case 'name':
      return Object.hasOwn(values, ast.name) ? values[ast.name]! : NaN;
    case 'negate':
      return -evaluateAst(ast.operand, values);
    case 'binary': {
      const a = evaluateAst(ast.left, values);
      const b = evaluateAst(ast.right, values);
      const r = ast.op === '+' ? a + b : ast.op === '-' ? a - b : ast.op === '*' ? a * b : a / b;
      return Number.isFinite(r) ? r : NaN;
    }
  }
}

/** Rounds half away from zero to `decimals`; never gives −0. */
export function roundDecimals(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = (Math.sign(value) * Math.round(Math.abs(value) * f)) / f;
  return Object.is(r, -0) ? 0 : r;
}

export type FormulaResult = { ok: true; data: number } | { ok: false; reason: string };

/** Evaluates a formula over its inputs' values, rounded to `decimals`. */
export function evaluateFormula(formula: Formula, decimals = 1): FormulaResult {
  const parsed = parseFormula(formula.expr);
  if (!parsed.ok) return parsed;
  const values: Record<string, number> = {};
  for (const [name, input] of Object.entries(formula.inputs)) values[name] = input.value;
  for (const name of formulaNames(parsed.data)) {
    if (!Object.hasOwn(values, name)) return { ok: false, reason: `"${name}" is not an input` };
  }
  const value = evaluateAst(parsed.data, values);
  if (!Number.isFinite(value)) return { ok: false, reason: 'the formula gives no finite number' };
  return { ok: true, data: roundDecimals(value, decimals) };
}

const DEFAULT_DERIVATION_DECIMALS = 1;

/** Value, low and high of a derivation; each is absent when not computed. */
export function evaluateDerivation(
  derivation: Derivation,
): { ok: true; value?: number; low?: number; high?: number } | { ok: false; reason: string } {
  const decimals = derivation.decimals ?? DEFAULT_DERIVATION_DECIMALS;
  const out: { ok: true; value?: number; low?: number; high?: number } = { ok: true };
  if (!derivation.value && !derivation.low && !derivation.high)
    return { ok: false, reason: 'a derivation computes at least one of value, low and high' };
  for (const bound of ['value', 'low', 'high'] as const) {
    const formula = derivation[bound];
    if (!formula) continue;
    const result = evaluateFormula(formula, decimals);
    if (!result.ok) return { ok: false, reason: `${bound}: ${result.reason}` };
    out[bound] = result.data;
  }
  return out;
}
