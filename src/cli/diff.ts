// `fulcrum diff --scenario a.json --scenario b.json`: two scenario files compared by the one
// comparison rule (src/scenario/compare.ts), printed as JSON, CSV or text. Each file comes in
// by the same door as `scores --scenario` (readScenarioFile: size, JSON, shape, sliders).
import { common } from '@/i18n/locales/common';
import { formatsFor } from '@/lib/format';
import { leanWording } from '@/lib/leanText';
import type { Translate } from '@/lib/translate';
import type { Dataset, LocalizedText, MissingReason, Scenario } from '@/model';
import { withUnit } from '@/model';
import type { ChangeValue } from '@/scenario/assumptionChanges';
import { compareScenarios, type ScenarioComparison } from '@/scenario/compare';
import { round, toCsv } from '@/scenario/exportCsv';
import { readScenarioFile, SCENARIO_FILE_MAX_BYTES, type ScenarioChange } from '@/scenario/file';
import type { CliIo, CliResult } from './run';

const DIFF_FORMATS = ['json', 'csv', 'text'] as const;

/** A scenario as the diff names it: its name and the file it came from. */
interface NamedFile {
  name: string;
  file: string;
}

/** An assumption's value as data: a number, a choice's English label, or null (missing). */
type PlainValue = number | string | null;

