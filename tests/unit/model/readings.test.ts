import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset, Observation } from '@/model';
import {
  cellsWithReadings,
  chosenObservation,
  datasetCounts,
  missingCells,
  observationKey,
  prepare,
  readingsOf,
  standingObservation,
  switchedOffReadings,
  variantApplies,
} from '@/model';
import { datasetWithReadingsArb, makeObservation, variantDataset } from './arbitraries';

/** The rule written out naively: the readings of a listed cell, and the one standing for it. */
function naiveReadings(dataset: Dataset, key: string): Observation[] {
  const listed = (o: Observation) =>
    dataset.countries.some((c) => c.code === o.country) &&
    dataset.partners.some((p) => p.code === o.partner) &&
    dataset.indicators.some((i) => i.id === o.indicator);
  return dataset.observations.filter(
    (o) => listed(o) && observationKey(o.country, o.partner, o.indicator) === key,
  );
}

function naiveStanding(readings: Observation[], options: Record<string, string>) {
  const applying = readings.filter(
    (o) => !o.variant || options[o.variant.option] === o.variant.value,
  );
  const rank = (o: Observation) => (o.variant ? 1 : 0);
  let best: Observation | undefined;
  for (const o of applying)
    if (!best || rank(o) > rank(best) || (rank(o) === rank(best) && o.year > best.year)) best = o;
  return best;
}

describe('which observations count (readings)', () => {
  const dataset = variantDataset();
  it('picks the reading whose variant matches the option, else a general one', () => {
    expect(standingObservation(dataset, 'KG', 'CN', 'trade_share', { src: 'a' })?.value).toBe(80);
    expect(standingObservation(dataset, 'KG', 'CN', 'trade_share', { src: 'b' })?.value).toBe(20);
    expect(standingObservation(dataset, 'KG', 'RU', 'trade_share', { src: 'a' })?.value).toBe(50);
    expect(standingObservation(dataset, 'KG', 'CN', 'trade_share', { src: 'z' })).toBeUndefined();
  });
  it('prefers an option-specific reading over a general one', () => {
    const withGeneral = variantDataset({ general: 55 });
    expect(standingObservation(withGeneral, 'KG', 'CN', 'trade_share', { src: 'b' })?.value).toBe(
      20,
    );
  });
  it('lists the readings switched off by the option', () => {
    const off = switchedOffReadings(dataset, 'KG', 'CN', 'trade_share', { src: 'a' });
    expect(off.map((o) => o.value)).toEqual([20]);
    expect(switchedOffReadings(dataset, 'KG', 'RU', 'trade_share', { src: 'a' })).toEqual([]);
  });
  it('treats observations without a variant as general', () => {
    expect(variantApplies(makeObservation('KG', 'CN', 'x', 1), {})).toBe(true);
  });
  it('leaves out observations of a country, partner or indicator the data set does not list', () => {
    const stray = {
      ...dataset,
      observations: [
        ...dataset.observations,
        makeObservation('XX', 'CN', 'trade_share', 1),
        makeObservation('KG', 'XX', 'trade_share', 1),
        makeObservation('KG', 'CN', 'unknown', 1),
      ],
    };
    expect(readingsOf(stray, 'XX', 'CN', 'trade_share')).toEqual([]);
    expect(readingsOf(stray, 'KG', 'CN', 'unknown')).toEqual([]);
    expect(cellsWithReadings(stray).map((c) => c.key)).toEqual([
      'KG.CN.trade_share',
      'KG.RU.trade_share',
    ]);
    expect(datasetCounts(stray)).toMatchObject({ cellsCoded: 2, readings: 3 });
  });

  it('property: the readings, the standing reading, the counts and prepare() agree with the naive rule', () => {
    fc.assert(
      fc.property(datasetWithReadingsArb({ maxPartners: 3 }), ({ dataset: ds, options }) => {
        let coded = 0;
        let readings = 0;
        const prepared = prepare(ds, { options });
        for (const c of ds.countries)
          for (const p of ds.partners)
            for (const i of ds.indicators) {
              const key = observationKey(c.code, p.code, i.id);
              const naive = naiveReadings(ds, key);
              expect(readingsOf(ds, c.code, p.code, i.id)).toEqual(naive);
              const standing = naiveStanding(naive, options);
              expect(standingObservation(ds, c.code, p.code, i.id, options)).toBe(standing);
              expect(chosenObservation(naive, options)).toBe(standing);
              // prepare() scores exactly the standing reading of each cell
              const at = prepared.cellIndexByKey.get(key);
              expect(at === undefined ? undefined : prepared.cells[at]!.observation).toBe(standing);
              if (naive.length > 0) coded += 1;
              readings += naive.length;
            }
        const counts = datasetCounts(ds);
        expect(counts.cellsCoded).toBe(coded);
        expect(counts.readings).toBe(readings);
        expect(counts.missingCells).toBe(missingCells(ds).length);
      }),
      { numRuns: 60 },
    );
  });
});
