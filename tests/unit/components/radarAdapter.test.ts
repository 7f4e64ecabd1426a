import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  partnerSeriesStyle,
  RADAR_DOMAIN,
  RADAR_GEOMETRY,
  radarMarkerBox,
  radarMarkerBoxes,
  radarOutline,
  radarPoint,
  radarTableRows,
  radarTicks,
  toRadarData,
} from '@/components/charts/radarAdapter';
import { boxesOverlap } from '@/components/charts/textBoxes';
import { computeScores, DIMENSIONS, findDimensionScore } from '@/model';
import { fixtureDataset } from '../model/arbitraries';

describe('toRadarData', () => {
  const dataset = fixtureDataset();
  const baseline = computeScores(dataset);
  const scores = computeScores(dataset, { overrides: { 'KG.CN.telecom_share': 40 } });
  const label = (d: string) => d.toUpperCase();

  it('gives one datum per dimension, in model order, with localised labels', () => {
    const data = toRadarData(scores, null, 'KG', ['CN', 'RU'], label);
    expect(data.map((d) => d.dimension)).toEqual([...DIMENSIONS]);
    expect(data[0]!.label).toBe('ECONOMIC');
  });

  it('carries each partner score from the score set', () => {
    const data = toRadarData(scores, baseline, 'KG', ['CN', 'RU'], label);
    for (const d of data) {
      for (const p of ['CN', 'RU']) {
        expect(d.values[p]).toBe(findDimensionScore(scores, 'KG', p, d.dimension)!.score);
        expect(d.baseline[p]).toBe(findDimensionScore(baseline, 'KG', p, d.dimension)!.score);
      }
    }
    const digital = data.find((d) => d.dimension === 'digital')!;
    expect(digital.values.CN).toBeCloseTo(40);
    expect(digital.baseline.CN).toBeCloseTo(90);
  });

  it('keeps no data as null, never 0', () => {
    const data = toRadarData(scores, null, 'TJ', ['CN', 'RU'], label);
    const infra = data.find((d) => d.dimension === 'infrastructure')!;
    expect(infra.values.CN).toBeNull();
    expect(infra.baseline.CN).toBeNull();
  });

  it('has values inside the fixed 0–100 domain', () => {
    expect(RADAR_DOMAIN).toEqual([0, 100]);
    for (const d of toRadarData(scores, null, 'KG', ['CN', 'RU'], label)) {
      for (const v of Object.values(d.values)) {
        if (v !== null) {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(100);
        }
      }
    }
  });
});

describe('radarTableRows', () => {
  it('lists partner scores and the tilt', () => {
    const dataset = fixtureDataset();
    const scores = computeScores(dataset);
    const data = toRadarData(scores, scores, 'KG', ['CN', 'RU'], (d) => d);
    const rows = radarTableRows(data, ['CN', 'RU'], ['CN', 'RU']);
    const digital = rows.find((r) => r.dimension === 'digital')!;
    expect(digital.values).toEqual([90, 10]);
    expect(digital.tilt).toBeCloseTo(80);
    const tj = radarTableRows(
      toRadarData(scores, null, 'TJ', ['CN', 'RU'], (d) => d),
      ['CN', 'RU'],
      ['CN', 'RU'],
    );
    expect(tj.find((r) => r.dimension === 'digital')!.tilt).toBeNull();
  });
});

describe('partnerSeriesStyle', () => {
  it('draws China solid with squares and Russia dashed with circles', () => {
    expect(partnerSeriesStyle('CN')).toEqual({ partner: 'CN', dash: undefined, symbol: 'square' });
    const ru = partnerSeriesStyle('RU');
    expect(ru.dash).toBeTruthy();
    expect(ru.symbol).toBe('circle');
  });
  it('gives other partners a distinct dash and shape', () => {
    const a = partnerSeriesStyle('TR', 0);
    const b = partnerSeriesStyle('US', 1);
    expect(a.symbol).not.toBe(b.symbol);
    expect(a.dash).not.toBe(b.dash);
    expect(['square', 'circle']).not.toContain(a.symbol);
  });
});

