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
  openCountry: 'Country page',
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
    dimension: 'Dimension',
    country: 'Country',
    tilt: 'Tilt',
    lean: 'Reading',
    interval: '90% interval',
    pPositive: 'Share of draws leaning to China',
    baseline: 'Baseline',
    change: 'Change',
    pending: 'computing…',
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
    allChina_one: '{{country}} leans to China in the only dimension with data ({{list}})',
    allChina_few: '{{country}} leans to China in all {{count}} dimensions',
    allChina_many: '{{country}} leans to China in all {{count}} dimensions',
    allChina_other: '{{country}} leans to China in all {{count}} dimensions',
    allRussia_one: '{{country}} leans to Russia in the only dimension with data ({{list}})',
    allRussia_few: '{{country}} leans to Russia in all {{count}} dimensions',
    allRussia_many: '{{country}} leans to Russia in all {{count}} dimensions',
    allRussia_other: '{{country}} leans to Russia in all {{count}} dimensions',
    allBalanced_one:
      '{{country}} is balanced between China and Russia in the only dimension with data ({{list}})',
    allBalanced_few: '{{country}} is balanced between China and Russia in all {{count}} dimensions',
    allBalanced_many:
      '{{country}} is balanced between China and Russia in all {{count}} dimensions',
    allBalanced_other:
      '{{country}} is balanced between China and Russia in all {{count}} dimensions',
    mostlyChina: '{{country}} leans to China in {{n}} of {{total}} dimensions',
    mostlyRussia: '{{country}} leans to Russia in {{n}} of {{total}} dimensions',
    split_one: "{{country}}'s dimensions divide: {{china}} leans to China, {{russia}} to Russia",
    split_few: "{{country}}'s dimensions divide: {{china}} lean to China, {{russia}} to Russia",
    split_many: "{{country}}'s dimensions divide: {{china}} lean to China, {{russia}} to Russia",
    split_other: "{{country}}'s dimensions divide: {{china}} lean to China, {{russia}} to Russia",
    allUncertain_one:
      '{{country}}: the only dimension with data ({{list}}) is too close to call between China and Russia',
    allUncertain_few:
      '{{country}}: all {{count}} dimensions are too close to call between China and Russia',
    allUncertain_many:
      '{{country}}: all {{count}} dimensions are too close to call between China and Russia',
    allUncertain_other:
      '{{country}}: all {{count}} dimensions are too close to call between China and Russia',
    noneClear:
      '{{country}} leans clearly in no dimension (too close to call: {{uncertain}}; balanced: {{balanced}})',
    uncertainPart_one: '; {{list}} is too close to call',
    uncertainPart_few: '; {{list}} are too close to call',
    uncertainPart_many: '; {{list}} are too close to call',
    uncertainPart_other: '; {{list}} are too close to call',
    stillRussia_one: '; {{list}} still leans to Russia',
    stillRussia_few: '; {{list}} still lean to Russia',
    stillRussia_many: '; {{list}} still lean to Russia',
    stillRussia_other: '; {{list}} still lean to Russia',
    alreadyChina_one: '; {{list}} already leans to China',
    alreadyChina_few: '; {{list}} already lean to China',
    alreadyChina_many: '; {{list}} already lean to China',
    alreadyChina_other: '; {{list}} already lean to China',
    balancedPart_one: '; {{list}} is balanced',
    balancedPart_few: '; {{list}} are balanced',
    balancedPart_many: '; {{list}} are balanced',
    balancedPart_other: '; {{list}} are balanced',
    missing: ' (no data for {{list}})',
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
    openCountry: 'Страница страны',
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
      dimension: 'Измерение',
      country: 'Страна',
      tilt: 'Крен',
      lean: 'Оценка направления',
      interval: '90-процентный интервал',
      pPositive: 'Доля симуляций с креном к Китаю',
      baseline: 'Базовый сценарий',
      change: 'Изменение',
      pending: 'расчёт…',
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
      allChina_one: '{{country}}: крен к Китаю в единственном измерении с данными ({{list}})',
      allChina_few: '{{country}}: крен к Китаю во всех {{count}} измерениях',
      allChina_many: '{{country}}: крен к Китаю во всех {{count}} измерениях',
      allChina_other: '{{country}}: крен к Китаю во всех {{count}} измерениях',
      allRussia_one: '{{country}}: крен к России в единственном измерении с данными ({{list}})',
      allRussia_few: '{{country}}: крен к России во всех {{count}} измерениях',
      allRussia_many: '{{country}}: крен к России во всех {{count}} измерениях',
      allRussia_other: '{{country}}: крен к России во всех {{count}} измерениях',
      allBalanced_one:
        '{{country}}: равновесие между Китаем и Россией в единственном измерении с данными ({{list}})',
      allBalanced_few:
        '{{country}}: равновесие между Китаем и Россией во всех {{count}} измерениях',
      allBalanced_many:
        '{{country}}: равновесие между Китаем и Россией во всех {{count}} измерениях',
      allBalanced_other:
        '{{country}}: равновесие между Китаем и Россией во всех {{count}} измерениях',
      mostlyChina: '{{country}}: крен к Китаю в {{n}} из {{total}} измерений',
      mostlyRussia: '{{country}}: крен к России в {{n}} из {{total}} измерений',
      split_one:
        '{{country}}: измерения расходятся — {{china}} тяготеет к Китаю, {{russia}} — к России',
      split_few:
        '{{country}}: измерения расходятся — {{china}} тяготеют к Китаю, {{russia}} — к России',
      split_many:
        '{{country}}: измерения расходятся — {{china}} тяготеют к Китаю, {{russia}} — к России',
      split_other:
        '{{country}}: измерения расходятся — {{china}} тяготеют к Китаю, {{russia}} — к России',
      allUncertain_one:
        '{{country}}: в единственном измерении с данными ({{list}}) направление между Китаем и Россией неясно',
      allUncertain_few:
        '{{country}}: во всех {{count}} измерениях направление между Китаем и Россией неясно',
      allUncertain_many:
        '{{country}}: во всех {{count}} измерениях направление между Китаем и Россией неясно',
      allUncertain_other:
        '{{country}}: во всех {{count}} измерениях направление между Китаем и Россией неясно',
      noneClear:
        '{{country}}: явного крена нет ни в одном измерении (направление неясно: {{uncertain}}; равновесие: {{balanced}})',
      uncertainPart_one: '; {{list}} — направление неясно',
      uncertainPart_few: '; {{list}} — направление неясно',
      uncertainPart_many: '; {{list}} — направление неясно',
      uncertainPart_other: '; {{list}} — направление неясно',
      stillRussia_one: '; {{list}} по-прежнему тяготеет к России',
      stillRussia_few: '; {{list}} по-прежнему тяготеют к России',
      stillRussia_many: '; {{list}} по-прежнему тяготеют к России',
      stillRussia_other: '; {{list}} по-прежнему тяготеют к России',
      alreadyChina_one: '; {{list}} уже тяготеет к Китаю',
      alreadyChina_few: '; {{list}} уже тяготеют к Китаю',
      alreadyChina_many: '; {{list}} уже тяготеют к Китаю',
      alreadyChina_other: '; {{list}} уже тяготеют к Китаю',
      balancedPart_one: '; {{list}} — в равновесии',
      balancedPart_few: '; {{list}} — в равновесии',
      balancedPart_many: '; {{list}} — в равновесии',
      balancedPart_other: '; {{list}} — в равновесии',
      missing: ' (нет данных: {{list}})',
    },
  },
};
