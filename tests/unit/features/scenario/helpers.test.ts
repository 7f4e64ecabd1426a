import { describe, expect, it } from 'vitest';
import { dataset } from '@/data/dataset';
import {
  activePresetId,
  assumptionGroups,
  baselineFraction,
  buildScenarioExport,
  changeCount,
  changesSincePreset,
  choiceRecords,
  exportFileName,
  formatDelta,
  formatNumber,
  isRecordChanged,
  kilobytes,
  MAX_SHOWN_SOURCES,
  missingGroups,
  readExactValue,
  routeCountry,
  sliderSources,
  slugify,
  weightGroups,
} from '@/features/scenario/helpers';
import { shortSourceLabel } from '@/components/sourcesLine';
import { DIMENSIONS } from '@/model';
import { parseScenarioText, SCENARIO_FILE_KIND, SCENARIO_FILE_VERSION } from '@/scenario/file';
import type { NumericSliderRecord, PublishedSliderRecord } from '@/scenario/sliders';
import {
  baselineFullScenario,
  buildSliderRecords,
  isMissingRecord,
  isNumericRecord,
  normalizeScenario,
  sliderIndex,
} from '@/scenario/sliders';
import { presetScenario } from '@/scenario/urlCodec';

const records = buildSliderRecords(dataset);
const numeric = (key: string) => {
  const r = sliderIndex(dataset).byKey.get(key);
  if (!isNumericRecord(r) || isMissingRecord(r)) throw new Error(`no numeric record ${key}`);
  return r;
};
const baseline = baselineFullScenario(dataset);

describe('number formatting and parsing', () => {
  it('formats at most the slider precision, with the language decimal mark and a real minus', () => {
    expect(formatNumber(28.1, 1, 'en')).toBe('28.1');
    expect(formatNumber(28, 1, 'en')).toBe('28');
    expect(formatNumber(28.1, 1, 'ru')).toBe('28,1');
    expect(formatNumber(2.25, 2, 'en')).toBe('2.25');
    expect(formatNumber(1500, 0, 'en')).toBe('1500');
    expect(formatNumber(-3, 0, 'en')).toBe('−3');
    expect(formatNumber(-0, 1, 'en')).toBe('0');
  });

  it('formats signed differences', () => {
    expect(formatDelta(11.9, 1, 'en')).toBe('+11.9');
    expect(formatDelta(-4, 1, 'en')).toBe('−4');
    expect(formatDelta(0.00001, 1, 'en')).toBe('0');
    expect(formatDelta(-0.5, 1, 'ru')).toBe('−0,5');
  });
});

describe('baseline mark', () => {
  it('places the baseline as a fraction of the track', () => {
    const debt = numeric('KG.CN.debt_share');
    expect(baselineFraction(debt)).toBeCloseTo((debt.baseline - debt.min) / (debt.max - debt.min));
    const fake = { ...debt, min: 0, max: 10, baseline: 20 } as PublishedSliderRecord;
    expect(baselineFraction(fake)).toBe(1);
    expect(baselineFraction({ ...fake, max: 0 })).toBe(0);
  });
});

describe('grouping of records', () => {
  it('groups the assumptions of one country by dimension, in model order', () => {
    const groups = assumptionGroups(records, 'KG');
    expect(groups.map((g) => g.dimension)).toEqual([...DIMENSIONS]);
    for (const g of groups) {
      expect(g.records.length).toBeGreaterThan(0);
      for (const r of g.records) {
        expect(r.group).toBe('assumption');
        expect(r.country).toBe('KG');
        expect(r.dimension).toBe(g.dimension);
      }
    }
  });

  it('shows both countries without a filter', () => {
    const all = assumptionGroups(records, null).flatMap((g) => g.records);
    const expected = records.filter((r) => r.group === 'assumption' && !isMissingRecord(r));
    expect(all).toHaveLength(expected.length);
    expect(new Set(all.map((r) => r.country))).toEqual(new Set(['KG', 'TJ']));
    expect(assumptionGroups(records, 'XX')).toEqual([]);
  });

  it('lists the missing cells apart, by dimension, each with no baseline and no source', () => {
    const covered = new Set(
      dataset.observations.map((o) => `${o.country}.${o.partner}.${o.indicator}`),
    );
    const missing = dataset.countries.flatMap((c) =>
      dataset.partners.flatMap((p) =>
        dataset.indicators
          .map((i) => `${c.code}.${p.code}.${i.id}`)
          .filter((key) => !covered.has(key)),
      ),
    );
    const all = missingGroups(records, null).flatMap((g) => g.records);
    expect(all.map((r) => r.key).sort()).toEqual([...missing].sort());
    for (const r of all) {
      expect(r).toMatchObject({ missing: true, baseline: null, sourceIds: [] });
      expect(assumptionGroups(records, null).some((g) => g.records.includes(r as never))).toBe(
        false,
      );
    }
    for (const g of missingGroups(records, 'KG')) {
      expect(g.records.every((r) => r.country === 'KG' && r.dimension === g.dimension)).toBe(true);
    }
    expect(missingGroups(records, 'XX')).toEqual([]);
  });

  it('lists the four dimension weights and every indicator weight', () => {
    const { dimensions, indicators } = weightGroups(records);
    expect(dimensions.map((r) => r.dimension)).toEqual([...DIMENSIONS]);
    const ids = indicators.flatMap((g) => g.records.map((r) => r.indicator));
    expect(ids.sort()).toEqual(dataset.indicators.map((i) => i.id).sort());
  });

  it('lists the aggregation and every data option as choices', () => {
    const choices = choiceRecords(records);
    expect(choices.map((c) => c.key)).toEqual([
      'aggregation',
      ...dataset.options.map((o) => `option.${o.key}`),
    ]);
  });
});

