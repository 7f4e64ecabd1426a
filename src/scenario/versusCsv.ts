// Scenario A against scenario B as data: the rows the command line's `diff` prints as JSON
// and CSV, and the download of `/versus` (the same CSV, its `file` column the scenario's link).
// One definition of the comparison's rows, rounding and columns for both (src/cli/diff.ts,
// src/features/versus). Numbers at four decimals, like every export.
import type { MissingReason } from '@/model';
import type { ChangeValue } from './assumptionChanges';
import type { ScenarioComparison } from './compare';
import { round, toCsv } from './exportCsv';

/** A scenario as a comparison names it: its name and where it comes from (a file or a link). */
export interface NamedScenario {
  name: string;
  file: string;
}

/** An assumption's value as data: a number, a choice's English label, or null (missing). */
export type PlainValue = number | string | null;

interface PairedOutput {
  a: number | null;
  b: number | null;
  /** b − a */
  difference: number | null;
  /** why a side has no number: "weights" (the weights exclude it) or "evidence"; null with one */
  missing: { a: MissingReason | null; b: MissingReason | null };
}

export interface ComparisonOutput {
  a: NamedScenario;
  b: NamedScenario;
  scores: (PairedOutput & { country: string; partner: string; dimension: string })[];
  tilts: (PairedOutput & { country: string; dimension: string })[];
  assumptions: {
    key: string;
    label: string;
    a: PlainValue;
    b: PlainValue;
    unit: string;
    /** the sources of the published value(s) the assumption stands on */
    sources: string[];
  }[];
}

function plain(value: ChangeValue): PlainValue {
  switch (value.kind) {
    case 'number':
      return value.value;
    case 'choice':
      return value.label.en;
    case 'missing':
      return null;
  }
}

const unitOf = (from: ChangeValue, to: ChangeValue): string =>
  to.kind === 'number' ? to.unit : from.kind === 'number' ? from.unit : '';

/**
 * Whether a row differs as printed: one side has a number and the other none, or B − A is not
 * 0 once rounded by `round` (four decimals, the rounding of the JSON and CSV), so no row reads
 * "0" as its difference.
 */
const differsAsPrinted = (row: {
  a: number | null;
  b: number | null;
  difference: number | null;
}) => (row.difference === null ? row.a !== row.b : round(row.difference) !== 0);

/**
 * The comparison as data: every score and tilt (or, with `onlyDiffering`, those that differ
 * as printed) rounded to four decimals, and every differing assumption with its sources.
 */
export function comparisonOutput(
  comparison: ScenarioComparison,
  a: NamedScenario,
  b: NamedScenario,
  { onlyDiffering }: { onlyDiffering: boolean },
): ComparisonOutput {
  const keep = onlyDiffering ? differsAsPrinted : () => true;
  const number = (row: PairedOutput): PairedOutput => ({
    a: round(row.a),
    b: round(row.b),
    difference: round(row.difference),
    missing: { a: row.missing.a, b: row.missing.b },
  });
  return {
    a,
    b,
    scores: comparison.scores.filter(keep).map((s) => ({
      country: s.country,
      partner: s.partner,
      dimension: s.dimension,
      ...number(s),
    })),
    tilts: comparison.tilts
      .filter(keep)
      .map((t) => ({ country: t.country, dimension: t.dimension, ...number(t) })),
    assumptions: comparison.assumptions.map((change) => ({
      key: change.key,
      label: change.label.en,
      a: plain(change.from),
      b: plain(change.to),
      unit: unitOf(change.from, change.to),
      sources: change.sourceIds,
    })),
  };
}

const HEADER = [
  'type',
  'country',
  'partner',
  'dimension',
  'key',
  'a',
  'b',
  'difference',
  'missing_a',
  'missing_b',
  'unit',
  'sources',
  'name',
  'file',
] as const;

type Column = (typeof HEADER)[number];
type CsvRow = (string | number | null)[];

/** A row of the CSV from its cells by column name; the other cells empty. */
const row = (cells: Partial<Record<Column, string | number | null>>): CsvRow =>
  HEADER.map((column) => cells[column] ?? null);

const paired = (p: PairedOutput) => ({
  a: p.a,
  b: p.b,
  difference: p.difference,
  missing_a: p.missing.a,
  missing_b: p.missing.b,
});

/**
 * The comparison as CSV, one row per line under one header. The two `scenario` rows (key "a"
 * and "b") name the scenarios in the last two columns, `name` and `file`.
 */
export function comparisonCsv(output: ComparisonOutput): string {
  return toCsv([
    [...HEADER],
    row({ type: 'scenario', key: 'a', name: output.a.name, file: output.a.file }),
    row({ type: 'scenario', key: 'b', name: output.b.name, file: output.b.file }),
    ...output.scores.map((s) =>
      row({
        type: 'score',
        country: s.country,
        partner: s.partner,
        dimension: s.dimension,
        ...paired(s),
      }),
    ),
    ...output.tilts.map((t) =>
      row({ type: 'tilt', country: t.country, dimension: t.dimension, ...paired(t) }),
    ),
    ...output.assumptions.map((c) =>
      row({
        type: 'assumption',
        key: c.key,
        a: c.a,
        b: c.b,
        unit: c.unit,
        sources: c.sources.join(' '),
      }),
    ),
  ]);
}

export interface VersusCsvSide {
  name: string;
  /** where the side comes from: the link that reproduces the comparison */
  link: string;
}

/** The `/versus` download: every score and tilt under A and B, both scenarios named first. */
export function versusCsv(
  comparison: ScenarioComparison,
  a: VersusCsvSide,
  b: VersusCsvSide,
): string {
  return comparisonCsv(
    comparisonOutput(
      comparison,
      { name: a.name, file: a.link },
      { name: b.name, file: b.link },
      { onlyDiffering: false },
    ),
  );
}
