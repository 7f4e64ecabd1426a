import { dataset as bundledDataset } from '@/data/dataset';
import {
  DATASET_FILE_MAX_BYTES,
  DATASET_SIZE_LIMIT_TEXT,
  readDatasetText,
} from '@/data/datasetFile';
import { parseDataset } from '@/data/schema';
import { csvProblemText, observationsCsv, readObservationsCsv } from '@/lib/observationsCsv';
import { presetRationale } from '@/lib/presetRationale';
import type { Dataset, Scenario } from '@/model';
import { completeScenario, DEFAULT_DRAWS, isUsableSeed, MAX_SEED } from '@/model';
import { scoresCsv, scoresOutput } from '@/scenario/exportCsv';
import {
  readScenarioFile,
  restoreScenario,
  SCENARIO_FILE_MAX_BYTES,
  type ScenarioChange,
} from '@/scenario/file';
import { normalizeScenario } from '@/scenario/sliders';
import { runDiff } from './diff';
import { printable, readInput, singleFlag } from './input';

export interface CliIo {
  /** the text of a file of at most `maxBytes` bytes; throws with the reason it cannot */
  readFile: (path: string, maxBytes: number) => string;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

const USAGE = `Usage:
  npm run fulcrum -- dataset [--observations file.csv] [--format json|csv]
  npm run fulcrum -- scores [--scenario file.json] [--preset id] [--option key=value]
                            [--format json|csv] [--uncertainty N] [--seed S]
  npm run fulcrum -- diff --scenario a.json --scenario b.json [--format json|csv|text]
  every command also takes --dataset file.json

  dataset        print the validated data set as JSON (a file --dataset reads), or with
                 --format csv its observations as the CSV template, one row per observation;
                 with --observations, the data set with the CSV's rows as its observations,
                 validated whole (each problem named by its row and column)
  scores         print every country × partner × dimension score, the overall scores and the tilts,
                 each tilt with its lean ("china-clear", "too-close", …) read by the model's rule
                 with Monte Carlo draws (the dashboard's ${DEFAULT_DRAWS} draws and seed unless --uncertainty)
                 a score or tilt without a number says why in \`missing\`: "weights" (every weight
                 feeding it is 0: its lean reads "excluded-by-weights") or "evidence" (no data)
                 (csv: a \`missing\` column on every row)
  diff           compare scenario A with scenario B (two files, A first): both names, every
                 score and tilt that differs (A, B and B − A) and every assumption set
                 differently, with its sources; a side without a number says why in
                 \`missing\` (csv: \`missing_a\`, \`missing_b\`)
  --dataset      a data set file (JSON, as \`dataset\` prints it) used instead of the bundled
                 data set, validated as the dashboard validates outside data (at most ${DATASET_SIZE_LIMIT_TEXT})
  --scenario     a scenario file (JSON, as exported by the dashboard); numbers beyond a
                 slider's range or precision are adjusted as the dashboard's import does,
                 and each adjustment is listed on stderr
  --preset       start from a preset (applied first; a scenario file goes on top)
  --option       set a data option, e.g. --option kgTradeSource=china-customs
  --format       json (default) or csv; diff also text
  --uncertainty  Monte Carlo draws for 90% intervals and P(tilt > 0), e.g. 2000
  --seed         Monte Carlo seed (default 20260701)`;

/** A CSV's problems beyond this many are counted, not listed. */
const MAX_PROBLEMS_SHOWN = 20;

const fail = (message: string): CliResult => ({
  code: 2,
  stdout: '',
  stderr: `fulcrum: ${message}\n\n${USAGE}`,
});

interface ParsedArgs {
  command: string | undefined;
  flags: Map<string, string[]>;
}

const VALUE_FLAGS = new Set([
  'dataset',
  'observations',
  'scenario',
  'preset',
  'option',
  'format',
  'uncertainty',
  'seed',
]);

function parseArgs(argv: string[]): ParsedArgs | string {
  const flags = new Map<string, string[]>();
  let command: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq > 0 ? eq : undefined);
      if (name === 'help') return 'help';
      if (!VALUE_FLAGS.has(name)) return `unknown option --${name}`;
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) return `--${name} needs a value`;
      flags.set(name, [...(flags.get(name) ?? []), value]);
    } else if (command === undefined) {
      command = arg;
    } else {
      return `unexpected argument "${arg}"`;
    }
  }
  return { command, flags };
}

