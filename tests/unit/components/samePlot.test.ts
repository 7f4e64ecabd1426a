import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { samePlot, type PlotArea } from '@/components/charts/chartParts';
import { scaleLinear } from '@/components/charts/tiltAdapter';

// The grid and axis of a chart are memoised by samePlot: a plot rebuilt at a slider step (a
// new scale function) must count as the same, and any change of where a line or tick lands
// must not, or the axis would stay where the chart no longer is.

const finite = fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true });
const plotArgs = fc.record({
  // ticks inside the domain (the scale clamps what lies outside it), above its lower end (a
  // tick there stays at `left` whatever the upper end)
  ticks: fc.uniqueArray(fc.integer({ min: -99, max: 0 }), { minLength: 1, maxLength: 8 }),
  domain: fc.constant([-100, 100] as [number, number]),
  left: finite,
  width: fc.double({ min: 1, max: 2000, noNaN: true }),
  top: finite,
  height: fc.double({ min: 1, max: 2000, noNaN: true }),
});
type PlotArgs = typeof plotArgs extends fc.Arbitrary<infer T> ? T : never;

const plotOf = (a: PlotArgs): PlotArea => ({
  ticks: [...a.ticks],
  scale: scaleLinear(a.domain, [a.left, a.left + a.width]),
  left: a.left,
  right: a.left + a.width,
  top: a.top,
  bottom: a.top + a.height,
});

describe('samePlot', () => {
  test.prop([plotArgs])('holds for the same plot built afresh (a new scale function)', (a) => {
    expect(samePlot(plotOf(a), plotOf(a))).toBe(true);
  });

  test.prop([plotArgs, fc.constantFrom('left', 'width', 'top', 'height', 'domain', 'ticks')])(
    'fails when an edge, the scale or the ticks move',
    (a, field) => {
      const b: PlotArgs =
        field === 'domain'
          ? { ...a, domain: [a.domain[0], a.domain[1] + 7] }
          : field === 'ticks'
            ? { ...a, ticks: [...a.ticks, 1] }
            : { ...a, [field]: a[field] + 3 };
      expect(samePlot(plotOf(a), plotOf(b))).toBe(false);
    },
  );
});
