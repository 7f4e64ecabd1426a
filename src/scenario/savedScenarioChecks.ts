// The restore step of saved scenarios: what storage held, turned into the entries the app
// can use, what must be set aside, and why (as codes the UI translates). Pure: no storage,
// no clock, never throws, whatever it is given. This is where stored data is validated (zod,
// then against the data set); src/lib/storage.ts only moves the text.

import { z } from 'zod';
import { BUNDLED_DATASET_ID, datasetIdOf } from '@/lib/datasetId';
import type { Dataset } from '@/model';
import { scenarioFileSchema, type RestoredScenario, type ScenarioFile } from './file';
import { SCENARIO_FILE_VERSION } from './fileFormat';
import { SAVED_SCENARIO_LIMITS } from './limits';
import { prototypeKeyPath, restoreScenarioFile } from './validate';

/**
 * Version of the stored list. History:
 * 0 — entries `{ id, name, savedAt, scenario }` (before descriptions and created/updated dates)
 * 1 — entries `{ id, name, description, createdAt, updatedAt, scenario, presetId? }`
 */
export const SAVED_SCENARIOS_VERSION = 1;

export interface SavedScenario {
  id: string;
  name: string;
  description: string;
  /** ISO date-times */
  createdAt: string;
  updatedAt: string;
  /** the scenario file form (src/scenario/file.ts): the same JSON as an exported file */
  scenario: ScenarioFile;
  presetId?: string;
  /**
   * the data set the scenario belongs to (src/lib/datasetId.ts); absent = the bundled one, as
   * every entry saved before data sets could be loaded
   */
  datasetId?: string;
}

/** Which stored entry a problem is about: its place in the stored list (from 1) and name. */
export interface EntryRef {
  position: number;
  /** the stored name when there is one (cut to 60 characters), else null */
  name: string | null;
}

/** What was wrong with stored data; the UI words each code in the reader's language. */
export type SavedScenarioProblem =
  /** the stored list is not JSON */
  | { code: 'not-json' }
  /** the stored value is not a list of saved scenarios */
  | { code: 'unexpected-shape' }
  /** written by a newer version of Fulcrum: the whole list, or one entry's scenario */
  | { code: 'newer-format'; version: number; supported: number; entry?: EntryRef }
  | { code: 'name-too-long'; entry: EntryRef; max: number }
  | { code: 'description-too-long'; entry: EntryRef; max: number }
  /** a field missing, of the wrong type or unknown; `field` is its path, e.g. "createdAt" */
  | { code: 'invalid-field'; entry: EntryRef; field: string }
  | { code: 'duplicate-id'; entry: EntryRef; id: string }
  /** the scenario names something this data set does not have (`field`, e.g. "overrides.XX.CN.debt_share") */
  | { code: 'not-in-dataset'; entry: EntryRef; field: string };

export type SavedScenarioProblemCode = SavedScenarioProblem['code'];

/** Every code, for the test that each has a message in both languages. */
export const SAVED_SCENARIO_PROBLEM_CODES = [
  'not-json',
  'unexpected-shape',
  'newer-format',
  'name-too-long',
  'description-too-long',
  'invalid-field',
  'duplicate-id',
  'not-in-dataset',
] as const satisfies readonly SavedScenarioProblemCode[];

/** Something set aside: the problem and the value exactly as it was found. */
export interface QuarantinedItem {
  problem: SavedScenarioProblem;
  /** parsed JSON, or the raw text when it was not JSON */
  raw: unknown;
}

export interface RestoredSavedScenarios {
  entries: SavedScenario[];
  quarantined: QuarantinedItem[];
  /** one per quarantined item, in the same order */
  problems: SavedScenarioProblem[];
  /**
   * Entries this code cannot use but another version or data set may (a newer scenario
   * format, names this data set lacks), exactly as stored: every write keeps them.
   */
  kept: unknown[];
  /** the list itself was written by a newer version: this code must not write over it */
  newerList: boolean;
}

