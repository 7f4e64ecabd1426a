// Context: sourced facts that are not one partner's dependence score — a trend over time, a
// third party (Turkey, the EU), a lever no indicator measures, figures that exist but do not fit
// an indicator's definition. They are shown beside the scores, never scored. Each fact quotes
// the words that give it (the Ifri report, with the footnote its passage carries, or the
// research notes' row); its text, in our own words, uses only the numbers those words contain.

import type { ContextFact } from '../model/types';
import { notesQuote, reportQuote } from './evidence';

const ECONOMIC = 'From investment to structural dependence';
const AFGHAN = "The Afghan factor and China's physical entrenchment in the region (2000s–2010s)";
const COMMERCIAL = 'The commercialization of security';
const ARMS = 'Arms exports and the training of military elites';
const COMPETITION = 'The contours of competition with Russia';
const BALANCE = 'A delicate balance';

export const context: ContextFact[] = [
  {
    id: 'cn-central-asia-trade-trend',
    countries: ['KG', 'TJ'],
    partner: 'CN',
    title: {
      en: "China's trade with Central Asia, 2013–2025",
      ru: 'Торговля Китая с Центральной Азией, 2013–2025 гг.',
    },
    text: {
      en: "China's trade with the five Central Asian republics stood at $43.5bn in 2013, fell to $38.6bn in 2020 and reached a record $106.3bn in 2025: 2.7 times the level of five years earlier, in the report's words. The scores have no time dimension; this is the trend behind them.",
      ru: 'Торговля Китая с пятью республиками Центральной Азии составляла $43,5 млрд в 2013 г., снизилась до $38,6 млрд в 2020 г. и достигла рекордных $106,3 млрд в 2025 г. — по словам доклада, рост в 2,7 раза за пять лет. У оценок нет временного измерения; это тенденция, стоящая за ними.',
    },
    sources: ['ifri-2026', 'musaev-2026-bbc-monitoring'],
    evidence: [
      reportQuote(
        ECONOMIC,
        "In 2013, when the BRI was launched, China's total trade with the five republics stood at $43.5 billion. By 2020, the COVID-19 pandemic had temporarily pushed the figure back down to $38.6 billion. However, the subsequent recovery proved to be rapid and unprecedented. Specifically, by the end of 2025, trade volume reached a historic record of $106.3 billion",
        1,
      ),
      reportQuote(
        ECONOMIC,
        'surpassing the $100 billion mark for the first time and increasing 2.7-fold in just five years',
      ),
    ],
  },
  {
    id: 'tj-cn-trade-imbalance',
    countries: ['TJ'],
    partner: 'CN',
    title: {
      en: "Tajikistan's trade deficit with China",
      ru: 'Дефицит торговли Таджикистана с Китаем',
    },
    text: {
      en: "Of Tajikistan's $900m of trade with China in the first five months of 2025, Tajik exports were only $177m. The report's own words: a significant trade deficit that depletes foreign exchange reserves and cements the republics' status as dependent export markets. The trade-share indicator counts turnover and does not show this imbalance.",
      ru: 'Из $900 млн торговли Таджикистана с Китаем за первые пять месяцев 2025 г. таджикский экспорт составил лишь $177 млн. По словам самого доклада, это значительный торговый дефицит, истощающий валютные резервы и закрепляющий за республиками статус зависимых рынков сбыта. Показатель доли во внешней торговле считает оборот и этого дисбаланса не показывает.',
    },
    sources: ['ifri-2026', 'ismailov-2025-timesca'],
    evidence: [
      reportQuote(
        ECONOMIC,
        "in the first five months of 2025 alone, Tajikistan's trade with China reached $900 million, surpassing Russia's figures.",
        2,
      ),
      reportQuote(
        ECONOMIC,
        "However, a critical imbalance lies behind these figures. Of the $900 million mentioned, Tajik exports amounted to … only $177 million, creating a significant trade deficit, depleting national foreign exchange reserves, and cementing the republics' status as dependent export markets.",
      ),
    ],
  },
  {
    id: 'tj-import-shares-2024',
    countries: ['TJ'],
    partner: 'RU',
    title: {
      en: "Russia, still Tajikistan's first source of imports in 2024",
      ru: 'Россия — по-прежнему первый источник импорта Таджикистана в 2024 г.',
    },
    text: {
      en: "In January–May 2024 Russia supplied 26.6% of Tajikistan's imports and China 19.8% (Tajik statistics via TASS). The trade-share indicator counts turnover, where China overtook Russia a year later.",
      ru: 'В январе–мае 2024 г. на Россию приходилось 26,6% импорта Таджикистана, на Китай — 19,8% (статистика Таджикистана по данным ТАСС). Показатель доли во внешней торговле считает оборот, по которому Китай обогнал Россию годом позже.',
    },
    sources: ['tass-2024-07-tj-trade'],
    evidence: [
      notesQuote(
        'tass-2024-07-tj-trade',
        'Economic',
        '| TJ | RU / CN | share of TJ imports: Russia vs China | 26.6% vs 19.8% | Jan–May 2024 | TASS',
      ),
    ],
  },
  {
    id: 'kg-eu-sanctions-pressure',
    countries: ['KG'],
    other: { en: 'European Union', ru: 'Европейский союз' },
    title: {
      en: 'Sanctions circumvention and EU pressure on Kyrgyzstan',
      ru: 'Обход санкций и давление ЕС на Кыргызстан',
    },
    text: {
      en: 'The report describes Kyrgyzstan as a transit hub for circumventing Western sanctions against Russia: shipments of European high-tech goods to Kyrgyzstan rose 800% and their re-export to Russia 1,200%, which triggered unprecedented pressure from the EU.',
      ru: 'Доклад описывает Кыргызстан как транзитный узел для обхода западных санкций против России: поставки европейских высокотехнологичных товаров в Кыргызстан выросли на 800%, а их реэкспорт в Россию — на 1200%, что вызвало беспрецедентное давление ЕС.',
    },
    sources: ['ifri-2026', 'collet-2026-euractiv'],
    evidence: [
      reportQuote(
        ECONOMIC,
        "Kyrgyzstan's transformation into a transit hub for circumventing Western sanctions against Russia",
      ),
      reportQuote(
        ECONOMIC,
        'the 800% increase in shipments of high-tech European goods to Kyrgyzstan, followed by a 1,200% surge in their re-export to Russia, triggered unprecedented pressure from the European Union (EU).',
        5,
      ),
    ],
  },
  {
    id: 'kg-cku-loan-liability',
    countries: ['KG'],
    partner: 'CN',
    title: {
      en: "The CKU railway's Chinese loan: a future liability",
      ru: 'Китайский кредит на железную дорогу CKU: будущее обязательство',
    },
    text: {
      en: 'The China–Kyrgyzstan–Uzbekistan railway ($4.7bn, China 51% of the joint venture) is financed by a $2.3bn, 35-year loan from Chinese state-owned banks, and economists warn that its build-operate-transfer model will tie Kyrgyzstan\'s public finances. It is not in the debt-share indicator, which counts the $1.5bn owed to China Exim Bank out of $5.34bn of external debt; the "CKU railway in operation" preset shows the share if the loan counted as public debt.',
      ru: 'Железная дорога Китай — Кыргызстан — Узбекистан ($4,7 млрд, 51% совместной компании у Китая) финансируется кредитом китайских госбанков на $2,3 млрд сроком на 35 лет; экономисты предупреждают, что модель «строительство — эксплуатация — передача» привяжет государственные финансы Кыргызстана. В показатель доли долга кредит не входит: тот учитывает $1,5 млрд долга Эксимбанку Китая из $5,34 млрд внешнего долга; сценарий «Железная дорога CKU работает» показывает долю, если считать кредит государственным долгом.',
    },
    sources: [
      'ifri-2026',
      'dayar-2025-caspian-policy',
      '24kg-2025-12-cku-financing',
      'centralasianlight-kg-debt-end-2025',
    ],
    evidence: [
      notesQuote(
        '24kg-2025-12-cku-financing',
        'Infrastructure and energy',
        '| KG | CN | China–Kyrgyzstan–Uzbekistan railway: $4.7bn, China 51% of the joint venture, $2.3bn 35-year loan, 304 km in KG',
      ),
      reportQuote(
        ECONOMIC,
        "financing is provided through a long-term loan from Chinese state-owned banks. Economists warn that in the long term, the BOT (Build-Operate-Transfer) model will inextricably tie Kyrgyzstan's public finances and drastically curtail its transit sovereignty.",
        9,
      ),
      notesQuote(
        'centralasianlight-kg-debt-end-2025',
        'Economic',
        '| KG | CN | debt to China Exim Bank; share of external debt (total $5.34bn) | $1.5bn; 28.1%',
      ),
    ],
  },
  {
    id: 'kg-cn-debt-relief-refused',
    countries: ['KG'],
    partner: 'CN',
    title: {
      en: 'China refuses Kyrgyz debt relief',
      ru: 'Китай отказывает Кыргызстану в облегчении долга',
    },
    text: {
      en: "In the report's own words, Bishkek's attempts to diversify its debt or obtain relief have been refused: Beijing agrees only to commercial deferrals, with interest kept and additional fees charged.",
      ru: 'По словам самого доклада, попытки Бишкека диверсифицировать долг или добиться его облегчения наталкиваются на отказ: Пекин соглашается лишь на коммерческие отсрочки с сохранением процентов и дополнительными сборами.',
    },
    sources: ['ifri-2026'],
    evidence: [
      reportQuote(
        ECONOMIC,
        "Bishkek's attempts to diversify its debt or secure debt relief have been met with refusal from the Chinese side. Beijing agrees only to commercial deferrals with interest maintained and additional fees charged.",
      ),
    ],
  },
  {
    id: 'tj-mining-tensions',
    countries: ['TJ'],
    partner: 'CN',
    title: {
      en: 'Tensions around Chinese mining in Tajikistan',
      ru: 'Напряжённость вокруг китайской горнодобычи в Таджикистане',
    },
    text: {
      en: 'Zijin Mining controls the Jilau and Taror gold deposits. Tajik miners protested at the Zarafshon mine in late 2024; former employees say Tajik engineers earn six times less than their Chinese colleagues.',
      ru: 'Zijin Mining контролирует золоторудные месторождения Джилау и Тарор. В конце 2024 г. таджикские горняки протестовали на руднике «Зарафшон»; по словам бывших сотрудников, таджикские инженеры получают в шесть раз меньше китайских коллег.',
    },
    sources: ['ifri-2026', 'caspianpost-2026-mining'],
    evidence: [
      reportQuote(
        ECONOMIC,
        'The company controls the strategic Jilau and Taror deposits in Tajikistan and manages the Altynken project in Kyrgyzstan.',
      ),
      reportQuote(
        ECONOMIC,
        'the protests of Tajik miners at the Zarafshon mine in late 2024. According to former employees of the company, Tajik engineers … earn six times less than their Chinese colleagues',
        7,
      ),
    ],
  },
  {
    id: 'tj-afghan-border',
    countries: ['TJ'],
    partner: 'CN',
    title: {
      en: 'The Tajik–Afghan border',
      ru: 'Таджикско-афганская граница',
    },
    text: {
      en: "Tajikistan has the longest (over 1,300 km) and most complex border with Afghanistan. China's new border facilities continue a 2017–2018 programme; in the second half of 2025 alone nine incidents were recorded on the border, including attacks on Chinese citizens.",
      ru: 'У Таджикистана самая длинная (более 1300 км) и самая сложная граница с Афганистаном. Новые китайские пограничные объекты продолжают программу 2017–2018 гг.; только во втором полугодии 2025 г. на границе зафиксировано девять инцидентов, в том числе нападения на граждан Китая.',
    },
    sources: ['ifri-2026', 'rizoen-2025-cronos'],
    evidence: [
      reportQuote(
        AFGHAN,
        'Tajikistan, which has the longest (over 1,300 km) and most complex border with Afghanistan',
      ),
      reportQuote(
        AFGHAN,
        'This initiative, serving as a continuation of the 2017-2018 program, forms an even more extensive, multi-layered security line.',
      ),
      reportQuote(
        AFGHAN,
        'in the second half of 2025 alone, nine incidents were recorded on the Tajik-Afghan border involving the illegal crossing of the Tajik border by drug smugglers, members of terrorist groups, as well as attacks on Chinese citizens.',
        15,
      ),
    ],
  },
  {
    id: 'tj-megafon-ownership',
    countries: ['TJ'],
    partner: 'RU',
    title: {
      en: 'A Russian-owned mobile operator, but no Russian equipment share',
      ru: 'Российский мобильный оператор, но без доли российского оборудования',
    },
    text: {
      en: "Russia's MegaFon owns 75% of MegaFon Tajikistan (CABAR via Asia-Plus, 2021). That is an operator, not an equipment vendor: no source at hand gives a Russian vendor's share of Tajik telecom equipment, so that cell is missing.",
      ru: 'Российскому «МегаФону» принадлежит 75% «МегаФон Таджикистан» (CABAR по данным «Азия-Плюс», 2021 г.). Это оператор, а не поставщик оборудования: ни один имеющийся источник не даёт долю российского поставщика в телеком-оборудовании Таджикистана, поэтому эта ячейка отсутствует.',
    },
    sources: ['cabar-asiaplus-2021-megafon'],
    evidence: [
      notesQuote(
        'cabar-asiaplus-2021-megafon',
        'Digital',
        "| TJ | RU | MegaFon Tajikistan owned by Russia's MegaFon | 75% | 2021 | CABAR via Asia-Plus",
      ),
    ],
  },
  {
    id: 'cn-private-security-companies',
    countries: ['KG', 'TJ'],
    partner: 'CN',
    title: {
      en: 'Chinese private security companies',
      ru: 'Китайские частные охранные компании',
    },
    text: {
      en: "Chinese private security firms have entered the markets of Kyrgyzstan and Tajikistan. Zhongjun Junhong guards Chinese mining assets and logistics facilities in Kyrgyzstan; such companies are often staffed by PLA veterans. Hua Xin protects Belt and Road facilities. (Zhongjun Junhong is also the evidence for China's Kyrgyz security facilities score.)",
      ru: 'Китайские частные охранные компании вышли на рынки Кыргызстана и Таджикистана. Zhongjun Junhong охраняет китайские горнорудные активы и логистические объекты в Кыргызстане; в таких компаниях часто работают ветераны НОАК. Hua Xin охраняет объекты «Пояса и пути». (Zhongjun Junhong — также основание оценки китайских объектов безопасности в Кыргызстане.)',
    },
    sources: ['ifri-2026', 'shi-2021-indsr-fn19'],
    evidence: [
      reportQuote(
        COMMERCIAL,
        'this period has seen Chinese private security firms entering the markets of Kyrgyzstan and Tajikistan.',
        19,
      ),
      reportQuote(
        COMMERCIAL,
        "Zhongjun Junhong. The company operates in Kyrgyzstan, providing security for Chinese mining assets and logistics facilities. While formally complying with local laws, such companies are often staffed by People's Liberation Army (PLA) veterans and maintain direct channels of communication with Chinese security agencies.",
        19,
      ),
      reportQuote(
        COMMERCIAL,
        'The company Hua Xin is also mentioned; it specializes in protecting BRI facilities',
        19,
      ),
    ],
  },
  {
    id: 'cn-drones',
    countries: ['KG', 'TJ'],
    partner: 'CN',
    title: {
      en: 'Chinese combat drones: CH-4, CH-5, Wing Loong',
      ru: 'Китайские ударные беспилотники: CH-4, CH-5, Wing Loong',
    },
    text: {
      en: "Deliveries of CH-4, CH-5 and Wing Loong drones to the region are shifting the balance of power, in direct competition with Turkey. The report adds that they come with operator training and local service centres, keeping Chinese technical specialists in the defence ministries of Bishkek and Dushanbe. No source gives either country's share of arms imports, so that indicator is missing.",
      ru: 'Поставки в регион беспилотников CH-4, CH-5 и Wing Loong меняют баланс сил в прямой конкуренции с Турцией. Доклад добавляет, что вместе с ними идут подготовка операторов и местные сервисные центры, благодаря чему китайские технические специалисты присутствуют в министерствах обороны Бишкека и Душанбе. Ни один источник не даёт долю Китая в импорте вооружений ни одной из двух стран, поэтому этот показатель отсутствует.',
    },
    sources: ['ifri-2026', 'fmprc-2023-kg-declaration'],
    evidence: [
      reportQuote(
        ARMS,
        "China's presence in the unmanned systems market has become particularly noticeable in recent years, where it is in direct competition with Turkey. In particular, deliveries of the CH-4, CH-5, and Wing Loong systems to the region are shifting the balance of power.",
        23,
      ),
      reportQuote(
        ARMS,
        'Crucially, these deliveries are accompanied by operator training and the establishment of local service … centers, which ensures a long-term presence of Chinese technical specialists within the defense ministries of Bishkek and Dushanbe.',
      ),
    ],
  },
  {
    id: 'kg-chinese-money-scandals',
    countries: ['KG'],
    partner: 'CN',
    title: {
      en: 'Chinese money in Kyrgyz politics',
      ru: 'Китайские деньги в политике Кыргызстана',
    },
    text: {
      en: 'Between 1999 and 2019 Kyrgyzstan had three major political scandals in which Chinese money became a tool of internal political struggle; in all of them the Chinese side stayed outside the investigations.',
      ru: 'В 1999–2019 гг. в Кыргызстане произошли три крупных политических скандала, в которых китайские деньги стали инструментом внутриполитической борьбы; во всех случаях китайская сторона осталась вне расследований.',
    },
    sources: ['ifri-2026', 'tatkalo-2022-isaf'],
    evidence: [
      reportQuote(
        ECONOMIC,
        'Between 1999 and 2019, Kyrgyzstan witnessed three major political scandals in which Chinese money became a tool of internal political struggle; however, in all cases, the Chinese side remained outside the investigations.',
        10,
      ),
    ],
  },
  {
    id: 'expert-survey-2026',
    countries: ['KG', 'TJ'],
    partner: 'CN',
    title: {
      en: "The report author's expert survey, February–March 2026",
      ru: 'Экспертный опрос автора доклада, февраль–март 2026 г.',
    },
    text: {
      en: "In closed surveys by the report's author, researchers from Kyrgyzstan and Tajikistan generally say the elites' early pragmatic calculations are giving way to a sense of inevitable, growing dependence; most named covert Chinese access to biometric, telecommunications and social data as the most serious risk to national security.",
      ru: 'В закрытых опросах автора доклада исследователи из Кыргызстана и Таджикистана в целом признают, что первоначальный прагматический расчёт элит сменяется ощущением неизбежно растущей зависимости; большинство назвали скрытый доступ Китая к биометрическим, телекоммуникационным и социальным данным самым серьёзным риском для национальной безопасности.',
    },
    sources: ['ifri-2026'],
    evidence: [
      reportQuote(
        ECONOMIC,
        "closed expert surveys conducted by the author in February–March 2026. Researchers representing state research centers, universities, and private think tanks from Kyrgyzstan and Tajikistan generally acknowledge that the local elites' initial pragmatic calculations are rapidly being supplanted by a sense of inevitable growing dependence.",
      ),
      reportQuote(
        'Digital securitization',
        'providing Chinese intelligence agencies with covert access to vast amounts of biometric, telecommunications, and social data. Notably, this factor was cited by the majority of experts surveyed as the most serious risk to the national security of Central Asian countries.',
      ),
    ],
  },
  {
    id: 'ru-language-and-elites',
    countries: ['KG', 'TJ'],
    partner: 'RU',
    title: {
      en: "Russia's remaining levers: language, networks, migration",
      ru: 'Оставшиеся рычаги России: язык, связи, миграция',
    },
    text: {
      en: "The report stresses advantages that no indicator here measures: the enduring role of the Russian language, extensive political and security networks, institutional legacies, Russia's place as the main destination of labour migrants, and Russian-speaking political elites whose networks remain oriented toward Moscow.",
      ru: 'Доклад подчёркивает преимущества, которые здешние показатели не измеряют: сохраняющуюся роль русского языка, обширные политические связи и связи в силовых структурах, институциональное наследие, положение России как главного направления трудовой миграции и русскоязычные политические элиты, чьи связи по-прежнему ориентированы на Москву.',
    },
    sources: ['ifri-2026'],
    evidence: [
      reportQuote(
        'Introduction',
        'Moscow continues to enjoy significant advantages based on the enduring role of the Russian language, extensive political and security networks, institutional legacies, and its position as the principal destination for labor migration from the region.',
      ),
      reportQuote(
        COMPETITION,
        'as well as Russian-speaking political elites whose personal and professional networks remain oriented toward Moscow.',
      ),
    ],
  },
  {
    id: 'kg-ru-roubles-and-migrants',
    countries: ['KG'],
    partner: 'RU',
    title: {
      en: 'Roubles in Kyrgyz–Russian settlements; Kyrgyz migrants in Russia',
      ru: 'Рубли во взаиморасчётах Кыргызстана и России; кыргызские мигранты в России',
    },
    text: {
      en: '97% of Kyrgyz–Russian settlements were in roubles in 2025 (Kremlin briefing). Registered Kyrgyz migrants in Russia fell from 650,000 in 2023 to 350,000 at the end of 2024 (24.kg).',
      ru: 'В 2025 г. 97% взаиморасчётов Кыргызстана и России проводились в рублях (брифинг Кремля). Число зарегистрированных в России кыргызских мигрантов сократилось с 650 000 в 2023 г. до 350 000 на конец 2024 г. (24.kg).',
    },
    sources: ['kremlin-ushakov-2025-kg', '24kg-kg-migrants-russia'],
    evidence: [
      notesQuote(
        'kremlin-ushakov-2025-kg',
        'Economic',
        '| KG | RU | share of KG–RU settlements in roubles | 97% | 2025 | Kremlin briefing',
      ),
      notesQuote(
        '24kg-kg-migrants-russia',
        'Economic',
        '| KG | RU | registered Kyrgyz migrants in Russia | 350,000 (650,000 in 2023) | end-2024 | 24.kg',
      ),
    ],
  },
  {
    id: 'russia-china-trade',
    countries: ['KG', 'TJ'],
    title: {
      en: "Russia's dependence on China",
      ru: 'Зависимость России от Китая',
    },
    text: {
      en: 'Russia–China trade still came to about $228.1bn in 2025 despite a decline, and the Chinese market is critical for Moscow: one reason, the report argues, why the Kremlin has no interest in openly blocking Chinese initiatives in Central Asia.',
      ru: 'Торговля России и Китая, несмотря на снижение, составила в 2025 г. около $228,1 млрд, и китайский рынок критически важен для Москвы — одна из причин, по которым, как считает доклад, Кремль не заинтересован открыто блокировать китайские инициативы в Центральной Азии.',
    },
    sources: ['ifri-2026', 'reuters-2026-china-russia-trade'],
    evidence: [
      reportQuote(
        COMPETITION,
        'Despite a decline in trade volume in 2025, bilateral trade still amounted to approximately $228.1 billion, and the Chinese market continues to play a critical role for Moscow in the sale of energy resources and the purchase of a wide range of goods.',
        39,
      ),
      reportQuote(
        COMPETITION,
        'Under these circumstances, the Kremlin has no objective interest in demonstratively blocking Chinese initiatives in Central Asia.',
      ),
    ],
  },
  {
    id: 'turkey-third-partner',
    countries: ['KG', 'TJ'],
    other: { en: 'Turkey', ru: 'Турция' },
    title: {
      en: 'Turkey, a third partner',
      ru: 'Турция — третий партнёр',
    },
    text: {
      en: "Turkey supplies Bayraktar drones to four of the five Central Asian states, and Kyrgyzstan used them in its 2022 border conflict with Tajikistan. In July 2025 Istanbul hosted the first meeting of the Turkic states' defence ministers. Tajikistan is outside Turkic integration. Turkey is not scored here.",
      ru: 'Турция поставляет беспилотники Bayraktar четырём из пяти государств Центральной Азии; Кыргызстан применял их в пограничном конфликте с Таджикистаном в 2022 г. В июле 2025 г. в Стамбуле прошла первая встреча министров обороны тюркских государств. Таджикистан остаётся вне тюркской интеграции. Турция здесь не оценивается.',
    },
    sources: ['ifri-2026', 'specialeurasia-2025-idef'],
    evidence: [
      reportQuote(
        BALANCE,
        'Turkey supplies "Bayraktar" drones to four of the five Central Asian states. Incidentally, Kyrgyzstan deployed them during the border conflict with Tajikistan in 2022.',
      ),
      reportQuote(
        BALANCE,
        'in July 2025, Istanbul hosted the first meeting of defense ministers from the Organization of Turkey States (OTS) member states, where the institutionalization of multilateral cooperation in the defense industry was discussed.',
        41,
      ),
      reportQuote(
        BALANCE,
        'Tajikistan, which is not a member of the Turkic Council due to cultural and linguistic differences, remains outside the scope of Turkic integration',
      ),
    ],
  },
  {
    id: 'arms-import-figures',
    countries: ['KG', 'TJ'],
    title: {
      en: 'Arms-import figures that are not country shares',
      ru: 'Данные об импорте вооружений, не являющиеся долями по странам',
    },
    text: {
      en: "No source gives Kyrgyzstan's or Tajikistan's arms imports by supplier as a share, so the arms-import indicator is missing for both. What exists: Tajikistan's imports from Russia and China in SIPRI trend-indicator values, 110 vs 4 (1991–2020); the region's imports, Russia 62% vs China 18% (about 2015–19); China as the region's second supplier after Russia, above 20% in Turkmenistan and Uzbekistan; and Russian experts' view that Chinese deliveries reduce Western supplies.",
      ru: 'Ни один источник не даёт доли поставщиков в импорте вооружений Кыргызстана или Таджикистана, поэтому этот показатель отсутствует для обеих стран. Что есть: импорт Таджикистана из России и Китая в показателях трендовой стоимости SIPRI — 110 против 4 (1991–2020); доли в импорте региона — Россия 62%, Китай 18% (около 2015–2019 гг.); Китай — второй поставщик региона после России, более 20% в Туркменистане и Узбекистане; по мнению российских экспертов, китайские поставки сокращают западные.',
    },
    sources: [
      'ifri-2026',
      'asiaplus-2021-10-cabar-sipri',
      'wilson-2020-05-kennan-52',
      'zuenko-2025-rga',
      'zuenko-2025-rga-fn40',
    ],
    evidence: [
      notesQuote(
        'asiaplus-2021-10-cabar-sipri',
        'Security',
        '| TJ | RU / CN | arms imports in SIPRI trend-indicator value: Russia vs China | 110 vs 4 TIV | 1991–2020 | CABAR via Asia-Plus',
      ),
      notesQuote(
        'wilson-2020-05-kennan-52',
        'Security',
        "| Central Asia | RU / CN | share of the region's arms imports: Russia vs China (China 1.5% in 2010–14) | 62% vs 18% | ~2015–19 | Wilson Center, Kennan Cable 52",
      ),
      reportQuote(
        ARMS,
        'Today, China is the second-largest arms supplier to Central Asia after Russia. In Turkmenistan and Uzbekistan, the share of Chinese arms already exceeds 20% of total procurement.',
        22,
      ),
      reportQuote(
        COMPETITION,
        'Russian experts note that the increase in Chinese arms and equipment deliveries to Central Asia reduces Western supplies to the region.',
        40,
      ),
    ],
  },
  {
    id: 'beidou-promotion',
    countries: ['KG', 'TJ'],
    partner: 'CN',
    title: {
      en: 'BeiDou: promoted, no reported use',
      ru: 'BeiDou: продвигается, использование не подтверждено',
    },
    text: {
      en: "China promotes BeiDou to the region's militaries as an alternative to GPS and GLONASS, and the report describes what its adoption would mean; no source at hand reports its use (or GLONASS's) in either army, so the satellite-navigation indicator is missing.",
      ru: 'Китай продвигает BeiDou среди армий региона как альтернативу GPS и ГЛОНАСС, и доклад описывает, что означало бы его внедрение; ни один имеющийся источник не сообщает об использовании его (или ГЛОНАСС) ни в одной из двух армий, поэтому показатель спутниковой навигации отсутствует.',
    },
    sources: ['ifri-2026', 'scio-2022-beidou-white-paper'],
    evidence: [
      reportQuote(
        'BeiDou satellite navigation',
        "China is actively promoting its BeiDou satellite navigation system as an alternative to the American Global Positioning System (GPS) and Russian Global Navigation Satellite System (GLONASS) for the region's militaries.",
        31,
      ),
    ],
  },
];
