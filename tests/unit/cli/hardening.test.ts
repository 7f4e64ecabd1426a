// Found by trying to break the command line (issue 12): a device or a FIFO given as the
// scenario file must not make it read forever, and a seed it cannot use must be refused
// instead of being reduced modulo 2³² into another run's seed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readBoundedFile } from '@/cli/readBoundedFile';
import { runCli } from '@/cli/run';
import { isUsableSeed, MAX_SEED } from '@/model';

const dir = mkdtempSync(join(tmpdir(), 'fulcrum-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readBoundedFile', () => {
  it('refuses a device before reading it', () => {
    expect(() => readBoundedFile('/dev/zero', 1024)).toThrow('not a regular file');
  });

  it('refuses a FIFO without opening it (opening one waits for a writer)', () => {
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    expect(() => readBoundedFile(fifo, 1024)).toThrow('not a regular file');
  });

  it('refuses a directory', () => {
    expect(() => readBoundedFile(dir, 1024)).toThrow('not a regular file');
  });

  it('reads a file of up to the limit whole, and refuses one byte more', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 64 }),
        fc.integer({ min: 1, max: 64 }),
        (size, limit) => {
          const path = join(dir, 'f.json');
          writeFileSync(path, 'x'.repeat(size));
          if (size <= limit) expect(readBoundedFile(path, limit)).toBe('x'.repeat(size));
          else expect(() => readBoundedFile(path, limit)).toThrow('limit');
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps a byte-order mark for the one door to accept', () => {
    const path = join(dir, 'bom.json');
    writeFileSync(path, '\uFEFF{}');
    expect(readBoundedFile(path, 100)).toBe('\uFEFF{}');
  });
});

describe('--seed', () => {
  const run = (seed: string) =>
    runCli(['scores', '--uncertainty', '50', '--seed', seed], { readFile: () => '' });

  it('accepts every whole number from 0 to 2³² − 1', () => {
    for (const seed of ['0', '1', String(MAX_SEED)]) expect(run(seed).code).toBe(0);
  });

  it('refuses what would silently become another seed: 2³², 1e300, unsafe integers, decimals, signs', () => {
    for (const seed of [
      '4294967296',
      '1e300',
      '9007199254740993',
      '1.5',
      '-1',
      '+7',
      ' 7',
      '0x10',
      '',
    ]) {
      const result = run(seed);
      expect(result.code, seed).toBe(2);
      expect(result.stderr).toContain(`--seed must be a whole number from 0 to ${MAX_SEED}`);
    }
  });

  it('the model and the command line agree on which seeds are usable', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -10, max: 2 ** 33 }), fc.double()), (n) => {
        const usable = Number.isInteger(n) && n >= 0 && n < 2 ** 32;
        expect(isUsableSeed(n)).toBe(usable);
        if (Number.isInteger(n) && n >= 0 && n < 2 ** 33)
          expect(run(String(n)).code === 0).toBe(usable);
      }),
      { numRuns: 30 },
    );
  });
});

describe('paths in messages', () => {
  it('never reach the terminal with control characters, whichever message names them', () => {
    const path = 'bad\u001b[31mname.json';
    const io = { readFile: () => '{"countries": 1}' };
    for (const argv of [
      ['scores', '--dataset', path],
      ['scores', '--scenario', path],
      ['dataset', '--observations', path],
    ]) {
      const result = runCli(argv, io);
      expect(result.code, argv.join(' ')).toBe(1);
      expect(result.stderr, argv.join(' ')).toContain('bad\uFFFD[31mname.json');
      expect(result.stderr, argv.join(' ')).not.toContain('\u001b');
    }
  });
});
