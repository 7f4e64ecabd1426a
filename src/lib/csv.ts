// CSV as RFC 4180 writes and reads it, once for every table the app and the command line
// write (scores, indicators, the diff) and the one it reads (the observations template,
// ./observationsCsv.ts). Pure: text in, text or cells out; the reader never throws.

export type Cell = string | number | boolean | null | undefined;

/**
 * Text a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
 * return); text starting with the apostrophe that defuses it, so that `readCell` can take the
 * apostrophe off again; and text starting with a byte-order mark, which a reader would drop
 * from the first cell of a file.
 */
const DEFUSE = /^[=+\-@\t\r'\uFEFF]/;

/**
 * One CSV field (RFC 4180 quoting). Text that a spreadsheet would run as a formula (starting
 * with = + - @, a tab or a carriage return) is prefixed with an apostrophe: scenario names and
 * notes are outside input; text that starts with an apostrophe (or a byte-order mark) gets one
 * too, so the reader gives back exactly what was written. Numbers are written as numbers.
 */
export function csvCell(x: Cell): string {
  if (x === null || x === undefined) return '';
  if (typeof x === 'number') return Number.isFinite(x) ? String(x) : '';
  let s = String(x);
  if (DEFUSE.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}

/** A cell's text as it was before `csvCell` defused it (one leading apostrophe removed). */
export function readCell(text: string): string {
  return text.startsWith("'") && DEFUSE.test(text.slice(1)) ? text.slice(1) : text;
}

/** Where an unquoted field's text stops. */
const SPECIAL = /[,\n\r"]/g;

/** A record of the file: its cells, and its number counting the header as row 1. */
interface CsvRecord {
  row: number;
  cells: string[];
}

export type CsvParse =
  { ok: true; records: CsvRecord[] } | { ok: false; row: number; message: string };

/**
 * The records of CSV text (RFC 4180): fields separated by commas, records by CRLF or LF,
 * a field in double quotes may hold commas, line breaks and doubled quotes. A byte-order mark
 * is dropped; empty records (a blank line, the final line break) are skipped but counted,
 * so a record's `row` is the row a spreadsheet shows. Cells are returned as written (no
 * apostrophe removed: see `readCell`). Never throws.
 */
export function parseCsv(input: string): CsvParse {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let row = 1;
  let cells: string[] = [];
  let field = '';
  // the field was written in quotes: `""` is an empty field, not an empty record
  let quoted = false;
  let i = 0;
  const endRecord = () => {
    cells.push(field);
    if (cells.length > 1 || cells[0] !== '' || quoted) records.push({ row, cells });
    cells = [];
    field = '';
    quoted = false;
    row++;
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"' && field === '' && !quoted) {
      // a quoted field runs to the first quote that is not doubled
      const start = row;
      quoted = true;
      i++;
      for (;;) {
        const end = text.indexOf('"', i);
        if (end < 0)
          return {
            ok: false,
            row: start,
            message: 'a quoted field is never closed (a closing " is missing)',
          };
        field += text.slice(i, end);
        if (text[end + 1] !== '"') {
          i = end + 1;
          break;
        }
        field += '"';
        i = end + 2;
      }
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r')
        return {
          ok: false,
          row: start,
          message: 'text after a closing quote (a field in quotes ends at its quote)',
        };
    } else if (ch === ',') {
      cells.push(field);
      field = '';
      quoted = false;
      i++;
    } else if (ch === '\n' || ch === '\r') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else if (ch === '"') {
      return {
        ok: false,
        row,
        message: 'a double quote inside a field that is not in quotes (write it as "" in quotes)',
      };
    } else {
      SPECIAL.lastIndex = i;
      const end = SPECIAL.exec(text)?.index ?? text.length;
      field += text.slice(i, end);
      i = end;
    }
  }
  if (field !== '' || cells.length > 0 || quoted) endRecord();
  return { ok: true, records };
}
