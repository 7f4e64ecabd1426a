import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { TiltReading } from '@/model';
import { dataset } from '@/data/dataset';
import {
  computeScores,
  intervalIsFor,
  monteCarlo,
  LEAN_THRESHOLDS,
  leanCode,
  leanStrength,
  readTilt,
  scoreAgainstInterval,
} from '@/model';

const T = LEAN_THRESHOLDS;

/** What a reading says (kind, side and strength); the share is compared on its own. */
const withoutShare = (r: TiltReading) => ({ ...r, share: undefined });
const tiltArb = fc.double({ min: -100, max: 100, noNaN: true });
const pArb = fc.double({ min: 0, max: 1, noNaN: true });
const maybeP = fc.option(pArb, { nil: null });

/** The reading of −tilt with the draws mirrored: sides swap, everything else stays. */
function mirror(r: TiltReading): TiltReading {
  const flip = (side: 'positive' | 'negative') => (side === 'positive' ? 'negative' : 'positive');
  if (r.kind === 'leans') return { ...r, side: flip(r.side) };
  if (r.kind === 'uncertain' && r.side !== null) return { ...r, side: flip(r.side) };
  return r;
}

/** 0 none/balanced, 1 too close to call, 2+ a lean of growing strength. */
const rank = (r: TiltReading): number =>
  r.kind === 'leans'
    ? { slight: 2, clear: 3, strong: 4 }[r.strength]
    : r.kind === 'uncertain'
      ? 1
      : 0;

describe('LEAN_THRESHOLDS', () => {
  it('orders its steps and keeps the share threshold a majority', () => {
    expect(T.balanced).toBeGreaterThan(0);
    expect(T.balanced).toBeLessThan(T.tooCloseWithoutDraws);
    expect(T.tooCloseWithoutDraws).toBeLessThan(T.slight);
    expect(T.slight).toBeLessThan(T.clear);
    expect(T.share).toBeGreaterThan(0.5);
    expect(T.share).toBeLessThan(1);
  });
});

describe('readTilt: none and balanced', () => {
  it('no tilt → none, whatever the draws', () => {
    for (const p of [null, 0, 0.5, 1]) {
      expect(readTilt(null, p)).toEqual({ kind: 'none', reason: 'evidence' });
      expect(readTilt(undefined, p)).toEqual({ kind: 'none', reason: 'evidence' });
      expect(readTilt(Number.NaN, p)).toEqual({ kind: 'none', reason: 'evidence' });
      expect(readTilt(null, p, 'weights')).toEqual({ kind: 'none', reason: 'weights' });
      expect(readTilt(12, p, 'weights').kind).not.toBe('none');
    }
  });

  test.prop([fc.double({ min: -T.balanced, max: T.balanced, noNaN: true }), maybeP])(
    'a tilt that shows as 0.0 is balanced, whatever the draws',
    (tilt, p) => {
      fc.pre(Math.abs(tilt) < T.balanced);
      expect(readTilt(tilt, p)).toEqual({ kind: 'balanced' });
    },
  );

  test.prop([tiltArb, maybeP])('every other tilt is read as uncertain or a lean', (tilt, p) => {
    fc.pre(Math.abs(tilt) >= T.balanced);
    expect(['uncertain', 'leans']).toContain(readTilt(tilt, p).kind);
  });
});

describe('readTilt: symmetry', () => {
  test.prop([tiltArb, maybeP])(
    'flipping the sign of the tilt and of the draws mirrors the reading',
    (tilt, p) => {
      // Off the exact boundaries, where 1 − (1 − p) may round across them.
      const near = (x: number, y: number) => Math.abs(x - y) < 1e-9;
      fc.pre(
        Math.abs(tilt) >= T.balanced &&
          (p === null || !(near(p, 0.5) || near(p, T.share) || near(1 - p, T.share))),
      );
      const a = readTilt(tilt, p);
      const b = readTilt(-tilt, p === null ? null : 1 - p);
      expect(mirror(b).kind).toBe(a.kind);
      expect(withoutShare(mirror(b))).toEqual(withoutShare(a));
      if (a.kind === 'leans' || a.kind === 'uncertain') {
        const bShare = (b as typeof a).share;
        if (a.share === null) expect(bShare).toBeNull();
        else expect(bShare).toBeCloseTo(a.share, 12);
      }
    },
  );
});

describe('readTilt: the share threshold', () => {
  test.prop([tiltArb, pArb])(
    'with draws, a tilt leans exactly when the share on its side reaches the threshold',
    (tilt, p) => {
      fc.pre(Math.abs(tilt) >= T.balanced);
      const share = tilt > 0 ? p : 1 - p;
      const r = readTilt(tilt, p);
      if (share >= T.share) {
        expect(r).toEqual({
          kind: 'leans',
          side: tilt > 0 ? 'positive' : 'negative',
          strength: leanStrength(tilt),
          share,
        });
      } else {
        expect(r.kind).toBe('uncertain');
      }
    },
  );

  test.prop([fc.double({ min: T.clear, max: 100, noNaN: true }), pArb])(
    'a strong tilt is still too close to call when the draws disagree',
    (size, p) => {
      fc.pre(p < T.share);
      expect(readTilt(size, p).kind).toBe('uncertain');
      expect(readTilt(-size, 1 - p).kind).toBe('uncertain');
    },
  );

  test.prop([tiltArb, pArb])(
    'too close to call names the side most draws take, with their share (at least half)',
    (tilt, p) => {
      const r = readTilt(tilt, p);
      if (r.kind !== 'uncertain') return;
      expect(r.side).not.toBeNull();
      expect(r.share!).toBeGreaterThanOrEqual(0.5);
      expect(r.share).toBeCloseTo(r.side === 'positive' ? p : 1 - p, 12);
      // the share on the tilt's own side is what fell short (the other side may hold more)
      expect(tilt > 0 ? p : 1 - p).toBeLessThan(T.share);
    },
  );

  test.prop([tiltArb])('without draws, only the size decides', (tilt) => {
    fc.pre(Math.abs(tilt) >= T.balanced);
    const r = readTilt(tilt, null);
    if (Math.abs(tilt) < T.tooCloseWithoutDraws) {
      expect(r).toEqual({ kind: 'uncertain', side: null, share: null });
    } else {
      expect(r).toEqual({
        kind: 'leans',
        side: tilt > 0 ? 'positive' : 'negative',
        strength: leanStrength(tilt),
        share: null,
      });
    }
  });
});