const isoDate = z
  .string()
  .max(SAVED_SCENARIO_LIMITS.date)
  .refine((s) => !Number.isNaN(Date.parse(s)), 'must be a date');

const savedScenarioSchema = z.strictObject({
  id: z.string().min(1).max(SAVED_SCENARIO_LIMITS.id),
  name: z.string().max(SAVED_SCENARIO_LIMITS.name),
  description: z.string().max(SAVED_SCENARIO_LIMITS.description),
  createdAt: isoDate,
  updatedAt: isoDate,
  scenario: scenarioFileSchema,
  presetId: z.string().max(SAVED_SCENARIO_LIMITS.presetId).optional(),
  datasetId: z.string().min(1).max(SAVED_SCENARIO_LIMITS.id).optional(),
});

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Version 0 → 1: dates and descriptions. Anything unrecognised passes through unchanged. */
function migrateEntryV0(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  const { savedAt, ...rest } = raw;
  if (typeof savedAt !== 'string' || 'createdAt' in rest) return raw;
  const scenario = isRecord(rest.scenario) ? rest.scenario : {};
  return {
    ...rest,
    description:
      typeof rest.description === 'string'
        ? rest.description
        : typeof scenario.description === 'string'
          ? scenario.description
          : '',
    createdAt: savedAt,
    updatedAt: savedAt,
  };
}

/** Stored-entry migrations, by the version they upgrade from. */
const SAVED_ENTRY_MIGRATIONS: Record<number, (entry: unknown) => unknown> = {
  0: migrateEntryV0,
};

function entryRef(index: number, raw: unknown): EntryRef {
  const name = isRecord(raw) && typeof raw.name === 'string' ? raw.name.slice(0, 60) : null;
  return { position: index + 1, name };
}

/** The path before the first colon of a reason of src/scenario/file.ts ("overrides.X: …"). */
function fieldOf(reason: string): string {
  const colon = reason.indexOf(':');
  return colon > 0 ? reason.slice(0, colon) : '';
}

/** The first problem of one stored entry (already migrated), or its checked form. */
function checkEntry(
  raw: unknown,
  entry: EntryRef,
  dataset: Dataset | null,
): { ok: true; data: SavedScenario } | { ok: false; problem: SavedScenarioProblem } {
  // zod's records drop a `__proto__` key without a word: refuse the entry instead.
  const innerPath = isRecord(raw) ? prototypeKeyPath(raw.scenario) : null;
  const protoPath = prototypeKeyPath(raw) ?? (innerPath && `scenario.${innerPath}`);
  if (protoPath) return { ok: false, problem: { code: 'invalid-field', entry, field: protoPath } };

  const parsed = savedScenarioSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue ? issue.path.map(String).join('.') : '';
    if (issue?.code === 'too_big' && (field === 'name' || field === 'scenario.name')) {
      return {
        ok: false,
        problem: { code: 'name-too-long', entry, max: SAVED_SCENARIO_LIMITS.name },
      };
    }
    if (
      issue?.code === 'too_big' &&
      (field === 'description' || field === 'scenario.description')
    ) {
      return {
        ok: false,
        problem: { code: 'description-too-long', entry, max: SAVED_SCENARIO_LIMITS.description },
      };
    }
    return { ok: false, problem: { code: 'invalid-field', entry, field } };
  }
  const data = parsed.data as SavedScenario;
  const fileVersion = data.scenario.version;
  if (fileVersion !== undefined && fileVersion > SCENARIO_FILE_VERSION) {
    return {
      ok: false,
      problem: {
        code: 'newer-format',
        version: fileVersion,
        supported: SCENARIO_FILE_VERSION,
        entry,
      },
    };
  }
  if (dataset) {
    const restored = restoreScenarioFile(dataset, data.scenario);
    if (!restored.ok) {
      return {
        ok: false,
        problem: { code: 'not-in-dataset', entry, field: fieldOf(restored.reason) },
      };
    }
  }
  return { ok: true, data };
}

