import { describe, expect, it } from 'vitest';
import { dataset } from '@/data/dataset';
import {
  differingRows,
  dumbbellLayout,
  fitDumbbell,
  tiltX,
  versusRows,
} from '@/components/versus/versusAdapter';
import { pairSlug, versusCsvFileName } from '@/features/versus/exports';
import { matchingCandidate, pairCandidates } from '@/features/versus/candidates';
import { TILT_DIMENSIONS } from '@/model';
import { compareScenarios } from '@/scenario/compare';
import { sideLinkParams } from '@/scenario/pairCodec';
import { baselineFullScenario } from '@/scenario/sliders';
import { decodeScenario, presetScenario } from '@/scenario/urlCodec';
import { versusCsv } from '@/scenario/versusCsv';

const a = { name: 'Railway', overrides: { 'KG.CN.debt_share': 40 } };
const b = { name: 'Security heavy', dimensionWeights: { security: 2 } };
const comparison = compareScenarios(dataset, a, b);

describe('versusRows', () => {
  it('holds every score and tilt of every country, each dimension then overall', () => {
    const rows = versusRows(comparison);
    const perCountry = TILT_DIMENSIONS.length * (dataset.partners.length + 1);
    expect(rows).toHaveLength(dataset.countries.length * perCountry);
    expect(rows.slice(0, dataset.partners.length + 1).map((r) => r.key)).toEqual([
      ...dataset.partners.map(
        (p) => `${dataset.countries[0]!.code}.${p.code}.${TILT_DIMENSIONS[0]}`,
      ),
      `${dataset.countries[0]!.code}.tilt.${TILT_DIMENSIONS[0]}`,
    ]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });

  it('pairs the same numbers as compareScenarios, and B − A', () => {
    for (const row of versusRows(comparison)) {
      const source = row.partner
        ? comparison.scores.find(
            (s) =>
              s.country === row.country &&
              s.partner === row.partner &&
              s.dimension === row.dimension,
          )!
        : comparison.tilts.find((t) => t.country === row.country && t.dimension === row.dimension)!;
      expect([row.a, row.b, row.difference, row.differs]).toEqual([
        source.a,
        source.b,
        source.difference,
        source.differs,
      ]);
      if (row.a !== null && row.b !== null) expect(row.difference).toBeCloseTo(row.b - row.a, 9);
    }
  });

  it('finds no difference between a scenario and itself, and says why a number is missing', () => {
    const same = versusRows(compareScenarios(dataset, a, a));
    expect(differingRows(same)).toEqual([]);
    const zero = { dimensionWeights: { economic: 0, infrastructure: 0, digital: 0, security: 0 } };
    const excluded = versusRows(compareScenarios(dataset, {}, zero));
    const overall = excluded.find((r) => r.dimension === 'overall' && r.partner !== null)!;
    expect(overall.b).toBeNull();
    expect(overall.missing.b).toBe('weights');
    expect(overall.missing.difference).toBe('weights');
    expect(overall.difference).toBeNull();
    expect(overall.differs).toBe(true);
  });
});

describe('dumbbellLayout', () => {
  it('puts −100, 0 and +100 at the plot edges and middle, clamped', () => {
    expect(tiltX(-100, 100, 300)).toBe(100);
    expect(tiltX(0, 100, 300)).toBe(200);
    expect(tiltX(100, 100, 300)).toBe(300);
    expect(tiltX(400, 100, 300)).toBe(300);
  });

  it('draws a row per country and tilt, A and B at their tilts, in order down the page', () => {
    const layout = dumbbellLayout(comparison, {
      width: 640,
      labelWidth: 130,
      differenceWidth: 100,
    });
    expect(layout.rows).toHaveLength(comparison.tilts.length);
    expect(layout.x0).toBe(130);
    expect(layout.x1).toBe(540);
    expect(layout.zero).toBe(335);
    for (let i = 1; i < layout.rows.length; i += 1)
      expect(layout.rows[i]!.y).toBeGreaterThan(layout.rows[i - 1]!.y);
    for (const row of layout.rows) {
      if (row.a === null) expect(row.xA).toBeNull();
      else expect(row.xA).toBeCloseTo(tiltX(row.a, layout.x0, layout.x1), 9);
      if (row.b === null) expect(row.xB).toBeNull();
      else expect(row.xB).toBeCloseTo(tiltX(row.b, layout.x0, layout.x1), 9);
    }
    expect(layout.rows.filter((r) => r.firstOfCountry)).toHaveLength(dataset.countries.length);
    expect(layout.height).toBeGreaterThan(layout.rows.at(-1)!.y);
  });

  it('keeps only the dimensions asked for, and a usable plot on a phone', () => {
    const layout = dumbbellLayout(comparison, {
      width: 200,
      labelWidth: 130,
      differenceWidth: 100,
      dimensions: ['overall'],
    });
    expect(layout.rows.map((r) => r.dimension)).toEqual(dataset.countries.map(() => 'overall'));
    expect(layout.x1 - layout.x0).toBeGreaterThanOrEqual(80);
  });
});

describe('the exports name both scenarios', () => {
  it('in the file names', () => {
    expect(versusCsvFileName('Railway runs', 'Baseline', 'en')).toBe(
      'fulcrum-versus-railway-runs-vs-baseline-en.csv',
    );
    expect(pairSlug('Железная дорога работает и долги растут', 'B')).toBe('zheleznaya-doroga-vs-b');
  });

  it('in the CSV: a row for each scenario, then every score, tilt and differing assumption', () => {
    const csv = versusCsv(
      comparison,
      { name: 'Railway', link: 'https://x/versus?a.v=1' },
      { name: 'Security heavy', link: 'https://x/versus?b.v=1' },
    );
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toBe(
      'type,country,partner,dimension,key,a,b,difference,missing_a,missing_b,unit,sources,name,file',
    );
    expect(lines[1]).toBe('scenario,,,,a,,,,,,,,Railway,https://x/versus?a.v=1');
    expect(lines[2]).toBe('scenario,,,,b,,,,,,,,Security heavy,https://x/versus?b.v=1');
    const width = lines[0]!.split(',').length;
    expect(lines.filter((l) => l.startsWith('score,'))).toHaveLength(comparison.scores.length);
    expect(lines.filter((l) => l.startsWith('tilt,'))).toHaveLength(comparison.tilts.length);
    const assumptions = lines.filter((l) => l.startsWith('assumption,'));
    expect(assumptions.map((l) => l.split(',')[4])).toEqual(
      comparison.assumptions.map((c) => c.key),
    );
    for (const line of lines.slice(3)) expect(line.split(',').length).toBe(width);
  });
});

describe("the CSV's file column", () => {
  it("holds each side's own link, which opens that side alone as the working scenario", () => {
    const address = `?lang=en&${new URLSearchParams({ 'a.n': 'x', 'a.v': '1', 'b.v': '1' })}`;
    const link = (scenario: object) =>
      `https://x/?${sideLinkParams(address, dataset, { scenario }).toString()}`;
    const csv = versusCsv(
      comparison,
      { name: 'Railway', link: link(a) },
      { name: 'Security heavy', link: link(b) },
    );
    const [, rowA, rowB] = csv.trim().split(/\r?\n/);
    const fileOf = (row: string) => new URL(row.split(',').at(-1)!);
    expect(fileOf(rowA!).href).not.toBe(fileOf(rowB!).href);
    for (const [row, side] of [
      [rowA!, comparison.a],
      [rowB!, comparison.b],
    ] as const) {
      const url = fileOf(row);
      expect([...url.searchParams.keys()].filter((k) => /^[ab]\./.test(k))).toEqual([]);
      expect(url.searchParams.get('lang')).toBe('en');
      expect(decodeScenario(dataset, url.search).scenario).toEqual(side);
    }
  });
});

describe('the side picker', () => {
  it('names the candidate an address holds, and a link that is none of them', () => {
    const preset = dataset.presets[0]!.id;
    const candidates = pairCandidates(
      dataset,
      { scenario: baselineFullScenario(dataset), presetId: null },
      [],
      { current: 'Current', baseline: 'Baseline' },
    );
    expect(
      matchingCandidate(dataset, candidates, {
        scenario: presetScenario(dataset, preset)!,
        presetId: preset,
      })?.value,
    ).toBe(`preset:${preset}`);
    // the baseline, rather than the working scenario that is at the baseline too
    expect(matchingCandidate(dataset, candidates, { scenario: {} })?.value).toBe('baseline');
    expect(
      matchingCandidate(dataset, candidates, {
        scenario: { overrides: { 'KG.CN.debt_share': 41 } },
      }),
    ).toBeNull();
  });
});

describe('dumbbellLayout on a phone', () => {
  it('narrows its columns, keeps three ticks and leaves missing words to the table', () => {
    const layout = dumbbellLayout(comparison, {
      width: 320,
      labelWidth: 132,
      differenceWidth: 110,
    });
    expect(layout.ticks.map((t) => t.value)).toEqual([-100, 0, 100]);
    expect(layout.x1 - layout.x0).toBeGreaterThanOrEqual(140);
    expect(layout.missingInPlot).toBe(false);
    expect(
      dumbbellLayout(comparison, { width: 900, labelWidth: 132, differenceWidth: 110 })
        .missingInPlot,
    ).toBe(true);
  });
});

describe('fitDumbbell: a slide’s chart fills its cell', () => {
  const count = { rows: comparison.tilts.length, countries: dataset.countries.length };
  const drawnHeight = (box: { width: number; height: number }) => {
    const fit = fitDumbbell(count, box);
    const layout = dumbbellLayout(comparison, {
      width: fit.width,
      labelWidth: 132,
      differenceWidth: 110,
      rowHeight: fit.rowHeight,
      countryHeight: fit.countryHeight,
    });
    return { fit, layout, height: layout.height * fit.scale, width: layout.width * fit.scale };
  };

  it('is drawn at the box width and never taller than the box, whatever its shape', () => {
    for (const box of [
      { width: 880, height: 560 },
      { width: 660, height: 330 },
      { width: 1400, height: 300 },
      { width: 520, height: 900 },
      { width: 300, height: 200 },
    ]) {
      const { height, width } = drawnHeight(box);
      expect(height).toBeLessThanOrEqual(box.height + 1e-6);
      expect(width).toBeCloseTo(box.width, 6);
    }
  });

  it('grows its type with a larger box (a 1920×1080 slide against 1280×800)', () => {
    const small = fitDumbbell(count, { width: 660, height: 330 });
    const large = fitDumbbell(count, { width: 880, height: 560 });
    expect(large.scale).toBeGreaterThan(small.scale);
    expect(large.scale).toBeGreaterThan(1.5);
    // a box taller than the width needs: the rows take the height left, not empty space
    const tall = drawnHeight({ width: 880, height: 560 });
    expect(tall.height).toBeGreaterThan(560 * 0.9);
  });

  it('keeps a layout wide enough for its labels, plot and B − A', () => {
    expect(fitDumbbell(count, { width: 1400, height: 900 }).width).toBeGreaterThanOrEqual(500);
    expect(fitDumbbell(count, { width: 4000, height: 2000 }).scale).toBeLessThanOrEqual(2.5);
  });
});
