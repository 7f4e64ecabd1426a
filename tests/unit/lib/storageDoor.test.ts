// Browser storage is reached through src/lib/storage.ts only: no other source file names
// localStorage or sessionStorage in code (comments may).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? sourceFiles(join(dir, d.name))
      : /\.(ts|tsx)$/.test(d.name)
        ? [join(dir, d.name)]
        : [],
  );
}

/** The lines of code that name a Web Storage, comments left out. */
function storageLines(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  return code.split('\n').filter((line) => /\b(localStorage|sessionStorage)\b/.test(line));
}

describe('the storage door', () => {
  it('is the only module that reaches browser storage', () => {
    const offenders = sourceFiles(root)
      .map((file) => relative(root, file))
      .filter((file) => file !== join('lib', 'storage.ts'))
      .filter((file) => storageLines(readFileSync(join(root, file), 'utf8')).length > 0);
    expect(offenders).toEqual([]);
    // the check itself sees code and skips comments
    expect(storageLines('// localStorage\nconst s = globalThis.localStorage;')).toHaveLength(1);
  });
});
