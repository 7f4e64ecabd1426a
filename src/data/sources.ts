// Every source the data set cites: the Ifri report itself (no footnote number), its 41
// footnotes as printed, then the works the research notes (shared/data-notes.md) name.
//
// Conventions (issue 8):
// - `title`, `author` and `date` are what the material prints: the report's footnote, or the
//   notes' row. Only a real title is a `title`; never a paraphrase of the content, never the
//   figure the source is cited for. A work the material names without a title (a briefing, a
//   news item) has no `title`: `description` (en, ru) says what the work is.
// - `url` is a full address of the work. The report's footnotes print only a domain ("available
//   at: www.rferl.org"): that is a `site`, as printed (even when truncated, e.g. "eng.globalaffairs"),
//   and the views say the source gives only the domain. Works the notes name keep the article
//   address recorded when the data set was built (several were checked against stored copies of
//   the pages); where only a domain was recorded, or the notes give one, it is a `site`.
// - "n.d.": the material gives no date. A footnote's "op. cit." repeats an earlier footnote's
//   work under its own number (a source carries one number); its description says which.
// - A footnote's "(in Chinese)" is in the description, not the title.
// - Sources added by the observation engineers follow at the end.

import type { Source } from '../model/types';

const IN_CHINESE = { en: 'In Chinese.', ru: 'На китайском языке.' };

