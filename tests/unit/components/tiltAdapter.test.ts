import { describe, expect, it } from 'vitest';
import {
  barSpan,
  buildTiltRows,
  changeArrow,
  formatInterval,
  scaleLinear,
  TILT_DOMAIN,
  TILT_TICKS,
  tiltChartModel,
} from '@/components/charts/tiltAdapter';
import type { ScoreSet, TiltDimension, UncertaintyResult } from '@/model';
import { readTilt, TILT_DIMENSIONS } from '@/model';

/** A score set with only tilts filled in (all the tilt adapter reads). */
function tiltSet(values: Record<string, Partial<Record<TiltDimension, number | null>>>): ScoreSet {
  return {
    dimensionScores: [],
    overall: [],
    tilts: Object.entries(values).flatMap(([country, byDimension]) =>
      TILT_DIMENSIONS.map((dimension) => ({
        country,
        dimension,
        tilt: byDimension[dimension] ?? null,
        missing: (byDimension[dimension] ?? null) === null ? ('evidence' as const) : null,
      })),
    ),
  };
}

const scores = tiltSet({
  KG: { economic: -20, infrastructure: 0.3, digital: 35, security: -60, overall: -11.2 },
  TJ: { economic: 15, infrastructure: 40, digital: 70, security: -45, overall: 20 },
});
const dimensions = TILT_DIMENSIONS.map((key) => ({ key, label: key.toUpperCase() }));
const KG = [{ code: 'KG', label: 'Kyrgyzstan' }];
const BOTH = [...KG, { code: 'TJ', label: 'Tajikistan' }];
const PAIR: [string, string] = ['CN', 'RU'];

describe('buildTiltRows', () => {
  it('orders rows by dimension, then country, with the scenario tilts and their lean', () => {
    const rows = buildTiltRows({
      scores,
      baseline: scores,
      differs: false,
      countries: BOTH,
      dimensions,
    });
    expect(rows.map((r) => `${r.dimension}.${r.country}`)).toEqual(
      TILT_DIMENSIONS.flatMap((d) => [`${d}.KG`, `${d}.TJ`]),
    );
    const kgEconomic = rows[0]!;
    expect(kgEconomic).toMatchObject({
      tilt: -20,
      reading: { kind: 'leans', side: 'negative', strength: 'clear', share: null },
      dimensionLabel: 'ECONOMIC',
      countryLabel: 'Kyrgyzstan',
    });
    // Without draws, the model's rule reads a small tilt as too close to call.
    expect(
      rows.find((r) => r.country === 'KG' && r.dimension === 'infrastructure')!.reading,
    ).toEqual({ kind: 'uncertain', side: null, share: null });
    for (const row of rows) expect(row.reading).toEqual(readTilt(row.tilt, null));
  });

  it('leaves baseline and change empty while the scenario equals the baseline', () => {
    const rows = buildTiltRows({
      scores,
      baseline: scores,
      differs: false,
      countries: KG,
      dimensions,
    });
    expect(rows.every((r) => r.baseline === null && r.change === null)).toBe(true);
  });

  it('reports the baseline and the change when the scenario differs', () => {
    const baseline = tiltSet({
      KG: { economic: -30, infrastructure: 0.3, digital: null, security: -50, overall: -12 },
    });
    const rows = buildTiltRows({ scores, baseline, differs: true, countries: KG, dimensions });
    const by = (d: TiltDimension) => rows.find((r) => r.dimension === d)!;
    expect(by('economic')).toMatchObject({ tilt: -20, baseline: -30, change: 10 });
    expect(by('security')).toMatchObject({ tilt: -60, baseline: -50, change: -10 });
    expect(by('digital')).toMatchObject({ tilt: 35, baseline: null, change: null });
    expect(by('overall').change).toBeCloseTo(0.8, 10);
  });

  it('attaches the Monte Carlo interval and P(tilt > 0) when there is one', () => {
    const uncertainty: UncertaintyResult = {
      draws: 100,
      seed: 1,
      dimension: [],
      overall: [],
      tilts: [
        {
          country: 'KG',
          dimension: 'digital',
          interval: { low: 20, median: 34, high: 50 },
          pPositive: 0.87,
        },
      ],
    };
    const rows = buildTiltRows({
      scores,
      baseline: scores,
      differs: false,
      countries: KG,
      dimensions,
      uncertainty,
    });
    const digital = rows.find((r) => r.dimension === 'digital')!;
    expect(digital.pPositive).toBe(0.87);
    // 35 points, but 13% of the draws lean the other way: too close to call
    expect(digital.reading).toEqual(readTilt(35, 0.87));
    expect(digital.reading.kind).toBe('uncertain');
    expect(formatInterval(digital.interval, false, 'en')).toBe('20.0–50.0');
    expect(rows.find((r) => r.dimension === 'economic')!.pPositive).toBeNull();
  });
});

