// The one door every scenario comes in by (the link, an imported file, a saved scenario, the
// command line): each number is held to its slider record (src/scenario/sliders.ts, the one
// definition of every range and precision), and whatever that changes is reported, so the
// app and the CLI compute with the same scenario and a person sees what was adjusted.
// No zod here: the link is read on the first screen (src/scenario/file.ts checks a file's
// shape with zod, then hands it to restoreScenarioFile).

import type { Dataset, Dimension, Scenario } from '@/model';
import type { ScenarioFile } from './fileFormat';
import { SCENARIO_FILE_VERSION } from './fileFormat';
import type { NumericSliderRecord } from './sliders';
import {
  baselineFullScenario,
  clampToSlider,
  isNumericRecord,
  isOutOfRange,
  normalizeScenario,
  sliderIndex,
  sliderKey,
} from './sliders';

export type Result<T> = { ok: true; data: T } | { ok: false; reason: string };

/**
 * Why a number was changed on the way in:
 * - `clamped`: outside the slider's range, set to its nearest end;
 * - `rounded`: more decimals than the slider holds, rounded to them;
 * - `zeroed`: a weight so small that, rounded, it is 0 (what it weighs no longer counts).
 */
type ValueChangeCode = 'clamped' | 'rounded' | 'zeroed';

export interface ValueChange {
  code: ValueChangeCode;
  /** the number as given */
  from: number;
  /** the number kept */
  to: number;
}

/**
 * A number as its slider holds it: clamped to the range and rounded to the decimals, with
 * the change when there is one. NaN is not a number a scenario can hold: callers refuse it.
 */
export function sliderValue(
  record: NumericSliderRecord,
  value: number,
): { value: number; change: ValueChange | null } {
  const kept = clampToSlider(record, value);
  if (kept === value) return { value: kept, change: null };
  const code: ValueChangeCode = isOutOfRange(record, value)
    ? 'clamped'
    : kept === 0 && record.group !== 'assumption'
      ? 'zeroed'
      : 'rounded';
  return { value: kept, change: { code, from: value, to: kept } };
}

/** A change made to one value of a scenario file, with where it was. */
export interface ScenarioChange extends ValueChange {
  /** where in the file, e.g. "indicatorWeights.debt_share" */
  path: string;
  /** the slider record the value belongs to (its label names it for a person) */
  recordKey: string;
  min: number;
  max: number;
  decimals: number;
  /** the same in English (the command line prints it; the app translates `code`) */
  reason: string;
}

/** A change in English, for the command line and for logs (the app translates `code`). */
export function describeValueChange(record: NumericSliderRecord, change: ValueChange): string {
  switch (change.code) {
    case 'clamped':
      return `${change.from} is outside the slider's range ${record.min}–${record.max}; set to ${change.to}`;
    case 'rounded':
      return `${change.from} has more decimals than the slider holds (${record.decimals}); rounded to ${change.to}`;
    case 'zeroed':
      return `${change.from} rounds to 0 at the slider's ${record.decimals} decimals; this weight no longer counts`;
  }
}

export interface RestoredScenario {
  /** the canonical scenario (as the store holds it): the same numbers wherever it is used */
  scenario: Scenario;
  /** every value changed on the way in: overrides, then dimension and indicator weights */
  changes: ScenarioChange[];
}

/** Keys a JSON object may carry that would reach an object's prototype if assigned. */
const PROTOTYPE_KEYS = ['__proto__'];

/**
 * The first prototype key of a parsed JSON value, at the top or in one of its objects (the
 * depth a scenario file has), as "overrides.__proto__"; null when there is none. JSON.parse
 * keeps such a key as an own property, and copying it into a record would drop it silently.
 */
export function prototypeKeyPath(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  for (const key of PROTOTYPE_KEYS) if (Object.hasOwn(raw, key)) return key;
  for (const [field, value] of Object.entries(raw)) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
    for (const key of PROTOTYPE_KEYS) if (Object.hasOwn(value, key)) return `${field}.${key}`;
  }
  return null;
}

