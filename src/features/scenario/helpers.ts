// Pure helpers of the scenario panel: grouping of slider records, number formatting and
// parsing, the sources behind a slider, and the exported file. No React, no DOM; unit-tested
// in tests/unit/features/scenario.

import type { Dataset, Dimension, Scenario, ScenarioInput } from '@/model';
import { groupByDimension, nonEmptyGroups } from '@/model';
import { shortSourceLabel } from '@/components/sourcesLine';
import { formatsFor } from '@/lib/format';
import { parseTypedNumber } from '@/lib/parseNumber';
import { toScenarioFile } from '@/scenario/fileFormat';
import type {
  ChoiceRecord,
  MissingCellRecord,
  NumericSliderRecord,
  PublishedSliderRecord,
  SliderRecord,
} from '@/scenario/sliders';
import {
  baselineFullScenario,
  changeCountOf,
  isOutOfRange,
  changedRecords,
  isMissingRecord,
  isNumericRecord,
  publishedObservation,
  recordValue,
  sliderIndex,
} from '@/scenario/sliders';
import { presetScenario } from '@/scenario/urlCodec';

export type Language = 'en' | 'ru';

/** A slider value at most at the slider's precision, without grouping: "28.1", "28,1", "2.25". */
export function formatNumber(value: number, decimals: number, language: Language): string {
  return formatsFor(language).formatPlain(value, decimals);
}

/** A signed difference at the slider's precision: "+11.9", "−4", "0". */
export function formatDelta(delta: number, decimals: number, language: Language): string {
  const f = 10 ** decimals;
  const r = Math.round(delta * f) / f;
  if (r === 0) return formatNumber(0, decimals, language);
  const text = formatNumber(Math.abs(r), decimals, language);
  return r > 0 ? `+${text}` : `−${text}`;
}

/** What the scenario panel tells an analyst about a value typed by hand. */
export type ExactValueMessage = { kind: 'error' | 'note'; text: string } | null;

/**
 * Reads a slider's exact-value box: the number typed (null when it is not one) and the message
 * to show — "not a number" or "set to the nearest end of the range". One rule for every slider,
 * published or supplied by the analyst.
 */
export function readExactValue(
  draft: string,
  record: NumericSliderRecord,
  words: {
    t: (key: string, options?: Record<string, unknown>) => string;
    /** the interface language, whose conventions read the number */
    language: Language;
    /** the value shown now, named in the "not a number" message */
    valueText: string;
    format: (record: NumericSliderRecord, value: number) => string;
  },
): { value: number | null; message: ExactValueMessage } {
  const typed = parseTypedNumber(draft, words.language);
  if (typed === null)
    return {
      value: null,
      message: {
        kind: 'error',
        text: words.t('slider.invalid', { text: draft, value: words.valueText }),
      },
    };
  const parsed = typed.value;
  // "1,000" or "28,1" in English: say how it was read, so a typed number never silently
  // becomes another one.
  const readAs =
    typed.reading === 'plain'
      ? []
      : [words.t('slider.readAs', { text: draft.trim(), value: words.format(record, parsed) })];
  const clamped = isOutOfRange(record, parsed)
    ? [
        words.t('slider.clamped', {
          min: words.format(record, record.min),
          max: words.format(record, record.max),
        }),
      ]
    : [];
  const notes = [...readAs, ...clamped];
  const message: ExactValueMessage =
    notes.length > 0 ? { kind: 'note', text: notes.join(' ') } : null;
  return { value: parsed, message };
}

/** Where the baseline sits on a slider's track, from 0 (min) to 1 (max). */
export function baselineFraction(record: PublishedSliderRecord): number {
  const span = record.max - record.min;
  if (!(span > 0)) return 0;
  return Math.min(1, Math.max(0, (record.baseline - record.min) / span));
}

/** Does this record's value in a canonical scenario differ from the baseline's? */
export function isRecordChanged(
  dataset: Dataset,
  record: SliderRecord,
  scenario: ScenarioInput,
): boolean {
  return recordValue(record, scenario) !== recordValue(record, baselineFullScenario(dataset));
}

const presetCache = new WeakMap<Dataset, Map<string, Scenario | null>>();

/** A preset's canonical scenario (memoised per data set), or null for an unknown id. */
function presetOf(dataset: Dataset, presetId: string): Scenario | null {
  let byId = presetCache.get(dataset);
  if (!byId) {
    byId = new Map();
    presetCache.set(dataset, byId);
  }
  if (!byId.has(presetId)) byId.set(presetId, presetScenario(dataset, presetId));
  return byId.get(presetId) ?? null;
}

/**
 * How many records differ from the baseline (the toggle's count); memoised per scenario
 * object, shared with the views' count (changeCountOf).
 */
export function changeCount(dataset: Dataset | null, scenario: Scenario): number {
  return dataset ? changeCountOf(dataset, scenario) : 0;
}

/** How many records differ from the preset the scenario started from (0 without a preset). */
export function changesSincePreset(
  dataset: Dataset | null,
  scenario: Scenario,
  presetId: string | null,
): number {
  if (!dataset || !presetId) return 0;
  const preset = presetOf(dataset, presetId);
  return preset ? changedRecords(dataset, scenario, preset).length : 0;
}

/**
 * The preset to mark as applied: the one the scenario started from or, while nothing
 * differs from the baseline, the data set's 'baseline' preset if it has one.
 */
export function activePresetId(
  dataset: Dataset,
  presetId: string | null,
  changes: number,
): string | null {
  if (presetId) return presetId;
  if (changes === 0 && dataset.presets.some((p) => p.id === 'baseline')) return 'baseline';
  return null;
}

