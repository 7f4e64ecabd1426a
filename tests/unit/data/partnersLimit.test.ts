import { describe, expect, it } from 'vitest';
import { dataset } from '@/data/dataset';
import { parseDataset } from '@/data/schema';
import { MAX_PARTNERS } from '@/model';

describe('how many partners a data set may list', () => {
  const withPartners = (n: number) => ({
    ...dataset,
    partners: Array.from({ length: n }, (_, i) =>
      i < dataset.partners.length
        ? dataset.partners[i]!
        : { ...dataset.partners[0]!, code: `Q${String.fromCharCode(65 + i)}` },
    ),
  });

  it(`accepts ${MAX_PARTNERS}`, () => {
    const parsed = parseDataset(withPartners(MAX_PARTNERS));
    expect(parsed.ok ? 'ok' : parsed.reason).toBe('ok');
  });

  it(`refuses ${MAX_PARTNERS + 1}, saying why`, () => {
    const parsed = parseDataset(withPartners(MAX_PARTNERS + 1));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(/^partners: must list at most 5 partners/);
  });
});
