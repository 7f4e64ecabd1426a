// Scenario presets. Each override follows from a stated rule and is computed here: from the
// published observations (the top or bottom of a range, a fraction of the value) or from
// reported figures that the preset carries with the words that give them (`figures`). A rule
// that rests on no source is called the analyst's assumption, in the name or the rationale.
//
// Rationales never type a number that the data hold: they read values, overrides and figures
// through placeholders ({{value:KG.RU.remittances_gdp}}, {{override:…}}, {{figure:loan}},
// {{calc:exports / imports|1}}; see src/model/presetText.ts), filled in the reader's language
// wherever a rationale is shown. Footnote numbers and years are the only digits they contain.
// A passage of the report without a footnote is called the report's own words.

import { evaluateFormula } from '../model/formula';
import type { FigureInput, Observation, Preset } from '../model/types';
import { figure, notesQuote, reportQuote } from './evidence';
import { kgObservations } from './observations/kg';
import { tjObservations } from './observations/tj';

const all: Observation[] = [...kgObservations, ...tjObservations];

/** The published reading of a cell: the observation without variant, or the default-variant one. */
function baseline(key: string): Observation {
  const matches = all.filter((o) => `${o.country}.${o.partner}.${o.indicator}` === key);
  const found =
    matches.find((o) => o.variant === undefined) ??
    matches.find(
      (o) => o.variant?.option === 'kgTradeSource' && o.variant.value === 'kyrgyz-stats',
    );
  if (!found) throw new Error(`presets: no published observation for ${key}`);
  return found;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

/** Arithmetic over a preset's figures, as the formula module evaluates derivations. */
function compute(expr: string, inputs: Record<string, FigureInput>, decimals = 1): number {
  const used = Object.fromEntries(
    Object.entries(inputs).filter(([name]) => new RegExp(`\\b${name}\\b`).test(expr)),
  );
  const result = evaluateFormula({ expr, inputs: used }, decimals);
  if (!result.ok) throw new Error(`presets: ${expr}: ${result.reason}`);
  return result.data;
}

const ECONOMIC = 'From investment to structural dependence';

// ─── figures the presets read

/** Kyrgyz external debt at the end of 2025 and the part owed to China Exim Bank (notes). */
const KG_DEBT_ROW = notesQuote(
  'centralasianlight-kg-debt-end-2025',
  'Economic',
  '| KG | CN | debt to China Exim Bank; share of external debt (total $5.34bn) | $1.5bn; 28.1%',
);
const CKU_ROW = notesQuote(
  '24kg-2025-12-cku-financing',
  'Infrastructure and energy',
  '| KG | CN | China–Kyrgyzstan–Uzbekistan railway: $4.7bn, China 51% of the joint venture, $2.3bn 35-year loan, 304 km in KG',
);
const CKU_FIGURES: Record<string, FigureInput> = {
  cost: figure(
    { en: 'Cost of the CKU railway ($bn)', ru: 'Стоимость железной дороги CKU (млрд $)' },
    4.7,
    reportQuote(
      ECONOMIC,
      'the launch in 2024 of construction on the $4.7 billion China–Kyrgyzstan–Uzbekistan Railway (CKU Railway)',
      9,
    ),
  ),
  stake: figure(
    { en: "China's stake in the joint venture (%)", ru: 'Доля Китая в совместной компании (%)' },
    51,
    reportQuote(ECONOMIC, 'The controlling stake in the joint venture (51%) belongs to China', 9),
  ),
  loan: figure(
    { en: 'Chinese loan for the CKU railway ($bn)', ru: 'Китайский кредит на дорогу CKU (млрд $)' },
    2.3,
    CKU_ROW,
  ),
  debtToChina: figure(
    {
      en: 'Kyrgyz debt to China Exim Bank, end-2025 ($bn)',
      ru: 'Долг Кыргызстана Эксимбанку Китая, конец 2025 г. (млрд $)',
    },
    1.5,
    KG_DEBT_ROW,
  ),
  externalDebt: figure(
    {
      en: 'Kyrgyz external debt, end-2025 ($bn)',
      ru: 'Внешний долг Кыргызстана, конец 2025 г. (млрд $)',
    },
    5.34,
    KG_DEBT_ROW,
  ),
};

const MIGRANT_FIGURES: Record<string, FigureInput> = (() => {
  const row = notesQuote(
    '24kg-kg-migrants-russia',
    'Economic',
    '| KG | RU | registered Kyrgyz migrants in Russia | 350,000 (650,000 in 2023) | end-2024 | 24.kg',
  );
  return {
    migrants2023: figure(
      {
        en: 'Registered Kyrgyz migrants in Russia, 2023',
        ru: 'Зарегистрированные кыргызские мигранты в России, 2023 г.',
      },
      650000,
      row,
    ),
    migrants2024: figure(
      {
        en: 'Registered Kyrgyz migrants in Russia, end-2024',
        ru: 'Зарегистрированные кыргызские мигранты в России, конец 2024 г.',
      },
      350000,
      row,
    ),
  };
})();

const EU_SURGE_QUOTE = reportQuote(
  ECONOMIC,
  'the 800% increase in shipments of high-tech European goods to Kyrgyzstan, followed by a 1,200% surge in their re-export to Russia, triggered unprecedented pressure from the European Union (EU).',
  5,
);
const CRACKDOWN_FIGURES: Record<string, FigureInput> = {
  euGoods: figure(
    {
      en: 'Rise in European high-tech goods shipped to Kyrgyzstan (%)',
      ru: 'Рост поставок европейских высокотехнологичных товаров в Кыргызстан (%)',
    },
    800,
    EU_SURGE_QUOTE,
  ),
  reExports: figure(
    { en: 'Rise in their re-export to Russia (%)', ru: 'Рост их реэкспорта в Россию (%)' },
    1200,
    EU_SURGE_QUOTE,
  ),
  cn2024: figure(
    {
      en: 'Kyrgyz trade with China, 2024, Kyrgyz data ($bn)',
      ru: 'Торговля Кыргызстана с Китаем, 2024 г., данные Кыргызстана (млрд $)',
    },
    5.3,
    notesQuote(
      '24kg-2025-07-kg-cn-trade',
      'Economic',
      '| KG | CN | trade turnover, Kyrgyz data | $5.3bn (+44.7%)',
    ),
  ),
  cnGrowth: figure(
    { en: 'Its growth in 2024 (%)', ru: 'Её рост в 2024 г. (%)' },
    44.7,
    notesQuote(
      '24kg-2025-07-kg-cn-trade',
      'Economic',
      '| KG | CN | trade turnover, Kyrgyz data | $5.3bn (+44.7%)',
    ),
  ),
  ru2024: figure(
    {
      en: 'Kyrgyz trade with Russia, 2024, Kyrgyz data ($bn)',
      ru: 'Торговля Кыргызстана с Россией, 2024 г., данные Кыргызстана (млрд $)',
    },
    3.2,
    notesQuote(
      'finmarket-kg-ru-trade-2024',
      'Economic',
      '| KG | RU | trade turnover, Kyrgyz data | $3.2bn (+16.6%)',
    ),
  ),
  ruGrowth: figure(
    { en: 'Its growth in 2024 (%)', ru: 'Её рост в 2024 г. (%)' },
    16.6,
    notesQuote(
      'finmarket-kg-ru-trade-2024',
      'Economic',
      '| KG | RU | trade turnover, Kyrgyz data | $3.2bn (+16.6%)',
    ),
  ),
  total10m: figure(
    {
      en: 'Kyrgyz total trade, January–October 2024 ($bn)',
      ru: 'Внешняя торговля Кыргызстана, январь–октябрь 2024 г. (млрд $)',
    },
    12.0,
    notesQuote(
      'trend-2024-11-kg-total-trade',
      'Economic',
      '| KG | all | total trade (exports $2.7bn, imports $9.2bn) | $12.0bn | Jan–Oct 2024',
    ),
  ),
};
/** Total trade once 2024's growth with China and Russia is undone (the year annualised). */
const CRACKDOWN_TOTAL =
  'total10m * 12 / 10 - cn2024 + cn2024 / (1 + cnGrowth / 100) - ru2024 + ru2024 / (1 + ruGrowth / 100)';

const TELECOM_FIGURES: Record<string, FigureInput> = (() => {
  const kg = reportQuote(
    'Monopoly in the telecommunications sector',
    'In Kyrgyzstan, Huawei is the key technology supplier for the largest operators, including Sky Mobile and Alfa Telecom, and in a number of analytical publications, the share of its equipment among them is estimated at 90% and 70%, respectively.',
  );
  return {
    tjShare: figure(
      {
        en: "Huawei's share of Tajik telecom equipment, expert estimates (%)",
        ru: 'Доля Huawei в телеком-оборудовании Таджикистана, экспертные оценки (%)',
      },
      90,
      reportQuote(
        'Monopoly in the telecommunications sector',
        "According to a number of expert estimates, over 90% of Tajikistan's telecommunications equipment is supplied by Huawei.",
      ),
    ),
    skyMobile: figure(
      { en: "Huawei's share at Sky Mobile (%)", ru: 'Доля Huawei у Sky Mobile (%)' },
      90,
      kg,
    ),
    alfa: figure(
      { en: "Huawei's share at Alfa Telecom (%)", ru: 'Доля Huawei у Alfa Telecom (%)' },
      70,
      kg,
    ),
  };
})();

const CUSTOMS_FIGURES: Record<string, FigureInput> = (() => {
  const gap = reportQuote(
    ECONOMIC,
    'at the end of 2025, the Chinese customs service recorded exports to Kyrgyzstan totaling $27.2 billion, while the Kyrgyz side reported imports of $4.97 billion.',
    3,
  );
  return {
    exports: figure(
      {
        en: 'Chinese customs: exports to Kyrgyzstan, 2025 ($bn)',
        ru: 'Таможня Китая: экспорт в Кыргызстан, 2025 г. (млрд $)',
      },
      27.2,
      gap,
    ),
    imports: figure(
      {
        en: 'Kyrgyz records: imports from China, 2025 ($bn)',
        ru: 'Данные Кыргызстана: импорт из Китая, 2025 г. (млрд $)',
      },
      4.97,
      gap,
    ),
    reportRatio: figure(
      { en: 'The gap as the report words it (times)', ru: 'Разрыв в формулировке доклада (раз)' },
      5.5,
      reportQuote(
        ECONOMIC,
        'It is evident that such a discrepancy of more than 5.5 times cannot be attributed solely to the methodology for accounting for transit cargo.',
      ),
    ),
  };
})();

// ─── rules

/** Russia's training of the region's security forces moves to the top of its range. */
function russianReengagement(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of ['KG', 'TJ']) {
    const key = `${c}.RU.officer_training`;
    out[key] = baseline(key).high;
  }
  return out;
}

