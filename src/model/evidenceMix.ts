// What the scores rest on: how much of each dimension's indicator weight stands on a reported
// figure, a figure computed from reported ones, a source's estimate, a rubric judgement, the
// analyst's own value, or nothing (a missing cell). And the one count of the data set that
// every view quotes (cells coded, readings, missing cells, sources).
import { effectiveWeight, prepare, type Cell } from './prepare';
import { cellsWithReadings, readingIndex } from './readings';
import type {
  Confidence,
  CountryCode,
  Dataset,
  Dimension,
  PartnerCode,
  ScenarioInput,
} from './types';
import { DIMENSIONS } from './types';

/**
 * What a cell's value stands on: its observation's confidence; `analyst` when the scenario
 * sets the value (a missing cell the analyst supplied, or a published value replaced by a
 * different one); `missing` when the cell has no observation and no supplied value.
 */
export const EVIDENCE_KINDS = [
  'reported',
  'computed',
  'estimate',
  'judgement',
  'analyst',
  'missing',
] as const satisfies readonly (Confidence | 'analyst' | 'missing')[];
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export interface EvidenceMixRow {
  /** a dimension, or `overall` */
  dimension: Dimension | 'overall';
  /**
   * Share of the weight resting on each kind, summing to 1; null when the row has no weight
   * at all (every indicator, or for `overall` every dimension, weighs 0).
   */
  shares: Record<EvidenceKind, number> | null;
  /** cells (country × partner × indicator of weight > 0) of each kind */
  cells: Record<EvidenceKind, number>;
}

export interface EvidenceMix {
  /** one row per dimension, in DIMENSIONS order */
  dimensions: EvidenceMixRow[];
  /**
   * The dimensions' shares combined with the scenario's dimension weights: the share of the
   * overall score's weight resting on each kind. A dimension with no data at all counts here
   * as wholly missing (the overall score leaves it out; its evidence is still missing).
   */
  overall: EvidenceMixRow;
}

const zeros = (): Record<EvidenceKind, number> => ({
  reported: 0,
  computed: 0,
  estimate: 0,
  judgement: 0,
  analyst: 0,
  missing: 0,
});

/**
 * The evidence mix of a scenario (the data as published by default), across every country and
 * partner: for each dimension, the share of its indicator weight that rests on each kind of
 * evidence. A cell's weight is its effective indicator weight in the scenario; the scenario's
 * options choose which reading stands for a cell. The missing share of a dimension is
 * 1 − its coverage (pooled over countries and partners).
 */
export function evidenceMix(dataset: Dataset, scenario: Partial<ScenarioInput> = {}): EvidenceMix {
  const prepared = prepare(dataset, scenario);
  const weight = DIMENSIONS.map(zeros);
  const cells = DIMENSIONS.map(zeros);
  const total = DIMENSIONS.map(() => 0);

  prepared.groups.forEach((group) => {
    const d = DIMENSIONS.indexOf(group.dimension);
    const w = weight[d]!;
    const n = cells[d]!;
    total[d] = total[d]! + group.totalWeight;
    let withData = 0;
    for (const ci of group.cells) {
      const cell = prepared.cells[ci]!;
      if (cell.weight === 0) continue;
      const kind = cellKind(cell);
      w[kind] += cell.weight;
      n[kind] += 1;
      withData += cell.weight;
    }
    w.missing += Math.max(0, group.totalWeight - withData);
  });

  // Missing cells: the dimension's indicators of weight > 0 that no cell of the group stands for.
  prepared.groups.forEach((group) => {
    const d = DIMENSIONS.indexOf(group.dimension);
    const withCell = new Set(group.cells.map((ci) => prepared.cells[ci]!.indicator.id));
    for (const indicator of dataset.indicators) {
      if (indicator.dimension !== group.dimension || withCell.has(indicator.id)) continue;
      if (effectiveWeight(prepared.scenario.indicatorWeights[indicator.id], indicator.weight) > 0)
        cells[d]!.missing += 1;
    }
  });

  const dimensions: EvidenceMixRow[] = DIMENSIONS.map((dimension, d) => ({
    dimension,
    shares: total[d]! > 0 ? normalised(weight[d]!, total[d]!) : null,
    cells: cells[d]!,
  }));

  const overallWeight = zeros();
  const overallCells = zeros();
  let overallTotal = 0;
  DIMENSIONS.forEach((_, d) => {
    const row = dimensions[d]!;
    for (const kind of EVIDENCE_KINDS) overallCells[kind] += row.cells[kind];
    const w = prepared.dimensionWeights[d]!;
    if (!row.shares || !(w > 0)) return;
    overallTotal += w;
    for (const kind of EVIDENCE_KINDS) overallWeight[kind] += w * row.shares[kind];
  });
  return {
    dimensions,
    overall: {
      dimension: 'overall',
      shares: overallTotal > 0 ? normalised(overallWeight, overallTotal) : null,
      cells: overallCells,
    },
  };
}

