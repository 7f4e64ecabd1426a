import { describe, expect, it } from 'vitest';
import { datasetIdFor } from '@/lib/datasetLibrary';
import { hashHex } from '@/lib/hash';

describe('hashHex', () => {
  it('gives 14 hex digits', () => {
    for (const text of ['', 'a', 'Fulcrum', 'Привет 😀']) {
      expect(hashHex(text)).toMatch(/^[0-9a-f]{14}$/);
    }
  });

  it('changes with one character and with the seed', () => {
    expect(hashHex('version 1.0')).not.toBe(hashHex('version 1.1'));
    expect(hashHex('ab')).not.toBe(hashHex('ba'));
    expect(hashHex('Fulcrum', 0)).not.toBe(hashHex('Fulcrum', 1));
    expect(hashHex('Fulcrum')).toBe(hashHex('Fulcrum', 0));
  });

  it('keeps the ids of data sets already stored in a browser', () => {
    // ids written before the hash moved to its own module: a change here loses users' links
    expect(datasetIdFor('')).toBe('d-0bdcb81aee8d831c4425d7d009e1');
    expect(datasetIdFor('{"version":"1.0"}')).toBe('d-01a4404d28fdaa11049d30037b57');
    expect(datasetIdFor('Привет 😀')).toBe('d-13954521280e5913ba2e4e623700');
  });
});
