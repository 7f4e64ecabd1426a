// One door, one answer (issue 9): a scenario file gives the same numbers in the dashboard
// (its import, then the store) and on the command line, and every value the import changed
// is listed, in the app's report and on the command line's stderr alike.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '@/cli/run';
import { dataset } from '@/data/dataset';
import type { Scenario } from '@/model';
import { scoresOutput, type ScoresOutput } from '@/scenario/exportCsv';
import { readScenarioFile } from '@/scenario/file';
import {
  displayedValue,
  isNumericRecord,
  recordValue,
  sliderIndex,
  type NumericSliderRecord,
} from '@/scenario/sliders';
import { createScenarioStore, initScenarioStore } from '@/scenario/store';

const numericRecords = sliderIndex(dataset).records.filter(isNumericRecord);
const byGroup = (group: NumericSliderRecord['group']) =>
  numericRecords.filter((r) => r.group === group);

/** Where a record's value sits in a scenario file: section and key. */
function fileKey(record: NumericSliderRecord): [section: string, key: string] {
  if (record.group === 'assumption') return ['overrides', record.key];
  if (record.group === 'dimensionWeight') return ['dimensionWeights', record.dimension];
  return ['indicatorWeights', record.indicator!];
}

/** The number a record holds in a scenario, as its slider shows it. */
function keptValue(record: NumericSliderRecord, scenario: Scenario): number | null {
  return record.group === 'assumption'
    ? displayedValue(dataset, record, scenario)
    : (recordValue(record, scenario) as number);
}

/** Numbers a hand-edited file may carry: beyond the slider, tiny, with too many decimals. */
const awkwardNumber = (record: NumericSliderRecord) =>
  fc.oneof(
    fc.double({ min: record.min, max: record.max, noNaN: true }),
    fc.integer({
      min: Math.ceil(record.min),
      max: Math.max(Math.ceil(record.min), Math.floor(record.max)),
    }),
    fc.constantFrom(
      50,
      1e308,
      Number.POSITIVE_INFINITY, // written 1e400, which JSON reads as Infinity
      -1,
      0.0001,
      1e-9,
      record.max * 10 + 1,
      record.min + record.step / 3,
    ),
    fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  );

/** A value written as JSON text: Infinity as 1e400 (JSON.stringify would write null). */
const numberText = (x: number) =>
  Number.isFinite(x) ? JSON.stringify(x) : x > 0 ? '1e400' : '-1e400';

const entries = (records: NumericSliderRecord[], maxLength: number) =>
  fc
    .uniqueArray(fc.constantFrom(...records), { maxLength, selector: (r) => r.key })
    .chain((chosen) =>
      fc.tuple(...chosen.map((r) => awkwardNumber(r).map((v) => [r, v] as const))),
    );

const SECTIONS = ['overrides', 'dimensionWeights', 'indicatorWeights', 'options'] as const;

/** A scenario file as text, with the numbers it carries (record, value as JSON reads it). */
const scenarioFiles = fc
  .record({
    values: fc
      .tuple(
        entries(byGroup('assumption'), 6),
        entries(byGroup('dimensionWeight'), 4),
        entries(byGroup('indicatorWeight'), 4),
      )
      .map((groups) => groups.flat()),
    // a prototype key in one of the file's objects, or at its top level, now and then
    proto: fc.option(fc.constantFrom('top', ...SECTIONS), { freq: 6 }),
    bom: fc.boolean(),
    name: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
  })
  .map(({ values, proto, bom, name }) => {
    const sections = new Map<string, string[]>(SECTIONS.map((s) => [s, []]));
    const numbers: { path: string; record: NumericSliderRecord; given: number }[] = [];
    for (const [record, value] of values) {
      const [section, key] = fileKey(record);
      const text = numberText(value);
      sections.get(section)!.push(`${JSON.stringify(key)}: ${text}`);
      numbers.push({ path: `${section}.${key}`, record, given: JSON.parse(text) as number });
    }
    if (proto && proto !== 'top') {
      sections.get(proto)!.push(proto === 'options' ? `"__proto__": "x"` : `"__proto__": 1`);
    }
    const parts = [...sections]
      .filter(([, items]) => items.length > 0)
      .map(([section, items]) => `"${section}": {${items.join(', ')}}`);
    if (name !== undefined) parts.push(`"name": ${JSON.stringify(name)}`);
    if (proto === 'top') parts.push(`"__proto__": {}`);
    const text = `${bom ? '\uFEFF' : ''}{${parts.join(', ')}}`;
    return { text, numbers, proto };
  });

