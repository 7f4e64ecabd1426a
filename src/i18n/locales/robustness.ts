// Messages of the robustness table: how many specifications lean each way, per country, and
// the name of each specification (English and Russian with the same keys). The rule that
// lists the specifications is src/scenario/robustness.ts. Loaded lazily, with /analysis.
import type { Namespace } from './types';

const en = {
  heading: 'Robustness across specifications',
  intro:
    'How sure is each lean? The overall tilt is recomputed under each reasonable way of computing it: the other mean, the other reading of each data source, equal weights and each preset, one change at a time from the current scenario. Two changes that come to the same scenario are one row and count once. Each tilt is read by the same rule as everywhere in the app, with its own Monte Carlo draws.',
  /**
   * One line per country. `count` (the number of specifications) picks the plural form;
   * `total` and `n` are the numbers as written.
   */
  summary: {
    lead_one: '{{country}} leans to {{partner}} under {{n}} of {{total}} specification',
    lead_few: '{{country}} leans to {{partner}} under {{n}} of {{total}} specifications',
    lead_many: '{{country}} leans to {{partner}} under {{n}} of {{total}} specifications',
    lead_other: '{{country}} leans to {{partner}} under {{n}} of {{total}} specifications',
    neither_one: '{{country}} leans to neither side under its {{total}} specification',
    neither_few: '{{country}} leans to neither side under any of {{total}} specifications',
    neither_many: '{{country}} leans to neither side under any of {{total}} specifications',
    neither_other: '{{country}} leans to neither side under any of {{total}} specifications',
    otherSide: ', to {{partner}} under {{n}}',
    uncertain: '; too close to call under {{n}}',
    balanced: '; balanced under {{n}}',
    none: '; no tilt (no data, or excluded by weights) under {{n}}',
    end: '.',
  },
  pending: 'Drawing each specification’s Monte Carlo cases…',
  /** while the draws of a changed scenario run: the lines and table are still the last ones */
  updating: 'Updating for the changed scenario…',
  /** said once (a polite status) when the changed scenario's result is in */
  updated: 'Robustness updated for the current scenario. {{summary}}',
  table: {
    caption:
      'Overall tilt ({{first}} − {{second}}) of each country under each specification, and how the lean rule reads it',
    specification: 'Specification',
    tilt: '{{country}}: tilt',
    reading: '{{country}}: reading',
  },
  /** what each specification changes from the current scenario */
  spec: {
    baseline: 'Baseline (the data as published)',
    scenario: 'Current scenario: {{name}}',
    scenarioUnnamed: 'Current scenario',
    geometric: 'Geometric mean of the dimensions',
    arithmetic: 'Arithmetic mean of the dimensions',
    option: '{{option}}: {{choice}}',
    weights: 'Equal weights (every dimension and indicator 1)',
    preset: 'Preset: {{name}}',
    also: 'same as: {{list}}',
  },
} as const;

export const robustness: Namespace<typeof en> = {
  en,
  ru: {
    heading: 'Устойчивость к выбору спецификации',
    intro:
      'Насколько надёжен каждый крен? Общий крен пересчитывается при каждом обоснованном способе расчёта: другое среднее, другой источник данных для каждого параметра, равные веса и каждый готовый сценарий — по одному изменению относительно текущего сценария. Два изменения, дающие один и тот же сценарий, — одна строка и считаются один раз. Каждый крен оценивается по тому же правилу, что и во всём приложении, со своими симуляциями Монте-Карло.',
    summary: {
      // «из N» требует родительного падежа: из 1 (21) спецификации, из 2–4 и 5+ спецификаций.
      lead_one: '{{country}}: крен к {{partner}} в {{n}} из {{total}} спецификации',
      lead_few: '{{country}}: крен к {{partner}} в {{n}} из {{total}} спецификаций',
      lead_many: '{{country}}: крен к {{partner}} в {{n}} из {{total}} спецификаций',
      lead_other: '{{country}}: крен к {{partner}} в {{n}} из {{total}} спецификации',
      neither_one: '{{country}}: ни в одной из {{total}} спецификации нет крена ни к одной стороне',
      neither_few: '{{country}}: ни в одной из {{total}} спецификаций нет крена ни к одной стороне',
      neither_many:
        '{{country}}: ни в одной из {{total}} спецификаций нет крена ни к одной стороне',
      neither_other:
        '{{country}}: ни в одной из {{total}} спецификации нет крена ни к одной стороне',
      otherSide: ', к {{partner}} — в {{n}}',
      uncertain: '; направление неясно — в {{n}}',
      balanced: '; равновесие — в {{n}}',
      none: '; крена нет (нет данных или исключено весами) — в {{n}}',
      end: '.',
    },
    pending: 'Идут симуляции Монте-Карло для каждой спецификации…',
    updating: 'Обновляется для изменённого сценария…',
    updated: 'Устойчивость обновлена для текущего сценария. {{summary}}',
    table: {
      caption:
        'Общий крен ({{first}} − {{second}}) каждой страны в каждой спецификации и его оценка по правилу крена',
      specification: 'Спецификация',
      tilt: '{{country}}: крен',
      reading: '{{country}}: оценка',
    },
    spec: {
      baseline: 'Базовый сценарий (данные в опубликованном виде)',
      scenario: 'Текущий сценарий: {{name}}',
      scenarioUnnamed: 'Текущий сценарий',
      geometric: 'Среднее геометрическое по измерениям',
      arithmetic: 'Среднее арифметическое по измерениям',
      option: '{{option}}: {{choice}}',
      weights: 'Равные веса (все измерения и показатели — 1)',
      preset: 'Готовый сценарий: {{name}}',
      also: 'то же, что: {{list}}',
    },
  },
};
