import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Dataset, FlipResult, Observation, ScenarioInput, TiltDimension } from '@/model';
import { dataset as bundledDataset } from '@/data/dataset';
import {
  computeScores,
  findTilt,
  LEAN_THRESHOLDS,
  normalise,
  prepare,
  smallestFlipPrepared,
  TILT_DIMENSIONS,
  tiltSign,
  whatWouldFlip,
  whatWouldFlipPrepared,
} from '@/model';
import {
  datasetArb,
  datasetWithObservationArb,
  dimensionOf,
  fixtureDataset,
  makeDataset,
  makeIndicator,
  makeObservation,
  makeCountries,
  singleIndicatorDataset,
} from './arbitraries';

/** The lean rule's balanced band: a tilt smaller than this shows as 0.0 and leans nowhere. */
const B = LEAN_THRESHOLDS.balanced;

const tiltWith = (
  ds: Dataset,
  key: string,
  value: number,
  country: string,
  dimension: TiltDimension,
  scenario: Partial<ScenarioInput> = {},
) =>
  findTilt(
    computeScores(ds, { ...scenario, overrides: { ...scenario.overrides, [key]: value } }),
    country,
    dimension,
  )!;

function expectKind<K extends FlipResult['kind']>(
  r: FlipResult,
  kind: K,
): Extract<FlipResult, { kind: K }> {
  expect(r.kind).toBe(kind);
  return r as Extract<FlipResult, { kind: K }>;
}

