// Messages of the compare view (English and Russian with the same keys).
import type { Widen } from './types';

const en = {
  pageTitle: 'Compare',
  and: 'and',
  heading: '{{countries}} compared',
  intro:
    'Both countries on the same scales: dependence scores from 0 to 100 for each partner, and the tilt (China score − Russia score) from −100 to +100. The table at the bottom lists the largest differences first.',
  choose: {
    legend: 'Countries to compare',
    first: 'First country',
    second: 'Second country',
  },
  scoresTitle: '{{country}}: dependence on China and Russia',
  /** scoresTitle for a data set whose partners are not China and Russia alone */
  scoresTitlePartners: '{{country}}: dependence on {{partners}}',
  /** the tilt's wording for a data set whose tilt pair is not China − Russia */
  pair: {
    intro:
      'Both countries on the same scales: dependence scores from 0 to 100 for each partner, and the tilt ({{positive}} score − {{negative}} score) from −100 to +100. The table at the bottom lists the largest differences first.',
    tiltSource:
      'Tilt = {{positive}} score − {{negative}} score, on a fixed scale from −100 ({{negative}}) to +100 ({{positive}}); bars labelled with the country code.',
    tiltAria:
      'Tilt between {{positive}} and {{negative}} by dimension for {{countries}}. {{values}}',
    tiltCaption: 'Tilt by dimension and country ({{positive}} score − {{negative}} score)',
    /** the tilt phrases of the differences (phrase.tiltFurtherChina…), by side */
    phrase: {
      tiltFurtherPositive:
        "{{more}}'s {{dimension}} tilt leans further to {{positive}} than {{less}}'s, by {{diff}} points",
      tiltLessNegative:
        "{{more}}'s {{dimension}} tilt leans less to {{negative}} than {{less}}'s, by {{diff}} points",
      tiltApart:
        '{{dimensionLabel}}: {{higher}} leans to {{positive}}, {{lower}} to {{negative}} ({{diff}} points apart)',
    },
  },
  scoresSource: 'Scores computed by Fulcrum on a fixed 0–100 scale; sources on the country page:',
  scoresAria: '{{country}}: dependence scores from 0 to 100 by dimension and partner. {{values}}',
  scoresTable: {
    caption: '{{country}}: dependence scores by dimension and partner (0–100)',
    dimension: 'Dimension',
    partner: 'Partner',
    score: 'Score',
    interval: '90% interval',
    baseline: 'Baseline',
    change: 'Change',
    pending: 'computing…',
  },
  tiltTitle: 'Tilt by dimension: {{countries}}',
  tiltSource:
    'Tilt = China score − Russia score, on a fixed scale from −100 (Russia) to +100 (China); bars labelled with the country code.',
  tiltAria: 'Tilt between China and Russia by dimension for {{countries}}. {{values}}',
  tiltTable: {
    caption: 'Tilt by dimension and country (China score − Russia score)',
  },
  readings: {
    heading:
      'Each tilt read from {{draws}} Monte Carlo draws (a lean needs at least {{threshold}} of the draws on its side):',
    pending: 'Each tilt as read so far (the Monte Carlo draws are being computed):',
  },
  differences: {
    title: 'Largest differences',
    intro: 'Each score and tilt of {{a}} minus the same of {{b}}, largest first.',
    topHeading: 'The three largest',
    caption: 'Differences between {{a}} and {{b}} ({{a}} − {{b}}), largest first',
    rank: 'Rank',
    measure: 'Measure',
    difference: 'Difference ({{a}} − {{b}})',
    baselineDifference: 'Baseline difference',
    phrase: 'In plain words',
    scoreMeasure: '{{dimension}}: dependence on {{partner}}',
    tiltMeasure: '{{dimension}}: tilt',
    /** a partner's name as scoreMeasure takes it (Russian: genitive after «от») */
    partnerFrom: { CN: 'China', RU: 'Russia' },
    none: 'No differences to show: the data set has no scores for both countries.',
    noneExcluded:
      'No differences to show: the weights exclude the scores (every weight feeding them is 0; {{where}}).',
  },
  phrase: {
    dimensions: {
      economic: 'economic',
      infrastructure: 'infrastructure',
      digital: 'digital',
      security: 'security',
      overall: 'overall',
    },
    scoreHigher:
      "{{higher}}'s {{dimension}} dependence on {{partner}} is {{diff}} points higher than {{lower}}'s",
    scoreEqual: '{{a}} and {{b}} have the same {{dimension}} dependence on {{partner}}',
    tiltFurtherChina:
      "{{more}}'s {{dimension}} tilt leans further to China than {{less}}'s, by {{diff}} points",
    tiltLessRussia:
      "{{more}}'s {{dimension}} tilt leans less to Russia than {{less}}'s, by {{diff}} points",
    tiltApart:
      '{{dimensionLabel}}: {{higher}} leans to China, {{lower}} to Russia ({{diff}} points apart)',
    tiltEach:
      '{{dimensionLabel}} tilt, {{diff}} points apart: {{a}} — {{aReading}}; {{b}} — {{bReading}}',
    tiltEqual: '{{a}} and {{b}} have the same {{dimension}} tilt',
    noData: '{{dimensionLabel}}: not enough data to compare',
    excluded: '{{dimensionLabel}}: excluded by weights ({{where}})',
  },
} as const;

