import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '@/cli/run';
import { dataset } from '@/data/dataset';
import { compareScenarios, type ScenarioComparison } from '@/scenario/compare';
import { readScenarioFile } from '@/scenario/file';

/** A change a test makes to the comparison the diff prints (none by default). */
const tweak = vi.hoisted(() => ({
  comparison: null as null | ((comparison: ScenarioComparison) => ScenarioComparison),
}));
vi.mock('@/scenario/compare', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/scenario/compare')>();
  return {
    ...actual,
    compareScenarios: (...args: Parameters<typeof actual.compareScenarios>) => {
      const comparison = actual.compareScenarios(...args);
      return tweak.comparison ? tweak.comparison(comparison) : comparison;
    },
  };
});
afterEach(() => {
  tweak.comparison = null;
});

const files: Record<string, string> = {
  'a.json': JSON.stringify({ name: 'Railway', overrides: { 'KG.CN.debt_share': 40 } }),
  'b.json': JSON.stringify({
    name: 'Customs, geometric',
    options: { kgTradeSource: 'china-customs' },
    aggregation: 'geometric',
  }),
  'zero.json': JSON.stringify({
    name: 'No weights',
    dimensionWeights: { economic: 0, infrastructure: 0, digital: 0, security: 0 },
  }),
  'wide.json': JSON.stringify({ name: 'Too far', overrides: { 'KG.CN.debt_share': 400 } }),
  'broken.json': '{ "name": ',
};
const io = {
  readFile: (path: string) => {
    const text = files[path];
    if (text === undefined) throw new Error('ENOENT: no such file');
    return text;
  },
};

const scenarioOf = (path: string) => {
  const read = readScenarioFile(dataset, files[path]!);
  if (!read.ok) throw new Error(read.reason);
  return read.data.scenario;
};
const round = (x: number | null) => (x === null ? null : Math.round(x * 1e4) / 1e4);

