import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseUnicodeRange, rangeCoversText } from '@/components/imageExport/fontFaces';

// the ranges @fontsource-variable/inter gives its Latin and Cyrillic subsets
const LATIN =
  'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD';
const CYRILLIC = 'U+0301, U+0400-045F, U+0490-0491, U+04B0-04B1, U+2116';

describe('unicode-range', () => {
  it('reads single points, ranges and wildcards', () => {
    expect(parseUnicodeRange('U+301,U+400-45F, u+1F??')).toEqual([
      [0x301, 0x301],
      [0x400, 0x45f],
      [0x1f00, 0x1fff],
    ]);
    expect(parseUnicodeRange('')).toEqual([]);
  });

  it('picks the Latin subset for English and the Cyrillic one for Russian', () => {
    const latin = parseUnicodeRange(LATIN);
    const cyrillic = parseUnicodeRange(CYRILLIC);
    expect(rangeCoversText(latin, 'Dependence by dimension')).toBe(true);
    expect(rangeCoversText(cyrillic, 'Dependence by dimension')).toBe(false);
    expect(rangeCoversText(cyrillic, 'Зависимость')).toBe(true);
    // a face without unicode-range covers everything
    expect(rangeCoversText([], 'x')).toBe(true);
  });

  it('covers a text exactly when one of its characters lies in a range', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 0x2fff }), fc.integer({ min: 0, max: 0x200 }))),
        fc.string({ unit: 'binary', maxLength: 20 }),
        (pairs, text) => {
          const ranges = pairs.map(([low, span]): [number, number] => [low, low + span]);
          const css = ranges
            .map(([low, high]) => `U+${low.toString(16)}-${high.toString(16)}`)
            .join(', ');
          expect(parseUnicodeRange(css)).toEqual(ranges);
          const expected =
            ranges.length === 0 ||
            [...text].some((ch) =>
              ranges.some(([l, h]) => ch.codePointAt(0)! >= l && ch.codePointAt(0)! <= h),
            );
          expect(rangeCoversText(ranges, text)).toBe(expected);
        },
      ),
    );
  });
});
