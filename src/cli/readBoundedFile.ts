import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/**
 * The text of a regular file of at most `maxBytes` bytes. A device (/dev/zero), a FIFO or a
 * directory is refused before anything is read from it (a device reports size 0 and never
 * ends), and at most maxBytes + 1 bytes are ever read, whatever size the file reports, so
 * nothing can make the command read or wait forever.
 */
export function readBoundedFile(path: string, maxBytes: number): string {
  // Non-blocking open (a FIFO would wait for a writer), then the check on the file opened,
  // so nothing can be swapped in between.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    if (!fstatSync(fd).isFile()) throw new Error('not a regular file');
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