export const sources: Source[] = [
  {
    id: 'ifri-2026',
    author: 'Rollan Ismail',
    title: 'China in Kyrgyzstan and Tajikistan: From Economic Presence to a New Security Role',
    outlet: 'Ifri, Russie.Eurasie.Visions, No. 142',
    date: '2026-07',
    site: 'ifri.org',
  },

  // ─────────────── the report's footnotes 1–41, as printed
  {
    id: 'musaev-2026-bbc-monitoring',
    author: 'A. Musaev',
    title:
      "Explainer: What's Next As China Overtakes Russia As Central Asia's Top Trading Partner?",
    outlet: 'BBC Monitoring',
    date: '2026-02-02',
    site: 'monitoring.bbc',
    footnote: 1,
  },
  {
    id: 'ismailov-2025-timesca',
    author: 'V. Ismailov',
    title: "China Overtakes Russia as Tajikistan's Top Trading Partner for the First Time",
    outlet: 'Times of Central Asia',
    date: '2025-07-15',
    site: 'timesca.com',
    footnote: 2,
  },
  {
    id: 'aibashov-sharipzhan-2026-rferl',
    author: 'K. Aibashov and M. Sharipzhan',
    title: 'China-Kyrgyzstan Trade Gap Widens As Conflicting Data Raises Transparency Concerns',
    outlet: 'Radio Free Europe/Radio Liberty',
    date: '2026-03-26',
    site: 'www.rferl.org',
    footnote: 3,
  },
  {
    id: 'yusupov-2025-caps',
    author: 'Y. Yusupov',
    title: 'Foreign Trade of Central Asian Countries: Trends, Barriers, and Prospects',
    outlet: 'Central Asian Policy Studies (CAPS) Unlock',
    date: '2025',
    site: 'capsunlock.org',
    footnote: 4,
  },
  {
    id: 'collet-2026-euractiv',
    author: 'E. Collet',
    title: 'Kyrgyzstan in EU Crosshairs over Russia Sanctions Circumvention',
    outlet: 'Euractiv',
    date: '2026-02-26',
    site: 'www.euractiv.com',
    footnote: 5,
  },
  {
    id: 'duke-2025-lowy',
    author: 'R. Duke',
    title: "Peak Repayment: China's Global Lending",
    outlet: 'Lowy Institute',
    date: '2025-05',
    site: 'interactives.lowyinstitute.org',
    footnote: 6,
  },
  {
    id: 'caspianpost-2026-mining',
    title: 'Tensions Rise Around Chinese Mining Projects in Tajikistan',
    outlet: 'The Caspian Post',
    date: '2026-01-23',
    site: 'caspianpost.com',
    footnote: 7,
  },
  {
    id: 'cag-world-talco',
    title:
      "Part of the Property of Tajikistan's Aluminum Giant Will Be Transferred to a New Company",
    outlet: 'Central Asia Group (CAG) World',
    date: 'n.d.',
    site: 'www.cag.world',
    footnote: 8,
  },
  {
    id: 'dayar-2025-caspian-policy',
    author: 'A. Dayar',
    title:
      'A New Link in Global Trade: The China-Kyrgyzstan-Uzbekistan Railway and Its Role in the Middle Corridor',
    outlet: 'Caspian Policy Center',
    date: '2025-06-10',
    site: 'caspianpolicy.org',
    footnote: 9,
  },
  {
    id: 'tatkalo-2022-isaf',
    author: 'N. S. Tatkalo',
    title:
      'Mify i realii kitajskoj ugrozy v Kyrgyzstane [Myths and Realities of the Chinese Threat in Kyrgyzstan]',
    outlet: 'Institute for Strategic Analysis and Forecasting (ISAF)',
    date: '2022-02-24',
    site: 'www.isap.center',
    footnote: 10,
  },
  {
    id: 'shi-2021-indsr',
    author: 'J. Shi',
    title: "Pilot. China's Military Base in Tajikistan",
    outlet: 'Taiwan Institute of National Defense and Security',
    date: '2021-11-12',
    site: 'indsr.org',
    description: IN_CHINESE,
    footnote: 11,
  },
  {
    id: 'shi-2022-indsr',
    author: 'J. Shi',
    title: "China's Military Expansion and Constraints in Central Asia",
    outlet: 'Taiwan Institute of National Defense and Security',
    date: '2022-08-31',
    site: 'indsr.org.tw',
    description: IN_CHINESE,
    footnote: 12,
  },
  {
    id: 'bai-2021-voa',
    author: 'H. Bai',
    title:
      'China Controls the Wakhan Corridor to Protect Xinjiang and, Taking Advantage of the Situation in Afghanistan, Strengthens Its Presence in the Pamirs',
    outlet: 'Voice of America, Cantonese Service',
    date: '2021-10-30',
    site: 'www.voacantonese.com',
    description: IN_CHINESE,
    footnote: 13,
  },
  {
    id: 'kudrat-2026-asiaplus',
    author: 'Š. Kudrat',
    title:
      "Kitaj postroit 9 pograničnyh ob'ektov na granice Tadžikistana s Afganistanom [China to Build 9 Border Facilities on Tajikistan's Border with Afghanistan]",
    outlet: 'Asia-Plus',
    date: '2026-03-11',
    site: 'asiaplus.news',
    footnote: 14,
  },
  {
    id: 'rizoen-2025-cronos',
    author: 'Š. Rizoën',
    title:
      'Tadžiksko-afganskaâ granica v 2025 godu: incidenty i ih posledstviâ [Tajik-Afghan Border in 2025: Incidents and Their Consequences]',
    outlet: 'Cronos.Asia',
    date: '2025-12-27',
    site: 'cronos.asia',
    footnote: 15,
  },
  {
    id: 'mfa-tj-2025-border-attack',
    title: 'O vooruženom napadenii na tađžikskoj granice [On the Armed Attack on the Tajik Border]',
    outlet: 'Ministry of Foreign Affairs of Tajikistan',
    date: '2025-11-27',
    // printed as "https://mfa.tj/ru", the ministry's Russian-language site
    site: 'mfa.tj',
    footnote: 16,
  },
  {
    id: 'scio-2019-defense-white-paper',
    title: "China's National Defense in the New Era",
    outlet:
      "White Paper, Information Office of the State Council of the People's Republic of China",
    date: '2019-07-24',
    site: 'www.scio.gov.cn',
    description: IN_CHINESE,
    footnote: 17,
  },
  {
    id: 'muratalieva-2022-india-quarterly',
    author: 'Z. T. Muratalieva and A. T. Esenbekova and N. S. Tatkalo',
    title:
      "China in the Shadow of Russia: Covert Tools for Expanding China's Influence over Kyrgyzstan's Security",
    outlet: 'India Quarterly, Vol. 78, No. 1, pp. 88–103',
    date: '2022',
    footnote: 18,
  },
  {
    id: 'shi-2021-indsr-fn19',
    author: 'J. Shi',
    title: "A Pilot Project: China's Military Base in Tajikistan",
    outlet: 'Taiwan Institute of National Defense and Security',
    date: '2021-11-12',
    site: 'indsr.org',
    description: {
      en: 'Cited "op. cit.": the work of footnote 11, in Chinese.',
      ru: 'Цитируется «op. cit.»: работа из сноски 11, на китайском языке.',
    },
    footnote: 19,
  },
  {
    id: 'xinhua-2019-cooperation',
    title:
      "China and Kyrgyzstan have launched the joint counterterrorism exercise 'Cooperation-2019'",
    outlet: 'Xinhua',
    date: '2019-08-06',
    site: 'www.xinhuanet.com',
    description: IN_CHINESE,
    footnote: 20,
  },
  {
    id: 'mps-2024-lianyungang',
    title:
      'A Sub-Forum on International Police Education Was Held As Part of the Global Public Security Cooperation Forum (Lianyungang)',
    outlet: "Ministry of Public Security of the People's Republic of China",
    date: '2024-09-08',
    site: 'www.mps.gov.cn',
    description: IN_CHINESE,
    footnote: 21,
  },
  {
    id: 'zuenko-2025-rga',
    author: 'I. Y. Zuenko',
    title: "China's Activity in Central Asia in Light of Russian Interests",
    outlet: 'Russia in Global Affairs, Vol. 23, No. 2, April–June 2025, pp. 146–164',
    date: '2025',
    // printed, truncated, as "https://eng.globalaffairs"
    site: 'eng.globalaffairs',
    footnote: 22,
  },
  {
    id: 'fmprc-2023-kg-declaration',
    title:
      'Joint Declaration of the PRC and the Kyrgyz Republic on Establishing a Comprehensive Strategic Partnership for a New Era (Full Text)',
    outlet: 'Ministry of Foreign Affairs of the PRC',
    date: '2023-05-18',
    site: 'www.fmprc.gov.cn',
    description: IN_CHINESE,
    footnote: 23,
  },
  {
    id: 'prc-embassy-kg-2025-statement',
    title:
      'Joint Statement by the PRC and the Kyrgyz Republic on Deepening the Comprehensive Strategic Partnership of the New Era (Full Text)',
    outlet: 'Embassy of the PRC in the Kyrgyz Republic',
    date: '2025-02-06',
    site: 'kg.china-embassy.gov.cn',
    description: IN_CHINESE,
    footnote: 24,
  },
  {
    id: 'kennedy-2026-csis',
    author: 'S. Kennedy',
    title: "The Power of Innovation: The Strategic Value of China's High-Tech Drive",
    outlet: 'Center for Strategic & International Studies (CSIS)',
    date: '2026-03-02',
    site: 'www.csis.org',
    footnote: 25,
  },
  {
    id: 'zeng-wang-2024-siis',
    author: 'X. Zeng and Z. Wang',
    title: "'Three Initiatives' and China's Diplomacy in Central Asia in the New Era",
    outlet: 'Global Review, No. 1, Shanghai Institutes for International Studies, pp. 75–96',
    date: '2024',
    // printed as "www.siiis.org."
    site: 'www.siiis.org',
    description: IN_CHINESE,
    footnote: 26,
  },
  {
    id: 'yau-2019-eurasianet',
    author: 'N. Yau',
    title: 'China taking Big Brother to Central Asia',
    outlet: 'Eurasianet',
    date: '2019-09-06',
    site: 'eurasianet.org',
    footnote: 27,
  },
  {
    id: 'kumenov-2024-eurasianet',
    author: 'A. Kumenov',
    title: 'Kazakhstan: Major Data Hack Bears Chinese Fingerprints',
    outlet: 'Eurasianet',
    date: '2024-02-22',
    site: 'eurasianet.org',
    footnote: 28,
  },
  {
    id: 'capaccio-leonard-2020-time',
    author: 'T. Capaccio and J. Leonard',
    title:
      "Huawei on List of 20 Chinese Companies That Pentagon Says Are Controlled by People's Liberation Army",
    outlet: 'TIME',
    date: '2020-06-25',
    site: 'time.com',
    footnote: 29,
  },
  {
    id: 'dod-2025-1260h',
    title:
      'Entities Identified as Chinese Military Companies Operating in the United States in Accordance with Section 1260H of the William M. (Mac) Thornberry National Defense Authorization Act for Fiscal Year 2021 (Public Law 116-283)',
    outlet: 'U.S. Department of Defense',
    date: '2025-01-07',
    site: 'media.defense.gov',
    footnote: 30,
  },
  {
    id: 'scio-2022-beidou-white-paper',
    title: "China's BeiDou Navigation Satellite System in the New Era",
    outlet:
      "White Paper, Information Office of the State Council of the People's Republic of China",
    date: '2022-11-04',
    // printed, truncated, as "http://english.scio"
    site: 'english.scio',
    footnote: 31,
  },
  {
    id: 'yang-ye-2025-beidou',
    author: 'W. Yang and Z. Ye',
    title:
      "A Brief Analysis of the Operational Application of the CCP's Third-Generation 'BeiDou Satellites'",
    outlet: 'Naval Academic Bimonthly, Vol. 59, No. 4',
    date: '2025',
    description: IN_CHINESE,
    footnote: 32,
  },
  {
    id: 'bobokhonov-bekturganov-2023-civic-idea',
    author: 'A. Bobokhonov and D. Bekturganov',
    title: "China's Growing Technological Impact in Central Asia",
    outlet: 'Civic IDEA/Doublethink Lab',
    date: '2023-05',
    site: 'civicidea.ge',
    footnote: 33,
  },
  {
    id: 'cs-tj-2023-huawei-memorandum',
    title:
      "Signing of a Memorandum between the Communications Service and 'Huawei Technologies of Tajikistan' LLC",
    outlet: 'Communications Service under the Government of the Republic of Tajikistan',
    date: '2023-12-12',
    site: 'cs.gov.tj',
    footnote: 34,
  },
  {
    id: 'farrell-newman-2019',
    author: 'H. Farrell and A. L. Newman',
    title: 'Weaponized Interdependence: How Global Economic Networks Shape State Coercion',
    outlet: 'International Security, Vol. 44, No. 1, Summer 2019, pp. 42–79',
    date: '2019',
    footnote: 35,
  },
  {
    id: 'zuenko-2025-rga-fn36',
    author: 'I. Y. Zuenko',
    title: "China's Activity in Central Asia in Light of Russian Interests",
    outlet: 'Russia in Global Affairs, Vol. 23, No. 2, April–June 2025, pp. 146–164',
    date: '2025',
    site: 'eng.globalaffairs',
    description: {
      en: 'Cited "op. cit.": the work of footnote 22.',
      ru: 'Цитируется «op. cit.»: работа из сноски 22.',
    },
    footnote: 36,
  },
  {
    id: 'caspianpost-2025-ru-tj-trade',
    title: 'Russia-Tajikistan Trade Turnover Sees Significant Growth in 2025',
    outlet: 'The Caspian Post',
    date: '2025-10-07',
    site: 'caspianpost.com',
    footnote: 37,
  },
  {
    id: 'scepanovic-2022-wotr',
    author: 'J. Šćepanović',
    title: 'The Sheriff and the Banker? Russia and China in Central Asia',
    outlet: 'War on the Rocks',
    date: '2022-06-13',
    site: 'warontherocks.com',
    footnote: 38,
  },
  {
    id: 'reuters-2026-china-russia-trade',
    title: "China's 2025 Trade With Russia Posts First Decline In 5 Years",
    outlet: 'Reuters',
    date: '2026-01-14',
    site: 'www.reuters.com',
    footnote: 39,
  },
  {
    id: 'zuenko-2025-rga-fn40',
    author: 'I. Y. Zuenko',
    title: "China's Activity in Central Asia in Light of Russian Interests",
    outlet: 'Russia in Global Affairs, Vol. 23, No. 2, April–June 2025, pp. 146–164',
    date: '2025',
    site: 'eng.globalaffairs',
    description: {
      en: 'Cited "op. cit.": the work of footnote 22.',
      ru: 'Цитируется «op. cit.»: работа из сноски 22.',
    },
    footnote: 40,
  },
  {
    id: 'specialeurasia-2025-idef',
    title: 'Turkey and Defense Industry Cooperation Among Turkic States Promoted at IDEF 2025',
    outlet: 'Special Eurasia',
    date: '2025-07',
    site: 'www.specialeurasia.com',
    footnote: 41,
  },

  // ─────────────── economic (research notes)
  {
    id: 'kremlin-ushakov-2025-kg',
    outlet: 'Kremlin',
    date: '2025-11',
    site: 'russia-islworld.ru',
    description: {
      en: 'Kremlin pre-visit briefing on Russia–Kyrgyzstan relations, November 2025; the research notes cite it via russia-islworld.ru and finance-rambler.ru',
      ru: 'Брифинг Кремля перед визитом в Кыргызстан о российско-кыргызских отношениях, ноябрь 2025 г.; исследовательские заметки ссылаются на него по russia-islworld.ru и finance-rambler.ru',
    },
  },
  {
    id: 'finmarket-kg-ru-trade-2024',
    // the headline as the research notes give it
    title: 'tovarooborot rossii i kirgizii vyros v 2024 godu',
    outlet: 'Finmarket, via vch.ru',
    date: 'n.d.',
    site: 'vch.ru',
    description: {
      en: "Finmarket report of Kyrgyz Foreign Minister Kulubaev's figures on Russia–Kyrgyzstan trade in 2024 (the headline reads “Russia–Kyrgyzstan trade grew in 2024”)",
      ru: 'Сообщение «Финмаркета» о данных министра иностранных дел Кыргызстана Кулубаева о российско-кыргызской торговле в 2024 г. (заголовок: «Товарооборот России и Киргизии вырос в 2024 году»)',
    },
  },
  {
    id: '24kg-2025-07-kg-cn-trade',
    title: 'Trade turnover between Kyrgyzstan and China increases by 44.7 percent in 2024',
    outlet: '24.kg',
    date: '2025-07-16',
    url: 'https://24.kg/english/336366_Trade_turnover_between_Kyrgyzstan_and_China_increases_by_447_percent_in_2024/',
  },
  {
    id: 'trend-2025-03-kg-cn-trade',
    outlet: 'Trend News Agency',
    date: '2025-03-17',
    url: 'https://en.trend.az/casia/kyrgyzstan/4019299.html',
    description: {
      en: "Trend report on China–Kyrgyzstan trade plans, citing the Kyrgyz National Statistical Committee's figure for 2024 trade",
      ru: 'Сообщение Trend о планах китайско-кыргызской торговли со ссылкой на данные Нацстаткома Кыргызстана о торговле в 2024 г.',
    },
  },
  {
    id: 'trend-2023-10-kg-cn-share',
    title: 'Large Delegation Of Chinese Companies To Visit Kyrgyzstan In Early 2024',
    outlet: 'Trend News Agency, via MENAFN',
    date: '2023-10-17',
    url: 'https://menafn.com/1107253549/Large-Delegation-Of-Chinese-Companies-To-Visit-Kyrgyzstan-In-Early-2024',
  },
  {
    id: 'energytoday-2024-kg-q1-trade',
    title: 'Russia Loses Ground to China in Central Asian Trade',
    outlet: 'Energy Today (energytoday.ir)',
    date: '2024',
    url: 'https://en.energytoday.ir/russia-loses-ground-to-china-in-central-asian-trade',
  },
  {
    id: 'trend-2024-11-kg-total-trade',
    outlet: 'Trend News Agency',
    date: '2024-11-28',
    url: 'https://en.trend.az/casia/kyrgyzstan/3976241.html',
    description: {
      en: "Trend report on Kyrgyz–Belarusian trade talks, with Kyrgyzstan's total foreign trade in January–October 2024",
      ru: 'Сообщение Trend о кыргызско-белорусских торговых переговорах с данными о внешней торговле Кыргызстана за январь–октябрь 2024 г.',
    },
  },
  {
    id: '24kg-2025-01-china-customs',
    title: 'Trade with Kyrgyzstan increased by almost $3 billion in 2024, China reports',
    outlet: '24.kg',
    date: '2025-01-24',
    url: 'https://24.kg/english/317870_Trade_with_Kyrgyzstan_increased_by_almost_3_billion_in_2024_China_reports__/',
  },
  {
    id: 'astana-times-2025-01-china-trade',
    title: "Kazakhstan ranks first among China's Central Asian trade partners in 2024",
    outlet: 'The Astana Times',
    date: '2025-01',
    url: 'https://astanatimes.com/2025/01/kazakhstan-ranks-first-among-chinas-central-asian-trade-partners-in-2024/',
  },
  {
    id: 'tass-2025-07-tj-trade',
    outlet: 'TASS',
    date: '2025-07-15',
    url: 'https://tass.com/economy/1989817',
    description: {
      en: "TASS report on Tajikistan's main trade partners in January–May 2025 (Tajik statistics agency data, via Asia-Plus)",
      ru: 'Сообщение ТАСС об основных торговых партнёрах Таджикистана в январе–мае 2025 г. (данные Агентства по статистике, по «Азия-Плюс»)',
    },
  },
  {
    id: 'fergana-2025-tj-cn',
    title: "China Becomes Tajikistan's Top Trade Partner for the First Time",
    outlet: 'Fergana (citing Asia-Plus)',
    date: '2025',
    url: 'https://en.fergana.agency/news/138952/?country=tj',
  },
  {
    id: 'tass-2024-07-tj-trade',
    outlet: 'TASS',
    date: '2024-07-01',
    url: 'https://tass.com/economy/1810877',
    description: {
      en: 'TASS report on Tajik–Russian trade in January–May 2024 (Tajik statistics agency data)',
      ru: 'Сообщение ТАСС о таджикско-российской торговле в январе–мае 2024 г. (данные Агентства по статистике)',
    },
  },
  {
    id: 'tass-2024-01-tj-ru-trade-2023',
    outlet: 'TASS',
    date: '2024-01-23',
    url: 'https://tass.com/economy/1736063',
    description: {
      en: 'TASS report on Tajik–Russian trade in 2023 (Tajik statistics agency data)',
      ru: 'Сообщение ТАСС о таджикско-российской торговле в 2023 г. (данные Агентства по статистике)',
    },
  },
  {
    id: 'tass-ushakov-tj-trade',
    outlet: 'TASS',
    date: 'n.d.',
    site: 'tass.com',
    description: {
      en: "TASS report of the Russian presidential aide Yu. Ushakov's briefing on Russia–Tajikistan relations",
      ru: 'Сообщение ТАСС о брифинге помощника президента России Ю. Ушакова о российско-таджикских отношениях',
    },
  },
  {
    id: 'worldbank-2025-journey-ahead',
    author: 'World Bank (reported by Asia-Plus)',
    title: 'The Journey Ahead: Supporting Successful Migration in Europe and Central Asia',
    outlet: 'Asia-Plus',
    date: '2025-03-11',
    url: 'https://asiaplustj.info/en/news/tajikistan/economic/20250311/world-bank-tajikistan-leads-in-remittance-share-of-the-economy',
  },
  {
    id: 'iom-2025-tj-migrants',
    author: 'IOM (reported by Asia-Plus, citing Eurasianet)',
    outlet: 'Asia-Plus',
    date: '2025-05-14',
    url: 'https://old.asiaplustj.info/en/news/tajikistan/society/20250514/restrictions-discrimination-reportedly-do-not-significantly-stem-tajik-migration-flow-to-russia',
    description: {
      en: 'Asia-Plus report of an IOM situation report on Tajik labour migration in 2024',
      ru: 'Сообщение «Азия-Плюс» об отчёте МОМ о трудовой миграции из Таджикистана в 2024 г.',
    },
  },
  {
    id: 'timesca-nbkr-remittances-2025',
    author: 'The Times of Central Asia (citing the National Bank of the Kyrgyz Republic)',
    title: 'Russian Inflows Drive Kyrgyz Remittance Surge',
    outlet: 'The Times of Central Asia',
    date: 'n.d.',
    site: 'timesca.com',
  },
  {
    id: 'centralasianlight-kg-debt-end-2025',
    outlet: 'CentralAsianLight',
    date: 'n.d.',
    site: 'centralasianlight.org',
    description: {
      en: "CentralAsianLight report on Kyrgyzstan's external debt at the end of 2025 (Kyrgyz Ministry of Finance data)",
      ru: 'Сообщение CentralAsianLight о внешнем долге Кыргызстана на конец 2025 г. (данные Министерства финансов Кыргызстана)',
    },
  },
  {
    id: 'centralasianlight-2024-06-kg-debt',
    author: 'CentralAsianLight (citing Akchabar)',
    title: 'Kyrgyzstan timely repays its debts to China',
    outlet: 'CentralAsianLight',
    date: '2024-06-06',
    url: 'https://centralasianlight.org/news/kyrgyzstan-timely-repays-its-debts-to-china/',
  },
  {
    id: 'akchabar-2025-10-kg-debt',
    outlet: 'Akchabar',
    date: '2025-10-25',
    url: 'https://www.akchabar.kg/en/news/kitaj-mozhet-lishitsya-statusa-glavnogo-kreditora-kyrgyzstana',
    description: {
      en: "Akchabar report on Kyrgyzstan's external creditors (Kyrgyz Ministry of Finance data)",
      ru: 'Сообщение «Акчабар» о внешних кредиторах Кыргызстана (данные Министерства финансов)',
    },
  },
  {
    id: 'easttime-2017-06-kg-ru-debt',
    title: "Russia Writes Off $240 Million Of Kyrgyzstan's Debt",
    outlet: 'EastTime (easttime.info)',
    date: '2017-06-21',
    url: 'http://easttime.info/news/kyrgyzstan/russia-writes-240-million-kyrgyzstans-debt-0',
  },
  {
    id: 'trend-tj-debt-2025',
    outlet: 'Trend News Agency, via MENAFN',
    date: 'n.d.',
    site: 'menafn.com',
    description: {
      en: "Trend report on Tajikistan's external debt in April 2025, carried by MENAFN",
      ru: 'Сообщение Trend о внешнем долге Таджикистана в апреле 2025 г., опубликованное MENAFN',
    },
  },
  {
    id: 'daryo-2025-06-sangtuda',
    outlet: 'Daryo',
    date: '2025-06-18',
    url: 'https://daryo.uz/en/2025/06/18/russia-to-write-off-300mn-tajikistan-electricity-debt',
    description: {
      en: "Daryo report on Russia writing off Barqi Tojik's electricity debt to the Sangtuda-1 venture",
      ru: 'Сообщение Daryo о списании Россией долга «Барки точик» перед Сангтудинской ГЭС-1 за электроэнергию',
    },
  },
  {
    id: '24kg-2026-01-edb-china-fdi',
    author: '24.kg (citing the Eurasian Development Bank)',
    title: "China's investment in Kyrgyzstan's economy reaches $2.1 bln at year-end 2025",
    outlet: '24.kg',
    date: '2026-01-15',
    url: 'https://24.kg/english/357911_Chinas_investment_in_Kyrgyzstans_economy_reaches_21_bln_at_year-end_2025/',
  },
  {
    id: 'trend-2024-06-kg-fdi',
    outlet: 'Trend News Agency',
    date: '2024-06-29',
    url: 'https://en.trend.az/casia/kyrgyzstan/3917708.html',
    description: {
      en: 'Trend report on foreign investment in Kyrgyzstan in January–March 2024 (Kyrgyz statistics committee data)',
      ru: 'Сообщение Trend об иностранных инвестициях в Кыргызстан в январе–марте 2024 г. (данные Нацстаткома)',
    },
  },
  {
    id: 'caspianpost-tj-fdi-2024',
    author: 'The Caspian Post (citing Tajik media)',
    outlet: 'The Caspian Post',
    date: 'n.d.',
    url: 'https://caspianpost.com/tajikistan/tajikistan-sees-sharp-increase-in-foreign-capital-inflow',
    description: {
      en: 'The Caspian Post report on foreign direct investment in Tajikistan in 2024',
      ru: 'Сообщение The Caspian Post о прямых иностранных инвестициях в Таджикистан в 2024 г.',
    },
  },
  {
    id: 'tass-tj-ru-investment',
    outlet: 'TASS',
    date: 'n.d.',
    site: 'tass.com',
    description: {
      en: 'TASS report on accumulated Russian investment in Tajikistan',
      ru: 'Сообщение ТАСС о накопленных российских инвестициях в Таджикистане',
    },
  },
  {
    id: '24kg-kg-migrants-russia',
    outlet: '24.kg',
    date: 'n.d.',
    site: '24.kg',
    description: {
      en: 'A 24.kg report on the number of Kyrgyz migrants registered in Russia, as the research notes cite it',
      ru: 'Сообщение 24.kg о числе кыргызских мигрантов, зарегистрированных в России, как его цитируют исследовательские заметки',
    },
  },
  // ─────────────── infrastructure and energy (research notes)
  {
    id: 'rt-2014-04-gazprom-kyrgyzgaz',
    title: 'Gazprom buys out Kyrgyzgaz for $1',
    outlet: 'RT',
    date: '2014-04-10',
    url: 'https://www.rt.com/business/gazprom-kyrgyzgaz-buys-out-580/',
  },
  {
    id: '24kg-2019-07-petroleum',
    author: '24.kg (citing the Kyrgyz Ministry of Economy)',
    title: 'Kyrgyzstan intends to ban import of petroleum products by road transport',
    outlet: '24.kg',
    date: '2019-07-25',
    url: 'https://24.kg/english/124415_Kyrgyzstan_intends_to_ban_import_of_petroleum_products_by_road_transport_/',
  },
  {
    id: 'aiddata-39619-datka-kemin',
    outlet: 'AidData, Global Chinese Development Finance',
    date: 'n.d.',
    site: 'www.aiddata.org',
    description: {
      en: 'AidData record of project 39619: the Datka–Kemin 500 kV transmission line',
      ru: 'Запись AidData о проекте 39619: ЛЭП 500 кВ «Датка — Кемин»',
    },
  },
  {
    id: '24kg-2025-12-cku-financing',
    author: '24.kg (citing the Kyrgyz Cabinet of Ministers)',
    title: 'China—Kyrgyzstan—Uzbekistan railway: Financing distributed',
    outlet: '24.kg',
    date: '2025-12-16',
    url: 'https://24.kg/english/354846_ChinaKyrgyzstanUzbekistan_railway_Financing_distributed/',
  },
  {
    id: 'asiatoday-2023-10-tj-petroleum',
    title:
      "Tadzhikistan poluchaet bol'shuyu chast' nefteproduktov iz Rossii [Tajikistan gets most of its petroleum products from Russia]",
    outlet: 'asia-today.news',
    date: '2023-10-05',
    url: 'https://asia-today.news/05102023/2351/',
  },
  {
    id: 'tass-2025-08-tj-fuel',
    author: 'TASS (citing the Tajik Anti-monopoly Service)',
    outlet: 'TASS',
    date: '2025-08-04',
    url: 'https://tass.com/economy/1997891',
    description: {
      en: "TASS report on Tajikistan's imports of petroleum products and liquefied gas (Tajik Anti-monopoly Service data)",
      ru: 'Сообщение ТАСС об импорте нефтепродуктов и сжиженного газа в Таджикистан (данные Антимонопольной службы)',
    },
  },
  {
    id: 'asiaplus-dushanbe-2-chp',
    outlet: 'Asia-Plus',
    date: 'n.d.',
    site: 'asiaplustj.info',
    description: {
      en: 'Asia-Plus reporting on the Dushanbe-2 heat and power plant',
      ru: 'Материал «Азия-Плюс» о ТЭЦ «Душанбе-2»',
    },
  },
  {
    id: 'newstj-dushanbe-chanak-road',
    outlet: 'news.tj',
    date: 'n.d.',
    site: 'news.tj',
    description: {
      en: 'news.tj reporting on the Dushanbe–Khujand–Chanak road',
      ru: 'Материал news.tj о дороге Душанбе — Худжанд — Чанак',
    },
  },

  // ─────────────── digital (research notes)
  {
    id: 'asiaplus-2024-07-safe-city',
    title: "Safe City project expected to be launched in Khatlon's capital Bokhtar soon",
    outlet: 'Asia-Plus',
    date: '2024-07-17',
    url: 'https://asiaplustj.info/en/news/tajikistan/security/20240717/safe-city-project-expected-to-be-launched-in-khatlons-capital-bokhtar-soon',
  },
  {
    id: '24kg-2021-safe-city-sunwin',
    title: 'Safe City: Contract with Chinese company extended until March 10, 2022',
    outlet: '24.kg',
    date: '2021',
    url: 'https://24.kg/english/199585_Safe_sity_Contract_with_Chinese_company_extended_until_March_10_2022/',
  },
  {
    id: 'efe-2025-08-beeline-kg',
    author: 'EFE',
    title:
      'Kirguistán compra todos los activos de uno de los principales operadores móviles del país',
    outlet: 'swissinfo.ch',
    date: '2025-08-13',
    url: 'https://www.swissinfo.ch/spa/kirguist%C3%A1n-compra-todos-los-activos-de-uno-de-los-principales-operadores-m%C3%B3viles-del-pa%C3%ADs/89829066',
  },
  {
    id: 'cabar-asiaplus-2021-megafon',
    author: 'CABAR.asia (via Asia-Plus)',
    outlet: 'Asia-Plus',
    date: '2021',
    site: 'asiaplustj.info',
    description: {
      en: "CABAR.asia analysis of Tajikistan's mobile operators, carried by Asia-Plus",
      ru: 'Аналитика CABAR.asia о мобильных операторах Таджикистана, опубликованная «Азия-Плюс»',
    },
  },

  // ─────────────── security (research notes)
  {
    id: 'rferl-2022-201st-ukraine',
    title:
      "'Up To 1,500' Russian Troops Redeployed To Ukraine From Tajik Base, Investigation Reveals",
    outlet: 'Radio Free Europe/Radio Liberty',
    date: '2022',
    url: 'https://www.rferl.org/a/russia-troops-tajik-base-redeployed-ukraine/32033791.html',
  },
  {
    id: 'azattyk-kg-ru-facilities',
    outlet: 'Radio Free Europe/Radio Liberty and Azattyk, its Kyrgyz service',
    date: 'n.d.',
    site: 'rus.azattyk.org',
    description: {
      en: 'RFE/RL and Azattyk reporting on Russian military personnel and facilities in Kyrgyzstan, as the research notes cite it',
      ru: 'Материалы Радио Свобода и «Азаттыка» о российских военнослужащих и объектах в Кыргызстане, как их цитируют исследовательские заметки',
    },
  },
  {
    id: 'devdiscourse-2021-11-tj-training',
    author: 'Devdiscourse (ANI/Sputnik)',
    title: 'Over 6,000 Tajik soldiers already underwent training in Russia',
    outlet: 'Devdiscourse',
    date: '2021-11-08',
    url: 'https://www.devdiscourse.com/article/international/1798656-over-6000-tajik-soldiers-already-underwent-training-in-russia',
  },
  {
    id: 'asiaplus-2021-10-cabar-sipri',
    author: 'Asia-Plus (citing a CABAR.asia analysis of SIPRI data)',
    title: 'Tajikistan receives arms imports mostly from Russia',
    outlet: 'Asia-Plus',
    date: '2021-10-05',
    url: 'https://asiaplustj.info/en/news/tajikistan/security/20211005/tajikistan-receives-arms-imports-mostly-from-russia',
  },
  {
    id: 'wilson-2020-05-kennan-52',
    author: 'B. Jardine and E. Lemon',
    title:
      "In Russia's Shadow: China's Rising Security Presence in Central Asia (Kennan Cable No. 52)",
    outlet: 'Wilson Center, Kennan Institute',
    date: '2020-05',
    url: 'https://www.wilsoncenter.org/publication/kennan-cable-no-52-russias-shadow-chinas-rising-security-presence-central-asia',
  },
  {
    id: 'thedrive-2021-10-ishkashim',
    outlet: 'The Drive (The War Zone)',
    date: '2021-10-28',
    url: 'https://www.thedrive.com/the-war-zone/42915/china-will-pay-to-build-a-new-military-base-on-tajikistans-border-with-afghanistan',
    description: {
      en: 'The Drive (The War Zone) report on the Chinese-funded base at Ishkashim, Tajikistan',
      ru: 'Статья The Drive (The War Zone) о финансируемой Китаем базе в Ишкашиме (Таджикистан)',
    },
  },
  {
    id: 'eurasianet-2012-11-russia-aid',
    author: 'J. Kucera',
    title: 'Report: Russia Spending $1.3 Billion To Arm Kyrgyzstan, Tajikistan',
    outlet: 'Eurasianet',
    date: '2012-11-07',
    url: 'https://eurasianet.org/report-russia-spending-13-billion-to-arm-kyrgyzstan-tajikistan',
  },
  {
    id: 'eurasianet-china-military-aid',
    outlet: 'Eurasianet',
    date: 'n.d.',
    url: 'https://eurasianet.org/china-boosts-military-aid-to-kyrgyzstan-tajikistan',
    description: {
      en: 'Eurasianet report on Chinese military aid to Kyrgyzstan and Tajikistan',
      ru: 'Статья Eurasianet о китайской военной помощи Кыргызстану и Таджикистану',
    },
  },
  // ─── added for issue 8 evidence
  {
    id: 'tass-tj-customs-2024-total-trade',
    outlet: 'TASS',
    date: 'n.d.',
    description: {
      en: "TASS report of the Tajik Customs Service's data on Tajikistan's total foreign trade in 2024 (the notes give no title, date or address)",
      ru: 'Сообщение ТАСС о данных Таможенной службы Таджикистана об общем внешнеторговом обороте страны в 2024 г. (в заметках нет ни заголовка, ни даты, ни адреса)',
    },
  },
];