describe('whatWouldFlip — hand-computed fixture', () => {
  const ds = fixtureDataset();

  it('finds where the digital tilt ends on the other side when China’s telecom share falls (tilt = v − 10)', () => {
    const key = 'KG.CN.telecom_share';
    const r = expectKind(
      whatWouldFlip(ds, {}, { country: 'KG', dimension: 'digital', key }),
      'flips',
    );
    // strictly past the balanced band: tilt = v − 10 ≤ −B
    expect(r.value).toBeCloseTo(10 - B, 6);
    expect(r.value).toBeLessThanOrEqual(10 - B);
    expect(r.current).toBe(90);
    expect(r.tiltNow).toBeCloseTo(80, 10);
    expect(tiltSign(r.tiltBeyond)).toBe(-1);
    // the published range is 80–95: 10 lies outside it
    expect(r.withinRange).toBe(false);
    const eps = 1e-4;
    expect(tiltSign(tiltWith(ds, key, r.value + eps, 'KG', 'digital'))).toBe(0);
    expect(tiltSign(tiltWith(ds, key, r.value - eps, 'KG', 'digital'))).toBe(-1);
    // exactly 10 balances the tilt: that is not a flip
    expect(tiltWith(ds, key, 10, 'KG', 'digital')).toBe(0);
  });

  it('finds where it flips when Russia’s share rises (tilt = 90 − v)', () => {
    const key = 'KG.RU.telecom_share';
    const r = expectKind(
      whatWouldFlip(ds, {}, { country: 'KG', dimension: 'digital', key }),
      'flips',
    );
    expect(r.value).toBeCloseTo(90 + B, 6);
    expect(r.current).toBe(10);
    expect(tiltSign(tiltWith(ds, key, r.value - 1e-4, 'KG', 'digital'))).toBe(0);
    expect(tiltSign(tiltWith(ds, key, r.value + 1e-4, 'KG', 'digital'))).toBe(-1);
  });

  it('bisects on a log-scale indicator: RU fdi must reach 10^(4·(87.5 + 3B)/100) to flip the economic tilt', () => {
    // RU economic = (2·20 + n) / 3; the tilt 42.5 − that reaches −B at n = 87.5 + 3B
    const key = 'KG.RU.fdi_amount';
    const r = expectKind(
      whatWouldFlip(ds, {}, { country: 'KG', dimension: 'economic', key }),
      'flips',
    );
    expect(r.value / 10 ** ((4 * (87.5 + 3 * B)) / 100)).toBeCloseTo(1, 6);
    expect(tiltSign(tiltWith(ds, key, r.value * (1 - 1e-6), 'KG', 'economic'))).toBe(0);
    expect(tiltSign(tiltWith(ds, key, r.value * (1 + 1e-6), 'KG', 'economic'))).toBe(-1);
  });

  it('flips the overall tilt too', () => {
    // KG overall tilt T = 58.125 − 545/12 (the mean of four dimension tilts); lowering CN telecom
    // by x lowers it by x/4, so it reaches −B at x = 4(T + B)
    const key = 'KG.CN.telecom_share';
    const r = expectKind(
      whatWouldFlip(ds, {}, { country: 'KG', dimension: 'overall', key }),
      'flips',
    );
    expect(r.value).toBeCloseTo(90 - 4 * (58.125 - 545 / 12 + B), 6);
  });

  it("'cannot-flip' when no value in the range changes the sign", () => {
    // CN economic with debt n from 0 to 100: 32.5 .. 57.5, always above RU's 65/3
    const r = expectKind(
      whatWouldFlip(ds, {}, { country: 'KG', dimension: 'economic', key: 'KG.CN.debt_share' }),
      'cannot-flip',
    );
    expect(r.current).toBe(20);
    expect(r.tiltNow).toBeCloseTo(42.5 - 65 / 3, 10);
    expect(r.tiltAtMin).toBeCloseTo(32.5 - 65 / 3, 10);
    expect(r.tiltAtMax).toBeCloseTo(57.5 - 65 / 3, 10);
  });

  it('searches only the given range', () => {
    const q = { country: 'KG', dimension: 'digital' as const, key: 'KG.CN.telecom_share' };
    expect(whatWouldFlip(ds, {}, { ...q, min: 50, max: 100 }).kind).toBe('cannot-flip');
    const r = expectKind(whatWouldFlip(ds, {}, { ...q, min: 5, max: 100 }), 'flips');
    expect(r.value).toBeCloseTo(10 - B, 6);
    expect(whatWouldFlip(ds, {}, { ...q, min: 60, max: 40 }).kind).toBe('no-data');
  });

  it("a range that ends where the tilt reaches 0 'balances' it, never flips it", () => {
    const q = { country: 'KG', dimension: 'digital' as const, key: 'KG.CN.telecom_share' };
    const r = expectKind(whatWouldFlip(ds, {}, { ...q, min: 10, max: 100 }), 'balances');
    expect(tiltSign(r.tiltBeyond)).toBe(0);
    expect(r.value).toBeGreaterThanOrEqual(10);
    expect(r.value).toBeLessThanOrEqual(10 + B);
  });

  it("an assumption of another dimension or country 'cannot-flip'", () => {
    expect(
      whatWouldFlip(ds, {}, { country: 'KG', dimension: 'digital', key: 'KG.CN.trade_share' }).kind,
    ).toBe('cannot-flip');
    expect(
      whatWouldFlip(ds, {}, { country: 'KG', dimension: 'economic', key: 'TJ.CN.trade_share' })
        .kind,
    ).toBe('cannot-flip');
  });

  it("'no-data' for an unknown key, a cell without an observation, or a tilt without data", () => {
    const unknown = whatWouldFlip(
      ds,
      {},
      { country: 'KG', dimension: 'digital', key: 'KG.CN.nope' },
    );
    expect(unknown.kind).toBe('no-data');
    if (unknown.kind === 'no-data') expect(unknown.reason).toContain('KG.CN.nope');
    expect(
      whatWouldFlip(ds, {}, { country: 'KG', dimension: 'economic', key: 'KG.RU.debt_share' }).kind,
    ).toBe('no-data');
    // TJ digital: RU has no data, so the tilt is null
    expect(
      whatWouldFlip(ds, {}, { country: 'TJ', dimension: 'digital', key: 'TJ.CN.telecom_share' })
        .kind,
    ).toBe('no-data');
  });

  it('follows the scenario: an override moves the current value', () => {
    const r = expectKind(
      whatWouldFlip(
        ds,
        { overrides: { 'KG.CN.telecom_share': 5 } },
        { country: 'KG', dimension: 'digital', key: 'KG.CN.telecom_share' },
      ),
      'flips',
    );
    expect(r.current).toBe(5);
    expect(r.tiltNow).toBeCloseTo(-5, 10);
    expect(r.value).toBeCloseTo(10 + B, 6);
    expect(tiltSign(r.tiltBeyond)).toBe(1);
  });

  it('whatWouldFlipPrepared(prepare(d, s)) equals whatWouldFlip(d, s)', () => {
    const q = { country: 'KG', dimension: 'digital' as const, key: 'KG.RU.telecom_share' };
    expect(whatWouldFlipPrepared(prepare(ds), q)).toEqual(whatWouldFlip(ds, {}, q));
  });

  it('a step moves the value out to the precision it is read at, and it still flips', () => {
    const q = { country: 'KG', dimension: 'digital' as const, key: 'KG.RU.telecom_share' };
    const r = expectKind(whatWouldFlip(ds, {}, { ...q, step: () => 0.1 }), 'flips');
    // the crossing is at 90 + B; the first tenth past it
    expect(r.value).toBe(Math.ceil((90 + B) * 10 - 1e-9) / 10);
    expect(tiltSign(tiltWith(ds, q.key, r.value, 'KG', 'digital'))).toBe(-1);
  });
});

