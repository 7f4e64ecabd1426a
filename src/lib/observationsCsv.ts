// The observations of a data set as a CSV template, for people who work in spreadsheets: one
// row per observation, every field of `Observation` in a column (lists and nested records
// encoded as documented on OBSERVATION_COLUMNS), and the reader that turns such a file back
// into a data set. The reader checks only what CSV cells can get wrong (a number that is not
// one, JSON that does not parse, a column it does not know); the meaning of every field is
// the schema's (src/data/schema.ts), the one door for data from outside, whose problems come
// back named by the row and the column a person edits. Pure; never throws.
import { DATASET_FILE_MAX_BYTES, DATASET_SIZE_LIMIT_TEXT, isLargerThan } from '@/data/datasetFile';
import { checkDataset, type DatasetProblem } from '@/data/schema';
import type { Dataset, Observation } from '@/model';
import { type Cell, parseCsv, readCell, toCsv } from './csv';
import { hashHex } from './hash';

/**
 * The template's columns, in order. Lists of plain values (`sources`, `footnotes`) are written
 * with `; ` between items; the first piece of evidence has a column per field (`evidence_*`),
 * any further pieces are a JSON list in `evidence_more`; `derivation` (a computed value's
 * inputs and formulas) is JSON. `unit` is the indicator's, written for the reader: on import
 * it must be empty or the indicator's own. An empty cell is a field left out.
 */
export const OBSERVATION_COLUMNS = [
  'country',
  'partner',
  'indicator',
  'year',
  'period',
  'value',
  'low',
  'high',
  'unit',
  'confidence',
  'sources',
  'footnotes',
  'evidence_source',
  'evidence_from',
  'evidence_locator',
  'evidence_footnote',
  'evidence_quote',
  'evidence_more',
  'note_en',
  'note_ru',
  'coding_level',
  'coding_rubric_words',
  'coding_evidence_key',
  'variant_option',
  'variant_value',
  'derivation',
] as const;
type Column = (typeof OBSERVATION_COLUMNS)[number];

/** Columns a file must have; the others may be left out when no row needs them. */
const REQUIRED_COLUMNS: readonly Column[] = [
  'country',
  'partner',
  'indicator',
  'year',
  'value',
  'low',
  'high',
  'confidence',
  'sources',
  'note_en',
  'note_ru',
];

/** The separator of items in a list cell (`sources`, `footnotes`). */
const LIST_SEPARATOR = '; ';

/** What the template's reader refuses: the row (header = row 1) and the column, when known. */
export interface CsvProblem {
  row: number | null;
  field: string | null;
  message: string;
}

export type ObservationsCsvResult =
  { ok: true; data: Dataset } | { ok: false; problems: CsvProblem[] };

/** "row 12, field value: expected a number, got 'abc'" */
export function csvProblemText(p: CsvProblem): string {
  const where = [
    p.row === null ? null : `row ${p.row}`,
    p.field === null ? null : `field ${p.field}`,
  ]
    .filter(Boolean)
    .join(', ');
  return where ? `${where}: ${p.message}` : p.message;
}

const EVIDENCE_FIELDS = ['source', 'from', 'locator', 'footnote', 'quote'] as const;

function observationRow(o: Observation, unit: string | undefined): Record<Column, Cell> {
  const [first, ...more] = o.evidence;
  return {
    country: o.country,
    partner: o.partner,
    indicator: o.indicator,
    year: o.year,
    period: o.period,
    value: o.value,
    low: o.low,
    high: o.high,
    unit,
    confidence: o.confidence,
    sources: o.sources.join(LIST_SEPARATOR),
    footnotes: o.footnotes?.join(LIST_SEPARATOR),
    evidence_source: first?.source,
    evidence_from: first?.from,
    evidence_locator: first?.locator,
    evidence_footnote: first?.footnote,
    evidence_quote: first?.quote,
    evidence_more: more.length > 0 ? JSON.stringify(more) : undefined,
    note_en: o.note.en,
    note_ru: o.note.ru,
    coding_level: o.coding?.level,
    coding_rubric_words: o.coding?.rubricWords,
    coding_evidence_key: o.coding?.evidenceKey,
    variant_option: o.variant?.option,
    variant_value: o.variant?.value,
    derivation: o.derivation ? JSON.stringify(o.derivation) : undefined,
  };
}

/** The data set's observations as the CSV template: a header, then one row per observation. */
export function observationsCsv(dataset: Dataset): string {
  const units = new Map(dataset.indicators.map((i) => [i.id, i.unit]));
  return toCsv([
    OBSERVATION_COLUMNS,
    ...dataset.observations.map((o) => {
      const row = observationRow(o, units.get(o.indicator));
      return OBSERVATION_COLUMNS.map((c) => row[c]);
    }),
  ]);
}

/** The number a cell writes in the notation `String(number)` gives: "12.5", "-3", "1e-7". */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

const shown = (text: string) => `'${text.length > 40 ? `${text.slice(0, 40)}…` : text}'`;

