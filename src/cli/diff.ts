// `fulcrum diff --scenario a.json --scenario b.json`: two scenario files compared by the one
// comparison rule (src/scenario/compare.ts), printed as JSON, CSV or text. Each file comes in
// by the same door as `scores --scenario` (readScenarioFile: size, JSON, shape, sliders).
import { common } from '@/i18n/locales/common';
import { formatsFor } from '@/lib/format';
import { leanWording } from '@/lib/leanText';
import type { Translate } from '@/lib/translate';
import type { Dataset, LocalizedText, Scenario } from '@/model';
import { withUnit } from '@/model';
import { compareScenarios } from '@/scenario/compare';
import { readScenarioFile, SCENARIO_FILE_MAX_BYTES, type ScenarioChange } from '@/scenario/file';
import {
  comparisonCsv,
  comparisonOutput,
  type ComparisonOutput,
  type PlainValue,
} from '@/scenario/versusCsv';
import { printable, readInput, singleFlag } from './input';
import type { CliIo, CliResult } from './run';

const DIFF_FORMATS = ['json', 'csv', 'text'] as const;

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
function diffText(dataset: Dataset, output: ComparisonOutput): string {
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
  const format = singleFlag(flags, 'format') ?? 'json';
  if (format instanceof Error) return { usage: format.message };
  if (!(DIFF_FORMATS as readonly string[]).includes(format))
    return { usage: `--format must be ${DIFF_FORMATS.join(', ')}, not "${format}"` };

  const read = paths.map((path) => {
    const text = readInput(io, path, SCENARIO_FILE_MAX_BYTES);
    if (typeof text !== 'string') return { error: text.stderr };
    const restored = readScenarioFile(dataset, text);
    if (!restored.ok) return { error: `fulcrum: ${printable(path)}: ${restored.reason}` };
    return { path, ...restored.data };
  });
  const errors = read.flatMap((r) => ('error' in r ? [r.error] : []));
  if (errors.length > 0) return { code: 1, stdout: '', stderr: errors.join('\n') };
  const [a, b] = read as { path: string; scenario: Scenario; changes: ScenarioChange[] }[];

  const comparison = compareScenarios(dataset, a!.scenario, b!.scenario);
  // only what differs: the diff answers "what changes from A to B"
  const output = comparisonOutput(
    comparison,
    { name: comparison.a.name, file: a!.path },
    { name: comparison.b.name, file: b!.path },
    { onlyDiffering: true },
  );
  const stdout =
    format === 'csv'
      ? comparisonCsv(output)
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
