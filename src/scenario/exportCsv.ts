// The scores and indicator tables of a scenario as data: the same JSON/CSV from the command
// line (`npm run fulcrum -- scores --format csv`) and from the dashboard's download
// buttons, so a number in a briefing can be checked outside the browser.
import type { Dataset, LocalizedText, MissingReason, Scenario, TiltReading } from '@/model';
import {
  computeScores,
  DEFAULT_DRAWS,
  DEFAULT_SEED,
  leanCode,
  monteCarlo,
  readTilt,
} from '@/model';
import { type Cell, toCsv } from '@/lib/csv';
import { publishedObservation } from './sliders';

/** Four decimals: every figure reproducible, none falsely precise beyond the display. */
export const round = (x: number | null): number | null =>
  x === null ? null : Math.round(x * 1e4) / 1e4;

export interface ScoresOutput {
  scenario: Scenario;
  scores: {
    country: string;
    partner: string;
    dimension: string;
    score: number | null;
    /** why `score` is null: "weights" (the weights exclude its data) or "evidence"; null with a score */
    missing: MissingReason | null;
    coverage: number;
    low?: number | null;
    high?: number | null;
  }[];
  overall: {
    country: string;
    partner: string;
    score: number | null;
    missing: MissingReason | null;
    low?: number | null;
    high?: number | null;
  }[];
  tilts: {
    country: string;
    dimension: string;
    tilt: number | null;
    missing: MissingReason | null;
    /**
     * the model's reading of the tilt: "china-clear", "russia-slight", "too-close", …,
     * "no-data", "excluded-by-weights"
     */
    lean: string;
    pChina?: number | null;
  }[];
}

/**
 * A tilt's reading as one word ("china-clear", "russia-slight", "too-close", "balanced",
 * "no-data", "excluded-by-weights"): the model's leanCode with the tilt pair's English names in lower case.
 */
export function leanWord(dataset: Dataset, reading: TiltReading): string {
  const name = (code: string) =>
    (dataset.partners.find((p) => p.code === code)?.name.en ?? code).toLowerCase();
  return leanCode(reading, {
    positive: name(dataset.tiltPair[0]),
    negative: name(dataset.tiltPair[1]),
  });
}

/**
 * Every score, overall score and tilt of a scenario; 90% intervals and P(tilt > 0) when
 * `uncertainty` is given. Each tilt's `lean` is read by the model's lean rule with Monte Carlo
 * draws: those of `uncertainty`, else the dashboard's own (DEFAULT_DRAWS, DEFAULT_SEED), so the
 * command line words a tilt as the app does.
 */
export function scoresOutput(
  dataset: Dataset,
  scenario: Scenario,
  uncertainty: { draws: number; seed?: number } | null,
): ScoresOutput {
  const set = computeScores(dataset, scenario);
  const mc = uncertainty ? monteCarlo(dataset, scenario, uncertainty) : null;
  const draws = mc ?? monteCarlo(dataset, scenario, { draws: DEFAULT_DRAWS, seed: DEFAULT_SEED });
  return {
    scenario,
    scores: set.dimensionScores.map((s, i) => {
      const interval = mc?.dimension[i]?.interval;
      return {
        country: s.country,
        partner: s.partner,
        dimension: s.dimension,
        score: round(s.score),
        missing: s.missing,
        coverage: round(s.coverage) ?? 0,
        ...(mc ? { low: round(interval?.low ?? null), high: round(interval?.high ?? null) } : {}),
      };
    }),
    overall: set.overall.map((o, i) => {
      const interval = mc?.overall[i]?.interval;
      return {
        country: o.country,
        partner: o.partner,
        score: round(o.score),
        missing: o.missing,
        ...(mc ? { low: round(interval?.low ?? null), high: round(interval?.high ?? null) } : {}),
      };
    }),
    tilts: set.tilts.map((t, i) => ({
      country: t.country,
      dimension: t.dimension,
      tilt: round(t.tilt),
      missing: t.missing,
      lean: leanWord(dataset, readTilt(t.tilt, draws.tilts[i]?.pPositive ?? null, t.missing)),
      ...(mc ? { pChina: round(mc.tilts[i]?.pPositive ?? null) } : {}),
    })),
  };
}

