// Tajikistan × {China, Russia}. Every observation quotes the words it rests on: the Ifri report
// (`reportQuote`, found by the tests in its section, with a footnote only where the passage
// carries one) or the research notes' entry for a source (`notesQuote`, shared/data-notes.md).
// Computed values and bounds are derived by code from their quoted inputs; a bound that is not
// computed rests on a quotation in `evidence`. Judgements name their rubric level, the rubric
// words they meet and an evidence key: the same key gets the same level in kg.ts.
//
// Missing cells (no observation: the app shows them as missing and an analyst may supply a value):
// - TJ.RU.debt_share: no source gives Tajik sovereign debt to Russia (the notes list it as not found); Barqi Tojik's utility debt to Sangtuda-1 is not external public debt, and no source says 0.
// - TJ.CN.remittances_gdp: no source reports remittances from China.
// - TJ.RU.telecom_equipment_share: no source names a Russian equipment vendor (MegaFon's stake in MegaFon Tajikistan is operator ownership, not equipment).
// - TJ.RU.surveillance_systems: no source names a Russian-supplied surveillance system in Tajikistan.
// - TJ.CN.satellite_navigation: no source reports BeiDou use by the Tajik forces; the report (fns 31–32) describes its promotion (audit 8).
// - TJ.RU.satellite_navigation: no source reports GLONASS use by the Tajik forces (audit 8).
// - TJ.CN.arms_imports_share: no source gives a Chinese share of Tajik arms imports (4 TIV of 1991–2020 deliveries is not a share; regional shares are not Tajikistan's).
// - TJ.RU.arms_imports_share: no source gives a Russian share of Tajik arms imports (110 TIV of 1991–2020 is not a share; regional shares are not Tajikistan's).

import type { Observation } from '../../model/types';
import { figure, notesQuote, observation, reportQuote } from '../evidence';

// ───────────────────────── evidence used by several observations

/** The research notes' source for Tajikistan's 2024 total trade (added for issue 8). */
const TJ_CUSTOMS_TOTAL_TRADE = 'tass-tj-customs-2024-total-trade';

const tradeShares = notesQuote(
  'tass-2025-07-tj-trade',
  'Economic',
  '| TJ | CN / RU | share of TJ trade: China vs Russia (China first for the first time) | 24.8% vs 23.2% | Jan–May 2025 | TASS; Fergana',
);
const report964 = reportQuote(
  'The contours of competition with Russia',
  "Tajikistan's trade turnover with China for the first five months of 2025 reached $964 million, while trade with Russia amounted to approximately $900 million",
  37,
);
const totalTrade2024 = figure(
  {
    en: "Tajikistan's total foreign trade, 2024 (USD bn)",
    ru: 'Внешнеторговый оборот Таджикистана, 2024 г. (млрд долл.)',
  },
  8.9,
  notesQuote(
    TJ_CUSTOMS_TOTAL_TRADE,
    'Economic',
    '| TJ | all | total foreign trade | $8.9bn | 2024 | Tajik Customs via TASS',
  ),
);

const debtRow = notesQuote(
  'trend-tj-debt-2025',
  'Economic',
  '| TJ | CN | debt to China, of $3.1bn external debt (about a third) | ~$1.0bn | Apr 2025 | Trend via MENAFN',
);

const remittancesAll = notesQuote(
  'worldbank-2025-journey-ahead',
  'Economic',
  '| TJ, KG | all partners | remittances, % of GDP | TJ 45% ($5.8bn); KG 24% | 2024 | World Bank "The Journey Ahead" via Asia-Plus',
);

const fdiInflow = notesQuote(
  'caspianpost-tj-fdi-2024',
  'Economic',
  '| TJ | CN / RU | FDI inflow of $394.3m: China vs Russia | $150.9m vs $28.9m | 2024 | Caspian Post',
);
const fdiTotal = figure(
  {
    en: 'FDI inflow into Tajikistan, 2024 (USD m)',
    ru: 'Приток ПИИ в Таджикистан, 2024 г. (млн долл.)',
  },
  394.3,
  fdiInflow,
);
const investmentStock = notesQuote(
  'fergana-2025-tj-cn',
  'Economic',
  '| TJ | CN / RU | accumulated investment: China vs Russia | $5.1bn vs ~$2bn (Asia-Plus) or ~$0.5bn (TASS) | 2025 | Fergana; TASS',
);

const CONTOURS = 'The contours of competition with Russia';

