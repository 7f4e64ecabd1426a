// Each view's adapter agrees with the model on the same scenario: the country view's rows and
// summaries, the compare view's score rows and differences, the analysis view's flips and
// tornadoes, the briefing's slides and key risks, the overview's tilt rows, the radar, and the
// counts of observations every view quotes. Baseline, every preset, and random scenarios.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toRadarData } from '@/components/charts/radarAdapter';
import { buildTiltRows, tiltTableLabels } from '@/components/charts/tiltAdapter';
import { dataset } from '@/data/dataset';
import { assumptionChanges } from '@/scenario/assumptionChanges';
import { buildScoreIntervalRows, TORNADO_TOP } from '@/features/analysis/adapters';
import { flipsOf, tornadoesOf } from '@/features/analysis/compute';
import { keyRisks, rankByOverallTilt, scoreChanges, swingRisks } from '@/features/briefing/slides';
import { buildDifferences, buildScoreRows } from '@/features/compare/adapters';
import {
  buildDimensionSummaries,
  buildIndicatorRows,
  buildOverallSummary,
} from '@/features/country/adapters';
import { evidenceByIndicator } from '@/features/methodology/derive';
import { createI18n } from '@/i18n';
import { valueStep } from '@/lib/format';
import type { CountryCode, Scenario, ScoreSet, TiltDimension } from '@/model';
import {
  computeScores,
  datasetCounts,
  DIMENSIONS,
  prepare,
  sensitivityPrepared,
  smallestFlipPrepared,
  standingObservation,
  TILT_DIMENSIONS,
} from '@/model';
import {
  baselineFullScenario,
  changedRecords,
  isMissingRecord,
  isNumericRecord,
  missingRecords,
  normalizeScenario,
  sliderIndex,
} from '@/scenario/sliders';
import { presetScenario } from '@/scenario/urlCodec';

const countries: CountryCode[] = dataset.countries.map((c) => c.code);
const partners = dataset.partners.map((p) => p.code);
const tiltPair = dataset.tiltPair;
const labelled = <K extends string>(keys: readonly K[]) => keys.map((key) => ({ key, label: key }));
const baseline = baselineFullScenario(dataset);
const baselineScores = computeScores(dataset, baseline);

/** A random scenario as the store holds one: overrides, weights, aggregation and options. */
const scenarioArb: fc.Arbitrary<Scenario> = (() => {
  const numeric = sliderIndex(dataset).records.filter(isNumericRecord);
  const assumptions = numeric.filter((r) => r.group === 'assumption');
  return fc
    .record({
      overrides: fc.uniqueArray(
        fc.record({
          at: fc.nat({ max: assumptions.length - 1 }),
          f: fc.double({ min: 0, max: 1, noNaN: true }),
        }),
        { maxLength: 6, selector: (x) => x.at },
      ),
      dimensionWeights: fc.tuple(...DIMENSIONS.map(() => fc.constantFrom(0, 0.25, 1, 2.5, 5))),
      aggregation: fc.constantFrom('arithmetic' as const, 'geometric' as const),
      options: fc.tuple(
        ...dataset.options.map((o) => fc.constantFrom(...o.choices.map((c) => c.value))),
      ),
    })
    .map((r) =>
      normalizeScenario(dataset, {
        overrides: Object.fromEntries(
          r.overrides.map(({ at, f }) => {
            const record = assumptions[at]!;
            return [record.key, record.min + f * (record.max - record.min)];
          }),
        ),
        dimensionWeights: Object.fromEntries(DIMENSIONS.map((d, i) => [d, r.dimensionWeights[i]])),
        indicatorWeights: {},
        aggregation: r.aggregation,
        options: Object.fromEntries(dataset.options.map((o, i) => [o.key, r.options[i]!])),
      }),
    );
})();

const presets: [string, Scenario][] = dataset.presets.map((p) => [
  p.id,
  presetScenario(dataset, p.id)!,
]);
const fixed: [string, Scenario][] = [['baseline', baseline], ...presets];