describe('radar geometry: ring numbers and markers', () => {
  const score = fc.option(fc.double({ min: -10, max: 110, noNaN: true }), { nil: null });
  const datum = (dimension: (typeof DIMENSIONS)[number], cn: number | null, ru: number | null) => ({
    dimension,
    label: dimension,
    values: { CN: cn, RU: ru },
    baseline: { CN: null, RU: null },
  });
  const radarData = fc
    .tuple(...DIMENSIONS.map(() => fc.tuple(score, score)))
    .map((pairs) => DIMENSIONS.map((d, i) => datum(d, pairs[i]![0], pairs[i]![1])));
  const ticks = radarTicks(DIMENSIONS.length);

  it('labels every ring but the centre, in order outwards, inside the drawing', () => {
    expect(ticks.map((t) => t.text)).toEqual(RADAR_GEOMETRY.rings.map(String));
    for (const { box } of ticks) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(RADAR_GEOMETRY.width);
      expect(box.y + box.height).toBeLessThanOrEqual(RADAR_GEOMETRY.height);
    }
    ticks.forEach((a, i) =>
      ticks.slice(i + 1).forEach((b) => expect(boxesOverlap(a.box, b.box)).toBe(false)),
    );
  });

  it('never puts a ring number where a marker can sit, whatever the scores', () => {
    fc.assert(
      fc.property(radarData, (data) => {
        const markers = radarMarkerBoxes(data, ['CN', 'RU']);
        for (const tick of ticks)
          for (const marker of markers) expect(boxesOverlap(tick.box, marker)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps clear of markers at the scores that come nearest: the centre and small ones', () => {
    // A sweep of every score, 0 to 100 by a tenth, on every axis.
    for (let i = 0; i < DIMENSIONS.length; i++)
      for (let v = 0; v <= 100; v += 0.1) {
        const marker = radarMarkerBox(...radarPoint(i, DIMENSIONS.length, v));
        for (const tick of ticks) expect(boxesOverlap(tick.box, marker)).toBe(false);
      }
  });

  it('sees an overlap where there is one', () => {
    const marker = radarMarkerBox(ticks[0]!.x, ticks[0]!.y);
    expect(boxesOverlap(ticks[0]!.box, marker)).toBe(true);
    expect(
      boxesOverlap({ x: 0, y: 0, width: 2, height: 2 }, { x: 2, y: 0, width: 2, height: 2 }),
    ).toBe(false);
  });
});

describe('radarOutline', () => {
  const series = fc.array(fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }), {
    minLength: 3,
    maxLength: 8,
  });
  const pointOf = (values: (number | null)[], i: number) =>
    radarPoint(i, values.length, values[i]!)
      .map((c) => c.toFixed(1))
      .join(',');

  it('closes the outline through every value when none is missing', () => {
    fc.assert(
      fc.property(series, (values) => {
        const full = values.map((v) => v ?? 50);
        expect(radarOutline(full)).toEqual({
          closed: true,
          lines: [full.map((_, i) => pointOf(full, i)).join(' ')],
        });
      }),
    );
  });

  it('draws exactly the lines between neighbours that both have a value, none across a gap', () => {
    fc.assert(
      fc.property(series, (values) => {
        fc.pre(values.some((v) => v === null));
        const n = values.length;
        const { closed, lines } = radarOutline(values);
        expect(closed).toBe(false);
        // every drawn segment, as "from→to" of two points
        const drawn = lines.flatMap((line) => {
          const points = line.split(' ');
          expect(points.length).toBeGreaterThan(1);
          return points.slice(1).map((to, k) => `${points[k]}→${to}`);
        });
        const expected = values.flatMap((v, i) => {
          const next = (i + 1) % n;
          return v !== null && values[next] !== null
            ? [`${pointOf(values, i)}→${pointOf(values, next)}`]
            : [];
        });
        expect(drawn.sort()).toEqual(expected.sort());
      }),
    );
  });
});
