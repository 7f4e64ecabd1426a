// Messages of the briefing view (English and Russian with the same keys). Loaded lazily.
import type { Widen } from './types';

const en = {
  pageTitle: 'Briefing',
  deckLabel: 'Briefing',
  counter: '{{n}} / {{total}}',
  counterLabel: 'Slide {{n}} of {{total}}',
  announce: 'Slide {{n}} of {{total}}: {{title}}',
  previous: 'Previous',
  next: 'Next',
  exit: 'Leave the briefing',
  fullscreen: 'Full screen',
  keysHint: '← → or Space: move · F: full screen · Esc: leave',
  scenarioNamed: 'Scenario “{{name}}” · changed assumptions: {{count}}',
  scenarioCustom: 'custom',
  asPublished: 'Data as published (baseline)',
  titles: {
    overview: 'Overview',
    compare: 'Comparison',
    scenario: 'Scenario vs baseline',
    risks: 'Key risks',
  },
  notFound: {
    heading: 'No such slide: “{{slide}}”',
    body: 'The briefing has these slides:',
  },
  overallScore: '{{partner}}: overall dependence (0–100)',
  overallTilt: 'Overall tilt (China − Russia)',
  leansTo: 'leans to {{partner}}',
  balanced: 'balanced',
  overview: {
    heading: '{{countries}} between China and Russia',
    takeaway:
      '{{first}} leans further to China overall ({{firstTilt}}) than {{second}} ({{secondTilt}}).',
    takeawaySame: '{{first}} and {{second}} have the same overall tilt ({{tilt}}).',
  },
  country: {
    tiltTitle: '{{country}}: tilt by dimension',
    tiltAria: '{{country}}: tilt between China and Russia by dimension. {{values}}',
  },
  compare: {
    heading: '{{a}} and {{b}} compared',
    tiltTitle: 'Tilt by dimension, both countries',
    tiltAria: 'Tilt between China and Russia by dimension and country. {{values}}',
    takeaway:
      'The widest gap is in {{dimension}}: {{higher}} {{higherTilt}} against {{lower}} {{lowerTilt}} ({{gap}} points).',
    takeawayNone: 'Not enough data to compare the two countries.',
  },
  scenario: {
    asPublishedBig: 'The data as published',
    asPublishedBody:
      'No assumption differs from the published data: every score on these slides is the baseline.',
    changedTitle: 'What the scenario changes',
    changedCaption: 'Assumptions that differ from the baseline',
    assumption: 'Assumption',
    from: 'Baseline',
    to: 'Scenario',
    effectsTitle: 'What moves',
    effectsCaption: 'Overall scores and tilts that changed, largest change first',
    measure: 'Score',
    change: 'Change',
    overall: '{{country}} · {{partner}}: overall dependence',
    tilt: '{{country}} · tilt, {{dimension}}',
    noneMoved: 'No overall score or tilt moved by 0.1 point or more.',
    moreChanged: '… and {{count}} more (see the scenario panel)',
    tiltTitle: 'Tilts: scenario against baseline (grey)',
    tiltAria: 'Tilts under the scenario, with the baseline. {{values}}',
    takeaway: 'Largest change: {{measure}} {{arrow}} {{change}} ({{from}} → {{to}}).',
    takeawayNone: 'The scenario changes {{count}} assumptions, but no score moves by 0.1 point.',
    takeawayBaseline: 'These are the scores as published; no assumption has been changed.',
  },
  risks: {
    flipsTitle: 'What would flip it: the closest single changes',
    flip: '{{country}}, {{dimension}} tilt ({{tilt}}) turns to {{toward}} if {{partner}} · {{indicator}} goes from {{from}} to {{to}}',
    outsideRange: '(outside its plausible range)',
    noFlips: 'No single assumption can flip any tilt within its range.',
    swingTitle: 'Assumptions that move the overall tilt most',
    swingCaption:
      'Overall tilt with each assumption at the low and the high of its plausible range',
    country: 'Country',
    assumption: 'Assumption',
    range: 'Plausible range',
    atLow: 'Tilt at low',
    atHigh: 'Tilt at high',
    swing: 'Swing',
    takeaway:
      'Closest to flipping: {{country}}, {{dimension}} tilt ({{tilt}}) — {{partner}} · {{indicator}} from {{from}} to {{to}}.',
    takeawayNone: 'No single assumption can flip any tilt: the leans are robust to one change.',
  },
  units: {
    pct: '{{value}}%',
    pctGdp: '{{value}}% of GDP',
    level: 'level {{value}}',
    other: '{{value}} {{unit}}',
  },
  table: {
    caption: 'Tilt by dimension (China score − Russia score)',
    dimension: 'Dimension',
    country: 'Country',
    tilt: 'Tilt',
    lean: 'Leans to',
    interval: '90% interval',
    pPositive: 'Leans to China in',
    baseline: 'Baseline',
    change: 'Change',
    pending: 'computing…',
  },
  source: {
    scores:
      'Fulcrum scores computed from sourced observations ({{count}}); every source on the Methodology page.',
    tilt: 'Tilt = China score − Russia score, on a fixed scale from −100 (Russia) to +100 (China).',
    scenario:
      'Baseline = the data as published; the scenario is set in the scenario panel and kept in the link.',
    risks:
      'Fulcrum model: the value at which a tilt changes sign (bisection), and one-at-a-time sensitivity over each assumption’s plausible range.',
  },
} as const;

