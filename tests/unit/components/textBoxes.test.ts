import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boxesOverlap,
  textBox,
  verticalSegmentsClear,
  type Box,
} from '@/components/charts/textBoxes';

const boxArb = fc.record({
  x: fc.double({ min: 0, max: 300, noNaN: true }),
  y: fc.double({ min: 0, max: 300, noNaN: true }),
  width: fc.double({ min: 1, max: 80, noNaN: true }),
  height: fc.double({ min: 1, max: 30, noNaN: true }),
});
/** A vertical segment as a box of no width: it meets a box it passes through. */
const segmentBox = (x: number, [y1, y2]: [number, number]): Box => ({
  x,
  y: y1,
  width: 0,
  height: y2 - y1,
});

describe('textBox', () => {
  it('places the box by the anchor, from the ascenders to the descenders', () => {
    const start = textBox('swing 2.8', 100, 50, 14, 'start');
    const end = textBox('swing 2.8', 100, 50, 14, 'end');
    const middle = textBox('swing 2.8', 100, 50, 14, 'middle');
    expect(start.x).toBe(100);
    expect(end.x + end.width).toBe(100);
    expect(middle.x + middle.width / 2).toBeCloseTo(100);
    expect(start.y).toBeLessThan(50 - 10);
    expect(start.y + start.height).toBeGreaterThan(50);
  });
});

describe('verticalSegmentsClear', () => {
  it('cuts a line around the text it would cross, and leaves it whole beside text', () => {
    const label = { x: 10, y: 20, width: 50, height: 10 };
    expect(verticalSegmentsClear(30, 0, 100, [label], 2)).toEqual([
      [0, 18],
      [32, 100],
    ]);
    expect(verticalSegmentsClear(80, 0, 100, [label], 2)).toEqual([[0, 100]]);
    // text across the whole line: nothing is drawn
    expect(verticalSegmentsClear(30, 22, 28, [label], 2)).toEqual([]);
  });

  it('draws only inside the line, never through a box, and everywhere else', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 400, noNaN: true }),
        fc.double({ min: 0, max: 150, noNaN: true }),
        fc.double({ min: 151, max: 400, noNaN: true }),
        fc.array(boxArb, { maxLength: 12 }),
        (x, top, bottom, boxes) => {
          const gap = 2;
          const segments = verticalSegmentsClear(x, top, bottom, boxes, gap);
          let previousEnd = -Infinity;
          for (const [y1, y2] of segments) {
            expect(y1).toBeGreaterThanOrEqual(top);
            expect(y2).toBeLessThanOrEqual(bottom);
            expect(y1).toBeGreaterThanOrEqual(previousEnd);
            previousEnd = y2;
            for (const box of boxes) expect(boxesOverlap(segmentBox(x, [y1, y2]), box)).toBe(false);
          }
          // A point of the line clear of every (widened) box is drawn, unless in a sliver.
          for (let y = top; y <= bottom; y += (bottom - top) / 50) {
            const hidden = boxes.some(
              (b) =>
                x > b.x - gap &&
                x < b.x + b.width + gap &&
                y > b.y - gap - 0.5 &&
                y < b.y + b.height + gap + 0.5,
            );
            const drawn = segments.some(([y1, y2]) => y >= y1 - 0.5 && y <= y2 + 0.5);
            if (!hidden) expect(drawn).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
