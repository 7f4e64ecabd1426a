// Timeline milestones. Each event is dated as precisely as its evidence allows (YYYY, YYYY-MM
// or YYYY-MM-DD) and carries the words that date and describe it: a passage of the Ifri report
// (with the footnote it carries, if any; a footnote's own line when it gives the date) or the
// research notes' row. An event concerns one partner of the data set or, like Turkey's defence
// meeting or the EU's pressure, another party (`other`). Tests find every quotation in its text.

import type { TimelineEvent } from '../model/types';
import { notesQuote, reportQuote } from './evidence';

const TURKEY = { en: 'Turkey', ru: 'Турция' };
const EU = { en: 'European Union', ru: 'Европейский союз' };

export const events: TimelineEvent[] = [
  {
    id: 'shanghai-five-1996',
    date: '1996',
    countries: ['KG', 'TJ'],
    partner: 'CN',
    dimension: 'security',
    title: {
      en: "'Shanghai Five' agreements lay the ground for the SCO",
      ru: 'Соглашения «Шанхайской пятёрки» закладывают основу ШОС',
    },
    sources: ['ifri-2026'],
    evidence: [
      reportQuote(
        'Stabilizing Xinjiang and the architecture of the "Shanghai Five" (1990s–early 2000s)',
        'The legal basis for this stage was provided by historical agreements signed within the framework of the "Shanghai Five" in 1996.',
      ),
    ],
  },
  {
    id: 'russian-military-aid-pledges-2012',
    date: '2012',
    countries: ['KG', 'TJ'],
    partner: 'RU',
    dimension: 'security',
    title: {
      en: 'Russia pledges military aid: $1.1bn to Kyrgyzstan, $200m plus a $200m fuel benefit to Tajikistan (as reported)',
      ru: 'Россия обещает военную помощь: $1,1 млрд Кыргызстану, $200 млн и льготы на топливо на $200 млн Таджикистану (по сообщениям)',
    },
    sources: ['eurasianet-2012-11-russia-aid'],
    evidence: [
      notesQuote(
        'eurasianet-2012-11-russia-aid',
        'Security',
        '| KG, TJ | RU | Russian military-aid pledges: KG $1.1bn; TJ $200m plus a $200m fuel benefit | | 2012 | Eurasianet',
      ),
    ],
  },
  {
    id: 'belt-and-road-launch-2013',
    date: '2013',
    countries: ['KG', 'TJ'],
    partner: 'CN',
    dimension: 'economic',
    title: {
      en: 'China launches the Belt and Road Initiative',
      ru: 'Китай выдвигает инициативу «Один пояс, один путь»',
    },
    sources: ['ifri-2026'],
    evidence: [
      reportQuote('From investment to structural dependence', 'In 2013, when the BRI was launched'),
    ],
  },
  {
    id: 'gazprom-buys-kyrgyzgaz-2014',
    date: '2014',
    countries: ['KG'],
    partner: 'RU',
    dimension: 'infrastructure',
    title: {
      en: 'Gazprom acquires 100% of Kyrgyzgaz for $1',
      ru: '«Газпром» приобретает 100% «Кыргызгаза» за $1',
    },
    sources: ['rt-2014-04-gazprom-kyrgyzgaz'],
    evidence: [
      notesQuote(
        'rt-2014-04-gazprom-kyrgyzgaz',
        'Infrastructure and energy',
        '| KG | RU | Gazprom owns 100% of Kyrgyzgaz (bought for $1, ~$609m pledged, 25-year agreement) | 100% | 2014 | RT',
      ),
    ],
  },
  {
    id: 'quadrilateral-mechanism-2016',
    date: '2016',
    countries: ['TJ'],
    partner: 'CN',
    dimension: 'security',
    title: {
      en: 'Quadrilateral Cooperation and Coordination Mechanism of China, Pakistan, Tajikistan and Afghanistan',
      ru: 'Четырёхсторонний механизм сотрудничества и координации Китая, Пакистана, Таджикистана и Афганистана',
    },
    sources: ['ifri-2026'],
    evidence: [
      reportQuote(
        "The Afghan factor and China's physical entrenchment in the region (2000s–2010s)",
        'This transition was formally cemented by the creation in 2016 of the Quadrilateral Mechanism for Cooperation and Coordination involving China, Pakistan, Tajikistan, and Afghanistan.',
      ),
    ],
  },
  {
    id: 'russia-writes-off-kyrgyz-debt-2017',
    date: '2017',
    countries: ['KG'],
    partner: 'RU',
    dimension: 'economic',
    title: {
      en: "Russia writes off the last $240m of Kyrgyzstan's debt; bilateral debt falls to zero",
      ru: 'Россия списывает последние $240 млн долга Кыргызстана; двусторонний долг сокращается до нуля',
    },
    sources: ['easttime-2017-06-kg-ru-debt'],
    evidence: [
      notesQuote(
        'easttime-2017-06-kg-ru-debt',
        'Economic',
        '| KG | RU | Russian write-offs of KG debt: $240m last tranche (2017), $703.2m since 2005; bilateral debt now zero',
      ),
    ],
  },
  {
    id: 'ceiec-command-centre-2019',
    date: '2019',
    countries: ['KG'],
    partner: 'CN',
    dimension: 'digital',
    title: {
      en: "CEIEC donates a face-recognition command centre to Kyrgyzstan's Interior Ministry",
      ru: 'CEIEC передаёт МВД Кыргызстана командный центр с распознаванием лиц',
    },
    sources: ['ifri-2026', 'yau-2019-eurasianet'],
    evidence: [
      reportQuote(
        'Digital securitization',
        'Also in 2019, the Chinese corporation CEIEC donated a command center to the Kyrgyz Ministry of Internal Affairs, equipped with facial recognition and big data analysis systems for monitoring the situation in Bishkek.',
        27,
      ),
    ],
  },
  {
    id: 'cooperation-2019-exercise',
    date: '2019-08',
    countries: ['KG'],
    partner: 'CN',
    dimension: 'security',
    title: {
      en: "'Cooperation-2019': China's People's Armed Police and the Kyrgyz National Guard exercise together",
      ru: '«Сотрудничество-2019»: совместные учения Народной вооружённой полиции Китая и Национальной гвардии Кыргызстана',
    },
    sources: ['ifri-2026', 'xinhua-2019-cooperation'],
    evidence: [
      reportQuote(
        'The commercialization of security',
        'during the "Cooperation-2019" exercises between the Chinese People\'s Armed Police and the Kyrgyz National Guard, scenarios for suppressing mass riots and protecting strategically important facilities in urban environments were practiced.',
        20,
      ),
      // footnote 20's own line dates the exercise
      reportQuote(
        'Arms exports and the training of military elites',
        '"China and Kyrgyzstan have launched the joint counterterrorism exercise \'Cooperation-2019\'", Xinhua, August 6, 2019',
      ),
    ],
  },
  {
    id: 'ishkashim-base-ratified-2021',
    date: '2021',
    countries: ['TJ'],
    partner: 'CN',
    dimension: 'security',
    title: {
      en: "Tajik parliament ratifies an agreement with China to build a base for the Interior Ministry's Rapid Response Group at Ishkashim",
      ru: 'Парламент Таджикистана ратифицирует соглашение с Китаем о строительстве базы группы быстрого реагирования МВД в Ишкашиме',
    },
    sources: ['ifri-2026', 'bai-2021-voa', 'thedrive-2021-10-ishkashim'],
    evidence: [
      reportQuote(
        "The Afghan factor and China's physical entrenchment in the region (2000s–2010s)",
        "in 2021, the Tajik Parliament ratified an agreement with China on the construction of a new base for the Tajik Ministry of Internal Affairs' Rapid Response Group in the Ishkashim District. The project cost approximately 55 million yuan ($8.5 million), with all equipment, including surveillance and communications systems, supplied by the Chinese side.",
        13,
      ),
      notesQuote(
        'thedrive-2021-10-ishkashim',
        'Security',
        '| TJ | CN | Chinese-funded base for Tajik rapid-reaction police, Ishkashim; separate outpost at Shaimak/Murghab | $8.5–10m | 2021 | SCMP; The Drive',
      ),
    ],
  },
  {
    id: 'russian-forces-kyrgyzstan-2022',
    date: '2022',
    countries: ['KG'],
    partner: 'RU',
    dimension: 'security',
    title: {
      en: 'About 500 Russian troops in Kyrgyzstan, mainly at the Kant air base (leased to 2032), across five facilities',
      ru: 'Около 500 российских военнослужащих в Кыргызстане, в основном на авиабазе Кант (аренда до 2032 г.), на пяти объектах',
    },
    sources: ['azattyk-kg-ru-facilities'],
    evidence: [
      notesQuote(
        'azattyk-kg-ru-facilities',
        'Security',
        '| KG | RU | Russian personnel, mainly at Kant air base (lease to 2032); five facilities (Kant, Karakol torpedo range, Kara-Balta naval communications, seismic stations) | ~500 troops | 2022 | RFE/RL; Azattyk',
      ),
    ],
  },
  {
    id: 'troops-201-to-ukraine-2022',
    date: '2022',
    countries: ['TJ'],
    partner: 'RU',
    dimension: 'security',
    title: {
      en: "About 1,500 troops of Russia's 201st base in Tajikistan (about 7,000 troops, leased to 2042) are reportedly sent to Ukraine",
      ru: 'Около 1500 военнослужащих 201-й российской базы в Таджикистане (около 7000 военнослужащих, аренда до 2042 г.), по сообщениям, переброшены в Украину',
    },
    sources: ['rferl-2022-201st-ukraine'],
    evidence: [
      notesQuote(
        'rferl-2022-201st-ukraine',
        'Security',
        '| TJ | RU | 201st military base, lease to 2042; ~1,500 reportedly sent to Ukraine in 2022 | ~7,000 troops | 2022 | Asia-Plus; RFE/RL',
      ),
    ],
  },
  {
    id: 'xian-summit-2023',
    date: '2023',
    countries: ['KG', 'TJ'],
    partner: 'CN',
    dimension: 'security',
    title: {
      en: "Xi'an summit launches the China–Central Asia format, without Russia",
      ru: 'Саммит в Сиане запускает формат «Китай — Центральная Азия» без участия России',
    },
    sources: ['ifri-2026', 'zuenko-2025-rga-fn36'],
    evidence: [
      reportQuote(
        'The contours of competition with Russia',
        'Starting with the 2023 Xi\'an summit, Beijing began purposefully shifting its engagement with the region\'s countries into a separate, exclusive "China-Central Asia" format.',
      ),
      reportQuote(
        'The contours of competition with Russia',
        "the 2023 Xi'an summit was particularly sensitive for Moscow, as it was followed by the emergence of elements of political integration between Central Asian countries and China without Russia's participation.",
        36,
      ),
    ],
  },
  {
    id: 'kg-china-strategic-partnership-2023',
    date: '2023-05-18',
    countries: ['KG'],
    partner: 'CN',
    dimension: 'security',
    title: {
      en: 'China and Kyrgyzstan declare a comprehensive strategic partnership for a new era',
      ru: 'Китай и Кыргызстан объявляют о всеобъемлющем стратегическом партнёрстве в новую эпоху',
    },
    sources: ['ifri-2026', 'fmprc-2023-kg-declaration'],
    evidence: [
      // footnote 23's own line
      reportQuote(
        'Arms exports and the training of military elites',
        '"Joint Declaration of the PRC and the Kyrgyz Republic on Establishing a Comprehensive Strategic Partnership for a New Era (Full Text)", Ministry of Foreign Affairs of the PRC, May 18, 2023',
      ),
    ],
  },
  {
    id: 'huawei-memorandum-tajikistan-2023',
    date: '2023-12',
    countries: ['TJ'],
    partner: 'CN',
    dimension: 'digital',
    title: {
      en: 'Tajikistan signs a memorandum with Huawei for 7,600 GSM/LTE/5G base stations',
      ru: 'Таджикистан подписывает с Huawei меморандум о 7600 базовых станциях GSM/LTE/5G',
    },
    sources: ['ifri-2026', 'cs-tj-2023-huawei-memorandum'],
    evidence: [
      reportQuote(
        'Monopoly in the telecommunications sector',
        'In Tajikistan, a memorandum between the Communications Service and Huawei provides for the upgrade and expansion of the network based on 7,600 GSM/LTE/5G base stations',
        34,
      ),
      // footnote 34's own line dates it
      reportQuote(
        'Monopoly in the telecommunications sector',
        '"Signing of a Memorandum between the Communications Service and \'Huawei Technologies of Tajikistan\' LLC", Communications Service under the Government of the Republic of Tajikistan, December 12, 2023',
      ),
    ],
  },
  {
    id: 'cku-railway-construction-2024',
    date: '2024',
    countries: ['KG'],
    partner: 'CN',
    dimension: 'infrastructure',
    title: {
      en: 'Construction of the China–Kyrgyzstan–Uzbekistan railway is launched',
      ru: 'Начато строительство железной дороги Китай — Кыргызстан — Узбекистан',
    },
    sources: ['ifri-2026', 'dayar-2025-caspian-policy'],
    evidence: [
      reportQuote(
        'From investment to structural dependence',
        'the launch in 2024 of construction on the $4.7 billion China–Kyrgyzstan–Uzbekistan Railway (CKU Railway)',
        9,
      ),
    ],
  },
  {
    id: 'zarafshon-protests-2024',
    date: '2024',
    countries: ['TJ'],
    partner: 'CN',
    dimension: 'infrastructure',
    title: {
      en: 'Late 2024: Tajik miners protest at the Zarafshon mine; former employees say Tajik engineers earn six times less than their Chinese colleagues',
      ru: 'Конец 2024 г.: протесты таджикских горняков на руднике «Зарафшон»; по словам бывших сотрудников, таджикские инженеры получают в шесть раз меньше китайских коллег',
    },
    sources: ['ifri-2026', 'caspianpost-2026-mining'],
    evidence: [
      reportQuote(
        'From investment to structural dependence',
        'such large-scale projects often exacerbate social tensions, as clearly demonstrated by the protests of Tajik miners at the Zarafshon mine in late 2024. According to former employees of the company, Tajik engineers … earn six times less than their Chinese colleagues',
        7,
      ),
    ],
  },
  {
    id: 'sangtuda-debt-write-off-2025',
    date: '2025',
    countries: ['TJ'],
    partner: 'RU',
    dimension: 'infrastructure',
    title: {
      en: "About $300m of Barqi Tojik's electricity debt to the Russian-controlled Sangtuda-1 venture is to be written off by 2034",
      ru: 'Около $300 млн долга «Барки точик» перед Сангтудинской ГЭС-1, контролируемой Россией, будет списано до 2034 года',
    },
    sources: ['daryo-2025-06-sangtuda'],
    evidence: [
      notesQuote(
        'daryo-2025-06-sangtuda',
        'Economic',
        '| TJ | RU | electricity debt of Barqi Tojik to the Sangtuda-1 venture, to be written off by 2034 | ~$300m | 2025 | Daryo',
      ),
    ],
  },
  {
    id: 'astana-summit-2025',
    date: '2025-06',
    countries: ['KG', 'TJ'],
    partner: 'CN',
    dimension: 'security',
    title: {
      en: 'At the Astana summit Beijing offers security cooperation: defence and law-enforcement modernisation, exercises, training, Safe City',
      ru: 'На саммите в Астане Пекин предлагает сотрудничество в сфере безопасности: модернизацию армий и правоохранительных органов, учения, подготовку кадров, «Безопасный город»',
    },
    sources: ['ifri-2026'],
    evidence: [
      reportQuote(
        'The contours of competition with Russia',
        "At the summit in Astana in June 2025, Beijing openly offered not only economic but also security instruments, including support for the modernization of the region's defense and law enforcement sectors, joint exercises, personnel training, Safe City projects",
      ),
    ],
  },
  {
    id: 'china-top-tajik-trade-partner-2025',
    date: '2025-07-15',
    countries: ['TJ'],
    partner: 'CN',
    dimension: 'economic',
    title: {
      en: 'Tajik statistics show China overtaking Russia as top trade partner (Jan–May 2025)',
      ru: 'Статистика Таджикистана: Китай впервые обошёл Россию как главный торговый партнёр (январь–май 2025 г.)',
    },
    sources: ['ifri-2026', 'ismailov-2025-timesca', 'tass-2025-07-tj-trade'],
    evidence: [
      reportQuote(
        'From investment to structural dependence',
        "in the first five months of 2025 alone, Tajikistan's trade with China reached $900 million, surpassing Russia's figures.",
        2,
      ),
      // footnote 2's own line dates the news
      reportQuote(
        'From investment to structural dependence',
        '"China Overtakes Russia as Tajikistan\'s Top Trading Partner for the First Time", Times of Central Asia, July 15, 2025',
      ),
      notesQuote(
        'tass-2025-07-tj-trade',
        'Economic',
        '| TJ | CN / RU | share of TJ trade: China vs Russia (China first for the first time) | 24.8% vs 23.2% | Jan–May 2025 | TASS; Fergana',
      ),
    ],
  },
  {
    id: 'ots-defence-ministers-2025',
    date: '2025-07',
    countries: ['KG'],
    other: TURKEY,
    dimension: 'security',
    title: {
      en: 'Istanbul hosts the first meeting of defence ministers of the Organization of Turkic States, on defence-industry cooperation',
      ru: 'В Стамбуле проходит первая встреча министров обороны стран Организации тюркских государств — о сотрудничестве в оборонной промышленности',
    },
    sources: ['ifri-2026', 'specialeurasia-2025-idef'],
    evidence: [
      reportQuote(
        'A delicate balance',
        'in July 2025, Istanbul hosted the first meeting of defense ministers from the Organization of Turkey States (OTS) member states, where the institutionalization of multilateral cooperation in the defense industry was discussed.',
        41,
      ),
    ],
  },
  {
    id: 'kyrgyz-surveillance-centralised-2025',
    date: '2025-09',
    countries: ['KG'],
    partner: 'CN',
    dimension: 'digital',
    title: {
      en: 'Kyrgyzstan centralises its surveillance systems under Kyrgyztelecom and the Interior Ministry; Chinese cloud and City Brain remain the core',
      ru: 'Кыргызстан централизует системы видеонаблюдения в «Кыргызтелекоме» и МВД; ядром остаются китайские облачные решения и City Brain',
    },
    sources: ['ifri-2026'],
    evidence: [
      reportQuote(
        'Digital securitization',
        'In Kyrgyzstan, control of these … was centralized and transferred to Kyrgyztelecom OJSC and the Ministry of Internal Affairs in September 2025. However, Chinese cloud solutions and the "City Brain" concept remain the architectural core of the infrastructure.',
      ),
    ],
  },
  {
    id: 'tajik-afghan-border-attack-2025',
    date: '2025-11',
    countries: ['TJ'],
    partner: 'CN',
    dimension: 'security',
    title: {
      en: 'Armed drone attack from Afghanistan kills Chinese workers at a Tajik gold mine',
      ru: 'Вооружённое нападение с беспилотников с территории Афганистана: гибнут китайские работники золоторудного предприятия в Таджикистане',
    },
    sources: ['ifri-2026', 'mfa-tj-2025-border-attack'],
    evidence: [
      reportQuote(
        "The Afghan factor and China's physical entrenchment in the region (2000s–2010s)",
        'The most high-profile incidents occurred in late November 2025. According to reports from the Tajik Ministry of Foreign Affairs, an armed attack was launched from Afghan territory against employees of Shohin SM LLC using Unmanned Aerial Vehicles, resulting in the deaths of Chinese citizens working at a gold mining enterprise.',
        16,
      ),
    ],
  },
  {
    id: 'tajik-afghan-border-incidents-2025',
    date: '2025-12',
    countries: ['TJ'],
    partner: 'CN',
    dimension: 'security',
    title: {
      en: 'Second half of 2025: nine incidents on the Tajik–Afghan border (smugglers, armed groups, attacks on Chinese citizens), as tallied in December',
      ru: 'Второе полугодие 2025 г.: девять инцидентов на таджикско-афганской границе (контрабандисты, вооружённые группы, нападения на граждан Китая), по подсчёту на декабрь',
    },
    sources: ['ifri-2026', 'rizoen-2025-cronos'],
    evidence: [
      reportQuote(
        "The Afghan factor and China's physical entrenchment in the region (2000s–2010s)",
        'in the second half of 2025 alone, nine incidents were recorded on the Tajik-Afghan border involving the illegal crossing of the Tajik border by drug smugglers, members of terrorist groups, as well as attacks on Chinese citizens.',
        15,
      ),
      // footnote 15's own line dates the tally
      reportQuote(
        "The Afghan factor and China's physical entrenchment in the region (2000s–2010s)",
        'Tajik-Afghan Border in 2025: Incidents and Their Consequences], Cronos.Asia, December 27, 2025',
      ),
    ],
  },
  {
    id: 'cku-loan-agreement-2025',
    date: '2025',
    countries: ['KG'],
    partner: 'CN',
    dimension: 'infrastructure',
    title: {
      en: 'China–Kyrgyzstan–Uzbekistan railway financing: China holds 51% of the joint venture, with a $2.3bn, 35-year loan from Chinese state-owned banks',
      ru: 'Финансирование железной дороги Китай — Кыргызстан — Узбекистан: Китаю принадлежит 51% совместной компании, кредит китайских госбанков — $2,3 млрд на 35 лет',
    },
    sources: ['24kg-2025-12-cku-financing', 'ifri-2026', 'dayar-2025-caspian-policy'],
    evidence: [
      notesQuote(
        '24kg-2025-12-cku-financing',
        'Infrastructure and energy',
        '| KG | CN | China–Kyrgyzstan–Uzbekistan railway: $4.7bn, China 51% of the joint venture, $2.3bn 35-year loan, 304 km in KG | $4.7bn | 2025 | 24.kg',
      ),
      reportQuote(
        'From investment to structural dependence',
        'The controlling stake in the joint venture (51%) belongs to China, and financing is provided through a long-term loan from Chinese state-owned banks.',
        9,
      ),
    ],
  },
  {
    id: 'eu-pressure-re-exports-2026',
    date: '2026-02',
    countries: ['KG'],
    other: EU,
    dimension: 'economic',
    title: {
      en: 'EU presses Kyrgyzstan over re-exports that circumvent sanctions on Russia',
      ru: 'ЕС оказывает давление на Кыргызстан из-за реэкспорта в обход санкций против России',
    },
    sources: ['ifri-2026', 'collet-2026-euractiv'],
    evidence: [
      reportQuote(
        'From investment to structural dependence',
        'the 800% increase in shipments of high-tech European goods to Kyrgyzstan, followed by a 1,200% surge in their re-export to Russia, triggered unprecedented pressure from the European Union (EU).',
        5,
      ),
      // footnote 5's own line dates it
      reportQuote(
        'From investment to structural dependence',
        'E. Collet, "Kyrgyzstan in EU Crosshairs over Russia Sanctions Circumvention", Euractiv, February 26, 2026',
      ),
    ],
  },
  {
    id: 'nine-border-facilities-ratified-2026',
    date: '2026-03-04',
    countries: ['TJ'],
    partner: 'CN',
    dimension: 'security',
    title: {
      en: 'Tajik parliament ratifies a 424m-yuan Chinese grant for nine border facilities',
      ru: 'Парламент Таджикистана ратифицирует китайский грант в 424 млн юаней на девять пограничных объектов',
    },
    sources: ['ifri-2026', 'kudrat-2026-asiaplus'],
    evidence: [
      reportQuote(
        "The Afghan factor and China's physical entrenchment in the region (2000s–2010s)",
        'This was confirmed by an agreement ratified by the Tajik Parliament on March 4, 2026, under which the Chinese government will finance (in the form of a 424 million yuan grant) and carry out the construction of nine new modern border facilities.',
        14,
      ),
    ],
  },
];
