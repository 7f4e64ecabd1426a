// @vitest-environment jsdom
import { render } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  HorizontalBarChart,
  type HorizontalBarChartProps,
} from '@/components/charts/HorizontalBarChart';
import { CHAR } from '@/components/charts/chartParts';
import { buildTiltRows, tiltChartModel, type TiltRow } from '@/components/charts/tiltAdapter';
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

/** The tilt chart of these rows (China and Russia), with its changes when `differs`. */
function tiltChart(
  rows: TiltRow[],
  differs: boolean,
  props: Partial<HorizontalBarChartProps> = {},
) {
  return (
    <HorizontalBarChart
      model={tiltChartModel(rows, ['CN', 'RU'], differs)}
      ariaLabel="tilts"
      noDataLabel="–"
      {...props}
    />
  );
}

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
  const { container, unmount } = render(tiltChart(rows, true));
  const positions = Array.from(container.querySelectorAll('line, .barchart-axis text')).map(
    (el) =>
      `${el.getAttribute('x1') ?? ''} ${el.getAttribute('x2') ?? ''} ${el.getAttribute('x') ?? ''}`,
  );
  unmount();
  return positions;
}

/** Renders a chart in a box `width` px wide (jsdom lays nothing out: the box's size is mocked). */
function renderAtWidth(width: number, chart: ReturnType<typeof tiltChart>) {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({
    width,
  } as DOMRect);
  return render(chart);
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

  /** The tilt chart at a width: its plot's ends (the −100 and +100 ticks), labels and height. */
  function drawTilts({
    width,
    differs,
    countries = [{ code: 'KG', label: 'Kyrgyzstan' }],
    dense = false,
  }: {
    width: number;
    differs: boolean;
    countries?: { code: string; label: string }[];
    dense?: boolean;
  }) {
    const scores = tiltSet({ economic: 23.6, infrastructure: -25, digital: 52.5, security: -100 });
    scores.tilts.push(
      ...countries
        .slice(1)
        .flatMap((c) => tiltSet({}).tilts.map((t) => ({ ...t, country: c.code }))),
    );
    const rows = buildTiltRows({ scores, baseline, differs, countries, dimensions });
    const { container, unmount } = renderAtWidth(width, tiltChart(rows, differs, { dense }));
    const tick = (text: string) =>
      Number(
        Array.from(container.querySelectorAll('.barchart-axis text'))
          .find((t) => t.textContent === text)!
          .getAttribute('x'),
      );
    const texts = Array.from(container.querySelectorAll<SVGTextElement>('text'));
    const drawn = {
      plot: tick('100') - tick('−100'),
      changes: texts.filter((t) => /[▲▼]/.test(t.textContent ?? '')),
      values: texts.filter((t) => /^[+−]\d/.test(t.textContent ?? '')),
      groupLabels: texts.filter((t) => t.classList.contains('barchart-label')),
      barLabels: texts.filter((t) => t.classList.contains('barchart-barlabel')),
      height: Number(container.querySelector('svg')!.getAttribute('height')),
    };
    unmount();
    vi.restoreAllMocks();
    return drawn;
  }

  it('keeps one column for the change labels of a diverging chart, not room on both sides', () => {
    for (const width of [360, 420, 640, 1200]) {
      const before = drawTilts({ width, differs: false });
      const after = drawTilts({ width, differs: true });
      // the changes cost the plot the room of one label (" ▲+100.0"), not of two
      expect(before.plot - after.plot, `at ${width} px`).toBeLessThanOrEqual(8 * CHAR + 1);
      expect(after.changes.length, `at ${width} px`).toBeGreaterThan(0);
      for (const change of after.changes) {
        expect(change.getAttribute('text-anchor')).toBe('end');
        expect(Number(change.getAttribute('x')), `at ${width} px`).toBeGreaterThan(width - 4);
      }
      // a value's label (at most "+100.0") ends before the column starts
      for (const value of after.values) {
        const x = Number(value.getAttribute('x'));
        const right = value.getAttribute('text-anchor') === 'end' ? x : x + 6 * CHAR;
        expect(right, `at ${width} px`).toBeLessThanOrEqual(width - 8 * CHAR);
      }
    }
  });

  it('dense: several bars a group have their group’s name beside them, and the chart is shorter', () => {
    const countries = [
      { code: 'KG', label: 'Kyrgyzstan' },
      { code: 'TJ', label: 'Tajikistan' },
    ];
    const loose = drawTilts({ width: 640, differs: true, countries });
    const dense = drawTilts({ width: 640, differs: true, countries, dense: true });
    expect(dense.height).toBeLessThan(loose.height * 0.85);
    expect(dense.groupLabels.map((l) => l.textContent)).toEqual(
      loose.groupLabels.map((l) => l.textContent),
    );
    // each group's name stands on its first bar's row, left of the bars' own names
    const firstBars = dense.barLabels.filter((_, i) => i % countries.length === 0);
    dense.groupLabels.forEach((label, i) => {
      expect(label.getAttribute('y')).toBe(firstBars[i]!.getAttribute('y'));
      // a bar's name ends at its x (text-anchor end): its left edge is its length before that
      const bar = firstBars[i]!;
      expect(bar.getAttribute('text-anchor')).toBe('end');
      const barLeft = Number(bar.getAttribute('x')) - bar.textContent!.length * CHAR;
      const right = Number(label.getAttribute('x')) + label.textContent!.length * CHAR;
      expect(right).toBeLessThanOrEqual(barLeft);
    });
    // loose: on a line of its own above its bars
    loose.groupLabels.forEach((label, i) => {
      expect(Number(label.getAttribute('y'))).toBeLessThan(
        Number(loose.barLabels[i * countries.length]!.getAttribute('y')),
      );
    });
  });

  it('keeps the two side labels apart however narrow the chart (Russian names in a column)', () => {
    const rows = buildTiltRows({
      scores: baseline,
      baseline,
      differs: false,
      countries: [{ code: 'KG', label: 'Кыргызстан' }],
      dimensions: TILT_DIMENSIONS.map((key) => ({ key, label: `Цифровая сфера ${key}` })),
    });
    for (const width of [300, 360, 420, 480, 640, 1200]) {
      const { container, unmount } = renderAtWidth(
        width,
        tiltChart(rows, true, {
          sides: {
            negative: { code: 'RU', label: 'Россия' },
            positive: { code: 'CN', label: 'Китай' },
          },
        }),
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
