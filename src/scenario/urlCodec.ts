// The scenario in the URL: readable search params, written only where the scenario
// differs from its base, read back without ever throwing.
//
//   o.KG.CN.debt_share=40     override of one observation cell, or a value the analyst
//                             supplies for a missing cell (o.KG.CN.satellite_navigation=2);
//                             `missing` takes a supplied value away (when the preset gave one)
//   w.security=2              dimension weight
//   iw.debt_share=2           indicator weight
//   agg=geometric             aggregation
//   opt.kgTradeSource=…       data option
//   p=cku-railway-in-operation  preset the scenario starts from
//   n=…                       scenario name (optional)
//   v=1                       codec version, written whenever anything else is
//
// Every other param (lang, theme, …) belongs to someone else: left alone, never listed.

import type { Dataset, Scenario } from '@/model';
import { completeScenario } from '@/model';
import { SCENARIO_LIMITS } from './limits';
import type { NumericSliderRecord } from './sliders';
import {
  baselineFullScenario,
  clampToSlider,
  normalizeScenario,
  publishedValue,
  recordValue,
  sliderIndex,
  sliderKey,
  sliderParam,
} from './sliders';
import { describeValueChange, sliderValue, type ValueChange } from './validate';

export const URL_CODEC_VERSION = 1;

const PARAM = {
  preset: 'p',
  name: 'n',
  version: 'v',
  aggregation: sliderParam.aggregation(),
} as const;

// The params of the sliders, spelt by ./sliders (a record's `param`).
const PREFIXES = [
  sliderParam.assumption(''),
  sliderParam.dimensionWeight(''),
  sliderParam.indicatorWeight(''),
  sliderParam.option(''),
];

/**
 * The value of `o.<cell>` that says "no value": the missing cell stays missing. Written only
 * when the base (a preset) supplies a value the scenario does not; without a preset, a
 * missing cell the analyst has not supplied simply has no param.
 */
export const MISSING_PARAM_VALUE = 'missing';
const SINGLE = new Set<string>(Object.values(PARAM));

/** Is this search param part of the scenario (ours), rather than someone else's? */
export function isScenarioParam(name: string): boolean {
  return SINGLE.has(name) || PREFIXES.some((p) => name.startsWith(p));
}

export type ParamEntry = [name: string, value: string];

/**
 * One step of the link format's history: turns the params of version `from` into
 * those of `from + 1`. A renamed key is one entry using renameParams().
 */
export interface ParamMigration {
  from: number;
  description: string;
  migrate: (entries: ParamEntry[]) => ParamEntry[];
}

/** A migration that renames params by exact name or by prefix (names ending in '.'). */
export function renameParams(renames: Record<string, string>): ParamMigration['migrate'] {
  const pairs = Object.entries(renames);
  return (entries) =>
    entries.map(([name, value]): ParamEntry => {
      for (const [from, to] of pairs) {
        if (from.endsWith('.') ? name.startsWith(from) : name === from) {
          return [to + name.slice(from.length), value];
        }
      }
      return [name, value];
    });
}

/**
 * Link format history. Version 0 is a link without `v` (written before versions
 * existed); it is read as version 1 after this list has run. Add an entry (with
 * `from` = the version it upgrades) whenever a param is renamed or re-scaled, and bump
 * URL_CODEC_VERSION.
 */
export const MIGRATIONS: readonly ParamMigration[] = [
  {
    from: 0,
    description: 'dimension weights were written weight.<dimension>; now w.<dimension>',
    migrate: renameParams({ 'weight.': 'w.' }),
  },
];

/** Applies every migration from `version` up to the current version, in order. */
export function migrateParams(
  entries: ParamEntry[],
  version: number,
  migrations: readonly ParamMigration[] = MIGRATIONS,
): ParamEntry[] {
  let out = entries;
  for (const m of [...migrations].sort((a, b) => a.from - b.from)) {
    if (m.from >= version) out = m.migrate(out);
  }
  return out;
}