interface DiffOutput {
  a: NamedFile;
  b: NamedFile;
  /** only the scores that differ; `difference` = b − a */
  scores: {
    country: string;
    partner: string;
    dimension: string;
    a: number | null;
    b: number | null;
    difference: number | null;
    /** why a side has no number: "weights" (the weights exclude it) or "evidence"; null with one */
    missing: { a: MissingReason | null; b: MissingReason | null };
  }[];
  /** only the tilts that differ */
  tilts: {
    country: string;
    dimension: string;
    a: number | null;
    b: number | null;
    difference: number | null;
    missing: { a: MissingReason | null; b: MissingReason | null };
  }[];
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
 * Whether a row differs as the diff prints it: one side has a number and the other none, or
 * B − A is not 0 once rounded by `round` (four decimals, the rounding of the JSON and CSV),
 * so no row reads "0" as its difference.
 */
const differsAsPrinted = (row: {
  a: number | null;
  b: number | null;
  difference: number | null;
}) => (row.difference === null ? row.a !== row.b : round(row.difference) !== 0);

/**
 * What the diff prints, from the comparison: the scores and tilts that differ (to the
 * precision `scores` prints, four decimals) and every differing assumption with its sources.
 */
function diffOutput(comparison: ScenarioComparison, a: NamedFile, b: NamedFile): DiffOutput {
  const number = (row: {
    a: number | null;
    b: number | null;
    difference: number | null;
    missing: { a: MissingReason | null; b: MissingReason | null };
  }) => ({
    a: round(row.a),
    b: round(row.b),
    difference: round(row.difference),
    missing: { a: row.missing.a, b: row.missing.b },
  });
  return {
    a,
    b,
    scores: comparison.scores.filter(differsAsPrinted).map((s) => ({
      country: s.country,
      partner: s.partner,
      dimension: s.dimension,
      ...number(s),
    })),
    tilts: comparison.tilts
      .filter(differsAsPrinted)
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

type CsvRow = (string | number | null)[];

/** A scenario's row of the CSV: `key` "a" or "b", its name and file in their own columns. */
const scenarioRow = (header: string[], key: 'a' | 'b', named: NamedFile): CsvRow =>
  header.map((column) =>
    column === 'type'
      ? 'scenario'
      : column === 'key'
        ? key
        : column === 'name'
          ? named.name
          : column === 'file'
            ? named.file
            : null,
  );

/** Every row padded with empty cells to the header's width, so the CSV stays rectangular. */
function asWideAsHeader(rows: CsvRow[]): CsvRow[] {
  const width = rows[0]!.length;
  return rows.map((row) =>
    row.length < width ? [...row, ...Array<null>(width - row.length).fill(null)] : row,
  );
}

/**
 * The diff as CSV, one row per line under one header. The two `scenario` rows (key "a" and
 * "b") name the scenarios in the last two columns, `name` and `file`; every other row leaves
 * those empty (a row lacking the last columns is padded with empty cells).
 */
function diffCsv(output: DiffOutput): string {
  const header = [
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
  ];
  return toCsv(
    asWideAsHeader([
      header,
      scenarioRow(header, 'a', output.a),
      scenarioRow(header, 'b', output.b),
      ...output.scores.map((s) => [
        'score',
        s.country,
        s.partner,
        s.dimension,
        null,
        s.a,
        s.b,
        s.difference,
        s.missing.a,
        s.missing.b,
        null,
        null,
      ]),
      ...output.tilts.map((t) => [
        'tilt',
        t.country,
        null,
        t.dimension,
        null,
        t.a,
        t.b,
        t.difference,
        t.missing.a,
        t.missing.b,
        null,
        null,
      ]),
      ...output.assumptions.map((c) => [
        'assumption',
        null,
        null,
        null,
        c.key,
        c.a,
        c.b,
        null,
        null,
        null,
        c.unit,
        c.sources.join(' '),
      ]),
    ]),
  );
}

/**
 * A string from the user (a scenario's name, a file's path) as the text output may print it:
 * each control character (ESC, newline, tab…: Unicode's Cc) replaced by U+FFFD, so a name
 * can neither send terminal escapes nor break a line.
 */
const printable = (text: string): string => text.replace(/\p{Cc}/gu, '\uFFFD');

/** The app's English messages of the common namespace, looked up by key (no interpolation). */
const englishCommon: Translate = (key) => {
  const found = key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown> | undefined)?.[part],
      common.en,
    );
  return typeof found === 'string' ? found : key;
};

/**
 * The diff for a person: English names, every number written by the one formatter, a missing
 * number worded by the app's one rule ("excluded by weights" or "no data", src/lib/leanText.ts).
 */
function diffText(dataset: Dataset, output: DiffOutput): string {
  const { formatScore, formatSigned, formatValue } = formatsFor('en');
  const nameOf = (list: { code: string; name: LocalizedText }[], code: string) =>
    list.find((x) => x.code === code)?.name.en ?? code;
  const { missing } = leanWording(
    englishCommon,
    dataset.tiltPair,
    (code) => nameOf(dataset.partners, code),
    'en',
  );
  // the app's English label of a dimension ("Economic", "Overall"), as every view names it
  const dimensionName = (dimension: string) => englishCommon(`dimensions.${dimension}`);
  const value = (v: PlainValue, unit: string) =>
    v === null ? 'missing' : typeof v === 'string' ? v : withUnit(formatValue(v), unit, 'en');
  const lines = [
    `A: ${printable(output.a.name)} (${printable(output.a.file)})`,
    `B: ${printable(output.b.name)} (${printable(output.b.file)})`,
  ];
  lines.push('', `Scores that differ (B − A): ${output.scores.length}`);
  for (const s of output.scores) {
    const where = `${nameOf(dataset.countries, s.country)} · ${nameOf(dataset.partners, s.partner)} · ${dimensionName(s.dimension)}`;
    lines.push(
      `  ${where}: ${formatScore(s.a, missing(s.missing.a))} → ${formatScore(s.b, missing(s.missing.b))} (${formatSigned(s.difference)})`,
    );
  }
  const [first, second] = dataset.tiltPair.map((code) => nameOf(dataset.partners, code));
  lines.push('', `Tilts that differ (${first} − ${second}; B − A): ${output.tilts.length}`);
  for (const t of output.tilts) {
    lines.push(
      `  ${nameOf(dataset.countries, t.country)} · ${dimensionName(t.dimension)}: ${formatSigned(t.a, missing(t.missing.a))} → ${formatSigned(t.b, missing(t.missing.b))} (${formatSigned(t.difference)})`,
    );
  }
  lines.push('', `Assumptions that differ: ${output.assumptions.length}`);
  for (const c of output.assumptions) {
    const sources = c.sources.length > 0 ? ` [sources: ${c.sources.join(', ')}]` : '';
    lines.push(`  ${c.label}: ${value(c.a, c.unit)} → ${value(c.b, c.unit)}${sources}`);
  }
  return lines.join('\n');
}

/**
 * The diff command. A wrong invocation comes back as `usage` (the caller prints it with the
 * usage text); a file that cannot be read or is refused as a result with its reason. What a
 * file's import adjusted goes to stderr in `scores`' words (`changeReport`, the caller's).
 */
export function runDiff(
  dataset: Dataset,
  flags: Map<string, string[]>,
  io: CliIo,
  changeReport: (path: string, changes: ScenarioChange[]) => string,
): CliResult | { usage: string } {
  for (const name of flags.keys())
    if (name !== 'scenario' && name !== 'format')
      return { usage: `diff takes two --scenario files and --format, not --${name}` };
  const paths = flags.get('scenario') ?? [];
  if (paths.length !== 2)
    return {
      usage: `diff needs exactly two --scenario files (A, then B), not ${paths.length}`,
    };
  const formats = flags.get('format') ?? [];
  if (formats.length > 1) return { usage: '--format given more than once' };
  const format = formats[0] ?? 'json';
  if (!(DIFF_FORMATS as readonly string[]).includes(format))
    return { usage: `--format must be ${DIFF_FORMATS.join(', ')}, not "${format}"` };

  const read = paths.map((path) => {
    let text: string;
    try {
      text = io.readFile(path, SCENARIO_FILE_MAX_BYTES);
    } catch (error) {
      return { error: `fulcrum: cannot read ${printable(path)}: ${(error as Error).message}` };
    }
    const restored = readScenarioFile(dataset, text);
    if (!restored.ok) return { error: `fulcrum: ${printable(path)}: ${restored.reason}` };
    return { path, ...restored.data };
  });
  const errors = read.flatMap((r) => ('error' in r ? [r.error] : []));
  if (errors.length > 0) return { code: 1, stdout: '', stderr: errors.join('\n') };
  const [a, b] = read as { path: string; scenario: Scenario; changes: ScenarioChange[] }[];

  const comparison = compareScenarios(dataset, a!.scenario, b!.scenario);
  const output = diffOutput(
    comparison,
    { name: comparison.a.name, file: a!.path },
    { name: comparison.b.name, file: b!.path },
  );
  const stdout =
    format === 'csv'
      ? diffCsv(output)
      : format === 'text'
        ? diffText(dataset, output)
        : JSON.stringify(output, null, 2);
  return {
    code: 0,
    stdout,
    stderr: [
      changeReport(printable(a!.path), a!.changes),
      changeReport(printable(b!.path), b!.changes),
    ]
      .filter(Boolean)
      .join('\n'),
  };
}