export const tjObservations: Observation[] = [
  // ───────────────────────── economic: trade
  observation({
    country: 'TJ',
    partner: 'CN',
    indicator: 'trade_share',
    year: 2025,
    period: 'Jan–May 2025',
    confidence: 'reported',
    // the value is the share as reported; only the range is arithmetic
    value: 24.8,
    derivation: {
      low: {
        expr: 'share * lower / higher',
        inputs: {
          share: figure(
            {
              en: "China's share of Tajik trade, Jan–May 2025 (%)",
              ru: 'Доля Китая во внешней торговле Таджикистана, январь–май 2025 г. (%)',
            },
            24.8,
            tradeShares,
          ),
          lower: figure(
            {
              en: 'Tajik trade with China, Jan–May 2025, lower report figure (USD m)',
              ru: 'Торговля Таджикистана с Китаем, январь–май 2025 г., меньшая цифра доклада (млн долл.)',
            },
            900,
            reportQuote(
              'From investment to structural dependence',
              "in the first five months of 2025 alone, Tajikistan's trade with China reached $900 million, surpassing Russia's figures",
              2,
            ),
          ),
          higher: figure(
            {
              en: 'Tajik trade with China, Jan–May 2025, higher report figure (USD m)',
              ru: 'Торговля Таджикистана с Китаем, январь–май 2025 г., большая цифра доклада (млн долл.)',
            },
            964,
            report964,
          ),
        },
      },
      high: {
        expr: '100 * customs / total',
        inputs: {
          customs: figure(
            {
              en: 'Trade with Tajikistan recorded by Chinese customs, 2024 (USD bn)',
              ru: 'Торговля с Таджикистаном по данным таможни Китая, 2024 г. (млрд долл.)',
            },
            3.86,
            notesQuote(
              'astana-times-2025-01-china-trade',
              'Economic',
              '| TJ | CN | trade recorded by Chinese customs | $3.86bn | 2024 | Astana Times',
            ),
          ),
          total: totalTrade2024,
        },
      },
    },
    evidence: [
      reportQuote(
        'From investment to structural dependence',
        'Of the $900 million mentioned, Tajik exports amounted to … only $177 million, creating a significant trade deficit',
      ),
    ],
    note: {
      en: "The value is the share Tajik data give China for Jan–May 2025, 24.8% (via TASS), the first time China led Russia. The report gives China's trade for the same months as $964m (fn 37 paragraph) and as $900m (fn 2); the low end rescales the share to the lower figure (24.8 × 900 / 964). The high end sets China's own customs record for 2024, $3.86bn (Astana Times), against Tajikistan's 2024 total of $8.9bn (Tajik customs via TASS): a ceiling for a share on China's records, since the total still holds Tajikistan's own record of its China trade, and putting China's $3.86bn in its place would lower the share whenever that record is smaller. It is a different year from the value. The report stresses the imbalance: of the $900m, Tajik exports were only $177m.",
      ru: 'Значение — доля Китая во внешней торговле Таджикистана за январь–май 2025 г. по таджикским данным, 24,8% (через ТАСС): Китай впервые опередил Россию. Доклад приводит торговлю с Китаем за те же месяцы как $964 млн (абзац со сноской 37) и как $900 млн (сноска 2); нижняя граница пересчитывает долю на меньшую цифру (24,8 × 900 / 964). Верхняя граница соотносит данные таможни самого Китая за 2024 г., $3,86 млрд (Astana Times), с общим оборотом Таджикистана за 2024 г., $8,9 млрд (таможня Таджикистана через ТАСС): это потолок для доли по китайским данным, так как в итоге по-прежнему учтена таджикская цифра торговли с Китаем, и замена её китайскими $3,86 млрд снизила бы долю, если эта цифра меньше. Год здесь другой, чем у значения. Доклад подчёркивает дисбаланс: из $900 млн таджикский экспорт составил лишь $177 млн.',
    },
  }),
  observation({
    country: 'TJ',
    partner: 'RU',
    indicator: 'trade_share',
    year: 2025,
    period: 'Jan–May 2025',
    confidence: 'reported',
    // the value is the share as reported; only the range is arithmetic
    value: 23.2,
    derivation: {
      low: {
        expr: '100 * russia / total',
        inputs: {
          russia: figure(
            {
              en: 'Russia–Tajikistan trade, 2024, Russian figure (USD bn)',
              ru: 'Торговля России и Таджикистана, 2024 г., российская оценка (млрд долл.)',
            },
            1.5,
            notesQuote(
              'tass-ushakov-tj-trade',
              'Economic',
              "| TJ | RU | trade turnover; Russia's share | $1.5bn; >22% | 2024 | TASS (Ushakov)",
            ),
          ),
          total: totalTrade2024,
        },
      },
    },
    evidence: [
      tradeShares,
      report964,
      notesQuote(
        'tass-2024-01-tj-ru-trade-2023',
        'Economic',
        "| TJ | RU | trade turnover; Russia's share | $1.7bn; 20.6% | 2023 | TASS",
      ),
    ],
    note: {
      en: "The value is the share Tajik data give Russia for Jan–May 2025, 23.2% (via TASS); the report puts that trade at about $900m (fn 37 paragraph). No source gives Russia a higher share of Tajik trade, so the value is also the high end. The low end keeps the two sides' records apart: Russia's own figure for 2024, $1.5bn (Ushakov, who called it over 22%), over Tajikistan's 2024 total of $8.9bn (Tajik customs via TASS). For 2023 TASS gave $1.7bn and 20.6%.",
      ru: 'Значение — доля России во внешней торговле Таджикистана за январь–май 2025 г. по таджикским данным, 23,2% (через ТАСС); доклад оценивает эту торговлю примерно в $900 млн (абзац со сноской 37). Более высокой доли России во внешней торговле Таджикистана ни один источник не даёт, поэтому значение — и верхняя граница. Нижняя граница учитывает расхождение данных сторон: российская цифра за 2024 г., $1,5 млрд (Ушаков, назвавший её более чем 22%), отнесённая к общему обороту Таджикистана за 2024 г., $8,9 млрд (таможня Таджикистана через ТАСС). За 2023 г. ТАСС приводил $1,7 млрд и 20,6%.',
    },
  }),

  // ───────────────────────── economic: debt
  observation({
    country: 'TJ',
    partner: 'CN',
    indicator: 'debt_share',
    year: 2025,
    period: 'April 2025',
    confidence: 'computed',
    derivation: {
      value: {
        expr: '100 * china / total',
        inputs: {
          china: figure(
            {
              en: 'Tajik external debt owed to China, April 2025 (USD bn)',
              ru: 'Внешний долг Таджикистана перед Китаем, апрель 2025 г. (млрд долл.)',
            },
            1.0,
            debtRow,
          ),
          total: figure(
            {
              en: "Tajikistan's external debt, April 2025 (USD bn)",
              ru: 'Внешний долг Таджикистана, апрель 2025 г. (млрд долл.)',
            },
            3.1,
            debtRow,
          ),
        },
      },
    },
    low: 28,
    evidence: [
      reportQuote(
        'From investment to structural dependence',
        'debt to China accounts for about 28% of total external debt in both Kyrgyzstan (about $1.5 billion) and Tajikistan (about $900 million)',
        6,
      ),
    ],
    note: {
      en: "About $1.0bn of Tajikistan's $3.1bn external debt was owed to China in April 2025, 'about a third' (Trend via MENAFN): the value is 100 × 1.0 / 3.1. The low end is the report's own reading, about 28% (about $900m; fn 6, the Lowy Institute), taken as quoted, not computed. No source gives a higher share, so the high end is the value.",
      ru: 'В апреле 2025 г. около $1,0 млрд из $3,1 млрд внешнего долга Таджикистана приходилось на Китай — «около трети» (Trend через MENAFN): значение — 100 × 1,0 / 3,1. Нижняя граница — оценка самого доклада, около 28% (около $900 млн; сноска 6, Институт Лоуи), взятая как есть, без пересчёта. Более высокой доли ни один источник не даёт, поэтому верхняя граница равна значению.',
    },
  }),

  // ───────────────────────── economic: remittances
  observation({
    country: 'TJ',
    partner: 'RU',
    indicator: 'remittances_gdp',
    year: 2024,
    confidence: 'computed',
    derivation: {
      value: {
        expr: 'all * russia / 100',
        inputs: {
          all: figure(
            {
              en: 'Remittances to Tajikistan from all countries, 2024 (% of GDP)',
              ru: 'Переводы в Таджикистан из всех стран, 2024 г. (% ВВП)',
            },
            45,
            remittancesAll,
          ),
          russia: figure(
            {
              en: 'Share of Tajiks leaving to work abroad who go to Russia, to Sep 2024 (%)',
              ru: 'Доля уезжающих на заработки таджиков, направляющихся в Россию, по сентябрь 2024 г. (%)',
            },
            98,
            notesQuote(
              'iom-2025-tj-migrants',
              'Economic',
              '| TJ | RU | Tajiks leaving to work abroad; share to Russia | 618,097; ~98% | to Sep 2024 | IOM via Asia-Plus',
            ),
          ),
        },
      },
    },
    low: 17,
    high: 45,
    evidence: [
      notesQuote(
        'tass-ushakov-tj-trade',
        'Economic',
        "| TJ | RU | Tajiks employed in Russia; remittances from Russia | 1.2m; >$1.8bn (17% of GDP) | 2024 | TASS (Ushakov) — reported, Russian official, far below the World Bank total; Tajikistan's central bank has not published remittances by country since 2013",
      ),
      remittancesAll,
      notesQuote(
        'worldbank-2025-journey-ahead',
        'Economic',
        '| TJ, KG | RU | share of labour migrants going to Russia | >80% | 2024 | same World Bank report',
      ),
      reportQuote(
        'Introduction',
        'its position as the principal destination for labor migration from the region. For both Tajikistan and Kyrgyzstan, migrant remittances remain a critical component of economic stability',
      ),
    ],
    note: {
      en: "Remittances from all countries were 45% of Tajik GDP in 2024, $5.8bn (World Bank via Asia-Plus); Tajikistan's central bank has not published them by country since 2013. Assumption: remittances come from Russia in the proportion in which migrants go there. The IOM counts about 98% of the 618,097 Tajiks who left to work abroad (to September 2024) as going to Russia, so the value is 45 × 98 / 100 % of GDP; the World Bank's 'over 80%' of migrants going to Russia is consistent with it. The bounds are quoted figures, not computed: low, Russia's official figure of over $1.8bn, 17% of GDP (Ushakov via TASS), far below the World Bank total; high, 45%, all remittances.",
      ru: 'Переводы из всех стран составили в 2024 г. 45% ВВП Таджикистана, $5,8 млрд (Всемирный банк через «Азия-Плюс»); Нацбанк Таджикистана с 2013 г. не публикует их в разбивке по странам. Допущение: доля России в переводах равна её доле среди направлений трудовой миграции. По данным МОМ, около 98% из 618 097 таджиков, уехавших на заработки (по сентябрь 2024 г.), направились в Россию, поэтому значение — 45 × 98 / 100 % ВВП; оценка Всемирного банка («более 80%» мигрантов едут в Россию) с этим согласуется. Границы — приведённые в источниках цифры, без пересчёта: нижняя — официальная российская оценка, более $1,8 млрд, или 17% ВВП (Ушаков через ТАСС), намного ниже итога Всемирного банка; верхняя — 45%, все переводы.',
    },
  }),

  // ───────────────────────── economic: FDI
  observation({
    country: 'TJ',
    partner: 'CN',
    indicator: 'fdi_share',
    year: 2024,
    period: '2024 inflow',
    confidence: 'computed',
    derivation: {
      value: {
        expr: '100 * china / total',
        inputs: {
          china: figure(
            {
              en: 'FDI inflow from China, 2024 (USD m)',
              ru: 'Приток ПИИ из Китая, 2024 г. (млн долл.)',
            },
            150.9,
            fdiInflow,
          ),
          total: fdiTotal,
        },
      },
    },
    evidence: [investmentStock],
    note: {
      en: "China supplied $150.9m of Tajikistan's $394.3m FDI inflow in 2024 (Caspian Post): the value is 100 × 150.9 / 394.3. One year's inflow is the only share our sources allow, and no second reading exists, so the range is the value. As context only: China's accumulated investment is $5.1bn against Russia's ~$2bn (Asia-Plus) or ~$0.5bn (TASS), but no total stock is given, so no stock share can be computed.",
      ru: 'На Китай пришлось $150,9 млн из $394,3 млн притока ПИИ в Таджикистан в 2024 г. (Caspian Post): значение — 100 × 150,9 / 394,3. Приток за один год — единственная доля, которую позволяют наши источники, а второй оценки нет, поэтому диапазон совпадает со значением. Только для контекста: накопленные инвестиции Китая — $5,1 млрд против примерно $2 млрд у России («Азия-Плюс») или около $0,5 млрд (ТАСС), но общий объём не приводится, так что долю в накопленных инвестициях вычислить нельзя.',
    },
  }),
  observation({
    country: 'TJ',
    partner: 'RU',
    indicator: 'fdi_share',
    year: 2024,
    period: '2024 inflow',
    confidence: 'computed',
    derivation: {
      value: {
        expr: '100 * russia / total',
        inputs: {
          russia: figure(
            {
              en: 'FDI inflow from Russia, 2024 (USD m)',
              ru: 'Приток ПИИ из России, 2024 г. (млн долл.)',
            },
            28.9,
            fdiInflow,
          ),
          total: fdiTotal,
        },
      },
    },
    evidence: [
      investmentStock,
      notesQuote(
        'tass-tj-ru-investment',
        'Economic',
        '| TJ | CN / RU | accumulated investment: China vs Russia | … or ~$0.5bn (TASS)',
      ),
    ],
    note: {
      en: "Russia supplied $28.9m of Tajikistan's $394.3m FDI inflow in 2024 (Caspian Post): the value is 100 × 28.9 / 394.3. One year's inflow is the only share our sources allow, and no second reading exists, so the range is the value. As context only: Russia's accumulated investment is put at ~$2bn (Asia-Plus) or ~$0.5bn (TASS), two figures that conflict, against China's $5.1bn; no total stock is given.",
      ru: 'На Россию пришлось $28,9 млн из $394,3 млн притока ПИИ в Таджикистан в 2024 г. (Caspian Post): значение — 100 × 28,9 / 394,3. Приток за один год — единственная доля, которую позволяют наши источники, а второй оценки нет, поэтому диапазон совпадает со значением. Только для контекста: накопленные российские инвестиции оцениваются примерно в $2 млрд («Азия-Плюс») или около $0,5 млрд (ТАСС) — две противоречащие друг другу цифры — против $5,1 млрд у Китая; общий объём не приводится.',
    },
  }),

  // ───────────────────────── infrastructure
  observation({
    country: 'TJ',
    partner: 'CN',
    indicator: 'transit_corridors',
    value: 2,
    low: 2,
    high: 2,
    year: 2012,
    period: '2006–12',
    confidence: 'judgement',
    coding: {
      level: 2,
      rubricWords: 'finances or builds a major road or rail corridor',
      evidenceKey: 'cn-tj-road-loan',
    },
    evidence: [
      notesQuote(
        'newstj-dushanbe-chanak-road',
        'Infrastructure and energy',
        '| TJ | CN | Dushanbe–Khujand–Chanak road ($281.1m Chinese loan, China Road and Bridge Corp.) | $295.9m | 2006–12 | news.tj',
      ),
    ],
    note: {
      en: "Rubric level 2, 'finances or builds a major road or rail corridor' but does not own or operate it: a $281.1m Chinese loan financed the $295.9m Dushanbe–Khujand–Chanak road, built by China Road and Bridge Corporation in 2006–12 (news.tj). No source shows China owning or operating a Tajik corridor, or supports another level, so the range is the level.",
      ru: 'Уровень 2 по шкале: партнёр «финансирует или строит крупный автомобильный или железнодорожный коридор», но не владеет им и не управляет им: китайский кредит в $281,1 млн профинансировал дорогу Душанбе — Худжанд — Чанак стоимостью $295,9 млн, построенную China Road and Bridge Corporation в 2006–2012 гг. (news.tj). Ни один источник не говорит о том, что Китай владеет коридором Таджикистана или управляет им, и не подкрепляет другой уровень, поэтому диапазон совпадает с уровнем.',
    },
  }),
  observation({
    country: 'TJ',
    partner: 'RU',
    indicator: 'transit_corridors',
    value: 3,
    low: 2,
    high: 3,
    year: 2026,
    confidence: 'judgement',
    coding: {
      level: 3,
      rubricWords: 'with real leverage in a crisis',
      evidenceKey: 'ru-transit-monopoly',
    },
    evidence: [
      reportQuote(
        CONTOURS,
        'For many years, the Trans-Siberian Railway and Kazakhstan’s well-developed railway network provided Moscow with a logistical monopoly on the transit of goods between Asia and Europe',
      ),
      reportQuote(
        CONTOURS,
        'this project deprives Russia of the strategic ability to use logistics as a tool for political blackmail or pressure on Central Asian states in crisis situations',
      ),
      reportQuote(
        CONTOURS,
        'The construction of the China-Kyrgyzstan-Uzbekistan Railway, which entered its active phase in 2025-2026, is dealing a significant blow to Russia’s transit revenues',
      ),
    ],
    note: {
      en: "Rubric level 3, the main outlet 'with real leverage in a crisis': in the report's own words (no footnote), the Trans-Siberian and Kazakh rail network gave Moscow a logistical monopoly on Asia–Europe transit, and logistics was a tool for pressure on Central Asian states in crisis situations. The same evidence codes Kyrgyzstan at level 3. The range goes down to level 2 because the report says the China–Kyrgyzstan–Uzbekistan railway, in its active phase in 2025–2026, is taking that ability away.",
      ru: 'Уровень 3 по шкале: главный выход, дающий партнёру «реальные рычаги давления в кризисной ситуации». По словам самого доклада (без сноски), Транссиб и железные дороги Казахстана обеспечивали Москве логистическую монополию на транзит между Азией и Европой, а логистика служила инструментом давления на государства Центральной Азии в кризисных ситуациях. Те же данные дают уровень 3 и для Кыргызстана. Диапазон снижен до уровня 2, поскольку, по докладу, железная дорога Китай — Кыргызстан — Узбекистан, активно строящаяся в 2025–2026 гг., лишает Россию этой возможности.',
    },
  }),
  observation({
    country: 'TJ',
    partner: 'CN',
    indicator: 'energy_mining_assets',
    value: 3,
    low: 3,
    high: 4,
    year: 2026,
    confidence: 'judgement',
    coding: {
      level: 3,
      rubricWords: 'controls a strategic asset',
      evidenceKey: 'cn-tj-zijin-strategic-deposits',
    },
    evidence: [
      reportQuote(
        'From investment to structural dependence',
        'transnational corporations such as Zijin Mining are methodically establishing dominant positions in the gold mining industry. The company controls the strategic Jilau and Taror deposits in Tajikistan',
      ),
      reportQuote(
        'From investment to structural dependence',
        'The large-scale modernization of the Tajik Aluminum Company (TALCO), for which contracts (ranging from $545 million to $1.6 billion) have been awarded to the Chinese company CMEC, ensures the long-term technological dependence of Tajikistan’s main export industry on Chinese equipment and standards',
        8,
      ),
      notesQuote(
        'asiaplus-dushanbe-2-chp',
        'Infrastructure and energy',
        '| TJ | CN | Dushanbe-2 heat and power plant (400 MW), TBEA, China Exim | $349m | 2014–16 | Asia-Plus',
      ),
      reportQuote(
        'From investment to structural dependence',
        'For Dushanbe, this inability to service loans without straining the budget means that it is being forced to swap debt for assets and relinquish strategic resources',
      ),
    ],
    note: {
      en: "Rubric level 3, the partner 'controls a strategic asset': in the report's own words, Zijin Mining controls the strategic Jilau and Taror gold deposits. Beside it, CMEC holds the TALCO modernisation contracts ($545m–$1.6bn), which the report says make Tajikistan's main export industry technologically dependent on Chinese equipment and standards (fn 8): dependence, not control, so that alone would not meet level 3. TBEA built the 400 MW Dushanbe-2 heat and power plant with China Exim financing ($349m; Asia-Plus). The range goes up to level 4 because the report says Dushanbe is being forced to swap debt for assets and relinquish strategic resources (its own words, no footnote).",
      ru: 'Уровень 3 по шкале: партнёр «контролирует стратегический актив». По словам самого доклада, Zijin Mining контролирует стратегические золоторудные месторождения Джилау и Тарор. Кроме того, CMEC получила контракты на модернизацию ТАЛКО ($545 млн — $1,6 млрд), которые, по докладу, ставят главную экспортную отрасль Таджикистана в технологическую зависимость от китайского оборудования и стандартов (сноска 8): это зависимость, а не контроль, и одна она уровня 3 не дала бы. TBEA построила ТЭЦ «Душанбе-2» мощностью 400 МВт на средства Эксимбанка Китая ($349 млн; «Азия-Плюс»). Диапазон доведён до уровня 4, поскольку, по докладу, Душанбе вынужден обменивать долги на активы и уступать стратегические ресурсы (слова самого доклада, без сноски).',
    },
  }),
  observation({
    country: 'TJ',
    partner: 'RU',
    indicator: 'energy_mining_assets',
    value: 3,
    low: 3,
    high: 3,
    year: 2023,
    period: 'H1 2023',
    confidence: 'judgement',
    coding: {
      level: 3,
      rubricWords: 'most fuel imports',
      evidenceKey: 'ru-most-fuel-imports',
    },
    evidence: [
      notesQuote(
        'asiatoday-2023-10-tj-petroleum',
        'Infrastructure and energy',
        '| TJ | RU | share of petroleum-product imports from Russia (>1 Mt of products and LPG in 2024) | >85% | H1 2023 | asia-today.news; TASS',
      ),
    ],
    note: {
      en: "Rubric level 3, control of 'most fuel imports': Russia supplied over 85% of Tajikistan's petroleum-product imports in H1 2023, and over 1 Mt of products and LPG in 2024 (asia-today.news; TASS). The same evidence key, Russia supplying most fuel imports, codes Kyrgyzstan at level 3. No source supports another level, so the range is the level.",
      ru: 'Уровень 3 по шкале: контроль над «большей частью импорта топлива». В I полугодии 2023 г. Россия обеспечила более 85% импорта нефтепродуктов Таджикистана, а в 2024 г. — более 1 млн т нефтепродуктов и сжиженного газа (asia-today.news; ТАСС). Тот же ключ данных — Россия обеспечивает большую часть импорта топлива — даёт уровень 3 и для Кыргызстана. Ни один источник не подкрепляет другой уровень, поэтому диапазон совпадает с уровнем.',
    },
  }),

  // ───────────────────────── digital
  observation({
    country: 'TJ',
    partner: 'CN',
    indicator: 'telecom_equipment_share',
    value: 90,
    low: 90,
    high: 100,
    year: 2023,
    confidence: 'estimate',
    evidence: [
      reportQuote(
        'Monopoly in the telecommunications sector',
        'According to a number of expert estimates, over 90% of Tajikistan’s telecommunications equipment is supplied by Huawei',
      ),
      reportQuote(
        'Monopoly in the telecommunications sector',
        'In Tajikistan, a memorandum between the Communications Service and Huawei provides for the upgrade and expansion of the network based on 7,600 GSM/LTE/5G base stations',
        34,
      ),
      reportQuote(
        'Monopoly in the telecommunications sector',
        'Chinese vendors have effectively monopolized the supply of equipment for core networks in Central Asia',
        33,
      ),
    ],
    note: {
      en: "'Over 90%' of Tajikistan's telecommunications equipment is supplied by Huawei, according to expert estimates the report cites without a footnote: an estimate by the report's sources, not a measured market share. 'Over 90%' gives 90% as the value and the low end, and the logical ceiling, 100%, as the high end. Footnote 34 is only the memorandum between Tajikistan's Communications Service and Huawei for 7,600 GSM/LTE/5G base stations; footnote 33 is the regional finding that Chinese vendors supply the core networks of Central Asia.",
      ru: 'По экспертным оценкам, которые доклад приводит без сноски, «более 90%» телекоммуникационного оборудования Таджикистана поставляет Huawei: это оценка источников доклада, а не измеренная доля рынка. «Более 90%» даёт 90% как значение и нижнюю границу, а логический предел, 100%, — как верхнюю. Сноска 34 относится лишь к меморандуму Службы связи Таджикистана и Huawei о 7600 базовых станциях GSM/LTE/5G; сноска 33 — к выводу для региона в целом: опорные сети Центральной Азии оснащают китайские поставщики.',
    },
  }),
  observation({
    country: 'TJ',
    partner: 'CN',
    indicator: 'surveillance_systems',
    value: 2,
    low: 2,
    high: 3,
    year: 2024,
    confidence: 'judgement',
    coding: {
      level: 2,
      rubricWords: 'supply a major city system',
      evidenceKey: 'cn-capital-safe-city',
    },
    evidence: [
      notesQuote(
        'asiaplus-2024-07-safe-city',
        'Digital',
        '| TJ | CN | Dushanbe Safe City CCTV by Huawei ($20.9m China Exim loan); phase 2 a Chinese grant (2024); Bokhtar $9m for 900 cameras | ~$22m | 2013–24 | Asia-Plus',
      ),
      reportQuote(
        'Digital securitization',
        'The deepest integration of Chinese AI analytics technologies is observed in Kyrgyzstan and Tajikistan, where they are becoming an integral part of the infrastructure for public administration and public safety',
      ),
    ],
    note: {
      en: "Rubric level 2, the partner's vendors 'supply a major city system': Huawei built Dushanbe's Safe City CCTV (about $22m, with a $20.9m China Exim loan); its second phase is a Chinese grant (2024), and Bokhtar's system costs $9m for 900 cameras (Asia-Plus). No source says who runs the core software and control. The range goes up to level 3 because the report finds the deepest integration of Chinese AI analytics in Kyrgyzstan and Tajikistan, becoming part of the public-safety infrastructure (its own words, no footnote).",
      ru: 'Уровень 2 по шкале: поставщики партнёра «оснащают крупную городскую систему». Huawei построила систему видеонаблюдения «Безопасный город» в Душанбе (около $22 млн, включая кредит Эксимбанка Китая на $20,9 млн); её второй этап — китайский грант (2024 г.), а система в Бохтаре стоит $9 млн за 900 камер («Азия-Плюс»). Кто управляет ключевым программным обеспечением и системой, источники не сообщают. Диапазон доведён до уровня 3, поскольку доклад отмечает, что глубже всего китайская ИИ-аналитика интегрирована в Кыргызстане и Таджикистане и становится частью инфраструктуры общественной безопасности (слова самого доклада, без сноски).',
    },
  }),

  // ───────────────────────── security
  observation({
    country: 'TJ',
    partner: 'CN',
    indicator: 'military_facilities',
    value: 3,
    low: 2,
    high: 3,
    year: 2026,
    confidence: 'judgement',
    coding: {
      level: 3,
      rubricWords: 'an extensive network of partner-built border and security facilities',
      evidenceKey: 'cn-tj-border-facilities',
    },
    evidence: [
      reportQuote(
        "The Afghan factor and China's physical entrenchment in the region (2000s–2010s)",
        "In the vicinity of the village of Shaimak, security infrastructure has been established, officially classified as a base for Tajik rapid reaction forces, built with financial and technical support from the People's Republic of China (PRC)",
        11,
      ),
      reportQuote(
        "The Afghan factor and China's physical entrenchment in the region (2000s–2010s)",
        'Western media and a number of experts from Taiwan, Japan, and other countries classify the facility as "militarized" and point to the presence of Chinese personnel',
        12,
      ),
      reportQuote(
        "The Afghan factor and China's physical entrenchment in the region (2000s–2010s)",
        "in 2021, the Tajik Parliament ratified an agreement with China on the construction of a new base for the Tajik Ministry of Internal Affairs' Rapid Response Group in the Ishkashim District. The project cost approximately 55 million yuan ($8.5 million)",
        13,
      ),
      reportQuote(
        "The Afghan factor and China's physical entrenchment in the region (2000s–2010s)",
        'an agreement ratified by the Tajik Parliament on March 4, 2026, under which the Chinese government will finance (in the form of a 424 million yuan grant) and carry out the construction of nine new modern border facilities',
        14,
      ),
      reportQuote(
        "The Afghan factor and China's physical entrenchment in the region (2000s–2010s)",
        'This initiative, serving as a continuation of the 2017-2018 program, forms an even more extensive, multi-layered security line',
      ),
      reportQuote(
        "The Afghan factor and China's physical entrenchment in the region (2000s–2010s)",
        'Official Dushanbe and Beijing consistently deny the existence of a foreign military base',
      ),
    ],
    note: {
      en: "Rubric level 3, 'an extensive network of partner-built border and security facilities': a Chinese-funded site near Shaimak, officially a base for Tajik rapid-reaction forces (fn 11), where Western media and experts report Chinese personnel (fn 12); a base for the Interior Ministry's Rapid Response Group at Ishkashim, ratified in 2021, 55m yuan ($8.5m; fn 13); and nine border facilities under a 424m-yuan grant ratified on 4 March 2026 (fn 14), which the report says continue the 2017–2018 programme and form an even more extensive security line (its own words). The range goes down to level 2 (partner-built facilities for the host's forces) because both governments deny any foreign military base.",
      ru: 'Уровень 3 по шкале: «обширная сеть построенных партнёром пограничных объектов и объектов безопасности». Финансируемый Китаем объект у Шаймака, официально — база таджикских сил быстрого реагирования (сноска 11), где, по сообщениям западных СМИ и экспертов, находится китайский персонал (сноска 12); база группы быстрого реагирования МВД в Ишкашимском районе, соглашение о которой ратифицировано в 2021 г., — 55 млн юаней ($8,5 млн; сноска 13); девять пограничных объектов на грант в 424 млн юаней, ратифицированный 4 марта 2026 г. (сноска 14), которые, по докладу, продолжают программу 2017–2018 гг. и образуют ещё более обширную линию безопасности (слова самого доклада). Диапазон снижен до уровня 2 (построенные партнёром объекты для силовых структур страны), поскольку оба правительства отрицают наличие иностранной военной базы.',
    },
  }),
  observation({
    country: 'TJ',
    partner: 'RU',
    indicator: 'military_facilities',
    value: 4,
    low: 4,
    high: 4,
    year: 2022,
    confidence: 'judgement',
    coding: {
      level: 4,
      rubricWords: 'several thousand troops under a long-term agreement',
      evidenceKey: 'ru-tj-201st-base',
    },
    evidence: [
      notesQuote(
        'rferl-2022-201st-ukraine',
        'Security',
        '| TJ | RU | 201st military base, lease to 2042; ~1,500 reportedly sent to Ukraine in 2022 | ~7,000 troops | 2022 | Asia-Plus; RFE/RL',
      ),
      reportQuote(
        'Conclusion',
        'Moscow continues to enjoy important advantages, including its military bases',
      ),
    ],
    note: {
      en: "Rubric level 4, a base with 'several thousand troops under a long-term agreement': Russia's 201st military base, about 7,000 troops, leased to 2042 (Asia-Plus; RFE/RL). About 1,500 of them were reportedly sent to Ukraine in 2022; even then about 5,500 remain, still several thousand, so the range is the level.",
      ru: 'Уровень 4 по шкале: база с контингентом «в несколько тысяч военнослужащих по долгосрочному соглашению». 201-я российская военная база — около 7000 военнослужащих, аренда до 2042 г. («Азия-Плюс»; Радио Свобода). Около 1500 из них, по сообщениям, были отправлены в Украину в 2022 г.; но и тогда остаётся около 5500 — всё ещё несколько тысяч, поэтому диапазон совпадает с уровнем.',
    },
  }),
  observation({
    country: 'TJ',
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
        'Every year, hundreds of mid- and senior-level officers undergo training in China',
        24,
      ),
      reportQuote(
        'Arms exports and the training of military elites',
        'The systematic expansion of training quotas for officers from Kyrgyzstan and Tajikistan at PLA military academies',
        24,
      ),
    ],
    note: {
      en: "Rubric level 3, 'hundreds of officers trained a year': the report says hundreds of mid- and senior-level officers train in China every year, under expanding quotas for officers from Kyrgyzstan and Tajikistan at PLA academies (fn 24). The same evidence codes Kyrgyzstan at level 3. The range goes down to level 2 (training quotas, a minority channel) because the hundreds are for the two countries together; no source gives Tajikistan's own number.",
      ru: 'Уровень 3 по шкале: «сотни офицеров проходят подготовку ежегодно». Доклад отмечает, что каждый год сотни офицеров среднего и высшего звена обучаются в Китае по расширяющимся квотам для офицеров Кыргызстана и Таджикистана в военных академиях НОАК (сноска 24). Те же данные дают уровень 3 и для Кыргызстана. Диапазон снижен до уровня 2 (квоты на обучение, второстепенный канал), так как сотни относятся к двум странам вместе; числа для одного Таджикистана ни один источник не приводит.',
    },
  }),
  observation({
    country: 'TJ',
    partner: 'RU',
    indicator: 'officer_training',
    value: 3,
    low: 3,
    high: 4,
    year: 2026,
    confidence: 'judgement',
    coding: {
      level: 3,
      rubricWords: 'A major channel',
      evidenceKey: 'ru-decades-joint-training',
    },
    evidence: [
      reportQuote(
        CONTOURS,
        'informal influence over the security agencies of the region’s countries that is incomparably deeper than China’s— influence built up over decades of joint training and personnel ties',
      ),
      notesQuote(
        'devdiscourse-2021-11-tj-training',
        'Security',
        '| TJ | RU | Tajik servicemen trained in Russia (~1,000 a year) | >6,000 | to 2021 | devdiscourse',
      ),
      reportQuote('Conclusion', 'longstanding ties with regional security establishments'),
    ],
    note: {
      en: "Rubric level 3, 'a major channel': in its own words (no footnote), the report calls Russia's informal influence over the region's security agencies 'incomparably deeper than China's', built up over decades of joint training and personnel ties. For Tajikistan, over 6,000 servicemen had trained in Russia by 2021, about 1,000 a year (devdiscourse): servicemen, not only officers. The same report evidence codes Kyrgyzstan at level 3. The range goes up to level 4 because 'incomparably deeper' than China's level-3 channel may mean the principal one.",
      ru: 'Уровень 3 по шкале: «крупный канал». По словам самого доклада (без сноски), неформальное влияние России на силовые структуры стран региона «несравнимо глубже», чем у Китая, и создано десятилетиями совместной подготовки и кадровых связей. По Таджикистану: к 2021 г. в России прошли подготовку более 6000 военнослужащих, около 1000 в год (devdiscourse), — военнослужащих, а не только офицеров. Те же данные доклада дают уровень 3 и для Кыргызстана. Диапазон доведён до уровня 4, поскольку «несравнимо более глубокий», чем китайский канал уровня 3, может оказаться главным.',
    },
  }),
  observation({
    country: 'TJ',
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
        CONTOURS,
        'by June 2025, 13 ministerial platforms were already operating within this framework. What is particularly sensitive for Russia is that this framework is being established without its participation or institutional veto. Russia is not even represented in this mechanism as an observer',
        36,
      ),
      reportQuote(
        CONTOURS,
        'At the summit in Astana in June 2025, Beijing openly offered not only economic but also security instruments, including support for the modernization of the region’s defense and law enforcement sectors, joint exercises, personnel training, Safe City projects',
      ),
      reportQuote(
        "The Afghan factor and China's physical entrenchment in the region (2000s–2010s)",
        'This transition was formally cemented by the creation in 2016 of the Quadrilateral Mechanism for Cooperation and Coordination involving China, Pakistan, Tajikistan, and Afghanistan',
      ),
      reportQuote(
        CONTOURS,
        'This is creating a parallel security architecture that is less formalized but functionally increasingly dense',
      ),
    ],
    note: {
      en: "Rubric level 3, 'a partner-led regional format that shapes security policy, but no mutual-defence obligation': the China–Central Asia format had 13 ministerial platforms by June 2025, with Russia not even an observer (fn 36); at the Astana summit in June 2025 China offered defence and law-enforcement modernisation, joint exercises, training and Safe City projects (the report's own words, no footnote); and Tajikistan has belonged since 2016 to the Quadrilateral Mechanism with China, Pakistan and Afghanistan (own words). The same format codes Kyrgyzstan at level 3. The range goes down to level 2 because the report calls this parallel architecture less formalised.",
      ru: 'Уровень 3 по шкале: «региональный формат под руководством партнёра, влияющий на политику безопасности, но без обязательств взаимной обороны». К июню 2025 г. в формате «Китай — Центральная Азия» действовали 13 министерских площадок, а Россия не представлена в нём даже как наблюдатель (сноска 36); на саммите в Астане в июне 2025 г. Китай предложил модернизацию оборонного и правоохранительного секторов, совместные учения, подготовку кадров и проекты «Безопасный город» (слова самого доклада, без сноски); с 2016 г. Таджикистан входит в Четырёхсторонний механизм с Китаем, Пакистаном и Афганистаном (слова доклада). Тот же формат даёт уровень 3 и для Кыргызстана. Диапазон снижен до уровня 2, поскольку доклад называет эту параллельную архитектуру менее формализованной.',
    },
  }),
  observation({
    country: 'TJ',
    partner: 'RU',
    indicator: 'security_frameworks',
    value: 4,
    low: 3,
    high: 4,
    year: 2026,
    confidence: 'judgement',
    coding: {
      level: 4,
      rubricWords: 'with the partner as its leading guarantor',
      evidenceKey: 'ru-csto',
    },
    evidence: [
      reportQuote(
        'Conclusion',
        'Moscow continues to enjoy important advantages, including its military bases, the institutional framework of the Collective Security Treaty Organization (CSTO)',
      ),
      reportQuote(
        'Conclusion',
        'Yet the space Russia traditionally occupied as the region’s sole external security guarantor is gradually narrowing',
      ),
    ],
    note: {
      en: "Rubric level 4, a formal alliance 'with the partner as its leading guarantor': the report's conclusion counts the institutional framework of the Russian-led CSTO among Moscow's advantages and calls Russia the region's traditional sole external security guarantor (its own words, no footnote). The same evidence codes Kyrgyzstan at level 4. The range goes down to level 3 because the report says that role is gradually narrowing.",
      ru: 'Уровень 4 по шкале: формальный союз, «ведущим гарантом которого выступает партнёр». Заключение доклада относит институциональные рамки возглавляемой Россией ОДКБ к преимуществам Москвы и называет Россию традиционно единственным внешним гарантом безопасности региона (слова самого доклада, без сноски). Те же данные дают уровень 4 и для Кыргызстана. Диапазон снижен до уровня 3, поскольку, по докладу, эта роль постепенно сужается.',
    },
  }),
];
