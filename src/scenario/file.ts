// Scenario files as the app's import and the command line read them (readScenarioFile): text,
// JSON, shape (zod, loaded only when a file is read), then meaning and the sliders' ranges
// (./validate.ts, shared with the link and saved scenarios).
import { z } from 'zod';
import type { Dataset, Scenario } from '@/model';
import { DIMENSIONS } from '@/model';
import { SCENARIO_FILE_KIND, SCENARIO_FILE_MAX_BYTES, type ScenarioFile } from './fileFormat';
import { SCENARIO_LIMITS } from './limits';
import {
  prototypeKeyPath,
  restoreScenarioFile,
  type RestoredScenario,
  type Result,
} from './validate';

// No code generation: zod's JIT probes `new Function`, which the strict CSP forbids.
z.config({ jitless: true });

export {
  SCENARIO_FILE_KIND,
  SCENARIO_FILE_MAX_BYTES,
  SCENARIO_FILE_VERSION,
  toScenarioFile,
  type ScenarioFile,
} from './fileFormat';
export { type RestoredScenario, type Result, type ScenarioChange } from './validate';

// Any number: its slider's range is checked by restoreScenarioFile, which clamps and reports
// (as the link does). JSON reads 1e400 as Infinity, which z.number() refuses, so it is let in
// here to be clamped like any other number beyond the slider.
const number = z.custom<number>(
  (v) => typeof v === 'number' && !Number.isNaN(v),
  'must be a number',
);

export const scenarioFileSchema = z.strictObject({
  kind: z.literal(SCENARIO_FILE_KIND).optional(),
  version: z.number().int().min(1).optional(),
  name: z.string().max(SCENARIO_LIMITS.name).optional(),
  description: z.string().max(SCENARIO_LIMITS.description).optional(),
  overrides: z.record(z.string().max(100), number).optional(),
  dimensionWeights: z.partialRecord(z.enum(DIMENSIONS), number).optional(),
  indicatorWeights: z.record(z.string().max(100), number).optional(),
  aggregation: z.enum(['arithmetic', 'geometric']).optional(),
  options: z.record(z.string().max(100), z.string().max(100)).optional(),
});
// The schema reads exactly the shape the writer produces.
const schemaReadsTheFileFormat: z.ZodType<ScenarioFile> = scenarioFileSchema;
void schemaReadsTheFileFormat;

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

/**
 * A parsed JSON value checked as a scenario file: prototype keys first (zod's records would
 * drop them without a word), then the shape. The reason names the first bad field.
 */
function checkScenarioFile(raw: unknown): Result<ScenarioFile> {
  const protoPath = prototypeKeyPath(raw);
  if (protoPath) return { ok: false, reason: `${protoPath}: not a name a scenario can use` };
  const parsed = scenarioFileSchema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? formatPath(issue.path) : '(top level)';
  return { ok: false, reason: `${where}: ${issue?.message ?? 'invalid'}` };
}

/**
 * Reads a scenario file's text, as the app's import and the command line both do: size, a
 * byte-order mark (editors on Windows write one), JSON, shape, then meaning. Returns the
 * canonical scenario and every change made to the file's numbers. Never throws.
 */
export function readScenarioFile(
  dataset: Dataset,
  text: string,
  base?: Scenario,
): Result<RestoredScenario> {
  if (text.length > SCENARIO_FILE_MAX_BYTES) {
    return { ok: false, reason: `file is larger than ${SCENARIO_FILE_MAX_BYTES / 1024} KB` };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, reason: `not valid JSON (${(error as Error).message})` };
  }
  const file = checkScenarioFile(raw);
  if (!file.ok) return file;
  return restoreScenarioFile(dataset, file.data, base);
}

/** `read` answering with the scenario alone, for callers that show no list of changes. */
function scenarioOnly<Args extends unknown[]>(read: (...args: Args) => Result<RestoredScenario>) {
  return (...args: Args): Result<Scenario> => {
    const restored = read(...args);
    return restored.ok ? { ok: true, data: restored.data.scenario } : restored;
  };
}

/** readScenarioFile without the list of changes. */
export const parseScenarioText = scenarioOnly(readScenarioFile);

/** restoreScenarioFile without the list of changes (saved scenarios: written by the app). */
export const restoreScenario = scenarioOnly(restoreScenarioFile);
