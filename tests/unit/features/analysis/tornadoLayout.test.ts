import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boxesOverlap, verticalSegmentsClear, type Box } from '@/components/charts/textBoxes';
import { tornadoAxis } from '@/features/analysis/adapters';
import { tornadoLayout, type TornadoBarInput } from '@/features/analysis/tornadoLayout';

const segmentBox = (x: number, [y1, y2]: [number, number]): Box => ({
  x,
  y: y1,
  width: 0,
  height: y2 - y1,
});

/** Words as long as the chart's own, in English and Russian. */
const words = fc.constantFrom(
  'CN · Surveillance / Safe City systems',
  'RU · Control of energy and mining assets',
  'CN · Системы видеонаблюдения и «Безопасный город»',
  'RU · Контроль над энергетическими и горнодобывающими активами',
  'CN · Доля телекоммуникационного оборудования',
);
const endText = fc.constantFrom('level 2', 'уровень 4', '70%', '90%', '$1.5bn', '0.3');
const tilt = fc.double({ min: -60, max: 60, noNaN: true });
const barArb = fc
  .tuple(words, tilt, tilt, endText, endText, fc.constantFrom('swing 6.3', 'размах 3,1'))
  .map(([label, atLow, atHigh, lowText, highText, swingText]): TornadoBarInput => ({
    key: label,
    label,
    atLow,
    atHigh,
    lowText,
    highText,
    swingText,
  }));

describe('tornadoLayout', () => {
  it('gives every text it draws a box, and the grid, zero and current-tilt lines pass none', () => {
    fc.assert(
      fc.property(
        fc.array(barArb, { minLength: 1, maxLength: 10 }),
        tilt,
        fc.integer({ min: 300, max: 900 }),
        (bars, base, width) => {
          const unique = bars.map((b, i) => ({ ...b, key: `${i}` }));
          const axis = tornadoAxis([
            {
              country: 'KG',
              dimension: 'overall',
              base,
              rows: unique.map((b) => ({ atLow: b.atLow, atHigh: b.atHigh })),
            } as never,
          ]);
          const layout = tornadoLayout({
            bars: unique,
            base,
            baseText: 'now +2.9',
            domain: axis.domain,
            width,
          });
          expect(layout.rows).toHaveLength(unique.length);
          expect(layout.textBoxes).toHaveLength(4 * unique.length);
          const { top, bottom } = layout.plot;
          const lines = [
            ...axis.ticks.map((t) => ({ x: layout.scale(t), top })),
            { x: layout.scale(0), top },
            { x: layout.base.x, top: layout.base.top },
          ];
          for (const line of lines)
            for (const segment of verticalSegmentsClear(line.x, line.top, bottom, layout.textBoxes))
              for (const box of layout.textBoxes)
                expect(boxesOverlap(segmentBox(line.x, segment), box)).toBe(false);
          // The current tilt's label stands above every line it could meet.
          expect(layout.base.label.box.y + layout.base.label.box.height).toBeLessThanOrEqual(
            layout.base.top,
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('keeps a row’s name clear of its swing', () => {
    const layout = tornadoLayout({
      bars: [
        {
          key: 'a',
          label: 'RU · Контроль над энергетическими и горнодобывающими активами',
          atLow: -3,
          atHigh: 4,
          lowText: 'уровень 4',
          highText: 'уровень 3',
          swingText: 'размах 3,1',
        },
      ],
      base: 2.9,
      baseText: 'сейчас +2,9',
      domain: [-15, 10],
      width: 560,
    });
    const row = layout.rows[0]!;
    expect(row.name.text.endsWith('…')).toBe(true);
    expect(boxesOverlap(row.name.box, row.swing.box)).toBe(false);
  });
});
