import { describe, expect, it } from 'vitest';
import { DATASET_FILE_MAX_BYTES, isLargerThan, readDatasetText } from '@/data/datasetFile';
import { computeScores } from '@/model';
import { threeCountries, threeCountriesText } from '../../fixtures/threeCountries';

const messages = (text: string) => {
  const result = readDatasetText(text);
  return result.ok ? [] : result.problems.map((p) => `${p.where}: ${p.message}`);
};

describe('a data set file', () => {
  it('the fixture (a third country, a third partner) passes the schema like any outside data set', () => {
    const result = readDatasetText(threeCountriesText());
    expect(messages(threeCountriesText())).toEqual([]);
    expect(result.ok && result.data).toEqual(threeCountries());
    const data = threeCountries();
    expect(data.countries.map((c) => c.code)).toContain('KZ');
    expect(data.partners.map((p) => p.code)).toContain('TR');
    // labelled in the file itself as illustrative test data
    expect(data.version).toMatch(/ILLUSTRATIVE TEST DATA/);
    expect(data.sources.every((s) => /not real/.test(s.outlet))).toBe(true);
  });

  it('scores the third country against all three partners; the tilt compares the tilt pair', () => {
    const data = threeCountries();
    const scores = computeScores(data);
    const kz = scores.overall.filter((s) => s.country === 'KZ');
    expect(kz.map((s) => s.partner).sort()).toEqual(['CN', 'RU', 'TR']);
    for (const s of kz) expect(s.score).not.toBeNull();
    const overall = (partner: string) => kz.find((s) => s.partner === partner)!.score!;
    const tilt = (set: typeof scores) =>
      set.tilts.find((t) => t.country === 'KZ' && t.dimension === 'overall')!.tilt!;
    expect(tilt(scores)).toBeCloseTo(overall('CN') - overall('RU'), 9);
    // another pair, by data alone: China against Turkey
    const cnTr = computeScores({ ...data, tiltPair: ['CN', 'TR'] });
    expect(tilt(cnTr)).toBeCloseTo(overall('CN') - overall('TR'), 9);
  });

  it('refuses a tilt pair naming a partner the data set does not have, or one partner twice', () => {
    const data = threeCountries();
    expect(messages(JSON.stringify({ ...data, tiltPair: ['CN', 'US'] }))).toEqual([
      'tiltPair[1]: unknown partner "US"',
    ]);
    expect(messages(JSON.stringify({ ...data, tiltPair: ['TR', 'TR'] }))).toEqual([
      'tiltPair[1]: the two tilt partners must differ',
    ]);
  });

  it('names bad JSON, an unknown indicator, a value out of range, and reads a byte-order mark', () => {
    expect(messages('{"version": ')[0]).toMatch(/^\(file\): not valid JSON/);
    const data = threeCountries();
    const i = data.observations.findIndex((o) => o.indicator === 'trade_share');
    data.observations[i]!.indicator = 'gdp_share';
    expect(messages(JSON.stringify(data))).toEqual([
      `observations[${i}].indicator: unknown indicator "gdp_share"`,
    ]);
    const high = threeCountries();
    high.observations[i]!.high = 130;
    expect(messages(JSON.stringify(high))).toEqual([
      `observations[${i}].high: a share cannot exceed 100, high is 130`,
    ]);
    expect(messages(`\uFEFF${threeCountriesText()}`)).toEqual([]);
  });

  it('refuses a file over 20 MB before parsing it', () => {
    expect(messages(' '.repeat(DATASET_FILE_MAX_BYTES + 1))).toEqual([
      '(file): the file is larger than the 20 MB limit',
    ]);
    expect(messages(`${' '.repeat(DATASET_FILE_MAX_BYTES - 2)}{}`)[0]).not.toMatch(/limit/);
  });

  it('counts the limit in UTF-8 bytes', () => {
    expect(isLargerThan('ab', 2)).toBe(false);
    expect(isLargerThan('abc', 2)).toBe(true);
    expect(isLargerThan('жж', 4)).toBe(false);
    expect(isLargerThan('жж', 3)).toBe(true);
    expect(isLargerThan('😀', 4)).toBe(false);
    expect(isLargerThan('😀', 3)).toBe(true);
  });
});