describe('fulcrum diff', () => {
  it("prints compareScenarios' numbers: both names, what differs, the assumptions with sources", () => {
    const result = runCli(['diff', '--scenario', 'a.json', '--scenario', 'b.json'], io);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out.a).toEqual({ name: 'Railway', file: 'a.json' });
    expect(out.b).toEqual({ name: 'Customs, geometric', file: 'b.json' });

    const expected = compareScenarios(dataset, scenarioOf('a.json'), scenarioOf('b.json'));
    const scores = expected.scores.filter((s) => s.differs);
    expect(scores.length).toBeGreaterThan(0);
    expect(out.scores).toEqual(
      scores.map((s) => ({
        country: s.country,
        partner: s.partner,
        dimension: s.dimension,
        a: round(s.a),
        b: round(s.b),
        difference: round(s.difference),
        missing: s.missing,
      })),
    );
    const tilts = expected.tilts.filter((t) => t.differs);
    expect(out.tilts).toEqual(
      tilts.map((t) => ({
        country: t.country,
        dimension: t.dimension,
        a: round(t.a),
        b: round(t.b),
        difference: round(t.difference),
        missing: t.missing,
      })),
    );
    expect(out.assumptions.map((c: { key: string }) => c.key)).toEqual(
      expected.assumptions.map((c) => c.key),
    );
    const debt = out.assumptions.find((c: { key: string }) => c.key === 'KG.CN.debt_share');
    expect(debt).toMatchObject({ a: 40, unit: '%' });
    expect(debt.sources.length).toBeGreaterThan(0);
  });

  it('the same scenario twice: nothing differs', () => {
    const out = JSON.parse(
      runCli(['diff', '--scenario', 'a.json', '--scenario', 'a.json'], io).stdout,
    );
    expect(out.scores).toEqual([]);
    expect(out.tilts).toEqual([]);
    expect(out.assumptions).toEqual([]);
  });

  it('writes CSV and text, every number in the text by the one formatter', () => {
    const csv = runCli(
      ['diff', '--scenario', 'a.json', '--scenario', 'b.json', '--format', 'csv'],
      io,
    );
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\n')[0]).toBe(
      'type,country,partner,dimension,key,a,b,difference,missing_a,missing_b,unit,sources,name,file',
    );
    // the scenarios' names and files in their own columns, not under a and b
    expect(csv.stdout).toContain('\nscenario,,,,a,,,,,,,,Railway,a.json\n');
    expect(csv.stdout).toContain('\nscenario,,,,b,,,,,,,,"Customs, geometric",b.json\n');
    // every row as wide as the header
    const width = csv.stdout.split('\n')[0]!.split(',').length;
    for (const line of csv.stdout.trimEnd().split('\n').slice(1))
      expect(line.replace(/"[^"]*"/g, 'x').split(',')).toHaveLength(width);
    const text = runCli(
      ['diff', '--scenario', 'a.json', '--scenario', 'b.json', '--format', 'text'],
      io,
    );
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('A: Railway (a.json)');
    expect(text.stdout).toContain('B: Customs, geometric (b.json)');
    // a real minus sign, never a hyphen-minus, before a number
    expect(text.stdout).not.toMatch(/[ (]-\d/);
    // dimensions by their English labels, as the app names them, never by their ids
    expect(text.stdout).toMatch(/Kyrgyzstan · Overall: \+\d+\.\d → \+\d+\.\d \([+−]\d+\.\d\)/);
    expect(text.stdout).toMatch(/Kyrgyzstan · China · Economic: /);
    expect(text.stdout).not.toMatch(/ · (economic|infrastructure|digital|security|overall):/);
  });

  it('prints no control character of a name or path in its text: no terminal escapes', () => {
    const evil: Record<string, string> = {
      ...files,
      'evil\u001b]0;x\u0007.json': JSON.stringify({ name: 'Red\u001b[31m\nB: forged' }),
    };
    const evilIo = { readFile: (path: string) => evil[path] ?? io.readFile(path) };
    const result = runCli(
      [
        'diff',
        '--scenario',
        'evil\u001b]0;x\u0007.json',
        '--scenario',
        'b.json',
        '--format',
        'text',
      ],
      evilIo,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/\p{Cc}(?<!\n)/u);
    // the name stays on its line: no forged line starts with "B:"
    expect(result.stdout.split('\n').filter((line) => line.startsWith('B: '))).toHaveLength(1);
    expect(result.stdout).toContain('A: Red\uFFFD[31m\uFFFDB: forged (evil\uFFFD]0;x\uFFFD.json)');
    // nor in what goes to stderr
    const missing = runCli(['diff', '--scenario', 'no\u001b[2J.json', '--scenario', 'b.json'], io);
    expect(missing.stderr).toContain('no\uFFFD[2J.json');
    expect(missing.stderr).not.toContain('\u001b');
  });

  it('leaves out a row whose difference rounds to 0 as printed, keeps one that does not', () => {
    const target = compareScenarios(dataset, scenarioOf('a.json'), scenarioOf('a.json'));
    const [tiny, small] = [target.scores[0]!, target.scores[1]!];
    tweak.comparison = (comparison) => ({
      ...comparison,
      scores: comparison.scores.map((s) =>
        s === comparison.scores[0] && s.a !== null
          ? { ...s, b: s.a + 4e-5, difference: 4e-5, differs: true }
          : s === comparison.scores[1] && s.a !== null
            ? { ...s, b: s.a + 6e-5, difference: 6e-5, differs: true }
            : s,
      ),
    });
    expect(tiny.a).not.toBeNull();
    expect(small.a).not.toBeNull();
    const argv = ['diff', '--scenario', 'a.json', '--scenario', 'a.json'];
    const out = JSON.parse(runCli(argv, io).stdout);
    // 0.00004 prints as 0: not a difference; 0.00006 prints as 0.0001
    expect(out.scores).toEqual([
      expect.objectContaining({
        country: small.country,
        partner: small.partner,
        dimension: small.dimension,
        difference: 0.0001,
      }),
    ]);
    const csv = runCli([...argv, '--format', 'csv'], io).stdout;
    expect(csv.split('\n').filter((line) => line.startsWith('score,'))).toHaveLength(1);
    expect(csv).not.toMatch(/^score,.*,0,/m);
    const text = runCli([...argv, '--format', 'text'], io).stdout;
    expect(text).toContain('Scores that differ (B − A): 1');
  });

  it('says a score the weights exclude is excluded by weights, not "no data", in every format', () => {
    const argv = ['diff', '--scenario', 'a.json', '--scenario', 'zero.json'];
    const out = JSON.parse(runCli(argv, io).stdout);
    const overall = out.scores.find(
      (s: { country: string; partner: string; dimension: string }) =>
        s.country === 'KG' && s.partner === 'CN' && s.dimension === 'overall',
    );
    expect(overall).toMatchObject({ b: null, missing: { a: null, b: 'weights' } });
    const tilt = out.tilts.find(
      (t: { country: string; dimension: string }) =>
        t.country === 'KG' && t.dimension === 'overall',
    );
    expect(tilt.missing).toEqual({ a: null, b: 'weights' });

    const comparison = compareScenarios(dataset, scenarioOf('a.json'), scenarioOf('zero.json'));
    const overalls = comparison.scores.filter((s) => s.dimension === 'overall');
    expect(overalls.every((s) => s.b === null && s.missing.b === 'weights')).toBe(true);
    expect(comparison.scores.every((s) => (s.b === null) === (s.missing.b !== null))).toBe(true);

    const csv = runCli([...argv, '--format', 'csv'], io).stdout;
    expect(csv).toMatch(/\nscore,KG,CN,overall,,[\d.]+,,,,weights,,,,\n/);

    const text = runCli([...argv, '--format', 'text'], io).stdout;
    expect(text).toMatch(/Kyrgyzstan · China · Overall: \d+\.\d → excluded by weights \(—\)/);
    expect(text).not.toContain('no data');
  });

  it('reports what a file import adjusted, as scores does', () => {
    const result = runCli(['diff', '--scenario', 'wide.json', '--scenario', 'a.json'], io);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/wide\.json: 1 value was adjusted/);
  });

  it.each([
    [['diff', '--scenario', 'a.json'], /exactly two --scenario files.*not 1/],
    [['diff'], /exactly two --scenario files.*not 0/],
    [['diff', '--scenario', 'a.json', '--scenario', 'b.json', '--scenario', 'a.json'], /not 3/],
    [
      ['diff', '--scenario', 'a.json', '--scenario', 'b.json', '--preset', 'baseline'],
      /not --preset/,
    ],
    [
      ['diff', '--scenario', 'a.json', '--scenario', 'b.json', '--format', 'xml'],
      /--format must be json, csv, text, not "xml"/,
    ],
  ])('a wrong invocation %j gets a message naming the problem', (argv, message) => {
    const result = runCli(argv, io);
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  it('a missing file or one that is not JSON is named, with exit code ≠ 0', () => {
    const missing = runCli(['diff', '--scenario', 'a.json', '--scenario', 'nope.json'], io);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/cannot read nope\.json/);
    const broken = runCli(['diff', '--scenario', 'broken.json', '--scenario', 'a.json'], io);
    expect(broken.code).not.toBe(0);
    expect(broken.stderr).toMatch(/broken\.json: not valid JSON/);
  });
});
