// Messages of the overview view (English and Russian with the same keys).
// Plural keys carry all four suffixes (_one, _few, _many, _other) in both languages so that the
// two trees have the same shape: English uses _one and _other, Russian all four.
import type { Widen } from './types';

const en = {
  pageTitle: 'Overview',
  heading: 'Where {{countries}} stand between China and Russia',
  intro:
    'Dependence on each partner is scored from 0 (none) to 100 (complete); numbers in brackets are 90% intervals. The tilt is the China score minus the Russia score: bars to the right lean to China, to the left to Russia.',
  overallDependence: 'overall dependence, 0–100',
  intervalPrefix: '90% interval',
  intervalPending: 'computing the 90% interval…',
  baseline: 'baseline {{value}}',
  changeLabel: 'change',
  tiltTitle: '{{country}}: tilt by dimension',
  tiltSource:
    'Tilt = China score − Russia score, on a fixed scale from −100 (Russia) to +100 (China).',
  tiltAria: '{{country}}: tilt between China and Russia by dimension. {{values}}',
  pHeading:
    'How sure is the direction? Read from {{draws}} Monte Carlo draws: a tilt leans only where at least {{threshold}} of the draws agree',
  pPending: 'Computing how sure each direction is…',
  pLine: '{{dimension}} — {{reading}}',
  table: {
    caption: '{{country}}: tilt by dimension (China score − Russia score)',
  },
  sourceBefore_one:
    'Scores computed by Fulcrum from {{count}} observation; sources on the country pages (',
  sourceBefore_few:
    'Scores computed by Fulcrum from {{count}} sourced cells (country × partner × indicator); sources on the country pages (',
  sourceBefore_many:
    'Scores computed by Fulcrum from {{count}} sourced cells (country × partner × indicator); sources on the country pages (',
  sourceBefore_other:
    'Scores computed by Fulcrum from {{count}} sourced cells (country × partner × indicator); sources on the country pages (',
  sourceMiddle: ') and in ',
  methodology: 'Methodology',
  sourceAfter: '.',
  headline: {
    and: 'and',
    dimensions: {
      economic: 'economic',
      infrastructure: 'infrastructure',
      digital: 'digital',
      security: 'security',
    },
    noData: '{{country}}: not enough data for a headline',
    // every dimension with data is left out by its weights (src/model/missing.ts)
    excluded: '{{country}}: the weights exclude every dimension ({{where}})',
    // _only: the one dimension with data; the plural forms count all of them (2 or more).
    allChina_only: '{{country}} leans to China in the only dimension with data ({{list}})',
    allChina_one: '{{country}} leans to China in all {{count}} dimensions',
    allChina_few: '{{country}} leans to China in all {{count}} dimensions',
    allChina_many: '{{country}} leans to China in all {{count}} dimensions',
    allChina_other: '{{country}} leans to China in all {{count}} dimensions',
    allRussia_only: '{{country}} leans to Russia in the only dimension with data ({{list}})',
    allRussia_one: '{{country}} leans to Russia in all {{count}} dimensions',
    allRussia_few: '{{country}} leans to Russia in all {{count}} dimensions',
    allRussia_many: '{{country}} leans to Russia in all {{count}} dimensions',
    allRussia_other: '{{country}} leans to Russia in all {{count}} dimensions',
    allBalanced_only:
      '{{country}} is balanced between China and Russia in the only dimension with data ({{list}})',
    allBalanced_one: '{{country}} is balanced between China and Russia in all {{count}} dimensions',
    allBalanced_few: '{{country}} is balanced between China and Russia in all {{count}} dimensions',
    allBalanced_many:
      '{{country}} is balanced between China and Russia in all {{count}} dimensions',
    allBalanced_other:
      '{{country}} is balanced between China and Russia in all {{count}} dimensions',
    // {{count}} is the total: Russian declines the noun after "из" by it
    mostlyChina_one: '{{country}} leans to China in {{n}} of {{count}} dimension',
    mostlyChina_few: '{{country}} leans to China in {{n}} of {{count}} dimensions',
    mostlyChina_many: '{{country}} leans to China in {{n}} of {{count}} dimensions',
    mostlyChina_other: '{{country}} leans to China in {{n}} of {{count}} dimensions',
    mostlyRussia_one: '{{country}} leans to Russia in {{n}} of {{count}} dimension',
    mostlyRussia_few: '{{country}} leans to Russia in {{n}} of {{count}} dimensions',
    mostlyRussia_many: '{{country}} leans to Russia in {{n}} of {{count}} dimensions',
    mostlyRussia_other: '{{country}} leans to Russia in {{n}} of {{count}} dimensions',
    // A list as a subject: the verb agrees with one item, or (_several) with more than one.
    split:
      "{{country}}'s dimensions divide: {{positiveList}} leans to China, {{negativeList}} to Russia",
    split_several:
      "{{country}}'s dimensions divide: {{positiveList}} lean to China, {{negativeList}} to Russia",
    allUncertain_only:
      '{{country}}: the only dimension with data ({{list}}) is too close to call between China and Russia',
    allUncertain_one:
      '{{country}}: all {{count}} dimensions are too close to call between China and Russia',
    allUncertain_few:
      '{{country}}: all {{count}} dimensions are too close to call between China and Russia',
    allUncertain_many:
      '{{country}}: all {{count}} dimensions are too close to call between China and Russia',
    allUncertain_other:
      '{{country}}: all {{count}} dimensions are too close to call between China and Russia',
    // _kept…: some dimensions are left out by the weights (they have data): the rest are the
    // dimensions the weights keep (keptOnly: one, keptBoth: two, kept_*: plural by count).
    allChina_keptOnly:
      '{{country}} leans to China in the only dimension the weights keep ({{list}})',
    allChina_keptBoth: '{{country}} leans to China in both dimensions the weights keep',
    allChina_kept_one: '{{country}} leans to China in all {{count}} dimensions the weights keep',
    allChina_kept_few: '{{country}} leans to China in all {{count}} dimensions the weights keep',
    allChina_kept_many: '{{country}} leans to China in all {{count}} dimensions the weights keep',
    allChina_kept_other: '{{country}} leans to China in all {{count}} dimensions the weights keep',
    allRussia_keptOnly:
      '{{country}} leans to Russia in the only dimension the weights keep ({{list}})',
    allRussia_keptBoth: '{{country}} leans to Russia in both dimensions the weights keep',
    allRussia_kept_one: '{{country}} leans to Russia in all {{count}} dimensions the weights keep',
    allRussia_kept_few: '{{country}} leans to Russia in all {{count}} dimensions the weights keep',
    allRussia_kept_many: '{{country}} leans to Russia in all {{count}} dimensions the weights keep',
    allRussia_kept_other:
      '{{country}} leans to Russia in all {{count}} dimensions the weights keep',
    allBalanced_keptOnly:
      '{{country}} is balanced between China and Russia in the only dimension the weights keep ({{list}})',
    allBalanced_keptBoth:
      '{{country}} is balanced between China and Russia in both dimensions the weights keep',
    allBalanced_kept_one:
      '{{country}} is balanced between China and Russia in all {{count}} dimensions the weights keep',
    allBalanced_kept_few:
      '{{country}} is balanced between China and Russia in all {{count}} dimensions the weights keep',
    allBalanced_kept_many:
      '{{country}} is balanced between China and Russia in all {{count}} dimensions the weights keep',
    allBalanced_kept_other:
      '{{country}} is balanced between China and Russia in all {{count}} dimensions the weights keep',
    allUncertain_keptOnly:
      '{{country}}: the only dimension the weights keep ({{list}}) is too close to call between China and Russia',
    allUncertain_keptBoth:
      '{{country}}: both dimensions the weights keep are too close to call between China and Russia',
    allUncertain_kept_one:
      '{{country}}: all {{count}} dimensions the weights keep are too close to call between China and Russia',
    allUncertain_kept_few:
      '{{country}}: all {{count}} dimensions the weights keep are too close to call between China and Russia',
    allUncertain_kept_many:
      '{{country}}: all {{count}} dimensions the weights keep are too close to call between China and Russia',
    allUncertain_kept_other:
      '{{country}}: all {{count}} dimensions the weights keep are too close to call between China and Russia',
    noneClear:
      '{{country}} leans clearly in no dimension (too close to call: {{uncertain}}; balanced: {{balanced}})',
    uncertainPart: '; {{list}} is too close to call',
    uncertainPart_several: '; {{list}} are too close to call',
    stillRussia: '; {{list}} still leans to Russia',
    stillRussia_several: '; {{list}} still lean to Russia',
    alreadyChina: '; {{list}} already leans to China',
    alreadyChina_several: '; {{list}} already lean to China',
    balancedPart: '; {{list}} is balanced',
    balancedPart_several: '; {{list}} are balanced',
    // what is left out, in one parenthesis: "(no data for digital; security excluded by weights)"
    notes: ' ({{notes}})',
    missing: 'no data for {{list}}',
    excludedPart: '{{list}} excluded by weights',
  },
} as const;

