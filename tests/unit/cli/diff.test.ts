import { describe, expect, it } from 'vitest';
import { runCli } from '@/cli/run';
import { dataset } from '@/data/dataset';
import { compareScenarios } from '@/scenario/compare';
import { readScenarioFile } from '@/scenario/file';

const files: Record<string, string> = {
  'a.json': JSON.stringify({ name: 'Railway', overrides: { 'KG.CN.debt_share': 40 } }),
  'b.json': JSON.stringify({
    name: 'Customs, geometric',
    options: { kgTradeSource: 'china-customs' },
    aggregation: 'geometric',
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
      'type,country,partner,dimension,key,a,b,difference,unit,sources',
    );
    expect(csv.stdout).toContain('scenario,,,,a,Railway,a.json');
    const text = runCli(
      ['diff', '--scenario', 'a.json', '--scenario', 'b.json', '--format', 'text'],
      io,
    );
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('A: Railway (a.json)');
    expect(text.stdout).toContain('B: Customs, geometric (b.json)');
    // a real minus sign, never a hyphen-minus, before a number
    expect(text.stdout).not.toMatch(/[ (]-\d/);
    expect(text.stdout).toMatch(/Kyrgyzstan · overall: \+\d+\.\d → \+\d+\.\d \([+−]\d+\.\d\)/);
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