/** Remittances from Russia fall by a third (the analyst's assumption): the value × 2/3. */
function remittanceShock(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of ['KG', 'TJ']) {
    const key = `${c}.RU.remittances_gdp`;
    out[key] = round1((baseline(key).value * 2) / 3);
  }
  return out;
}

/** Telecom rip-and-replace (the analyst's assumption): Chinese vendors' share halved. */
function ripAndReplace(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of ['KG', 'TJ']) {
    const key = `${c}.CN.telecom_equipment_share`;
    out[key] = round1(baseline(key).value / 2);
  }
  return out;
}

export const presets: Preset[] = [
  {
    id: 'baseline',
    name: { en: 'Baseline', ru: 'Базовый сценарий' },
    rationale: {
      en: 'The data as published: every value as its source gives it or as computed from sourced figures, Kyrgyz statistics for Kyrgyz trade, all weights equal, arithmetic mean. A cell with no evidence of its own is missing, not guessed. The Ifri report (July 2026) and the further sources in the methodology are the basis of every number.',
      ru: 'Данные в опубликованном виде: каждое значение — как его даёт источник или как оно вычислено из цифр источников, для торговли Кыргызстана — кыргызская статистика, все веса равны, среднее арифметическое. Ячейка без собственных данных отсутствует, а не угадывается. Основа всех цифр — доклад Ifri (июль 2026 г.) и другие источники, перечисленные в методологии.',
    },
    sources: ['ifri-2026'],
    scenario: {},
  },
  {
    id: 'cku-railway-in-operation',
    name: {
      en: 'CKU railway in operation',
      ru: 'Железная дорога Китай — Кыргызстан — Узбекистан работает',
    },
    rationale: {
      en: "The report (fn 9) describes the ${{figure:cost}}bn China–Kyrgyzstan–Uzbekistan railway as intended to become the key artery of the Middle Corridor: China holds the controlling stake ({{figure:stake}}%) in the joint venture, a long-term loan from Chinese state-owned banks finances it, and economists warn that the build-operate-transfer model will tie Kyrgyzstan's public finances and 'drastically curtail' its transit sovereignty. In its own words, the report adds that the line deprives Russia of the ability to use logistics as a tool of pressure on Central Asian states. Rule: once the line runs, China's hold on Kyrgyz corridors moves to the top of its range (level {{value:KG.CN.transit_corridors}} → {{override:KG.CN.transit_corridors}}) and Russia's to the bottom of its range (level {{value:KG.RU.transit_corridors}} → {{override:KG.RU.transit_corridors}}). The loan becomes a liability: if the whole ${{figure:loan}}bn loan (research notes) counted as Kyrgyz public debt, China's share of Kyrgyz external debt would rise from {{value:KG.CN.debt_share}}% to {{override:KG.CN.debt_share}}% (${{figure:debtToChina}}bn owed to China Exim Bank plus the loan, over ${{figure:externalDebt}}bn of external debt plus the loan). Tajikistan is not on the route and is unchanged.",
      ru: 'Доклад (сноска 9) описывает железную дорогу Китай — Кыргызстан — Узбекистан стоимостью ${{figure:cost}} млрд как будущую ключевую артерию Среднего коридора: Китаю принадлежит контрольный пакет ({{figure:stake}}%) совместной компании, дорога финансируется долгосрочным кредитом китайских госбанков, а экономисты предупреждают, что модель «строительство — эксплуатация — передача» привяжет государственные финансы Кыргызстана и «резко ограничит» его транзитный суверенитет. Своими словами доклад добавляет, что дорога лишает Россию возможности использовать логистику как инструмент давления на государства Центральной Азии. Правило: когда дорога заработает, контроль Китая над коридорами Кыргызстана поднимается до верха своего диапазона (уровень {{value:KG.CN.transit_corridors}} → {{override:KG.CN.transit_corridors}}), а России — опускается до низа своего диапазона (уровень {{value:KG.RU.transit_corridors}} → {{override:KG.RU.transit_corridors}}). Кредит становится обязательством: если весь кредит в ${{figure:loan}} млрд (исследовательские заметки) считать государственным долгом Кыргызстана, доля Китая во внешнем долге вырастет с {{value:KG.CN.debt_share}}% до {{override:KG.CN.debt_share}}% (${{figure:debtToChina}} млрд долга Эксимбанку Китая плюс кредит к ${{figure:externalDebt}} млрд внешнего долга плюс кредит). Таджикистан не на маршруте и не меняется.',
    },
    sources: [
      'ifri-2026',
      'dayar-2025-caspian-policy',
      '24kg-2025-12-cku-financing',
      'centralasianlight-kg-debt-end-2025',
    ],
    figures: CKU_FIGURES,
    scenario: {
      overrides: {
        'KG.CN.transit_corridors': baseline('KG.CN.transit_corridors').high,
        'KG.RU.transit_corridors': baseline('KG.RU.transit_corridors').low,
        'KG.CN.debt_share': compute(
          '100 * (debtToChina + loan) / (externalDebt + loan)',
          CKU_FIGURES,
        ),
      },
    },
  },
  {
    id: 'russian-re-engagement',
    name: {
      en: 'Russian re-engagement after the war in Ukraine',
      ru: 'Возвращение России в регион после войны в Украине',
    },
    rationale: {
      en: "In its own words (the passage has no footnote), the report argues that Moscow's restraint is dictated by circumstances: as relations with the West normalise and strategic attention is freed from the Ukrainian front, the Kremlin will turn to the Central Asian agenda, with informal influence over the region's security agencies 'incomparably deeper than China's', built up over decades of joint training and personnel ties, and with Russian-speaking elites. Rule: that channel, Russian training of the region's security personnel, moves to the top of its range in both countries (Kyrgyzstan level {{value:KG.RU.officer_training}} → {{override:KG.RU.officer_training}}, Tajikistan level {{value:TJ.RU.officer_training}} → {{override:TJ.RU.officer_training}}). Bases, arms supplies and security frameworks stay as published: the passage names none of them, and no source gives more troops or a larger share.",
      ru: 'Своими словами (у этого места нет сноски) доклад утверждает, что сдержанность Москвы продиктована обстоятельствами: по мере нормализации отношений с Западом и освобождения стратегического внимания от украинского фронта Кремль вернётся к центральноазиатской повестке, опираясь на неформальное влияние на силовые структуры региона, «несравнимо более глубокое, чем у Китая», созданное десятилетиями совместной подготовки и кадровых связей, и на русскоязычные элиты. Правило: этот канал — подготовка Россией кадров силовых структур региона — поднимается до верха своего диапазона в обеих странах (Кыргызстан: уровень {{value:KG.RU.officer_training}} → {{override:KG.RU.officer_training}}, Таджикистан: уровень {{value:TJ.RU.officer_training}} → {{override:TJ.RU.officer_training}}). Базы, поставки оружия и институциональные механизмы остаются как опубликованы: доклад здесь их не называет, и ни один источник не даёт больше войск или большей доли.',
    },
    sources: ['ifri-2026'],
    scenario: { overrides: russianReengagement() },
  },
  {
    id: 'remittance-shock',
    name: {
      en: "Remittance shock: remittances from Russia fall by a third (an analyst's assumption)",
      ru: 'Шок денежных переводов: переводы из России сокращаются на треть (допущение аналитика)',
    },
    rationale: {
      en: "The report stresses that migrant remittances remain a critical component of economic stability for both countries and that Russia is the principal destination of their labour migrants. How far remittances could fall is in no source: a fall by a third is the analyst's assumption, a stress test. The research notes do record registered Kyrgyz migrants in Russia falling from {{figure:migrants2023}} in 2023 to {{figure:migrants2024}} at the end of 2024 (24.kg). Rule: remittances from Russia as a share of GDP fall to two-thirds of the published value in both countries: Kyrgyzstan {{value:KG.RU.remittances_gdp}}% → {{override:KG.RU.remittances_gdp}}%, Tajikistan {{value:TJ.RU.remittances_gdp}}% → {{override:TJ.RU.remittances_gdp}}%.",
      ru: 'Доклад подчёркивает, что денежные переводы мигрантов остаются критически важным фактором экономической стабильности обеих стран, а Россия — главное направление их трудовой миграции. Насколько могут сократиться переводы, не сказано ни в одном источнике: сокращение на треть — допущение аналитика, стресс-тест. Исследовательские заметки фиксируют сокращение числа зарегистрированных в России кыргызских мигрантов с {{figure:migrants2023}} в 2023 г. до {{figure:migrants2024}} на конец 2024 г. (24.kg). Правило: переводы из России в процентах ВВП в обеих странах снижаются до двух третей опубликованного значения: Кыргызстан {{value:KG.RU.remittances_gdp}}% → {{override:KG.RU.remittances_gdp}}%, Таджикистан {{value:TJ.RU.remittances_gdp}}% → {{override:TJ.RU.remittances_gdp}}%.',
    },
    sources: ['ifri-2026', '24kg-kg-migrants-russia'],
    figures: MIGRANT_FIGURES,
    scenario: { overrides: remittanceShock() },
  },
  {
    id: 'tj-debt-for-assets',
    name: {
      en: 'Debt-for-assets swaps (Tajikistan)',
      ru: 'Обмен долгов на активы (Таджикистан)',
    },
    rationale: {
      en: "In the report's own words (footnote 6 gives only the debt figures), Dushanbe's inability to service its loans without straining the budget means 'that it is being forced to swap debt for assets and relinquish strategic resources'. The report names what is at stake: Zijin Mining controls the Jilau and Taror gold deposits (its own words), and the modernisation of TALCO, Tajikistan's main export industry, has been contracted to China's CMEC (fn 8). Rule: debt turned into assets lowers China's share of Tajik external debt to the bottom of its range, the report's figure ({{value:TJ.CN.debt_share}}% → {{override:TJ.CN.debt_share}}%), and raises China's control of energy and mining assets to the rubric's top level, most of the country's strategic assets (level {{value:TJ.CN.energy_mining_assets}} → {{override:TJ.CN.energy_mining_assets}}).",
      ru: 'Своими словами доклада (сноска 6 даёт лишь цифры долга): неспособность Душанбе обслуживать кредиты без напряжения бюджета означает, что он «вынужден обменивать долги на активы и уступать стратегические ресурсы». Доклад называет, о чём идёт речь: Zijin Mining контролирует золоторудные месторождения Джилау и Тарор (слова самого доклада), а модернизация ТАЛКО — главной экспортной отрасли Таджикистана — поручена китайской CMEC (сноска 8). Правило: превращение долга в активы снижает долю Китая во внешнем долге Таджикистана до низа диапазона, цифры доклада ({{value:TJ.CN.debt_share}}% → {{override:TJ.CN.debt_share}}%), а контроль Китая над энергетическими и горнодобывающими активами поднимается до высшего уровня рубрики — большинство стратегических активов страны (уровень {{value:TJ.CN.energy_mining_assets}} → {{override:TJ.CN.energy_mining_assets}}).',
    },
    sources: ['ifri-2026', 'duke-2025-lowy', 'cag-world-talco'],
    scenario: {
      overrides: {
        'TJ.CN.debt_share': baseline('TJ.CN.debt_share').low,
        'TJ.CN.energy_mining_assets': 4,
      },
    },
  },
  {
    id: 'kg-sanctions-crackdown',
    name: {
      en: "Sanctions crackdown on re-exports (Kyrgyzstan): 2024's trade growth undone (an analyst's assumption)",
      ru: 'Борьба с реэкспортом в обход санкций (Кыргызстан): рост торговли за 2024 год обнулён (допущение аналитика)',
    },
    rationale: {
      en: "The report reads the gap between Chinese and Kyrgyz trade records as a shadow economy and grey re-export schemes, including dual-use goods (fns 3–4), and notes unprecedented EU pressure after shipments of European high-tech goods to Kyrgyzstan rose {{figure:euGoods}}% and their re-export to Russia {{figure:reExports}}% (fn 5). No source at hand estimates how much recorded trade a crackdown would remove. The analyst's assumption: it undoes 2024's growth in Kyrgyz-recorded trade with China (+{{figure:cnGrowth}}%, to ${{figure:cn2024}}bn) and with Russia (+{{figure:ruGrowth}}%, to ${{figure:ru2024}}bn); shares are recomputed over total trade annualised from ${{figure:total10m}}bn in January–October 2024. On Kyrgyz statistics, China's share goes from {{value:KG.CN.trade_share}}% to {{override:KG.CN.trade_share}}% and Russia's from {{value:KG.RU.trade_share}}% to {{override:KG.RU.trade_share}}%.",
      ru: 'Доклад объясняет разрыв между китайскими и кыргызскими данными о торговле теневой экономикой и серыми схемами реэкспорта, в том числе товаров двойного назначения (сноски 3–4), и отмечает беспрецедентное давление ЕС после того, как поставки европейских высокотехнологичных товаров в Кыргызстан выросли на {{figure:euGoods}}%, а их реэкспорт в Россию — на {{figure:reExports}}% (сноска 5). Ни один имеющийся источник не оценивает, сколько учтённой торговли устранит борьба с реэкспортом. Допущение аналитика: она обнуляет рост учтённой Кыргызстаном торговли за 2024 г. с Китаем (+{{figure:cnGrowth}}%, до ${{figure:cn2024}} млрд) и с Россией (+{{figure:ruGrowth}}%, до ${{figure:ru2024}} млрд); доли пересчитываются к общему обороту, пересчитанному на год из ${{figure:total10m}} млрд за январь–октябрь 2024 г. По кыргызской статистике доля Китая меняется с {{value:KG.CN.trade_share}}% до {{override:KG.CN.trade_share}}%, России — с {{value:KG.RU.trade_share}}% до {{override:KG.RU.trade_share}}%.',
    },
    sources: [
      'ifri-2026',
      'aibashov-sharipzhan-2026-rferl',
      'yusupov-2025-caps',
      'collet-2026-euractiv',
      '24kg-2025-07-kg-cn-trade',
      'finmarket-kg-ru-trade-2024',
      'trend-2024-11-kg-total-trade',
    ],
    figures: CRACKDOWN_FIGURES,
    scenario: {
      options: { kgTradeSource: 'kyrgyz-stats' },
      overrides: {
        'KG.CN.trade_share': compute(
          `100 * cn2024 / (1 + cnGrowth / 100) / (${CRACKDOWN_TOTAL})`,
          CRACKDOWN_FIGURES,
        ),
        'KG.RU.trade_share': compute(
          `100 * ru2024 / (1 + ruGrowth / 100) / (${CRACKDOWN_TOTAL})`,
          CRACKDOWN_FIGURES,
        ),
      },
    },
  },
  {
    id: 'telecom-rip-and-replace',
    name: {
      en: "Telecom rip-and-replace (an analyst's assumption)",
      ru: 'Замена телекоммуникационного оборудования (допущение аналитика)',
    },
    rationale: {
      en: "A stress test. The report warns that Chinese platforms in critical infrastructure may give Chinese intelligence covert access to data, citing groups linked to Chinese intelligence that kept covert access to Kazakhstan's largest telecom operators (fn 28); that the U.S. Department of Defense lists Huawei and Hikvision as Chinese military companies under Section 1260H (fns 29–30); and that Chinese vendors have effectively monopolised core-network equipment in Central Asia (fn 33), with credit-backed prices that, in the report's own words, make switching to other vendors financially unfeasible. By expert estimates that the report gives without a footnote, Huawei supplies over {{figure:tjShare}}% of Tajikistan's telecom equipment and about {{figure:skyMobile}}% and {{figure:alfa}}% of the equipment at Kyrgyzstan's Sky Mobile and Alfa Telecom. Rule (the analyst's assumption): a partial replacement programme halves the Chinese vendors' share in both countries: Kyrgyzstan {{value:KG.CN.telecom_equipment_share}}% → {{override:KG.CN.telecom_equipment_share}}%, Tajikistan {{value:TJ.CN.telecom_equipment_share}}% → {{override:TJ.CN.telecom_equipment_share}}%.",
      ru: 'Стресс-тест. Доклад предупреждает, что китайские платформы в критической инфраструктуре могут дать китайским спецслужбам скрытый доступ к данным, ссылаясь на группы, связанные с китайскими спецслужбами, которые долго сохраняли скрытый доступ к крупнейшим операторам связи Казахстана (сноска 28); что Министерство обороны США включило Huawei и Hikvision в список китайских военных компаний по разделу 1260H (сноски 29–30); и что китайские поставщики фактически монополизировали оборудование опорных сетей в Центральной Азии (сноска 33), а цены с кредитной поддержкой, по словам самого доклада, делают переход на других поставщиков финансово невыгодным. По экспертным оценкам, которые доклад приводит без сноски, Huawei поставляет более {{figure:tjShare}}% телеком-оборудования Таджикистана и около {{figure:skyMobile}}% и {{figure:alfa}}% оборудования кыргызских Sky Mobile и Alfa Telecom. Правило (допущение аналитика): частичная программа замены вдвое сокращает долю китайских поставщиков в обеих странах: Кыргызстан {{value:KG.CN.telecom_equipment_share}}% → {{override:KG.CN.telecom_equipment_share}}%, Таджикистан {{value:TJ.CN.telecom_equipment_share}}% → {{override:TJ.CN.telecom_equipment_share}}%.',
    },
    sources: [
      'ifri-2026',
      'kumenov-2024-eurasianet',
      'capaccio-leonard-2020-time',
      'dod-2025-1260h',
      'bobokhonov-bekturganov-2023-civic-idea',
    ],
    figures: TELECOM_FIGURES,
    scenario: { overrides: ripAndReplace() },
  },
  {
    id: 'trust-chinese-customs',
    name: {
      en: 'Trust Chinese customs data for Kyrgyz trade',
      ru: 'Данные китайской таможни о торговле Кыргызстана',
    },
    rationale: {
      en: "The report (fn 3) notes that in 2025 Chinese customs recorded ${{figure:exports}}bn of exports to Kyrgyzstan while Kyrgyzstan reported ${{figure:imports}}bn of imports: about {{calc:exports / imports|1}} times as much ({{calc:exports / imports|2}}; the report says 'more than {{figure:reportRatio}} times'). In its own words, such a gap cannot be put down to transit accounting alone; it documents a shadow economy and grey re-export schemes (fn 4). Rule: use the Chinese-customs reading of Kyrgyz trade, which moves China's share from {{value:KG.CN.trade_share}}% to {{scenario:KG.CN.trade_share}}% and Russia's from {{value:KG.RU.trade_share}}% to {{scenario:KG.RU.trade_share}}%.",
      ru: 'Доклад (сноска 3) отмечает, что в 2025 г. китайская таможня учла ${{figure:exports}} млрд экспорта в Кыргызстан, тогда как Кыргызстан сообщил об импорте на ${{figure:imports}} млрд, — примерно в {{calc:exports / imports|1}} раза больше ({{calc:exports / imports|2}}; в докладе — «более чем в {{figure:reportRatio}} раза»). Своими словами доклад говорит, что такой разрыв нельзя объяснить одним учётом транзита: он свидетельствует о теневой экономике и серых схемах реэкспорта (сноска 4). Правило: использовать данные китайской таможни о торговле Кыргызстана; доля Китая меняется с {{value:KG.CN.trade_share}}% до {{scenario:KG.CN.trade_share}}%, России — с {{value:KG.RU.trade_share}}% до {{scenario:KG.RU.trade_share}}%.',
    },
    sources: ['ifri-2026', 'aibashov-sharipzhan-2026-rferl', 'yusupov-2025-caps'],
    figures: CUSTOMS_FIGURES,
    scenario: { options: { kgTradeSource: 'china-customs' } },
  },
];
