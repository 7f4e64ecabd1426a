// Kyrgyzstan × {China, Russia}. Every observation quotes the words behind it: the Ifri report
// (`reportQuote`, located by section; a footnote only where the quoted passage carries it) or an
// entry of the research notes (`notesQuote`, naming the work the entry cites). Values that are
// arithmetic on reported figures are computed by code from their quoted inputs (`derivation`);
// rubric levels name the rubric words they meet and an evidence key shared with Tajikistan
// wherever the evidence is the same. Trade has two readings per partner (Kyrgyz statistics vs
// Chinese customs), switched by the `kgTradeSource` option.
//
// Missing cells (no observation: coverage shows them, and an analyst may supply a value in a
// scenario, marked as the analyst's own):
// - KG.CN.remittances_gdp: no source at hand reports remittances from China.
// - KG.RU.telecom_equipment_share: no source names a Russian vendor in Kyrgyz networks, and a share nobody measured is not guessed.
// - KG.CN.satellite_navigation: the report (fns 31–32) describes BeiDou's promotion, but no source reports its use by the Kyrgyz forces.
// - KG.RU.satellite_navigation: no source reports GLONASS use by the Kyrgyz forces (listed as not found in the notes).
// - KG.CN.arms_imports_share: no arms-import share for Kyrgyzstan; the regional and Turkmen/Uzbek shares (fn 22) are not Kyrgyzstan's.
// - KG.RU.arms_imports_share: likewise; the SIPRI TIV figures at hand are Tajikistan's, and regional shares are not a country's.

import type { Observation } from '../../model/types';
import { figure, notesQuote, observation, reportQuote } from '../evidence';

const KYRGYZ_STATS = { option: 'kgTradeSource', value: 'kyrgyz-stats' };
const CHINA_CUSTOMS = { option: 'kgTradeSource', value: 'china-customs' };

// ───────────────────────── quoted evidence used by more than one observation

const Q_TOTAL_TRADE = notesQuote(
  'trend-2024-11-kg-total-trade',
  'Economic',
  '| KG | all | total trade (exports $2.7bn, imports $9.2bn) | $12.0bn | Jan–Oct 2024 | Trend — reported |',
);
const Q_CN_TRADE_KG = notesQuote(
  '24kg-2025-07-kg-cn-trade',
  'Economic',
  '| KG | CN | trade turnover, Kyrgyz data | $5.3bn (+44.7%) … | 2024 | 24.kg;',
);
const Q_CN_TRADE_KG_TREND = notesQuote(
  'trend-2025-03-kg-cn-trade',
  'Economic',
  'another report $5.5bn | 2024 | 24.kg; Trend (en.trend.az) — reported |',
);
const Q_CN_CUSTOMS_2024 = notesQuote(
  '24kg-2025-01-china-customs',
  'Economic',
  '| KG | CN | trade recorded by Chinese customs (includes transit) | $22.7bn | 2024 | 24.kg — reported |',
);
const Q_CN_CUSTOMS_2025 = reportQuote(
  'From investment to structural dependence',
  'at the end of 2025, the Chinese customs service recorded exports to Kyrgyzstan totaling $27.2 billion, while the Kyrgyz side reported imports of $4.97 billion.',
  3,
);
const Q_GAP_NOT_TRANSIT = reportQuote(
  'From investment to structural dependence',
  'cannot be attributed solely to the methodology for accounting for transit cargo. In reality, these figures document a large-scale shadow economy and gray re-export schemes, including dual-use goods.',
  4,
);
const Q_RU_TRADE_KG = notesQuote(
  'finmarket-kg-ru-trade-2024',
  'Economic',
  '| KG | RU | trade turnover, Kyrgyz data | $3.2bn (+16.6%) | 2024 | Finmarket (Kyrgyz FM Kulubaev)',
);
const Q_RU_TRADE_RU = notesQuote(
  'kremlin-ushakov-2025-kg',
  'Economic',
  "| KG | RU | trade turnover, Russian figure; Russia's share of KG trade | $4.1bn; 22.3% (Kyrgyz PM: 22%) | 2024 | Kremlin pre-visit briefing, Nov 2025",
);
const Q_Q1_2024 = notesQuote(
  'energytoday-2024-kg-q1-trade',
  'Economic',
  '| KG | CN / RU | quarterly turnover of a $3.7bn total | China $1.63bn vs Russia $0.61bn | Q1 2024 | energytoday.ir — reported |',
);
const Q_CN_SHARE_2023 = notesQuote(
  'trend-2023-10-kg-cn-share',
  'Economic',
  "| KG | CN | China's share of KG trade | 33.9% | Jan–Aug 2023 | Trend via MENAFN — reported |",
);
const Q_EXTERNAL_DEBT_CN = notesQuote(
  'centralasianlight-kg-debt-end-2025',
  'Economic',
  '| KG | CN | debt to China Exim Bank; share of external debt (total $5.34bn) | $1.5bn; 28.1% | end-2025 | KG Ministry of Finance via CentralAsianLight',
);
const Q_CKU_ROW = notesQuote(
  '24kg-2025-12-cku-financing',
  'Infrastructure and energy',
  '| KG | CN | China–Kyrgyzstan–Uzbekistan railway: $4.7bn, China 51% of the joint venture, $2.3bn 35-year loan, 304 km in KG | $4.7bn | 2025 | 24.kg',
);
const Q_CKU_BOT = reportQuote(
  'From investment to structural dependence',
  "Economists warn that in the long term, the BOT (Build-Operate-Transfer) model will inextricably tie Kyrgyzstan's public finances and drastically curtail its transit sovereignty.",
  9,
);
const Q_CKU_ACTIVE = reportQuote(
  'The contours of competition with Russia',
  "The construction of the China-Kyrgyzstan-Uzbekistan Railway, which entered its active phase in 2025-2026, is dealing a significant blow to Russia's transit revenues.",
);
const Q_PETROLEUM = notesQuote(
  '24kg-2019-07-petroleum',
  'Infrastructure and energy',
  '| KG | RU | share of petroleum-product demand met by imports from Russia | 70–80% | 2019 | KG Ministry of Economy via 24.kg — reported |',
);
const Q_SAFE_CITY = notesQuote(
  '24kg-2021-safe-city-sunwin',
  'Digital',
  '| KG | RU → CN | Bishkek Safe City: phase 1 by Vega (Russia); phase 2 by Shenzhen Sunwin (China), 306 sites; face-recognition agreement with CEIEC (2019); control centralised to Kyrgyztelecom and the Interior Ministry (Sept 2025) | 306 sites | 2018–25 | 24.kg',
);

const Q_CENTRALISED = reportQuote(
  'Digital securitization',
  'was centralized and transferred to Kyrgyztelecom OJSC and the Ministry of Internal Affairs in September 2025. However, Chinese cloud solutions and the "City Brain" concept remain the architectural core of the infrastructure.',
);

// ───────────────────────── reported figures that formulas read

