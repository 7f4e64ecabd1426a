import type { Dataset, Indicator, Observation } from '@/model';
import { DIMENSIONS, mulberry32 } from '@/model';

/** A synthetic data set of the given size, for scale benchmarks. Values are random but seeded. */
export function syntheticDataset(
  countries: number,
  partners: number,
  indicators: number,
  seed = 7,
): Dataset {
  const random = mulberry32(seed);
  const code = (i: number) => String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26));
  const text = (s: string) => ({ en: s, ru: s });
  const countryList = Array.from({ length: countries }, (_, i) => ({
    code: code(i),
    name: text(`Country ${i}`),
  }));
  const partnerList = Array.from({ length: partners }, (_, i) => ({
    code: code(600 - i),
    name: text(`Partner ${i}`),
  }));
  const indicatorList: Indicator[] = Array.from({ length: indicators }, (_, i) => ({
    id: `indicator_${i}`,
    dimension: DIMENSIONS[i % DIMENSIONS.length]!,
    name: text(`Indicator ${i}`),
    description: text('synthetic'),
    unit: i % 5 === 0 ? 'USD m' : '%',
    kind: i % 5 === 0 ? 'amount' : 'share',
    goalposts: i % 5 === 0 ? { min: 1, max: 10000 } : { min: 0, max: 100 },
    scale: i % 5 === 0 ? 'log' : 'linear',
    weight: 1 + (i % 3),
  }));
  const observations: Observation[] = [];
  for (const c of countryList)
    for (const p of partnerList)
      for (const ind of indicatorList) {
        const value = ind.goalposts.min + random() * (ind.goalposts.max - ind.goalposts.min);
        observations.push({
          country: c.code,
          partner: p.code,
          indicator: ind.id,
          value,
          low: value * 0.8,
          high: value * 1.2,
          year: 2025,
          confidence: 'estimate',
          sources: ['synthetic'],
          evidence: [],
          note: text('synthetic'),
        });
      }
  return {
    version: 'synthetic',
    date: '2026-01-01',
    countries: countryList,
    partners: partnerList,
    tiltPair: [partnerList[0]!.code, partnerList[1]!.code],
    indicators: indicatorList,
    observations,
    sources: [
      { id: 'synthetic', author: 'bench', title: 'synthetic', outlet: 'bench', date: '2026' },
    ],
    events: [],
    context: [],
    presets: [],
    options: [],
    dimensionWeights: { economic: 1, infrastructure: 1, digital: 1, security: 1 },
  };
}