/** One row read into an observation's shape (not yet validated), or the problems of its cells. */
function readRow(
  cell: (c: Column) => string,
  row: number,
  units: Map<string, string>,
  problems: CsvProblem[],
): Record<string, unknown> {
  const at = (field: Column, message: string) => problems.push({ row, field, message });
  const text = (c: Column) => cell(c) || undefined;
  const number = (c: Column, raw = cell(c).trim()): number | undefined => {
    if (raw === '') return undefined;
    const n = NUMBER.test(raw) ? Number(raw) : NaN;
    if (!Number.isFinite(n)) at(c, `expected a number, got ${shown(raw)}`);
    return n;
  };
  const required = (c: Column): number | undefined => {
    const n = number(c);
    if (n === undefined) at(c, 'expected a number, the cell is empty');
    return n;
  };
  const json = (c: Column): unknown => {
    const raw = cell(c);
    if (raw.trim() === '') return undefined;
    try {
      return JSON.parse(raw) as unknown;
    } catch (error) {
      at(c, `not valid JSON (${(error as Error).message})`);
      return undefined;
    }
  };
  const list = (c: Column) =>
    cell(c)
      .split(';')
      .map((s) => s.trim())
      .filter((s) => s !== '');

  const indicator = cell('indicator');
  const unit = cell('unit');
  const expectedUnit = units.get(indicator);
  if (unit !== '' && expectedUnit !== undefined && unit !== expectedUnit)
    at(
      'unit',
      `"${unit}" is not the unit of ${indicator}, "${expectedUnit}" (the unit comes from the indicator; leave the cell empty or write it as it is)`,
    );

  const evidence: unknown[] = [];
  if (EVIDENCE_FIELDS.some((f) => cell(`evidence_${f}`) !== '')) {
    const footnote = number('evidence_footnote');
    evidence.push(
      clean({
        source: cell('evidence_source'),
        footnote,
        locator: cell('evidence_locator'),
        quote: cell('evidence_quote'),
        from: cell('evidence_from'),
      }),
    );
  }
  const more = json('evidence_more');
  if (Array.isArray(more)) evidence.push(...(more as unknown[]));
  else if (more !== undefined) at('evidence_more', 'must be a JSON list of evidence, [{…}, …]');

  const footnotes = list('footnotes').map((n) => number('footnotes', n));
  const coded = ['coding_level', 'coding_rubric_words', 'coding_evidence_key'] as const;
  const variant = ['variant_option', 'variant_value'] as const;
  return clean({
    country: cell('country'),
    partner: cell('partner'),
    indicator,
    value: required('value'),
    low: required('low'),
    high: required('high'),
    year: required('year'),
    period: text('period'),
    confidence: cell('confidence'),
    sources: list('sources'),
    footnotes: footnotes.length > 0 ? footnotes : undefined,
    evidence,
    derivation: json('derivation'),
    coding: coded.some((c) => cell(c) !== '')
      ? {
          level: required('coding_level'),
          rubricWords: cell('coding_rubric_words'),
          evidenceKey: cell('coding_evidence_key'),
        }
      : undefined,
    note: { en: cell('note_en'), ru: cell('note_ru') },
    variant: variant.some((c) => cell(c) !== '')
      ? { option: cell('variant_option'), value: cell('variant_value') }
      : undefined,
  });
}

/** A record without its absent fields (the schema's output has none). */
function clean(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
}

/** The column a person edits for a schema path under an observation, and what is left of it. */
function columnOf(rest: (string | number)[]): { field: string; detail: string } {
  const [key, ...tail] = rest;
  const detail = tail
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`))
    .join('');
  const named = (field: string, sub = detail) => ({ field, detail: sub });
  switch (key) {
    case 'note':
      return tail.length > 0 ? named(`note_${String(tail[0])}`, '') : named('note_en', '');
    case 'evidence': {
      const [j, field] = tail;
      if (j === undefined) return named('evidence_quote', '');
      if (j === 0) return named(`evidence_${String(field ?? 'quote')}`, '');
      const rest2 = tail.slice(1).map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`));
      return named('evidence_more', `[${Number(j) - 1}]${rest2.join('')}`);
    }
    case 'coding': {
      const sub = tail[0];
      const field =
        sub === 'rubricWords'
          ? 'coding_rubric_words'
          : sub === 'evidenceKey'
            ? 'coding_evidence_key'
            : 'coding_level';
      return named(field, '');
    }
    case 'variant':
      return named(tail[0] === 'value' ? 'variant_value' : 'variant_option', '');
    case 'sources':
    case 'footnotes':
      return named(String(key), '');
    default:
      return named(String(key ?? 'observation'));
  }
}

/** A schema problem as a person meets it in the file: under an observation, its row and column. */
function asCsvProblem(p: DatasetProblem, rows: number[]): CsvProblem {
  const [top, index, ...rest] = p.path;
  if (top !== 'observations' || typeof index !== 'number' || rows[index] === undefined)
    return { row: null, field: null, message: `${p.where}: ${p.message}` };
  const { field, detail } = columnOf(rest);
  return {
    row: rows[index]!,
    field: detail ? `${field} (${detail})` : field,
    message: p.message,
  };
}

