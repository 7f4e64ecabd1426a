import { describe, expect, it } from 'vitest';
import { runCli } from '@/cli/run';
import { dataset } from '@/data/dataset';
import { computeScores, observationKey } from '@/model';
import type { ScoresOutput } from '@/scenario/exportCsv';

const files: Record<string, string> = {};
const io = {
  readFile: (path: string) => {
    const text = files[path];
    if (text === undefined) throw new Error('ENOENT: no such file');
    return text;
  },
};

function scores(args: string[]) {
  const result = runCli(['scores', ...args], io);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  // The printed JSON is the shared export shape (what the dashboard's CSV is made from).
  return JSON.parse(result.stdout) as ScoresOutput;
}

describe('fulcrum dataset', () => {
  it('prints the validated data set with its five collections', () => {
    const result = runCli(['dataset'], io);
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(Object.keys(out)).toEqual(
      expect.arrayContaining(['indicators', 'observations', 'sources', 'events', 'presets']),
    );
    expect(out.observations).toHaveLength(dataset.observations.length);
  });

  it('refuses an invalid data set and names the field', () => {
    const broken = structuredClone(dataset);
    broken.observations[0]!.year = Number.NaN;
    const result = runCli(['dataset'], io, broken);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/observations\[0\]\.year/);
  });
});

describe('fulcrum scores', () => {
  it('prints every country × partner × dimension score, the overall scores and the tilts', () => {
    const out = scores([]);
    const n = dataset.countries.length * dataset.partners.length;
    expect(out.scores).toHaveLength(n * 4);
    expect(out.overall).toHaveLength(n);
    expect(out.tilts).toHaveLength(dataset.countries.length * 5);
    const expected = computeScores(dataset);
    for (const [i, s] of out.scores.entries()) {
      const e = expected.dimensionScores[i]!;
      expect(s.country).toBe(e.country);
      expect(s.score).toBeCloseTo(e.score ?? Number.NaN, 3);
      expect(s).not.toHaveProperty('low');
    }
  });

  it('adds 90% intervals and pChina with --uncertainty, reproducibly', () => {
    const a = scores(['--uncertainty', '300']);
    const b = scores(['--uncertainty', '300']);
    expect(a).toEqual(b);
    for (const s of a.scores) {
      if (s.score === null) continue;
      expect(s.low).toBeLessThanOrEqual(s.high!);
    }
    for (const t of a.tilts) {
      if (t.tilt === null) continue;
      expect(t.pChina).toBeGreaterThanOrEqual(0);
      expect(t.pChina).toBeLessThanOrEqual(1);
    }
    const c = scores(['--uncertainty', '300', '--seed', '99']);
    expect(c).not.toEqual(a);
  });

  it('prints CSV with a header and one row per figure', () => {
    const result = runCli(['scores', '--format', 'csv'], io);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('type,country,partner,dimension,value,coverage,low,high,pChina');
    const n = dataset.countries.length * dataset.partners.length;
    expect(lines).toHaveLength(1 + n * 4 + n + dataset.countries.length * 5);
  });

  it('applies a scenario file and a preset', () => {
    const key = observationKey('KG', 'CN', 'debt_share');
    files['s.json'] = JSON.stringify({ overrides: { [key]: 90 }, aggregation: 'geometric' });
    const base = scores([]);
    const withFile = scores(['--scenario', 's.json']);
    expect(withFile.scenario.overrides[key]).toBe(90);
    const econ = (o: typeof base) =>
      o.scores.find((s) => s.country === 'KG' && s.partner === 'CN' && s.dimension === 'economic')!
        .score!;
    expect(econ(withFile)).toBeGreaterThan(econ(base));

    const preset = dataset.presets.find((p) => Object.keys(p.scenario.overrides ?? {}).length > 0)!;
    const withPreset = scores(['--preset', preset.id]);
    expect(withPreset.scenario.overrides).toEqual(preset.scenario.overrides);
  });

  it('switches the Kyrgyz trade reading with --option', () => {
    const option = dataset.options.find((o) => o.key === 'kgTradeSource')!;
    const other = option.choices.find((c) => c.value !== option.default)!.value;
    const out = scores(['--option', `kgTradeSource=${other}`]);
    expect(out.scenario.options.kgTradeSource).toBe(other);
  });

  it.each([
    [['--scenario', 'missing.json'], /missing\.json/],
    [['--preset', 'no-such-preset'], /unknown preset "no-such-preset"/],
    [['--format', 'xml'], /--format must be json or csv/],
    [['--uncertainty', 'lots'], /--uncertainty/],
    [['--colour', 'red'], /unknown option --colour/],
    [['--option', 'kgTradeSource=rumours'], /options\.kgTradeSource/],
    [['--option', 'nope=1'], /options\.nope: no such option/],
  ])('exits non-zero with a clear message for %j', (args, message) => {
    const result = runCli(['scores', ...args], io);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(message);
  });

  it.each([
    ['not json', '{ overrides: ', /bad\.json: not valid JSON/],
    [
      'a wrong type',
      JSON.stringify({ overrides: { 'KG.CN.debt_share': 'forty' } }),
      /bad\.json: overrides\.KG\.CN\.debt_share/,
    ],
    [
      'an unknown observation',
      JSON.stringify({ overrides: { 'KG.CN.no_such': 4 } }),
      /overrides\.KG\.CN\.no_such: no such observation/,
    ],
    [
      'an out-of-range value',
      JSON.stringify({ overrides: { 'KG.CN.debt_share': 400 } }),
      /outside 0–100/,
    ],
    ['an unknown field', JSON.stringify({ overides: {} }), /bad\.json: .*overides/],
    [
      'a negative weight',
      JSON.stringify({ dimensionWeights: { security: -1 } }),
      /dimensionWeights\.security/,
    ],
    ['a future version', JSON.stringify({ version: 99 }), /version: 99 is newer/],
  ])('names the file and the field for a scenario file with %s', (_label, text, message) => {
    files['bad.json'] = text;
    const result = runCli(['scores', '--scenario', 'bad.json'], io);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(message);
  });

  it('rejects an unknown command', () => {
    const result = runCli(['frobnicate'], io);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/unknown command "frobnicate"/);
  });
});
