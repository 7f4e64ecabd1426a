// One reading of every tilt: every view's adapter, the headline, the briefing and the command
// line are fed the same scores and Monte Carlo shares, and each must word every tilt as the
// model's lean rule (readTilt) does. Nothing here types a data value: the expectations come
// from the data set and the model.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { buildTiltRows } from '@/components/charts/tiltAdapter';
import { dataset as bundled } from '@/data/dataset';
import { tiltIntervalModel } from '@/features/analysis/adapters';
import { overallReading, rankOverallReadings } from '@/features/briefing/slides';
import { buildDifferences } from '@/features/compare/adapters';
import {
  buildDimensionSummaries,
  buildOverallSummary,
  summaryReading,
} from '@/features/country/adapters';
import { headlineGroups } from '@/lib/headline';
import { leanAttribute } from '@/lib/leanText';
import type {
  CountryCode,
  Dataset,
  ScoreSet,
  TiltDimension,
  TiltReading,
  UncertaintyResult,
} from '@/model';
import {
  completeScenario,
  computeScores,
  DEFAULT_DRAWS,
  DEFAULT_SEED,
  findTilt,
  monteCarlo,
  readTilt,
  TILT_DIMENSIONS,
} from '@/model';
import { leanWord, scoresOutput } from '@/scenario/exportCsv';
import { fixtureDataset } from '../model/arbitraries';

type Key = `${CountryCode}.${TiltDimension}`;

/** What each view makes of every tilt, by view. */
function readingsByView(
  dataset: Dataset,
  scores: ScoreSet,
  uncertainty: UncertaintyResult,
): Record<string, Map<Key, TiltReading | string>> {
  const countries = dataset.countries.map((c) => c.code);
  const partners = dataset.partners.map((p) => p.code);
  const views: Record<string, Map<Key, TiltReading | string>> = {};
  const put = (
    view: string,
    country: CountryCode,
    dimension: TiltDimension,
    r: TiltReading | string,
  ) => (views[view] ??= new Map()).set(`${country}.${dimension}`, r);

  // The tilt charts' rows and tables (overview, compare, briefing, analysis).
  const rows = buildTiltRows({
    scores,
    baseline: scores,
    differs: false,
    countries: countries.map((code) => ({ code, label: code })),
    dimensions: TILT_DIMENSIONS.map((key) => ({ key, label: key })),
    uncertainty,
  });
  for (const row of rows) put('tilt rows', row.country, row.dimension, row.reading);

  // The analysis view's tilt intervals.
  for (const group of tiltIntervalModel(rows, dataset.tiltPair).groups) {
    for (const point of group.points) {
      const [dimension, country] = point.key.split('.') as [TiltDimension, CountryCode];
      put('analysis', country, dimension, point.reading!);
    }
  }

  for (const country of countries) {
    // The country page: the header and the dimension cards.
    for (const s of buildDimensionSummaries(
      scores,
      scores,
      uncertainty,
      country,
      partners,
      dataset.tiltPair,
    ))
      put('country cards', country, s.dimension, summaryReading(s));
    put(
      'country header',
      country,
      'overall',
      summaryReading(
        buildOverallSummary(scores, scores, uncertainty, country, partners, dataset.tiltPair),
      ),
    );
    // The headline sentence (overview and country slide): its groups are the readings.
    const groups = headlineGroups(
      scores.tilts.filter((t) => t.country === country),
      uncertainty.tilts.filter((t) => t.country === country),
    );
    for (const g of groups) put('headline', country, g.dimension, g.group);
    // The briefing's big numbers.
    put('briefing', country, 'overall', overallReading(scores, uncertainty, country));
  }
  for (const x of rankOverallReadings(scores, uncertainty, countries))
    put('briefing takeaway', x.country, 'overall', x.reading);

  // The compare view's differences (each tilt row holds both countries' readings).
  if (countries.length >= 2) {
    const [a, b] = countries as [CountryCode, CountryCode];
    for (const row of buildDifferences({
      scores,
      baseline: scores,
      differs: false,
      countries: [a, b],
      partners,
      dimensions: TILT_DIMENSIONS,
      uncertainty,
    })) {
      if (row.kind !== 'tilt') continue;
      put('compare differences', a, row.dimension, row.readings!.a);
      put('compare differences', b, row.dimension, row.readings!.b);
    }
  }
  return views;
}

/** Checks every view against the model's rule; returns how many readings were compared. */
function expectOneReading(dataset: Dataset, scores: ScoreSet, uncertainty: UncertaintyResult) {
  const views = readingsByView(dataset, scores, uncertainty);
  let compared = 0;
  for (const [view, readings] of Object.entries(views)) {
    for (const [key, reading] of readings) {
      const [country, dimension] = key.split('.') as [CountryCode, TiltDimension];
      const p =
        uncertainty.tilts.find((t) => t.country === country && t.dimension === dimension)
          ?.pPositive ?? null;
      const expected = readTilt(findTilt(scores, country, dimension), p);
      const label = `${view}: ${key}`;
      if (typeof reading === 'string') {
        // the headline's group: the side of a lean, else the reading's kind
        expect(reading, label).toBe(expected.kind === 'leans' ? expected.side : expected.kind);
      } else {
        expect(reading, label).toEqual(expected);
        expect(leanAttribute(country, dimension, reading), label).toBe(
          leanAttribute(country, dimension, expected),
        );
      }
      compared++;
    }
  }
  return compared;
}

describe('one lean rule across views', () => {
  it('the bundled data set with the dashboard’s own draws', () => {
    const scores = computeScores(bundled);
    const mc = monteCarlo(bundled, {}, { draws: DEFAULT_DRAWS, seed: DEFAULT_SEED });
    expect(expectOneReading(bundled, scores, mc)).toBeGreaterThan(0);
  });

  it('the command line words each tilt as the views do', () => {
    const scenario = { name: 'Baseline', description: '', ...completeScenario(bundled) };
    const mc = monteCarlo(bundled, scenario, { draws: DEFAULT_DRAWS, seed: DEFAULT_SEED });
    const rows = buildTiltRows({
      scores: computeScores(bundled, scenario),
      baseline: computeScores(bundled, scenario),
      differs: false,
      countries: bundled.countries.map((c) => ({ code: c.code, label: c.code })),
      dimensions: TILT_DIMENSIONS.map((key) => ({ key, label: key })),
      uncertainty: mc,
    });
    const cli = scoresOutput(bundled, scenario, null).tilts;
    for (const row of rows) {
      const line = cli.find((t) => t.country === row.country && t.dimension === row.dimension)!;
      expect(line.lean, `${row.country}.${row.dimension}`).toBe(leanWord(bundled, row.reading));
    }
  });

  const fixture = fixtureDataset();
  const fixtureScores = computeScores(fixture);
  const fixtureMc = monteCarlo(fixture, {}, { draws: 500, seed: 3 });
  const slots = fixtureMc.tilts.length;

  test.prop([
    fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true })), {
      minLength: slots,
      maxLength: slots,
    }),
  ])('any shares of draws: every view reads every tilt as the model does', (shares) => {
    const uncertainty: UncertaintyResult = {
      ...fixtureMc,
      tilts: fixtureMc.tilts.map((t, i) => ({ ...t, pPositive: shares[i] ?? null })),
    };
    expectOneReading(fixture, fixtureScores, uncertainty);
  });
});
