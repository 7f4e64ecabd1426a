// The pure code behind the new slides: the deck's addresses, the confidence slide's numbers,
// the speaker notes' caveats and the scenario slide with no scenario. Every number is checked
// against the model it comes from.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '@/data/dataset';
import {
  buildDeck,
  discrepancies,
  evidenceShare,
  moved,
  overallConfidence,
  presetEffects,
  resolveSlideId,
  scoreChanges,
  slideAliases,
  slideCountries,
  tiltConfidence,
  tiltFlip,
} from '@/features/briefing/slides';
import { darkRuns, qrRuns } from '@/features/briefing/qr';
import {
  computeScores,
  evidenceMix,
  findOverall,
  findTilt,
  monteCarlo,
  prepare,
  readTilt,
  tiltSign,
  TILT_DIMENSIONS,
} from '@/model';
import { overridesArb } from '../../model/arbitraries';

const codes = dataset.countries.map((c) => c.code);
const partners = dataset.partners.map((p) => p.code);
const baseline = computeScores(dataset);
const draws = monteCarlo(dataset, {}, { draws: 400 });

describe('deck addresses', () => {
  const deck = buildDeck(codes);
  const aliases = slideAliases(
    deck,
    Object.fromEntries(dataset.countries.map((c) => [c.code, [c.name.en, c.name.ru]])),
  );

  it('names a country slide by the country’s names and its confidence slide as confidence-<name>', () => {
    expect(aliases.KG).toEqual(['Kyrgyzstan', 'Кыргызстан']);
    expect(aliases['confidence-KG']).toEqual(['confidence-Kyrgyzstan', 'confidence-Кыргызстан']);
    expect(resolveSlideId(deck, 'confidence-kyrgyzstan', aliases)).toBe('confidence-KG');
    expect(resolveSlideId(deck, 'Confidence-TJ', aliases)).toBe('confidence-TJ');
    expect(resolveSlideId(deck, 'kyrgyzstan', aliases)).toBe('KG');
    // the numbers of the first slides are what they were before the confidence slides
    expect(['1', '2', '3', '4'].map((n) => resolveSlideId(deck, n, aliases))).toEqual([
      'overview',
      'KG',
      'TJ',
      'compare',
    ]);
  });

  it('every slide of any deck is reached by its number and by its id', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom('KG', 'TJ', 'KZ', 'UZ'), { minLength: 1, maxLength: 4 }),
        (countries) => {
          const d = buildDeck(countries);
          const a = slideAliases(d, {});
          expect(new Set(d.map((s) => s.id)).size).toBe(d.length);
          d.forEach((slide, i) => {
            expect(resolveSlideId(d, String(i + 1), a)).toBe(slide.id);
            expect(resolveSlideId(d, slide.id.toLowerCase(), a)).toBe(slide.id);
          });
        },
      ),
    );
  });

  it('a country or confidence slide speaks of its country, the others of every country', () => {
    for (const slide of deck) {
      expect(slideCountries(slide, codes)).toEqual(slide.country ? [slide.country] : codes);
    }
  });
});

describe('confidence slide numbers', () => {
  it('each tilt with its interval and draws on each side, read by the model’s lean rule', () => {
    for (const country of codes) {
      for (const row of tiltConfidence(baseline, draws, country, TILT_DIMENSIONS)) {
        const found = draws.tilts.find(
          (t) => t.country === country && t.dimension === row.dimension,
        )!;
        expect(row.tilt).toBe(findTilt(baseline, country, row.dimension));
        expect(row.reading).toEqual(readTilt(row.tilt, found.pPositive));
        if (row.tilt === null || found.pPositive === null) {
          expect(row.positive).toBeNull();
          expect(row.negative).toBeNull();
        } else {
          expect(row.positive).toBe(found.pPositive);
          expect(row.positive! + row.negative!).toBeCloseTo(1, 12);
          expect(row.interval).toEqual(found.interval);
        }
      }
    }
  });

  it('before the draws are in, nothing is invented: no interval and no shares', () => {
    const rows = tiltConfidence(baseline, undefined, 'KG', TILT_DIMENSIONS);
    for (const row of rows) {
      expect(row.interval).toBeNull();
      expect(row.positive).toBeNull();
    }
    for (const s of overallConfidence(baseline, undefined, 'KG', partners)) {
      expect(s.interval).toBeNull();
      expect(s.score).toBe(findOverall(baseline, 'KG', s.partner));
    }
  });

  it('what would flip the overall tilt really flips (or balances) it inside the range', () => {
    const prepared = prepare(dataset, {});
    for (const country of codes) {
      const flip = tiltFlip(prepared, country, 'overall');
      if (!flip) continue;
      expect(flip.to).toBeGreaterThanOrEqual(flip.low);
      expect(flip.to).toBeLessThanOrEqual(flip.high);
      const after = findTilt(
        computeScores(dataset, { overrides: { [flip.key]: flip.to } }),
        country,
        'overall',
      )!;
      const now = findTilt(baseline, country, 'overall')!;
      expect(tiltSign(after)).toBe(flip.outcome === 'flips' ? -tiltSign(now) : 0);
    }
  });
});