const TOTAL = figure(
  {
    en: 'Kyrgyz foreign trade, Jan–Oct 2024 ($bn)',
    ru: 'Внешняя торговля Кыргызстана, январь–октябрь 2024 г. (млрд $)',
  },
  12.0,
  Q_TOTAL_TRADE,
);
const CN_KYRGYZ = figure(
  {
    en: 'Trade with China, Kyrgyz data, 2024 ($bn)',
    ru: 'Торговля с Китаем по данным Кыргызстана, 2024 г. (млрд $)',
  },
  5.3,
  Q_CN_TRADE_KG,
);
const CN_CUSTOMS = figure(
  {
    en: 'Trade with Kyrgyzstan, Chinese customs, 2024, transit included ($bn)',
    ru: 'Торговля с Кыргызстаном по данным таможни Китая, 2024 г., с транзитом (млрд $)',
  },
  22.7,
  Q_CN_CUSTOMS_2024,
);
const CN_EXPORTS_2025 = figure(
  {
    en: 'Chinese customs exports to Kyrgyzstan, 2025 ($bn)',
    ru: 'Экспорт в Кыргызстан по данным таможни Китая, 2025 г. (млрд $)',
  },
  27.2,
  Q_CN_CUSTOMS_2025,
);
const RU_KYRGYZ = figure(
  {
    en: 'Trade with Russia, Kyrgyz data, 2024 ($bn)',
    ru: 'Торговля с Россией по данным Кыргызстана, 2024 г. (млрд $)',
  },
  3.2,
  Q_RU_TRADE_KG,
);
const RU_RUSSIAN = figure(
  {
    en: 'Trade with Kyrgyzstan, Russian figure, 2024 ($bn)',
    ru: 'Торговля с Кыргызстаном по российским данным, 2024 г. (млрд $)',
  },
  4.1,
  Q_RU_TRADE_RU,
);
const Q1_TOTAL = figure(
  { en: 'Kyrgyz trade, Q1 2024 ($bn)', ru: 'Торговля Кыргызстана, I кв. 2024 г. (млрд $)' },
  3.7,
  Q_Q1_2024,
);
const Q1_CN = figure(
  { en: 'Trade with China, Q1 2024 ($bn)', ru: 'Торговля с Китаем, I кв. 2024 г. (млрд $)' },
  1.63,
  Q_Q1_2024,
);
const Q1_RU = figure(
  { en: 'Trade with Russia, Q1 2024 ($bn)', ru: 'Торговля с Россией, I кв. 2024 г. (млрд $)' },
  0.61,
  Q_Q1_2024,
);
const EXTERNAL_DEBT = figure(
  {
    en: 'Kyrgyz external debt, end-2025 ($bn)',
    ru: 'Внешний долг Кыргызстана, конец 2025 г. (млрд $)',
  },
  5.34,
  Q_EXTERNAL_DEBT_CN,
);

const Q_HUAWEI_KG = reportQuote(
  'Monopoly in the telecommunications sector',
  'In Kyrgyzstan, Huawei is the key technology supplier for the largest operators, including Sky Mobile and Alfa Telecom, and in a number of analytical publications, the share of its equipment among them is estimated at 90% and 70%, respectively.',
);
const SKY = figure(
  {
    en: "Huawei's share of Sky Mobile's equipment (%)",
    ru: 'Доля Huawei в оборудовании Sky Mobile (%)',
  },
  90,
  Q_HUAWEI_KG,
);
const ALFA = figure(
  {
    en: "Huawei's share of Alfa Telecom's equipment (%)",
    ru: 'Доля Huawei в оборудовании «Альфа Телеком» (%)',
  },
  70,
  Q_HUAWEI_KG,
);
const REMITTANCES_GDP = figure(
  {
    en: 'Remittances, % of Kyrgyz GDP, 2024 (all partners)',
    ru: 'Денежные переводы, % ВВП Кыргызстана, 2024 г. (все страны)',
  },
  24,
  notesQuote(
    'worldbank-2025-journey-ahead',
    'Economic',
    '| TJ, KG | all partners | remittances, % of GDP | TJ 45% ($5.8bn); KG 24% | 2024 | World Bank "The Journey Ahead" via Asia-Plus — reported |',
  ),
);
const Q_REMITTANCES_RU = notesQuote(
  'timesca-nbkr-remittances-2025',
  'Economic',
  '| KG | RU | remittances from Russia, of all remittances | $1.2bn of $1.367bn = 87.8% … | Jan–May 2025 | National Bank of KG via Times of Central Asia — reported |',
);

/** Kyrgyz total trade for 2024, annualised from Jan–Oct: `total * 12 / 10`. */
const ANNUAL = '(total * 12 / 10)';

