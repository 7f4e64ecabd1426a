import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, readCell, toCsv } from '@/lib/csv';

const cells = (text: string) => {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.records.map((r) => r.cells);
};

describe('CSV (RFC 4180)', () => {
  it('reads back any text and number the writer writes', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.constantFrom('=SUM(A1)', "'=x", "'", '"', 'a,b', 'say "hi"', 'two\r\nlines', '\uFEFFx'),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 6 }), { minLength: 1, maxLength: 6 }),
        (rows) => {
          const read = cells(toCsv(rows)).map((r) => r.map(readCell));
          expect(read).toEqual(
            rows.map((r) => r.map((x) => (typeof x === 'number' ? String(x) : x))),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('takes a byte-order mark, CRLF, commas, quotes and line breaks in quotes', () => {
    const text = '\uFEFFa,b,c\r\n"1,5","say ""hi""","two\r\nlines"\r\n\r\n"",x,\r\n';
    const parsed = parseCsv(text);
    expect(parsed).toEqual({
      ok: true,
      records: [
        { row: 1, cells: ['a', 'b', 'c'] },
        { row: 2, cells: ['1,5', 'say "hi"', 'two\r\nlines'] },
        // row 3 is blank: skipped, but counted as a spreadsheet counts it
        { row: 4, cells: ['', 'x', ''] },
      ],
    });
  });

  it('names the row of a quote left open or text after a closing quote', () => {
    expect(parseCsv('a,b\n1,"open\n\n')).toEqual({
      ok: false,
      row: 2,
      message: expect.stringContaining('never closed'),
    });
    expect(parseCsv('a\n"x"y\n')).toMatchObject({ ok: false, row: 2 });
    expect(parseCsv('a\nx"y\n')).toMatchObject({ ok: false, row: 2 });
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const parsed = parseCsv(text);
        expect(typeof parsed.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});
