import { closeSync, openSync, readSync, statSync } from 'node:fs';

/**
 * The text of a regular file of at most `maxBytes` bytes. A device (/dev/zero), a FIFO or a
 * directory is refused before it is opened (opening a FIFO waits for a writer; a device
 * reports size 0 and never ends), and at most maxBytes + 1 bytes are ever read, whatever
 * size the file reports, so nothing can make the command read forever.
 */
export function readBoundedFile(path: string, maxBytes: number): string {
  if (!statSync(path).isFile()) throw new Error('not a regular file');
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(maxBytes + 1);
    let total = 0;
    while (total <= maxBytes) {
      const read = readSync(fd, buffer, total, buffer.length - total, null);
      if (read === 0) break;
      total += read;
    }
    if (total > maxBytes) throw new Error(`larger than the ${maxBytes / (1024 * 1024)} MB limit`);
    return buffer.toString('utf8', 0, total);
  } finally {
    closeSync(fd);
  }
}
