import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Dataset, FlipResult, TiltDimension } from '@/model';
import { dataset as bundledDataset } from '@/data/dataset';
import {
  computeScores,
  findTilt,
  normalise,
  prepare,
  smallestFlipPrepared,
  TILT_DIMENSIONS,
  whatWouldFlip,
  whatWouldFlipPrepared,
} from '@/model';
import {
  datasetWithObservationArb,
  dimensionOf,
  fixtureDataset,
  singleIndicatorDataset,
} from './arbitraries';

const sign = (x: number) => (x > 0 ? 1 : x < 0 ? -1 : 0);
const tiltWith = (
  ds: Dataset,
  key: string,
  value: number,
  country: string,
  dimension: TiltDimension,
) => findTilt(computeScores(ds, { overrides: { [key]: value } }), country, dimension)!;

function expectFlips(r: FlipResult): Extract<FlipResult, { kind: 'flips' }> {
  expect(r.kind).toBe('flips');
  return r as Extract<FlipResult, { kind: 'flips' }>;
}

describe('whatWouldFlip — hand-computed fixture', () => {
  const ds = fixtureDataset();

  it('finds where the digital tilt changes sign when China’s telecom share falls (tilt = v − 10)', () => {
    const key = 'KG.CN.telecom_share';
    const r = expectFlips(whatWouldFlip(ds, {}, { country: 'KG', dimension: 'digital', key }));
    expect(r.value).toBeCloseTo(10, 6);
    expect(r.current).toBe(90);
    expect(r.tiltNow).toBeCloseTo(80, 10);
    expect(r.tiltBeyond).toBeLessThanOrEqual(0);
    const eps = 1e-4;
    expect(tiltWith(ds, key, r.value - eps, 'KG', 'digital')).toBeLessThan(0);
    expect(tiltWith(ds, key, r.value + eps, 'KG', 'digital')).toBeGreaterThan(0);
  });

  it('finds where it flips when Russia’s share rises (tilt = 90 − v)', () => {
    const key = 'KG.RU.telecom_share';
    const r = expectFlips(whatWouldFlip(ds, {}, { country: 'KG', dimension: 'digital', key }));
    expect(r.value).toBeCloseTo(90, 6);
    expect(r.current).toBe(10);
    expect(sign(tiltWith(ds, key, r.value - 1e-4, 'KG', 'digital'))).toBe(1);
    expect(sign(tiltWith(ds, key, r.value + 1e-4, 'KG', 'digital'))).toBe(-1);
  });

  it('bisects on a log-scale indicator: RU fdi must reach 10^3.5 to flip the economic tilt', () => {
    // RU economic = (2·20 + n) / 3 equals CN 42.5 at n = 87.5 → v = 10^(0.875 · 4)
    const key = 'KG.RU.fdi_amount';
    const r = expectFlips(whatWouldFlip(ds, {}, { country: 'KG', dimension: 'economic', key }));
    expect(r.value / 10 ** 3.5).toBeCloseTo(1, 6);
    expect(tiltWith(ds, key, r.value * (1 - 1e-6), 'KG', 'economic')).toBeGreaterThan(0);
    expect(tiltWith(ds, key, r.value * (1 + 1e-6), 'KG', 'economic')).toBeLessThan(0);
  });

  it('flips the overall tilt too', () => {
    // KG overall tilt 12.7083 = (CN − RU) / 4 summed; lowering CN telecom by 4 · 12.7083 = 50.83 flips it
    const key = 'KG.CN.telecom_share';
    const r = expectFlips(whatWouldFlip(ds, {}, { country: 'KG', dimension: 'overall', key }));
    expect(r.value).toBeCloseTo(90 - 4 * (58.125 - 545 / 12), 6);
  });

  it("'cannot-flip' when no value in the range changes the sign", () => {
    // CN economic with debt n from 0 to 100: 32.5 .. 57.5, always above RU's 65/3
    const r = whatWouldFlip(
      ds,
      {},
      { country: 'KG', dimension: 'economic', key: 'KG.CN.debt_share' },
    );
    expect(r.kind).toBe('cannot-flip');
    if (r.kind !== 'cannot-flip') return;
    expect(r.current).toBe(20);
    expect(r.tiltNow).toBeCloseTo(42.5 - 65 / 3, 10);
    expect(r.tiltAtMin).toBeCloseTo(32.5 - 65 / 3, 10);
    expect(r.tiltAtMax).toBeCloseTo(57.5 - 65 / 3, 10);
  });

  it('searches only the given range', () => {
    const q = { country: 'KG', dimension: 'digital' as const, key: 'KG.CN.telecom_share' };
    expect(whatWouldFlip(ds, {}, { ...q, min: 50, max: 100 }).kind).toBe('cannot-flip');
    const r = expectFlips(whatWouldFlip(ds, {}, { ...q, min: 5, max: 100 }));
    expect(r.value).toBeCloseTo(10, 6);
    expect(whatWouldFlip(ds, {}, { ...q, min: 60, max: 40 }).kind).toBe('no-data');
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
    const r = expectFlips(
      whatWouldFlip(
        ds,
        { overrides: { 'KG.CN.telecom_share': 5 } },
        {
          country: 'KG',
          dimension: 'digital',
          key: 'KG.CN.telecom_share',
        },
      ),
    );
    expect(r.current).toBe(5);
    expect(r.tiltNow).toBeCloseTo(-5, 10);
    expect(r.value).toBeCloseTo(10, 6);
    expect(r.tiltBeyond).toBeGreaterThanOrEqual(0);
  });

  it('whatWouldFlipPrepared(prepare(d, s)) equals whatWouldFlip(d, s)', () => {
    const q = { country: 'KG', dimension: 'digital' as const, key: 'KG.RU.telecom_share' };
    expect(whatWouldFlipPrepared(prepare(ds), q)).toEqual(whatWouldFlip(ds, {}, q));
  });
});

