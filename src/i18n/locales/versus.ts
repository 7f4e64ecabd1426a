// Messages of `/versus`, scenario A against scenario B (English and Russian with the same
// keys). The comparison is src/scenario/compare.ts; the pair in the address
// src/scenario/pairCodec.ts. Loaded lazily, with the page and with the briefing.
import type { Namespace } from './types';

const en = {
  heading: 'Scenario A against scenario B',
  intro:
    'Any two scenarios side by side on the same axes: every score and tilt under A and under B, the difference B − A, and the assumptions in which they differ, with their sources. Both scenarios are in the address, so the link reproduces this comparison.',
  side: {
    a: 'Scenario A',
    b: 'Scenario B',
    now: 'Now: {{name}}',
    choose: 'Choose scenario {{side}}',
    fromLink: 'From a link',
    current: 'The current working scenario',
    baseline: 'Baseline (the data as published)',
    presets: 'Presets',
    saved: 'Saved scenarios',
    paste: 'Paste a Fulcrum link for scenario {{side}}',
    usePaste: 'Use link',
    pasteError:
      'This is not a link Fulcrum can read: paste a Fulcrum link (https://… or /…) that holds a scenario.',
    pasteOtherDataset:
      'This link was made with {{linked}}, but {{inUse}} is in use here. Nothing was changed: switch data sets under Data sets, or paste a link made with {{inUse}}.',
    pastePairWithoutSide:
      'This comparison link names no scenario {{side}}. Nothing was changed: paste a link that names scenario {{side}}, or a link of one scenario.',
    bundledDataset: 'the bundled data set',
    storedDataset: 'the data set “{{id}}”',
    swap: 'Swap A and B',
  },
  names: { baseline: 'Baseline', custom: 'Custom scenario' },
  summary: {
    joined: '{{assumptions}}; {{scores}}.',
    assumptions_one: '{{n}} assumption differs',
    assumptions_few: '{{n}} assumptions differ',
    assumptions_many: '{{n}} assumptions differ',
    assumptions_other: '{{n}} assumptions differ',
    scores_one: '{{n}} score or tilt of {{total}} differs (B − A)',
    scores_few: '{{n}} scores and tilts of {{total}} differ (B − A)',
    scores_many: '{{n}} scores and tilts of {{total}} differ (B − A)',
    scores_other: '{{n}} scores and tilts of {{total}} differ (B − A)',
  },
  chart: {
    title: 'Tilt ({{first}} − {{second}}) under A and under B',
    aria: 'Tilt of each country in each dimension under scenario A (circles) and scenario B (squares), on one axis from −100 to +100, with the difference B − A at the right',
    sideA: 'A: {{name}}',
    sideB: 'B: {{name}}',
    difference: 'B − A at the right',
    source: 'Scores from data set {{version}} under each scenario · A: {{a}} · B: {{b}}',
    caption: 'Tilt of each country under A and B, and B − A',
    country: 'Country',
  },
  table: {
    heading: '{{country}}: every score and tilt',
    caption: '{{country}}: each score and tilt under A and B, and B − A',
    measure: 'Score',
    a: 'A',
    b: 'B',
    difference: 'B − A',
    score: '{{dimension}} · {{partner}}',
    tilt: '{{dimension}} · tilt',
  },
  assumptions: {
    heading: 'Assumptions that differ',
    caption: 'Assumptions set differently in A and B, with their sources',
    none: 'A and B set every assumption, weight and choice the same.',
    assumption: 'Assumption',
    sources: 'Sources',
    noSources: 'analyst’s choice (no published source)',
  },
  notice: {
    pasted: 'Some parts of the pasted link were not used',
  },
  download: {
    csv: 'Download CSV',
    csvLabel: 'Download the comparison of A and B as CSV',
    done: 'Downloaded {{file}}',
  },
  exportLine: {
    a_one: 'A: {{name}} ({{n}} assumption differs from the baseline)',
    a_few: 'A: {{name}} ({{n}} assumptions differ from the baseline)',
    a_many: 'A: {{name}} ({{n}} assumptions differ from the baseline)',
    a_other: 'A: {{name}} ({{n}} assumptions differ from the baseline)',
    b_one: 'B: {{name}} ({{n}} assumption differs from the baseline)',
    b_few: 'B: {{name}} ({{n}} assumptions differ from the baseline)',
    b_many: 'B: {{name}} ({{n}} assumptions differ from the baseline)',
    b_other: 'B: {{name}} ({{n}} assumptions differ from the baseline)',
  },
  slide: {
    takeaway_one:
      '{{count}} assumption differs. The overall tilt moves most in {{country}}: {{from}} under A, {{to}} under B ({{change}}).',
    takeaway_few:
      '{{count}} assumptions differ. The overall tilt moves most in {{country}}: {{from}} under A, {{to}} under B ({{change}}).',
    takeaway_many:
      '{{count}} assumptions differ. The overall tilt moves most in {{country}}: {{from}} under A, {{to}} under B ({{change}}).',
    takeaway_other:
      '{{count}} assumptions differ. The overall tilt moves most in {{country}}: {{from}} under A, {{to}} under B ({{change}}).',
    same: 'A and B give the same overall tilts.',
    /** the slide lists the first few: how many of how many */
    shown: 'Assumptions that differ ({{shown}} of {{total}})',
  },
} as const;

