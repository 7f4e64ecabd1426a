// Every generated sentence that words a tilt, for a data set whose tilt pair is not China − Russia:
// the illustrative fixture (tests/fixtures: partners CN, RU, TR) with its tilt pair set to
// Russia − Turkey. The headline, the compare page's difference phrases, the briefing's takeaways
// and its other pair messages, and the lean words (readings, interval and basis notes), in both
// languages: none names China, each names the pair by side, and Russian puts each name in the
// case its preposition takes (src/lib/partnerWords.ts: «к России», «к партнёру «Турция»»).
import { describe, expect, it } from 'vitest';
import { checkDataset } from '@/data/schema';
import {
  buildDifferences,
  differencePhrase,
  type DifferenceRow,
} from '@/features/compare/adapters';
import { overviewTakeaway } from '@/features/briefing/slides';
import { loadNamespaces, NAMESPACES, type Language } from '@/i18n';
import { isChinaRussiaTilt, tiltPairValues } from '@/lib/chinaRussia';
import { formatsFor } from '@/lib/format';
import { headline } from '@/lib/headline';
import { leanWording } from '@/lib/leanText';
import { pairSentence, partnerWordsOf, type PairValues } from '@/lib/partnerWords';
import type { Dimension, MissingReason, TiltBasis, TiltDimension, TiltReading } from '@/model';
import { computeScores, readTilt, TILT_DIMENSIONS } from '@/model';
import { threeCountries } from '../../fixtures/threeCountries';
import { translator } from './translator';

await loadNamespaces(NAMESPACES);

const LANGS = ['en', 'ru'] as const;

/** The fixture with Russia − Turkey as its tilt pair, through the data set's one door. */
const checked = checkDataset({ ...threeCountries(), tiltPair: ['RU', 'TR'] });
if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
const data = checked.data;
const [KG, , KZ] = data.countries.map((c) => c.code) as [string, string, string];