describe('what the scores rest on', () => {
  it('a country’s judgement share is the model’s evidence mix of that country alone', () => {
    for (const country of codes) {
      const share = evidenceShare(dataset, {}, [country]);
      const mix = evidenceMix(
        { ...dataset, countries: dataset.countries.filter((c) => c.code === country) },
        {},
      ).overall;
      expect(share.judgement).toBe(mix.shares!.judgement);
      expect(share.missing).toBe(mix.shares!.missing);
      expect(share.judgementCells).toBe(mix.cells.judgement);
      expect(share.judgementCells).toBeLessThanOrEqual(share.cellsWithValue);
    }
    // both countries together: the mix of the whole data set
    expect(evidenceShare(dataset, {}, codes).judgement).toBe(
      evidenceMix(dataset, {}).overall.shares!.judgement,
    );
  });

  it('shares stay between 0 and 1 whatever the scenario sets', () => {
    fc.assert(
      fc.property(overridesArb(dataset, 4), (overrides) => {
        for (const country of codes) {
          const share = evidenceShare(dataset, { overrides }, [country]);
          for (const x of [share.judgement, share.missing])
            if (x !== null) {
              expect(x).toBeGreaterThanOrEqual(0);
              expect(x).toBeLessThanOrEqual(1 + 1e-12);
            }
        }
      }),
      { numRuns: 30 },
    );
  });

  it('lists the cells whose sources disagree, marking the reading in use by the options', () => {
    const kg = discrepancies(dataset, { kgTradeSource: 'kyrgyz-stats' }, ['KG']);
    expect(kg.map((d) => d.key)).toEqual(['KG.CN.trade_share', 'KG.RU.trade_share']);
    for (const d of kg) {
      expect(new Set(d.readings.map((r) => r.value)).size).toBeGreaterThan(1);
      expect(d.readings.filter((r) => r.inUse).map((r) => r.observation.variant?.value)).toEqual([
        'kyrgyz-stats',
      ]);
    }
    const customs = discrepancies(dataset, { kgTradeSource: 'china-customs' }, ['KG']);
    expect(customs[0]!.readings.find((r) => r.inUse)!.observation.variant?.value).toBe(
      'china-customs',
    );
    expect(discrepancies(dataset, {}, ['TJ'])).toEqual([]);
  });
});

describe('the scenario slide with no scenario', () => {
  const effects = presetEffects(dataset, baseline, TILT_DIMENSIONS);

  it('lists each preset that moves something, with the change it really makes, largest first', () => {
    expect(effects.length).toBeGreaterThan(0);
    for (const e of effects) {
      const changes = scoreChanges(
        computeScores(dataset, e.preset.scenario),
        baseline,
        codes,
        partners,
        TILT_DIMENSIONS,
      ).filter((r) => moved(r.change));
      expect(e.largest).toEqual(changes[0]);
      expect(e.moved).toBe(changes.length);
    }
    const sizes = effects.map((e) => Math.abs(e.largest!.change!));
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
    // the baseline preset changes nothing and is not listed
    expect(effects.some((e) => e.preset.id === 'baseline')).toBe(false);
  });
});

describe('QR rows as runs', () => {
  it('covers exactly the dark modules of a row', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 60 }), (row) => {
        const dark = new Array<boolean>(row.length).fill(false);
        for (const [x, width] of darkRuns(row)) {
          expect(width).toBeGreaterThan(0);
          for (let i = x; i < x + width; i += 1) {
            expect(dark[i]).toBe(false);
            dark[i] = true;
          }
        }
        expect(dark).toEqual(row);
      }),
    );
  });
});

describe('the QR code of a link', () => {
  it('is null, not an error, for a link longer than a QR code holds (the slide shows the text)', () => {
    expect(qrRuns(`http://127.0.0.1:4173/brief/overview?n=${'ж'.repeat(3000)}`)).toBeNull();
    expect(qrRuns('x'.repeat(2000))).not.toBeNull();
  });

  it('is a square matrix with a light quiet zone and dark finder patterns', () => {
    const { size, rows } = qrRuns(
      'http://127.0.0.1:4173/brief/overview?lang=ru&o.KG.CN.debt_share=60',
    )!;
    expect(rows).toHaveLength(size);
    // the quiet zone (3 modules) has no dark run; the top-left finder starts at (3, 3), 7 wide
    for (const y of [0, 1, 2, size - 1]) expect(rows[y]).toEqual([]);
    expect(rows[3]![0]).toEqual([3, 7]);
    for (const runs of rows) for (const [x, w] of runs) expect(x + w).toBeLessThanOrEqual(size - 3);
  });
});
