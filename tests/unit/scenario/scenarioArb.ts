// Arbitrary scenarios of a data set, built from its slider records (every value inside its
// slider's range), for property tests of what reads two or more scenarios.
import fc from 'fast-check';
import type { Dataset, Scenario } from '@/model';
import { buildSliderRecords, normalizeScenario, sliderKey } from '@/scenario/sliders';
import { EMPTY_SCENARIO } from '@/scenario/store';

export function scenarioArb(dataset: Dataset, maxChanges = 6): fc.Arbitrary<Scenario> {
  const records = buildSliderRecords(dataset);
  return fc
    .array(fc.tuple(fc.nat(records.length - 1), fc.double({ min: 0, max: 1, noNaN: true })), {
      maxLength: maxChanges,
    })
    .map((picks) => {
      const scenario: Scenario = {
        ...EMPTY_SCENARIO,
        name: 'arbitrary',
        overrides: {},
        dimensionWeights: {},
        indicatorWeights: {},
        options: {},
      };
      for (const [index, position] of picks) {
        const record = records[index]!;
        if (record.control === 'choice') {
          const choice =
            record.choices[
              Math.min(record.choices.length - 1, Math.floor(position * record.choices.length))
            ]!;
          if (record.group === 'aggregation')
            scenario.aggregation = choice.value === 'geometric' ? 'geometric' : 'arithmetic';
          else scenario.options[record.key.slice(sliderKey.option('').length)] = choice.value;
          continue;
        }
        const value = record.min + position * (record.max - record.min);
        if (record.group === 'assumption') scenario.overrides[record.key] = value;
        else if (record.group === 'dimensionWeight')
          scenario.dimensionWeights[record.dimension] = value;
        else scenario.indicatorWeights[record.indicator!] = value;
      }
      return normalizeScenario(dataset, scenario);
    });
}