/** The longest version an edited data set is given (the library keeps versions up to 120). */
export const EDITED_VERSION_MAX = 120;
const FILE_NAME_SHOWN = 40;

/**
 * A short hash of the file's text (8 hex digits of the app's one hash, src/lib/hash.ts): two
 * different edits read from files of the same name still get different versions. Not an id: the
 * library's ids hash the whole data set (src/lib/datasetLibrary.ts, `datasetIdFor`).
 */
const shortHash = (text: string): string => hashHex(text).slice(-8);

/**
 * The version of a data set read from the CSV template: not the base's (which names the
 * published data), but `<base version> (edited: <file>, <hash of the text>)`, the file's name
 * cleaned of control characters and cut to 40 characters, the whole within EDITED_VERSION_MAX.
 */
export function editedVersion(baseVersion: string, text: string, fileName: string): string {
  const name = fileName
    .replace(/[\p{Cc}\p{Cf}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // cut by UTF-16 units (as the library's limit counts), never through a surrogate pair
  const cut = (s: string, max: number) =>
    s.length > max
      ? `${s
          .slice(0, max - 1)
          .replace(/[\uD800-\uDBFF]$/, '')
          .trimEnd()}…`
      : s;
  const shownName = cut(name, FILE_NAME_SHOWN);
  const suffix = ` (edited: ${shownName ? `${shownName}, ` : ''}${shortHash(text)})`;
  return `${cut(baseVersion, EDITED_VERSION_MAX - suffix.length)}${suffix}`;
}

/**
 * Reads the CSV template into a data set: `base`'s countries, partners, indicators, sources and
 * the rest, with the file's rows as its observations, validated whole by the schema. Given the
 * file's name (the app's /data page), it gets a version of its own (`editedVersion`: the base's,
 * the file's name and a hash of its text); without one (the CLI), the base's.
 * Refuses a file over the data set limit before parsing it. Every problem names its row (the
 * header is row 1) and its column. Never throws.
 */
export function readObservationsCsv(
  text: string,
  base: Dataset,
  fileName?: string,
): ObservationsCsvResult {
  try {
    return readChecked(text, base, fileName);
  } catch (error) {
    return {
      ok: false,
      problems: [{ row: null, field: null, message: `could not be read (${String(error)})` }],
    };
  }
}

function readChecked(text: string, base: Dataset, fileName?: string): ObservationsCsvResult {
  const fail = (problems: CsvProblem[]): ObservationsCsvResult => ({ ok: false, problems });
  if (isLargerThan(text, DATASET_FILE_MAX_BYTES))
    return fail([
      {
        row: null,
        field: null,
        message: `the file is larger than the ${DATASET_SIZE_LIMIT_TEXT} limit`,
      },
    ]);
  const parsed = parseCsv(text);
  if (!parsed.ok) return fail([{ row: parsed.row, field: null, message: parsed.message }]);
  const [header, ...records] = parsed.records;
  if (!header) return fail([{ row: 1, field: null, message: 'the file is empty: no header row' }]);

  const problems: CsvProblem[] = [];
  const known = new Set<string>(OBSERVATION_COLUMNS);
  const position = new Map<string, number>();
  header.cells.forEach((raw, j) => {
    const name = readCell(raw).trim();
    if (!known.has(name))
      problems.push({
        row: header.row,
        field: null,
        message: `unknown column "${name}" (the template's columns: ${OBSERVATION_COLUMNS.join(', ')})`,
      });
    else if (position.has(name))
      problems.push({ row: header.row, field: null, message: `column "${name}" appears twice` });
    else position.set(name, j);
  });
  for (const c of REQUIRED_COLUMNS)
    if (!position.has(c))
      problems.push({ row: header.row, field: null, message: `the column "${c}" is missing` });
  if (problems.length > 0) return fail(problems);

  const units = new Map(base.indicators.map((i) => [i.id, i.unit]));
  const observations: unknown[] = [];
  const rows: number[] = [];
  for (const record of records) {
    if (record.cells.length > header.cells.length) {
      problems.push({
        row: record.row,
        field: null,
        message: `${record.cells.length} cells, but the header has ${header.cells.length} columns`,
      });
      continue;
    }
    const cell = (c: Column) => {
      const j = position.get(c);
      return j === undefined ? '' : readCell(record.cells[j] ?? '');
    };
    observations.push(readRow(cell, record.row, units, problems));
    rows.push(record.row);
  }
  if (problems.length > 0) return fail(problems);

  const checked = checkDataset({
    ...base,
    version: fileName === undefined ? base.version : editedVersion(base.version, text, fileName),
    observations,
  });
  if (checked.ok) return checked;
  return fail(checked.problems.map((p) => asCsvProblem(p, rows)));
}