export interface RecordGroup<R extends SliderRecord = PublishedSliderRecord> {
  dimension: Dimension;
  records: R[];
}

function byDimension<R extends NumericSliderRecord>(records: R[]): RecordGroup<R>[] {
  return nonEmptyGroups(groupByDimension(records, (r) => r.dimension)).map(
    ({ dimension, items }) => ({ dimension, records: items }),
  );
}

const isPublishedRecord = (r: SliderRecord): r is PublishedSliderRecord =>
  isNumericRecord(r) && !isMissingRecord(r);

/**
 * The assumption sliders of one country (or all: null), grouped by dimension in panel order:
 * the cells with a published value (missing cells are in missingGroups).
 */
export function assumptionGroups(records: SliderRecord[], country: string | null): RecordGroup[] {
  return byDimension(
    records.filter(
      (r): r is PublishedSliderRecord =>
        isPublishedRecord(r) &&
        r.group === 'assumption' &&
        (country === null || r.country === country),
    ),
  );
}

/** The missing cells of one country (or all: null), grouped by dimension in panel order. */
export function missingGroups(
  records: SliderRecord[],
  country: string | null,
): RecordGroup<MissingCellRecord>[] {
  return byDimension(
    records.filter(
      (r): r is MissingCellRecord =>
        isMissingRecord(r) && (country === null || r.country === country),
    ),
  );
}

/** Dimension weights, then indicator weights grouped by dimension. */
export function weightGroups(records: SliderRecord[]): {
  dimensions: PublishedSliderRecord[];
  indicators: RecordGroup[];
} {
  const numeric = records.filter(isPublishedRecord);
  return {
    dimensions: numeric.filter((r) => r.group === 'dimensionWeight'),
    indicators: byDimension(numeric.filter((r) => r.group === 'indicatorWeight')),
  };
}

/** The aggregation choice and every data option. */
export function choiceRecords(records: SliderRecord[]): ChoiceRecord[] {
  return records.filter((r): r is ChoiceRecord => r.control === 'choice');
}

/** The country of the current route (`/country/kg` → "KG") when the data set has it. */
export function routeCountry(pathname: string, countries: readonly string[]): string | null {
  const match = /^\/country\/([^/]+)\/?$/i.exec(pathname);
  if (!match) return null;
  let code: string;
  try {
    code = decodeURIComponent(match[1]!).toUpperCase();
  } catch {
    return null;
  }
  return countries.includes(code) ? code : null;
}

export interface SliderSources {
  /** the sources shown: the first of the published reading's, and those that are report notes */
  shown: { id: string; label: string; footnote?: number }[];
  /** report footnotes of that reading not already carried by a shown source */
  notes: number[];
  /** how many more sources stand behind the slider (this reading's and other readings') */
  moreCount: number;
}

/** At most this many sources are named in a slider row (the methodology lists them all). */
export const MAX_SHOWN_SOURCES = 3;

/**
 * What a slider row cites: the first two sources of the published reading the baseline
 * stands on, then its sources that are footnotes of the Ifri report, up to three; the
 * reading's other report footnotes; and how many sources are left unnamed.
 */
export function sliderSources(dataset: Dataset, record: SliderRecord): SliderSources {
  const byId = new Map(dataset.sources.map((s) => [s.id, s]));
  // the reading the baseline stands on, by the model's rule
  const reading =
    record.group === 'assumption'
      ? publishedObservation(dataset, record.key, sliderIndex(dataset).defaultOptions)
      : undefined;
  const primaryIds = reading ? [...new Set(reading.sources)] : record.sourceIds;
  const primary = primaryIds.map((id) => {
    const source = byId.get(id);
    if (!source) return { id, label: id };
    return source.footnote === undefined
      ? { id, label: shortSourceLabel(source) }
      : { id, label: shortSourceLabel(source), footnote: source.footnote };
  });
  const shown = primary.slice(0, 2);
  for (const p of primary.slice(2)) {
    if (shown.length >= MAX_SHOWN_SOURCES) break;
    if (p.footnote !== undefined) shown.push(p);
  }
  const carried = new Set(shown.map((p) => p.footnote).filter((n) => n !== undefined));
  const notes = [...new Set(reading?.footnotes ?? [])]
    .filter((n) => !carried.has(n))
    .sort((a, b) => a - b);
  const all = new Set([...record.sourceIds, ...primaryIds]);
  return { shown, notes, moreCount: all.size - shown.length };
}

/** A file-name-safe form of a scenario name (letters of any script, digits, dashes). */
export function slugify(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}

/** `fulcrum-scenario-<name>.json`, from the scenario's name, else its preset, else "baseline"/"custom". */
export function exportFileName(
  scenario: Scenario,
  presetId: string | null = null,
  changed = true,
  kind = 'scenario',
  extension = 'json',
): string {
  const slug =
    slugify(scenario.name) || slugify(presetId ?? '') || (changed ? 'custom' : 'baseline');
  return `fulcrum-${kind}-${slug}.${extension}`;
}

export interface ScenarioExport {
  fileName: string;
  /** pretty-printed JSON, the same file `npm run fulcrum -- scores --scenario` reads */
  content: string;
  mimeType: string;
}

/** The file Export JSON downloads. */
export function buildScenarioExport(
  scenario: Scenario,
  presetId: string | null = null,
  changed = true,
): ScenarioExport {
  return {
    fileName: exportFileName(scenario, presetId, changed),
    content: `${JSON.stringify(toScenarioFile(scenario), null, 2)}\n`,
    mimeType: 'application/json',
  };
}

/** File size in whole kilobytes, rounded up (for the too-large message). */
export function kilobytes(bytes: number): number {
  return Math.ceil(bytes / 1024);
}
