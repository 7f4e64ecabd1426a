// Scenario presets. Each rationale cites the report (with footnotes) and each
// override follows from a stated rule; where a rule is arithmetic on the
// baseline (a third less, the top of a range) it is computed here from the
// observations, so presets stay consistent when the data are revised.

import type { Observation, Preset } from '../model/types';
import { kgObservations } from './observations/kg';
import { tjObservations } from './observations/tj';

const all: Observation[] = [...kgObservations, ...tjObservations];

/** The baseline reading: the observation without variant, or the default-variant one. */
function baseline(country: string, partner: string, indicator: string): Observation {
  const matches = all.filter(
    (o) => o.country === country && o.partner === partner && o.indicator === indicator,
  );
  const found =
    matches.find((o) => o.variant === undefined) ??
    matches.find(
      (o) => o.variant?.option === 'kgTradeSource' && o.variant.value === 'kyrgyz-stats',
    );
  if (!found)
    throw new Error(`presets: no baseline observation for ${country}.${partner}.${indicator}`);
  return found;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;
const key = (c: string, p: string, i: string): string => `${c}.${p}.${i}`;

/** Remittances from Russia fall by a third: baseline × 2/3. */
function remittanceShock(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of ['KG', 'TJ']) {
    out[key(c, 'RU', 'remittances_gdp')] = round1(
      (baseline(c, 'RU', 'remittances_gdp').value * 2) / 3,
    );
  }
  return out;
}

/** Russia's security instruments move to the top of their uncertainty ranges. */
const REENGAGEMENT_INDICATORS = [
  'military_facilities',
  'officer_training',
  'arms_imports_share',
  'security_frameworks',
  'satellite_navigation',
];
function russianReengagement(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of ['KG', 'TJ']) {
    for (const i of REENGAGEMENT_INDICATORS) {
      const o = baseline(c, 'RU', i);
      if (o.high !== o.value) out[key(c, 'RU', i)] = o.high;
    }
  }
  return out;
}

/** Telecom rip-and-replace: Chinese vendors' share halved in both countries. */
function ripAndReplace(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of ['KG', 'TJ']) {
    out[key(c, 'CN', 'telecom_equipment_share')] = round1(
      baseline(c, 'CN', 'telecom_equipment_share').value / 2,
    );
  }
  return out;
}

