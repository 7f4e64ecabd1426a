// @vitest-environment jsdom
import { render } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HorizontalBarChart } from '@/components/charts/HorizontalBarChart';
import { buildTiltRows, tiltChartModel } from '@/components/charts/tiltAdapter';
import type { ScoreSet, TiltDimension } from '@/model';
import { TILT_DIMENSIONS } from '@/model';

function tiltSet(values: Partial<Record<TiltDimension, number>>): ScoreSet {
  return {
    dimensionScores: [],
    overall: [],
    tilts: TILT_DIMENSIONS.map((dimension) => ({
      country: 'KG',
      dimension,
      tilt: values[dimension] ?? 0,
    })),
  };
}

const dimensions = TILT_DIMENSIONS.map((key) => ({ key, label: key }));
const baseline = tiltSet({ economic: 1, infrastructure: -25, digital: 43, security: -37.5 });

/** The x of every grid line and tick label: where the plot sits in the chart. */
function axisPositions(tilts: Partial<Record<TiltDimension, number>>): string[] {
  const scores = tiltSet(tilts);
  const rows = buildTiltRows({
    scores,
    baseline,
    differs: true,
    countries: [{ code: 'KG', label: 'Kyrgyzstan' }],
    dimensions,
  });
  const { container, unmount } = render(
    <HorizontalBarChart
      model={tiltChartModel(rows, ['CN', 'RU'], true)}
      ariaLabel="tilts"
      noDataLabel="–"
    />,
  );
  const positions = Array.from(container.querySelectorAll('line, .barchart-axis text')).map(
    (el) =>
      `${el.getAttribute('x1') ?? ''} ${el.getAttribute('x2') ?? ''} ${el.getAttribute('x') ?? ''}`,
  );
  unmount();
  return positions;
}

describe('HorizontalBarChart', () => {
  it('keeps its axis still while values change (a moving slider must not shift the plot)', () => {
    const reference = axisPositions({ economic: 2 });
    expect(reference.length).toBeGreaterThan(3);
    const tilt = fc.double({ min: -100, max: 100, noNaN: true });
    fc.assert(
      fc.property(fc.record({ economic: tilt, digital: tilt, security: tilt }), (tilts) => {
        expect(axisPositions(tilts)).toEqual(reference);
      }),
      { numRuns: 40 },
    );
  });
});