/**
 * A scenario file (its shape already checked) against the data set: every override names a
 * cell (an observation, or a missing cell the analyst supplies), every weight a dimension or
 * indicator, every option a known choice, or the file is refused with the first bad field.
 * Numbers are held to their sliders and each change is listed. What the file leaves out
 * keeps the base's value (the baseline unless a base is given). Never throws.
 */
export function restoreScenarioFile(
  dataset: Dataset,
  file: ScenarioFile,
  base?: Scenario,
): Result<RestoredScenario> {
  if (file.version !== undefined && file.version > SCENARIO_FILE_VERSION) {
    return {
      ok: false,
      reason: `version: ${file.version} is newer than this version of Fulcrum understands (${SCENARIO_FILE_VERSION})`,
    };
  }
  const protoPath = prototypeKeyPath(file);
  if (protoPath) return { ok: false, reason: `${protoPath}: not a name a scenario can use` };

  const index = sliderIndex(dataset);
  const changes: ScenarioChange[] = [];
  const keep = (record: NumericSliderRecord, path: string, value: number): number | null => {
    if (Number.isNaN(value)) return null;
    const { value: kept, change } = sliderValue(record, value);
    if (change) {
      changes.push({
        ...change,
        path,
        recordKey: record.key,
        min: record.min,
        max: record.max,
        decimals: record.decimals,
        reason: describeValueChange(record, change),
      });
    }
    return kept;
  };

  const start = base ?? { ...baselineFullScenario(dataset), name: 'Untitled scenario' };
  const overrides: Record<string, number> = { ...start.overrides };
  const dimensionWeights: Partial<Record<Dimension, number>> = { ...start.dimensionWeights };
  const indicatorWeights: Record<string, number> = { ...start.indicatorWeights };
  const options: Record<string, string> = { ...start.options };

  /**
   * One field of numbers, each held to the slider its name keys (`keyOf`) in `group` and
   * kept in `into`; the reason of the first that has no such slider or is not a number.
   */
  const readNumbers = (
    field: 'overrides' | 'dimensionWeights' | 'indicatorWeights',
    group: NumericSliderRecord['group'],
    keyOf: (name: string) => string,
    noSuch: string,
    into: Partial<Record<string, number>>,
  ): string | null => {
    for (const [name, value] of Object.entries(file[field] ?? {})) {
      const record = index.byKey.get(keyOf(name));
      const path = `${field}.${name}`;
      if (!isNumericRecord(record) || record.group !== group) return `${path}: ${noSuch}`;
      const kept = keep(record, path, value);
      if (kept === null) return `${path}: not a number`;
      into[name] = kept;
    }
    return null;
  };
  const refused =
    readNumbers(
      'overrides',
      'assumption',
      sliderKey.assumption,
      'no such observation or missing cell',
      overrides,
    ) ??
    readNumbers(
      'dimensionWeights',
      'dimensionWeight',
      sliderKey.dimensionWeight,
      'no such dimension',
      dimensionWeights,
    ) ??
    readNumbers(
      'indicatorWeights',
      'indicatorWeight',
      sliderKey.indicatorWeight,
      'no such indicator',
      indicatorWeights,
    );
  if (refused !== null) return { ok: false, reason: refused };
  for (const [key, value] of Object.entries(file.options ?? {})) {
    const record = index.byKey.get(sliderKey.option(key));
    if (!record || record.control !== 'choice' || record.group !== 'option')
      return { ok: false, reason: `options.${key}: no such option` };
    if (!record.choices.some((c) => c.value === value)) {
      const allowed = record.choices.map((c) => c.value).join(', ');
      return { ok: false, reason: `options.${key}: "${value}" is not one of ${allowed}` };
    }
    options[key] = value;
  }

  const scenario = normalizeScenario(dataset, {
    name: file.name ?? start.name,
    description: file.description ?? start.description,
    overrides,
    dimensionWeights,
    indicatorWeights,
    aggregation: file.aggregation ?? start.aggregation,
    options,
  });
  return { ok: true, data: { scenario, changes } };
}