/** What one scored cell's value stands on. */
function cellKind(cell: Cell): EvidenceKind {
  if (cell.supplied || cell.observation === null) return 'analyst';
  if (cell.overridden && cell.value !== cell.observation.value) return 'analyst';
  return cell.observation.confidence;
}

/** Weights divided by their total, so that the shares sum to 1 (up to rounding). */
function normalised(
  weights: Record<EvidenceKind, number>,
  total: number,
): Record<EvidenceKind, number> {
  const sum = EVIDENCE_KINDS.reduce((s, k) => s + weights[k], 0);
  const denominator = sum > 0 ? sum : total;
  const out = zeros();
  for (const kind of EVIDENCE_KINDS) out[kind] = weights[kind] / denominator;
  return out;
}

/** A country × partner × indicator of the data set. */
export interface CellRef {
  country: CountryCode;
  partner: PartnerCode;
  indicator: string;
}

/**
 * The cells that no observation covers, under any option: nothing in the data set gives
 * evidence for them, so they are not coded. In the data set's order of countries, partners
 * and indicators.
 */
export function missingCells(dataset: Dataset): CellRef[] {
  const readings = readingIndex(dataset);
  const out: CellRef[] = [];
  for (const { code: country } of dataset.countries)
    for (const { code: partner } of dataset.partners)
      for (const { id: indicator } of dataset.indicators)
        if (!readings.get(country)?.get(partner)?.has(indicator))
          out.push({ country, partner, indicator });
  return out;
}

export interface DatasetCounts {
  /** every country × partner × indicator */
  cells: number;
  /** cells with at least one observation */
  cellsCoded: number;
  /**
   * observations of those cells: a cell with two readings (switched by a scenario option,
   * e.g. whose trade figures to trust) counts twice
   */
  readings: number;
  /** cells with no observation: cells − cellsCoded */
  missingCells: number;
  /** readings by confidence */
  byConfidence: Record<Confidence, number>;
  sources: number;
}

/**
 * The counts every view quotes, so that the overview, the briefing and the methodology page
 * give the same number. Observations of a country, partner or indicator the data set does not
 * list are not readings of any cell and are left out.
 */
export function datasetCounts(dataset: Dataset): DatasetCounts {
  const byConfidence: Record<Confidence, number> = {
    reported: 0,
    computed: 0,
    estimate: 0,
    judgement: 0,
  };
  let cellsCoded = 0;
  let readings = 0;
  for (const cell of cellsWithReadings(dataset)) {
    cellsCoded += 1;
    readings += cell.readings.length;
    for (const o of cell.readings)
      if (o.confidence in byConfidence) byConfidence[o.confidence] += 1;
  }
  const cells = dataset.countries.length * dataset.partners.length * dataset.indicators.length;
  return {
    cells,
    cellsCoded,
    readings,
    missingCells: cells - cellsCoded,
    byConfidence,
    sources: dataset.sources.length,
  };
}
