// The overview slide's takeaway compares the two countries' overall tilts only in ways their
// readings allow: never "leans further to China" when one of them leans to Russia.
import { describe, expect, it } from 'vitest';
import { compareOverall } from '@/features/briefing/slides';
import { readTilt } from '@/model';

const country = (code: string, tilt: number, p: number | null) => ({
  country: code,
  tilt,
  reading: readTilt(tilt, p),
});

describe('compareOverall', () => {
  it('both lean to China: the higher leans further to China', () => {
    const c = compareOverall(country('TJ', 20, 0.99), country('KG', 5, 0.95));
    expect(c).toMatchObject({ kind: 'furtherPositive', further: { country: 'TJ' } });
  });

  it('both lean to Russia: the lower leans further to Russia', () => {
    const c = compareOverall(country('KG', -4.5, 0.02), country('TJ', -12, 0));
    expect(c).toMatchObject({ kind: 'furtherNegative', further: { country: 'TJ' } });
  });

  it('one to each side: says so, never "further"', () => {
    const c = compareOverall(country('TJ', 5.1, 0.97), country('KG', -4.5, 0.03));
    expect(c).toMatchObject({
      kind: 'apart',
      positive: { country: 'TJ' },
      negative: { country: 'KG' },
    });
  });

  it('either too close to call or balanced: each reading on its own', () => {
    expect(compareOverall(country('TJ', 11.9, 1), country('KG', 0.9, 0.88)).kind).toBe('each');
    expect(compareOverall(country('TJ', 30, 0.6), country('KG', -30, 0.4)).kind).toBe('each');
    expect(compareOverall(country('TJ', 3, 0.99), country('KG', 0.01, 0.5)).kind).toBe('each');
  });

  it('the same tilt as shown', () => {
    expect(compareOverall(country('TJ', 4.04, 0.99), country('KG', 3.96, 0.99)).kind).toBe('same');
  });
});