describe('readTilt: monotonicity', () => {
  test.prop([tiltArb, tiltArb, pArb])(
    'with the same draws, a larger tilt on the same side never reads weaker',
    (x, y, p) => {
      fc.pre(x * y > 0);
      const [small, large] = Math.abs(x) <= Math.abs(y) ? [x, y] : [y, x];
      expect(rank(readTilt(large, p))).toBeGreaterThanOrEqual(rank(readTilt(small, p)));
    },
  );

  test.prop([tiltArb, pArb, pArb])(
    'with the same tilt, more draws on its side never read weaker',
    (tilt, p, q) => {
      fc.pre(tilt !== 0);
      const toward = (x: number) => (tilt > 0 ? x : 1 - x);
      const [less, more] = toward(p) <= toward(q) ? [p, q] : [q, p];
      expect(rank(readTilt(tilt, more))).toBeGreaterThanOrEqual(rank(readTilt(tilt, less)));
    },
  );

  test.prop([tiltArb])('strength grows with the size of the tilt as shown', (tilt) => {
    // The rule reads the tilt as the views show it, at one decimal: −9.95 shows as −10.0 and is
    // 'clear' (seed 732795176 found the raw comparison wrong at that edge).
    const abs = Math.round(Math.abs(tilt) * 10) / 10;
    expect(leanStrength(tilt)).toBe(abs < T.slight ? 'slight' : abs < T.clear ? 'clear' : 'strong');
  });
});

describe('leanCode', () => {
  const names = { positive: 'china', negative: 'russia' };
  it('words each kind of reading as one token', () => {
    expect(leanCode({ kind: 'none', reason: 'evidence' }, names)).toBe('no-data');
    expect(leanCode({ kind: 'none', reason: 'weights' }, names)).toBe('excluded-by-weights');
    expect(leanCode({ kind: 'balanced' }, names)).toBe('balanced');
    expect(leanCode({ kind: 'uncertain', side: 'positive', share: 0.8 }, names)).toBe('too-close');
    expect(leanCode({ kind: 'leans', side: 'positive', strength: 'clear', share: 1 }, names)).toBe(
      'china-clear',
    );
    expect(
      leanCode({ kind: 'leans', side: 'negative', strength: 'slight', share: null }, names),
    ).toBe('russia-slight');
  });
});

describe('scoreAgainstInterval', () => {
  it('compares as shown, to one decimal', () => {
    expect(scoreAgainstInterval(45.3, { low: 46.4, high: 51.9 })).toBe('below');
    expect(scoreAgainstInterval(53, { low: 46.4, high: 51.9 })).toBe('above');
    expect(scoreAgainstInterval(46.4, { low: 46.4, high: 51.9 })).toBe('inside');
    // 46.36 shows as 46.4, like the low end: inside as shown
    expect(scoreAgainstInterval(46.36, { low: 46.44, high: 51.9 })).toBe('inside');
    expect(scoreAgainstInterval(null, { low: 1, high: 2 })).toBe('inside');
    expect(scoreAgainstInterval(5, null)).toBe('inside');
  });

  test.prop([
    fc.double({ min: 0, max: 100, noNaN: true }),
    fc.double({ min: 0, max: 100, noNaN: true }),
    fc.double({ min: 0, max: 100, noNaN: true }),
  ])('is inside exactly when the shown score lies between the shown ends', (s, a, b) => {
    const [low, high] = a <= b ? [a, b] : [b, a];
    const shown = (x: number) => Number(x.toFixed(1));
    const position = scoreAgainstInterval(s, { low, high });
    const expected = shown(s) < shown(low) ? 'below' : shown(s) > shown(high) ? 'above' : 'inside';
    expect(position).toBe(expected);
  });
});

describe('an interval is read only against the score it was drawn for', () => {
  it('flags a score outside its own interval, and says nothing of an interval drawn for another', () => {
    expect(scoreAgainstInterval(40, { low: 45, high: 50, point: 40 })).toBe('below');
    // during a drag the draws belong to the scenario that last came to rest
    expect(scoreAgainstInterval(40, { low: 45, high: 50, point: 47 })).toBe('inside');
    expect(intervalIsFor(40, { point: 47 })).toBe(false);
    expect(intervalIsFor(40, {})).toBe(true);
  });

  it('gets the point from Monte Carlo: the scenario’s own scores', () => {
    const result = monteCarlo(dataset, {}, { draws: 50, seed: 1 });
    const scores = computeScores(dataset, {});
    for (const row of result.overall) {
      const own = scores.overall.find(
        (o) => o.country === row.country && o.partner === row.partner,
      );
      if (row.interval && own?.score != null)
        expect(intervalIsFor(own.score, row.interval)).toBe(true);
    }
    for (const row of result.tilts) {
      const own = scores.tilts.find(
        (o) => o.country === row.country && o.dimension === row.dimension,
      );
      if (row.interval && own?.tilt != null)
        expect(intervalIsFor(own.tilt, row.interval)).toBe(true);
    }
  });
});
