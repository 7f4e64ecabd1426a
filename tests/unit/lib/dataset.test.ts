// The bundled data set is used without run-time validation (src/lib/dataset.ts); these
// tests are what make that safe: the schema accepts it and changes nothing in it.
import { describe, expect, it } from 'vitest';
import { dataset } from '@/data/dataset';
import { parseDataset } from '@/data/schema';
import { importBundledDataset, loadDataset, storedDatasetIdOf } from '@/lib/dataset';

describe('bundled data set', () => {
  it('parses to exactly itself, so validating it at run time would change nothing', () => {
    const parsed = parseDataset(dataset);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.data).toStrictEqual(dataset);
  });

  it('is what loadDataset returns without a URL, imported once', async () => {
    await expect(loadDataset({})).resolves.toBe(dataset);
    expect(importBundledDataset()).toBe(importBundledDataset());
  });
});

describe('storedDatasetIdOf', () => {
  it.each([
    ['?dataset=abc123', 'abc123'],
    ['?lang=ru&dataset=abc123&w.security=2', 'abc123'],
    ['?dataset=bundled', null],
    ['?dataset=', null],
    ['?lang=ru', null],
    ['', null],
  ])('%s names %s', (search, id) => {
    expect(storedDatasetIdOf(new URLSearchParams(search))).toBe(id);
  });
});
