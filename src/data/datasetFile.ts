// A data set file's text, as the command line's `--dataset` reads it (and the app's loader
// will): size first, then a byte-order mark, JSON, and the one door, the zod schema
// (./schema.ts). The observations CSV template (src/lib/observationsCsv.ts) shares the limit.
import type { Dataset } from '../model/types';
import { checkDataset, type DatasetProblem } from './schema';

/** Data set files (JSON, or the observations CSV) larger than this are refused before parsing. */
export const DATASET_FILE_MAX_BYTES = 20 * 1024 * 1024;

/** The size limit in words, as every refusal of a too-large file states it. */
export const DATASET_SIZE_LIMIT_TEXT = `${DATASET_FILE_MAX_BYTES / (1024 * 1024)} MB`;

export type DatasetFileResult =
  { ok: true; data: Dataset } | { ok: false; problems: DatasetProblem[] };

/**
 * Whether text is larger than `maxBytes` once written as UTF-8, without encoding it when its
 * length settles it: a UTF-16 unit takes 1 to 3 bytes (a surrogate pair, two units, takes 4).
 */
export function isLargerThan(text: string, maxBytes: number): boolean {
  if (text.length > maxBytes) return true;
  if (text.length * 3 <= maxBytes) return false;
  return new TextEncoder().encode(text).length > maxBytes;
}

const problem = (message: string): DatasetFileResult => ({
  ok: false,
  problems: [{ path: [], where: '(file)', message }],
});

/**
 * Reads a data set file's text: the JSON `npm run fulcrum -- dataset` prints. Refuses a file
 * over DATASET_FILE_MAX_BYTES before parsing it, text that is not JSON, and whatever the
 * schema refuses, with every problem named by its path. Never throws.
 */
export function readDatasetText(text: string): DatasetFileResult {
  if (isLargerThan(text, DATASET_FILE_MAX_BYTES))
    return problem(`the file is larger than the ${DATASET_SIZE_LIMIT_TEXT} limit`);
  let raw: unknown;
  try {
    raw = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    return problem(`not valid JSON (${(error as Error).message})`);
  }
  return checkDataset(raw);
}
