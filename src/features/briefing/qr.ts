// The QR code of the title slide as data: uqr encodes the link, and each row's dark modules
// become runs, one SVG rect each (LinkQr draws them). Pure; unit-tested.
import { encode } from 'uqr';

/** Dark modules of one QR row as runs: [first column, length]. */
export function darkRuns(row: readonly boolean[]): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  row.forEach((dark, x) => {
    if (dark && start < 0) start = x;
    if (!dark && start >= 0) {
      runs.push([start, x - start]);
      start = -1;
    }
  });
  if (start >= 0) runs.push([start, row.length - start]);
  return runs;
}

/**
 * A QR code of `text` (medium error correction, a quiet zone of 3 modules) as runs per row;
 * null when the text is more than a QR code holds (about 2,300 bytes): the slide then shows
 * the link as text only, rather than failing.
 */
export function qrRuns(text: string): { size: number; rows: [number, number][][] } | null {
  try {
    const qr = encode(text, { ecc: 'M', border: 3 });
    return { size: qr.size, rows: qr.data.map(darkRuns) };
  } catch {
    return null;
  }
}
