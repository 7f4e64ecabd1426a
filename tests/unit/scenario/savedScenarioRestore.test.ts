// The restore step alone: stored value in, usable entries, what is set aside and why out.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '@/data/dataset';
import { toScenarioFile } from '@/scenario/file';
import { SAVED_SCENARIO_LIMITS } from '@/scenario/limits';
import {
  SAVED_SCENARIOS_VERSION,
  restoreSavedScenario,
  restoreSavedScenarios,
  storedListText,
  type SavedScenario,
} from '@/scenario/savedScenarioChecks';
import { normalizeScenario } from '@/scenario/sliders';

const scenario = normalizeScenario(dataset, { overrides: { 'KG.CN.debt_share': 40 } });

function entry(id: string, name = `name ${id}`, extra: Partial<SavedScenario> = {}): SavedScenario {
  return {
    id,
    name,
    description: '',
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-02T00:00:00.000Z',
    scenario: toScenarioFile({ ...scenario, name, description: '' }),
    ...extra,
  };
}

const envelope = (entries: unknown[], version: unknown = SAVED_SCENARIOS_VERSION) => ({
  state: { entries },
  version,
});

/** A valid entry, as fast-check draws it (names and descriptions up to the limits). */
const validEntry = (id: string) =>
  fc
    .record({
      name: fc.string({ maxLength: SAVED_SCENARIO_LIMITS.name }),
      description: fc.string({ maxLength: 300 }),
      presetId: fc.option(fc.constantFrom('remittance-shock', 'baseline'), { nil: undefined }),
      weight: fc.integer({ min: 0, max: 5 }),
    })
    .map(({ name, description, presetId, weight }) =>
      entry(id, name, {
        description,
        ...(presetId ? { presetId } : {}),
        scenario: toScenarioFile({
          ...scenario,
          name,
          description,
          dimensionWeights: { ...scenario.dimensionWeights, security: weight },
        }),
      }),
    );

/** Values that are nearly entries: a good entry with one field broken. */
const brokenEntry = fc
  .tuple(
    fc.constantFrom(
      'id',
      'name',
      'description',
      'createdAt',
      'scenario',
      '__proto__',
      'constructor',
      'extra',
    ),
    fc.oneof(fc.anything(), fc.constant('y'.repeat(6000)), fc.constant({ __proto__: null })),
  )
  .map(([field, value]) => {
    const raw: Record<string, unknown> = JSON.parse(JSON.stringify(entry('broken')));
    // a JSON-parsed object keeps `__proto__` as an own key, as stored text would
    Object.defineProperty(raw, field, {
      value,
      enumerable: true,
      configurable: true,
      writable: true,
    });
    if (field === 'id') raw.id = typeof value === 'string' && value.length > 0 ? 1 : value;
    return raw;
  });