export const overview: { en: Widen<typeof en>; ru: Widen<typeof en> } = {
  en,
  ru: {
    pageTitle: 'Обзор',
    heading: '{{countries}} между Китаем и Россией: расклад сил',
    intro:
      'Зависимость от каждого партнёра оценивается от 0 (нет) до 100 (полная); в скобках — 90-процентные интервалы. Крен — это оценка Китая минус оценка России: полосы вправо означают крен к Китаю, влево — к России.',
    overallDependence: 'общая зависимость, 0–100',
    intervalPrefix: '90-процентный интервал',
    intervalPending: 'расчёт 90-процентного интервала…',
    baseline: 'базовый сценарий: {{value}}',
    changeLabel: 'изменение',
    tiltTitle: '{{country}}: крен по измерениям',
    tiltSource:
      'Крен = оценка Китая − оценка России, на единой шкале от −100 (Россия) до +100 (Китай).',
    tiltAria: '{{country}}: крен между Китаем и Россией по измерениям. {{values}}',
    pHeading:
      'Насколько надёжно направление? По {{draws}} симуляциям Монте-Карло: крен указан, только если с ним согласны не менее {{threshold}} симуляций',
    pPending: 'Идёт расчёт надёжности направлений…',
    pLine: '{{dimension}} — {{reading}}',
    table: {
      caption: '{{country}}: крен по измерениям (оценка Китая − оценка России)',
    },
    sourceBefore_one:
      'Оценки рассчитаны Fulcrum по {{count}} ячейке с источниками (страна × партнёр × индикатор); источники — на страницах стран (',
    sourceBefore_few:
      'Оценки рассчитаны Fulcrum по {{count}} ячейкам с источниками (страна × партнёр × индикатор); источники — на страницах стран (',
    sourceBefore_many:
      'Оценки рассчитаны Fulcrum по {{count}} ячейкам с источниками (страна × партнёр × индикатор); источники — на страницах стран (',
    sourceBefore_other:
      'Оценки рассчитаны Fulcrum по {{count}} ячейкам с источниками (страна × партнёр × индикатор); источники — на страницах стран (',
    sourceMiddle: ') и в разделе ',
    methodology: '«Методология»',
    sourceAfter: '.',
    headline: {
      and: 'и',
      dimensions: {
        economic: 'экономика',
        infrastructure: 'инфраструктура',
        digital: 'цифровая сфера',
        security: 'безопасность',
      },
      noData: '{{country}}: недостаточно данных для вывода',
      excluded: '{{country}}: веса исключают все измерения ({{where}})',
      allChina_only: '{{country}}: крен к Китаю в единственном измерении с данными ({{list}})',
      allChina_one: '{{country}}: крен к Китаю во всех {{count}} измерении',
      allChina_few: '{{country}}: крен к Китаю во всех {{count}} измерениях',
      allChina_many: '{{country}}: крен к Китаю во всех {{count}} измерениях',
      allChina_other: '{{country}}: крен к Китаю во всех {{count}} измерениях',
      allRussia_only: '{{country}}: крен к России в единственном измерении с данными ({{list}})',
      allRussia_one: '{{country}}: крен к России во всех {{count}} измерении',
      allRussia_few: '{{country}}: крен к России во всех {{count}} измерениях',
      allRussia_many: '{{country}}: крен к России во всех {{count}} измерениях',
      allRussia_other: '{{country}}: крен к России во всех {{count}} измерениях',
      allBalanced_only:
        '{{country}}: равновесие между Китаем и Россией в единственном измерении с данными ({{list}})',
      allBalanced_one: '{{country}}: равновесие между Китаем и Россией во всех {{count}} измерении',
      allBalanced_few:
        '{{country}}: равновесие между Китаем и Россией во всех {{count}} измерениях',
      allBalanced_many:
        '{{country}}: равновесие между Китаем и Россией во всех {{count}} измерениях',
      allBalanced_other:
        '{{country}}: равновесие между Китаем и Россией во всех {{count}} измерениях',
      // «во всех 21 измерении», «из 21 измерения», «из 4 измерений», «из 5 измерений»
      mostlyChina_one: '{{country}}: крен к Китаю в {{n}} из {{count}} измерения',
      mostlyChina_few: '{{country}}: крен к Китаю в {{n}} из {{count}} измерений',
      mostlyChina_many: '{{country}}: крен к Китаю в {{n}} из {{count}} измерений',
      mostlyChina_other: '{{country}}: крен к Китаю в {{n}} из {{count}} измерения',
      mostlyRussia_one: '{{country}}: крен к России в {{n}} из {{count}} измерения',
      mostlyRussia_few: '{{country}}: крен к России в {{n}} из {{count}} измерений',
      mostlyRussia_many: '{{country}}: крен к России в {{n}} из {{count}} измерений',
      mostlyRussia_other: '{{country}}: крен к России в {{n}} из {{count}} измерения',
      split:
        '{{country}}: измерения расходятся — {{positiveList}} тяготеет к Китаю, {{negativeList}} — к России',
      split_several:
        '{{country}}: измерения расходятся — {{positiveList}} тяготеют к Китаю, {{negativeList}} — к России',
      allUncertain_only:
        '{{country}}: в единственном измерении с данными ({{list}}) направление между Китаем и Россией неясно',
      allUncertain_one:
        '{{country}}: во всех {{count}} измерении направление между Китаем и Россией неясно',
      allUncertain_few:
        '{{country}}: во всех {{count}} измерениях направление между Китаем и Россией неясно',
      allUncertain_many:
        '{{country}}: во всех {{count}} измерениях направление между Китаем и Россией неясно',
      allUncertain_other:
        '{{country}}: во всех {{count}} измерениях направление между Китаем и Россией неясно',
      // «в единственном измерении, которое…», «в обоих измерениях, которые…»,
      // «во всех 21 измерении, которое…», «во всех 3 измерениях, которые…»
      allChina_keptOnly:
        '{{country}}: крен к Китаю в единственном измерении, которое оставляют веса ({{list}})',
      allChina_keptBoth: '{{country}}: крен к Китаю в обоих измерениях, которые оставляют веса',
      allChina_kept_one:
        '{{country}}: крен к Китаю во всех {{count}} измерении, которое оставляют веса',
      allChina_kept_few:
        '{{country}}: крен к Китаю во всех {{count}} измерениях, которые оставляют веса',
      allChina_kept_many:
        '{{country}}: крен к Китаю во всех {{count}} измерениях, которые оставляют веса',
      allChina_kept_other:
        '{{country}}: крен к Китаю во всех {{count}} измерениях, которые оставляют веса',
      allRussia_keptOnly:
        '{{country}}: крен к России в единственном измерении, которое оставляют веса ({{list}})',
      allRussia_keptBoth: '{{country}}: крен к России в обоих измерениях, которые оставляют веса',
      allRussia_kept_one:
        '{{country}}: крен к России во всех {{count}} измерении, которое оставляют веса',
      allRussia_kept_few:
        '{{country}}: крен к России во всех {{count}} измерениях, которые оставляют веса',
      allRussia_kept_many:
        '{{country}}: крен к России во всех {{count}} измерениях, которые оставляют веса',
      allRussia_kept_other:
        '{{country}}: крен к России во всех {{count}} измерениях, которые оставляют веса',
      allBalanced_keptOnly:
        '{{country}}: равновесие между Китаем и Россией в единственном измерении, которое оставляют веса ({{list}})',
      allBalanced_keptBoth:
        '{{country}}: равновесие между Китаем и Россией в обоих измерениях, которые оставляют веса',
      allBalanced_kept_one:
        '{{country}}: равновесие между Китаем и Россией во всех {{count}} измерении, которое оставляют веса',
      allBalanced_kept_few:
        '{{country}}: равновесие между Китаем и Россией во всех {{count}} измерениях, которые оставляют веса',
      allBalanced_kept_many:
        '{{country}}: равновесие между Китаем и Россией во всех {{count}} измерениях, которые оставляют веса',
      allBalanced_kept_other:
        '{{country}}: равновесие между Китаем и Россией во всех {{count}} измерениях, которые оставляют веса',
      allUncertain_keptOnly:
        '{{country}}: в единственном измерении, которое оставляют веса ({{list}}), направление между Китаем и Россией неясно',
      allUncertain_keptBoth:
        '{{country}}: в обоих измерениях, которые оставляют веса, направление между Китаем и Россией неясно',
      allUncertain_kept_one:
        '{{country}}: во всех {{count}} измерении, которое оставляют веса, направление между Китаем и Россией неясно',
      allUncertain_kept_few:
        '{{country}}: во всех {{count}} измерениях, которые оставляют веса, направление между Китаем и Россией неясно',
      allUncertain_kept_many:
        '{{country}}: во всех {{count}} измерениях, которые оставляют веса, направление между Китаем и Россией неясно',
      allUncertain_kept_other:
        '{{country}}: во всех {{count}} измерениях, которые оставляют веса, направление между Китаем и Россией неясно',
      noneClear:
        '{{country}}: явного крена нет ни в одном измерении (направление неясно: {{uncertain}}; равновесие: {{balanced}})',
      uncertainPart: '; {{list}} — направление неясно',
      uncertainPart_several: '; {{list}} — направление неясно',
      stillRussia: '; {{list}} по-прежнему тяготеет к России',
      stillRussia_several: '; {{list}} по-прежнему тяготеют к России',
      alreadyChina: '; {{list}} уже тяготеет к Китаю',
      alreadyChina_several: '; {{list}} уже тяготеют к Китаю',
      balancedPart: '; {{list}} — в равновесии',
      balancedPart_several: '; {{list}} — в равновесии',
      notes: ' ({{notes}})',
      missing: 'нет данных: {{list}}',
      excludedPart: 'исключено весами: {{list}}',
    },
  },
};