/**
 * What the scenario file's import changed, one line a change (the list the dashboard's import
 * shows); empty when nothing was changed.
 */
function changeReport(path: string | undefined, changes: ScenarioChange[]): string {
  if (changes.length === 0) return '';
  const lines = changes.map((c) => `  ${c.path}: ${c.reason}`);
  const n = changes.length;
  return [
    `fulcrum: ${printable(String(path))}: ${n} value${n === 1 ? ' was' : 's were'} adjusted:`,
    ...lines,
  ].join('\n');
}

export function runCli(argv: string[], io: CliIo, dataset: unknown = bundledDataset): CliResult {
  const parsed = parseArgs(argv);
  if (parsed === 'help') return { code: 0, stdout: USAGE, stderr: '' };
  if (typeof parsed === 'string') return fail(parsed);

  const path = singleFlag(parsed.flags, 'dataset');
  if (path instanceof Error) return fail(path.message);
  parsed.flags.delete('dataset');
  let data: Dataset;
  if (path !== undefined) {
    const text = readInput(io, path, DATASET_FILE_MAX_BYTES);
    if (typeof text !== 'string') return text;
    const fromFile = readDatasetText(text);
    if (!fromFile.ok) {
      const [first, ...rest] = fromFile.problems;
      const more =
        rest.length > 0 ? ` (and ${rest.length} more problem${rest.length === 1 ? '' : 's'})` : '';
      return {
        code: 1,
        stdout: '',
        stderr: `fulcrum: ${printable(path)}: the data set is invalid: ${first!.path.length > 0 ? `${first!.where}: ` : ''}${first!.message}${more}`,
      };
    }
    data = fromFile.data;
  } else {
    const checked = parseDataset(dataset);
    if (!checked.ok)
      return { code: 1, stdout: '', stderr: `fulcrum: the data set is invalid: ${checked.reason}` };
    data = checked.data;
  }

  if (parsed.command === 'dataset') {
    for (const name of parsed.flags.keys())
      if (name !== 'format' && name !== 'observations')
        return fail(`dataset takes --dataset, --observations and --format, not --${name}`);
    const format = singleFlag(parsed.flags, 'format') ?? 'json';
    if (format instanceof Error) return fail(format.message);
    const csvPath = singleFlag(parsed.flags, 'observations');
    if (csvPath instanceof Error) return fail(csvPath.message);
    if (format !== 'json' && format !== 'csv')
      return fail(`--format must be json or csv, not "${format}"`);
    if (csvPath !== undefined) {
      const text = readInput(io, csvPath, DATASET_FILE_MAX_BYTES);
      if (typeof text !== 'string') return text;
      const fromCsv = readObservationsCsv(text, data);
      if (!fromCsv.ok) {
        const shown = fromCsv.problems.slice(0, MAX_PROBLEMS_SHOWN).map(csvProblemText);
        const rest = fromCsv.problems.length - shown.length;
        return {
          code: 1,
          stdout: '',
          stderr: [
            `fulcrum: ${printable(csvPath)}: the observations are invalid:`,
            ...shown.map((line) => `  ${line}`),
            ...(rest > 0 ? [`  … and ${rest} more`] : []),
          ].join('\n'),
        };
      }
      data = fromCsv.data;
    }
    // The whole data set, so that what it prints is a file --dataset (and the app) reads back.
    return {
      code: 0,
      stdout: format === 'csv' ? observationsCsv(data) : JSON.stringify(data, null, 2),
      stderr: '',
    };
  }
  if (parsed.command === 'diff') {
    const diff = runDiff(data, parsed.flags, io, changeReport);
    return 'usage' in diff ? fail(diff.usage) : diff;
  }
  if (parsed.command !== 'scores') {
    return fail(
      parsed.command === undefined
        ? 'which command? dataset, scores or diff'
        : `unknown command "${parsed.command}"`,
    );
  }

  const single = (name: string) => singleFlag(parsed.flags, name);
  const format = single('format') ?? 'json';
  if (format instanceof Error) return fail(format.message);
  if (format !== 'json' && format !== 'csv')
    return fail(`--format must be json or csv, not "${format}"`);

  let scenario: Scenario = {
    name: 'Baseline',
    description: 'The data as published.',
    ...completeScenario(data),
  };

  const presetId = single('preset');
  if (presetId instanceof Error) return fail(presetId.message);
  if (presetId !== undefined) {
    const preset = data.presets.find((p) => p.id === presetId);
    if (!preset) {
      return fail(
        `unknown preset "${presetId}"; presets: ${data.presets.map((p) => p.id).join(', ')}`,
      );
    }
    scenario = {
      name: preset.name.en,
      description: presetRationale(data, preset, 'en'),
      ...completeScenario(data, preset.scenario),
    };
  }

  let changes: ScenarioChange[] = [];
  const scenarioPath = single('scenario');
  if (scenarioPath instanceof Error) return fail(scenarioPath.message);
  if (scenarioPath !== undefined) {
    const text = readInput(io, scenarioPath, SCENARIO_FILE_MAX_BYTES);
    if (typeof text !== 'string') return text;
    const fromFile = readScenarioFile(data, text, scenario);
    if (!fromFile.ok)
      return {
        code: 1,
        stdout: '',
        stderr: `fulcrum: ${printable(scenarioPath)}: ${fromFile.reason}`,
      };
    scenario = fromFile.data.scenario;
    changes = fromFile.data.changes;
  }

  for (const pair of parsed.flags.get('option') ?? []) {
    const eq = pair.indexOf('=');
    if (eq <= 0) return fail(`--option needs key=value, not "${pair}"`);
    const key = pair.slice(0, eq);
    const withOption = restoreScenario(data, { options: { [key]: pair.slice(eq + 1) } }, scenario);
    if (!withOption.ok) return fail(`--option ${withOption.reason}`);
    scenario = withOption.data;
  }

  const drawsText = single('uncertainty');
  if (drawsText instanceof Error) return fail(drawsText.message);
  const seedText = single('seed');
  if (seedText instanceof Error) return fail(seedText.message);
  let uncertainty: { draws: number; seed?: number } | null = null;
  if (drawsText !== undefined) {
    const draws = Number(drawsText);
    if (!Number.isInteger(draws) || draws < 1 || draws > 100000) {
      return fail(
        `--uncertainty must be a whole number of draws from 1 to 100000, not "${drawsText}"`,
      );
    }
    uncertainty = { draws };
  }
  if (seedText !== undefined) {
    // Only digits: "1e3", "0x10" and " 7" are refused rather than read as something else.
    const seed = /^\d+$/.test(seedText) ? Number(seedText) : NaN;
    if (!isUsableSeed(seed)) {
      return fail(`--seed must be a whole number from 0 to ${MAX_SEED}, not "${seedText}"`);
    }
    if (!uncertainty) return fail('--seed goes with --uncertainty');
    uncertainty.seed = seed;
  }

  // The canonical form the dashboard's store holds: the same scenario gives the same numbers.
  const output = scoresOutput(data, normalizeScenario(data, scenario), uncertainty);
  return {
    code: 0,
    stdout: format === 'csv' ? scoresCsv(output) : JSON.stringify(output, null, 2),
    stderr: changeReport(scenarioPath, changes),
  };
}
