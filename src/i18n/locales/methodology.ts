// Messages of the methodology view (English and Russian with the same keys).
// Formulas are plain text shown in monospace: no MathML, no HTML.
import type { Widen } from './types';

const en = {
  title: 'Methodology',
  pageTitle: 'Methodology — Fulcrum',
  intro:
    'How Fulcrum turns a sourced data set into dependence scores and tilts: what is measured, the exact formulas the code uses, every indicator with its goalposts, weights and rubric, how much of each score rests on judgement, the quoted evidence behind every reading, every source, and the caveats an analyst should state before quoting a number.',
  toc: {
    heading: 'On this page',
    measured: 'What is measured',
    formulas: 'Formulas',
    reading: 'Reading a tilt and a score',
    indicators: 'Indicators',
    weights: 'Dimension weights',
    mix: 'How much rests on judgement',
    evidence: 'The evidence, reading by reading',
    context: 'Context (not scored)',
    sources: 'Sources',
    caveats: 'Caveats',
    data: 'Data version and reproduction',
  },
  scenarioNotice:
    'The current scenario changes some assumptions. The formulas below are the same; the weights tables show the scenario’s values beside the defaults.',
  measured: {
    heading: 'What is measured',
    countries: 'Countries: {{list}}. Partners: {{partners}}.',
    p1: 'For each country and each partner, Fulcrum scores how dependent the country is on that partner, from 0 (no dependence visible in the data) to 100 (dependence at or beyond the upper goalpost of every indicator), in four dimensions:',
    dimensions: {
      economic: 'trade, external public debt, remittances and foreign direct investment;',
      infrastructure: 'control of transit corridors and of energy and mining assets;',
      digital: 'telecom equipment, surveillance (“Safe City”) systems and satellite navigation;',
      security:
        'military facilities, arms imports, officer training and joint exercises, and security frameworks.',
    },
    p2: 'Each dimension score is built from indicators, each measured for every country and partner. The four dimension scores are combined into an overall score for each country and partner.',
    p3: 'The tilt of a country in a dimension is the difference between its two partners’ scores: {{first}} minus {{second}}. A positive tilt leans to {{first}}, a negative tilt to {{second}}; 0 is balanced. Scores are comparable across countries because every country is measured against the same goalposts.',
  },
  reading: {
    heading: 'Reading a tilt and a score',
    intro:
      'Two rules of the model (src/model/lean.ts) decide how a number is read. Every page, every slide, the headline sentences and the command line use them; none keeps a threshold of its own.',
    lean: {
      heading: 'When a tilt leans',
      balanced:
        'A tilt smaller than {{balanced}} points shows as 0.0: it is balanced, leaning to neither partner.',
      share:
        'Once the {{draws}} Monte Carlo draws are in, a tilt leans to {{first}} or {{second}} only if at least {{share}} of the draws fall on its side. Otherwise it is too close to call, whatever its size, and the words say which side most draws take (“too close to call: N% of draws lean to …”).',
      withoutDraws:
        'In the moment before the draws arrive, a tilt smaller than {{tooClose}} points is too close to call and a larger one leans, without a share.',
      strength:
        'How strongly a tilt leans goes by its size: below {{slight}} points it “leans slightly”, below {{clear}} points it “leans”, from {{clear}} points on it “leans strongly”.',
      why: 'The share threshold is {{share}} because every score and tilt is shown with its 90% interval: a direction is stated only with the confidence those intervals carry. A large tilt can still be too close to call when the ranges of its observations are wide; a small one can lean when they are narrow.',
    },
    interval: {
      heading: 'A score and its 90% interval',
      p1: 'A score is computed from the published values: it is the figure the quoted sources support, and what the tables and the command line reproduce. Its 90% interval comes from the Monte Carlo draws, in which each observation is drawn from its range with a triangular distribution peaking at the published value.',
      p2: 'Published values often sit near one end of their ranges (a reported figure with a wider estimate on one side). Most draws then land on the other side, and the score from the published values can fall outside its own 90% interval. That is not an error: the score says what the sources report, the interval what their ranges make plausible.',
      p3: 'We keep both numbers as they are, rather than replacing the score by the median of the draws (the score would no longer follow from the quoted figures) or widening the interval to contain it (it would no longer be a 90% interval). Wherever a number is shown outside its interval, the page says so beside it: which side of the interval it falls, why, and the median of the draws.',
    },
  },
  formulas: {
    heading: 'Formulas',
    intro:
      'Every number in the dashboard comes from the pure scoring engine in src/model, which the command line uses as well. Notation: c country, p partner, d dimension, i indicator, v an observed value, w an indicator weight, W a dimension weight.',
    choice: {
      heading: 'Which observation counts',
      p1: 'Each cell (country × partner × indicator) takes one observation. Observations of unknown indicators are ignored.',
      p2: 'An observation marked as a variant applies only while its scenario option has that value (for example, which customs data to trust for Kyrgyz trade); otherwise it is left out.',
      p3: 'When several observations apply to the same cell, one selected by an option beats a general one; then the most recent year wins; then the one listed first in the data.',
      p4: 'A scenario override replaces the value of a cell. Its uncertainty range moves with it by the same amount, so the range keeps its published width: low′ = low + (override − value), high′ = high + (override − value). An override that is not a finite number is ignored.',
    },
    normalise: {
      heading: 'Normalisation',
      p1: 'Each observation is put on a 0–100 scale with its indicator’s goalposts, the method of the UNDP Human Development Index:',
      formula: 'n = 100 · clamp((T(v) − T(min)) / (T(max) − T(min)), 0, 1)',
      transform:
        'T(x) = x          for linear indicators\nT(x) = log10(x)   for money amounts on a log scale',
      p2: 'A value below the lower goalpost scores 0 and a value above the upper goalpost scores 100. On a log scale, a value of zero or less sits at the lower goalpost (0). If the goalposts are degenerate (max not above min), a value at or above max scores 100 and anything else 0.',
    },
    dimension: {
      heading: 'Dimension score and coverage',
      p1: 'The score of a country for a partner in a dimension is the weighted mean of the normalised values of the dimension’s indicators that have an observation:',
      formula: 'S(c, p, d) = Σ wᵢ · nᵢ / Σ wᵢ        (indicators of d with data)',
      p2: 'Its coverage is the share of the dimension’s weight that had data:',
      coverage: 'coverage(c, p, d) = Σ wᵢ (indicators with data) / Σ wᵢ (all indicators of d)',
      p3: 'If no indicator of the dimension has data (or all of them weigh 0), the score is “no data”, never 0: a missing figure is not evidence of independence.',
      weights:
        'Weights: a scenario’s indicator weight is used if it is a finite number ≥ 0; otherwise the indicator’s default weight (if that is not a finite number ≥ 0, the weight is 0). A weight of 0 removes the indicator from both the score and its coverage. Dimension weights follow the same rule.',
    },
    overall: {
      heading: 'Overall score',
      p1: 'The overall score of a country for a partner combines the dimension scores that have data and a weight above 0. By default it is the weighted arithmetic mean:',
      arithmetic: 'O(c, p) = Σ W_d · S(c, p, d) / Σ W_d',
      p2: 'As a methodology option, the weighted geometric mean can be chosen instead. It punishes imbalance: a partner that dominates one dimension and is absent from the others scores lower than under the arithmetic mean. A dimension score of 0 makes the geometric mean 0.',
      geometric: 'O(c, p) = exp( Σ W_d · ln S(c, p, d) / Σ W_d )',
      p3: 'Dimensions without data are left out of both sums. If no dimension has data, the overall score is “no data”.',
    },
    tilt: {
      heading: 'Tilt',
      formula: 'tilt(c, d) = S(c, {{first}}, d) − S(c, {{second}}, d)   ∈ [−100, 100]',
      p1: 'Positive: the country leans to {{first}}; negative: to {{second}}. The overall tilt is the same difference of the overall scores. If either score has no data, the tilt has no data.',
    },
    contribution: {
      heading: 'Contribution',
      formula: 'contributionᵢ = wᵢ · nᵢ / Σ wⱼ        (j over the indicators of d with data)',
      p1: 'The points an indicator adds to its dimension score. The contributions of a dimension add up to its score, which is how the country view answers “what drives this”.',
    },
    uncertainty: {
      heading: 'Uncertainty (Monte Carlo)',
      p1: 'Every observation carries a range low ≤ value ≤ high. In each of {{draws}} draws, every cell is drawn independently from a triangular distribution on its range with its mode at the value (inverse-CDF sampling; a range of zero width returns the value), and every score and tilt is recomputed.',
      formula: 'xᵢ ~ Triangular(lowᵢ, mode = valueᵢ, highᵢ)',
      p2: 'The random numbers come from a seeded generator (mulberry32, seed {{seed}}), so the same scenario gives the same result on every machine. The calculation runs in a background worker, off the main thread.',
      interval: '90% interval = [5th percentile, 95th percentile] of the draws   (median = 50th)',
      probability: 'P(tilt > 0) = draws in which the tilt is positive / draws in which it has data',
      p3: 'Percentiles are interpolated linearly between the sorted draws. P(tilt > 0) reads as “in 87% of plausible cases the tilt leans to {{first}}”. Draws are independent across observations: the model assumes no correlation between errors.',
    },
    sensitivity: {
      heading: 'Sensitivity',
      p1: 'One at a time: each assumption is set to the low and then to the high of its range while every other assumption keeps its scenario value, and the chosen score is recomputed. The swing is the distance between the two results; the ten assumptions with the largest swing form the tornado chart (assumptions that do not move the score are left out).',
      formula: 'swingᵢ = | score(xᵢ = highᵢ) − score(xᵢ = lowᵢ) |',
    },
    flip: {
      heading: 'What would flip it',
      p1: 'For a chosen country, dimension and assumption, Fulcrum looks for the value of the assumption at which the tilt ends on the other side: strictly past the band in which the lean rule calls a tilt balanced (it shows as 0.0). A change that only brings the tilt into that band balances it and is called so, never a flip. If the tilt is balanced now, there is nothing to flip. The search runs over the indicator’s goalposts from the current value; the briefing’s key risks and the analysis page keep only changes inside the assumption’s published range (low to high), and show a flip that needs a value outside it apart, labelled as outside the published range.',
      p2: 'A continuous assumption is bisected between the current value and the end where the tilt is on the other side (at most 60 steps, to a billionth of the range); the value reported is then moved out to the precision it is shown at, so that the value as shown really flips the tilt. A rubric (0–4) assumption is tried in whole levels only, nearest first: “from level 3 to level 1”, never “to level 1.4”; if no whole level in the range flips the tilt, it cannot flip within range. One assumption raises only one partner’s score, so the tilt moves in one direction and there is a single crossing. Method choices count as assumptions too: the other mean (arithmetic or geometric), each other choice of a data option (Kyrgyz statistics or Chinese customs) and equal weights, each tried on its own, say which tilts they would flip or balance.',
      formula:
        'find the x nearest the current value in [min, max] (whole levels on a rubric) with sign(tilt(x)) = −sign(tilt(current)), |tilt(x)| ≥ the balanced band',
    },
  },
  indicators: {
    heading: 'Indicators',
    intro:
      'Each indicator is defined once and measured for every country and partner. The goalposts are the values that map to 0 and 100; money amounts use a log scale so that one large project does not flatten everything else. Ordinal indicators are coded from a five-level rubric.',
    caption: '{{dimension}}: indicators, goalposts and default weights',
    columns: {
      indicator: 'Indicator',
      description: 'Description',
      unit: 'Unit',
      kind: 'Kind',
      goalposts: 'Goalposts (min – max)',
      scale: 'Scale',
      weight: 'Default weight',
      scenarioWeight: 'Weight in scenario',
    },
    kinds: { share: 'share', amount: 'amount', count: 'count', ordinal: 'ordinal (0–4)' },
    scales: { linear: 'linear', log: 'log10' },
    goalposts: '{{min}} – {{max}}',
    rubric: 'Rubric: levels 0–4',
    level: 'Level {{level}}',
    id: 'id: {{id}}',
  },
  weights: {
    heading: 'Dimension weights',
    intro:
      'The weight of each dimension in the overall score. Analysts can change them in the scenario panel; the defaults are equal unless the data set says otherwise.',
    caption: 'Default dimension weights',
    columns: {
      dimension: 'Dimension',
      weight: 'Default weight',
      share: 'Share of the overall score',
      scenario: 'Weight in scenario',
    },
    aggregation: 'Aggregation in the current scenario: {{name}}.',
    aggregations: { arithmetic: 'weighted arithmetic mean', geometric: 'weighted geometric mean' },
  },
  sources: {
    heading: 'Sources',
    intro:
      'Every source of the data set. The Ifri report comes first; the others follow in the order of the report’s footnotes, then by author. Titles and authors are given as published. The count of citing observations includes those that cite a source through a footnote of the report.',
    count: '{{count}} sources',
    report: 'Source document',
    noFootnote: 'not among the report’s footnotes',
    reportShort: 'Ifri report',
    note: 'note {{n}}',
    citedBy_zero: 'Not cited by any observation',
    citedBy_one: 'Cited by {{count}} observation',
    citedBy_few: 'Cited by {{count}} observations',
    citedBy_many: 'Cited by {{count}} observations',
    citedBy_other: 'Cited by {{count}} observations',
  },
  caveats: {
    heading: 'Caveats',
    kgTrade: {
      heading: 'Kyrgyz trade data disagree',
      p1: 'Chinese customs and Kyrgyz statistics record trade between the two countries very differently, and the report reads the gap as more than transit accounting. In its words:',
      quoteSource: 'Ifri report, note {{footnote}}',
      quoteOwn: 'Ifri report, its own words',
      p2: 'Fulcrum keeps both readings. Which one counts is the scenario option “{{option}}”:',
      isDefault: '(default)',
      cli: 'From the command line:',
      missing: 'The data set has no option for this choice.',
    },
    remittances: {
      heading: 'Remittance totals disagree',
      p1: 'Remittances are measured against GDP. World Bank totals cover transfers from all countries and are far higher than the Russian official figure for Tajikistan; Tajikistan’s central bank does not publish remittances by country, so the share that comes from Russia is inferred. The notes of the data set say how each value was derived:',
      none: 'The data set has no remittance observations.',
    },
    judgement: {
      heading: 'Judgement-coded indicators',
      p1: 'Where no statistic exists but a source describes the situation, Fulcrum codes a rubric level (0–4) and labels it a judgement. Each judgement names its level, quotes the rubric words it meets and the evidence that meets them (see “The evidence, reading by reading”), and the same evidence gets the same level in both countries. Percentages are never judgements, and a cell without evidence of its own is not coded: it is missing. These are all {{count}} judgements:',
      none: 'The data set has no judgement-coded observations.',
    },
    general: {
      heading: 'What the scores mean',
      p1: 'The scores measure dependence on the data available, not intentions, influence or loyalty. A partner with little published data can look less present than it is; a judgement is a rubric level coded from quoted words, not a measurement. Coverage below 100% and wide intervals say how much to trust a score.',
      p2: 'Figures come from different years and periods (noted with each observation) and some rest on one source. Check the source list before quoting a number.',
      p3: 'A score can sit outside its own 90% interval. The score uses each published value; the interval comes from draws over each value’s plausible range. Where published values lie at one end of their ranges (each observation’s note says why its range runs as it does), the draws lean the other way, and the interval sits beside the score rather than around it. It says where the published figures sit within what the sources allow, not that the calculation is wrong.',
    },
  },
  mix: {
    heading: 'How much rests on judgement',
    intro:
      'For each dimension, the share of its indicator weight, over every country and partner, that rests on each kind of evidence. The overall row weighs the dimensions as the overall score does. A missing cell adds nothing to a score: its share is the part of the dimension the score cannot see (1 − coverage).',
    published: 'As published: the default data choices and weights.',
    scenario:
      'In the current scenario: its weights and data choices apply, and a value the scenario sets counts as the analyst’s own.',
    summary:
      'Overall, {{judgement}} of the weight rests on rubric judgements and {{missing}} is missing.',
    caption: 'Share of indicator weight by kind of evidence',
    dimension: 'Dimension',
    overall: 'Overall',
    noWeight: 'no weight',
    kinds: {
      reported: 'reported',
      computed: 'computed',
      estimate: 'estimate',
      judgement: 'judgement',
      analyst: 'analyst’s own',
      missing: 'missing',
    },
    definitionsHeading: 'What the labels mean',
    definitions: {
      reported: 'a figure as a source gives it; the words that give it are quoted.',
      computed:
        'computed by Fulcrum from reported inputs; the formula and every input, with its quote, are shown.',
      estimate: 'an estimate made by the named source itself, not by Fulcrum.',
      judgement:
        'a rubric level (0–4) coded by Fulcrum from quoted evidence; the level’s rubric line and the words that meet it are shown. Percentages are never judgements.',
      analyst:
        'a value set in the scenario: a missing cell the analyst supplied, or a published value replaced.',
      missing:
        'a cell with no evidence of its own: not coded, left out of its dimension’s score, and counted against its coverage.',
    },
    missingHeading: 'Cells not coded',
    missingIntro:
      'These cells (country × partner × indicator) have no evidence of their own in the data set, so they are not coded: each is left out of its dimension’s score and lowers its coverage; it is never read as 0. An analyst can supply a value for any of them in the scenario panel; the value is then marked as the analyst’s own, and the scenario’s link carries it (the key is shown beside each cell).',
    missingCount: 'Cells not coded: {{count}} of {{total}}.',
    missingNone: 'Every cell of the data set is coded.',
  },
  evidence: {
    heading: 'The evidence, reading by reading',
    intro:
      'Every reading of the data set with the words it rests on, by indicator. Quotations are in the language of the source (English), exactly as they stand in the Ifri report or, for sources these machines cannot open, in the research notes (shared/data-notes.md); the line under each says where. Open an indicator to see its readings.',
    expandAll: 'Open all',
    collapseAll: 'Close all',
    readings: 'readings: {{count}}',
    missing: 'not coded: {{count}}',
    reading: 'This reading counts when “{{option}}” is “{{choice}}”.',
    quotes: 'Evidence',
    noEvidence: 'No quoted evidence.',
    locator: {
      report: 'Ifri report, “{{section}}”',
      reportOwn: 'the report’s own words, “{{section}}”',
      notes: 'research notes (data-notes), “{{section}}” — from:',
    },
    computed: {
      heading: 'Computed by Fulcrum',
      value: 'value',
      low: 'low',
      high: 'high',
      inputs: 'Inputs:',
      same: '{{name}} = {{value}}, as above',
    },
    coding: {
      level: 'Rubric level {{level}}: {{line}}',
      words: 'Rubric words met, as coded:',
      key: 'Evidence key:',
      keyHelp: 'the same evidence gets the same level in every country',
    },
    missingCells: 'Not coded (no evidence): {{cells}}.',
  },
  context: {
    heading: 'Context (not scored)',
    intro:
      'Sourced facts that are not one partner’s dependence score: a trend over time, a third partner such as Turkey, a lever that no indicator measures. They help read the scores and are never scored.',
    none: 'This version of the data set has no context facts.',
    concerns: 'Concerns: {{list}}',
  },
  observation: {
    range: 'range {{low}} – {{high}}',
    level: 'level {{value}} of 4',
    sourcesLabel: 'Sources:',
  },
  data: {
    heading: 'Data version and reproduction',
    version: 'Data set version {{version}}, dated {{date}}.',
    countsCaption: 'Contents of the data set',
    counts: {
      countries: 'Countries',
      partners: 'Partners',
      indicators: 'Indicators',
      cells: 'Cells (country × partner × indicator)',
      cellsCoded: 'Cells coded',
      missingCells: 'Cells not coded (missing)',
      readings: 'Readings (a cell with two readings counts twice)',
      reported: 'of which reported figures',
      computed: 'of which computed by Fulcrum',
      estimate: 'of which estimates made by the named source',
      judgement: 'of which rubric judgements',
      sources: 'Sources',
      events: 'Timeline events',
      context: 'Context facts (not scored)',
      presets: 'Scenario presets',
    },
    reproduce: {
      heading: 'Reproduce the numbers',
      p1: 'Every score, overall score and tilt can be recomputed outside the browser with the command line in the project, which runs the same engine on the same data set:',
      commands: {
        scores: 'all scores and tilts of the baseline, as JSON',
        csv: 'the same as CSV',
        uncertainty: 'with 90% intervals and P(tilt > 0) from {{draws}} draws',
        option: 'with another reading of the data',
        scenario: 'for a scenario exported from the dashboard',
        dataset: 'the validated data set itself',
      },
    },
  },
} as const;

