import { describe, expect, it } from 'vitest';
import {
  partnerSeriesStyle,
  RADAR_DOMAIN,
  radarTableRows,
  toRadarData,
} from '@/components/charts/radarAdapter';
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
