// @vitest-environment jsdom
import { render } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HorizontalBarChart } from '@/components/charts/HorizontalBarChart';
import { CHAR } from '@/components/charts/chartParts';
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
      missing: null,
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

  afterEach(() => vi.restoreAllMocks());

  it('keeps the two side labels apart however narrow the chart (Russian names in a column)', () => {
    const rows = buildTiltRows({
      scores: baseline,
      baseline,
      differs: false,
      countries: [{ code: 'KG', label: 'Кыргызстан' }],
      dimensions: TILT_DIMENSIONS.map((key) => ({ key, label: `Цифровая сфера ${key}` })),
    });
    for (const width of [300, 360, 420, 480, 640, 1200]) {
      vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({
        width,
      } as DOMRect);
      const { container, unmount } = render(
        <HorizontalBarChart
          model={tiltChartModel(rows, ['CN', 'RU'], true)}
          ariaLabel="tilts"
          noDataLabel="–"
          sides={{
            negative: { code: 'RU', label: 'Россия' },
            positive: { code: 'CN', label: 'Китай' },
          }}
        />,
      );
      const [negative, positive] = Array.from(container.querySelectorAll('.barchart-sides text'));
      const negativeRight =
        Number(negative!.getAttribute('x')) + negative!.textContent!.length * CHAR;
      const positiveLeft =
        Number(positive!.getAttribute('x')) - positive!.textContent!.length * CHAR;
      expect(negativeRight, `at ${width} px`).toBeLessThan(positiveLeft);
      expect(Number(negative!.getAttribute('x'))).toBeGreaterThanOrEqual(0);
      unmount();
      vi.restoreAllMocks();
    }
  });
});