export { csvCell, toCsv } from '@/lib/csv';

export function scoresCsv(output: ScoresOutput): string {
  const rows: Cell[][] = [
    [
      'type',
      'country',
      'partner',
      'dimension',
      'value',
      'coverage',
      'low',
      'high',
      'pChina',
      'lean',
      'missing',
    ],
  ];
  for (const s of output.scores)
    rows.push([
      'score',
      s.country,
      s.partner,
      s.dimension,
      s.score,
      s.coverage,
      s.low,
      s.high,
      null,
      null,
      s.missing,
    ]);
  for (const o of output.overall)
    rows.push([
      'overall',
      o.country,
      o.partner,
      'overall',
      o.score,
      null,
      o.low,
      o.high,
      null,
      null,
      o.missing,
    ]);
  for (const t of output.tilts)
    rows.push([
      'tilt',
      t.country,
      null,
      t.dimension,
      t.tilt,
      null,
      null,
      null,
      t.pChina,
      t.lean,
      t.missing,
    ]);
  return toCsv(rows);
}

/** The scores CSV of a scenario with the dashboard's own 90% intervals (same draws and seed). */
export function scenarioScoresCsv(dataset: Dataset, scenario: Scenario): string {
  return scoresCsv(scoresOutput(dataset, scenario, { draws: DEFAULT_DRAWS, seed: DEFAULT_SEED }));
}

export const INDICATOR_COLUMNS = [
  'country',
  'partner',
  'dimension',
  'indicator',
  'indicator_name',
  'value',
  'published_value',
  'changed_by_scenario',
  'unit',
  'year',
  'period',
  'low',
  'high',
  'confidence',
  'normalised',
  'weight',
  'contribution',
  'sources',
  'footnotes',
  'note',
] as const;

/** The note of a cell the analyst supplied (no observation: nothing published to cite). */
const SUPPLIED_NOTE: LocalizedText = {
  en: 'Missing in the data set (no evidence); the value is the analyst’s own, not a source’s.',
  ru: 'В наборе данных нет значения (нет подтверждений); значение — собственное значение аналитика, а не источника.',
};

/**
 * One row per indicator × country × partner as the scenario scores it: the value used
 * (published or the scenario's), the published reading with its year, range, confidence,
 * sources and report footnotes, and what it adds to its dimension score. A missing cell the
 * analyst supplied has confidence `analyst`, no published value, range or source.
 */
export function indicatorsCsv(
  dataset: Dataset,
  scenario: Scenario,
  language: keyof LocalizedText = 'en',
): string {
  const pick = (text: LocalizedText) => text[language] || text.en;
  const indicators = new Map(dataset.indicators.map((i) => [i.id, i]));
  const rows: Cell[][] = [[...INDICATOR_COLUMNS]];
  for (const score of computeScores(dataset, scenario).dimensionScores) {
    for (const c of score.contributions) {
      const indicator = indicators.get(c.indicator);
      const observation = publishedObservation(dataset, c.key, scenario.options);
      rows.push([
        score.country,
        score.partner,
        score.dimension,
        c.indicator,
        indicator ? pick(indicator.name) : c.indicator,
        round(c.value),
        observation ? round(observation.value) : round(c.baselineValue),
        c.overridden,
        indicator?.unit,
        observation?.year,
        observation?.period,
        observation?.low,
        observation?.high,
        observation?.confidence ?? (c.supplied ? 'analyst' : undefined),
        round(c.normalised),
        round(c.weight),
        round(c.contribution),
        observation?.sources.join(' '),
        observation?.footnotes?.join(' '),
        observation ? pick(observation.note) : c.supplied ? pick(SUPPLIED_NOTE) : undefined,
      ]);
    }
  }
  return toCsv(rows);
}