/** The model's score of a country × partner in a dimension (or overall), from the raw set. */
function modelScore(
  set: ScoreSet,
  country: CountryCode,
  partner: string,
  dimension: TiltDimension,
): number | null {
  const found =
    dimension === 'overall'
      ? set.overall.filter((o) => o.country === country && o.partner === partner)
      : set.dimensionScores.filter(
          (s) => s.country === country && s.partner === partner && s.dimension === dimension,
        );
  expect(found).toHaveLength(1);
  return found[0]!.score;
}

function modelTilt(set: ScoreSet, country: CountryCode, dimension: TiltDimension): number | null {
  const found = set.tilts.filter((t) => t.country === country && t.dimension === dimension);
  expect(found).toHaveLength(1);
  return found[0]!.tilt;
}

/** Scores, tilts and counts: every view's adapter against the model's raw score set. */
function checkScores(scenario: Scenario) {
  const scores = computeScores(dataset, scenario);
  const differs = changedRecords(dataset, scenario).length > 0;

  // country view: the header, the dimension cards and the indicator table
  for (const country of countries) {
    const overall = buildOverallSummary(
      scores,
      baselineScores,
      undefined,
      country,
      partners,
      tiltPair,
    );
    expect(overall.tilt).toBe(modelTilt(scores, country, 'overall'));
    expect(overall.baselineTilt).toBe(modelTilt(baselineScores, country, 'overall'));
    for (const p of overall.partners)
      expect(p.score).toBe(modelScore(scores, country, p.partner, 'overall'));
    const cards = buildDimensionSummaries(
      scores,
      baselineScores,
      undefined,
      country,
      partners,
      tiltPair,
    );
    expect(cards.map((c) => c.dimension)).toEqual([...DIMENSIONS]);
    for (const card of cards) {
      expect(card.tilt).toBe(modelTilt(scores, country, card.dimension));
      for (const p of card.partners)
        expect(p.score).toBe(modelScore(scores, country, p.partner, card.dimension));
    }
    const rows = buildIndicatorRows(dataset, scores, scenario, country);
    const prepared = prepare(dataset, scenario);
    for (const row of rows) {
      const at = prepared.cellIndexByKey.get(row.key);
      const cell = at === undefined ? undefined : prepared.cells[at];
      // a row has a value exactly when the model scored the cell, and the same value
      expect(row.value).toBe(cell ? cell.value : null);
      expect(row.observation).toBe(cell ? cell.observation : null);
      expect(row.observation ?? undefined).toBe(
        standingObservation(dataset, country, row.partner, row.indicator.id, scenario.options),
      );
      if (cell) expect(row.weight).toBe(cell.weight);
      const group = scores.dimensionScores.find(
        (s) => s.country === country && s.partner === row.partner && s.dimension === row.dimension,
      )!;
      const contribution = group.contributions.find((c) => c.key === row.key);
      expect(row.contribution).toBe(contribution?.contribution ?? null);
    }
  }

  // compare view: score rows of each country, differences of the first two
  const dims = labelled(TILT_DIMENSIONS);
  for (const country of countries) {
    const rows = buildScoreRows({
      scores,
      baseline: baselineScores,
      differs,
      country,
      partners: labelled(partners),
      dimensions: dims,
    });
    expect(rows).toHaveLength(TILT_DIMENSIONS.length * partners.length);
    for (const row of rows) {
      expect(row.score).toBe(modelScore(scores, country, row.partner, row.dimension));
      expect(row.baseline).toBe(
        differs ? modelScore(baselineScores, country, row.partner, row.dimension) : null,
      );
    }
    // the analysis view's score intervals read the same scores
    for (const row of buildScoreIntervalRows({
      scores,
      uncertainty: undefined,
      country,
      partners: labelled(partners),
      dimensions: dims,
    }))
      expect(row.score).toBe(modelScore(scores, country, row.partner, row.dimension));
  }
  const [a, b] = countries as [CountryCode, CountryCode];
  const differences = buildDifferences({
    scores,
    baseline: baselineScores,
    differs,
    countries: [a, b],
    partners,
    dimensions: TILT_DIMENSIONS,
  });
  expect(differences).toHaveLength(TILT_DIMENSIONS.length * (partners.length + 1));
  for (const d of differences) {
    const [va, vb] =
      d.kind === 'tilt'
        ? [modelTilt(scores, a, d.dimension), modelTilt(scores, b, d.dimension)]
        : [
            modelScore(scores, a, d.partner!, d.dimension),
            modelScore(scores, b, d.partner!, d.dimension),
          ];
    expect([d.a, d.b]).toEqual([va, vb]);
    expect(d.diff).toBe(va === null || vb === null ? null : va - vb);
  }

  // overview, compare, analysis and briefing tilt tables: one row per country × tilt
  const tiltRows = buildTiltRows({
    scores,
    baseline: baselineScores,
    differs,
    countries: countries.map((code) => ({ code, label: code })),
    dimensions: dims,
  });
  expect(tiltRows).toHaveLength(countries.length * TILT_DIMENSIONS.length);
  for (const row of tiltRows) {
    expect(row.tilt).toBe(modelTilt(scores, row.country, row.dimension));
    expect(row.baseline).toBe(
      differs ? modelTilt(baselineScores, row.country, row.dimension) : null,
    );
  }

  // the radar of each country
  for (const country of countries)
    for (const datum of toRadarData(scores, baselineScores, country, partners, (d) => d))
      for (const partner of partners)
        expect(datum.values[partner]).toBe(modelScore(scores, country, partner, datum.dimension));

  // briefing: the ranking, the changed numbers and the changed assumptions
  const ranked = rankByOverallTilt(scores, countries);
  for (const r of ranked) expect(r.tilt).toBe(modelTilt(scores, r.country, 'overall'));
  expect(ranked.length).toBe(
    countries.filter((c) => modelTilt(scores, c, 'overall') !== null).length,
  );
  for (const change of scoreChanges(scores, baselineScores, countries, partners, TILT_DIMENSIONS)) {
    const value =
      change.partner === null
        ? modelTilt(scores, change.country, change.dimension)
        : modelScore(scores, change.country, change.partner, change.dimension);
    expect(change.value).toBe(value);
  }
  expect(assumptionChanges(dataset, scenario)).toHaveLength(
    changedRecords(dataset, scenario).length,
  );
}