describe("whatWouldFlip — 'balanced'", () => {
  it('a tilt of exactly 0 is balanced', () => {
    const ds = singleIndicatorDataset({ value: 50, low: 40, high: 60 }, { value: 50 });
    expect(
      whatWouldFlip(ds, {}, { country: 'KG', dimension: 'digital', key: 'KG.CN.telecom_share' }),
    ).toEqual({
      kind: 'balanced',
      current: 50,
    });
    expect(
      whatWouldFlip(ds, {}, { country: 'KG', dimension: 'overall', key: 'KG.RU.telecom_share' })
        .kind,
    ).toBe('balanced');
  });

  it('a tilt just off 0 is not balanced', () => {
    const ds = singleIndicatorDataset({ value: 50.001 }, { value: 50 });
    const r = expectFlips(
      whatWouldFlip(ds, {}, { country: 'KG', dimension: 'digital', key: 'KG.CN.telecom_share' }),
    );
    expect(r.value).toBeCloseTo(50, 6);
  });
});

describe('whatWouldFlip — properties', () => {
  const caseArb = datasetWithObservationArb().chain(({ dataset, observation }) =>
    fc.record({
      dataset: fc.constant(dataset),
      observation: fc.constant(observation),
      dimension: fc.constantFrom<TiltDimension>(
        dimensionOf(dataset, observation.indicator),
        'overall',
      ),
    }),
  );

  it('a reported flip is a real sign change next to the returned value; cannot-flip means the ends agree', () => {
    fc.assert(
      fc.property(caseArb, ({ dataset, observation, dimension }) => {
        const key = `${observation.country}.${observation.partner}.${observation.indicator}`;
        const { country } = observation;
        const gp = dataset.indicators.find((i) => i.id === observation.indicator)!.goalposts;
        const r = whatWouldFlip(dataset, {}, { country, dimension, key });
        const now = findTilt(computeScores(dataset), country, dimension);
        if (r.kind === 'no-data') {
          expect(now).toBeNull();
          return;
        }
        expect(now).not.toBeNull();
        const inRange = observation.value >= gp.min && observation.value <= gp.max;
        if (r.kind === 'balanced') {
          if (inRange) expect(now).toBe(0);
          return;
        }
        const s = sign(r.tiltNow);
        expect(s).not.toBe(0);
        if (inRange) expect(r.tiltNow).toBeCloseTo(now!, 9);
        if (r.kind === 'cannot-flip') {
          expect(sign(r.tiltAtMin)).toBe(s);
          expect(sign(r.tiltAtMax)).toBe(s);
          return;
        }
        expect(r.value).toBeGreaterThanOrEqual(gp.min);
        expect(r.value).toBeLessThanOrEqual(gp.max);
        expect(sign(r.tiltBeyond)).not.toBe(s);
        expect(sign(tiltWith(dataset, key, r.value, country, dimension))).not.toBe(s);
        // just before the returned value (towards the current one) the sign is still s
        const step = 1e-6 * (gp.max - gp.min);
        const towards = r.current > r.value ? 1 : -1;
        const before = Math.abs(r.current - r.value) > step ? r.value + towards * step : r.current;
        expect(sign(tiltWith(dataset, key, before, country, dimension))).toBe(s);
      }),
      { numRuns: 300 },
    );
  });
});

describe('smallestFlipPrepared', () => {
  it('picks, for every tilt, the real flip with the smallest change (then the key)', () => {
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
          if (r.kind !== 'flips' || r.tiltBeyond === 0) return [];
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
          expect(Math.sign(best.tiltBeyond)).toBe(-Math.sign(best.tiltNow));
        }
      }
    }
  });
});