/** The stored envelope as zustand `persist` wrote it: `{ state: { entries }, version }`. */
function envelopeOf(raw: unknown): { entries: unknown[]; version: number } | null {
  if (!isRecord(raw) || !isRecord(raw.state) || !Array.isArray(raw.state.entries)) return null;
  const version = raw.version ?? 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return null;
  return { entries: raw.state.entries, version };
}

/** The stored form of a list of entries (what restoreSavedScenarios reads back). */
export function storedListText(
  entries: readonly SavedScenario[],
  kept: readonly unknown[] = [],
): string {
  return JSON.stringify({
    state: { entries: [...entries, ...kept] },
    version: SAVED_SCENARIOS_VERSION,
  });
}

/**
 * Turns what storage held into usable entries. `raw` is the stored text (parsed here), a
 * value already parsed, or null/undefined when nothing is stored. Each entry is checked on
 * its own — its shape and limits, then, given a data set, against it — so one bad entry
 * never costs the others; whatever cannot be used is returned in `quarantined` exactly as it
 * was found (the whole value when the list itself is unreadable), with its problem.
 */
export function restoreSavedScenarios(
  raw: unknown,
  dataset: Dataset | null,
): RestoredSavedScenarios {
  const quarantined: QuarantinedItem[] = [];
  const entries: SavedScenario[] = [];
  const kept: unknown[] = [];
  let newerList = false;
  const done = (): RestoredSavedScenarios => ({
    entries,
    quarantined,
    problems: quarantined.map((q) => q.problem),
    kept,
    newerList,
  });
  if (raw === null || raw === undefined) return done();

  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      quarantined.push({ problem: { code: 'not-json' }, raw });
      return done();
    }
  }
  const envelope = envelopeOf(value);
  if (!envelope) {
    quarantined.push({ problem: { code: 'unexpected-shape' }, raw: value });
    return done();
  }
  if (envelope.version > SAVED_SCENARIOS_VERSION) {
    quarantined.push({
      problem: {
        code: 'newer-format',
        version: envelope.version,
        supported: SAVED_SCENARIOS_VERSION,
      },
      raw: value,
    });
    newerList = true;
    return done();
  }

  const ids = new Set<string>();
  envelope.entries.forEach((original, index) => {
    let migrated = original;
    for (let v = envelope.version; v < SAVED_SCENARIOS_VERSION; v++) {
      const step = SAVED_ENTRY_MIGRATIONS[v];
      if (step) migrated = step(migrated);
    }
    // Another data set's entry is not this one's to check or to show: kept as it is.
    const own = isRecord(migrated) ? migrated.datasetId : undefined;
    if (dataset && (typeof own === 'string' ? own : BUNDLED_DATASET_ID) !== datasetIdOf(dataset)) {
      kept.push(original);
      return;
    }
    const ref = entryRef(index, migrated);
    const checked = checkEntry(migrated, ref, dataset);
    if (!checked.ok) {
      quarantined.push({ problem: checked.problem, raw: original });
      if (checked.problem.code === 'newer-format' || checked.problem.code === 'not-in-dataset') {
        kept.push(original);
      }
    } else if (ids.has(checked.data.id)) {
      quarantined.push({
        problem: { code: 'duplicate-id', entry: ref, id: checked.data.id },
        raw: original,
      });
    } else {
      ids.add(checked.data.id);
      entries.push(checked.data);
    }
  });
  return done();
}

/** Why a saved entry could not be opened (the UI words it). */
export type OpenProblem =
  { code: 'not-found' } | { code: 'not-loaded' } | { code: 'not-in-dataset'; field: string };

/**
 * restoreScenarioFile's answer for a saved entry's scenario: the scenario and every change
 * made to fit the sliders (reported, as the file import does), or a code instead of a sentence.
 */
export function restoreSavedScenario(
  dataset: Dataset,
  file: ScenarioFile,
): { ok: true; data: RestoredScenario } | { ok: false; problem: OpenProblem } {
  const restored = restoreScenarioFile(dataset, file);
  return restored.ok
    ? restored
    : { ok: false, problem: { code: 'not-in-dataset', field: fieldOf(restored.reason) } };
}
