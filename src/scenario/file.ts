import { z } from 'zod';
import type { Dataset, Indicator, Scenario } from '@/model';
import { DIMENSIONS, completeScenario } from '@/model';
import {
  SCENARIO_FILE_KIND,
  SCENARIO_FILE_MAX_BYTES,
  SCENARIO_FILE_VERSION,
  type ScenarioFile,
} from './fileFormat';
import { sliderIndex } from './sliders';

// No code generation: zod's JIT probes `new Function`, which the strict CSP forbids.
z.config({ jitless: true });

export {
  SCENARIO_FILE_KIND,
  SCENARIO_FILE_MAX_BYTES,
  SCENARIO_FILE_VERSION,
  toScenarioFile,
  type ScenarioFile,
} from './fileFormat';

export type Result<T> = { ok: true; data: T } | { ok: false; reason: string };

const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const weight = finite.refine((w) => w >= 0, 'must be ≥ 0');

export const scenarioFileSchema = z.strictObject({
  kind: z.literal(SCENARIO_FILE_KIND).optional(),
  version: z.number().int().min(1).optional(),
  name: z.string().max(200).optional(),
  description: z.string().max(5000).optional(),
  overrides: z.record(z.string().max(100), finite).optional(),
  dimensionWeights: z.partialRecord(z.enum(DIMENSIONS), weight).optional(),
  indicatorWeights: z.record(z.string().max(100), weight).optional(),
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

/** The range a value of this indicator can take, by its kind. */
export function valueRange(indicator: Indicator): { min: number; max: number } {
  switch (indicator.kind) {
    case 'share':
      return { min: 0, max: 100 };
    case 'ordinal':
      return { min: 0, max: 4 };
    default:
      return { min: 0, max: Number.POSITIVE_INFINITY };
  }
}

/**
 * Checks a parsed scenario file against the data set: every override names a cell of the
 * data set (an observation, or a missing cell the analyst supplies) and stays within its
 * indicator's range; weights name indicators; options name known choices. Returns the
 * complete scenario or the first bad field.
 */
export function restoreScenario(
  dataset: Dataset,
  file: ScenarioFile,
  base?: Scenario,
): Result<Scenario> {
  if (file.version !== undefined && file.version > SCENARIO_FILE_VERSION) {
    return {
      ok: false,
      reason: `version: ${file.version} is newer than this version of Fulcrum understands (${SCENARIO_FILE_VERSION})`,
    };
  }
  // The assumption records: one per observed cell and one per missing cell.
  const records = sliderIndex(dataset).byKey;
  const indicators = new Map(dataset.indicators.map((i) => [i.id, i]));
  for (const [key, value] of Object.entries(file.overrides ?? {})) {
    if (records.get(key)?.group !== 'assumption')
      return { ok: false, reason: `overrides.${key}: no such observation or missing cell` };
    const indicator = indicators.get(key.split('.')[2] ?? '');
    if (indicator) {
      const { min, max } = valueRange(indicator);
      if (value < min || value > max) {
        return { ok: false, reason: `overrides.${key}: ${value} is outside ${min}–${max}` };
      }
    }
  }
  for (const id of Object.keys(file.indicatorWeights ?? {})) {
    if (!indicators.has(id))
      return { ok: false, reason: `indicatorWeights.${id}: no such indicator` };
  }
  for (const [key, value] of Object.entries(file.options ?? {})) {
    const option = dataset.options.find((o) => o.key === key);
    if (!option) return { ok: false, reason: `options.${key}: no such option` };
    if (!option.choices.some((c) => c.value === value)) {
      const allowed = option.choices.map((c) => c.value).join(', ');
      return { ok: false, reason: `options.${key}: "${value}" is not one of ${allowed}` };
    }
  }
  // What the file leaves out keeps the base's value (the baseline unless a base is given).
  const start = base ?? {
    name: 'Untitled scenario',
    description: '',
    ...completeScenario(dataset),
  };
  return {
    ok: true,
    data: {
      name: file.name ?? start.name,
      description: file.description ?? start.description,
      overrides: { ...start.overrides, ...file.overrides },
      dimensionWeights: { ...start.dimensionWeights, ...file.dimensionWeights },
      indicatorWeights: { ...start.indicatorWeights, ...file.indicatorWeights },
      aggregation: file.aggregation ?? start.aggregation,
      options: { ...start.options, ...file.options },
    },
  };
}

/** Parses a scenario file's text: size, JSON, shape, then meaning. Never throws. */
export function parseScenarioText(
  dataset: Dataset,
  text: string,
  base?: Scenario,
): Result<Scenario> {
  if (text.length > SCENARIO_FILE_MAX_BYTES) {
    return { ok: false, reason: `file is larger than ${SCENARIO_FILE_MAX_BYTES / 1024} KB` };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `not valid JSON (${(error as Error).message})` };
  }
  const parsed = scenarioFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? formatPath(issue.path) : '(top level)';
    return { ok: false, reason: `${where}: ${issue?.message ?? 'invalid'}` };
  }
  return restoreScenario(dataset, parsed.data, base);
}
