import { fc, test } from '@fast-check/vitest';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { sameData } from '@/components/sameData';
import { changedAt, leafPaths } from '../dataPaths';

// JSON-like data: what rows and props hold (no -0: it is a number like 0 to a view).
const data = fc.jsonValue({ maxDepth: 4, noNegativeZero: true } as never);

describe('sameData', () => {
  test.prop([data])('holds for a copy of any plain data', (value) => {
    expect(sameData(value, structuredClone(value))).toBe(true);
  });

  test.prop([data.filter((v) => leafPaths(v).length > 0), fc.nat()])(
    'fails when any single leaf differs, however deep',
    (value, pick) => {
      const paths = leafPaths(value);
      const path = paths[pick % paths.length]!;
      expect(sameData(value, changedAt(value, path))).toBe(false);
      expect(sameData(changedAt(value, path), value)).toBe(false);
    },
  );

  it('sees an added or a missing field, and an array against an object', () => {
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData({ a: 1, b: undefined }, { a: 1, c: undefined })).toBe(false);
    expect(sameData([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameData([1, 2], [1, 2, 3])).toBe(false);
  });

  it('counts functions, maps and React elements only when they are the very same', () => {
    const f = () => 1;
    expect(sameData({ f }, { f })).toBe(true);
    expect(sameData({ f }, { f: () => 1 })).toBe(false);
    const m = new Map([[1, 2]]);
    expect(sameData(m, m)).toBe(true);
    expect(sameData(m, new Map([[1, 2]]))).toBe(false);
    const element = createElement('b', null, 'x');
    expect(sameData({ source: element }, { source: element })).toBe(true);
    expect(sameData({ source: element }, { source: createElement('b', null, 'x') })).toBe(false);
  });

  it('treats NaN as itself', () => {
    expect(sameData({ x: NaN }, { x: NaN })).toBe(true);
  });
});
