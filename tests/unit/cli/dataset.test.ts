// `--dataset file.json` on every command: the file comes in by the same door as outside data
// in the app (size, JSON, the zod schema), and a refused file is named with its problem.
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBoundedFile } from '@/cli/readBoundedFile';
import { runCli } from '@/cli/run';
import { dataset } from '@/data/dataset';
import { DATASET_FILE_MAX_BYTES } from '@/data/datasetFile';
import { readObservationsCsv } from '@/lib/observationsCsv';
import { computeScores } from '@/model';
import type { ScoresOutput } from '@/scenario/exportCsv';
import { THREE_COUNTRIES_PATH, threeCountries } from '../../fixtures/threeCountries';

const dir = mkdtempSync(join(tmpdir(), 'fulcrum-dataset-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The command line with real files, each read at its door's limit as `fulcrum` reads it. */
const io = { readFile: readBoundedFile };

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('fulcrum --dataset', () => {
  it('scores the fixture: the third country against all three partners, as the model does', () => {
    const result = runCli(['scores', '--dataset', THREE_COUNTRIES_PATH], io);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as ScoresOutput;
    const kz = out.overall.filter((s) => s.country === 'KZ');
    expect(kz.map((s) => s.partner)).toEqual(['CN', 'RU', 'TR']);
    const expected = computeScores(threeCountries());
    for (const s of kz) {
      const e = expected.overall.find((x) => x.country === 'KZ' && x.partner === s.partner)!;
      expect(s.score).toBeCloseTo(e.score!, 3);
    }
    expect(out.tilts.filter((t) => t.country === 'KZ')).toHaveLength(5);
  });

  it('prints the whole data set, which --dataset reads back; --format csv prints the template', () => {
    const printed = runCli(['dataset', '--dataset', THREE_COUNTRIES_PATH], io);
    expect(printed.code).toBe(0);
    expect(JSON.parse(printed.stdout)).toEqual(threeCountries());
    const bundled = runCli(['dataset'], io);
    expect(JSON.parse(bundled.stdout)).toEqual(dataset);
    const again = runCli(['dataset', '--dataset', file('printed.json', bundled.stdout)], io);
    expect(again.stdout).toBe(bundled.stdout);

    const csv = runCli(['dataset', '--format', 'csv', '--dataset', THREE_COUNTRIES_PATH], io);
    expect(csv.code).toBe(0);
    const read = readObservationsCsv(csv.stdout, threeCountries());
    expect(read.ok && read.data).toEqual(threeCountries());
  });

  it('diffs two scenarios on the fixture', () => {
    const a = file('a.json', JSON.stringify({ name: 'A' }));
    const b = file('b.json', JSON.stringify({ name: 'B', overrides: { 'KZ.TR.trade_share': 40 } }));
    const result = runCli(
      ['diff', '--scenario', a, '--scenario', b, '--dataset', THREE_COUNTRIES_PATH],
      io,
    );
    expect(result.stderr).toBe('');
    const out = JSON.parse(result.stdout) as { scores: { country: string; partner: string }[] };
    expect(out.scores.length).toBeGreaterThan(0);
    for (const s of out.scores) expect([s.country, s.partner]).toEqual(['KZ', 'TR']);
  });

  it('names the problem of a broken file and exits non-zero', () => {
    const unknown = threeCountries();
    const i = unknown.observations.findIndex((o) => o.country === 'KZ');
    unknown.observations[i]!.indicator = 'gdp_share';
    const outOfRange = threeCountries();
    const j = outOfRange.observations.findIndex((o) => o.indicator === 'trade_share');
    outOfRange.observations[j]!.value = 150;
    const cases: [string, string, RegExp][] = [
      ['bad.json', '{"version": "1",', /bad\.json: the data set is invalid: not valid JSON/],
      [
        'unknown.json',
        JSON.stringify(unknown),
        new RegExp(`observations\\[${i}\\]\\.indicator: unknown indicator "gdp_share"`),
      ],
      [
        'range.json',
        JSON.stringify(outOfRange),
        new RegExp(`observations\\[${j}\\]\\.high: high \\(\\d+\\) must be ≥ value \\(150\\)`),
      ],
    ];
    for (const command of [['scores'], ['dataset']]) {
      for (const [name, text, message] of cases) {
        const result = runCli([...command, '--dataset', file(name, text)], io);
        expect(result.code, name).toBe(1);
        expect(result.stdout).toBe('');
        expect(result.stderr).toMatch(message);
      }
    }
  });

  it('refuses a file over 20 MB before reading it whole, and a missing file', () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, '');
    truncateSync(big, DATASET_FILE_MAX_BYTES + 1);
    const result = runCli(['scores', '--dataset', big], io);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('larger than the 20 MB limit');
    // the same door when the text comes from elsewhere
    const text = runCli(['scores', '--dataset', 'x.json'], {
      readFile: () => ' '.repeat(DATASET_FILE_MAX_BYTES + 1),
    });
    expect(text.stderr).toBe(
      'fulcrum: x.json: the data set is invalid: the file is larger than the 20 MB limit',
    );
    const missing = runCli(['scores', '--dataset', join(dir, 'none.json')], io);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read .*none\.json/);
  });

  it('takes one --dataset, and dataset takes no scenario', () => {
    const twice = runCli(
      ['scores', '--dataset', THREE_COUNTRIES_PATH, '--dataset', THREE_COUNTRIES_PATH],
      io,
    );
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/--dataset given more than once/);
    expect(runCli(['dataset', '--preset', 'x'], io).code).toBe(2);
    expect(runCli(['dataset', '--format', 'xml'], io).stderr).toMatch(
      /--format must be json or csv/,
    );
  });
});

describe('fulcrum dataset --observations', () => {
  it("builds the data set from the CSV template's rows, which --dataset then reads", () => {
    const csv = runCli(['dataset', '--format', 'csv', '--dataset', THREE_COUNTRIES_PATH], io);
    const path = file('obs.csv', csv.stdout.replace(/\n/g, '\r\n'));
    const built = runCli(
      ['dataset', '--dataset', THREE_COUNTRIES_PATH, '--observations', path],
      io,
    );
    expect(built.stderr).toBe('');
    expect(JSON.parse(built.stdout)).toEqual(threeCountries());
  });

  it('lists the problems of a CSV by row and column', () => {
    const csv = runCli(['dataset', '--format', 'csv', '--dataset', THREE_COUNTRIES_PATH], io);
    const lines = csv.stdout.split('\n');
    lines[1] = lines[1]!.replace('trade_share', 'gdp_share');
    const result = runCli(
      [
        'dataset',
        '--dataset',
        THREE_COUNTRIES_PATH,
        '--observations',
        file('bad.csv', lines.join('\n')),
      ],
      io,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /bad\.csv: the observations are invalid:\n {2}row 2, field indicator: unknown indicator "gdp_share"/,
    );
  });
});