describe('changes', () => {
  it('counts nothing for the baseline and for an unbound store', () => {
    expect(changeCount(dataset, baseline)).toBe(0);
    expect(changeCount(null, baseline)).toBe(0);
  });

  it('sees an override, a weight and the aggregation', () => {
    const s = normalizeScenario(dataset, {
      ...baseline,
      overrides: { 'KG.CN.debt_share': 60 },
      dimensionWeights: { ...baseline.dimensionWeights, security: 2 },
      aggregation: 'geometric',
    });
    expect(changeCount(dataset, s)).toBe(3);
    expect(isRecordChanged(dataset, numeric('KG.CN.debt_share'), s)).toBe(true);
    expect(isRecordChanged(dataset, numeric('TJ.CN.debt_share'), s)).toBe(false);
    expect(isRecordChanged(dataset, numeric('dimensionWeight.security'), s)).toBe(true);
    expect(isRecordChanged(dataset, numeric('dimensionWeight.economic'), s)).toBe(false);
  });

  it('counts changes made on top of a preset', () => {
    const preset = presetScenario(dataset, 'remittance-shock')!;
    expect(changesSincePreset(dataset, preset, 'remittance-shock')).toBe(0);
    const more = normalizeScenario(dataset, { ...preset, aggregation: 'geometric' });
    expect(changesSincePreset(dataset, more, 'remittance-shock')).toBe(1);
    expect(changesSincePreset(dataset, more, null)).toBe(0);
  });

  it('marks the baseline preset while nothing differs and no preset is set', () => {
    expect(activePresetId(dataset, null, 0)).toBe('baseline');
    expect(activePresetId(dataset, null, 2)).toBeNull();
    expect(activePresetId(dataset, 'remittance-shock', 2)).toBe('remittance-shock');
  });
});

describe('routeCountry', () => {
  const codes = dataset.countries.map((c) => c.code);
  it('reads the country of a country page', () => {
    expect(routeCountry('/country/KG', codes)).toBe('KG');
    expect(routeCountry('/country/tj', codes)).toBe('TJ');
    expect(routeCountry('/country/tj/', codes)).toBe('TJ');
  });
  it('is null elsewhere and for unknown or malformed codes', () => {
    expect(routeCountry('/', codes)).toBeNull();
    expect(routeCountry('/compare', codes)).toBeNull();
    expect(routeCountry('/country/XX', codes)).toBeNull();
    expect(routeCountry('/country/%E0%A4%A', codes)).toBeNull();
  });
});

describe('sources of a slider', () => {
  it('names at most three sources of the published reading and counts the rest', () => {
    for (const record of records.filter((r) => r.group === 'assumption' && !isMissingRecord(r))) {
      const s = sliderSources(dataset, record);
      expect(s.shown.length).toBeGreaterThan(0);
      expect(s.shown.length).toBeLessThanOrEqual(MAX_SHOWN_SOURCES);
      for (const p of s.shown) expect(record.sourceIds).toContain(p.id);
      expect(s.shown.length + s.moreCount).toBe(record.sourceIds.length);
      for (const n of s.notes) expect(Number.isInteger(n)).toBe(true);
    }
  });

  it('names no source for a missing cell (nothing was published)', () => {
    for (const record of records.filter(isMissingRecord)) {
      expect(sliderSources(dataset, record)).toEqual({ shown: [], notes: [], moreCount: 0 });
    }
  });

  it('prefers sources that are footnotes of the report after the first two', () => {
    // A published reading citing more than two sources, one of the later ones a report footnote.
    const footnoted = new Set(
      dataset.sources.filter((x) => x.footnote !== undefined).map((x) => x.id),
    );
    const record = records.find((r) => {
      if (r.group !== 'assumption' || r.control !== 'slider') return false;
      const o = dataset.observations.find(
        (x) => `${x.country}.${x.partner}.${x.indicator}` === r.key && !x.variant,
      );
      return o !== undefined && o.sources.slice(2).some((id) => footnoted.has(id));
    });
    expect(record, 'the data set has such a reading').toBeDefined();
    const s = sliderSources(dataset, record!);
    const withNote = s.shown.filter((p) => p.footnote !== undefined);
    expect(withNote.length).toBeGreaterThan(0);
    for (const p of withNote) {
      expect(dataset.sources.find((x) => x.id === p.id)?.footnote).toBe(p.footnote);
    }
  });

  it('has no sources for weights', () => {
    const s = sliderSources(dataset, numeric('dimensionWeight.economic'));
    expect(s).toEqual({ shown: [], notes: [], moreCount: 0 });
  });

  it('labels a source by short author, outlet and year', () => {
    const source = { id: 'x', title: 'T', date: '2026-02-02' };
    expect(shortSourceLabel({ ...source, author: 'A. Musaev', outlet: 'BBC Monitoring' })).toBe(
      'A. Musaev, BBC Monitoring, 2026',
    );
    expect(
      shortSourceLabel({
        ...source,
        author: 'Yu. Ushakov, aide to the Russian president',
        outlet: 'TASS (also carried by x.ru)',
      }),
    ).toBe('Yu. Ushakov, TASS, 2026');
    expect(
      shortSourceLabel({
        ...source,
        author: 'Finmarket (citing Y)',
        outlet: 'Finmarket',
        date: '',
      }),
    ).toBe('Finmarket');
    expect(shortSourceLabel({ id: 'x', author: '', title: 'Title', outlet: '', date: '' })).toBe(
      'Title',
    );
  });
});