export const presets: Preset[] = [
  {
    id: 'baseline',
    name: { en: 'Baseline', ru: 'Базовый сценарий' },
    rationale: {
      en: 'The data as published: every value as sourced, Kyrgyz statistics for Kyrgyz trade, all weights at 1, arithmetic mean. The Ifri report (July 2026) and the further sources in the methodology are the basis of every number.',
      ru: 'Данные в опубликованном виде: все значения по источникам, для торговли Кыргызстана — кыргызская статистика, все веса равны 1, среднее арифметическое. Основа всех цифр — доклад Ifri (июль 2026 г.) и другие источники, перечисленные в методологии.',
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
      en: "The report (fn 9) calls the $4.7bn China–Kyrgyzstan–Uzbekistan railway the key artery of the Middle Corridor, with China holding 51% of the joint venture and a build-operate-transfer model that will 'drastically curtail' Kyrgyz transit sovereignty; it adds that the line takes away Russia's ability to use logistics as pressure on Central Asian states. Rule: once the line runs, China's hold on Kyrgyz corridors moves from level 2 to level 3 (the top of its range) and Russia's falls from level 3 to level 2 (the bottom of its range). Tajikistan is not on the route and is unchanged.",
      ru: 'Доклад (сноска 9) называет железную дорогу Китай — Кыргызстан — Узбекистан стоимостью $4,7 млрд ключевой артерией Среднего коридора: Китаю принадлежит 51% совместной компании, а модель «строительство — эксплуатация — передача» «резко ограничит» транзитный суверенитет Кыргызстана; кроме того, дорога лишает Россию возможности использовать логистику как рычаг давления на страны Центральной Азии. Правило: когда дорога заработает, контроль Китая над коридорами Кыргызстана повышается с уровня 2 до уровня 3 (верх диапазона), а России — снижается с уровня 3 до уровня 2 (низ диапазона). Таджикистан не на маршруте и не меняется.',
    },
    sources: ['ifri-2026', 'dayar-2025-caspian-policy', '24kg-2025-12-cku-financing'],
    scenario: {
      overrides: {
        'KG.CN.transit_corridors': baseline('KG', 'CN', 'transit_corridors').high,
        'KG.RU.transit_corridors': baseline('KG', 'RU', 'transit_corridors').low,
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
      en: "The report argues that Moscow's restraint is dictated by circumstances: once strategic attention is freed from the Ukrainian front, the Kremlin will turn back to Central Asia with its informal influence over the region's security agencies, built over decades of joint training, and Russian-speaking elites (fn 38 on Russia's traditional role as security provider; fn 40 on Russian experts' view of Chinese arms deliveries). Rule: Russia's security instruments in both countries (facilities, officer training, arms share, security frameworks, and GLONASS in the armed forces) move to the top of their uncertainty ranges.",
      ru: 'Доклад утверждает, что сдержанность Москвы продиктована обстоятельствами: когда стратегическое внимание освободится от украинского фронта, Кремль вернётся к Центральной Азии, опираясь на неформальное влияние на силовые структуры региона, созданное десятилетиями совместной подготовки, и на русскоязычные элиты (сноска 38 — о традиционной роли России как гаранта безопасности; сноска 40 — о взгляде российских экспертов на китайские поставки оружия). Правило: инструменты России в сфере безопасности в обеих странах (объекты, подготовка офицеров, доля в импорте оружия, институциональные механизмы, ГЛОНАСС в армии) поднимаются до верхней границы своих диапазонов.',
    },
    sources: ['ifri-2026', 'scepanovic-2022-wotr', 'zuenko-2025-rga-fn40'],
    scenario: { overrides: russianReengagement() },
  },
  {
    id: 'remittance-shock',
    name: {
      en: 'Remittance shock: remittances from Russia fall by a third',
      ru: 'Шок денежных переводов: переводы из России сокращаются на треть',
    },
    rationale: {
      en: 'The report stresses that migrant remittances remain a critical component of economic stability for both countries and that Russia is the principal destination of their labour migrants; the data show how exposed they are (45% of Tajik and 24% of Kyrgyz GDP in 2024, per the World Bank), and Kyrgyz migrants registered in Russia fell from 650,000 to about 350,000 after 2023. Rule: remittances from Russia as a share of GDP fall to two-thirds of the baseline in both countries (Kyrgyzstan 22.6% → 15.1%, Tajikistan 40% → 26.7%).',
      ru: 'Доклад подчёркивает, что денежные переводы мигрантов остаются критически важным фактором экономической стабильности обеих стран, а Россия — главное направление их трудовой миграции; данные показывают степень уязвимости (45% ВВП Таджикистана и 24% ВВП Кыргызстана в 2024 г., по данным Всемирного банка), а число зарегистрированных в России кыргызских мигрантов после 2023 г. сократилось с 650 тыс. примерно до 350 тыс. Правило: переводы из России в процентах ВВП в обеих странах снижаются до двух третей базового уровня (Кыргызстан: 22,6% → 15,1%, Таджикистан: 40% → 26,7%).',
    },
    sources: ['ifri-2026', 'worldbank-2025-journey-ahead', 'timesca-nbkr-remittances-2025'],
    scenario: { overrides: remittanceShock() },
  },
  {
    id: 'tj-debt-for-assets',
    name: {
      en: 'Debt-for-assets swaps (Tajikistan)',
      ru: 'Обмен долгов на активы (Таджикистан)',
    },
    rationale: {
      en: "Per the report (fn 6), Dushanbe cannot service its Chinese loans without straining the budget and is being forced to swap debt for assets and relinquish strategic resources; TALCO's modernisation by CMEC ($545m–$1.6bn) ties the main export industry to China and part of TALCO's property is moving to a new company (fn 8), while Zijin holds the Jilau and Taror deposits (fn 7). Rule: China's share of Tajik external debt falls to the bottom of its range (the report's ~28%), its share of FDI rises to the top of its range, and its control of energy and mining assets moves to level 4.",
      ru: 'Согласно докладу (сноска 6), Душанбе не может обслуживать китайские кредиты без напряжения бюджета и вынужден обменивать долги на активы, уступая стратегические ресурсы; модернизация ТАЛКО силами CMEC ($545 млн — $1,6 млрд) привязывает главную экспортную отрасль к Китаю, часть имущества ТАЛКО переходит в новую компанию (сноска 8), а Zijin владеет месторождениями Джилау и Тарор (сноска 7). Правило: доля Китая во внешнем долге Таджикистана снижается до нижней границы диапазона (около 28% по докладу), его доля в ПИИ поднимается до верхней границы, а контроль над энергетическими и горнодобывающими активами — до уровня 4.',
    },
    sources: ['ifri-2026', 'duke-2025-lowy', 'cag-world-talco', 'caspianpost-2026-mining'],
    scenario: {
      overrides: {
        'TJ.CN.debt_share': baseline('TJ', 'CN', 'debt_share').low,
        'TJ.CN.fdi_share': baseline('TJ', 'CN', 'fdi_share').high,
        'TJ.CN.energy_mining_assets': 4,
      },
    },
  },
  {
    id: 'kg-sanctions-crackdown',
    name: {
      en: 'Sanctions crackdown on re-exports (Kyrgyzstan)',
      ru: 'Борьба с реэкспортом в обход санкций (Кыргызстан)',
    },
    rationale: {
      en: 'The report (fns 3–5) reads the 5.5-fold gap between Chinese and Kyrgyz trade records as grey re-export schemes, including dual-use goods, and notes unprecedented EU pressure after shipments of European high-tech goods to Kyrgyzstan rose 800% and their re-export to Russia 1,200%. Rule: if the re-export trade is shut down, Kyrgyz statistics are the relevant reading, and the trade shares of both China and Russia fall to the bottom of their ranges (China 37.5% → 33.9%, Russia 22.3% → 16.5%).',
      ru: 'Доклад (сноски 3–5) объясняет 5,5-кратный разрыв между китайскими и кыргызскими данными о торговле серыми схемами реэкспорта, в том числе товаров двойного назначения, и отмечает беспрецедентное давление ЕС после того, как поставки европейских высокотехнологичных товаров в Кыргызстан выросли на 800%, а их реэкспорт в Россию — на 1200%. Правило: если реэкспорт будет пресечён, значимыми становятся данные кыргызской статистики, а доли Китая и России во внешней торговле снижаются до нижних границ своих диапазонов (Китай: 37,5% → 33,9%, Россия: 22,3% → 16,5%).',
    },
    sources: [
      'ifri-2026',
      'aibashov-sharipzhan-2026-rferl',
      'yusupov-2025-caps',
      'collet-2026-euractiv',
    ],
    scenario: {
      options: { kgTradeSource: 'kyrgyz-stats' },
      overrides: {
        'KG.CN.trade_share': baseline('KG', 'CN', 'trade_share').low,
        'KG.RU.trade_share': baseline('KG', 'RU', 'trade_share').low,
      },
    },
  },
  {
    id: 'telecom-rip-and-replace',
    name: {
      en: 'Telecom rip-and-replace',
      ru: 'Замена телекоммуникационного оборудования',
    },
    rationale: {
      en: "A stress test. The report warns that Chinese platforms in critical infrastructure may give Chinese intelligence covert access to data (fn 28 on the hack of Kazakh operators), that the U.S. lists Huawei and Hikvision as Chinese military companies under Section 1260H (fns 29–30), and that Chinese vendors have made switching to other equipment financially unfeasible (fn 33); over 90% of Tajik and 70–90% of Kyrgyz operators' equipment is Huawei's (fn 34). Rule: the Chinese vendors' share is halved in both countries (Kyrgyzstan 80% → 40%, Tajikistan 90% → 45%), as a partial replacement programme would do.",
      ru: 'Стресс-тест. Доклад предупреждает, что китайские платформы в критической инфраструктуре могут дать китайским спецслужбам скрытый доступ к данным (сноска 28 — о взломе казахстанских операторов), что США включили Huawei и Hikvision в список китайских военных компаний по разделу 1260H (сноски 29–30) и что китайские поставщики сделали переход на другое оборудование финансово невыгодным (сноска 33); более 90% оборудования в Таджикистане и 70–90% у кыргызских операторов — Huawei (сноска 34). Правило: доля китайских поставщиков в обеих странах сокращается вдвое (Кыргызстан: 80% → 40%, Таджикистан: 90% → 45%), как при частичной программе замены.',
    },
    sources: [
      'ifri-2026',
      'kumenov-2024-eurasianet',
      'capaccio-leonard-2020-time',
      'dod-2025-1260h',
      'bobokhonov-bekturganov-2023-civic-idea',
      'cs-tj-2023-huawei-memorandum',
    ],
    scenario: { overrides: ripAndReplace() },
  },
  {
    id: 'trust-chinese-customs',
    name: {
      en: 'Trust Chinese customs data for Kyrgyz trade',
      ru: 'Данные китайской таможни о торговле Кыргызстана',
    },
    rationale: {
      en: "The report (fn 3) notes that in 2025 Chinese customs recorded $27.2bn of exports to Kyrgyzstan while Kyrgyzstan reported $4.97bn of imports, a gap of more than 5.5 times that transit accounting alone cannot explain (fn 4). Rule: use the Chinese-customs reading of Kyrgyz trade, which raises China's share to about 71.5% and lowers Russia's to about 10.1%.",
      ru: 'Доклад (сноска 3) отмечает, что в 2025 г. китайская таможня учла $27,2 млрд экспорта в Кыргызстан, тогда как Кыргызстан сообщил об импорте на $4,97 млрд, — разрыв более чем в 5,5 раза, который нельзя объяснить одним учётом транзита (сноска 4). Правило: использовать данные китайской таможни о торговле Кыргызстана, что повышает долю Китая примерно до 71,5% и снижает долю России примерно до 10,1%.',
    },
    sources: [
      'ifri-2026',
      'aibashov-sharipzhan-2026-rferl',
      'yusupov-2025-caps',
      '24kg-2025-01-china-customs',
    ],
    scenario: { options: { kgTradeSource: 'china-customs' } },
  },
];
