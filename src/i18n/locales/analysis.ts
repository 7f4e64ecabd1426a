// Messages of the analysis view: uncertainty, sensitivity and "what would flip it"
// (English and Russian with the same keys).
import type { Namespace } from './types';

const en = {
  pageTitle: 'Analysis',
  heading: 'Uncertainty, sensitivity and what would flip it',
  intro:
    'How sure the scores are, which assumptions move each tilt most, and the smallest single change that would reverse it. Everything follows the current scenario.',
  pending: 'computing…',
  tilts: {
    economic: 'economic tilt',
    infrastructure: 'infrastructure tilt',
    digital: 'digital tilt',
    security: 'security tilt',
    overall: 'overall tilt',
  },
  /** a partner's name as it follows "to" and "for" in a sentence */
  partnerIn: { CN: 'China', RU: 'Russia' },
  /** the sentences that name the tilt pair, for a data set whose pair is not China − Russia */
  pair: {
    uncertainty: {
      tiltSource:
        'Tilt = {{positive}} score − {{negative}} score, from −100 ({{negative}}) to +100 ({{positive}}); the percentage is the share of {{draws}} Monte Carlo draws on the side the tilt leans to. Below {{threshold}} the tilt is too close to call, whatever its size.',
      tiltAria:
        'Tilt between {{positive}} and {{negative}} with 90% intervals and the chance of each lean, by dimension and country. {{values}}',
      tiltTable: {
        caption:
          'Tilt, 90% interval and chance of leaning to {{positive}}, by dimension and country',
      },
    },
  },
  uncertainty: {
    heading: 'Uncertainty',
    intro:
      'Every observation is drawn {{draws}} times from its range (triangular, peak at the value) and all scores are recomputed: 90% of the plausible cases fall inside the interval. The chance of leaning to a partner is the share of cases on its side.',
    scoresTitle: '{{country}}: scores with 90% intervals',
    scoresSource:
      'Monte Carlo over every observation’s range ({{draws}} draws, seed {{seed}}); dot = score, line = 90% interval, on the fixed 0–100 scale.',
    scoresAria:
      '{{country}}: dependence scores with their 90% intervals, by dimension and partner. {{values}}',
    scoresTable: {
      caption: '{{country}}: dependence scores and 90% intervals by dimension and partner',
      dimension: 'Dimension',
      partner: 'Partner',
      score: 'Score',
      median: 'Median',
      interval: '90% interval',
    },
    tiltTitle: 'Tilt with its 90% interval and the chance of each lean',
    tiltSource:
      'Tilt = China score − Russia score, from −100 (Russia) to +100 (China); the percentage is the share of {{draws}} Monte Carlo draws on the side the tilt leans to. Below {{threshold}} the tilt is too close to call, whatever its size.',
    tiltAria:
      'Tilt between China and Russia with 90% intervals and the chance of each lean, by dimension and country. {{values}}',
    leanShare: '{{share}} {{partner}}',
    tooClose: 'too close to call',
    tiltTable: {
      caption: 'Tilt, 90% interval and chance of leaning to China, by dimension and country',
    },
  },
  sensitivity: {
    heading: 'Sensitivity',
    intro:
      'One assumption at a time is set to the low and then the high end of its plausible range, all others held: the longer the bar, the more the tilt depends on it. A bar that crosses 0 means that assumption alone could reverse the tilt within its range.',
    choose: 'Tilt tested',
    title: '{{country}}: what moves the {{tilt}}',
    source:
      'One-at-a-time sensitivity over each observation’s range; the ten largest swings. Bar ends are labelled with the assumption’s value there; the line marks the current tilt.',
    aria: '{{country}}: the assumptions that move the {{tilt}} most, from {{base}}. {{values}}',
    ariaRow: '{{assumption}}: {{low}} gives {{atLow}}, {{high}} gives {{atHigh}}',
    now: 'now {{value}}',
    swing: 'swing {{value}}',
    none: 'No assumption moves this tilt within its range.',
    noData: 'This tilt has no data.',
    excluded: 'The weights exclude this tilt: every weight feeding it is 0 ({{where}}).',
    table: {
      caption: '{{country}}: assumptions that move the {{tilt}} most (current {{base}})',
      rank: 'Rank',
      assumption: 'Assumption',
      partner: 'Partner',
      range: 'Range',
      atLow: 'Tilt at low',
      atHigh: 'Tilt at high',
      swing: 'Swing',
    },
  },
  flip: {
    heading: 'What would flip it',
    intro:
      'For each tilt, the smallest change of a single assumption inside the range its sources allow (measured on the indicator’s 0–100 scale) at which the tilt ends on the other side, everything else as in the current scenario. Rubric levels change in whole levels; a change that only brings the tilt to 0.0 balances it and is not a flip. A flip that needs a value outside the published range is shown apart. Method choices count too: the other mean, the other data source and equal weights.',
    // the sentences of a flip or balance: common `flip.*` (src/lib/flipText.ts)
    none: "{{country}}'s {{tilt}} ({{tiltValue}}, toward {{side}}): no single assumption flips it within its published range.",
    balanced: "{{country}}'s {{tilt}} is balanced: it leans to neither partner.",
    noData: "{{country}}'s {{tilt}}: not enough data.",
    excluded:
      "{{country}}'s {{tilt}}: excluded by weights (every weight feeding it is 0; {{where}}).",
    inRange: 'That value lies inside the range the sources allow ({{low}} to {{high}}).',
    outside: {
      flips: {
        fell: "Outside the published range: the {{tilt}} would flip to {{to}} only if {{partner}}'s {{indicatorLower}} fell from {{from}} to {{value}}, beyond what the sources allow ({{low}} to {{high}}).",
        rose: "Outside the published range: the {{tilt}} would flip to {{to}} only if {{partner}}'s {{indicatorLower}} rose from {{from}} to {{value}}, beyond what the sources allow ({{low}} to {{high}}).",
      },
      point: {
        fell: "Outside the published range: the {{tilt}} would flip to {{to}} only if {{partner}}'s {{indicatorLower}} fell from {{from}} to {{value}}, while the sources give only {{low}}.",
        rose: "Outside the published range: the {{tilt}} would flip to {{to}} only if {{partner}}'s {{indicatorLower}} rose from {{from}} to {{value}}, while the sources give only {{low}}.",
      },
      supplied: {
        fell: "Outside the published data: the {{tilt}} would flip to {{to}} if the value supplied for {{partner}}'s {{indicatorLower}} fell from {{from}} to {{value}} (no source gives a range for it).",
        rose: "Outside the published data: the {{tilt}} would flip to {{to}} if the value supplied for {{partner}}'s {{indicatorLower}} rose from {{from}} to {{value}} (no source gives a range for it).",
      },
    },
    published: 'Published figure: {{value}} ({{year}}). Sources:',
    // each choice's sentence and name: the risks namespace (src/lib/methodRisks.ts)
    method: {
      heading: 'Method choices',
      none: "No method choice flips or balances any of {{country}}'s tilts. Tested: {{tested}}.",
      testedAll: 'Tested: {{tested}}.',
    },
  },
} as const;