/** Flips and tornadoes: the analysis view and the briefing against the model's own search. */
function checkFlipsAndTornadoes(scenario: Scenario) {
  const prepared = prepare(dataset, scenario);
  const flips = flipsOf(dataset, scenario);
  const risks = keyRisks(prepared, countries, TILT_DIMENSIONS);
  expect(flips).toHaveLength(countries.length * TILT_DIMENSIONS.length);
  let inside = 0;
  let outside = 0;
  for (const { country, dimension, finding } of flips) {
    const search = smallestFlipPrepared(prepared, country, dimension, { step: valueStep });
    const best = search.best;
    const riskOf = (list: typeof risks.flips) =>
      list.filter((r) => r.country === country && r.dimension === dimension);
    if (finding.kind === 'flips' || finding.kind === 'balances') {
      // the analysis view's finding is the model's best change, and the briefing lists it
      expect(best).not.toBeNull();
      expect(finding.kind).toBe(best!.outcome);
      expect(finding.suggestion).toMatchObject({
        key: best!.cell.key,
        from: best!.from,
        to: best!.to,
      });
      const [risk, ...more] = riskOf(risks.flips);
      expect(more).toEqual([]);
      expect(risk).toMatchObject({
        key: best!.cell.key,
        from: best!.from,
        to: best!.to,
        outcome: best!.outcome,
      });
      inside += 1;
    } else {
      expect(best).toBeNull();
      expect(riskOf(risks.flips)).toEqual([]);
    }
    const beyond =
      finding.kind === 'balances' || finding.kind === 'cannot-flip' ? finding.outside : null;
    const listed = riskOf(risks.outside);
    if (beyond) {
      expect(search.outside?.cell.key).toBe(beyond.key);
      expect(listed).toHaveLength(1);
      expect(listed[0]).toMatchObject({ key: beyond.key, to: beyond.to });
      outside += 1;
    } else {
      expect(listed).toEqual([]);
    }
    if (finding.kind === 'no-data') expect(search.tilt).toBeNull();
    if (finding.kind === 'balanced') expect(search.balanced).toBe(true);
  }
  expect(risks.flips).toHaveLength(inside);
  expect(risks.outside).toHaveLength(outside);

  for (const dimension of TILT_DIMENSIONS) {
    const tornadoes = tornadoesOf(dataset, scenario, dimension);
    expect(tornadoes.map((t) => t.country)).toEqual(countries);
    for (const tornado of tornadoes) {
      const model = sensitivityPrepared(
        prepared,
        { kind: 'tilt', country: tornado.country, dimension },
        TORNADO_TOP,
      );
      expect(tornado.base).toBe(model.base);
      expect(tornado.rows.map((r) => [r.key, r.atLow, r.atHigh, r.swing])).toEqual(
        model.rows
          .filter((r) => r.atLow !== null && r.atHigh !== null)
          .map((r) => [r.key, r.atLow, r.atHigh, r.swing]),
      );
    }
  }
  // the briefing's swing risks are the overall tornadoes' rows
  const top = 3;
  const overall = tornadoesOf(dataset, scenario, 'overall');
  expect(swingRisks(prepared, countries, top)).toEqual(
    overall.flatMap((t) => t.rows.slice(0, top).map((r) => ({ country: t.country, ...r }))),
  );
}