describe('whatWouldFlip — ordinal indicators take whole levels', () => {
  const ds = fixtureDataset();
  // infrastructure: KG.CN.corridors level 3 (75), KG.RU.corridors level 2 (50), range 1–3
  const q = (key: string) => ({ country: 'KG', dimension: 'infrastructure' as const, key });

  it('a level that lands exactly on 0 balances; the next whole level flips', () => {
    // RU at level 3 ties China (0.0); level 4 puts the tilt on Russia's side
    expect(tiltWith(ds, 'KG.RU.corridors', 3, 'KG', 'infrastructure')).toBe(0);
    const r = expectKind(whatWouldFlip(ds, {}, q('KG.RU.corridors')), 'flips');
    expect(r.value).toBe(4);
    expect(r.withinRange).toBe(false);
    expect(tiltSign(r.tiltBeyond)).toBe(-1);
    // within the published range 1–3 the best it can do is balance
    const inside = expectKind(
      whatWouldFlip(ds, {}, { ...q('KG.RU.corridors'), min: 1, max: 3 }),
      'balances',
    );
    expect(inside.value).toBe(3);
    expect(inside.withinRange).toBe(true);
    expect(inside.tiltBeyond).toBe(0);
  });

  it('China’s level falls in whole levels: 3 → 1, never 3 → 1.99', () => {
    const r = expectKind(whatWouldFlip(ds, {}, q('KG.CN.corridors')), 'flips');
    expect(r.value).toBe(1);
    expect(r.current).toBe(3);
  });

  it('from a fractional level set by an override, the target is still a whole level', () => {
    const r = expectKind(
      whatWouldFlip(ds, { overrides: { 'KG.RU.corridors': 2.5 } }, { ...q('KG.RU.corridors') }),
      'flips',
    );
    expect(r.current).toBe(2.5);
    expect(r.value).toBe(4);
  });

  it("'cannot flip within range' when no whole level in the range flips or balances it", () => {
    expect(whatWouldFlip(ds, {}, { ...q('KG.RU.corridors'), min: 0, max: 2.9 }).kind).toBe(
      'cannot-flip',
    );
  });
});