describe('restoreSavedScenarios', () => {
  it('reads nothing stored as an empty list', () => {
    for (const raw of [null, undefined]) {
      expect(restoreSavedScenarios(raw, dataset)).toEqual({
        entries: [],
        quarantined: [],
        problems: [],
        kept: [],
        newerList: false,
      });
    }
  });

  it('reads the stored text or the parsed value alike', () => {
    const list = [entry('a'), entry('b')];
    const fromText = restoreSavedScenarios(storedListText(list), dataset);
    expect(fromText.entries).toEqual(list);
    expect(restoreSavedScenarios(JSON.parse(storedListText(list)), dataset)).toEqual(fromText);
  });

  it('sets an unreadable list aside whole, as it was', () => {
    expect(restoreSavedScenarios('{"state": [', dataset)).toEqual({
      entries: [],
      quarantined: [{ problem: { code: 'not-json' }, raw: '{"state": [' }],
      problems: [{ code: 'not-json' }],
      kept: [],
      newerList: false,
    });
    for (const foreign of [[1, 2], 'null', { state: {} }, envelope([], -1), envelope([], '1')]) {
      const result = restoreSavedScenarios(foreign, dataset);
      expect(result.problems).toEqual([{ code: 'unexpected-shape' }]);
    }
    const future = envelope([entry('f')], SAVED_SCENARIOS_VERSION + 1);
    expect(restoreSavedScenarios(future, dataset)).toMatchObject({
      entries: [],
      quarantined: [{ raw: future }],
      problems: [{ code: 'newer-format', version: SAVED_SCENARIOS_VERSION + 1, supported: 1 }],
      newerList: true,
    });
  });

  it('keeps, as stored, the entries another version or data set can use, for every write', () => {
    const newer = { ...entry('n', 'Newer'), scenario: { version: 99, name: 'Newer' } };
    const foreign = {
      ...entry('e', 'Foreign'),
      scenario: { overrides: { 'XX.CN.debt_share': 1 } },
    };
    const broken = { ...entry('d', 'Bad date'), createdAt: 'yesterday' };
    const raw = envelope([entry('a'), newer, foreign, broken, entry('a', 'Again')]);
    const result = restoreSavedScenarios(JSON.stringify(raw), dataset);
    expect(result.entries.map((e) => e.id)).toEqual(['a']);
    expect(result.problems.map((p) => p.code)).toEqual([
      'newer-format',
      'not-in-dataset',
      'invalid-field',
      'duplicate-id',
    ]);
    expect(result.kept).toEqual([newer, foreign]);
    expect(result.newerList).toBe(false);
    // written back with this tab's entries, they are read again exactly as before
    const again = restoreSavedScenarios(storedListText(result.entries, result.kept), dataset);
    expect(again.entries).toEqual(result.entries);
    expect(again.kept).toEqual([newer, foreign]);
  });

  it('names each entry’s problem with a code, keeping every good entry', () => {
    const long = 'x'.repeat(SAVED_SCENARIO_LIMITS.name + 1);
    const raw = envelope([
      entry('a'),
      { ...entry('b'), name: long },
      {
        ...entry('c', 'Long text'),
        description: 'y'.repeat(SAVED_SCENARIO_LIMITS.description + 1),
      },
      { ...entry('d', 'Bad date'), createdAt: 'yesterday' },
      { ...entry('e', 'Foreign'), scenario: { overrides: { 'XX.CN.debt_share': 1 } } },
      entry('a', 'Again'),
      JSON.parse('{"id": "p", "__proto__": {"polluted": true}}'),
      { ...entry('g', 'Proto inside'), scenario: JSON.parse('{"overrides": {"__proto__": 1}}') },
      entry('z'),
    ]);
    const result = restoreSavedScenarios(raw, dataset);
    expect(result.entries.map((e) => e.id)).toEqual(['a', 'z']);
    expect(result.problems).toEqual([
      { code: 'name-too-long', entry: { position: 2, name: long.slice(0, 60) }, max: 200 },
      { code: 'description-too-long', entry: { position: 3, name: 'Long text' }, max: 5000 },
      { code: 'invalid-field', entry: { position: 4, name: 'Bad date' }, field: 'createdAt' },
      {
        code: 'not-in-dataset',
        entry: { position: 5, name: 'Foreign' },
        field: 'overrides.XX.CN.debt_share',
      },
      { code: 'duplicate-id', entry: { position: 6, name: 'Again' }, id: 'a' },
      { code: 'invalid-field', entry: { position: 7, name: null }, field: '__proto__' },
      {
        code: 'invalid-field',
        entry: { position: 8, name: 'Proto inside' },
        field: 'scenario.overrides.__proto__',
      },
    ]);
    expect(result.quarantined.map((q) => q.raw)).toEqual(raw.state.entries.slice(1, 8));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('opens an entry with the changes made to fit the sliders, never silently', () => {
    const indicator = dataset.indicators.find((i) => i.weight > 0)!;
    const restored = restoreSavedScenario(dataset, {
      indicatorWeights: { [indicator.id]: 50 },
    });
    expect(restored).toMatchObject({
      ok: true,
      data: {
        scenario: { indicatorWeights: { [indicator.id]: 5 } },
        changes: [{ path: `indicatorWeights.${indicator.id}`, code: 'clamped', from: 50, to: 5 }],
      },
    });
  });

  it('checks against the data set only when given one', () => {
    const foreign = { ...entry('e'), scenario: { overrides: { 'XX.CN.debt_share': 1 } } };
    expect(restoreSavedScenarios(envelope([foreign]), null).entries).toEqual([foreign]);
  });

  it('migrates entries of version 0, and quarantines them in their stored form', () => {
    const old = { id: 'o', name: 'Old', savedAt: '2026-10-01T00:00:00.000Z', scenario: {} };
    const bad = { id: 'q', name: 'Old bad', savedAt: 'not a date', scenario: {} };
    const result = restoreSavedScenarios({ state: { entries: [old, bad] } }, dataset);
    expect(result.entries).toEqual([
      {
        id: 'o',
        name: 'Old',
        description: '',
        createdAt: old.savedAt,
        updatedAt: old.savedAt,
        scenario: {},
      },
    ]);
    expect(result.quarantined).toEqual([
      {
        problem: {
          code: 'invalid-field',
          entry: { position: 2, name: 'Old bad' },
          field: 'createdAt',
        },
        raw: bad,
      },
    ]);
  });

  it('never throws, and reports one problem per thing set aside (any input)', () => {
    const input = fc.oneof(
      fc.anything(),
      fc.json(),
      // huge texts, cheap to draw: a million characters of junk, or a list with such a name
      fc.constantFrom(
        'x'.repeat(1_000_000),
        storedListText([entry('h', 'n'.repeat(1_000_000))]),
        JSON.stringify(envelope(['s'.repeat(1_000_000)])),
      ),
      fc.array(fc.oneof(fc.anything(), brokenEntry)).map((entries) => envelope(entries)),
      fc.tuple(fc.array(fc.anything()), fc.anything()).map(([entries, version]) => ({
        state: { entries },
        version,
      })),
    );
    fc.assert(
      fc.property(input, (raw) => {
        const result = restoreSavedScenarios(raw, dataset);
        expect(result.problems).toEqual(result.quarantined.map((q) => q.problem));
        for (const problem of result.problems) expect(typeof problem.code).toBe('string');
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every valid entry and sets every other one aside as it was: nothing is lost', () => {
    const list = fc
      .array(fc.oneof(fc.constant(null), brokenEntry, fc.anything()), { maxLength: 12 })
      .chain((kinds) =>
        fc.tuple(
          ...kinds.map((kind, i) =>
            kind === null
              ? validEntry(`id-${i}`).map((value) => ({ valid: true, value }))
              : fc.constant({ valid: false, value: kind as unknown }),
          ),
        ),
      );
    fc.assert(
      fc.property(list, (items) => {
        const stored = items.map((item) => item.value);
        const result = restoreSavedScenarios(envelope(stored), dataset);
        // the valid ones (ids id-0, id-1, …) all survive, in order; a broken one may pass
        // only if it is in fact an entry
        const valid = items.filter((item) => item.valid).map((item) => item.value);
        expect(result.entries.filter((e) => e.id.startsWith('id-'))).toEqual(valid);
        expect(result.entries.length + result.quarantined.length).toBe(stored.length);
        // every stored value is either a kept entry or set aside exactly as it was
        const back = [...result.entries, ...result.quarantined.map((q) => q.raw)];
        for (const raw of stored) expect(back).toContainEqual(raw);
        // and a round trip through storage changes nothing
        expect(restoreSavedScenarios(storedListText(result.entries), dataset).entries).toEqual(
          result.entries,
        );
      }),
      { numRuns: 200 },
    );
  });
});