export const kgObservations: Observation[] = [
  // ───────────────────────── economic: trade (two readings per partner)
  observation({
    country: 'KG',
    partner: 'CN',
    indicator: 'trade_share',
    year: 2024,
    confidence: 'computed',
    derivation: {
      value: {
        expr: `100 * cn / ${ANNUAL}`,
        inputs: { cn: CN_KYRGYZ, total: TOTAL },
      },
      high: {
        expr: '100 * cn_q1 / total_q1',
        inputs: { cn_q1: Q1_CN, total_q1: Q1_TOTAL },
      },
    },
    low: 33.9,
    evidence: [Q_CN_SHARE_2023, Q_CN_TRADE_KG_TREND],
    note: {
      en: "Kyrgyz statistics, computed. Kyrgyz data put 2024 trade with China at $5.3bn (24.kg; another report, via Trend, gives $5.5bn). No full-year 2024 total is in our sources, so we annualise the Jan–Oct 2024 total of $12.0bn (× 12/10 = $14.4bn), assuming November and December ran at the same monthly pace: 100 × 5.3 / 14.4 = 36.8% (38.2% with $5.5bn). The range comes from other reported periods. Low 33.9%: China's share in Jan–Aug 2023 as reported (Trend via MENAFN), not computed. High 44.1%: China's $1.63bn of a $3.7bn total in Q1 2024 (energytoday.ir), a single quarter.",
      ru: 'Статистика Кыргызстана, расчёт. По кыргызским данным, торговля с Китаем в 2024 г. составила $5,3 млрд (24.kg; по другому сообщению, через Trend, — $5,5 млрд). Годового итога за 2024 г. в наших источниках нет, поэтому мы пересчитываем на год итог за январь–октябрь 2024 г. — $12,0 млрд (× 12/10 = $14,4 млрд), предполагая, что в ноябре и декабре торговля шла в том же месячном темпе: 100 × 5,3 / 14,4 = 36,8% (38,2% при $5,5 млрд). Диапазон взят из данных за другие периоды. Нижняя граница 33,9% — доля Китая за январь–август 2023 г. в том виде, как её сообщили (Trend через MENAFN), без расчёта. Верхняя граница 44,1% — $1,63 млрд Китая из $3,7 млрд за I квартал 2024 г. (energytoday.ir), всего один квартал.',
    },
    variant: KYRGYZ_STATS,
  }),
  observation({
    country: 'KG',
    partner: 'CN',
    indicator: 'trade_share',
    year: 2024,
    confidence: 'computed',
    derivation: {
      value: {
        expr: `100 * cc / (${ANNUAL} - cn + cc)`,
        inputs: { cc: CN_CUSTOMS, total: TOTAL, cn: CN_KYRGYZ },
      },
      low: {
        expr: `100 * cc / (${ANNUAL} - cn + cc + ru_ru - ru_kg)`,
        inputs: {
          cc: CN_CUSTOMS,
          total: TOTAL,
          cn: CN_KYRGYZ,
          ru_ru: RU_RUSSIAN,
          ru_kg: RU_KYRGYZ,
        },
      },
      high: {
        expr: `100 * cx / (${ANNUAL} - cn + cx)`,
        inputs: { cx: CN_EXPORTS_2025, total: TOTAL, cn: CN_KYRGYZ },
      },
    },
    evidence: [Q_GAP_NOT_TRANSIT],
    note: {
      en: "Chinese customs, computed. China recorded $22.7bn of trade with Kyrgyzstan in 2024, transit included (24.kg). We put it in place of the Kyrgyz-recorded $5.3bn in the annualised Kyrgyz total ($12.0bn for Jan–Oct 2024 × 12/10 = $14.4bn): 100 × 22.7 / (14.4 − 5.3 + 22.7) = 71.4%. Low 69.4%: the same, with Russia's own record of its trade ($4.1bn, Kremlin briefing) in place of the Kyrgyz $3.2bn, which adds $0.9bn to the total. High 74.9%: China's customs exports to Kyrgyzstan in 2025 alone, $27.2bn (report, fn 3), over the same 2024 non-China trade; mixed years, so an indicative bound. For 2025 the Kyrgyz side reported only $4.97bn of imports from China, and the report reads the gap as shadow re-exports, not transit accounting alone (fns 3–4).",
      ru: 'Таможня Китая, расчёт. Китай учёл $22,7 млрд торговли с Кыргызстаном в 2024 г., включая транзит (24.kg). Мы подставляем эту цифру вместо учтённых Кыргызстаном $5,3 млрд в годовой итог ($12,0 млрд за январь–октябрь 2024 г. × 12/10 = $14,4 млрд): 100 × 22,7 / (14,4 − 5,3 + 22,7) = 71,4%. Нижняя граница 69,4%: то же, но с российскими данными о торговле с Россией ($4,1 млрд, брифинг в Кремле) вместо кыргызских $3,2 млрд, что увеличивает итог на $0,9 млрд. Верхняя граница 74,9%: один только экспорт Китая в Кыргызстан за 2025 г. по данным его таможни, $27,2 млрд (доклад, сноска 3), к той же торговле без Китая за 2024 г.; годы разные, поэтому граница ориентировочная. За 2025 г. кыргызская сторона учла лишь $4,97 млрд импорта из Китая, и доклад объясняет разрыв теневым реэкспортом, а не одним лишь учётом транзита (сноски 3–4).',
    },
    variant: CHINA_CUSTOMS,
  }),
  observation({
    country: 'KG',
    partner: 'RU',
    indicator: 'trade_share',
    year: 2024,
    confidence: 'computed',
    derivation: {
      value: {
        expr: `100 * ru_kg / ${ANNUAL}`,
        inputs: { ru_kg: RU_KYRGYZ, total: TOTAL },
      },
      low: {
        expr: '100 * ru_q1 / total_q1',
        inputs: { ru_q1: Q1_RU, total_q1: Q1_TOTAL },
      },
      high: {
        expr: `100 * ru_ru / ${ANNUAL}`,
        inputs: { ru_ru: RU_RUSSIAN, total: TOTAL },
      },
    },
    note: {
      en: "Kyrgyz statistics, computed. Kyrgyz data put 2024 trade with Russia at $3.2bn (Finmarket, citing the Kyrgyz foreign minister); over the annualised Kyrgyz total ($12.0bn for Jan–Oct 2024 × 12/10 = $14.4bn) that is 100 × 3.2 / 14.4 = 22.2%. The 22.3% share often quoted (the Kyrgyz prime minister said 22%) comes from the Kremlin's briefing, where it stands beside Russia's own turnover figure of $4.1bn: it is the Russian side's reading, not Kyrgyz statistics, so it is not the value here. Both sides' records are kept: high 28.5% is Russia's $4.1bn over the same total. Low 16.5%: Russia's $0.61bn of a $3.7bn total in Q1 2024 (energytoday.ir), a single quarter.",
      ru: 'Статистика Кыргызстана, расчёт. По кыргызским данным, торговля с Россией в 2024 г. составила $3,2 млрд (Finmarket со ссылкой на министра иностранных дел Кыргызстана); от годового итога ($12,0 млрд за январь–октябрь 2024 г. × 12/10 = $14,4 млрд) это 100 × 3,2 / 14,4 = 22,2%. Часто цитируемая доля 22,3% (премьер-министр Кыргызстана называл 22%) взята из брифинга в Кремле, где она приводится рядом с российской оценкой оборота — $4,1 млрд: это данные российской стороны, а не статистика Кыргызстана, поэтому значением она здесь не служит. Сохранены данные обеих сторон: верхняя граница 28,5% — российские $4,1 млрд к тому же итогу. Нижняя граница 16,5% — $0,61 млрд России из $3,7 млрд за I квартал 2024 г. (energytoday.ir), всего один квартал.',
    },
    variant: KYRGYZ_STATS,
  }),
  observation({
    country: 'KG',
    partner: 'RU',
    indicator: 'trade_share',
    year: 2024,
    confidence: 'computed',
    derivation: {
      value: {
        expr: `100 * ru_kg / (${ANNUAL} - cn + cc)`,
        inputs: { ru_kg: RU_KYRGYZ, total: TOTAL, cn: CN_KYRGYZ, cc: CN_CUSTOMS },
      },
      low: {
        expr: `100 * ru_kg / (${ANNUAL} - cn + cx)`,
        inputs: { ru_kg: RU_KYRGYZ, total: TOTAL, cn: CN_KYRGYZ, cx: CN_EXPORTS_2025 },
      },
      high: {
        expr: `100 * ru_ru / (${ANNUAL} - cn + cc + ru_ru - ru_kg)`,
        inputs: {
          ru_ru: RU_RUSSIAN,
          total: TOTAL,
          cn: CN_KYRGYZ,
          cc: CN_CUSTOMS,
          ru_kg: RU_KYRGYZ,
        },
      },
    },
    note: {
      en: "Russia's share when China's customs figure replaces the Kyrgyz one in the total, computed. Trade with Russia stays the Kyrgyz-recorded $3.2bn; only the total changes: 100 × 3.2 / (14.4 − 5.3 + 22.7) = 10.1%, where $14.4bn is the annualised Kyrgyz total ($12.0bn for Jan–Oct 2024 × 12/10), $5.3bn the Kyrgyz-recorded and $22.7bn the Chinese-recorded 2024 trade with China. Low 8.8%: China's 2025 customs exports, $27.2bn (report, fn 3), in place of the $22.7bn. High 12.5%: Russia's own record, $4.1bn (Kremlin briefing), which also raises the total by $0.9bn. The bounds rest on the same assumptions as those of China's share in this reading.",
      ru: 'Доля России, если в итоге кыргызская цифра торговли с Китаем заменена цифрой китайской таможни, расчёт. Торговля с Россией остаётся учтённой Кыргызстаном — $3,2 млрд; меняется лишь итог: 100 × 3,2 / (14,4 − 5,3 + 22,7) = 10,1%, где $14,4 млрд — годовой итог Кыргызстана ($12,0 млрд за январь–октябрь 2024 г. × 12/10), $5,3 млрд — учтённая Кыргызстаном, а $22,7 млрд — учтённая Китаем торговля с Китаем за 2024 г. Нижняя граница 8,8%: экспорт Китая за 2025 г. по данным его таможни, $27,2 млрд (доклад, сноска 3), вместо $22,7 млрд. Верхняя граница 12,5%: российские данные, $4,1 млрд (брифинг в Кремле), что также увеличивает итог на $0,9 млрд. Границы опираются на те же допущения, что и границы доли Китая в этом варианте.',
    },
    variant: CHINA_CUSTOMS,
  }),

  // ───────────────────────── economic: debt
  observation({
    country: 'KG',
    partner: 'CN',
    indicator: 'debt_share',
    value: 28.1,
    low: 28.1,
    high: 36.9,
    year: 2025,
    confidence: 'reported',
    evidence: [
      Q_EXTERNAL_DEBT_CN,
      reportQuote(
        'From investment to structural dependence',
        'debt to China accounts for about 28% of total external debt in both Kyrgyzstan (about $1.5 billion) and Tajikistan (about $900 million).',
        6,
      ),
      notesQuote(
        'centralasianlight-2024-06-kg-debt',
        'Economic',
        '| KG | CN | debt to China; share of external debt | $1.71bn; 36.9% | Jan 2024 | CentralAsianLight — reported |',
      ),
      reportQuote(
        'From investment to structural dependence',
        "Bishkek's attempts to diversify its debt or secure debt relief have been met with refusal from the Chinese side.",
      ),
      Q_CKU_ROW,
      Q_CKU_BOT,
    ],
    note: {
      en: "Reported. At end-2025 Kyrgyzstan owed China Exim Bank $1.5bn, 28.1% of its $5.34bn external debt (Ministry of Finance via CentralAsianLight); the report (fn 6) gives about 28% and about $1.5bn. High 36.9%: the share reported for January 2024 ($1.71bn, CentralAsianLight), an earlier reading; the share has fallen since. The report adds, in its own words, that China has refused Kyrgyz requests for debt relief. Not in this share: the $2.3bn 35-year Chinese loan for the China–Kyrgyzstan–Uzbekistan railway (24.kg), which the report warns will tie Kyrgyzstan's public finances under the railway's build-operate-transfer model (fn 9); it is a future liability of the railway's joint venture, not yet counted external public debt.",
      ru: 'Данные источника. На конец 2025 г. Кыргызстан был должен Эксимбанку Китая $1,5 млрд — 28,1% внешнего долга в $5,34 млрд (Минфин через CentralAsianLight); доклад (сноска 6) приводит около 28% и около $1,5 млрд. Верхняя граница 36,9% — доля, сообщённая за январь 2024 г. ($1,71 млрд, CentralAsianLight), более раннее значение; с тех пор доля снизилась. Доклад от себя добавляет, что Китай отказывает Бишкеку в облегчении долгового бремени. В эту долю не входит китайский кредит на $2,3 млрд на 35 лет для железной дороги Китай — Кыргызстан — Узбекистан (24.kg), который, как предупреждает доклад, по модели «строительство — эксплуатация — передача» свяжет государственные финансы Кыргызстана (сноска 9); это будущее обязательство совместного предприятия, пока не учитываемое во внешнем государственном долге.',
    },
  }),
  observation({
    country: 'KG',
    partner: 'RU',
    indicator: 'debt_share',
    year: 2025,
    confidence: 'reported',
    // the value is the reported zero (quoted in `evidence`); only the high end is arithmetic
    value: 0,
    derivation: {
      high: {
        expr: '100 * efsd / (debt * 1000)',
        inputs: {
          efsd: figure(
            {
              en: 'Debt to the Eurasian Fund for Stabilization and Development, Aug 2025 ($m)',
              ru: 'Долг перед Евразийским фондом стабилизации и развития, август 2025 г. (млн $)',
            },
            258,
            notesQuote(
              'akchabar-2025-10-kg-debt',
              'Economic',
              '| KG | RU-led | debt to the Eurasian Fund for Stabilization and Development (Russia provides most of its capital) | $258m | Aug 2025 | Akchabar — reported |',
            ),
          ),
          debt: EXTERNAL_DEBT,
        },
      },
    },
    evidence: [
      notesQuote(
        'easttime-2017-06-kg-ru-debt',
        'Economic',
        '| KG | RU | Russian write-offs of KG debt: $240m last tranche (2017), $703.2m since 2005; bilateral debt now zero |',
      ),
    ],
    note: {
      en: "Kyrgyzstan owes Russia no bilateral debt: Russia has written off $703.2m of it since 2005, the last $240m tranche in 2017 (EastTime). Value 0, as reported. High 4.8%, computed: Kyrgyzstan's $258m debt to the Eurasian Fund for Stabilization and Development (August 2025, Akchabar) over its $5.34bn external debt (end-2025): 100 × 258 / 5,340. Russia provides most of the Fund's capital, but the Fund is a multilateral lender, not Russia's government or a Russian state bank, so it sets only the upper bound. The two dates are a few months apart.",
      ru: 'Двустороннего долга перед Россией у Кыргызстана нет: с 2005 г. Россия списала $703,2 млн этого долга, последний транш в $240 млн — в 2017 г. (EastTime). Значение 0 — по данным источника. Верхняя граница 4,8% — расчёт: долг Кыргызстана Евразийскому фонду стабилизации и развития в $258 млн (август 2025 г., Акчабар) к внешнему долгу в $5,34 млрд (конец 2025 г.): 100 × 258 / 5340. Большую часть капитала фонда предоставляет Россия, но фонд — многосторонний кредитор, а не правительство России и не российский госбанк, поэтому он задаёт лишь верхнюю границу. Даты отстоят друг от друга на несколько месяцев.',
    },
  }),

  // ───────────────────────── economic: remittances (KG.CN missing: see the list above)
  observation({
    country: 'KG',
    partner: 'RU',
    indicator: 'remittances_gdp',
    year: 2024,
    confidence: 'computed',
    derivation: {
      value: {
        expr: 'gdp * from_ru / all',
        inputs: {
          gdp: REMITTANCES_GDP,
          from_ru: figure(
            {
              en: 'Remittances from Russia, Jan–May 2025 ($bn)',
              ru: 'Переводы из России, январь–май 2025 г. (млрд $)',
            },
            1.2,
            Q_REMITTANCES_RU,
          ),
          all: figure(
            {
              en: 'All remittances, Jan–May 2025 ($bn)',
              ru: 'Все переводы, январь–май 2025 г. (млрд $)',
            },
            1.367,
            Q_REMITTANCES_RU,
          ),
        },
      },
      low: {
        expr: 'gdp * migrants / 100',
        inputs: {
          gdp: REMITTANCES_GDP,
          migrants: figure(
            {
              en: 'Share of labour migrants going to Russia, 2024 (more than, %)',
              ru: 'Доля трудовых мигрантов, уезжающих в Россию, 2024 г. (более, %)',
            },
            80,
            notesQuote(
              'worldbank-2025-journey-ahead',
              'Economic',
              '| TJ, KG | RU | share of labour migrants going to Russia | >80% | 2024 | same World Bank report — reported |',
            ),
          ),
        },
      },
      high: { expr: 'gdp', inputs: { gdp: REMITTANCES_GDP } },
    },
    note: {
      en: "Computed. Remittances were 24% of Kyrgyz GDP in 2024 (World Bank, via Asia-Plus), and $1.2bn of the $1.367bn of remittances in Jan–May 2025 came from Russia (National Bank, via The Times of Central Asia), i.e. 87.8%. Value: 24 × 1.2 / 1.367 = 21.1% of GDP, assuming Russia's Jan–May 2025 share of remittances held in 2024. Low 19.2% = 24 × 80 / 100: the same World Bank report's share of Kyrgyz and Tajik labour migrants going to Russia (more than 80%) taken as Russia's share of remittances. High 24%: every remittance from Russia.",
      ru: 'Расчёт. Денежные переводы составили 24% ВВП Кыргызстана в 2024 г. (Всемирный банк, через Asia-Plus), а из $1,367 млрд переводов за январь–май 2025 г. $1,2 млрд поступили из России (Нацбанк, через The Times of Central Asia), то есть 87,8%. Значение: 24 × 1,2 / 1,367 = 21,1% ВВП — при допущении, что доля России в переводах за январь–май 2025 г. была такой же и в 2024 г. Нижняя граница 19,2% = 24 × 80 / 100: доля трудовых мигрантов из Кыргызстана и Таджикистана, уезжающих в Россию (более 80%, тот же доклад Всемирного банка), принятая за долю России в переводах. Верхняя граница 24%: все переводы поступают из России.',
    },
  }),

  // ───────────────────────── economic: FDI (one reading; stock figures as context only)
  observation({
    country: 'KG',
    partner: 'CN',
    indicator: 'fdi_share',
    value: 26,
    low: 26,
    high: 26,
    year: 2024,
    period: 'Q1 2024 inflow',
    confidence: 'reported',
    evidence: [
      notesQuote(
        'trend-2024-06-kg-fdi',
        'Economic',
        '| KG | CN / RU | share of FDI inflow: China vs Russia | 26% vs 20% | Q1 2024 | Trend — reported |',
      ),
      notesQuote(
        '24kg-2026-01-edb-china-fdi',
        'Economic',
        '| KG | CN | accumulated Chinese FDI | $2.1bn | 2025 | Eurasian Development Bank via 24.kg — estimate |',
      ),
    ],
    note: {
      en: 'Reported: China supplied 26% of foreign direct investment inflows to Kyrgyzstan in Q1 2024, Russia 20% (Kyrgyz data via Trend). One quarter of inflows is the only share in our sources, so the range is the point. For context only, not used in the value: the Eurasian Development Bank estimates accumulated Chinese FDI at $2.1bn (2025, via 24.kg); no source gives the total stock it would be a share of.',
      ru: 'Данные источника: на Китай пришлось 26% притока прямых иностранных инвестиций в Кыргызстан в I квартале 2024 г., на Россию — 20% (кыргызские данные через Trend). Приток за один квартал — единственная доля в наших источниках, поэтому диапазон совпадает со значением. Только для контекста, в значении не используется: ЕАБР оценивает накопленные ПИИ Китая в $2,1 млрд (2025 г., через 24.kg); общего объёма накопленных инвестиций, от которого можно было бы взять долю, нет ни в одном источнике.',
    },
  }),
  observation({
    country: 'KG',
    partner: 'RU',
    indicator: 'fdi_share',
    value: 20,
    low: 20,
    high: 20,
    year: 2024,
    period: 'Q1 2024 inflow',
    confidence: 'reported',
    evidence: [
      notesQuote(
        'trend-2024-06-kg-fdi',
        'Economic',
        '| KG | CN / RU | share of FDI inflow: China vs Russia | 26% vs 20% | Q1 2024 | Trend — reported |',
      ),
      notesQuote(
        'kremlin-ushakov-2025-kg',
        'Economic',
        '| KG | RU | accumulated Russian direct investment; firms with Russian capital | >$1.8bn; >1,700 | 2025 | Kremlin briefing — reported (Russian official) |',
      ),
    ],
    note: {
      en: "Reported: Russia supplied 20% of foreign direct investment inflows to Kyrgyzstan in Q1 2024, China 26% (Kyrgyz data via Trend). One quarter of inflows is the only share in our sources, so the range is the point. For context only, not used in the value: the Kremlin's briefing counts more than $1.8bn of accumulated Russian direct investment and more than 1,700 firms with Russian capital (2025, a Russian official figure); no source gives the total stock it would be a share of.",
      ru: 'Данные источника: на Россию пришлось 20% притока прямых иностранных инвестиций в Кыргызстан в I квартале 2024 г., на Китай — 26% (кыргызские данные через Trend). Приток за один квартал — единственная доля в наших источниках, поэтому диапазон совпадает со значением. Только для контекста, в значении не используется: брифинг в Кремле насчитывает более $1,8 млрд накопленных российских прямых инвестиций и более 1700 компаний с российским капиталом (2025 г., официальные российские данные); общего объёма накопленных инвестиций, от которого можно было бы взять долю, нет ни в одном источнике.',
    },
  }),

  // ───────────────────────── infrastructure
  observation({
    country: 'KG',
    partner: 'CN',
    indicator: 'transit_corridors',
    value: 2,
    low: 2,
    high: 3,
    year: 2025,
    confidence: 'judgement',
    coding: {
      level: 2,
      rubricWords: 'finances or builds a major road or rail corridor',
      evidenceKey: 'cn-cku-railway',
    },
    evidence: [
      reportQuote(
        'From investment to structural dependence',
        'the launch in 2024 of construction on the $4.7 billion China–Kyrgyzstan–Uzbekistan Railway (CKU Railway). … The controlling stake in the joint venture (51%) belongs to China, and financing is provided through a long-term loan from Chinese state-owned banks.',
        9,
      ),
      Q_CKU_BOT,
      Q_CKU_ACTIVE,
      Q_CKU_ROW,
    ],
    note: {
      en: 'Judgement, level 2 ("finances or builds a major road or rail corridor"). Construction of the $4.7bn China–Kyrgyzstan–Uzbekistan railway began in 2024; China holds 51% of the joint venture and Chinese state-owned banks lend the money (report, fn 9); the notes give a $2.3bn 35-year loan and 304 km of line in Kyrgyzstan (24.kg). The report puts the line in its active construction phase in 2025–2026: it carries no freight yet, so China finances and builds a corridor rather than controlling one in use. High, level 3: once the line runs, China\'s majority stake in the joint venture meets level 3\'s "majority stake", and the report warns that the build-operate-transfer model will curtail Kyrgyzstan\'s transit sovereignty (fn 9).',
      ru: 'Экспертная оценка, уровень 2 («финансирует или строит крупный автомобильный или железнодорожный коридор»). Строительство железной дороги Китай — Кыргызстан — Узбекистан стоимостью $4,7 млрд началось в 2024 г.; Китаю принадлежит 51% совместного предприятия, а финансирование дают китайские государственные банки (доклад, сноска 9); по заметкам, это кредит в $2,3 млрд на 35 лет, а по территории Кыргызстана пройдут 304 км пути (24.kg). Доклад относит активную фазу строительства к 2025–2026 гг.: грузы по дороге пока не идут, поэтому Китай финансирует и строит коридор, а не контролирует действующий. Верхняя граница, уровень 3: когда дорога заработает, контрольный пакет Китая в совместном предприятии будет соответствовать признаку уровня 3 «контрольный пакет», а доклад предупреждает, что модель «строительство — эксплуатация — передача» резко ограничит транзитный суверенитет Кыргызстана (сноска 9).',
    },
  }),
  observation({
    country: 'KG',
    partner: 'RU',
    indicator: 'transit_corridors',
    value: 3,
    low: 2,
    high: 3,
    year: 2025,
    confidence: 'judgement',
    coding: {
      level: 3,
      rubricWords: 'with real leverage in a crisis',
      evidenceKey: 'ru-transit-monopoly',
    },
    evidence: [
      reportQuote(
        'The contours of competition with Russia',
        "For many years, the Trans-Siberian Railway and Kazakhstan's well-developed railway network provided Moscow with a logistical monopoly on the transit of goods between Asia and Europe.",
      ),
      reportQuote(
        'The contours of competition with Russia',
        'this project deprives Russia of the strategic ability to use logistics as a tool for political blackmail or pressure on Central Asian states in crisis situations.',
      ),
      Q_CKU_ACTIVE,
    ],
    note: {
      en: 'Judgement, level 3 ("with real leverage in a crisis"). In the report\'s own words, the Trans-Siberian and Kazakhstan\'s railways gave Moscow a logistical monopoly on Asia–Europe transit, and the China–Kyrgyzstan–Uzbekistan railway will deprive Russia of the ability to use logistics for political pressure on Central Asian states in a crisis: Russia holds that leverage until the new line runs. Low, level 2: the railway is in its active construction phase (2025–2026, report) and, once it runs, Russia becomes one large outlet among others. The same evidence, and so the same level, as for Tajikistan.',
      ru: 'Экспертная оценка, уровень 3 («имеет реальные рычаги давления в кризисной ситуации»). По словам самого доклада, Транссиб и железные дороги Казахстана обеспечивали Москве логистическую монополию на транзит между Азией и Европой, а железная дорога Китай — Кыргызстан — Узбекистан лишит Россию возможности использовать логистику для политического давления на государства Центральной Азии в кризисной ситуации: пока новая дорога не заработала, этот рычаг у России остаётся. Нижняя граница, уровень 2: дорога находится в активной фазе строительства (2025–2026 гг., доклад), и когда она заработает, Россия станет одним из нескольких крупных выходов. Те же свидетельства — и потому тот же уровень, — что и для Таджикистана.',
    },
  }),
  observation({
    country: 'KG',
    partner: 'CN',
    indicator: 'energy_mining_assets',
    value: 2,
    low: 2,
    high: 3,
    year: 2025,
    confidence: 'judgement',
    coding: {
      level: 2,
      rubricWords: 'several notable assets (a large mine',
      evidenceKey: 'cn-kg-altynken-datka-kemin',
    },
    evidence: [
      reportQuote(
        'From investment to structural dependence',
        'transnational corporations such as Zijin Mining are methodically establishing dominant positions in the gold mining industry. The company controls the strategic Jilau and Taror deposits in Tajikistan and manages the Altynken project in Kyrgyzstan.',
      ),
      notesQuote(
        'aiddata-39619-datka-kemin',
        'Infrastructure and energy',
        '| KG | CN | Datka–Kemin 500 kV line, China Exim loan (2%, 20 years), built by TBEA | $389.8m | 2012–15 | AidData project 39619 — reported |',
      ),
      reportQuote(
        'From investment to structural dependence',
        'it is precisely this debt leverage that has allowed China to accelerate the transition to direct operational control over heavy industry and natural resources.',
      ),
    ],
    note: {
      en: 'Judgement, level 2 ("several notable assets (a large mine"). In the report\'s own words, Zijin Mining manages the Altynken gold project in Kyrgyzstan; China Exim lent on soft terms (2%, 20 years) for the $389.8m Datka–Kemin 500 kV line that TBEA built in 2012–15 (AidData). Notable assets, but no Kyrgyz sector as a whole is shown to depend on China. High, level 3: the report says Zijin is establishing dominant positions in gold mining and that China\'s debt leverage is turning into direct operational control of natural resources; no source at hand names a Kyrgyz sector China controls.',
      ru: 'Экспертная оценка, уровень 2 («несколькими заметными активами… (крупное месторождение»). По словам самого доклада, Zijin Mining управляет золоторудным проектом Алтынкен в Кыргызстане; Эксимбанк Китая предоставил льготный кредит (2%, 20 лет) на ЛЭП 500 кВ «Датка — Кемин» стоимостью $389,8 млн, построенную TBEA в 2012–15 гг. (AidData). Активы заметные, но зависимость от Китая какой-либо отрасли Кыргызстана в целом не показана. Верхняя граница, уровень 3: доклад пишет, что Zijin занимает доминирующие позиции в золотодобыче, а долговые рычаги Китая превращаются в прямой операционный контроль над природными ресурсами; ни один источник не называет отрасль Кыргызстана, которую контролирует Китай.',
    },
  }),
  observation({
    country: 'KG',
    partner: 'RU',
    indicator: 'energy_mining_assets',
    value: 3,
    low: 3,
    high: 4,
    year: 2025,
    confidence: 'judgement',
    coding: {
      level: 3,
      rubricWords: 'most fuel imports',
      evidenceKey: 'ru-most-fuel-imports',
    },
    evidence: [
      Q_PETROLEUM,
      notesQuote(
        'rt-2014-04-gazprom-kyrgyzgaz',
        'Infrastructure and energy',
        '| KG | RU | Gazprom owns 100% of Kyrgyzgaz (bought for $1, ~$609m pledged, 25-year agreement) | 100% | 2014 | RT — reported |',
      ),
    ],
    note: {
      en: 'Judgement, level 3 ("most fuel imports"). Imports from Russia met 70–80% of Kyrgyz demand for petroleum products (Ministry of Economy via 24.kg, 2019), and Gazprom has owned 100% of Kyrgyzgaz, the gas network, since 2014 (bought for $1 with about $609m pledged under a 25-year agreement; RT). Russia thus holds two of level 3\'s examples at once, the gas network and most fuel imports. High, level 4: holding both comes close to level 4, but no source shows Russian control of Kyrgyz mining or power generation. The fuel figure dates from 2019. The same key, and so the same level, as Tajikistan\'s fuel imports from Russia.',
      ru: 'Экспертная оценка, уровень 3 («большую часть импорта топлива»). Импорт из России покрывал 70–80% спроса Кыргызстана на нефтепродукты (Минэкономики через 24.kg, 2019 г.), а «Газпром» с 2014 г. владеет 100% «Кыргызгаза», то есть газовой сетью (куплен за $1 с обязательством вложить около $609 млн по соглашению на 25 лет; RT). Таким образом, у России сразу два примера из описания уровня 3: газовая сеть и большая часть импорта топлива. Верхняя граница, уровень 4: сочетание обоих близко к уровню 4, но ни один источник не показывает российского контроля над горнодобычей или производством электроэнергии в Кыргызстане. Данные о топливе относятся к 2019 г. Тот же ключ — и потому тот же уровень, — что и для импорта топлива Таджикистаном из России.',
    },
  }),

  // ───────────────────────── digital (KG.RU telecom and both navigation cells missing: see above)
  observation({
    country: 'KG',
    partner: 'CN',
    indicator: 'telecom_equipment_share',
    year: 2025,
    confidence: 'computed',
    derivation: {
      value: { expr: '(sky + alfa) / 2', inputs: { sky: SKY, alfa: ALFA } },
      low: { expr: 'alfa', inputs: { alfa: ALFA } },
      high: { expr: 'sky', inputs: { sky: SKY } },
    },
    evidence: [
      reportQuote(
        'Monopoly in the telecommunications sector',
        'Chinese vendors have effectively monopolized the supply of equipment for core networks in Central Asia.',
        33,
      ),
      notesQuote(
        'efe-2025-08-beeline-kg',
        'Digital',
        '| KG | state | Beeline KG (Sky Mobile) bought 100% from VEON by state-owned Eldik Bank; MegaCom 100% state-owned | 100% | Aug 2025 | EFE via swissinfo — reported |',
      ),
    ],
    note: {
      en: 'Computed from estimates the report gives in its own words, without a footnote: "in a number of analytical publications" Huawei\'s share of equipment is put at 90% at Sky Mobile and 70% at Alfa Telecom, the largest operators. These are two operators, not the whole market, and no source gives their weights, so the value is their simple mean, (90 + 70) / 2 = 80%, with the two estimates as the range. The report adds that Chinese vendors have effectively monopolised core-network equipment across Central Asia (fn 33). In August 2025 the state-owned Eldik Bank bought 100% of Sky Mobile (Beeline KG) from VEON (EFE); no source at hand says which vendors it has used since.',
      ru: 'Расчёт по оценкам, которые доклад приводит от себя, без сноски: «в ряде аналитических публикаций» доля оборудования Huawei оценивается в 90% у Sky Mobile и 70% у «Альфа Телеком» — крупнейших операторов. Это два оператора, а не весь рынок, и их веса ни в одном источнике не приведены, поэтому значение — простое среднее, (90 + 70) / 2 = 80%, а две оценки задают диапазон. Доклад добавляет, что китайские производители фактически монополизировали поставки оборудования для опорных сетей в Центральной Азии (сноска 33). В августе 2025 г. государственный «Элдик Банк» купил 100% Sky Mobile (Beeline KG) у VEON (EFE); каких поставщиков оператор выбирает с тех пор, ни один из имеющихся источников не сообщает.',
    },
  }),
  observation({
    country: 'KG',
    partner: 'CN',
    indicator: 'surveillance_systems',
    value: 3,
    low: 2,
    high: 4,
    year: 2025,
    confidence: 'judgement',
    coding: {
      level: 3,
      rubricWords: 'form the core of the national surveillance architecture',
      evidenceKey: 'cn-kg-core-architecture',
    },
    evidence: [
      reportQuote(
        'Digital securitization',
        'Also in 2019, the Chinese corporation CEIEC donated a command center to the Kyrgyz Ministry of Internal Affairs, equipped with facial recognition and big data analysis systems for monitoring the situation in Bishkek.',
        27,
      ),
      Q_CENTRALISED,
      Q_SAFE_CITY,
      reportQuote(
        'Digital securitization',
        'The deepest integration of Chinese AI analytics technologies is observed in Kyrgyzstan and Tajikistan … the integration of Chinese platforms into the critical infrastructure of Central Asian countries creates vulnerabilities, providing Chinese intelligence agencies with covert access to vast amounts of biometric, telecommunications, and social data.',
      ),
    ],
    note: {
      en: 'Judgement, level 3 ("form the core of the national surveillance architecture"). In 2019 China\'s CEIEC donated to the Interior Ministry a command centre with face recognition and big-data analysis for monitoring Bishkek (fn 27); the second phase of Bishkek\'s Safe City was built by China\'s Shenzhen Sunwin, 306 sites (24.kg, in the notes). Control was centralised under Kyrgyztelecom and the Interior Ministry in September 2025, but in the report\'s own words Chinese cloud solutions and the "City Brain" concept remain the architectural core. Low, level 2: control is now Kyrgyz, level 2\'s "control ... domestic or mixed". High, level 4: the report places the deepest integration of Chinese AI analytics in Kyrgyzstan and Tajikistan and warns that it gives Chinese intelligence agencies covert access to data; a risk the report describes, not an established fact.',
      ru: 'Экспертная оценка, уровень 3 («составляют ядро национальной системы наблюдения»). В 2019 г. китайская CEIEC передала МВД командный центр с распознаванием лиц и анализом больших данных для наблюдения за Бишкеком (сноска 27); второй этап «Безопасного города» в Бишкеке построила китайская Shenzhen Sunwin — 306 объектов (24.kg, по заметкам). В сентябре 2025 г. управление было централизовано в «Кыргызтелекоме» и МВД, но, по словам самого доклада, архитектурным ядром остаются китайские облачные решения и концепция «City Brain». Нижняя граница, уровень 2: управление теперь кыргызское — признак уровня 2 «управление — национальные или смешанные». Верхняя граница, уровень 4: доклад отмечает самую глубокую интеграцию китайской ИИ-аналитики именно в Кыргызстане и Таджикистане и предупреждает, что она даёт китайским спецслужбам скрытый доступ к данным; это риск, описанный в докладе, а не установленный факт.',
    },
  }),
  observation({
    country: 'KG',
    partner: 'RU',
    indicator: 'surveillance_systems',
    value: 1,
    low: 1,
    high: 1,
    year: 2025,
    confidence: 'judgement',
    coding: {
      level: 1,
      rubricWords: 'superseded since',
      evidenceKey: 'ru-kg-vega-phase-1',
    },
    evidence: [Q_SAFE_CITY, Q_CENTRALISED],
    note: {
      en: "Judgement, level 1 (\"superseded since\"). Russia's Vega built the first phase of Bishkek's Safe City, and China's Shenzhen Sunwin the second, 306 sites (24.kg, in the notes); in September 2025 control of the system was centralised under Kyrgyztelecom and the Interior Ministry (the report's own words). A Russian-built early phase, superseded since. No range: no source says whether any first-phase equipment is still in service.",
      ru: 'Экспертная оценка, уровень 1 («уже замещённые»). Первый этап «Безопасного города» в Бишкеке построила российская «Вега», второй — китайская Shenzhen Sunwin, 306 объектов (24.kg, по заметкам); в сентябре 2025 г. управление системой было централизовано в «Кыргызтелекоме» и МВД (слова самого доклада). Ранний этап, построенный Россией, с тех пор замещён. Диапазона нет: ни один источник не сообщает, работает ли ещё оборудование первого этапа.',
    },
  }),

  // ───────────────────────── security (both arms-import cells missing: see above)
  observation({
    country: 'KG',
    partner: 'CN',
    indicator: 'military_facilities',
    value: 1,
    low: 1,
    high: 2,
    year: 2025,
    confidence: 'judgement',
    coding: {
      level: 1,
      rubricWords: "private security contractors guarding the partner's own assets",
      evidenceKey: 'cn-kg-private-security',
    },
    evidence: [
      reportQuote(
        'The commercialization of security',
        'Taiwanese experts note that China widely employs the practice of establishing and utilizing private security firms in Central and South Asia, such as Zhongjun Junhong. The company operates in Kyrgyzstan, providing security for Chinese mining assets and logistics facilities.',
        19,
      ),
      notesQuote(
        'eurasianet-china-military-aid',
        'Security',
        '| KG | CN | Chinese military aid grant of 100m yuan | ~$16m | ~2014 | Eurasianet — estimate |',
      ),
      reportQuote(
        'Arms exports and the training of military elites',
        'these deliveries are accompanied by operator training and the establishment of local service … centers, which ensures a long-term presence of Chinese technical specialists within the defense ministries of Bishkek and Dushanbe.',
      ),
    ],
    note: {
      en: 'Judgement, level 1 ("private security contractors guarding the partner\'s own assets"). No Chinese military or security facility in Kyrgyzstan is reported. The Chinese private security firm Zhongjun Junhong operates in Kyrgyzstan, guarding Chinese mining assets and logistics facilities (fn 19), and China gave a military aid grant of 100m yuan, about $16m (around 2014, Eurasianet estimate): donated equipment and contractors, both level 1. High, level 2: in the report\'s own words, Chinese drone deliveries come with local service centres that keep Chinese technical specialists in the defence ministries of Bishkek and Dushanbe, level 2\'s personnel "as trainers or technicians", though no partner-built facility is named.',
      ru: 'Экспертная оценка, уровень 1 («частные охранные компании, охраняющие собственные активы партнёра»). О китайских военных объектах или объектах безопасности в Кыргызстане не сообщается. Китайская частная охранная компания Zhongjun Junhong работает в Кыргызстане, охраняя китайские горнодобывающие активы и логистические объекты (сноска 19), а Китай предоставил грант военной помощи в 100 млн юаней, около $16 млн (примерно 2014 г., оценка Eurasianet): переданное оборудование и подрядчики — оба признака уровня 1. Верхняя граница, уровень 2: по словам самого доклада, поставки китайских беспилотников сопровождаются созданием местных сервисных центров, благодаря которым китайские технические специалисты надолго присутствуют в министерствах обороны Бишкека и Душанбе, — это персонал «в качестве инструкторов или техников» из уровня 2, хотя построенный партнёром объект не назван.',
    },
  }),
  observation({
    country: 'KG',
    partner: 'RU',
    indicator: 'military_facilities',
    value: 3,
    low: 3,
    high: 3,
    year: 2022,
    confidence: 'judgement',
    coding: {
      level: 3,
      rubricWords: 'a small permanent contingent',
      evidenceKey: 'ru-kg-kant',
    },
    evidence: [
      notesQuote(
        'azattyk-kg-ru-facilities',
        'Security',
        '| KG | RU | Russian personnel, mainly at Kant air base (lease to 2032); five facilities (Kant, Karakol torpedo range, Kara-Balta naval communications, seismic stations) | ~500 troops | 2022 | RFE/RL; Azattyk — estimate |',
      ),
    ],
    note: {
      en: 'Judgement, level 3 ("a small permanent contingent"). About 500 Russian troops are stationed in Kyrgyzstan, mainly at the Kant air base, leased to 2032, across five facilities: Kant, the Karakol torpedo range, naval communications at Kara-Balta and seismic stations (RFE/RL and its Kyrgyz service Azattyk, a 2022 estimate). A small permanent contingent, not the several thousand troops of level 4, so no range.',
      ru: 'Экспертная оценка, уровень 3 («небольшой постоянный контингент»). В Кыргызстане размещено около 500 российских военнослужащих, в основном на авиабазе Кант, арендованной до 2032 г., на пяти объектах: Кант, торпедный полигон в Караколе, узел связи ВМФ в Кара-Балте и сейсмические станции (Радио Свобода и его кыргызская служба «Азаттык», оценка 2022 г.). Это небольшой постоянный контингент, а не несколько тысяч военнослужащих, как на уровне 4, поэтому диапазона нет.',
    },
  }),
  observation({
    country: 'KG',
    partner: 'CN',
    indicator: 'officer_training',
    value: 3,
    low: 2,
    high: 3,
    year: 2025,
    confidence: 'judgement',
    coding: {
      level: 3,
      rubricWords: 'hundreds of officers trained a year',
      evidenceKey: 'cn-pla-hundreds-a-year',
    },
    evidence: [
      reportQuote(
        'Arms exports and the training of military elites',
        'The systematic expansion of training quotas for officers from Kyrgyzstan and Tajikistan at PLA military academies (in particular, at the International College of Defense Studies at the PLA National Defense University) clearly creates a long-term channel for ideological and professional influence. Every year, hundreds of mid- and senior-level officers undergo training in China',
        24,
      ),
      reportQuote(
        'The commercialization of security',
        'This is reinforced by regular bilateral exercises in the "Cooperation" series. For example, during the "Cooperation-2019" exercises between the Chinese People\'s Armed Police and the Kyrgyz National Guard',
        20,
      ),
    ],
    note: {
      en: 'Judgement, level 3 ("hundreds of officers trained a year"). The report says training quotas for Kyrgyz and Tajik officers at PLA academies are expanding and that every year hundreds of mid- and senior-level officers train in China (fn 24); the regular "Cooperation" exercises include Cooperation-2019 between China\'s People\'s Armed Police and the Kyrgyz National Guard (fn 20). Low, level 2: the report\'s "hundreds" may count Kyrgyz and Tajik officers together, and no source at hand gives a Kyrgyz number. The same evidence, and so the same level, as for Tajikistan.',
      ru: 'Экспертная оценка, уровень 3 («сотни офицеров проходят подготовку ежегодно»). Доклад пишет, что квоты на обучение кыргызских и таджикских офицеров в академиях НОАК расширяются и что ежегодно сотни офицеров среднего и высшего звена проходят подготовку в Китае (сноска 24); в регулярную серию учений «Сотрудничество» входят учения «Сотрудничество-2019» Народной вооружённой полиции Китая и Национальной гвардии Кыргызстана (сноска 20). Нижняя граница, уровень 2: «сотни» в докладе могут относиться к кыргызским и таджикским офицерам вместе, а отдельной цифры по Кыргызстану ни один из имеющихся источников не даёт. Те же свидетельства — и потому тот же уровень, — что и для Таджикистана.',
    },
  }),
  observation({
    country: 'KG',
    partner: 'RU',
    indicator: 'officer_training',
    value: 3,
    low: 3,
    high: 4,
    year: 2025,
    confidence: 'judgement',
    coding: {
      level: 3,
      rubricWords: 'A major channel',
      evidenceKey: 'ru-decades-joint-training',
    },
    evidence: [
      reportQuote(
        'The contours of competition with Russia',
        "informal influence over the security agencies of the region's countries that is incomparably deeper than China's— influence built up over decades of joint training and personnel ties",
      ),
    ],
    note: {
      en: "Judgement, level 3 (\"A major channel\"). In the report's own words, without a footnote, Moscow's informal influence over the region's security agencies is \"incomparably deeper than China's\", built up over decades of joint training and personnel ties. That is at least a major channel. High, level 4 (the principal formative channel): the report ranks it above China's, which is itself level 3, but no source at hand gives how many Kyrgyz officers train in Russia. The same evidence, and so the same level, as for Tajikistan.",
      ru: 'Экспертная оценка, уровень 3 («Крупный канал»). По словам самого доклада, без сноски, неформальное влияние Москвы на силовые структуры стран региона «несравнимо глубже, чем у Китая» и создано десятилетиями совместной подготовки и кадровых связей. Это как минимум крупный канал. Верхняя граница, уровень 4 (главный канал формирования кадров): доклад ставит его выше китайского, который сам оценён уровнем 3, но сколько кыргызских офицеров учится в России, ни один из имеющихся источников не сообщает. Те же свидетельства — и потому тот же уровень, — что и для Таджикистана.',
    },
  }),
  observation({
    country: 'KG',
    partner: 'CN',
    indicator: 'security_frameworks',
    value: 3,
    low: 2,
    high: 3,
    year: 2025,
    confidence: 'judgement',
    coding: {
      level: 3,
      rubricWords:
        'a partner-led regional format that shapes security policy, but no mutual-defence obligation',
      evidenceKey: 'cn-china-central-asia-format',
    },
    evidence: [
      reportQuote(
        'The contours of competition with Russia',
        'by June 2025, 13 ministerial platforms were already operating within this framework. … Russia is not even represented in this mechanism as an observer.',
        36,
      ),
      reportQuote(
        'The contours of competition with Russia',
        "At the summit in Astana in June 2025, Beijing openly offered not only economic but also security instruments, including support for the modernization of the region's defense and law enforcement sectors, joint exercises, personnel training, Safe City projects",
      ),
      reportQuote(
        'The contours of competition with Russia',
        'This is creating a parallel security architecture that is less formalized but functionally increasingly dense.',
      ),
    ],
    note: {
      en: 'Judgement, level 3 ("a partner-led regional format that shapes security policy, but no mutual-defence obligation"). The China–Central Asia format had 13 ministerial platforms by June 2025, and Russia is not represented in it even as an observer (fn 36); at the Astana summit in June 2025 Beijing offered security instruments: support for modernising defence and law enforcement, joint exercises, personnel training and Safe City projects (the report\'s own words). No mutual-defence obligation is reported. Low, level 2: the report calls the resulting security architecture less formalised, so the format\'s weight in Kyrgyz security policy is uncertain. The same evidence, and so the same level, as for Tajikistan.',
      ru: 'Экспертная оценка, уровень 3 («региональный формат под руководством партнёра, влияющий на политику безопасности, но без обязательств взаимной обороны»). К июню 2025 г. в формате «Китай — Центральная Азия» действовали 13 министерских площадок, а Россия не представлена в нём даже как наблюдатель (сноска 36); на саммите в Астане в июне 2025 г. Пекин предложил инструменты безопасности: поддержку модернизации оборонного и правоохранительного секторов, совместные учения, подготовку кадров и проекты «Безопасный город» (слова самого доклада). Об обязательствах взаимной обороны не сообщается. Нижняя граница, уровень 2: доклад называет складывающуюся архитектуру безопасности менее формализованной, поэтому вес формата в политике безопасности Кыргызстана неясен. Те же свидетельства — и потому тот же уровень, — что и для Таджикистана.',
    },
  }),
  observation({
    country: 'KG',
    partner: 'RU',
    indicator: 'security_frameworks',
    value: 4,
    low: 3,
    high: 4,
    year: 2025,
    confidence: 'judgement',
    coding: {
      level: 4,
      rubricWords: 'with the partner as its leading guarantor',
      evidenceKey: 'ru-csto',
    },
    evidence: [
      reportQuote(
        'Conclusion',
        'Moscow continues to enjoy important advantages, including its military bases, the institutional framework of the Collective Security Treaty Organization (CSTO), longstanding ties with regional security establishments',
      ),
      reportQuote(
        'Conclusion',
        "Yet the space Russia traditionally occupied as the region's sole external security guarantor is gradually narrowing.",
      ),
    ],
    note: {
      en: "Judgement, level 4 (\"with the partner as its leading guarantor\"). The report's conclusion, in its own words, counts the institutional framework of the Collective Security Treaty Organization (CSTO) among Moscow's advantages and describes Russia as the region's traditional sole external security guarantor. Low, level 3: the report adds that this space is gradually narrowing. The same evidence, and so the same level, as for Tajikistan.",
      ru: 'Экспертная оценка, уровень 4 («ведущим гарантом которого выступает партнёр»). Заключение доклада от себя относит институциональные рамки Организации Договора о коллективной безопасности (ОДКБ) к преимуществам Москвы и называет Россию традиционно единственным внешним гарантом безопасности региона. Нижняя граница, уровень 3: доклад добавляет, что это пространство постепенно сужается. Те же свидетельства — и потому тот же уровень, — что и для Таджикистана.',
    },
  }),
];
