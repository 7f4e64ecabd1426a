// One rule for a scenario's numbers, whichever door it comes in by (issue 9): the ranges are
// the model's, the slider records are built from them, and a link, a file and a saved entry
// holding the same number give the same scenario.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '@/data/dataset';
import { KIND_RANGES, WEIGHT_RANGE, type Scenario } from '@/model';
import { readScenarioFile, restoreScenario } from '@/scenario/file';
import { isNumericRecord, sliderIndex, type NumericSliderRecord } from '@/scenario/sliders';
import { decodeScenario } from '@/scenario/urlCodec';

const numericRecords = sliderIndex(dataset).records.filter(isNumericRecord);
const indicators = new Map(dataset.indicators.map((i) => [i.id, i]));

function fileOf(record: NumericSliderRecord, value: number) {
  if (record.group === 'assumption') return { overrides: { [record.key]: value } };
  if (record.group === 'dimensionWeight')
    return { dimensionWeights: { [record.dimension]: value } };
  return { indicatorWeights: { [record.indicator!]: value } };
}

const numbersOnly = ({ name: _n, description: _d, ...rest }: Scenario) => rest;

describe('the ranges of a scenario’s numbers', () => {
  it('are the model’s: each slider record’s range comes from them', () => {
    for (const record of numericRecords) {
      if (record.group === 'assumption') {
        const kind = indicators.get(record.indicator!)!.kind;
        if (kind === 'share' || kind === 'ordinal') {
          expect([record.min, record.max]).toEqual([KIND_RANGES[kind].min, KIND_RANGES[kind].max]);
        }
      } else {
        const baseline = record.baseline ?? 0;
        expect(record.min).toBe(WEIGHT_RANGE.min);
        expect(record.max).toBe(Math.max(WEIGHT_RANGE.max, Math.ceil(baseline)));
      }
    }
  });

  it('hold a number alike in a link, a file and a saved entry, the link and the file reporting the same changes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...numericRecords),
        fc.oneof(
          fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
          fc.constantFrom(50, 1e308, 0.0001, -1, 12.3456),
        ),
        (record, value) => {
          const file = readScenarioFile(dataset, JSON.stringify(fileOf(record, value)));
          const saved = restoreScenario(dataset, fileOf(record, JSON.parse(JSON.stringify(value))));
          const link = decodeScenario(
            dataset,
            new URLSearchParams([[record.param, JSON.stringify(value)]]),
          );
          if (!file.ok || !saved.ok) throw new Error('a number in range of nothing was refused');
          expect(numbersOnly(link.scenario)).toEqual(numbersOnly(file.data.scenario));
          expect(numbersOnly(saved.data)).toEqual(numbersOnly(file.data.scenario));
          // Every change, whatever its code (clamped, rounded, zeroed), with the same numbers.
          const asReported = (
            c: (typeof file.data.changes)[number] | (typeof link.adjusted)[number],
          ) => ({
            code: c.code,
            from: c.from,
            to: c.to,
            recordKey: c.recordKey,
            reason: c.reason,
          });
          expect(link.adjusted.map(asReported)).toEqual(file.data.changes.map(asReported));
          expect(link.ignored).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('report tiny weights rounded to 0 from a link as a file does (zeroed, not silently)', () => {
    const weights = ['economic', 'infrastructure', 'digital', 'security'] as const;
    const link = decodeScenario(dataset, weights.map((d) => `w.${d}=0.001`).join('&'));
    const file = readScenarioFile(
      dataset,
      JSON.stringify({ dimensionWeights: Object.fromEntries(weights.map((d) => [d, 0.001])) }),
    );
    if (!file.ok) throw new Error(file.reason);
    expect(file.data.changes.map((c) => c.code)).toEqual(['zeroed', 'zeroed', 'zeroed', 'zeroed']);
    expect(link.adjusted.map((a) => [a.param, a.code, a.from, a.to])).toEqual(
      weights.map((d) => [`w.${d}`, 'zeroed', 0.001, 0]),
    );
  });
});
