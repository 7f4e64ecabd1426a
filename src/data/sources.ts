// Every source the data set cites: the Ifri report itself (no footnote number), its 41
// footnotes as printed, then the works the research notes (shared/data-notes.md) name.
//
// Conventions (issue 8): a source's title, author, date and address are the ones the material
// (the report's footnotes, the notes) gives, never a guessed path or a paraphrase posing as a
// title.
// - Only a real title is a `title`; never a paraphrase of the content, never the figure the
//   source is cited for. A work the material names without a title (a briefing, a news item)
//   has no `title`: `description` (en, ru) says what the work is, from the footnote or the
//   notes' row, with no figure the row does not give.
// - No source has a `url`: the material prints no full address. The report's footnotes print
//   only a domain ("available at: www.rferl.org"): that is a `site`, as printed (even when
//   truncated, e.g. "eng.globalaffairs"). The notes name outlets and sites only, so a work they
//   name has as `site` the bare host name of its outlet ("24.kg", "en.trend.az"; no "www."
//   unless the notes write it; the notes' spelling where they give the domain, "energytoday.ir").
//   The views say the source gives only the domain.
// - Works the notes name: a `title` only where the notes give one (the World Bank's "The Journey
//   Ahead", "Kennan Cable 52", the vch.ru headline, transliterated); an `author` only where the
//   notes name a person as the author (they name none: Kulubaev and Ushakov are officials whose
//   figures are reported, named in the description); a `date` only where the notes date the
//   work itself (the Kremlin briefing, "Nov 2025"). A row's year dates the figure, not the work:
//   the work is "n.d." and its description gives the period the figure covers.
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
    // the notes date the briefing itself: "Kremlin pre-visit briefing, Nov 2025"
    date: '2025-11',
    site: 'russia-islworld.ru',
    description: {
      en: 'Kremlin pre-visit briefing, November 2025, on Russia–Kyrgyzstan trade in 2024, settlements in roubles and Russian investment in Kyrgyzstan; the notes name russia-islworld.ru and finance-rambler.ru with it',
      ru: 'Брифинг Кремля перед визитом, ноябрь 2025 г., о торговле России и Кыргызстана в 2024 г., расчётах в рублях и российских инвестициях в Кыргызстане; заметки называют при нём russia-islworld.ru и finance-rambler.ru',
    },
  },
  {
    id: 'finmarket-kg-ru-trade-2024',
    // the headline as the notes give it, transliterated
    title: 'tovarooborot rossii i kirgizii vyros v 2024 godu',
    outlet: 'Finmarket, via vch.ru',
    date: 'n.d.',
    site: 'vch.ru',
    description: {
      en: "Finmarket report, carried by vch.ru, of the Kyrgyz Foreign Minister Kulubaev's figure for Russia–Kyrgyzstan trade in 2024 (Kyrgyz data); the title is given transliterated, as in the notes",
      ru: 'Сообщение «Финмаркета», опубликованное vch.ru, с данными министра иностранных дел Кыргызстана Кулубаева о торговле России и Кыргызстана в 2024 г. (данные Кыргызстана); заголовок дан в транслитерации, как в заметках',
    },
  },
  {
    id: '24kg-2025-07-kg-cn-trade',
    outlet: '24.kg',
    date: 'n.d.',
    site: '24.kg',
    description: {
      en: '24.kg report on Kyrgyzstan–China trade in 2024 (Kyrgyz data)',
      ru: 'Сообщение 24.kg о торговле Кыргызстана с Китаем в 2024 г. (данные Кыргызстана)',
    },
  },
  {
    id: 'trend-2025-03-kg-cn-trade',
    outlet: 'Trend News Agency',
    date: 'n.d.',
    site: 'en.trend.az',
    description: {
      en: 'Trend report on Kyrgyzstan–China trade in 2024 (Kyrgyz data): the “another report” the notes give beside 24.kg',
      ru: 'Сообщение Trend о торговле Кыргызстана с Китаем в 2024 г. (данные Кыргызстана): «другое сообщение», которое заметки приводят рядом с 24.kg',
    },
  },
  {
    id: 'trend-2023-10-kg-cn-share',
    outlet: 'Trend News Agency, via MENAFN',
    date: 'n.d.',
    site: 'menafn.com',
    description: {
      en: "Trend report, carried by MENAFN, on China's share of Kyrgyzstan's trade in January–August 2023",
      ru: 'Сообщение Trend, опубликованное MENAFN, о доле Китая во внешней торговле Кыргызстана в январе–августе 2023 г.',
    },
  },
  {
    id: 'energytoday-2024-kg-q1-trade',
    outlet: 'Energy Today (energytoday.ir)',
    date: 'n.d.',
    // the domain as the notes write it
    site: 'energytoday.ir',
    description: {
      en: "energytoday.ir report on Kyrgyzstan's trade with China and with Russia in the first quarter of 2024",
      ru: 'Сообщение energytoday.ir о торговле Кыргызстана с Китаем и с Россией в первом квартале 2024 г.',
    },
  },
  {
    id: 'trend-2024-11-kg-total-trade',
    outlet: 'Trend News Agency',
    date: 'n.d.',
    site: 'en.trend.az',
    description: {
      en: "Trend report on Kyrgyzstan's total trade (exports and imports) in January–October 2024",
      ru: 'Сообщение Trend об общем товарообороте Кыргызстана (экспорт и импорт) в январе–октябре 2024 г.',
    },
  },
  {
    id: '24kg-2025-01-china-customs',
    outlet: '24.kg',
    date: 'n.d.',
    site: '24.kg',
    description: {
      en: "24.kg report on China's trade with Kyrgyzstan in 2024 as Chinese customs record it (transit included)",
      ru: 'Сообщение 24.kg о торговле Китая с Кыргызстаном в 2024 г. по данным китайской таможни (включая транзит)',
    },
  },
  {
    id: 'astana-times-2025-01-china-trade',
    outlet: 'The Astana Times',
    date: 'n.d.',
    site: 'astanatimes.com',
    description: {
      en: "The Astana Times report on China's trade with Tajikistan in 2024 as Chinese customs record it",
      ru: 'Сообщение The Astana Times о торговле Китая с Таджикистаном в 2024 г. по данным китайской таможни',
    },
  },
  {
    id: 'tass-2025-07-tj-trade',
    outlet: 'TASS',
    date: 'n.d.',
    site: 'tass.com',
    description: {
      en: "TASS report on China's and Russia's shares of Tajikistan's trade in January–May 2025, China first for the first time",
      ru: 'Сообщение ТАСС о долях Китая и России во внешней торговле Таджикистана в январе–мае 2025 г.: Китай впервые на первом месте',
    },
  },
  {
    id: 'fergana-2025-tj-cn',
    outlet: 'Fergana (citing Asia-Plus)',
    date: 'n.d.',
    site: 'en.fergana.agency',
    description: {
      en: "Fergana reporting, as the notes cite it on China's and Russia's accumulated investment in Tajikistan (2025) and on their shares of Tajik trade in January–May 2025",
      ru: 'Материалы «Ферганы», которые заметки цитируют о накопленных инвестициях Китая и России в Таджикистане (2025 г.) и об их долях во внешней торговле Таджикистана в январе–мае 2025 г.',
    },
  },
  {
    id: 'tass-2024-07-tj-trade',
    outlet: 'TASS',
    date: 'n.d.',
    site: 'tass.com',
    description: {
      en: "TASS report on Russia's and China's shares of Tajikistan's imports in January–May 2024",
      ru: 'Сообщение ТАСС о долях России и Китая в импорте Таджикистана в январе–мае 2024 г.',
    },
  },
  {
    id: 'tass-2024-01-tj-ru-trade-2023',
    outlet: 'TASS',
    date: 'n.d.',
    site: 'tass.com',
    description: {
      en: "TASS report on Tajikistan–Russia trade and Russia's share of Tajik trade in 2023",
      ru: 'Сообщение ТАСС о торговле Таджикистана с Россией и доле России во внешней торговле Таджикистана в 2023 г.',
    },
  },
  {
    id: 'tass-ushakov-tj-trade',
    outlet: 'TASS',
    date: 'n.d.',
    site: 'tass.com',
    description: {
      en: 'TASS report of figures given by Ushakov, a Russian official: Russia–Tajikistan trade, Tajiks employed in Russia and their remittances from Russia, in 2024',
      ru: 'Сообщение ТАСС с данными российского официального лица Ушакова о торговле России и Таджикистана, о таджиках, работающих в России, и их переводах из России в 2024 г.',
    },
  },
  {
    id: 'worldbank-2025-journey-ahead',
    // the title as the notes give it: World Bank "The Journey Ahead" via Asia-Plus
    title: 'The Journey Ahead',
    outlet: 'Asia-Plus',
    date: 'n.d.',
    site: 'asiaplustj.info',
    description: {
      en: 'World Bank report, as Asia-Plus reported it: remittances as a share of GDP in Tajikistan and Kyrgyzstan and the share of labour migrants going to Russia, in 2024',
      ru: 'Доклад Всемирного банка в изложении «Азия-Плюс»: денежные переводы в процентах ВВП Таджикистана и Кыргызстана и доля трудовых мигрантов, уезжающих в Россию, в 2024 г.',
    },
  },
  {
    id: 'iom-2025-tj-migrants',
    outlet: 'Asia-Plus',
    date: 'n.d.',
    site: 'old.asiaplustj.info',
    description: {
      en: 'Asia-Plus report of IOM figures on Tajiks leaving to work abroad up to September 2024, and the share going to Russia',
      ru: 'Сообщение «Азия-Плюс» о данных МОМ о таджиках, уехавших на работу за рубеж (по сентябрь 2024 г.), и доле уехавших в Россию',
    },
  },
  {
    id: 'timesca-nbkr-remittances-2025',
    outlet: 'The Times of Central Asia',
    date: 'n.d.',
    site: 'timesca.com',
    description: {
      en: 'The Times of Central Asia report of National Bank of the Kyrgyz Republic figures on remittances from Russia and all remittances in January–May 2025',
      ru: 'Сообщение The Times of Central Asia о данных Национального банка Кыргызской Республики о денежных переводах из России и всех переводах в январе–мае 2025 г.',
    },
  },
  {
    id: 'centralasianlight-kg-debt-end-2025',
    outlet: 'CentralAsianLight',
    date: 'n.d.',
    site: 'centralasianlight.org',
    description: {
      en: "CentralAsianLight report of Kyrgyz Ministry of Finance figures on Kyrgyzstan's debt to China Exim Bank and its external debt at the end of 2025",
      ru: 'Сообщение CentralAsianLight о данных Министерства финансов Кыргызстана о долге страны перед Эксимбанком Китая и её внешнем долге на конец 2025 г.',
    },
  },
  {
    id: 'centralasianlight-2024-06-kg-debt',
    outlet: 'CentralAsianLight',
    date: 'n.d.',
    site: 'centralasianlight.org',
    description: {
      en: "CentralAsianLight report on Kyrgyzstan's debt to China and its share of external debt in January 2024",
      ru: 'Сообщение CentralAsianLight о долге Кыргызстана перед Китаем и его доле во внешнем долге в январе 2024 г.',
    },
  },
  {
    id: 'akchabar-2025-10-kg-debt',
    outlet: 'Akchabar',
    date: 'n.d.',
    site: 'akchabar.kg',
    description: {
      en: "Akchabar report on Kyrgyzstan's debt to the Eurasian Fund for Stabilization and Development in August 2025",
      ru: 'Сообщение «Акчабар» о долге Кыргызстана перед Евразийским фондом стабилизации и развития в августе 2025 г.',
    },
  },
  {
    id: 'easttime-2017-06-kg-ru-debt',
    outlet: 'EastTime (easttime.info)',
    date: 'n.d.',
    site: 'easttime.info',
    description: {
      en: "easttime.info report on Russia's write-offs of Kyrgyzstan's debt, 2005–17 (the notes name azernews.az with it)",
      ru: 'Сообщение easttime.info о списании Россией долга Кыргызстана в 2005–2017 гг. (заметки называют при нём azernews.az)',
    },
  },
  {
    id: 'trend-tj-debt-2025',
    outlet: 'Trend News Agency, via MENAFN',
    date: 'n.d.',
    site: 'menafn.com',
    description: {
      en: "Trend report, carried by MENAFN, on Tajikistan's debt to China and its external debt in April 2025",
      ru: 'Сообщение Trend, опубликованное MENAFN, о долге Таджикистана перед Китаем и его внешнем долге в апреле 2025 г.',
    },
  },
  {
    id: 'daryo-2025-06-sangtuda',
    outlet: 'Daryo',
    date: 'n.d.',
    site: 'daryo.uz',
    description: {
      en: "Daryo report on Barqi Tojik's electricity debt to the Sangtuda-1 venture (2025), to be written off by 2034",
      ru: 'Сообщение Daryo о долге «Барки точик» перед Сангтудинской ГЭС-1 за электроэнергию (2025 г.), который будет списан к 2034 г.',
    },
  },
  {
    id: '24kg-2026-01-edb-china-fdi',
    outlet: '24.kg',
    date: 'n.d.',
    site: '24.kg',
    description: {
      en: "24.kg report of the Eurasian Development Bank's estimate of accumulated Chinese FDI in Kyrgyzstan (2025)",
      ru: 'Сообщение 24.kg об оценке Евразийским банком развития накопленных прямых инвестиций Китая в Кыргызстане (2025 г.)',
    },
  },
  {
    id: 'trend-2024-06-kg-fdi',
    outlet: 'Trend News Agency',
    date: 'n.d.',
    site: 'en.trend.az',
    description: {
      en: "Trend report on China's and Russia's shares of the FDI inflow to Kyrgyzstan in the first quarter of 2024",
      ru: 'Сообщение Trend о долях Китая и России в притоке прямых иностранных инвестиций в Кыргызстан в первом квартале 2024 г.',
    },
  },
  {
    id: 'caspianpost-tj-fdi-2024',
    outlet: 'The Caspian Post',
    date: 'n.d.',
    site: 'caspianpost.com',
    description: {
      en: "The Caspian Post report on the FDI inflow to Tajikistan in 2024, China's and Russia's among it",
      ru: 'Сообщение The Caspian Post о притоке прямых иностранных инвестиций в Таджикистан в 2024 г., в том числе из Китая и России',
    },
  },
  {
    id: 'tass-tj-ru-investment',
    outlet: 'TASS',
    date: 'n.d.',
    site: 'tass.com',
    description: {
      en: 'TASS report on accumulated Russian investment in Tajikistan (2025)',
      ru: 'Сообщение ТАСС о накопленных российских инвестициях в Таджикистане (2025 г.)',
    },
  },
  {
    id: '24kg-kg-migrants-russia',
    outlet: '24.kg',
    date: 'n.d.',
    site: '24.kg',
    description: {
      en: '24.kg report on the number of Kyrgyz migrants registered in Russia at the end of 2024 and in 2023',
      ru: 'Сообщение 24.kg о числе кыргызских мигрантов, зарегистрированных в России, на конец 2024 г. и в 2023 г.',
    },
  },
  // ─────────────── infrastructure and energy (research notes)
  {
    id: 'rt-2014-04-gazprom-kyrgyzgaz',
    outlet: 'RT',
    date: 'n.d.',
    site: 'rt.com',
    description: {
      en: "RT report on Gazprom's ownership of Kyrgyzgaz, bought in 2014",
      ru: 'Сообщение RT о владении «Газпромом» «Кыргызгазом», купленным в 2014 г.',
    },
  },
  {
    id: '24kg-2019-07-petroleum',
    outlet: '24.kg',
    date: 'n.d.',
    site: '24.kg',
    description: {
      en: "24.kg report of the Kyrgyz Ministry of Economy's figure for the share of petroleum-product demand met by imports from Russia (2019)",
      ru: 'Сообщение 24.kg с данными Министерства экономики Кыргызстана о доле спроса на нефтепродукты, покрываемой импортом из России (2019 г.)',
    },
  },
  {
    id: 'aiddata-39619-datka-kemin',
    outlet: 'AidData, Global Chinese Development Finance',
    date: 'n.d.',
    site: 'aiddata.org',
    description: {
      en: 'AidData record of project 39619: the Datka–Kemin 500 kV line, built by TBEA with a China Exim loan (2012–15)',
      ru: 'Запись AidData о проекте 39619: ЛЭП 500 кВ «Датка — Кемин», построенная TBEA на кредит Эксимбанка Китая (2012–2015 гг.)',
    },
  },
  {
    id: '24kg-2025-12-cku-financing',
    outlet: '24.kg',
    date: 'n.d.',
    site: '24.kg',
    description: {
      en: '24.kg report on the cost and financing of the China–Kyrgyzstan–Uzbekistan railway (2025)',
      ru: 'Сообщение 24.kg о стоимости и финансировании железной дороги Китай — Кыргызстан — Узбекистан (2025 г.)',
    },
  },
  {
    id: 'asiatoday-2023-10-tj-petroleum',
    outlet: 'asia-today.news',
    date: 'n.d.',
    site: 'asia-today.news',
    description: {
      en: "asia-today.news report on Russia's share of Tajikistan's petroleum-product imports in the first half of 2023",
      ru: 'Сообщение asia-today.news о доле России в импорте нефтепродуктов Таджикистаном в первом полугодии 2023 г.',
    },
  },
  {
    id: 'tass-2025-08-tj-fuel',
    outlet: 'TASS',
    date: 'n.d.',
    site: 'tass.com',
    description: {
      en: "TASS report on Tajikistan's imports of petroleum products and LPG in 2024 (the notes name it with asia-today.news)",
      ru: 'Сообщение ТАСС об импорте нефтепродуктов и сжиженного газа в Таджикистан в 2024 г. (заметки называют его вместе с asia-today.news)',
    },
  },
  {
    id: 'asiaplus-dushanbe-2-chp',
    outlet: 'Asia-Plus',
    date: 'n.d.',
    site: 'asiaplustj.info',
    description: {
      en: 'Asia-Plus reporting on the Dushanbe-2 heat and power plant, built by TBEA with China Exim financing (2014–16)',
      ru: 'Материалы «Азия-Плюс» о ТЭЦ «Душанбе-2», построенной TBEA при финансировании Эксимбанка Китая (2014–2016 гг.)',
    },
  },
  {
    id: 'newstj-dushanbe-chanak-road',
    outlet: 'news.tj',
    date: 'n.d.',
    site: 'news.tj',
    description: {
      en: 'news.tj reporting on the Dushanbe–Khujand–Chanak road, built by China Road and Bridge Corp. with a Chinese loan (2006–12)',
      ru: 'Материалы news.tj о дороге Душанбе — Худжанд — Чанак, построенной China Road and Bridge Corp. на китайский кредит (2006–2012 гг.)',
    },
  },

  // ─────────────── digital (research notes)
  {
    id: 'asiaplus-2024-07-safe-city',
    outlet: 'Asia-Plus',
    date: 'n.d.',
    site: 'asiaplustj.info',
    description: {
      en: 'Asia-Plus report on the Safe City CCTV projects in Dushanbe (Huawei) and Bokhtar (2013–24)',
      ru: 'Сообщение «Азия-Плюс» о проектах видеонаблюдения «Безопасный город» в Душанбе (Huawei) и Бохтаре (2013–2024 гг.)',
    },
  },
  {
    id: '24kg-2021-safe-city-sunwin',
    outlet: '24.kg',
    date: 'n.d.',
    site: '24.kg',
    description: {
      en: "24.kg reporting on Bishkek's Safe City project, its Russian and Chinese contractors (2018–25)",
      ru: 'Материалы 24.kg о проекте «Безопасный город» в Бишкеке и его российском и китайском подрядчиках (2018–2025 гг.)',
    },
  },
  {
    id: 'efe-2025-08-beeline-kg',
    outlet: 'swissinfo.ch',
    date: 'n.d.',
    site: 'swissinfo.ch',
    description: {
      en: "EFE report, carried by swissinfo, on the state-owned Eldik Bank's purchase of Beeline KG (Sky Mobile) from VEON, August 2025",
      ru: 'Сообщение EFE, опубликованное swissinfo, о покупке государственным «Элдик Банком» Beeline KG (Sky Mobile) у VEON, август 2025 г.',
    },
  },
  {
    id: 'cabar-asiaplus-2021-megafon',
    outlet: 'Asia-Plus',
    date: 'n.d.',
    site: 'asiaplustj.info',
    description: {
      en: "CABAR analysis, carried by Asia-Plus, on the Russian MegaFon's stake in MegaFon Tajikistan (2021)",
      ru: 'Аналитика CABAR, опубликованная «Азия-Плюс», о доле российского «МегаФона» в «МегаФон Таджикистан» (2021 г.)',
    },
  },

  // ─────────────── security (research notes)
  {
    id: 'rferl-2022-201st-ukraine',
    outlet: 'Radio Free Europe/Radio Liberty',
    date: 'n.d.',
    site: 'rferl.org',
    description: {
      en: "RFE/RL report on Russia's 201st base in Tajikistan and the troops reportedly sent from it to Ukraine in 2022 (the notes name Asia-Plus with it)",
      ru: 'Сообщение Радио Свобода о 201-й российской базе в Таджикистане и военнослужащих, по сообщениям, отправленных с неё в Украину в 2022 г. (заметки называют при нём «Азия-Плюс»)',
    },
  },
  {
    id: 'azattyk-kg-ru-facilities',
    outlet: 'Radio Free Europe/Radio Liberty and Azattyk, its Kyrgyz service',
    date: 'n.d.',
    site: 'rus.azattyk.org',
    description: {
      en: 'RFE/RL and Azattyk reporting on Russian military personnel and facilities in Kyrgyzstan (2022)',
      ru: 'Материалы Радио Свобода и «Азаттыка» о российских военнослужащих и военных объектах в Кыргызстане (2022 г.)',
    },
  },
  {
    id: 'devdiscourse-2021-11-tj-training',
    outlet: 'Devdiscourse',
    date: 'n.d.',
    site: 'devdiscourse.com',
    description: {
      en: 'Devdiscourse report on Tajik servicemen trained in Russia, up to 2021',
      ru: 'Сообщение Devdiscourse о таджикских военнослужащих, прошедших обучение в России, по 2021 г.',
    },
  },
  {
    id: 'asiaplus-2021-10-cabar-sipri',
    outlet: 'Asia-Plus',
    date: 'n.d.',
    site: 'asiaplustj.info',
    description: {
      en: "Asia-Plus report of a CABAR analysis of Tajikistan's arms imports from Russia and China in SIPRI trend-indicator values, 1991–2020",
      ru: 'Сообщение «Азия-Плюс» об анализе CABAR импорта вооружений Таджикистаном из России и Китая в показателях тренда SIPRI, 1991–2020 гг.',
    },
  },
  {
    id: 'wilson-2020-05-kennan-52',
    // the name the notes give: "Wilson Center, Kennan Cable 52"
    title: 'Kennan Cable 52',
    outlet: 'Wilson Center, Kennan Institute',
    date: 'n.d.',
    site: 'wilsoncenter.org',
    description: {
      en: "Wilson Center publication on Russia's and China's shares of Central Asia's arms imports (about 2015–19)",
      ru: 'Публикация Центра Вильсона о долях России и Китая в импорте вооружений Центральной Азией (около 2015–2019 гг.)',
    },
  },
  {
    id: 'thedrive-2021-10-ishkashim',
    outlet: 'The Drive (The War Zone)',
    date: 'n.d.',
    site: 'thedrive.com',
    description: {
      en: 'The Drive report on the Chinese-funded base for Tajik rapid-reaction police at Ishkashim (2021)',
      ru: 'Статья The Drive о финансируемой Китаем базе для таджикской полиции быстрого реагирования в Ишкашиме (2021 г.)',
    },
  },
  {
    id: 'eurasianet-2012-11-russia-aid',
    outlet: 'Eurasianet',
    date: 'n.d.',
    site: 'eurasianet.org',
    description: {
      en: 'Eurasianet report on Russian military-aid pledges to Kyrgyzstan and Tajikistan (2012)',
      ru: 'Статья Eurasianet об обещаниях России оказать военную помощь Кыргызстану и Таджикистану (2012 г.)',
    },
  },
  {
    id: 'eurasianet-china-military-aid',
    outlet: 'Eurasianet',
    date: 'n.d.',
    site: 'eurasianet.org',
    description: {
      en: 'Eurasianet report on a Chinese military aid grant to Kyrgyzstan (about 2014)',
      ru: 'Статья Eurasianet о китайском гранте на военную помощь Кыргызстану (около 2014 г.)',
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
