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
  keysHint: '← → or Space: move · F: full screen · N: notes · Esc: leave',
  scenarioNamed: 'Scenario “{{name}}” · changed assumptions: {{count}}',
  asPublished: 'Data as published (baseline)',
  titles: {
    overview: 'Overview',
    compare: 'Comparison',
    confidence: '{{country}}: how sure are we?',
    scenario: 'Scenario vs baseline',
    versus: 'Scenario A vs B',
    risks: 'Key risks',
  },
  notFound: {
    heading: 'No such slide: “{{slide}}”',
    body: 'The briefing has these slides:',
  },
  overallScore: '{{partner}}: overall dependence (0–100)',
  overallTilt: 'Overall tilt (China − Russia)',
  /** the sentences that name the tilt pair, for a data set whose pair is not China − Russia */
  pair: {
    overallTilt: 'Overall tilt ({{positive}} − {{negative}})',
    overview: {
      heading: '{{countries}} between {{positive}} and {{negative}}',
      takeawayFurtherPositive:
        '{{further}} leans further to {{positive}} overall ({{furtherTilt}}) than {{less}} ({{lessTilt}}).',
      takeawayFurtherNegative:
        '{{further}} leans further to {{negative}} overall ({{furtherTilt}}) than {{less}} ({{lessTilt}}).',
      takeawayApart:
        'Overall, {{first}} leans to {{positive}} ({{firstTilt}}) and {{second}} to {{negative}} ({{secondTilt}}).',
    },
    country: {
      tiltAria: '{{country}}: tilt between {{positive}} and {{negative}} by dimension. {{values}}',
    },
    compare: {
      tiltAria: 'Tilt between {{positive}} and {{negative}} by dimension and country. {{values}}',
    },
    table: {
      caption: 'Tilt by dimension ({{positive}} score − {{negative}} score)',
    },
    source: {
      tilt: 'Tilt = {{positive}} score − {{negative}} score, on a fixed scale from −100 ({{negative}}) to +100 ({{positive}}).',
    },
  },
  overview: {
    heading: '{{countries}} between China and Russia',
    takeawayFurtherChina:
      '{{further}} leans further to China overall ({{furtherTilt}}) than {{less}} ({{lessTilt}}).',
    takeawayFurtherRussia:
      '{{further}} leans further to Russia overall ({{furtherTilt}}) than {{less}} ({{lessTilt}}).',
    takeawayApart:
      'Overall, {{china}} leans to China ({{chinaTilt}}) and {{russia}} to Russia ({{russiaTilt}}).',
    takeawayEach:
      'Overall: {{first}} — {{firstReading}} ({{firstTilt}}); {{second}} — {{secondReading}} ({{secondTilt}}).',
    takeawaySame: '{{first}} and {{second}} have the same overall tilt ({{tilt}}).',
  },
  share: {
    qrLabel: 'QR code of the link to this view, with its scenario',
    lead: 'Open this view on your phone:',
  },
  notes: {
    toggle: 'Speaker notes',
    heading: 'Notes: {{title}}',
    close: 'Close notes',
    judgementTitle: 'How much rests on judgement',
    discrepancyTitle: 'Where the sources disagree',
    noDiscrepancy: 'No figure on this slide has sources that disagree.',
    discrepancy: '{{country}} · {{partner}} · {{indicator}}: {{readings}}.',
    reading: '{{value}} ({{source}})',
    readingInUse: '{{value}} ({{source}}, used now)',
    general: 'general reading',
    intervalTitle: 'What the interval means',
    interval_one:
      'Each score was recomputed {{draws}} time, each observation drawn from its published range; the 90% interval holds the middle 90% of those draws. A tilt is said to lean only when at least {{share}} of the draws fall on one side.',
    interval_few:
      'Each score was recomputed {{draws}} times, each observation drawn from its published range; the 90% interval holds the middle 90% of those draws. A tilt is said to lean only when at least {{share}} of the draws fall on one side.',
    interval_many:
      'Each score was recomputed {{draws}} times, each observation drawn from its published range; the 90% interval holds the middle 90% of those draws. A tilt is said to lean only when at least {{share}} of the draws fall on one side.',
    interval_other:
      'Each score was recomputed {{draws}} times, each observation drawn from its published range; the 90% interval holds the middle 90% of those draws. A tilt is said to lean only when at least {{share}} of the draws fall on one side.',
    tiltInterval: '{{country}}: overall tilt {{tilt}}, 90% interval {{range}} ({{reading}}).',
  },
  confidence: {
    interval: '90% interval: {{range}}',
    scoreInterval: '(90%: {{range}})',
    drawing: 'being drawn…',
    drawsTitle: 'Share of draws by lean',
    drawsCaption:
      '{{country}}: each tilt with its 90% interval and the share of draws on each side',
    overall: 'Overall',
    value: 'Tilt',
    range: '90% interval',
    drawsTo: 'Draws → {{partner}}',
    outside:
      '* In the table: outside its own 90% interval (see Methodology, “What the scores mean”).',
    noFlip:
      "No single change inside the published ranges flips or balances {{country}}'s overall tilt.",
    noWeight: '{{country}}: no indicator carries weight in this scenario.',
    judgement_one:
      '{{country}}: {{share}} of the scores’ weight rests on rubric judgements ({{judgements}} of {{total}} cell with a value); {{missing}} has no data.',
    judgement_few:
      '{{country}}: {{share}} of the scores’ weight rests on rubric judgements ({{judgements}} of {{total}} cells with a value); {{missing}} has no data.',
    judgement_many:
      '{{country}}: {{share}} of the scores’ weight rests on rubric judgements ({{judgements}} of {{total}} cells with a value); {{missing}} has no data.',
    judgement_other:
      '{{country}}: {{share}} of the scores’ weight rests on rubric judgements ({{judgements}} of {{total}} cells with a value); {{missing}} has no data.',
  },
  country: {
    radarTitle: '{{country}}: dependence by dimension',
    radarBaseline: 'Baseline',
    radarDescription: 'Scores from 0 to 100 for each partner. {{values}}',
    dimension: 'Dimension',
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
    takeaway: 'Largest change: {{measure}} {{arrow}} {{change}} ({{from}} → {{to}}).',
    takeawayNone: 'The scenario changes {{count}} assumptions, but no score moves by 0.1 point.',
    takeawayBaseline: 'These are the scores as published; no assumption has been changed.',
    presetsTitle: 'What each prepared scenario would move most',
    presetsCaption: 'Prepared scenarios applied to the published data, largest change first',
    preset: 'Prepared scenario',
    largest: 'Moves most',
    presetValue: 'With it',
    movedCount: 'Scores moved',
    takeawayPreset:
      'No scenario is set. Of the prepared scenarios, “{{preset}}” would move the most: {{measure}} {{arrow}} {{change}} ({{from}} → {{to}}).',
  },
  risks: {
    flipsTitle: 'What would flip it, inside the published ranges',
    // the sentence of each key risk: common `flip.*` (src/lib/flipText.ts)
    outside_one:
      'Outside the published ranges (not a key risk): {{count}} tilt would flip only with a value its sources do not allow; see Analysis.',
    outside_few:
      'Outside the published ranges (not key risks): {{count}} tilts would flip only with values their sources do not allow; see Analysis.',
    outside_many:
      'Outside the published ranges (not key risks): {{count}} tilts would flip only with values their sources do not allow; see Analysis.',
    outside_other:
      'Outside the published ranges (not key risks): {{count}} tilts would flip only with values their sources do not allow; see Analysis.',
    noFlips: 'No single change inside the published ranges flips or balances any tilt.',
    methodTitle: 'Method choices',
    // each choice's sentence and name: the risks namespace (src/lib/methodRisks.ts)
    method: {
      none: 'No method choice flips or balances a tilt (tested: {{tested}}).',
      more_one: '… and {{count}} more (see Analysis).',
      more_few: '… and {{count}} more (see Analysis).',
      more_many: '… and {{count}} more (see Analysis).',
      more_other: '… and {{count}} more (see Analysis).',
    },
    swingTitle: 'What moves the overall tilt most',
    swingCaption:
      'Overall tilt with each assumption at the low and the high of its plausible range',
    assumption: 'Assumption',
    atLow: 'Tilt at low',
    atHigh: 'Tilt at high',
    swing: 'Swing',
    takeaway: {
      flips: "Closest to flipping: {{country}}'s {{tilt}} ({{tiltValue}}).",
      balances:
        "No single change inside the published ranges flips a tilt; the closest would balance {{country}}'s {{tilt}} ({{tiltValue}}).",
    },
    takeawayNone:
      'No single change inside the published ranges and no method choice flips any tilt: the leans hold.',
    tilts: {
      economic: 'economic tilt',
      infrastructure: 'infrastructure tilt',
      digital: 'digital tilt',
      security: 'security tilt',
      overall: 'overall tilt',
    },
    /** a partner's name as it follows "to" and "for" in a sentence */
    partnerIn: { CN: 'China', RU: 'Russia' },
  },
  table: {
    caption: 'Tilt by dimension (China score − Russia score)',
  },
  source: {
    scores:
      'Fulcrum scores computed from {{count}} sourced cells (country × partner × indicator); every source on the Methodology page.',
    tilt: 'Tilt = China score − Russia score, on a fixed scale from −100 (Russia) to +100 (China).',
    radar: 'Dimension scores, 0–100 on a fixed scale; sources on the Methodology page.',
    presets:
      'Presets as in the scenario panel, each with its rationale; applied one at a time to the published data.',
    confidence:
      'Fulcrum model: {{draws}} seeded draws from the published ranges; a lean needs {{share}} of draws on one side.',
    scenario:
      'Baseline = the data as published; the scenario is set in the scenario panel and kept in the link.',
    risks:
      'Fulcrum model: the smallest single change inside the published range (rubrics in whole levels), each method choice, one-at-a-time sensitivity.',
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
    keysHint: '← → или пробел: листать · F: во весь экран · N: заметки · Esc: выйти',
    scenarioNamed: 'Сценарий «{{name}}» · изменённых допущений: {{count}}',
    asPublished: 'Опубликованные данные (базовый сценарий)',
    titles: {
      overview: 'Обзор',
      compare: 'Сравнение',
      confidence: '{{country}}: насколько надёжны оценки',
      scenario: 'Сценарий и базовый вариант',
      versus: 'Сценарии A и B',
      risks: 'Главные риски',
    },
    notFound: {
      heading: 'Такого слайда нет: «{{slide}}»',
      body: 'Слайды брифинга:',
    },
    overallScore: '{{partner}}: общая зависимость (0–100)',
    overallTilt: 'Общий крен (Китай − Россия)',
    pair: {
      overallTilt: 'Общий крен ({{positive}} − {{negative}})',
      overview: {
        heading: '{{countries}} между {{positiveWith}} и {{negativeWith}}',
        takeawayFurtherPositive:
          '{{further}} в целом сильнее склоняется к {{positiveTo}} ({{furtherTilt}}), чем {{less}} ({{lessTilt}}).',
        takeawayFurtherNegative:
          '{{further}} в целом сильнее склоняется к {{negativeTo}} ({{furtherTilt}}), чем {{less}} ({{lessTilt}}).',
        takeawayApart:
          'В целом {{first}} склоняется к {{positiveTo}} ({{firstTilt}}), а {{second}} — к {{negativeTo}} ({{secondTilt}}).',
      },
      country: {
        tiltAria:
          '{{country}}: крен между {{positiveWith}} и {{negativeWith}} по измерениям. {{values}}',
      },
      compare: {
        tiltAria:
          'Крен между {{positiveWith}} и {{negativeWith}} по измерениям и странам. {{values}}',
      },
      table: {
        caption: 'Крен по измерениям (оценка {{positiveOf}} − оценка {{negativeOf}})',
      },
      source: {
        tilt: 'Крен = оценка {{positiveOf}} − оценка {{negativeOf}}, на единой шкале от −100 ({{negative}}) до +100 ({{positive}}).',
      },
    },
    overview: {
      heading: '{{countries}} между Китаем и Россией',
      takeawayFurtherChina:
        '{{further}} в целом сильнее склоняется к Китаю ({{furtherTilt}}), чем {{less}} ({{lessTilt}}).',
      takeawayFurtherRussia:
        '{{further}} в целом сильнее склоняется к России ({{furtherTilt}}), чем {{less}} ({{lessTilt}}).',
      takeawayApart:
        'В целом {{china}} склоняется к Китаю ({{chinaTilt}}), а {{russia}} — к России ({{russiaTilt}}).',
      takeawayEach:
        'В целом: {{first}} — {{firstReading}} ({{firstTilt}}); {{second}} — {{secondReading}} ({{secondTilt}}).',
      takeawaySame: 'У стран {{first}} и {{second}} одинаковый общий крен ({{tilt}}).',
    },
    share: {
      qrLabel: 'QR-код ссылки на этот вид вместе со сценарием',
      lead: 'Откройте этот вид на телефоне:',
    },
    notes: {
      toggle: 'Заметки докладчика',
      heading: 'Заметки: {{title}}',
      close: 'Закрыть заметки',
      judgementTitle: 'Сколько держится на экспертных суждениях',
      discrepancyTitle: 'Где источники расходятся',
      noDiscrepancy: 'На этом слайде нет показателей, по которым источники расходятся.',
      discrepancy: '{{country}} · {{partner}} · {{indicator}}: {{readings}}.',
      reading: '{{value}} ({{source}})',
      readingInUse: '{{value}} ({{source}}, используется сейчас)',
      general: 'общее значение',
      intervalTitle: 'Что означает интервал',
      interval_one:
        'Каждая оценка пересчитана {{draws}} раз, каждое наблюдение — случайно в пределах опубликованного диапазона; 90-процентный интервал охватывает средние 90% этих симуляций. О крене говорится, только если не менее {{share}} симуляций лежат по одну сторону.',
      interval_few:
        'Каждая оценка пересчитана {{draws}} раза, каждое наблюдение — случайно в пределах опубликованного диапазона; 90-процентный интервал охватывает средние 90% этих симуляций. О крене говорится, только если не менее {{share}} симуляций лежат по одну сторону.',
      interval_many:
        'Каждая оценка пересчитана {{draws}} раз, каждое наблюдение — случайно в пределах опубликованного диапазона; 90-процентный интервал охватывает средние 90% этих симуляций. О крене говорится, только если не менее {{share}} симуляций лежат по одну сторону.',
      interval_other:
        'Каждая оценка пересчитана {{draws}} раза, каждое наблюдение — случайно в пределах опубликованного диапазона; 90-процентный интервал охватывает средние 90% этих симуляций. О крене говорится, только если не менее {{share}} симуляций лежат по одну сторону.',
      tiltInterval:
        '{{country}}: общий крен {{tilt}}, 90-процентный интервал {{range}} ({{reading}}).',
    },
    confidence: {
      interval: '90-процентный интервал: {{range}}',
      scoreInterval: '(90%: {{range}})',
      drawing: 'идёт расчёт…',
      drawsTitle: 'Доля симуляций по направлению крена',
      drawsCaption:
        '{{country}}: каждый крен с 90-процентным интервалом и долей симуляций в каждую сторону',
      overall: 'В целом',
      value: 'Крен',
      range: 'Интервал 90%',
      drawsTo: 'Симуляций к {{partner}}',
      outside:
        '* В таблице: вне своего 90-процентного интервала (см. методологию, «Что означают оценки»).',
      noFlip:
        '{{country}}: ни одно единичное изменение в пределах опубликованных диапазонов не меняет знак общего крена и не уравновешивает его.',
      noWeight: '{{country}}: в этом сценарии ни один индикатор не имеет веса.',
      judgement_one:
        '{{country}}: {{share}} веса оценок приходится на экспертные суждения по рубрикам ({{judgements}} из {{total}} ячейки со значением); для {{missing}} веса данных нет.',
      judgement_few:
        '{{country}}: {{share}} веса оценок приходится на экспертные суждения по рубрикам ({{judgements}} из {{total}} ячеек со значением); для {{missing}} веса данных нет.',
      judgement_many:
        '{{country}}: {{share}} веса оценок приходится на экспертные суждения по рубрикам ({{judgements}} из {{total}} ячеек со значением); для {{missing}} веса данных нет.',
      judgement_other:
        '{{country}}: {{share}} веса оценок приходится на экспертные суждения по рубрикам ({{judgements}} из {{total}} ячейки со значением); для {{missing}} веса данных нет.',
    },
    country: {
      radarTitle: '{{country}}: зависимость по измерениям',
      radarBaseline: 'Базовый вариант',
      radarDescription: 'Оценки от 0 до 100 по каждому партнёру. {{values}}',
      dimension: 'Измерение',
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
      takeaway: 'Наибольшее изменение: {{measure}} {{arrow}} {{change}} ({{from}} → {{to}}).',
      takeawayNone:
        'Сценарий меняет допущения ({{count}}), но ни одна оценка не сдвигается на 0,1 пункта.',
      takeawayBaseline: 'Это опубликованные оценки; ни одно допущение не изменено.',
      presetsTitle: 'Что сильнее всего сдвинул бы каждый готовый сценарий',
      presetsCaption:
        'Готовые сценарии, применённые к опубликованным данным, по убыванию наибольшего изменения',
      preset: 'Готовый сценарий',
      largest: 'Сдвигает сильнее всего',
      presetValue: 'При нём',
      movedCount: 'Сдвинутых оценок',
      takeawayPreset:
        'Сценарий не задан. Из готовых сценариев сильнее всего изменил бы картину «{{preset}}»: {{measure}} {{arrow}} {{change}} ({{from}} → {{to}}).',
    },
    risks: {
      flipsTitle: 'Что изменит крен в пределах диапазонов',
      // the sentence of each key risk: common `flip.*` (src/lib/flipText.ts)
      outside_one:
        'Вне опубликованных диапазонов (не главный риск): {{count}} крен сменился бы только при значении, которого источники не допускают; см. «Анализ».',
      outside_few:
        'Вне опубликованных диапазонов (не главные риски): {{count}} крена сменились бы только при значениях, которых источники не допускают; см. «Анализ».',
      outside_many:
        'Вне опубликованных диапазонов (не главные риски): {{count}} кренов сменились бы только при значениях, которых источники не допускают; см. «Анализ».',
      outside_other:
        'Вне опубликованных диапазонов (не главные риски): {{count}} крена сменились бы только при значениях, которых источники не допускают; см. «Анализ».',
      noFlips:
        'Ни одно единичное изменение в пределах опубликованных диапазонов не меняет знак крена и не уравновешивает его.',
      methodTitle: 'Выбор метода',
      method: {
        none: 'Ни один выбор метода не меняет и не уравновешивает крен (проверено: {{tested}}).',
        more_one: '… и ещё {{count}} (см. «Анализ»).',
        more_few: '… и ещё {{count}} (см. «Анализ»).',
        more_many: '… и ещё {{count}} (см. «Анализ»).',
        more_other: '… и ещё {{count}} (см. «Анализ»).',
      },
      swingTitle: 'Что сильнее всего двигает общий крен',
      swingCaption:
        'Общий крен при нижнем и верхнем значении каждого допущения в его правдоподобном диапазоне',
      assumption: 'Допущение',
      atLow: 'При минимуме',
      atHigh: 'При максимуме',
      swing: 'Размах',
      takeaway: {
        flips: 'Ближе всего к смене — {{country}}: {{tilt}} ({{tiltValue}}).',
        balances:
          'Ни одно единичное изменение в пределах опубликованных диапазонов не меняет знак крена; ближайшее лишь уравновесит: {{country}}, {{tilt}} ({{tiltValue}}).',
      },
      takeawayNone:
        'Ни одно единичное изменение в пределах опубликованных диапазонов и ни один выбор метода не меняют знак крена: выводы устойчивы.',
      tilts: {
        economic: 'экономический крен',
        infrastructure: 'инфраструктурный крен',
        digital: 'цифровой крен',
        security: 'крен в сфере безопасности',
        overall: 'общий крен',
      },
      partnerIn: { CN: 'Китая', RU: 'России' },
    },
    table: {
      caption: 'Крен по измерениям (оценка Китая − оценка России)',
    },
    source: {
      scores:
        'Оценки Fulcrum рассчитаны по ячейкам с источниками (страна × партнёр × индикатор): {{count}}; все источники — на странице «Методология».',
      tilt: 'Крен = оценка Китая − оценка России, на единой шкале от −100 (Россия) до +100 (Китай).',
      radar: 'Оценки по измерениям, 0–100 на единой шкале; источники — на странице «Методология».',
      presets:
        'Готовые сценарии из панели сценария, каждый со своим обоснованием; применяются по одному к опубликованным данным.',
      confidence:
        'Модель Fulcrum: {{draws}} симуляций с фиксированным зерном в пределах опубликованных диапазонов; для крена нужно не менее {{share}} симуляций по одну сторону.',
      scenario:
        'Базовый вариант — опубликованные данные; сценарий задаётся в панели сценария и сохраняется в ссылке.',
      risks:
        'Модель Fulcrum: наименьшее изменение в пределах диапазона (рубрики — целыми уровнями), выбор метода, чувствительность.',
    },
  },
};
