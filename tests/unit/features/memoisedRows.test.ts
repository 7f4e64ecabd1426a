// The rows the memoised views compare (sameData) before re-rendering: rebuilt for the same
// scenario they compare equal (so an unchanged card or table row skips its render), and a
// change to any field they hold, however deep, is seen (so no view can show stale numbers).
import { describe, expect, it } from 'vitest';
import { sameData } from '@/components/sameData';
import { dataset } from '@/data/dataset';
import { buildDifferences, buildScoreRows } from '@/features/compare/adapters';
import { buildDimensionSummaries, buildIndicatorRows } from '@/features/country/adapters';
import { completeScenario, computeScores, monteCarlo, TILT_DIMENSIONS } from '@/model';
import { changedAt, leafPaths } from '../dataPaths';

const [kg, tj] = dataset.countries;
const partners = dataset.partners.map((p) => p.code);
const firstObservation = dataset.observations.find((o) => o.country === kg!.code)!;
// A scenario that differs from the baseline, so the baseline and change fields are filled.
const key = `${firstObservation.country}.${firstObservation.partner}.${firstObservation.indicator}`;
const scenario = completeScenario(dataset, { overrides: { [key]: 1 } });
const baseline = computeScores(dataset);
const scores = computeScores(dataset, scenario);
const uncertainty = monteCarlo(dataset, scenario, { draws: 60, seed: 7 });

const kinds: Record<string, () => readonly object[]> = {
  'indicator table rows': () => buildIndicatorRows(dataset, scores, scenario, kg!.code),
  'dimension card summaries': () =>
    buildDimensionSummaries(scores, baseline, uncertainty, kg!.code, partners, dataset.tiltPair),
  'compare score rows': () =>
    buildScoreRows({
      scores,
      baseline,
      differs: true,
      country: kg!.code,
      partners: partners.map((key) => ({ key, label: key })),
      dimensions: TILT_DIMENSIONS.map((key) => ({ key, label: key })),
      uncertainty,
    }),
  'compare difference rows': () =>
    buildDifferences({
      scores,
      baseline,
      differs: true,
      countries: [kg!.code, tj!.code],
      partners,
      dimensions: TILT_DIMENSIONS,
      uncertainty,
    }),
};

describe.each(Object.entries(kinds))('%s', (_, build) => {
  const rows = build();

  it('rebuilt for the same scenario, compare equal row by row', () => {
    expect(rows.length).toBeGreaterThan(0);
    const again = build();
    rows.forEach((row, i) => expect(sameData(row, again[i])).toBe(true));
  });

  it('compare unequal when any one field of a row changes', () => {
    // The first rows cover every field a row can hold; each leaf is changed in turn.
    for (const row of rows.slice(0, 3)) {
      const paths = leafPaths(row);
      expect(paths.length).toBeGreaterThan(3);
      for (const path of paths) {
        expect(sameData(row, changedAt(row, path)), path.join('.')).toBe(false);
      }
    }
  });
});