export const analysis: Namespace<typeof en> = {
  en,
  ru: {
    pageTitle: 'Анализ',
    heading: 'Неопределённость, чувствительность и что изменит крен',
    intro:
      'Насколько надёжны оценки, какие допущения сильнее всего влияют на каждый крен и какое наименьшее изменение одного допущения его перевернёт. Всё следует текущему сценарию.',
    pending: 'расчёт…',
    tilts: {
      economic: 'экономический крен',
      infrastructure: 'инфраструктурный крен',
      digital: 'цифровой крен',
      security: 'крен в сфере безопасности',
      overall: 'общий крен',
    },
    partnerIn: { CN: 'Китая', RU: 'России' },
    pair: {
      uncertainty: {
        tiltSource:
          'Крен = оценка {{positiveOf}} − оценка {{negativeOf}}, от −100 ({{negative}}) до +100 ({{positive}}); процент — доля из {{draws}} симуляций Монте-Карло на той стороне, к которой крен. Если доля ниже {{threshold}}, направление неясно, каким бы большим ни был крен.',
        tiltAria:
          'Крен между {{positiveWith}} и {{negativeWith}} с 90-процентными интервалами и вероятностью каждого крена по измерениям и странам. {{values}}',
        tiltTable: {
          caption:
            'Крен, 90-процентный интервал и вероятность крена к {{positiveTo}} по измерениям и странам',
        },
      },
    },
    uncertainty: {
      heading: 'Неопределённость',
      intro:
        'Каждое наблюдение {{draws}} раз выбирается из своего диапазона (треугольное распределение с вершиной в значении), и все оценки пересчитываются: 90% правдоподобных случаев лежат внутри интервала. Вероятность крена к партнёру — доля случаев на его стороне.',
      scoresTitle: '{{country}}: оценки с 90-процентными интервалами',
      scoresSource:
        'Метод Монте-Карло по диапазонам всех наблюдений ({{draws}} выборок, seed {{seed}}); точка — оценка, линия — 90-процентный интервал, на единой шкале 0–100.',
      scoresAria:
        '{{country}}: оценки зависимости с 90-процентными интервалами по измерениям и партнёрам. {{values}}',
      scoresTable: {
        caption:
          '{{country}}: оценки зависимости и 90-процентные интервалы по измерениям и партнёрам',
        dimension: 'Измерение',
        partner: 'Партнёр',
        score: 'Оценка',
        median: 'Медиана',
        interval: '90-процентный интервал',
      },
      tiltTitle: 'Крен с 90-процентным интервалом и вероятностью каждого крена',
      tiltSource:
        'Крен = оценка Китая − оценка России, от −100 (Россия) до +100 (Китай); процент — доля из {{draws}} симуляций Монте-Карло на той стороне, к которой крен. Если доля ниже {{threshold}}, направление неясно, каким бы большим ни был крен.',
      tiltAria:
        'Крен между Китаем и Россией с 90-процентными интервалами и вероятностью каждого крена по измерениям и странам. {{values}}',
      leanShare: '{{share}} {{partner}}',
      tooClose: 'направление неясно',
      tiltTable: {
        caption: 'Крен, 90-процентный интервал и вероятность крена к Китаю по измерениям и странам',
      },
    },
    sensitivity: {
      heading: 'Чувствительность',
      intro:
        'Каждое допущение по очереди ставится на нижнюю, а затем на верхнюю границу своего правдоподобного диапазона, остальные не меняются: чем длиннее полоса, тем сильнее крен зависит от допущения. Полоса, пересекающая 0, означает, что одно это допущение в пределах своего диапазона может перевернуть крен.',
      choose: 'Проверяемый крен',
      title: '{{country}}: что влияет на {{tilt}}',
      source:
        'Чувствительность по одному допущению в пределах диапазона каждого наблюдения; десять самых больших размахов. Концы полос подписаны значением допущения; линия — текущий крен.',
      aria: '{{country}}: допущения, сильнее всего влияющие на {{tilt}}, от {{base}}. {{values}}',
      ariaRow: '{{assumption}}: при {{low}} — {{atLow}}, при {{high}} — {{atHigh}}',
      now: 'сейчас {{value}}',
      swing: 'размах {{value}}',
      none: 'Ни одно допущение не меняет этот крен в пределах своего диапазона.',
      noData: 'Для этого крена нет данных.',
      excluded: 'Этот крен исключён весами: все веса, от которых он зависит, равны 0 ({{where}}).',
      table: {
        caption: '{{country}}: допущения, сильнее всего влияющие на {{tilt}} (сейчас {{base}})',
        rank: 'Место',
        assumption: 'Допущение',
        partner: 'Партнёр',
        range: 'Диапазон',
        atLow: 'Крен на нижней границе',
        atHigh: 'Крен на верхней границе',
        swing: 'Размах',
      },
    },
    flip: {
      heading: 'Что изменит крен',
      intro:
        'Для каждого крена — наименьшее изменение одного допущения в пределах диапазона, который допускают источники (по шкале показателя 0–100), при котором крен переходит на другую сторону; всё остальное как в текущем сценарии. Уровни рубрики меняются только целыми уровнями; изменение, которое лишь доводит крен до 0,0, уравновешивает его и не считается сменой. Смена, для которой нужно значение вне опубликованного диапазона, показана отдельно. Выбор метода тоже учитывается: другое среднее, другой источник данных и равные веса.',
      // the sentences of a flip or balance: common `flip.*` (src/lib/flipText.ts)
      none: '{{country}}: {{tilt}} ({{tiltValue}}, в сторону {{side}}) не меняет знак ни при каком изменении одного допущения в пределах опубликованного диапазона.',
      balanced: '{{country}}: {{tilt}} уравновешен — ни к одному из партнёров.',
      noData: '{{country}}: {{tilt}} — недостаточно данных.',
      excluded:
        '{{country}}: {{tilt}} — исключён весами (все веса, от которых он зависит, равны 0; {{where}}).',
      inRange:
        'Это значение лежит внутри диапазона, который допускают источники ({{low}} – {{high}}).',
      outside: {
        flips: {
          fell: 'Вне опубликованного диапазона: {{tilt}} сменился бы в пользу {{to}}, только если бы показатель «{{indicator}}» для {{partnerIn}} снизился с {{from}} до {{value}}, а источники допускают лишь значения от {{low}} до {{high}}.',
          rose: 'Вне опубликованного диапазона: {{tilt}} сменился бы в пользу {{to}}, только если бы показатель «{{indicator}}» для {{partnerIn}} вырос с {{from}} до {{value}}, а источники допускают лишь значения от {{low}} до {{high}}.',
        },
        point: {
          fell: 'Вне опубликованного диапазона: {{tilt}} сменился бы в пользу {{to}}, только если бы показатель «{{indicator}}» для {{partnerIn}} снизился с {{from}} до {{value}}, а источники дают лишь значение {{low}}.',
          rose: 'Вне опубликованного диапазона: {{tilt}} сменился бы в пользу {{to}}, только если бы показатель «{{indicator}}» для {{partnerIn}} вырос с {{from}} до {{value}}, а источники дают лишь значение {{low}}.',
        },
        supplied: {
          fell: 'Вне опубликованных данных: {{tilt}} сменился бы в пользу {{to}}, если бы заданное аналитиком значение показателя «{{indicator}}» для {{partnerIn}} снизилось с {{from}} до {{value}} (диапазона для него источники не дают).',
          rose: 'Вне опубликованных данных: {{tilt}} сменился бы в пользу {{to}}, если бы заданное аналитиком значение показателя «{{indicator}}» для {{partnerIn}} выросло с {{from}} до {{value}} (диапазона для него источники не дают).',
        },
      },
      published: 'Опубликованное значение: {{value}} ({{year}}). Источники:',
      method: {
        heading: 'Выбор метода',
        none: '{{country}}: ни один выбор метода не меняет знак и не уравновешивает ни один крен. Проверено: {{tested}}.',
        testedAll: 'Проверено: {{tested}}.',
      },
    },
  },
};