export const versus: Namespace<typeof en> = {
  en,
  ru: {
    heading: 'Сценарий A и сценарий B',
    intro:
      'Два любых сценария рядом на одних осях: каждая оценка и каждый крен при A и при B, разница B − A и допущения, в которых они расходятся, с источниками. Оба сценария записаны в адресе, так что ссылка воспроизводит это сравнение.',
    side: {
      a: 'Сценарий A',
      b: 'Сценарий B',
      now: 'Сейчас: {{name}}',
      choose: 'Выберите сценарий {{side}}',
      fromLink: 'Из ссылки',
      current: 'Текущий рабочий сценарий',
      baseline: 'Базовый сценарий (данные как опубликованы)',
      presets: 'Готовые сценарии',
      saved: 'Сохранённые сценарии',
      paste: 'Вставьте ссылку Fulcrum для сценария {{side}}',
      usePaste: 'Применить ссылку',
      pasteError:
        'Fulcrum не может прочитать эту ссылку: вставьте ссылку Fulcrum (https://… или /…), в которой записан сценарий.',
      pasteOtherDataset:
        'Ссылка сделана по другому набору данных (в ссылке: {{linked}}; здесь используется: {{inUse}}). Ничего не изменено: переключите набор в разделе «Наборы данных» или вставьте ссылку, сделанную по используемому набору.',
      pastePairWithoutSide:
        'В этой ссылке на сравнение нет сценария {{side}}. Ничего не изменено: вставьте ссылку, где есть сценарий {{side}}, или ссылку на один сценарий.',
      bundledDataset: 'встроенный набор',
      storedDataset: '«{{id}}»',
      swap: 'Поменять A и B местами',
    },
    names: { baseline: 'Базовый сценарий', custom: 'Свой сценарий' },
    summary: {
      joined: '{{assumptions}}; {{scores}}.',
      assumptions_one: 'Различается {{n}} допущение',
      assumptions_few: 'Различаются {{n}} допущения',
      assumptions_many: 'Различаются {{n}} допущений',
      assumptions_other: 'Различаются {{n}} допущения',
      scores_one: 'различается {{n}} оценка или крен (всего: {{total}}; B − A)',
      scores_few: 'различаются {{n}} оценки или крена (всего: {{total}}; B − A)',
      scores_many: 'различаются {{n}} оценок или кренов (всего: {{total}}; B − A)',
      scores_other: 'различаются {{n}} оценки или крена (всего: {{total}}; B − A)',
    },
    chart: {
      title: 'Крен ({{first}} − {{second}}) при A и при B',
      aria: 'Крен каждой страны по каждому измерению при сценарии A (круги) и сценарии B (квадраты) на одной оси от −100 до +100, справа — разница B − A',
      sideA: 'A: {{name}}',
      sideB: 'B: {{name}}',
      difference: 'справа — B − A',
      source: 'Оценки по набору данных {{version}} при каждом сценарии · A: {{a}} · B: {{b}}',
      caption: 'Крен каждой страны при A и B и разница B − A',
      country: 'Страна',
    },
    table: {
      heading: '{{country}}: все оценки и крены',
      caption: '{{country}}: каждая оценка и каждый крен при A и B и разница B − A',
      measure: 'Оценка',
      a: 'A',
      b: 'B',
      difference: 'B − A',
      score: '{{dimension}} · {{partner}}',
      tilt: '{{dimension}} · крен',
    },
    assumptions: {
      heading: 'Допущения, в которых они расходятся',
      caption: 'Допущения, заданные в A и B по-разному, с источниками',
      none: 'В A и B все допущения, веса и варианты одинаковы.',
      assumption: 'Допущение',
      sources: 'Источники',
      noSources: 'выбор аналитика (опубликованного источника нет)',
    },
    notice: {
      pasted: 'Часть вставленной ссылки не использована',
    },
    download: {
      csv: 'Скачать CSV',
      csvLabel: 'Скачать сравнение A и B в CSV',
      done: 'Скачан файл {{file}}',
    },
    exportLine: {
      a_one: 'A: {{name}} ({{n}} допущение отличается от базового сценария)',
      a_few: 'A: {{name}} ({{n}} допущения отличаются от базового сценария)',
      a_many: 'A: {{name}} ({{n}} допущений отличаются от базового сценария)',
      a_other: 'A: {{name}} ({{n}} допущения отличаются от базового сценария)',
      b_one: 'B: {{name}} ({{n}} допущение отличается от базового сценария)',
      b_few: 'B: {{name}} ({{n}} допущения отличаются от базового сценария)',
      b_many: 'B: {{name}} ({{n}} допущений отличаются от базового сценария)',
      b_other: 'B: {{name}} ({{n}} допущения отличаются от базового сценария)',
    },
    slide: {
      takeaway_one:
        'Различается {{count}} допущение. Общий крен сильнее всего меняется у страны «{{country}}»: {{from}} при A, {{to}} при B ({{change}}).',
      takeaway_few:
        'Различаются {{count}} допущения. Общий крен сильнее всего меняется у страны «{{country}}»: {{from}} при A, {{to}} при B ({{change}}).',
      takeaway_many:
        'Различаются {{count}} допущений. Общий крен сильнее всего меняется у страны «{{country}}»: {{from}} при A, {{to}} при B ({{change}}).',
      takeaway_other:
        'Различаются {{count}} допущения. Общий крен сильнее всего меняется у страны «{{country}}»: {{from}} при A, {{to}} при B ({{change}}).',
      same: 'При A и B общие крены одинаковы.',
      shown: 'Допущения, в которых они расходятся ({{shown}} из {{total}})',
    },
  },
};