const withoutText = ({ name: _name, description: _description, ...numbers }: Scenario) => numbers;

/** The dashboard's import: read the file, then put the scenario in a store, as ShareSection does. */
function importInApp(text: string) {
  const read = readScenarioFile(dataset, text);
  if (!read.ok) return read;
  const store = createScenarioStore();
  initScenarioStore(dataset, {}, store);
  store.getState().replaceScenario(read.data.scenario, null);
  return { ok: true as const, scenario: store.getState().scenario, changes: read.data.changes };
}

describe('one door, one answer', () => {
  it('gives the CLI the scores of the app for any scenario file, and reports every change', () => {
    fc.assert(
      fc.property(scenarioFiles, ({ text, numbers, proto }) => {
        const app = importInApp(text);
        const cli = runCli(['scores', '--scenario', 'f.json'], { readFile: () => text });
        // a prototype key is never dropped without a word: the file is refused, naming it
        if (proto)
          expect(!app.ok && app.reason).toMatch(/__proto__: not a name a scenario can use/);
        if (!app.ok) {
          // refused by both, for the same reason
          expect(cli).toEqual({ code: 1, stdout: '', stderr: `fulcrum: f.json: ${app.reason}` });
          return;
        }
        expect(cli.code).toBe(0);
        const out = JSON.parse(cli.stdout) as ScoresOutput;
        // the same scenario (its name aside: a file without one is "Baseline" on the command line)
        expect(withoutText(out.scenario)).toEqual(withoutText(app.scenario));
        const expected = scoresOutput(dataset, app.scenario, null);
        expect(out.scores).toEqual(expected.scores);
        expect(out.overall).toEqual(expected.overall);
        expect(out.tilts).toEqual(expected.tilts);

        // Every number of the file is kept as given, or the report lists its change.
        for (const { path, record, given } of numbers) {
          const kept = keptValue(record, app.scenario);
          const change = app.changes.find((c) => c.path === path);
          if (kept === given) {
            expect(change).toBeUndefined();
          } else {
            expect(change).toMatchObject({ from: given, to: kept });
          }
        }
        // ...and the command line lists the same changes.
        const listed = cli.stderr === '' ? [] : cli.stderr.split('\n').slice(1);
        expect(listed).toEqual(app.changes.map((c) => `  ${c.path}: ${c.reason}`));
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('runs as `npm run fulcrum` does: a file with a byte-order mark and a weight of 50', () => {
    const indicator = dataset.indicators.find((i) => i.weight > 0)!;
    const text = `\uFEFF${JSON.stringify({ indicatorWeights: { [indicator.id]: 50 } })}`;
    const dir = mkdtempSync(join(tmpdir(), 'fulcrum-cli-'));
    try {
      const path = join(dir, 'scenario.json');
      writeFileSync(path, text, 'utf8');
      const run = spawnSync(
        'node_modules/.bin/tsx',
        ['--tsconfig', 'tsconfig.app.json', 'src/cli/fulcrum.ts', 'scores', '--scenario', path],
        { encoding: 'utf8', timeout: 60_000 },
      );
      expect(run.status).toBe(0);
      expect(run.stderr).toContain(
        `  indicatorWeights.${indicator.id}: 50 is outside the slider's range 0–5; set to 5`,
      );
      const printed = JSON.parse(run.stdout) as ScoresOutput;
      const app = importInApp(text);
      if (!app.ok) throw new Error(app.reason);
      expect(withoutText(printed.scenario)).toEqual(withoutText(app.scenario));
      expect(printed.overall).toEqual(scoresOutput(dataset, app.scenario, null).overall);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