/** China in any form: the name, the adjective, «Китай» in every case. */
const CHINA = /China|Chinese|Кита[йяюеи]/u;
/** A name from the data set straight after a Russian preposition, undeclined: «к Турция». */
const UNDECLINED = /(^|[\s(])(к|от|у|по|для|между|пользу|с)\s+«?Турция/u;

/** How each side is named, in the forms the templates take. */
const SIDES = {
  en: { to: { positive: 'Russia', negative: 'Turkey' }, between: 'Russia and Turkey' },
  ru: {
    to: { positive: 'России', negative: 'партнёру «Турция»' },
    between: 'Россией и партнёром «Турция»',
  },
} as const;

const pairOf = (language: Language): PairValues => tiltPairValues(data, language)!;
const partnerName = (language: Language) => (code: string) =>
  data.partners.find((p) => p.code === code)!.name[language];
const countryName = (language: Language) => (code: string) =>
  data.countries.find((c) => c.code === code)!.name[language];
const lean = (language: Language) =>
  leanWording(
    translator(language, 'common'),
    data.tiltPair,
    partnerName(language),
    language,
    partnerWordsOf(data, language),
  );

/** A sentence that words the tilt pair: complete, without China, its names declined. */
function expectPairSentence(text: string, language: Language): void {
  const where = `${language}: ${text}`;
  expect(text, where).not.toMatch(/\{\{|\}\}|undefined|null|NaN/);
  expect(text, where).not.toMatch(/\b(tiltPair|pair|headline|phrase|overview|lean)[.:][a-z]/);
  expect(text, where).not.toMatch(CHINA);
  if (language === 'ru') expect(text, where).not.toMatch(UNDECLINED);
}

/** The readings a tilt can have, each side, with and without a share of draws. */
const READINGS: TiltReading[] = [
  readTilt(30, 0.99),
  readTilt(5, null),
  readTilt(1, 0.8),
  readTilt(1, 0.2),
  readTilt(0, null),
  readTilt(-1, 0.3),
  readTilt(-5, 0.01),
  readTilt(-30, null),
  readTilt(null),
  readTilt(null, null, 'weights'),
];

describe('the fixture paired Russia − Turkey', () => {
  it('passes the schema and is not China − Russia', () => {
    expect(data.tiltPair).toEqual(['RU', 'TR']);
    expect(isChinaRussiaTilt(data)).toBe(false);
    // China is still a partner: its scores are named, its tilt is not.
    expect(data.partners.map((p) => p.code)).toContain('CN');
  });
});

// ── Headline ────────────────────────────────────────────────────────────────────────────

describe('the headline', () => {
  type Group = 'positive' | 'negative' | 'uncertain' | 'balanced' | 'none' | 'excluded';
  const TILT: Record<Group, number | null> = {
    positive: 30,
    negative: -30,
    uncertain: 1,
    balanced: 0,
    none: null,
    excluded: null,
  };

  function write(language: Language, sizes: Record<Group, number>): string {
    const tilts: {
      dimension: TiltDimension;
      tilt: number | null;
      missing: MissingReason | null;
    }[] = [];
    const dimensionNames: Record<string, string> = {};
    for (const group of Object.keys(sizes) as Group[])
      for (let i = 0; i < sizes[group]; i++) {
        const id = `${group}${i}`;
        dimensionNames[id] = `${group.slice(0, 3)}${i}`;
        tilts.push({
          dimension: id as TiltDimension,
          tilt: TILT[group],
          missing: group === 'excluded' ? 'weights' : null,
        });
      }
    return headline({
      country: countryName(language)(KZ),
      tilts,
      dimensionNames: dimensionNames as Record<Dimension, string>,
      t: translator(language, 'overview'),
      pair: pairOf(language),
    });
  }

  const COUNTS = [0, 1, 2, 5];
  const sizes = COUNTS.flatMap((positive) =>
    COUNTS.flatMap((negative) =>
      [0, 1, 2].flatMap((uncertain) =>
        [0, 1, 2].flatMap((balanced) =>
          [0, 1].flatMap((none) =>
            [0, 1, 2].map((excluded) => ({
              positive,
              negative,
              uncertain,
              balanced,
              none,
              excluded,
            })),
          ),
        ),
      ),
    ),
  );

  it.each(LANGS)('names Russia and Turkey by side in every case, never China (%s)', (language) => {
    const { to, between } = SIDES[language];
    const leansTo = language === 'en' ? 'to ' : 'к ';
    for (const size of sizes) {
      const text = write(language, size);
      expectPairSentence(text, language);
      const total = size.positive + size.negative + size.uncertain + size.balanced;
      if (total === 0) continue;
      const where = `${language}: ${JSON.stringify(size)} → ${text}`;
      if (size.positive > 0) expect(text, where).toContain(`${leansTo}${to.positive}`);
      if (size.negative > 0) expect(text, where).toContain(`${leansTo}${to.negative}`);
      if (size.balanced === total || size.uncertain === total)
        expect(text, where).toContain(between);
    }
  });

  it('reads as the China − Russia sentence does, with the pair’s words', () => {
    const size = { positive: 1, negative: 3, uncertain: 0, balanced: 0, none: 0, excluded: 0 };
    const ru = countryName('ru')(KZ);
    expect(write('ru', size)).toBe(
      `${ru}: крен к партнёру «Турция» в 3 из 4 измерений; pos0 уже тяготеет к России.`,
    );
    expect(write('en', { ...size, positive: 2, negative: 2 })).toBe(
      `${countryName('en')(KZ)}'s dimensions divide: pos0 and pos1 lean to Russia, neg0 and neg1 to Turkey.`,
    );
    expect(write('ru', { ...size, positive: 0, negative: 0, balanced: 2, excluded: 1 })).toBe(
      `${ru}: равновесие между Россией и партнёром «Турция» в обоих измерениях, которые оставляют веса (исключено весами: exc0).`,
    );
  });
});

// ── Compare ─────────────────────────────────────────────────────────────────────────────

describe('the compare difference phrases', () => {
  const scores = computeScores(data);
  const computed = buildDifferences({
    scores,
    baseline: scores,
    differs: false,
    countries: [KG, KZ],
    partners: data.partners.map((p) => p.code),
    dimensions: TILT_DIMENSIONS,
  });
  /** Every tilt row the data gives, and each pair of readings with each sign of difference. */
  const tiltRows: DifferenceRow[] = [
    ...computed.filter((r) => r.kind === 'tilt'),
    ...TILT_DIMENSIONS.flatMap((dimension) =>
      READINGS.flatMap((a) =>
        READINGS.flatMap((b) =>
          [12.34, -7.06, 0, null].map((diff): DifferenceRow => ({
            kind: 'tilt',
            dimension,
            partner: null,
            a: 1,
            b: 1,
            diff,
            baselineDiff: null,
            readings: { a, b },
          })),
        ),
      ),
    ),
  ];

  it.each(LANGS)('word every tilt by the pair, never China (%s)', (language) => {
    const t = translator(language, 'compare');
    const tc = translator(language, 'common');
    const words = lean(language);
    const { to } = SIDES[language];
    const phrase = (row: DifferenceRow) =>
      differencePhrase(
        row,
        {
          a: countryName(language)(KG),
          b: countryName(language)(KZ),
          partner: partnerName(language),
          dimension: (d) => t(`phrase.dimensions.${d}`),
          dimensionLabel: (d) => tc(`dimensions.${d}`),
          reading: (r) => words.label(r, { share: false }),
          language,
          pair: pairOf(language),
        },
        t,
      );
    const seen = new Set<string>();
    for (const row of tiltRows) {
      const text = phrase(row);
      expectPairSentence(text, language);
      const { a, b } = row.readings!;
      const leans = (r: TiltReading, side: 'positive' | 'negative') =>
        r.kind === 'leans' && r.side === side;
      if (row.diff === null || Math.abs(row.diff) < 0.05) continue;
      // both lean one way: a comparative naming that side; apart: both sides
      const kind =
        leans(a, 'positive') && leans(b, 'positive')
          ? 'furtherPositive'
          : leans(a, 'negative') && leans(b, 'negative')
            ? 'lessNegative'
            : a.kind === 'leans' && b.kind === 'leans'
              ? 'apart'
              : 'each';
      seen.add(kind);
      const where = `${language}: ${text}`;
      if (kind === 'furtherPositive') expect(text, where).toContain(to.positive);
      if (kind === 'lessNegative') expect(text, where).toContain(to.negative);
      if (kind === 'apart') {
        expect(text, where).toContain(to.positive);
        expect(text, where).toContain(to.negative);
      }
    }
    expect([...seen].sort()).toEqual(['apart', 'each', 'furtherPositive', 'lessNegative']);
  });

  it('keeps the China − Russia phrase without the pair', () => {
    const t = translator('en', 'compare');
    const row = tiltRows.find(
      (r) =>
        r.diff === 12.34 && r.readings!.a.kind === 'leans' && r.readings!.a.side === 'positive',
    )!;
    const text = differencePhrase(
      { ...row, readings: { a: readTilt(30, 0.99), b: readTilt(-30, 0.01) } },
      {
        a: 'A',
        b: 'B',
        partner: partnerName('en'),
        dimension: (d) => d,
        dimensionLabel: (d) => d,
        language: 'en',
      },
      t,
    );
    expect(text).toBe(`${row.dimension}: A leans to China, B to Russia (12.3 points apart)`);
  });
});

// ── Briefing ────────────────────────────────────────────────────────────────────────────

describe('the briefing', () => {
  const TILTS = [30, 5, 1, 0, -1, -5, -30];
  const SHARES = [0.99, 0.5, 0.01, null];

  it.each(LANGS)('words the overview takeaway by the pair in every case (%s)', (language) => {
    const t = translator(language, 'briefing');
    const words = lean(language);
    const { to } = SIDES[language];
    const f = formatsFor(language);
    const kinds = new Set<string>();
    for (const x of TILTS)
      for (const y of TILTS)
        for (const p of SHARES)
          for (const q of SHARES) {
            if (x < y) continue;
            const ranked = [
              { country: KG, tilt: x, reading: readTilt(x, p) },
              { country: KZ, tilt: y, reading: readTilt(y, q) },
            ];
            const text = overviewTakeaway(ranked, {
              t,
              country: countryName(language),
              tilt: (tilt) => f.formatSigned(tilt),
              reading: (r) => words.label(r),
              pair: pairOf(language),
            });
            expectPairSentence(text, language);
            const [a, b] = [ranked[0]!.reading, ranked[1]!.reading];
            const where = `${language}: ${text}`;
            if (x === y || a.kind !== 'leans' || b.kind !== 'leans') continue;
            if (a.side === b.side) {
              kinds.add(a.side);
              expect(text, where).toContain(to[a.side]);
              expect(text, where).not.toContain(
                to[a.side === 'positive' ? 'negative' : 'positive'],
              );
            } else {
              kinds.add('apart');
              expect(text, where).toContain(to.positive);
              expect(text, where).toContain(to.negative);
            }
          }
    expect([...kinds].sort()).toEqual(['apart', 'negative', 'positive']);
  });

  it.each(LANGS)(
    'names the pair in its heading, tilt labels, source and caption (%s)',
    (language) => {
      const t = translator(language, 'briefing');
      const pair = pairOf(language);
      const say = (key: string, values?: Record<string, unknown>) =>
        pairSentence(t, pair, key, `pair.${key}`, values);
      const texts = [
        say('overview.heading', { countries: 'A and B' }),
        say('overallTilt'),
        say('country.tiltAria', { country: 'A', values: '1' }),
        say('compare.tiltAria', { values: '1' }),
        say('table.caption'),
        say('source.tilt'),
      ];
      for (const text of texts) {
        expectPairSentence(text, language);
        expect(text).toMatch(language === 'en' ? /Turkey/ : /Турция/);
      }
      if (language === 'ru') {
        expect(texts[0]).toBe('A and B между Россией и партнёром «Турция»');
        expect(texts[4]).toBe('Крен по измерениям (оценка России − оценка партнёра «Турция»)');
      } else {
        expect(texts[1]).toBe('Overall tilt (Russia − Turkey)');
      }
    },
  );
});

// ── Lean words ──────────────────────────────────────────────────────────────────────────

describe('the lean words', () => {
  const interval = { low: -12, median: -4, high: 3 };
  const bases: TiltBasis[] = [
    { unit: 'indicator', counts: [2, 1], onlyFirst: ['x'], onlySecond: [], equal: false },
    { unit: 'indicator', counts: [1, 1], onlyFirst: ['x'], onlySecond: ['y'], equal: false },
    { unit: 'dimension', counts: [4, 3], onlyFirst: ['digital'], onlySecond: [], equal: false },
    { unit: 'dimension', counts: [3, 4], onlyFirst: [], onlySecond: ['security'], equal: false },
  ];

  it.each(LANGS)('word every reading and note by the pair (%s)', (language) => {
    const words = lean(language);
    const { to } = SIDES[language];
    for (const reading of READINGS) {
      const text = words.label(reading);
      expectPairSentence(text, language);
      if (reading.kind === 'leans') expect(text).toContain(to[reading.side]);
    }
    expect(words.partnerTo('positive')).toBe(to.positive);
    expect(words.partnerTo('negative')).toBe(to.negative);
    const below = words.intervalNote('tilt', -20, interval, true);
    const above = words.intervalNote('tilt', 10, interval);
    expect(below).toContain(to.negative);
    expect(above).toContain(to.positive);
    const notes = bases.map((b) => words.basisNote(b));
    for (const text of [below, above, ...notes]) expectPairSentence(text, language);
    if (language === 'ru') {
      expect(notes[0]).toBe('данные неравные: у России 2 индикатора, у партнёра «Турция» 1');
      expect(notes[2]).toBe('данные неравные: по партнёру «Турция» нет данных в цифровой сфере');
      expect(notes[3]).toBe('данные неравные: по России нет данных в сфере безопасности');
    } else {
      expect(notes[0]).toBe('compares unequal data: 2 Russian indicators, 1 Turkey');
      expect(notes[2]).toBe('compares unequal data: no Turkey data for digital');
    }
  });
});