describe("whatWouldFlip — 'balanced'", () => {
  it('a tilt of exactly 0 is balanced', () => {
    const ds = singleIndicatorDataset({ value: 50, low: 40, high: 60 }, { value: 50 });
    expect(
      whatWouldFlip(ds, {}, { country: 'KG', dimension: 'digital', key: 'KG.CN.telecom_share' }),
    ).toEqual({ kind: 'balanced', current: 50 });
    expect(
      whatWouldFlip(ds, {}, { country: 'KG', dimension: 'overall', key: 'KG.RU.telecom_share' })
        .kind,
    ).toBe('balanced');
  });

  it('a tilt inside the balanced band (it shows as 0.0) is balanced too', () => {
    const ds = singleIndicatorDataset({ value: 50 + B / 2 }, { value: 50 });
    expect(
      whatWouldFlip(ds, {}, { country: 'KG', dimension: 'digital', key: 'KG.CN.telecom_share' })
        .kind,
    ).toBe('balanced');
  });

  it('a tilt just past the band is not balanced: it flips past the band on the other side', () => {
    const ds = singleIndicatorDataset({ value: 50 + 2 * B }, { value: 50 });
    const r = expectKind(
      whatWouldFlip(ds, {}, { country: 'KG', dimension: 'digital', key: 'KG.CN.telecom_share' }),
      'flips',
    );
    expect(r.value).toBeCloseTo(50 - B, 6);
  });
});

// ---------------------------------------------------------------- properties

/**
 * Turns every other indicator of a random data set into a rubric (ordinal 0–4, linear) and
 * rounds its observations to whole levels, keeping where they stood between the goalposts.
 */
function withOrdinals(ds: Dataset): Dataset {
  const ordinal = new Set(ds.indicators.filter((_, i) => i % 2 === 0).map((i) => i.id));
  const level = (o: Observation, x: number) => {
    const ind = ds.indicators.find((i) => i.id === o.indicator)!;
    return (4 * normalise(x, ind.goalposts, ind.scale)) / 100;
  };
  return {
    ...ds,
    indicators: ds.indicators.map((i) =>
      ordinal.has(i.id)
        ? {
            ...i,
            kind: 'ordinal',
            unit: 'level 0–4',
            scale: 'linear',
            goalposts: { min: 0, max: 4 },
          }
        : i,
    ),
    observations: ds.observations.map((o) => {
      if (!ordinal.has(o.indicator) || !Number.isFinite(o.value)) return o;
      const value = Math.round(level(o, o.value));
      return {
        ...o,
        value,
        low: Math.min(value, Math.floor(level(o, o.low))),
        high: Math.max(value, Math.ceil(level(o, o.high))),
      };
    }),
  };
}

const caseArb = datasetWithObservationArb()
  .map(({ dataset, observation }) => {
    const ds = withOrdinals(dataset);
    const obs = ds.observations[dataset.observations.indexOf(observation)]!;
    return { dataset: ds, observation: obs };
  })
  .chain(({ dataset, observation }) =>
    fc.record({
      dataset: fc.constant(dataset),
      observation: fc.constant(observation),
      dimension: fc.constantFrom<TiltDimension>(
        dimensionOf(dataset, observation.indicator),
        'overall',
      ),
    }),
  );

