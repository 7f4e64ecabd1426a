import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boxesOverlap,
  textBox,
  ticksThatFit,
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

describe('ticksThatFit', () => {
  const label = (tick: number) => (tick < 0 ? `−${-tick}` : String(tick));
  const TILT_TICKS = [-100, -50, 0, 50, 100];

  it('keeps every tick where there is room, and every other one on a narrow plot', () => {
    const wide = (t: number) => 100 + (t + 100) * 2; // 400 px for the domain
    expect(ticksThatFit(TILT_TICKS, wide, label, 14)).toEqual(TILT_TICKS);
    const narrow = (t: number) => 40 + (t + 100) * 0.55; // 110 px: "−100" and "−50" met
    expect(ticksThatFit(TILT_TICKS, narrow, label, 14)).toEqual([-100, 0, 100]);
  });

  it('counts from the zero tick, so 0 keeps its label on an uneven axis', () => {
    const ticks = [-5, 0, 5, 10, 15, 20, 25, 30];
    const x = (t: number) => 20 + (t + 5) * 3; // 15 px between ticks: every second one fits
    expect(ticksThatFit(ticks, x, label, 14)).toEqual([0, 10, 20, 30]);
    expect(ticksThatFit([], x, label, 14)).toEqual([]);
  });

  it('never keeps two labels that meet; keeps 0 (else the leftmost) and evenly spaced ticks, in order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 12 }),
        fc.double({ min: 0.01, max: 5, noNaN: true }),
        fc.integer({ min: 8, max: 24 }),
        (ticks, pxPerUnit, fontSize) => {
          const x = (t: number) => t * pxPerUnit;
          const kept = ticksThatFit(ticks, x, label, fontSize);
          const sorted = [...ticks].sort((a, b) => a - b);
          const anchor = Math.max(0, sorted.indexOf(0));
          expect(kept).toContain(sorted[anchor]);
          // every k-th tick counted from the anchor, for one k
          const stride =
            kept.length > 1 ? sorted.indexOf(kept[1]!) - sorted.indexOf(kept[0]!) : sorted.length;
          expect(kept).toEqual(sorted.filter((_, i) => (i - anchor) % stride === 0));
          const boxes = kept.map((t) => textBox(label(t), x(t), 0, fontSize, 'middle'));
          for (let i = 1; i < boxes.length; i++) {
            expect(boxesOverlap(boxes[i - 1]!, boxes[i]!)).toBe(false);
            expect(boxes[i]!.x).toBeGreaterThan(boxes[i - 1]!.x);
          }
        },
      ),
    );
  });
});