describe('every view’s adapter agrees with the model', () => {
  it.each(fixed)('scores, tilts and rows: %s', (_, scenario) => {
    checkScores(scenario);
  });

  it.each(fixed.slice(0, 3))('flips and tornadoes: %s', (_, scenario) => {
    checkFlipsAndTornadoes(scenario);
  });

  it('property: scores, tilts and rows for random scenarios', () => {
    fc.assert(fc.property(scenarioArb, checkScores), { numRuns: 25 });
  });

  it('property: flips and tornadoes for random scenarios', () => {
    fc.assert(fc.property(scenarioArb, checkFlipsAndTornadoes), { numRuns: 4 });
  });
});

describe('every view quotes the same count of observations', () => {
  const counts = datasetCounts(dataset);

  it('slider records, methodology lists and the counts agree', () => {
    const records = sliderIndex(dataset).records.filter(
      (r) => isNumericRecord(r) && r.group === 'assumption',
    );
    expect(records.filter((r) => !isMissingRecord(r))).toHaveLength(counts.cellsCoded);
    expect(missingRecords(dataset)).toHaveLength(counts.missingCells);
    const evidence = evidenceByIndicator(dataset).flatMap((d) => d.indicators);
    expect(evidence.reduce((n, i) => n + i.readings.length, 0)).toBe(counts.readings);
    expect(evidence.reduce((n, i) => n + i.missing.length, 0)).toBe(counts.missingCells);
  });

  it.each(fixed.slice(0, 2))('the country tables hold every coded cell: %s', (_, scenario) => {
    const scores = computeScores(dataset, scenario);
    let coded = 0;
    for (const country of countries)
      for (const row of buildIndicatorRows(dataset, scores, scenario, country))
        if (row.observation || row.alternatives.length > 0) coded += 1;
    expect(coded).toBe(counts.cellsCoded);
  });
});

describe('every tilt table has the same column words', () => {
  it.each(['en', 'ru'] as const)('%s', (language) => {
    const i18n = createI18n(language);
    const common = i18n.getFixedT(language, 'common');
    const tc = (key: string, options?: Record<string, unknown>) => String(common(key, options));
    const labels = tiltTableLabels(tc, 'caption', 'Turkey');
    for (const [key, text] of Object.entries(labels)) {
      expect(text, key).not.toBe('');
      expect(text, key).not.toContain('tiltTable.');
      expect(text, key).not.toContain('{{');
    }
    // The share column names the tilt's positive partner as given, never China by itself.
    expect(labels.pPositive).toContain('Turkey');
    expect(labels.pPositive).not.toMatch(/China|Кита/);
    expect(labels.caption).toBe('caption');
    expect(labels.noData).toBe(tc('noData'));
  });
});