export const compare: { en: Widen<typeof en>; ru: Widen<typeof en> } = {
  en,
  ru: {
    pageTitle: 'Сравнение',
    and: 'и',
    heading: '{{countries}}: сравнение',
    intro:
      'Обе страны на одинаковых шкалах: оценки зависимости от каждого партнёра от 0 до 100 и крен (оценка Китая − оценка России) от −100 до +100. В таблице внизу сначала идут самые большие различия.',
    choose: {
      legend: 'Страны для сравнения',
      first: 'Первая страна',
      second: 'Вторая страна',
    },
    scoresTitle: '{{country}}: зависимость от Китая и России',
    scoresTitlePartners: '{{country}}: зависимость от {{partners}}',
    pair: {
      intro:
        'Обе страны на одинаковых шкалах: оценки зависимости от каждого партнёра от 0 до 100 и крен (оценка {{positiveOf}} − оценка {{negativeOf}}) от −100 до +100. В таблице внизу сначала идут самые большие различия.',
      tiltSource:
        'Крен = оценка {{positiveOf}} − оценка {{negativeOf}}, на единой шкале от −100 ({{negative}}) до +100 ({{positive}}); полосы подписаны кодом страны.',
      tiltAria:
        'Крен между {{positiveWith}} и {{negativeWith}} по измерениям: {{countries}}. {{values}}',
      tiltCaption: 'Крен по измерениям и странам (оценка {{positiveOf}} − оценка {{negativeOf}})',
      phrase: {
        tiltFurtherPositive:
          '{{dimensionLabel}}, крен: {{more}} склоняется к {{positiveTo}} сильнее, чем {{less}}, на {{diff}} пункта',
        tiltLessNegative:
          '{{dimensionLabel}}, крен: {{more}} склоняется к {{negativeTo}} слабее, чем {{less}}, на {{diff}} пункта',
        tiltApart:
          '{{dimensionLabel}}, крен: {{higher}} склоняется к {{positiveTo}}, {{lower}} — к {{negativeTo}} (разница {{diff}} пункта)',
      },
    },
    scoresSource:
      'Оценки рассчитаны Fulcrum на единой шкале 0–100; источники — на странице страны:',
    scoresAria: '{{country}}: оценки зависимости от 0 до 100 по измерениям и партнёрам. {{values}}',
    scoresTable: {
      caption: '{{country}}: оценки зависимости по измерениям и партнёрам (0–100)',
      dimension: 'Измерение',
      partner: 'Партнёр',
      score: 'Оценка',
      interval: '90-процентный интервал',
      baseline: 'Базовый сценарий',
      change: 'Изменение',
      pending: 'расчёт…',
    },
    tiltTitle: 'Крен по измерениям: {{countries}}',
    tiltSource:
      'Крен = оценка Китая − оценка России, на единой шкале от −100 (Россия) до +100 (Китай); полосы подписаны кодом страны.',
    tiltAria: 'Крен между Китаем и Россией по измерениям: {{countries}}. {{values}}',
    tiltTable: {
      caption: 'Крен по измерениям и странам (оценка Китая − оценка России)',
    },
    readings: {
      heading:
        'Каждый крен по {{draws}} симуляциям Монте-Карло (крен указан, только если на его стороне не менее {{threshold}} симуляций):',
      pending: 'Каждый крен по предварительной оценке (симуляции Монте-Карло ещё идут):',
    },
    differences: {
      title: 'Главные различия',
      intro: 'Каждая оценка и каждый крен: {{a}} минус {{b}}, сначала самые большие различия.',
      topHeading: 'Три самых больших',
      caption: 'Различия между странами ({{a}} − {{b}}), сначала самые большие',
      rank: 'Место',
      measure: 'Показатель',
      difference: 'Разница ({{a}} − {{b}})',
      baselineDifference: 'Разница в базовом сценарии',
      phrase: 'Простыми словами',
      scoreMeasure: '{{dimension}}: зависимость от {{partner}}',
      tiltMeasure: '{{dimension}}: крен',
      partnerFrom: { CN: 'Китая', RU: 'России' },
      none: 'Различий нет: в наборе данных нет оценок для обеих стран.',
      noneExcluded:
        'Различий нет: веса исключают оценки (все веса, от которых они зависят, равны 0; {{where}}).',
    },
    phrase: {
      dimensions: {
        economic: 'экономика',
        infrastructure: 'инфраструктура',
        digital: 'цифровая сфера',
        security: 'безопасность',
        overall: 'в целом',
      },
      scoreHigher:
        '{{dimensionLabel}}, {{partner}}: {{higher}} зависит сильнее, чем {{lower}}, на {{diff}} пункта',
      scoreEqual: '{{dimensionLabel}}, {{partner}}: {{a}} и {{b}} зависят одинаково',
      tiltFurtherChina:
        '{{dimensionLabel}}, крен: {{more}} склоняется к Китаю сильнее, чем {{less}}, на {{diff}} пункта',
      tiltLessRussia:
        '{{dimensionLabel}}, крен: {{more}} склоняется к России слабее, чем {{less}}, на {{diff}} пункта',
      tiltApart:
        '{{dimensionLabel}}, крен: {{higher}} склоняется к Китаю, {{lower}} — к России (разница {{diff}} пункта)',
      tiltEach:
        '{{dimensionLabel}}, крен (разница {{diff}} пункта): {{a}} — {{aReading}}; {{b}} — {{bReading}}',
      tiltEqual: '{{dimensionLabel}}: {{a}} и {{b}} — одинаковый крен',
      noData: '{{dimensionLabel}}: недостаточно данных для сравнения',
      excluded: '{{dimensionLabel}}: исключено весами ({{where}})',
    },
  },
};
