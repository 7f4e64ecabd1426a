// `fulcrum diff --scenario a.json --scenario b.json`: two scenario files compared by the one
// comparison rule (src/scenario/compare.ts), printed as JSON, CSV or text. Each file comes in
// by the same door as `scores --scenario` (readScenarioFile: size, JSON, shape, sliders).
import { formatsFor } from '@/lib/format';
import type { Dataset, LocalizedText, Scenario } from '@/model';
import { withUnit } from '@/model';
import type { ChangeValue } from '@/scenario/assumptionChanges';
import { compareScenarios, type ScenarioComparison } from '@/scenario/compare';
import { round, toCsv } from '@/scenario/exportCsv';
import { readScenarioFile, type ScenarioChange } from '@/scenario/file';
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
  }[];
  /** only the tilts that differ */
  tilts: {
    country: string;
    dimension: string;
    a: number | null;
    b: number | null;
    difference: number | null;
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
 * What the diff prints, from the comparison: the scores and tilts that differ (to the
 * precision `scores` prints, four decimals) and every differing assumption with its sources.
 */
function diffOutput(comparison: ScenarioComparison, a: NamedFile, b: NamedFile): DiffOutput {
  const number = (row: { a: number | null; b: number | null; difference: number | null }) => ({
    a: round(row.a),
    b: round(row.b),
    difference: round(row.difference),
  });
  return {
    a,
    b,
    scores: comparison.scores
      .filter((s) => s.differs)
      .map((s) => ({
        country: s.country,
        partner: s.partner,
        dimension: s.dimension,
        ...number(s),
      })),
    tilts: comparison.tilts
      .filter((t) => t.differs)
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

function diffCsv(output: DiffOutput): string {
  return toCsv([
    ['type', 'country', 'partner', 'dimension', 'key', 'a', 'b', 'difference', 'unit', 'sources'],
    ['scenario', null, null, null, 'a', output.a.name, output.a.file, null, null, null],
    ['scenario', null, null, null, 'b', output.b.name, output.b.file, null, null, null],
    ...output.scores.map((s) => [
      'score',
      s.country,
      s.partner,
      s.dimension,
      null,
      s.a,
      s.b,
      s.difference,
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
      c.unit,
      c.sources.join(' '),
    ]),
  ]);
}

/** The diff for a person: English names, every number written by the one formatter. */
function diffText(dataset: Dataset, output: DiffOutput): string {
  const { formatScore, formatSigned, formatValue } = formatsFor('en');
  const nameOf = (list: { code: string; name: LocalizedText }[], code: string) =>
    list.find((x) => x.code === code)?.name.en ?? code;
  const value = (v: PlainValue, unit: string) =>
    v === null ? 'missing' : typeof v === 'string' ? v : withUnit(formatValue(v), unit, 'en');
  const lines = [
    `A: ${output.a.name} (${output.a.file})`,
    `B: ${output.b.name} (${output.b.file})`,
  ];
  lines.push('', `Scores that differ (B − A): ${output.scores.length}`);
  for (const s of output.scores) {
    const where = `${nameOf(dataset.countries, s.country)} · ${nameOf(dataset.partners, s.partner)} · ${s.dimension}`;
    lines.push(
      `  ${where}: ${formatScore(s.a, 'no data')} → ${formatScore(s.b, 'no data')} (${formatSigned(s.difference)})`,
    );
  }
  const [first, second] = dataset.tiltPair.map((code) => nameOf(dataset.partners, code));
  lines.push('', `Tilts that differ (${first} − ${second}; B − A): ${output.tilts.length}`);
  for (const t of output.tilts) {
    lines.push(
      `  ${nameOf(dataset.countries, t.country)} · ${t.dimension}: ${formatSigned(t.a, 'no data')} → ${formatSigned(t.b, 'no data')} (${formatSigned(t.difference)})`,
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
      text = io.readFile(path);
    } catch (error) {
      return { error: `fulcrum: cannot read ${path}: ${(error as Error).message}` };
    }
    const restored = readScenarioFile(dataset, text);
    if (!restored.ok) return { error: `fulcrum: ${path}: ${restored.reason}` };
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
    stderr: [changeReport(a!.path, a!.changes), changeReport(b!.path, b!.changes)]
      .filter(Boolean)
      .join('\n'),
  };
}