type IgnoredCode =
  | 'unknown-param'
  | 'unknown-preset'
  | 'unknown-value'
  | 'not-a-number'
  | 'empty'
  | 'duplicate'
  | 'too-long'
  | 'version';

export interface IgnoredParam {
  param: string;
  /** the value as given (shortened when very long) */
  value: string;
  /** English explanation; `code` is for translated notices */
  reason: string;
  code: IgnoredCode;
}

/** A param kept but changed to fit its slider: the same change a scenario file reports. */
export interface AdjustedParam extends ValueChange {
  param: string;
  /** the value as the link gives it (shortened) */
  value: string;
  /** the slider record the value belongs to */
  recordKey: string;
  min: number;
  max: number;
  decimals: number;
  /** English explanation; `code` is for translated notices */
  reason: string;
}

export interface DecodedScenario {
  scenario: Scenario;
  presetId: string | null;
  /** params of the scenario that were dropped, with the reason */
  ignored: IgnoredParam[];
  /** params that were kept but changed to fit their slider (clamped, rounded or zeroed) */
  adjusted: AdjustedParam[];
  /** the link's declared version (0 when it has no `v`) */
  version: number;
}

const SHOWN_LENGTH = 80;
function shorten(text: string): string {
  return text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH)}…` : text;
}

/** Plain decimal or scientific notation only: no hex, no 'Infinity', no '1_000'. */
const NUMBER_PATTERN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The preset's complete, canonical scenario, or null for an unknown id. */
export function presetScenario(dataset: Dataset, presetId: string): Scenario | null {
  const preset = dataset.presets.find((p) => p.id === presetId);
  if (!preset) return null;
  return normalizeScenario(dataset, {
    name: '',
    description: '',
    ...completeScenario(dataset, preset.scenario),
  });
}

/**
 * The search params of a scenario: only what differs from its base (the preset's
 * scenario when `presetId` names a preset, else the baseline), rounded to each slider's
 * decimals. The baseline without preset gives no params at all.
 */
export function encodeScenario(
  dataset: Dataset,
  scenario: Partial<Scenario>,
  presetId?: string | null,
): URLSearchParams {
  const params = new URLSearchParams();
  const preset = presetId ? presetScenario(dataset, presetId) : null;
  const base = preset ?? baselineFullScenario(dataset);
  const s = normalizeScenario(dataset, scenario);
  if (preset && presetId) params.set(PARAM.preset, presetId);
  if (s.name !== '') params.set(PARAM.name, s.name);
  for (const record of sliderIndex(dataset).records) {
    const a = recordValue(record, s);
    const b = recordValue(record, base);
    if (a === b) continue;
    if (typeof a === 'string') {
      params.set(record.param, a);
    } else if (record.control === 'slider') {
      // An assumption the base overrides but the scenario does not: write the published
      // value, which decoding recognises as "no override"; for a missing cell, `missing`.
      if (a === undefined && record.missing) {
        params.set(record.param, MISSING_PARAM_VALUE);
        continue;
      }
      const value = a ?? clampToSlider(record, publishedValue(dataset, record.key, s.options) ?? 0);
      params.set(record.param, String(value));
    }
  }
  if ([...params.keys()].length > 0) params.set(PARAM.version, String(URL_CODEC_VERSION));
  return params;
}

/**
 * The search params to put in the address bar: every param that is not the scenario's
 * (e.g. `lang`) kept as it is, the scenario's replaced by encodeScenario().
 */
export function withScenarioParams(
  current: string | URLSearchParams,
  dataset: Dataset,
  scenario: Partial<Scenario>,
  presetId?: string | null,
): URLSearchParams {
  const out = new URLSearchParams();
  const entries = readEntries(current);
  const { version } = linkVersion(entries);
  // An old name is the scenario's too: replaced, not kept beside the new one, where it would
  // come back once the scenario no longer wrote the new name (Reset all).
  const kept = upgradeNames(entries, version).filter(([name]) => !isScenarioParam(name));
  for (const [name, value] of kept) out.append(name, value);
  const own = encodeScenario(dataset, scenario, presetId);
  for (const [name, value] of own) out.append(name, value);
  // Someone else's param spelt like an old name of ours (weight.x in a versioned link) would be
  // read as ours once the address had no version (at the baseline, the scenario writes none):
  // the version stays, so the address reads back as the scenario written.
  const readAsOld = kept.some(([name]) => isScenarioParam(upgradeNames([[name, '']], 0)[0]![0]));
  if (readAsOld && !own.has(PARAM.version)) out.set(PARAM.version, String(URL_CODEC_VERSION));
  return out;
}

/**
 * Whether two scenarios (each with the preset it started from) would be written as the same
 * link: the same in every assumption, weight, choice, preset and name. A link does not hold a
 * scenario's description.
 */
export function sameLink(
  dataset: Dataset,
  a: { scenario: Partial<Scenario>; presetId: string | null },
  b: { scenario: Partial<Scenario>; presetId: string | null },
): boolean {
  return (
    encodeScenario(dataset, a.scenario, a.presetId).toString() ===
    encodeScenario(dataset, b.scenario, b.presetId).toString()
  );
}

/** A link's format version (its `v`; none: version 0), and what was wrong with it. */
function linkVersion(entries: ParamEntry[]): { version: number; problem?: IgnoredParam } {
  return readVersion(entries.filter(([name]) => name === PARAM.version).map(([, value]) => value));
}

/**
 * A link's params with the old names of its version renamed (MIGRATIONS), as the link is read
 * and as it is rewritten. A migration must not take the page down: on a throw, the params as
 * they are.
 */
function upgradeNames(entries: ParamEntry[], version: number): ParamEntry[] {
  try {
    return migrateParams(entries, version);
  } catch {
    return entries;
  }
}

function readEntries(search: string | URLSearchParams): ParamEntry[] {
  try {
    const params = typeof search === 'string' ? new URLSearchParams(search) : search;
    return [...params.entries()];
  } catch {
    return [];
  }
}

/** Reads `v`: the declared version, and a problem if it cannot be used as it is. */
function readVersion(values: string[]): { version: number; problem?: IgnoredParam } {
  if (values.length === 0) return { version: 0 };
  const raw = values[0]!;
  if (values.length > 1) {
    return {
      version: URL_CODEC_VERSION,
      problem: {
        param: PARAM.version,
        value: shorten(values.join(', ')),
        reason: `given more than once; read as version ${URL_CODEC_VERSION}`,
        code: 'duplicate',
      },
    };
  }
  const trimmed = raw.trim();
  if (!/^\d{1,6}$/.test(trimmed)) {
    return {
      version: URL_CODEC_VERSION,
      problem: {
        param: PARAM.version,
        value: shorten(raw),
        reason: `not a version number; read as version ${URL_CODEC_VERSION}`,
        code: 'version',
      },
    };
  }
  const version = Number(trimmed);
  if (version > URL_CODEC_VERSION) {
    return {
      version,
      problem: {
        param: PARAM.version,
        value: shorten(raw),
        reason: `made by a newer version of Fulcrum (link format ${version}); read as format ${URL_CODEC_VERSION}`,
        code: 'version',
      },
    };
  }
  return { version };
}

/**
 * Reads a scenario from search params. Never throws, whatever the input: starts from
 * the baseline, applies the preset `p` if it is known, then the explicit params on top.
 * Numbers are clamped to their slider's range and rounded to its decimals (each change,
 * clamped, rounded or zeroed, reported in `adjusted`);
 * unknown, empty, non-numeric, duplicate params and unknown presets or option values
 * are dropped and reported in `ignored`. Params that are not the scenario's are left
 * alone and not reported.
 */
export function decodeScenario(
  dataset: Dataset,
  search: string | URLSearchParams,
): DecodedScenario {
  const ignored: IgnoredParam[] = [];
  const adjusted: AdjustedParam[] = [];
  const all = readEntries(search);

  const { version, problem } = linkVersion(all);
  if (problem) ignored.push(problem);
  // Old names are renamed before anything else, so the migrations see every param.
  const entries = upgradeNames(
    all.filter(([name]) => name !== PARAM.version),
    version,
  ).filter(([name]) => isScenarioParam(name));

  const counts = new Map<string, number>();
  for (const [name] of entries) counts.set(name, (counts.get(name) ?? 0) + 1);
  const single: ParamEntry[] = [];
  for (const [name, value] of entries) {
    if ((counts.get(name) ?? 0) > 1) {
      ignored.push({
        param: shorten(name),
        value: shorten(value),
        reason: 'given more than once',
        code: 'duplicate',
      });
    } else {
      single.push([name, value]);
    }
  }

  let presetId: string | null = null;
  let start: Scenario = baselineFullScenario(dataset);
  const presetEntry = single.find(([name]) => name === PARAM.preset);
  if (presetEntry) {
    const preset = presetScenario(dataset, presetEntry[1]);
    if (preset) {
      presetId = presetEntry[1];
      start = preset;
    } else {
      ignored.push({
        param: PARAM.preset,
        value: shorten(presetEntry[1]),
        reason: 'no such preset',
        code: 'unknown-preset',
      });
    }
  }

  const working: Scenario = {
    ...start,
    overrides: { ...start.overrides },
    dimensionWeights: { ...start.dimensionWeights },
    indicatorWeights: { ...start.indicatorWeights },
    options: { ...start.options },
  };
  const index = sliderIndex(dataset);

  for (const [name, value] of single) {
    if (name === PARAM.preset) continue;
    if (name === PARAM.name) {
      if (value.length > SCENARIO_LIMITS.name) {
        ignored.push({
          param: name,
          value: shorten(value),
          reason: `longer than ${SCENARIO_LIMITS.name} characters`,
          code: 'too-long',
        });
      } else {
        working.name = value;
      }
      continue;
    }
    const record = index.byParam.get(name);
    if (!record) {
      ignored.push({
        param: shorten(name),
        value: shorten(value),
        reason: 'unknown parameter',
        code: 'unknown-param',
      });
      continue;
    }
    if (record.control === 'choice') {
      if (!record.choices.some((c) => c.value === value)) {
        ignored.push({
          param: name,
          value: shorten(value),
          reason: `not one of ${record.choices.map((c) => c.value).join(', ')}`,
          code: 'unknown-value',
        });
      } else if (record.group === 'aggregation') {
        working.aggregation = value === 'geometric' ? 'geometric' : 'arithmetic';
      } else {
        working.options[record.key.slice(sliderKey.option('').length)] = value;
      }
      continue;
    }
    if (record.missing && value.trim() === MISSING_PARAM_VALUE) {
      delete working.overrides[record.key];
      continue;
    }
    const number = readNumber(record, name, value, ignored, adjusted);
    if (number === null) continue;
    if (record.group === 'assumption') working.overrides[record.key] = number;
    else if (record.group === 'dimensionWeight')
      working.dimensionWeights[record.dimension] = number;
    else working.indicatorWeights[record.indicator!] = number;
  }

  return { scenario: normalizeScenario(dataset, working), presetId, ignored, adjusted, version };
}

function readNumber(
  record: NumericSliderRecord,
  name: string,
  value: string,
  ignored: IgnoredParam[],
  adjusted: AdjustedParam[],
): number | null {
  const trimmed = value.trim();
  if (trimmed === '') {
    ignored.push({ param: name, value, reason: 'empty value', code: 'empty' });
    return null;
  }
  if (!NUMBER_PATTERN.test(trimmed)) {
    ignored.push({
      param: name,
      value: shorten(value),
      reason: 'not a number',
      code: 'not-a-number',
    });
    return null;
  }
  // The same rule as a scenario file's (src/scenario/validate.ts), and every change it makes
  // is reported, as the file's are: a weight rounded to 0 must not vanish without a word.
  const { value: kept, change } = sliderValue(record, Number(trimmed));
  if (change) {
    adjusted.push({
      ...change,
      param: name,
      value: shorten(value),
      recordKey: record.key,
      min: record.min,
      max: record.max,
      decimals: record.decimals,
      reason: describeValueChange(record, change),
    });
  }
  return kept;
}