export const briefing: { en: Widen<typeof en>; ru: Widen<typeof en> } = {
  en,
  ru: {
    pageTitle: 'Брифинг',
    deckLabel: 'Брифинг',
    counter: '{{n}} / {{total}}',
    counterLabel: 'Слайд {{n}} из {{total}}',
    announce: 'Слайд {{n}} из {{total}}: {{title}}',
    previous: 'Назад',
    next: 'Вперёд',
    exit: 'Выйти из брифинга',
    fullscreen: 'Во весь экран',
    keysHint: '← → или пробел: листать · F: во весь экран · Esc: выйти',
    scenarioNamed: 'Сценарий «{{name}}» · изменённых допущений: {{count}}',
    scenarioCustom: 'пользовательский',
    asPublished: 'Опубликованные данные (базовый сценарий)',
    titles: {
      overview: 'Обзор',
      compare: 'Сравнение',
      scenario: 'Сценарий и базовый вариант',
      risks: 'Главные риски',
    },
    notFound: {
      heading: 'Такого слайда нет: «{{slide}}»',
      body: 'Слайды брифинга:',
    },
    overallScore: '{{partner}}: общая зависимость (0–100)',
    overallTilt: 'Общий крен (Китай − Россия)',
    leansTo: 'крен: {{partner}}',
    balanced: 'равновесие',
    overview: {
      heading: '{{countries}} между Китаем и Россией',
      takeaway:
        '{{first}} в целом сильнее склоняется к Китаю ({{firstTilt}}), чем {{second}} ({{secondTilt}}).',
      takeawaySame: 'У стран {{first}} и {{second}} одинаковый общий крен ({{tilt}}).',
    },
    country: {
      tiltTitle: '{{country}}: крен по измерениям',
      tiltAria: '{{country}}: крен между Китаем и Россией по измерениям. {{values}}',
    },
    compare: {
      heading: '{{a}} и {{b}}: сравнение',
      tiltTitle: 'Крен по измерениям, обе страны',
      tiltAria: 'Крен между Китаем и Россией по измерениям и странам. {{values}}',
      takeaway:
        'Наибольший разрыв — в измерении «{{dimension}}»: {{higher}} {{higherTilt}}, {{lower}} {{lowerTilt}} (разница {{gap}}).',
      takeawayNone: 'Недостаточно данных для сравнения двух стран.',
    },
    scenario: {
      asPublishedBig: 'Данные в опубликованном виде',
      asPublishedBody:
        'Ни одно допущение не отличается от опубликованных данных: все оценки на слайдах — базовые.',
      changedTitle: 'Что меняет сценарий',
      changedCaption: 'Допущения, отличающиеся от базового сценария',
      assumption: 'Допущение',
      from: 'Базовое',
      to: 'В сценарии',
      effectsTitle: 'Что сдвигается',
      effectsCaption: 'Изменившиеся общие оценки и крены, по убыванию изменения',
      measure: 'Показатель',
      change: 'Изменение',
      overall: '{{country}} · {{partner}}: общая зависимость',
      tilt: '{{country}} · крен, {{dimension}}',
      noneMoved: 'Ни одна общая оценка и ни один крен не изменились на 0,1 пункта и более.',
      moreChanged: '… и ещё {{count}} (см. панель сценария)',
      tiltTitle: 'Крены: сценарий и базовый вариант (серым)',
      tiltAria: 'Крены по сценарию и в базовом варианте. {{values}}',
      takeaway: 'Наибольшее изменение: {{measure}} {{arrow}} {{change}} ({{from}} → {{to}}).',
      takeawayNone:
        'Сценарий меняет допущения ({{count}}), но ни одна оценка не сдвигается на 0,1 пункта.',
      takeawayBaseline: 'Это опубликованные оценки; ни одно допущение не изменено.',
    },
    risks: {
      flipsTitle: 'Что изменит крен: ближайшие единичные изменения',
      flip: '{{country}}, крен «{{dimension}}» ({{tilt}}) перейдёт к стороне «{{toward}}», если {{partner}} · {{indicator}} изменится с {{from}} до {{to}}',
      outsideRange: '(вне правдоподобного диапазона)',
      noFlips: 'Ни одно допущение в пределах своего диапазона не меняет направление крена.',
      swingTitle: 'Допущения, сильнее всего влияющие на общий крен',
      swingCaption:
        'Общий крен при нижнем и верхнем значении каждого допущения в его правдоподобном диапазоне',
      country: 'Страна',
      assumption: 'Допущение',
      range: 'Правдоподобный диапазон',
      atLow: 'Крен при минимуме',
      atHigh: 'Крен при максимуме',
      swing: 'Размах',
      takeaway:
        'Ближе всего к смене направления: {{country}}, крен «{{dimension}}» ({{tilt}}) — {{partner}} · {{indicator}} с {{from}} до {{to}}.',
      takeawayNone:
        'Ни одно допущение в одиночку не меняет направление крена: выводы устойчивы к единичному изменению.',
    },
    units: {
      pct: '{{value}}%',
      pctGdp: '{{value}}% ВВП',
      level: 'уровень {{value}}',
      other: '{{value}} {{unit}}',
    },
    table: {
      caption: 'Крен по измерениям (оценка Китая − оценка России)',
      dimension: 'Измерение',
      country: 'Страна',
      tilt: 'Крен',
      lean: 'Крен к',
      interval: '90-процентный интервал',
      pPositive: 'Крен к Китаю в',
      baseline: 'Базовый',
      change: 'Изменение',
      pending: 'расчёт…',
    },
    source: {
      scores:
        'Оценки Fulcrum рассчитаны по наблюдениям с источниками ({{count}}); все источники — на странице «Методология».',
      tilt: 'Крен = оценка Китая − оценка России, на единой шкале от −100 (Россия) до +100 (Китай).',
      scenario:
        'Базовый вариант — опубликованные данные; сценарий задаётся в панели сценария и сохраняется в ссылке.',
      risks:
        'Модель Fulcrum: значение, при котором крен меняет знак (метод бисекции), и чувствительность к каждому допущению в его правдоподобном диапазоне.',
    },
  },
};