export const methodology: { en: Widen<typeof en>; ru: Widen<typeof en> } = {
  en,
  ru: {
    title: 'Методология',
    pageTitle: 'Методология — Fulcrum',
    intro:
      'Как Fulcrum превращает набор данных с источниками в оценки зависимости и крен: что измеряется, точные формулы, которые использует код, все индикаторы с их границами, весами и шкалами, насколько каждая оценка опирается на суждения, цитаты, на которых стоит каждое наблюдение, все источники и оговорки, которые аналитику стоит сделать, прежде чем приводить цифру.',
    toc: {
      heading: 'На этой странице',
      measured: 'Что измеряется',
      formulas: 'Формулы',
      reading: 'Как читать крен и оценку',
      indicators: 'Индикаторы',
      weights: 'Веса измерений',
      mix: 'Насколько оценки опираются на суждения',
      evidence: 'Свидетельства по каждому наблюдению',
      context: 'Контекст (без оценки)',
      sources: 'Источники',
      caveats: 'Оговорки',
      data: 'Версия данных и воспроизведение',
    },
    scenarioNotice:
      'Текущий сценарий меняет часть допущений. Формулы ниже те же; в таблицах весов значения сценария показаны рядом со значениями по умолчанию.',
    measured: {
      heading: 'Что измеряется',
      countries: 'Страны: {{list}}. Партнёры: {{partners}}.',
      p1: 'Для каждой страны и каждого партнёра Fulcrum оценивает, насколько страна зависит от этого партнёра, — от 0 (зависимость в данных не видна) до 100 (зависимость на верхней границе каждого индикатора или выше) — в четырёх измерениях:',
      dimensions: {
        economic:
          'торговля, государственный внешний долг, денежные переводы и прямые иностранные инвестиции;',
        infrastructure:
          'контроль над транзитными коридорами, энергетическими и горнодобывающими активами;',
        digital:
          'телекоммуникационное оборудование, системы видеонаблюдения («Безопасный город») и спутниковая навигация;',
        security:
          'военные объекты, импорт вооружений, подготовка офицеров и совместные учения, рамки сотрудничества в сфере безопасности.',
      },
      p2: 'Оценка каждого измерения складывается из индикаторов, каждый из которых измерен для каждой страны и каждого партнёра. Четыре оценки измерений сводятся в общую оценку для каждой пары «страна — партнёр».',
      p3: 'Крен страны в измерении — разность оценок двух партнёров: первый ({{first}}) минус второй ({{second}}). Положительный крен означает перевес первого партнёра ({{first}}), отрицательный — второго ({{second}}); 0 — равновесие. Оценки разных стран сопоставимы, потому что все страны измеряются относительно одних и тех же границ.',
    },
    reading: {
      heading: 'Как читать крен и оценку',
      intro:
        'Два правила модели (src/model/lean.ts) определяют, как читается число. Их используют все страницы, все слайды, итоговые фразы и командная строка; собственных порогов нет ни у одной из них.',
      lean: {
        heading: 'Когда крен считается креном',
        balanced:
          'Крен меньше {{balanced}} пункта отображается как 0,0: это равновесие, без склонения к какому-либо партнёру.',
        share:
          'Когда готовы {{draws}} симуляций Монте-Карло, крен к партнёру ({{first}} или {{second}}) указывается, только если на его стороне не менее {{share}} симуляций. Иначе направление неясно, каким бы большим ни был крен, и текст называет сторону, к которой склоняется большинство симуляций («направление неясно: в N% симуляций крен к …»).',
        withoutDraws:
          'Пока симуляции ещё не готовы, крен меньше {{tooClose}} пункта считается неясным, а больший — креном, без доли симуляций.',
        strength:
          'Сила крена определяется его величиной: меньше {{slight}} пунктов — «небольшой крен», меньше {{clear}} пунктов — «крен», от {{clear}} пунктов — «сильный крен».',
        why: 'Порог доли равен {{share}}, потому что каждая оценка и каждый крен показаны со своим 90-процентным интервалом: направление называется только с той же уверенностью. Большой крен может оказаться неясным, если диапазоны его наблюдений широки, а небольшой — определённым, если они узки.',
      },
      interval: {
        heading: 'Оценка и её 90-процентный интервал',
        p1: 'Оценка рассчитывается по опубликованным значениям: это число, которое подтверждают цитируемые источники и которое воспроизводят таблицы и командная строка. Её 90-процентный интервал получен симуляциями Монте-Карло: каждое наблюдение берётся из своего диапазона по треугольному распределению с вершиной в опубликованном значении.',
        p2: 'Опубликованные значения часто лежат у одного края своих диапазонов (официальная цифра и более широкая оценка с одной стороны). Тогда большинство симуляций оказывается по другую сторону, и оценка по опубликованным значениям может выйти за пределы собственного 90-процентного интервала. Это не ошибка: оценка говорит о том, что сообщают источники, интервал — о том, что правдоподобно с учётом их диапазонов.',
        p3: 'Мы оставляем оба числа как есть, а не заменяем оценку медианой симуляций (тогда она перестала бы следовать из цитируемых цифр) и не расширяем интервал до неё (тогда он перестал бы быть 90-процентным). Там, где число показано вне своего интервала, рядом сказано, с какой стороны оно лежит, почему и какова медиана симуляций.',
      },
    },
    formulas: {
      heading: 'Формулы',
      intro:
        'Все числа на панели получены чистым вычислительным модулем из src/model; его же использует командная строка. Обозначения: c — страна, p — партнёр, d — измерение, i — индикатор, v — наблюдаемое значение, w — вес индикатора, W — вес измерения.',
      choice: {
        heading: 'Какое наблюдение учитывается',
        p1: 'Каждая ячейка (страна × партнёр × индикатор) берёт одно наблюдение. Наблюдения по неизвестным индикаторам не учитываются.',
        p2: 'Наблюдение, помеченное как вариант, действует, только пока соответствующий параметр сценария имеет это значение (например, чьим таможенным данным о торговле Кыргызстана доверять); в остальных случаях оно не учитывается.',
        p3: 'Если к одной ячейке подходят несколько наблюдений, выбранное параметром сценария важнее общего; затем побеждает самый поздний год; затем — наблюдение, стоящее в данных первым.',
        p4: 'Заданное в сценарии значение заменяет значение ячейки. Диапазон неопределённости сдвигается вместе с ним на ту же величину и сохраняет опубликованную ширину: low′ = low + (новое − исходное), high′ = high + (новое − исходное). Значение, не являющееся конечным числом, игнорируется.',
      },
      normalise: {
        heading: 'Нормализация',
        p1: 'Каждое наблюдение переводится в шкалу 0–100 по границам (goalposts) своего индикатора — методом Индекса человеческого развития ПРООН:',
        formula: 'n = 100 · clamp((T(v) − T(min)) / (T(max) − T(min)), 0, 1)',
        transform:
          'T(x) = x          для линейных индикаторов\nT(x) = log10(x)   для денежных сумм в логарифмической шкале',
        p2: 'Значение ниже нижней границы даёт 0, выше верхней — 100. В логарифмической шкале нулевое или отрицательное значение приравнивается к нижней границе (0). Если границы вырождены (max не больше min), значение не меньше max даёт 100, любое другое — 0.',
      },
      dimension: {
        heading: 'Оценка измерения и полнота данных',
        p1: 'Оценка страны по партнёру в измерении — взвешенное среднее нормализованных значений тех индикаторов измерения, по которым есть наблюдение:',
        formula: 'S(c, p, d) = Σ wᵢ · nᵢ / Σ wᵢ        (индикаторы d, по которым есть данные)',
        p2: 'Полнота данных (coverage) — доля веса измерения, по которой данные есть:',
        coverage: 'coverage(c, p, d) = Σ wᵢ (индикаторы с данными) / Σ wᵢ (все индикаторы d)',
        p3: 'Если ни по одному индикатору измерения данных нет (или все они имеют вес 0), оценка — «нет данных», а не 0: отсутствие цифры не доказывает независимость.',
        weights:
          'Веса: вес индикатора из сценария используется, если это конечное число ≥ 0; иначе берётся вес индикатора по умолчанию (если и он не является конечным числом ≥ 0, вес равен 0). Вес 0 исключает индикатор и из оценки, и из расчёта полноты. Для весов измерений действует то же правило.',
      },
      overall: {
        heading: 'Общая оценка',
        p1: 'Общая оценка страны по партнёру объединяет оценки измерений, по которым есть данные и вес которых больше 0. По умолчанию это взвешенное среднее арифметическое:',
        arithmetic: 'O(c, p) = Σ W_d · S(c, p, d) / Σ W_d',
        p2: 'В качестве методологического варианта можно выбрать взвешенное среднее геометрическое. Оно наказывает за дисбаланс: партнёр, доминирующий в одном измерении и отсутствующий в остальных, получает меньше, чем при среднем арифметическом. Оценка измерения, равная 0, обращает среднее геометрическое в 0.',
        geometric: 'O(c, p) = exp( Σ W_d · ln S(c, p, d) / Σ W_d )',
        p3: 'Измерения без данных исключаются из обеих сумм. Если данных нет ни по одному измерению, общая оценка — «нет данных».',
      },
      tilt: {
        heading: 'Крен',
        formula: 'крен(c, d) = S(c, {{first}}, d) − S(c, {{second}}, d)   ∈ [−100, 100]',
        p1: 'Плюс — перевес первого партнёра ({{first}}), минус — второго ({{second}}). Общий крен — та же разность общих оценок. Если хотя бы по одной из двух оценок нет данных, по крену данных тоже нет.',
      },
      contribution: {
        heading: 'Вклад',
        formula: 'вкладᵢ = wᵢ · nᵢ / Σ wⱼ        (j — индикаторы d, по которым есть данные)',
        p1: 'Сколько баллов индикатор добавляет к оценке своего измерения. Вклады в измерении в сумме дают его оценку — так страница страны отвечает на вопрос «что определяет результат».',
      },
      uncertainty: {
        heading: 'Неопределённость (метод Монте-Карло)',
        p1: 'Каждое наблюдение имеет диапазон low ≤ value ≤ high. В каждом из {{draws}} прогонов значение каждой ячейки независимо выбирается из треугольного распределения на её диапазоне с модой в опубликованном значении (методом обратной функции распределения; диапазон нулевой ширины возвращает само значение), после чего пересчитываются все оценки и крены.',
        formula: 'xᵢ ~ Triangular(lowᵢ, мода = valueᵢ, highᵢ)',
        p2: 'Случайные числа даёт генератор с фиксированным начальным значением (mulberry32, seed {{seed}}), поэтому один и тот же сценарий даёт один и тот же результат на любом компьютере. Расчёт выполняется в фоновом потоке (web worker), не блокируя интерфейс.',
        interval:
          '90-процентный интервал = [5-й процентиль, 95-й процентиль] прогонов   (медиана — 50-й)',
        probability:
          'P(крен > 0) = прогоны с положительным креном / прогоны, в которых по крену есть данные',
        p3: 'Процентили линейно интерполируются между упорядоченными значениями. P(крен > 0) читается как «в 87% правдоподобных случаев крен в сторону первого партнёра ({{first}})». Прогоны независимы по наблюдениям: модель не предполагает корреляции ошибок.',
      },
      sensitivity: {
        heading: 'Чувствительность',
        p1: 'По одному допущению за раз: каждое допущение устанавливается сначала на нижнюю, затем на верхнюю границу своего диапазона, все остальные сохраняют значения сценария, и выбранная оценка пересчитывается. Размах — расстояние между двумя результатами; десять допущений с наибольшим размахом образуют диаграмму-торнадо (допущения, не влияющие на оценку, не показываются).',
        formula: 'размахᵢ = | оценка(xᵢ = highᵢ) − оценка(xᵢ = lowᵢ) |',
      },
      flip: {
        heading: 'Что изменит знак крена',
        p1: 'Для выбранных страны, измерения и допущения Fulcrum ищет значение допущения, при котором крен переходит на другую сторону: строго за пределы полосы, в которой правило направления считает крен уравновешенным (он показывается как 0,0). Изменение, которое лишь доводит крен до этой полосы, уравновешивает его и так и называется — это не смена знака. Если крен уже уравновешен, менять нечего. Поиск идёт в пределах границ индикатора от текущего значения; главные риски брифинга и страница анализа оставляют только изменения в пределах опубликованного диапазона допущения (от нижней до верхней оценки), а смену, для которой нужно значение вне его, показывают отдельно, с пометкой «вне опубликованного диапазона».',
        p2: 'Непрерывное допущение делится пополам между текущим значением и тем концом, где крен на другой стороне (не более 60 шагов, с точностью до миллиардной доли диапазона); найденное значение затем округляется в сторону от текущего до той точности, с которой оно показывается, чтобы показанное значение действительно меняло знак. Допущение по рубрике (0–4) проверяется только целыми уровнями, начиная с ближайшего: «с уровня 3 до уровня 1», но никогда «до уровня 1,4»; если ни один целый уровень в диапазоне не меняет знак, ответ — «в пределах диапазона знак не меняется». Одно допущение повышает оценку только одного партнёра, поэтому крен движется в одну сторону и пересечение единственное. Выбор метода тоже считается допущением: другое среднее (арифметическое или геометрическое), каждый другой вариант параметра данных (статистика Кыргызстана или таможня Китая) и равные веса, каждый по отдельности, показывают, какие крены они меняют или уравновешивают.',
        formula:
          'найти ближайшее к текущему x в [min, max] (на рубрике — целые уровни), где sign(крен(x)) = −sign(крен(текущее)) и |крен(x)| ≥ полосы равновесия',
      },
    },
    indicators: {
      heading: 'Индикаторы',
      intro:
        'Каждый индикатор определён один раз и измеряется для каждой страны и каждого партнёра. Границы — значения, соответствующие 0 и 100; денежные суммы берутся в логарифмической шкале, чтобы один крупный проект не обесценивал всё остальное. Порядковые индикаторы кодируются по пятиуровневой шкале.',
      caption: '{{dimension}}: индикаторы, границы и веса по умолчанию',
      columns: {
        indicator: 'Индикатор',
        description: 'Описание',
        unit: 'Единица',
        kind: 'Тип',
        goalposts: 'Границы (мин. – макс.)',
        scale: 'Шкала',
        weight: 'Вес по умолчанию',
        scenarioWeight: 'Вес в сценарии',
      },
      kinds: { share: 'доля', amount: 'сумма', count: 'количество', ordinal: 'порядковый (0–4)' },
      scales: { linear: 'линейная', log: 'log10' },
      goalposts: '{{min}} – {{max}}',
      rubric: 'Шкала: уровни 0–4',
      level: 'Уровень {{level}}',
      id: 'id: {{id}}',
    },
    weights: {
      heading: 'Веса измерений',
      intro:
        'Вес каждого измерения в общей оценке. Аналитик может изменить их на панели сценария; по умолчанию веса равны, если набор данных не задаёт иное.',
      caption: 'Веса измерений по умолчанию',
      columns: {
        dimension: 'Измерение',
        weight: 'Вес по умолчанию',
        share: 'Доля в общей оценке',
        scenario: 'Вес в сценарии',
      },
      aggregation: 'Способ агрегирования в текущем сценарии: {{name}}.',
      aggregations: {
        arithmetic: 'взвешенное среднее арифметическое',
        geometric: 'взвешенное среднее геометрическое',
      },
    },
    sources: {
      heading: 'Источники',
      intro:
        'Все источники набора данных. Первым идёт доклад Ifri; остальные — в порядке сносок доклада, затем по автору. Названия и имена авторов приводятся так, как они опубликованы. В число наблюдений, ссылающихся на источник, входят и те, что ссылаются на него через сноску доклада.',
      count: 'Источников: {{count}}',
      report: 'Исходный документ',
      noFootnote: 'нет среди сносок доклада',
      reportShort: 'доклад Ifri',
      note: 'сноска {{n}}',
      citedBy_zero: 'Не упоминается ни в одном наблюдении',
      citedBy_one: 'Упоминается в {{count}} наблюдении',
      citedBy_few: 'Упоминается в {{count}} наблюдениях',
      citedBy_many: 'Упоминается в {{count}} наблюдениях',
      citedBy_other: 'Упоминается в {{count}} наблюдениях',
    },
    caveats: {
      heading: 'Оговорки',
      kgTrade: {
        heading: 'Расхождение торговой статистики Кыргызстана',
        p1: 'Таможня Китая и статистика Кыргызстана учитывают торговлю между странами совершенно по-разному, и доклад видит в этом разрыве не только учёт транзита. Цитата из доклада (на английском):',
        quoteSource: 'доклад Ifri, сноска {{footnote}}',
        quoteOwn: 'доклад Ifri, собственные слова',
        p2: 'Fulcrum хранит обе версии. Какая из них учитывается, определяет параметр сценария «{{option}}»:',
        isDefault: '(по умолчанию)',
        cli: 'В командной строке:',
        missing: 'В наборе данных нет параметра для этого выбора.',
      },
      remittances: {
        heading: 'Расхождение данных о денежных переводах',
        p1: 'Переводы измеряются в процентах ВВП. Итоговые данные Всемирного банка охватывают переводы из всех стран и намного выше официальной российской цифры по Таджикистану; Национальный банк Таджикистана не публикует переводы в разбивке по странам, поэтому доля России оценивается косвенно. Примечания набора данных объясняют, как получено каждое значение:',
        none: 'В наборе данных нет наблюдений о денежных переводах.',
      },
      judgement: {
        heading: 'Индикаторы, закодированные экспертно',
        p1: 'Там, где статистики нет, но источник описывает положение дел, Fulcrum присваивает уровень по шкале 0–4 и помечает его как экспертное суждение. Каждое суждение называет свой уровень, цитирует слова шкалы, которым оно отвечает, и свидетельства, которые им отвечают (см. «Свидетельства по каждому наблюдению»), а одни и те же свидетельства дают один и тот же уровень в обеих странах. Проценты никогда не бывают экспертным суждением, а ячейка без собственных свидетельств не кодируется: данных по ней нет. Вот все такие суждения ({{count}}):',
        none: 'В наборе данных нет экспертно закодированных наблюдений.',
      },
      general: {
        heading: 'Что означают оценки',
        p1: 'Оценки измеряют зависимость по имеющимся данным, а не намерения, влияние или лояльность. Партнёр, о котором опубликовано мало данных, может выглядеть менее заметным, чем он есть; экспертное суждение — уровень шкалы, закодированный по процитированным словам, а не измерение. Полнота данных ниже 100% и широкие интервалы показывают, насколько можно доверять оценке.',
        p2: 'Цифры относятся к разным годам и периодам (они указаны у каждого наблюдения), а некоторые опираются на единственный источник. Прежде чем приводить цифру, сверьтесь со списком источников.',
        p3: 'Оценка может оказаться вне собственного 90-процентного интервала. Оценка строится по опубликованным значениям, а интервал — по случайным выборкам из правдоподобного диапазона каждого значения. Если опубликованные значения лежат на краю своих диапазонов (почему диапазон таков, сказано в примечании к каждому наблюдению), выборки смещаются в другую сторону, и интервал оказывается рядом с оценкой, а не вокруг неё. Это говорит о том, где опубликованные цифры лежат в пределах, которые допускают источники, а не об ошибке в расчёте.',
      },
    },
    mix: {
      heading: 'Насколько оценки опираются на суждения',
      intro:
        'Для каждого измерения — доля веса его индикаторов (по всем странам и партнёрам), которая опирается на каждый вид данных. Строка «Итого» взвешивает измерения так же, как общая оценка. Незакодированная ячейка ничего не добавляет к оценке: её доля — та часть измерения, которую оценка не видит (1 − полнота данных).',
      published: 'По опубликованным данным: выбор данных и веса по умолчанию.',
      scenario:
        'В текущем сценарии: действуют его веса и выбор данных, а значение, заданное сценарием, считается собственным значением аналитика.',
      summary:
        'В целом {{judgement}} веса опирается на экспертные суждения по шкале, а {{missing}} приходится на незакодированные ячейки.',
      caption: 'Доля веса индикаторов по видам данных',
      dimension: 'Измерение',
      overall: 'Итого',
      noWeight: 'нет веса',
      kinds: {
        reported: 'данные источника',
        computed: 'расчёт',
        estimate: 'оценка',
        judgement: 'экспертное суждение',
        analyst: 'значение аналитика',
        missing: 'нет данных',
      },
      definitionsHeading: 'Что означают метки',
      definitions: {
        reported:
          'цифра в том виде, в каком её приводит источник; слова, где она приводится, процитированы.',
        computed:
          'рассчитано Fulcrum из опубликованных исходных цифр; показаны формула и каждая исходная цифра с цитатой.',
        estimate: 'оценка, сделанная самим названным источником, а не Fulcrum.',
        judgement:
          'уровень шкалы (0–4), закодированный Fulcrum по процитированным свидетельствам; показаны строка шкалы для этого уровня и слова, которым отвечают свидетельства. Проценты никогда не бывают экспертным суждением.',
        analyst:
          'значение, заданное в сценарии: незакодированная ячейка, заполненная аналитиком, или заменённое опубликованное значение.',
        missing:
          'ячейка без собственных свидетельств: не кодируется, не входит в оценку своего измерения и снижает его полноту данных.',
      },
      missingHeading: 'Незакодированные ячейки',
      missingIntro:
        'У этих ячеек (страна × партнёр × индикатор) нет собственных свидетельств в наборе данных, поэтому они не закодированы: каждая исключается из оценки своего измерения и снижает его полноту данных; она никогда не считается нулём. Аналитик может задать значение любой из них на панели сценария; тогда оно помечается как собственное значение аналитика, и ссылка на сценарий его сохраняет (ключ указан рядом с каждой ячейкой).',
      missingCount: 'Незакодированных ячеек: {{count}} из {{total}}.',
      missingNone: 'Все ячейки набора данных закодированы.',
    },
    evidence: {
      heading: 'Свидетельства по каждому наблюдению',
      intro:
        'Каждое наблюдение набора данных со словами, на которые оно опирается, по индикаторам. Цитаты приводятся на языке источника (английском) — точно так, как они стоят в докладе Ifri или, для источников, которые нельзя открыть с этих машин, в исследовательских заметках (shared/data-notes.md); строка под цитатой указывает, где она находится. Откройте индикатор, чтобы увидеть его наблюдения.',
      expandAll: 'Открыть все',
      collapseAll: 'Закрыть все',
      readings: 'наблюдений: {{count}}',
      missing: 'не закодировано: {{count}}',
      reading: 'Это наблюдение учитывается, если «{{option}}» — «{{choice}}».',
      quotes: 'Свидетельства',
      noEvidence: 'Цитат нет.',
      locator: {
        report: 'доклад Ifri, раздел «{{section}}»',
        reportOwn: 'собственные слова доклада, раздел «{{section}}»',
        notes: 'исследовательские заметки (data-notes), раздел «{{section}}» — по данным:',
      },
      computed: {
        heading: 'Рассчитано Fulcrum',
        value: 'значение',
        low: 'нижняя граница',
        high: 'верхняя граница',
        inputs: 'Исходные цифры:',
        same: '{{name}} = {{value}}, см. выше',
      },
      coding: {
        level: 'Уровень шкалы {{level}}: {{line}}',
        words: 'Слова шкалы, которым отвечают свидетельства (как закодировано):',
        key: 'Ключ свидетельства:',
        keyHelp: 'одни и те же свидетельства дают один и тот же уровень во всех странах',
      },
      missingCells: 'Не закодировано (нет свидетельств): {{cells}}.',
    },
    context: {
      heading: 'Контекст (без оценки)',
      intro:
        'Факты с источниками, которые не являются оценкой зависимости от одного партнёра: тенденция во времени, третий партнёр (например, Турция), рычаг, который не измеряет ни один индикатор. Они помогают читать оценки и сами не оцениваются.',
      none: 'В этой версии набора данных нет фактов контекста.',
      concerns: 'Относится к: {{list}}',
    },
    observation: {
      range: 'диапазон {{low}} – {{high}}',
      level: 'уровень {{value}} из 4',
      sourcesLabel: 'Источники:',
    },
    data: {
      heading: 'Версия данных и воспроизведение',
      version: 'Версия набора данных {{version}} от {{date}}',
      countsCaption: 'Состав набора данных',
      counts: {
        countries: 'Страны',
        partners: 'Партнёры',
        indicators: 'Индикаторы',
        cells: 'Ячейки (страна × партнёр × индикатор)',
        cellsCoded: 'Закодированные ячейки',
        missingCells: 'Незакодированные ячейки',
        readings: 'Наблюдения (ячейка с двумя версиями данных считается дважды)',
        reported: 'из них опубликованные цифры',
        computed: 'из них рассчитанные Fulcrum',
        estimate: 'из них оценки, сделанные названным источником',
        judgement: 'из них экспертные суждения по шкале',
        sources: 'Источники',
        events: 'События хронологии',
        context: 'Факты контекста (без оценки)',
        presets: 'Готовые сценарии',
      },
      reproduce: {
        heading: 'Как воспроизвести числа',
        p1: 'Любую оценку, общую оценку и крен можно пересчитать вне браузера командной строкой проекта, которая запускает тот же вычислительный модуль на тех же данных:',
        commands: {
          scores: 'все оценки и крены базового сценария в JSON',
          csv: 'то же в CSV',
          uncertainty: 'с 90-процентными интервалами и P(крен > 0) по {{draws}} прогонам',
          option: 'с другой версией данных',
          scenario: 'для сценария, выгруженного из панели',
          dataset: 'сам проверенный набор данных',
        },
      },
    },
  },
};
