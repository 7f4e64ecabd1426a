// A file the analyst chose on /data, read through the one door: the size first (before reading
// a byte), then JSON and the schema (src/data/datasetFile.ts), or the observations CSV template
// over the data set in use (src/lib/observationsCsv.ts). Every problem keeps its row and field
// for the page to word. Never throws.
import { DATASET_FILE_MAX_BYTES, isLargerThan, readDatasetText } from '@/data/datasetFile';
import { readObservationsCsv, type CsvProblem } from '@/lib/observationsCsv';
import type { Dataset } from '@/model';

/** A problem with its row (CSV, header = row 1) and field (a column or a JSON path), when known. */
export type FileProblem = CsvProblem;

export type FileOutcome =
  | { ok: true; dataset: Dataset }
  | { ok: false; kind: 'too-large'; size: number }
  | { ok: false; kind: 'unreadable'; reason: string }
  | { ok: false; kind: 'problems'; problems: FileProblem[] };

const isCsvFile = (file: { name: string; type: string }) =>
  /\.csv$/i.test(file.name) || file.type === 'text/csv';

/** The name a data set is listed by: its file's name without the extension. */
export const nameFromFile = (fileName: string) => fileName.replace(/\.(json|csv)$/i, '').trim();

export async function readDatasetFile(
  file: Pick<File, 'name' | 'type' | 'size' | 'text'>,
  base: Dataset,
): Promise<FileOutcome> {
  if (file.size > DATASET_FILE_MAX_BYTES) return { ok: false, kind: 'too-large', size: file.size };
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return { ok: false, kind: 'unreadable', reason: String(error) };
  }
  // Over the limit once read (the text's UTF-8 bytes): worded by the page, in its language,
  // never by the readers' own (English) refusal.
  if (isLargerThan(text, DATASET_FILE_MAX_BYTES))
    return { ok: false, kind: 'too-large', size: new TextEncoder().encode(text).length };
  if (isCsvFile(file)) {
    const read = readObservationsCsv(text, base, file.name);
    return read.ok
      ? { ok: true, dataset: read.data }
      : { ok: false, kind: 'problems', problems: read.problems };
  }
  const read = readDatasetText(text);
  if (read.ok) return { ok: true, dataset: read.data };
  return {
    ok: false,
    kind: 'problems',
    problems: read.problems.map((p) => ({
      row: null,
      field: p.where === '(file)' || p.where === '(root)' ? null : p.where,
      message: p.message,
    })),
  };
}