describe('export file', () => {
  it('names the file after the scenario, else its preset, else baseline/custom', () => {
    expect(exportFileName({ ...baseline, name: 'Debt stress, 2027!' })).toBe(
      'fulcrum-scenario-debt-stress-2027.json',
    );
    expect(exportFileName({ ...baseline, name: 'Долговой кризис' })).toBe(
      'fulcrum-scenario-долговой-кризис.json',
    );
    expect(exportFileName(baseline, 'remittance-shock')).toBe(
      'fulcrum-scenario-remittance-shock.json',
    );
    expect(exportFileName(baseline, null, false)).toBe('fulcrum-scenario-baseline.json');
    expect(exportFileName(baseline, null, true)).toBe('fulcrum-scenario-custom.json');
    expect(exportFileName({ ...baseline, name: '../../etc/passwd' })).toBe(
      'fulcrum-scenario-etc-passwd.json',
    );
  });

  it('keeps slugs short and safe', () => {
    const slug = slugify('a'.repeat(100));
    expect(slug).toHaveLength(60);
    expect(slugify('  --  ')).toBe('');
    expect(slugify('a / b')).toBe('a-b');
  });

  it('writes the versioned scenario file that import reads back to the same scenario', () => {
    const scenario = normalizeScenario(dataset, {
      ...baseline,
      name: 'Test',
      description: 'd',
      overrides: { 'KG.CN.debt_share': 60 },
      aggregation: 'geometric',
    });
    const file = buildScenarioExport(scenario, null, true);
    expect(file.fileName).toBe('fulcrum-scenario-test.json');
    expect(file.mimeType).toBe('application/json');
    const parsed = JSON.parse(file.content) as Record<string, unknown>;
    expect(parsed).toMatchObject({
      kind: SCENARIO_FILE_KIND,
      version: SCENARIO_FILE_VERSION,
      name: 'Test',
      description: 'd',
      overrides: { 'KG.CN.debt_share': 60 },
      aggregation: 'geometric',
    });
    const back = parseScenarioText(dataset, file.content);
    expect(back.ok).toBe(true);
    if (back.ok) expect(normalizeScenario(dataset, back.data)).toEqual(scenario);
  });

  it('rounds file sizes up to kilobytes', () => {
    expect(kilobytes(1)).toBe(1);
    expect(kilobytes(1024)).toBe(1);
    expect(kilobytes(1025)).toBe(2);
  });
});

describe('readExactValue', () => {
  const record = records.find(
    (r): r is NumericSliderRecord => r.control === 'slider' && r.group === 'assumption',
  )!;
  const words = {
    t: (key: string, o?: Record<string, unknown>) => `${key} ${JSON.stringify(o ?? {})}`,
    language: 'en' as const,
    valueText: 'now',
    format: (_: NumericSliderRecord, v: number) => String(v),
  };
  it('reads a number, says when it is clamped, and refuses words', () => {
    expect(readExactValue(String(record.min), record, words)).toEqual({
      value: record.min,
      message: null,
    });
    const above = readExactValue(String(record.max + 1), record, words);
    expect(above.value).toBe(record.max + 1);
    expect(above.message?.kind).toBe('note');
    expect(readExactValue('abc', record, words)).toEqual({
      value: null,
      message: { kind: 'error', text: expect.stringContaining('slider.invalid') },
    });
  });

  it('says how a grouped or other-decimal number was read, in the interface language', () => {
    const grouped = readExactValue('1,000', record, words);
    expect(grouped.value).toBe(1000);
    expect(grouped.message?.text).toContain('slider.readAs');
    expect(grouped.message?.text).toContain('"value":"1000"');
    const russian = readExactValue('1,5', record, { ...words, language: 'ru' });
    expect(russian.value).toBe(1.5);
    expect(russian.message === null || !russian.message.text.includes('readAs')).toBe(true);
  });
});