describe('tiltChartModel', () => {
  it('uses the fixed −100…100 scale whatever the data', () => {
    const rows = buildTiltRows({
      scores,
      baseline: scores,
      differs: false,
      countries: KG,
      dimensions,
    });
    const model = tiltChartModel(rows, PAIR, false);
    expect(model.domain).toEqual([-100, 100]);
    expect(model.domain).toBe(TILT_DOMAIN);
    expect(model.ticks).toBe(TILT_TICKS);
  });

  it('colours a bar by the partner it leans to, hatching China only', () => {
    const rows = buildTiltRows({
      scores,
      baseline: scores,
      differs: false,
      countries: KG,
      dimensions,
    });
    const model = tiltChartModel(rows, PAIR, false);
    expect(model.groups.map((g) => g.key)).toEqual([...TILT_DIMENSIONS]);
    const bar = (d: TiltDimension) => model.groups.find((g) => g.key === d)!.bars[0]!;
    expect(bar('economic')).toMatchObject({
      value: -20,
      partner: 'RU',
      hatched: false,
      label: null,
    });
    expect(bar('digital')).toMatchObject({ value: 35, partner: 'CN', hatched: true });
    expect(model.groups.find((g) => g.key === 'overall')!.summary).toBe(true);
    expect(model.groups.filter((g) => g.summary)).toHaveLength(1);
  });

  it('marks a missing tilt with no partner', () => {
    const rows = buildTiltRows({
      scores: tiltSet({ KG: { economic: null } }),
      baseline: scores,
      differs: false,
      countries: KG,
      dimensions,
    });
    const bar = tiltChartModel(rows, PAIR, false).groups[0]!.bars[0]!;
    expect(bar).toMatchObject({ value: null, partner: null, hatched: false });
  });

  it('labels each bar with its country code when several countries share a group', () => {
    const rows = buildTiltRows({
      scores,
      baseline: scores,
      differs: false,
      countries: BOTH,
      dimensions,
    });
    const model = tiltChartModel(rows, PAIR, false);
    for (const group of model.groups) expect(group.bars.map((b) => b.label)).toEqual(['KG', 'TJ']);
    const economic = model.groups[0]!.bars;
    expect(economic.map((b) => b.partner)).toEqual(['RU', 'CN']);
  });

  it('draws baseline ghosts with the change only when asked (a modified baseline)', () => {
    const baseline = tiltSet({
      KG: { economic: 5, infrastructure: 0.3, digital: 35, security: -70, overall: -1 },
      TJ: { economic: 15, infrastructure: 10, digital: 70, security: -45, overall: 20 },
    });
    const rows = buildTiltRows({ scores, baseline, differs: true, countries: BOTH, dimensions });
    const shown = tiltChartModel(rows, PAIR, true);
    expect(shown.showBaseline).toBe(true);
    const [kg, tj] = shown.groups[0]!.bars;
    expect(kg).toMatchObject({ value: -20, baseline: 5, change: -25, partner: 'RU' });
    expect(tj).toMatchObject({ value: 15, baseline: 15, change: 0 });
    const tjInfra = shown.groups[1]!.bars[1]!;
    expect(tjInfra).toMatchObject({ value: 40, baseline: 10, change: 30 });

    const hidden = tiltChartModel(rows, PAIR, false);
    expect(
      hidden.groups.flatMap((g) => g.bars).every((b) => b.baseline === null && b.change === null),
    ).toBe(true);
  });
});

describe('geometry', () => {
  it('scaleLinear maps the domain onto the range and clamps outside it', () => {
    const x = scaleLinear([-100, 100], [100, 500]);
    expect(x(-100)).toBe(100);
    expect(x(0)).toBe(300);
    expect(x(100)).toBe(500);
    expect(x(50)).toBe(400);
    expect(x(250)).toBe(500);
    expect(x(-250)).toBe(100);
  });

  it('barSpan runs from zero to the value on either side', () => {
    const x = scaleLinear([-100, 100], [0, 200]);
    expect(barSpan(40, [-100, 100], x)).toEqual({ x: 100, width: 40 });
    expect(barSpan(-25, [-100, 100], x)).toEqual({ x: 75, width: 25 });
    expect(barSpan(0, [-100, 100], x)).toEqual({ x: 100, width: 0 });
  });

  it('barSpan starts at the left edge of a 0–100 score scale', () => {
    const x = scaleLinear([0, 100], [10, 210]);
    expect(barSpan(62.5, [0, 100], x)).toEqual({ x: 10, width: 125 });
  });
});

describe('formatting helpers', () => {
  it('changeArrow points up for a rise and down for a fall', () => {
    expect(changeArrow(4.1)).toBe('▲');
    expect(changeArrow(-0.2)).toBe('▼');
    expect(changeArrow(0.01)).toBe('');
    expect(changeArrow(null)).toBe('');
  });

  it("formatInterval, with the reader's decimal mark; signed for a tilt", () => {
    expect(formatInterval({ low: 55.31, median: 60, high: 68 }, false, 'en')).toBe('55.3–68.0');
    expect(formatInterval({ low: -12, median: 0, high: 3.04 }, true, 'en')).toBe('−12.0 … +3.0');
    expect(formatInterval(null, false, 'en')).toBeNull();
    expect(formatInterval({ low: 55.31, median: 60, high: 68 }, false, 'ru')).toBe('55,3–68,0');
    expect(formatInterval({ low: -12, median: 0, high: 3.04 }, true, 'ru')).toBe('−12,0 … +3,0');
  });
});