describe('whatWouldFlip — properties', () => {
  it('a flip ends strictly on the other side and nothing nearer does; a balance lands on 0.0; cannot-flip means no value does either', () => {
    fc.assert(
      fc.property(caseArb, ({ dataset, observation, dimension }) => {
        const key = `${observation.country}.${observation.partner}.${observation.indicator}`;
        const { country } = observation;
        const indicator = dataset.indicators.find((i) => i.id === observation.indicator)!;
        const gp = indicator.goalposts;
        const ordinal = indicator.kind === 'ordinal';
        const r = whatWouldFlip(dataset, {}, { country, dimension, key });
        const now = findTilt(computeScores(dataset), country, dimension);
        if (r.kind === 'no-data') {
          expect(now).toBeNull();
          return;
        }
        expect(now).not.toBeNull();
        const inGoalposts = observation.value >= gp.min && observation.value <= gp.max;
        if (r.kind === 'balanced') {
          if (inGoalposts) expect(tiltSign(now!)).toBe(0);
          return;
        }
        const s = tiltSign(r.tiltNow);
        expect(s).not.toBe(0);
        if (inGoalposts) expect(r.tiltNow).toBeCloseTo(now!, 9);
        const at = (x: number) => tiltSign(tiltWith(dataset, key, x, country, dimension));
        if (r.kind === 'cannot-flip') {
          if (ordinal) {
            for (let level = gp.min; level <= gp.max; level++) expect(at(level)).toBe(s);
          } else {
            expect(tiltSign(r.tiltAtMin)).toBe(s);
            expect(tiltSign(r.tiltAtMax)).toBe(s);
          }
          return;
        }
        // flips or balances: inside the goalposts, whole levels on a rubric
        expect(r.value).toBeGreaterThanOrEqual(gp.min);
        expect(r.value).toBeLessThanOrEqual(gp.max);
        if (ordinal) expect(Number.isInteger(r.value)).toBe(true);
        expect(r.withinRange).toBe(r.value >= observation.low && r.value <= observation.high);
        if (r.kind === 'flips') {
          // a landing on 0.0 is never called a flip
          expect(tiltSign(r.tiltBeyond)).toBe(-s);
          expect(at(r.value)).toBe(-s);
        } else {
          expect(tiltSign(r.tiltBeyond)).toBe(0);
          expect(at(r.value)).toBe(0);
          // nothing in the range flips it
          if (ordinal)
            for (let level = gp.min; level <= gp.max; level++) expect(at(level)).not.toBe(-s);
          else for (const end of [gp.min, gp.max]) expect(at(end)).not.toBe(-s);
        }
        // nearer the current value the tilt is not yet there
        const towards = r.current > r.value ? 1 : -1;
        if (ordinal) {
          for (let level = r.value + towards; towards * (r.current - level) > 0; level += towards) {
            // between the current value and the answer: still on its side (or at 0.0 on the
            // way to a flip)
            if (r.kind === 'flips') expect(at(level)).not.toBe(-s);
            else expect(at(level)).toBe(s);
          }
        } else {
          const step = 1e-6 * (gp.max - gp.min);
          const before =
            Math.abs(r.current - r.value) > step ? r.value + towards * step : r.current;
          if (r.kind === 'flips') expect(at(before)).not.toBe(-s);
          else expect(at(before)).toBe(s);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('on rubrics with exact ties, a whole level that lands on 0 is a balance and never a flip (brute force over every level)', () => {
    // Two rubric indicators in one dimension, weight 1 each: ties are everywhere.
    const levelArb = fc.integer({ min: 0, max: 4 });
    const arb = fc.record({
      cn: fc.tuple(levelArb, levelArb),
      ru: fc.tuple(levelArb, levelArb),
      which: fc.constantFrom('CN', 'RU'),
      indicator: fc.constantFrom(0, 1),
    });
    fc.assert(
      fc.property(arb, ({ cn, ru, which, indicator }) => {
        const indicators = [0, 1].map((i) =>
          makeIndicator({
            id: `rubric_${i}`,
            dimension: 'security',
            kind: 'ordinal',
            goalposts: { min: 0, max: 4 },
          }),
        );
        const observations = [
          ...cn.map((v, i) => makeObservation('KG', 'CN', `rubric_${i}`, v, { low: 0, high: 4 })),
          ...ru.map((v, i) => makeObservation('KG', 'RU', `rubric_${i}`, v, { low: 0, high: 4 })),
        ];
        const ds = makeDataset({ countries: makeCountries('KG'), indicators, observations });
        const key = `KG.${which}.rubric_${indicator}`;
        const r = whatWouldFlip(ds, {}, { country: 'KG', dimension: 'security', key });
        const current = (which === 'CN' ? cn : ru)[indicator]!;
        const tilts = [0, 1, 2, 3, 4].map((level) =>
          tiltSign(tiltWith(ds, key, level, 'KG', 'security')),
        );
        const s = tilts[current]!;
        if (s === 0) {
          expect(r.kind).toBe('balanced');
          return;
        }
        const byDistance = [0, 1, 2, 3, 4]
          .filter((l) => l !== current)
          .sort((a, b) => Math.abs(a - current) - Math.abs(b - current) || a - b);
        const flip = byDistance.find((l) => tilts[l] === -s);
        const balance = byDistance.find((l) => tilts[l] === 0);
        if (flip !== undefined) {
          expect(r).toMatchObject({ kind: 'flips', value: flip });
        } else if (balance !== undefined) {
          expect(r).toMatchObject({ kind: 'balances', value: balance });
        } else {
          expect(r.kind).toBe('cannot-flip');
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('smallestFlipPrepared', () => {
  it('on the bundled data: the best real flip inside the published ranges, with the smallest change (then the key)', () => {
    const prepared = prepare(bundledDataset, {});
    for (const country of bundledDataset.countries.map((c) => c.code)) {
      for (const dimension of TILT_DIMENSIONS) {
        const cells = prepared.cells.filter(
          (c) =>
            c.country === country &&
            (dimension === 'overall' || c.indicator.dimension === dimension),
        );
        const flips = cells.flatMap((cell) => {
          const r = whatWouldFlipPrepared(prepared, { country, dimension, key: cell.key });
          if (r.kind !== 'flips' || !r.withinRange) return [];
          const { goalposts, scale } = cell.indicator;
          const distance = Math.abs(
            normalise(r.value, goalposts, scale) - normalise(r.current, goalposts, scale),
          );
          return [{ key: cell.key, distance }];
        });
        flips.sort((a, b) => a.distance - b.distance || (a.key < b.key ? -1 : 1));
        const { best } = smallestFlipPrepared(prepared, country, dimension, {
          realFlipsOnly: true,
        });
        expect(best?.cell.key ?? null).toBe(flips[0]?.key ?? null);
        if (best) {
          expect(best.outcome).toBe('flips');
          expect(best.withinRange).toBe(true);
          expect(tiltSign(best.tiltBeyond)).toBe(-tiltSign(best.tiltNow));
        }
      }
    }
  });

  const searchArb = datasetArb()
    .map(withOrdinals)
    .chain((ds) =>
      fc.record({
        ds: fc.constant(ds),
        country: fc.constantFrom(...ds.countries.map((c) => c.code)),
        dimension: fc.constantFrom(...TILT_DIMENSIONS),
        realFlipsOnly: fc.boolean(),
      }),
    );

  it('results inside the ranges are inside, the others are outside and labelled so; rubric results are whole levels', () => {
    fc.assert(
      fc.property(searchArb, ({ ds, country, dimension, realFlipsOnly }) => {
        const prepared = prepare(ds);
        const { best, outside, tilt, balanced } = smallestFlipPrepared(
          prepared,
          country,
          dimension,
          { realFlipsOnly },
        );
        const now = findTilt(computeScores(ds), country, dimension);
        if (tilt === null) expect(now).toBeNull();
        if (balanced) expect(best).toBeNull();
        for (const c of [best, outside]) {
          if (!c) continue;
          if (c.cell.indicator.kind === 'ordinal') expect(Number.isInteger(c.to)).toBe(true);
          const after = tiltWith(ds, c.cell.key, c.to, country, dimension);
          if (c.outcome === 'flips') expect(tiltSign(after)).toBe(-tiltSign(c.tiltNow));
          else expect(tiltSign(after)).toBe(0);
        }
        if (best) {
          expect(best.withinRange).toBe(true);
          expect(best.to).toBeGreaterThanOrEqual(best.cell.low);
          expect(best.to).toBeLessThanOrEqual(best.cell.high);
          if (realFlipsOnly) expect(best.outcome).toBe('flips');
        }
        if (outside) {
          expect(outside.withinRange).toBe(false);
          expect(outside.to < outside.cell.low || outside.to > outside.cell.high).toBe(true);
          expect(outside.outcome).toBe('flips');
        }
        // a balance is the best only when nothing inside the ranges flips the tilt
        if (best?.outcome === 'balances') {
          for (const cell of prepared.cells) {
            if (cell.country !== country) continue;
            const r = whatWouldFlipPrepared(prepared, {
              country,
              dimension,
              key: cell.key,
              min: Math.max(cell.low, cell.indicator.goalposts.min),
              max: Math.min(cell.high, cell.indicator.goalposts.max),
            });
            expect(r.kind).not.toBe('flips');
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
