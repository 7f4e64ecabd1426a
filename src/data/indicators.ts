// The indicators of Fulcrum (docs/architecture.md §5): thirteen, each measured for
// every country × partner. Shares run 0–100; remittances 0–50% of GDP (the
// World Bank's highest national figure for 2024, Tajikistan's, is 45%);
// ordinals 0–4 with a rubric that says what each level means concretely.
// All weights are 1: the data give no basis for ranking indicators within a
// dimension, and analysts can change weights in the scenario panel.

import type { Indicator } from '../model/types';
import { KIND_RANGES } from '../model/valueRanges';

// A share's and a rubric's goalposts are the whole range of their kind.
const SHARE = { ...KIND_RANGES.share };
const ORDINAL = { ...KIND_RANGES.ordinal };

export const indicators: Indicator[] = [
  // ───────────────────────── economic
  {
    id: 'trade_share',
    dimension: 'economic',
    name: { en: 'Share of foreign trade', ru: 'Доля во внешней торговле' },
    description: {
      en: "The partner's share of the country's foreign trade turnover (exports plus imports), in per cent.",
      ru: 'Доля партнёра во внешнеторговом обороте страны (экспорт плюс импорт), в процентах.',
    },
    unit: '%',
    kind: 'share',
    goalposts: SHARE,
    scale: 'linear',
    weight: 1,
  },
  {
    id: 'debt_share',
    dimension: 'economic',
    name: { en: 'Share of external public debt', ru: 'Доля во внешнем государственном долге' },
    description: {
      en: "Share of the country's external public debt owed to the partner's government or state banks, in per cent.",
      ru: 'Доля внешнего государственного долга страны, приходящаяся на правительство или государственные банки партнёра, в процентах.',
    },
    unit: '%',
    kind: 'share',
    goalposts: SHARE,
    scale: 'linear',
    weight: 1,
  },
  {
    id: 'remittances_gdp',
    dimension: 'economic',
    name: { en: 'Remittances from the partner', ru: 'Денежные переводы из страны-партнёра' },
    description: {
      en: 'Personal remittances received from the partner country, as a percentage of GDP.',
      ru: 'Денежные переводы физических лиц из страны-партнёра, в процентах ВВП.',
    },
    unit: '% of GDP',
    kind: 'share',
    goalposts: { min: 0, max: 50 },
    scale: 'linear',
    weight: 1,
  },
  {
    id: 'fdi_share',
    dimension: 'economic',
    name: { en: 'Share of foreign direct investment', ru: 'Доля в прямых иностранных инвестициях' },
    description: {
      en: "The partner's share of foreign direct investment in the country, in per cent; the note says whether it is the inflow or the accumulated stock.",
      ru: 'Доля партнёра в прямых иностранных инвестициях в страну, в процентах; в примечании указано, идёт ли речь о притоке или о накопленном объёме.',
    },
    unit: '%',
    kind: 'share',
    goalposts: SHARE,
    scale: 'linear',
    weight: 1,
  },

  // ───────────────────────── infrastructure
  {
    id: 'transit_corridors',
    dimension: 'infrastructure',
    name: { en: 'Control of transit corridors', ru: 'Контроль над транзитными коридорами' },
    description: {
      en: "How far the partner finances, owns or controls the road and rail corridors the country's trade depends on (rubric level 0–4).",
      ru: 'Насколько партнёр финансирует, контролирует или владеет автомобильными и железнодорожными коридорами, от которых зависит торговля страны (уровень по шкале 0–4).',
    },
    unit: 'level 0–4',
    kind: 'ordinal',
    goalposts: ORDINAL,
    scale: 'linear',
    weight: 1,
    rubric: [
      {
        en: "The partner plays no role in the country's transit routes.",
        ru: 'Партнёр не играет никакой роли в транзитных маршрутах страны.',
      },
      {
        en: 'The partner is one outlet among several; it finances or carries some transit, and the country can readily route around it.',
        ru: 'Партнёр — один из нескольких выходов: он финансирует или обеспечивает часть транзита, и страна легко может обойтись без него.',
      },
      {
        en: "The partner finances or builds a major road or rail corridor, or carries a large share of the country's transit, but does not own or operate it.",
        ru: 'Партнёр финансирует или строит крупный автомобильный или железнодорожный коридор либо обеспечивает значительную долю транзита страны, но не владеет им и не управляет им.',
      },
      {
        en: "The partner owns or controls a main corridor (majority stake, concession or operating rights) or is the main outlet for the country's freight, with real leverage in a crisis.",
        ru: 'Партнёр владеет основным коридором или контролирует его (контрольный пакет, концессия или права оператора) либо является главным выходом для грузов страны и имеет реальные рычаги давления в кризисной ситуации.',
      },
      {
        en: "The partner controls the country's principal corridors and the country has no practical alternative route.",
        ru: 'Партнёр контролирует основные коридоры страны, и практической альтернативы у неё нет.',
      },
    ],
  },
  {
    id: 'energy_mining_assets',
    dimension: 'infrastructure',
    name: {
      en: 'Control of energy and mining assets',
      ru: 'Контроль над энергетическими и горнодобывающими активами',
    },
    description: {
      en: "How far the partner owns, operates or supplies the country's strategic energy and mining assets (rubric level 0–4).",
      ru: 'Насколько партнёр владеет стратегическими энергетическими и горнодобывающими активами страны, управляет ими или обеспечивает их поставками (уровень по шкале 0–4).',
    },
    unit: 'level 0–4',
    kind: 'ordinal',
    goalposts: ORDINAL,
    scale: 'linear',
    weight: 1,
    rubric: [
      {
        en: 'The partner owns, builds or supplies no significant energy or mining asset.',
        ru: 'Партнёр не владеет значимыми энергетическими или горнодобывающими активами, не строит их и не обеспечивает поставками.',
      },
      {
        en: 'Minor stakes, contracts or supplies, none of them strategic.',
        ru: 'Незначительные доли, контракты или поставки, ни одна из которых не является стратегической.',
      },
      {
        en: 'The partner owns, built or supplies several notable assets (a large mine, a power plant, a fuel supply), but no sector as a whole depends on it.',
        ru: 'Партнёр владеет несколькими заметными активами, построил их или снабжает их (крупное месторождение, электростанция, поставки топлива), но ни одна отрасль в целом от него не зависит.',
      },
      {
        en: 'The partner controls a strategic asset or a key sector: the gas network, the largest mines, the main export industry or most fuel imports.',
        ru: 'Партнёр контролирует стратегический актив или ключевую отрасль: газовую сеть, крупнейшие месторождения, основную экспортную отрасль или большую часть импорта топлива.',
      },
      {
        en: "The partner controls most of the country's strategic energy and mining assets.",
        ru: 'Партнёр контролирует большую часть стратегических энергетических и горнодобывающих активов страны.',
      },
    ],
  },

  // ───────────────────────── digital
  {
    id: 'telecom_equipment_share',
    dimension: 'digital',
    name: { en: 'Share of telecom equipment', ru: 'Доля телекоммуникационного оборудования' },
    description: {
      en: "Share of the country's telecommunications network equipment supplied by vendors based in the partner country, in per cent.",
      ru: 'Доля телекоммуникационного сетевого оборудования страны, поставленного производителями из страны-партнёра, в процентах.',
    },
    unit: '%',
    kind: 'share',
    goalposts: SHARE,
    scale: 'linear',
    weight: 1,
  },
  {
    id: 'surveillance_systems',
    dimension: 'digital',
    name: {
      en: 'Surveillance and Safe City systems',
      ru: 'Системы видеонаблюдения и «Безопасный город»',
    },
    description: {
      en: "How far the country's public surveillance (Safe City cameras, face recognition, command centres) is built and maintained by the partner's firms (rubric level 0–4).",
      ru: 'Насколько системы общественного наблюдения страны (камеры «Безопасного города», распознавание лиц, командные центры) построены и обслуживаются компаниями партнёра (уровень по шкале 0–4).',
    },
    unit: 'level 0–4',
    kind: 'ordinal',
    goalposts: ORDINAL,
    scale: 'linear',
    weight: 1,
    rubric: [
      {
        en: "No public surveillance system supplied by the partner's firms.",
        ru: 'Систем общественного видеонаблюдения, поставленных компаниями партнёра, нет.',
      },
      {
        en: 'Isolated supplies or an early phase of a city system, not integrated into state command centres, or superseded since.',
        ru: 'Отдельные поставки или ранний этап городской системы, не интегрированные в государственные командные центры или уже замещённые.',
      },
      {
        en: "The partner's vendors supply a major city system (e.g. the capital's Safe City), but the core software and control are domestic or mixed.",
        ru: 'Поставщики партнёра оснащают крупную городскую систему (например, «Безопасный город» столицы), но ключевое программное обеспечение и управление — национальные или смешанные.',
      },
      {
        en: "Partner-supplied systems (cameras, face recognition, analytics, command centres) form the core of the national surveillance architecture and are maintained by the partner's firms.",
        ru: 'Системы партнёра (камеры, распознавание лиц, аналитика, командные центры) составляют ядро национальной системы наблюдения и обслуживаются его компаниями.',
      },
      {
        en: "The surveillance architecture is partner-built and partner-financed end to end, and the partner's firms or agencies keep access to its data.",
        ru: 'Система наблюдения полностью построена и профинансирована партнёром, а его компании или ведомства сохраняют доступ к её данным.',
      },
    ],
  },
  {
    id: 'satellite_navigation',
    dimension: 'digital',
    name: {
      en: 'Satellite navigation in the armed forces',
      ru: 'Спутниковая навигация в вооружённых силах',
    },
    description: {
      en: "How far the armed forces rely on the partner's satellite navigation system, BeiDou or GLONASS (rubric level 0–4).",
      ru: 'Насколько вооружённые силы зависят от спутниковой навигационной системы партнёра — BeiDou или ГЛОНАСС (уровень по шкале 0–4).',
    },
    unit: 'level 0–4',
    kind: 'ordinal',
    goalposts: ORDINAL,
    scale: 'linear',
    weight: 1,
    rubric: [
      {
        en: "The armed forces do not use the partner's navigation system.",
        ru: 'Вооружённые силы не используют навигационную систему партнёра.',
      },
      {
        en: "The partner's system is present only in some imported equipment, with no formal adoption.",
        ru: 'Система партнёра присутствует лишь в части импортной техники, без формального внедрения.',
      },
      {
        en: "The partner's system is used alongside others in significant parts of the forces, through delivered equipment, agreements or training.",
        ru: 'Система партнёра используется наряду с другими в значительной части войск — через поставленную технику, соглашения или обучение.',
      },
      {
        en: "The partner's system is the main military navigation standard, backed by agreements or ground infrastructure.",
        ru: 'Система партнёра — основной военный навигационный стандарт, подкреплённый соглашениями или наземной инфраструктурой.',
      },
      {
        en: "Command and control and precision weapons depend exclusively on the partner's system and its ground segment.",
        ru: 'Управление войсками и высокоточное оружие полностью зависят от системы партнёра и её наземного сегмента.',
      },
    ],
  },

  // ───────────────────────── security
  {
    id: 'military_facilities',
    dimension: 'security',
    name: {
      en: 'Military and security facilities',
      ru: 'Военные объекты и объекты безопасности',
    },
    description: {
      en: "The partner's military and security facilities and personnel on the country's territory (rubric level 0–4).",
      ru: 'Военные объекты, объекты безопасности и персонал партнёра на территории страны (уровень по шкале 0–4).',
    },
    unit: 'level 0–4',
    kind: 'ordinal',
    goalposts: ORDINAL,
    scale: 'linear',
    weight: 1,
    rubric: [
      {
        en: 'No partner military or security facility, and no partner security personnel.',
        ru: 'Нет ни военных объектов и объектов безопасности партнёра, ни его силового персонала.',
      },
      {
        en: "Partner-funded buildings or donated equipment used by the host alone, or private security contractors guarding the partner's own assets.",
        ru: 'Финансируемые партнёром здания или переданное им оборудование, которыми пользуется только принимающая сторона, либо частные охранные компании, охраняющие собственные активы партнёра.',
      },
      {
        en: "Partner-built and partner-equipped facilities for the host's security forces, with partner personnel present as trainers or technicians.",
        ru: 'Построенные и оснащённые партнёром объекты для силовых структур страны, где его персонал присутствует в качестве инструкторов или техников.',
      },
      {
        en: 'A partner-operated facility or a small permanent contingent, or an extensive network of partner-built border and security facilities.',
        ru: 'Объект, которым управляет партнёр, или небольшой постоянный контингент либо обширная сеть построенных партнёром пограничных объектов и объектов безопасности.',
      },
      {
        en: 'A partner military base with a permanent contingent of several thousand troops under a long-term agreement.',
        ru: 'Военная база партнёра с постоянным контингентом в несколько тысяч военнослужащих по долгосрочному соглашению.',
      },
    ],
  },
  {
    id: 'arms_imports_share',
    dimension: 'security',
    name: { en: 'Share of arms imports', ru: 'Доля в импорте вооружений' },
    description: {
      en: "The partner's share of the country's imports of major conventional arms, in per cent.",
      ru: 'Доля партнёра в импорте основных видов обычных вооружений страны, в процентах.',
    },
    unit: '%',
    kind: 'share',
    goalposts: SHARE,
    scale: 'linear',
    weight: 1,
  },
  {
    id: 'officer_training',
    dimension: 'security',
    name: {
      en: 'Officer training and joint exercises',
      ru: 'Подготовка офицеров и совместные учения',
    },
    description: {
      en: "How far the country's officers are trained in the partner's academies or by its instructors, and how regularly they exercise together (rubric level 0–4).",
      ru: 'Насколько офицеры страны проходят подготовку в академиях партнёра или у его инструкторов и насколько регулярно проводятся совместные учения (уровень по шкале 0–4).',
    },
    unit: 'level 0–4',
    kind: 'ordinal',
    goalposts: ORDINAL,
    scale: 'linear',
    weight: 1,
    rubric: [
      {
        en: 'No officer training or joint exercises with the partner.',
        ru: 'Никакой подготовки офицеров и совместных учений с партнёром.',
      },
      {
        en: 'Occasional courses or symbolic exercises.',
        ru: 'Эпизодические курсы или символические учения.',
      },
      {
        en: 'Regular exercises and training quotas, but a minority channel for the officer corps.',
        ru: 'Регулярные учения и квоты на обучение, но для офицерского корпуса это второстепенный канал.',
      },
      {
        en: 'A major channel: hundreds of officers trained a year and regular bilateral or bloc exercises.',
        ru: 'Крупный канал: сотни офицеров проходят подготовку ежегодно, регулярно проводятся двусторонние или блоковые учения.',
      },
      {
        en: "The principal formative channel: most of the officer corps trained in the partner's academies or by its instructors, exercises integrated into partner-led structures.",
        ru: 'Главный канал формирования кадров: большая часть офицерского корпуса подготовлена в академиях партнёра или его инструкторами, учения встроены в возглавляемые им структуры.',
      },
    ],
  },
  {
    id: 'security_frameworks',
    dimension: 'security',
    name: {
      en: 'Institutional security frameworks',
      ru: 'Институциональные механизмы безопасности',
    },
    description: {
      en: 'The treaties, organisations and formats that bind the country to the partner in security (rubric level 0–4).',
      ru: 'Договоры, организации и форматы, связывающие страну с партнёром в сфере безопасности (уровень по шкале 0–4).',
    },
    unit: 'level 0–4',
    kind: 'ordinal',
    goalposts: ORDINAL,
    scale: 'linear',
    weight: 1,
    rubric: [
      {
        en: 'No institutional security link with the partner.',
        ru: 'Никаких институциональных связей с партнёром в сфере безопасности.',
      },
      {
        en: 'The two share a broad multilateral forum with security components, but no dedicated mechanism.',
        ru: 'Обе стороны участвуют в широком многостороннем форуме с элементами безопасности, но специального механизма нет.',
      },
      {
        en: 'Dedicated bilateral or minilateral security mechanisms or agreements, without a partner-led regional format.',
        ru: 'Специальные двусторонние или узкие многосторонние механизмы и соглашения в сфере безопасности, но без регионального формата под руководством партнёра.',
      },
      {
        en: 'A dense institutional network: several dedicated mechanisms plus a partner-led regional format that shapes security policy, but no mutual-defence obligation.',
        ru: 'Плотная институциональная сеть: несколько специальных механизмов и региональный формат под руководством партнёра, влияющий на политику безопасности, но без обязательств взаимной обороны.',
      },
      {
        en: 'A formal alliance with mutual-defence obligations and joint forces, with the partner as its leading guarantor.',
        ru: 'Формальный союз с обязательствами взаимной обороны и совместными силами, ведущим гарантом которого выступает партнёр.',
      },
    ],
  },
];
