import { describe, expect, it } from 'vitest';
import { runCli } from '@/cli/run';
import { dataset } from '@/data/dataset';
import {
  computeScores,
  DEFAULT_DRAWS,
  DEFAULT_SEED,
  leanCode,
  monteCarlo,
  observationKey,
  readTilt,
} from '@/model';
import type { ScoresOutput } from '@/scenario/exportCsv';
import { readScenarioFile } from '@/scenario/file';

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
      // a dimension without data is null, never 0 (cells are being made missing in the data)
      if (e.score === null) expect(s.score).toBeNull();
      else expect(s.score).toBeCloseTo(e.score, 3);
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

  it("words each tilt by the model's lean rule with the dashboard's draws, without --uncertainty", () => {
    const out = scores([]);
    const expected = computeScores(dataset);
    const mc = monteCarlo(dataset, {}, { draws: DEFAULT_DRAWS, seed: DEFAULT_SEED });
    const name = (code: string) => dataset.partners.find((p) => p.code === code)!.name.en;
    const names = {
      positive: name(dataset.tiltPair[0]).toLowerCase(),
      negative: name(dataset.tiltPair[1]).toLowerCase(),
    };
    for (const [i, t] of out.tilts.entries()) {
      expect(t).not.toHaveProperty('pChina');
      const e = expected.tilts[i]!;
      expect(t.lean).toBe(leanCode(readTilt(e.tilt, mc.tilts[i]!.pPositive), names));
      expect(t.lean).toMatch(
        /^(china|russia)-(slight|clear|strong)$|^too-close$|^balanced$|^no-data$/,
      );
    }
  });

  it('reads the lean with the draws of --uncertainty when given', () => {
    const out = scores(['--uncertainty', '300', '--seed', '7']);
    const mc = monteCarlo(dataset, {}, { draws: 300, seed: 7 });
    for (const [i, t] of out.tilts.entries()) {
      const reading = readTilt(
        t.tilt === null ? null : computeScores(dataset).tilts[i]!.tilt,
        mc.tilts[i]!.pPositive,
      );
      expect(t.lean).toBe(
        leanCode(reading, {
          positive: dataset.partners
            .find((p) => p.code === dataset.tiltPair[0])!
            .name.en.toLowerCase(),
          negative: dataset.partners
            .find((p) => p.code === dataset.tiltPair[1])!
            .name.en.toLowerCase(),
        }),
      );
    }
  });

  it('prints CSV with a header and one row per figure', () => {
    const result = runCli(['scores', '--format', 'csv'], io);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe(
      'type,country,partner,dimension,value,coverage,low,high,pChina,lean,missing',
    );
    const n = dataset.countries.length * dataset.partners.length;
    expect(lines).toHaveLength(1 + n * 4 + n + dataset.countries.length * 5);
  });

  it('CSV says why a score is missing on every row kind: weights, evidence or empty', () => {
    files['zero.json'] = JSON.stringify({
      dimensionWeights: { economic: 0, infrastructure: 0, digital: 0, security: 0 },
      indicatorWeights: { debt_share: 0 },
    });
    const lines = runCli(['scores', '--scenario', 'zero.json', '--format', 'csv'], io)
      .stdout.trim()
      .split('\n');
    const missing = (type: string) =>
      new Set(lines.filter((l) => l.startsWith(`${type},`)).map((l) => l.split(',').at(-1)));
    expect(missing('overall')).toEqual(new Set(['weights']));
    expect(missing('tilt')).toContain('weights');
    expect(lines.find((l) => l.startsWith('overall,KG,CN,'))).toMatch(/,weights$/);
    // a dimension score keeps its number when only the dimension weights are 0: empty
    expect(lines.find((l) => l.startsWith('score,KG,CN,digital,'))).toMatch(/,$/);
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

  it('accepts a value the analyst supplies for a missing cell, which raises its coverage', () => {
    // A missing cell, read from the data set: no observation, and an indicator that counts.
    const covered = new Set(
      dataset.observations.map((o) => observationKey(o.country, o.partner, o.indicator)),
    );
    const cell = dataset.countries
      .flatMap((c) =>
        dataset.partners.flatMap((p) =>
          dataset.indicators
            .filter((i) => i.weight > 0)
            .map((i) => ({ country: c.code, partner: p.code, indicator: i })),
        ),
      )
      .find((x) => !covered.has(observationKey(x.country, x.partner, x.indicator.id)));
    if (!cell) return;
    const key = observationKey(cell.country, cell.partner, cell.indicator.id);
    files['m.json'] = JSON.stringify({ overrides: { [key]: cell.indicator.goalposts.max } });
    const group = (o: ScoresOutput) =>
      o.scores.find(
        (s) =>
          s.country === cell.country &&
          s.partner === cell.partner &&
          s.dimension === cell.indicator.dimension,
      )!;
    const base = scores([]);
    const supplied = scores(['--scenario', 'm.json']);
    expect(supplied.scenario.overrides[key]).toBe(cell.indicator.goalposts.max);
    expect(group(supplied).coverage).toBeGreaterThan(group(base).coverage);
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
    ['an unknown field', JSON.stringify({ overides: {} }), /bad\.json: .*overides/],
    ['a future version', JSON.stringify({ version: 99 }), /version: 99 is newer/],
    ['a __proto__ entry', '{"overrides": {"__proto__": 5}}', /overrides\.__proto__: not a name/],
  ])('names the file and the field for a scenario file with %s', (_label, text, message) => {
    files['bad.json'] = text;
    const result = runCli(['scores', '--scenario', 'bad.json'], io);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(message);
  });

  it('holds numbers to the sliders as the dashboard does, and lists each change on stderr', () => {
    const indicator = dataset.indicators.find((i) => i.weight > 0)!;
    files['wide.json'] = JSON.stringify({
      overrides: { 'KG.CN.debt_share': 400 },
      dimensionWeights: { security: -1, economic: 1e308 },
      indicatorWeights: { [indicator.id]: 50 },
    });
    const result = runCli(['scores', '--scenario', 'wide.json'], io);
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as ScoresOutput;
    expect(out.scenario.overrides['KG.CN.debt_share']).toBe(100);
    expect(out.scenario.dimensionWeights).toMatchObject({ security: 0, economic: 5 });
    expect(out.scenario.indicatorWeights[indicator.id]).toBe(5);
    expect(result.stderr.split('\n')).toEqual([
      'fulcrum: wide.json: 4 values were adjusted:',
      "  overrides.KG.CN.debt_share: 400 is outside the slider's range 0–100; set to 100",
      "  dimensionWeights.security: -1 is outside the slider's range 0–5; set to 0",
      "  dimensionWeights.economic: 1e+308 is outside the slider's range 0–5; set to 5",
      `  indicatorWeights.${indicator.id}: 50 is outside the slider's range 0–5; set to 5`,
    ]);
  });

  it('gives the KG–Russia overall score the dashboard gives for dimension weights of 1e308', () => {
    files['huge.json'] = JSON.stringify({
      dimensionWeights: { economic: 1e308, infrastructure: 1, digital: 1, security: 1 },
    });
    const out = JSON.parse(
      runCli(['scores', '--scenario', 'huge.json'], io).stdout,
    ) as ScoresOutput;
    const app = readScenarioFile(dataset, files['huge.json']);
    if (!app.ok) throw new Error(app.reason);
    const overall = (scenario: Parameters<typeof computeScores>[1]) =>
      computeScores(dataset, scenario).overall.find(
        (o) => o.country === 'KG' && o.partner === 'RU',
      )!.score!;
    const kgRu = out.overall.find((o) => o.country === 'KG' && o.partner === 'RU')!.score!;
    expect(kgRu).toBeCloseTo(overall(app.data.scenario), 3);
    // the weight used is the slider's 5, not 1e308 (which the command line used to take as is)
    expect(kgRu).toBeCloseTo(
      overall({
        ...app.data.scenario,
        dimensionWeights: { ...app.data.scenario.dimensionWeights, economic: 5 },
      }),
      3,
    );
    expect(kgRu).not.toBeCloseTo(
      overall({
        ...app.data.scenario,
        dimensionWeights: { ...app.data.scenario.dimensionWeights, economic: 1e308 },
      }),
      1,
    );
  });

  it('says that dimension weights of 0.0001 round to 0: every overall score has no data', () => {
    files['tiny.json'] = JSON.stringify({
      dimensionWeights: {
        economic: 0.0001,
        infrastructure: 0.0001,
        digital: 0.0001,
        security: 0.0001,
      },
    });
    const result = runCli(['scores', '--scenario', 'tiny.json'], io);
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as ScoresOutput;
    expect(out.overall.every((o) => o.score === null)).toBe(true);
    expect(result.stderr).toMatch(/4 values were adjusted/);
    expect(result.stderr.match(/rounds to 0 .*no longer counts/g)).toHaveLength(4);
  });

  it('reads a scenario file that starts with a byte-order mark', () => {
    const text = JSON.stringify({ overrides: { 'KG.CN.debt_share': 90 } });
    files['bom.json'] = `\uFEFF${text}`;
    files['plain.json'] = text;
    expect(scores(['--scenario', 'bom.json'])).toEqual(scores(['--scenario', 'plain.json']));
  });

  it('rejects an unknown command', () => {
    const result = runCli(['frobnicate'], io);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/unknown command "frobnicate"/);
  });
});
