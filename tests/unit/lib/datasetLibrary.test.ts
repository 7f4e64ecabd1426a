import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset as bundled } from '@/data/dataset';
import { checkDataset } from '@/data/schema';
import { BUNDLED_DATASET_ID } from '@/lib/datasetId';
import {
  createDatasetLibrary,
  datasetIdFor,
  indexedDbBackend,
  memoryBackend,
  STORED_ID_PATTERN,
  type LibraryBackend,
} from '@/lib/datasetLibrary';
import type { Dataset } from '@/model';
import { threeCountries } from '../../fixtures/threeCountries';

const fixedNow = () => new Date('2026-12-03T10:00:00.000Z');

function library(map = new Map<string, unknown>()) {
  return {
    map,
    lib: createDatasetLibrary(memoryBackend(map), {
      bundled: () => Promise.resolve(bundled),
      bundledId: BUNDLED_DATASET_ID,
      now: fixedNow,
    }),
  };
}

/** The fixture, through the schema (as the page hands it to the library). */
function fixture(): Dataset {
  const checked = checkDataset(threeCountries());
  if (!checked.ok) throw new Error(checked.problems[0]!.message);
  return checked.data;
}

describe('the data-set library', () => {
  it('lists the bundled data set first, alone when nothing is stored', async () => {
    const { lib } = library();
    const listed = await lib.list();
    expect(listed.entries).toHaveLength(1);
    expect(listed.entries[0]).toMatchObject({
      id: BUNDLED_DATASET_ID,
      bundled: true,
      version: bundled.version,
    });
    expect(listed.damaged).toBe(0);
  });

  it('puts a data set under an id derived from its content, lists and gets it back', async () => {
    const { lib } = library();
    const data = fixture();
    const put = await lib.put(data, 'three countries');
    expect(put.ok).toBe(true);
    if (!put.ok) return;
    expect(put.entry.id).toBe(datasetIdFor(JSON.stringify(data)));
    expect(put.entry.id).toMatch(STORED_ID_PATTERN);
    expect(put.entry).toMatchObject({
      name: 'three countries',
      version: data.version,
      addedAt: fixedNow().toISOString(),
      bundled: false,
    });
    expect(put.entry.size).toBeGreaterThan(1000);
    expect(put.replaced).toBe(false);

    const listed = await lib.list();
    expect(listed.entries.map((e) => e.id)).toEqual([BUNDLED_DATASET_ID, put.entry.id]);

    const got = await lib.get(put.entry.id);
    expect(got.ok).toBe(true);
    if (!got.ok) return;
    expect(got.dataset).toEqual(data);
  });

  it('the same content put twice is one entry (replaced), another content another', async () => {
    const { lib } = library();
    const data = fixture();
    const first = await lib.put(data, 'a');
    const again = await lib.put(fixture(), 'b');
    expect(again.ok && again.replaced).toBe(true);
    expect(again.ok && first.ok && again.entry.id === first.entry.id).toBe(true);
    const other = await lib.put({ ...fixture(), version: 'another' }, 'c');
    expect(other.ok && first.ok && other.entry.id !== first.entry.id).toBe(true);
    expect((await lib.list()).entries).toHaveLength(3);
  });

  it('never overwrites, gets or deletes the bundled data set', async () => {
    const { lib, map } = library();
    expect(await lib.remove(BUNDLED_DATASET_ID)).toBe(false);
    expect(await lib.get(BUNDLED_DATASET_ID)).toEqual({
      ok: false,
      problem: { code: 'not-found' },
    });
    // A record planted under the bundled id is not a stored data set: not listed, not used.
    map.set(BUNDLED_DATASET_ID, { id: BUNDLED_DATASET_ID, dataset: threeCountries() });
    const listed = await lib.list();
    expect(listed.entries.filter((e) => e.id === BUNDLED_DATASET_ID)).toEqual([
      expect.objectContaining({ bundled: true, version: bundled.version }),
    ]);
    expect(listed.damaged).toBe(1);
  });

  it('deletes a stored data set', async () => {
    const { lib } = library();
    const put = await lib.put(fixture(), 'x');
    if (!put.ok) throw new Error('not stored');
    expect(await lib.remove(put.entry.id)).toBe(true);
    expect((await lib.list()).entries).toHaveLength(1);
    expect(await lib.get(put.entry.id)).toEqual({ ok: false, problem: { code: 'not-found' } });
  });

  it('refuses a stored record whose data set the schema refuses (edited in storage)', async () => {
    const { lib, map } = library();
    const put = await lib.put(fixture(), 'x');
    if (!put.ok) throw new Error('not stored');
    const record = map.get(put.entry.id) as { dataset: Dataset };
    record.dataset.observations[0]!.low = record.dataset.observations[0]!.value + 1;
    const got = await lib.get(put.entry.id);
    expect(got.ok).toBe(false);
    if (got.ok) return;
    expect(got.problem.code).toBe('damaged');
    const listed = await lib.list();
    expect(listed.entries).toHaveLength(1);
    expect(listed.damaged).toBe(1);
  });

  it('reports a storage that fails instead of throwing', async () => {
    const failing: LibraryBackend = {
      getAll: () => Promise.reject(new Error('denied')),
      get: () => Promise.reject(new Error('denied')),
      put: () => Promise.reject(new Error('quota')),
      delete: () => Promise.reject(new Error('denied')),
    };
    const lib = createDatasetLibrary(failing, {
      bundled: () => Promise.resolve(bundled),
      bundledId: BUNDLED_DATASET_ID,
    });
    const listed = await lib.list();
    expect(listed.entries.map((e) => e.id)).toEqual([BUNDLED_DATASET_ID]);
    expect(listed.unavailable).toContain('denied');
    expect(await lib.get('d-0123456789abcdef')).toMatchObject({
      ok: false,
      problem: { code: 'unavailable' },
    });
    expect((await lib.put(fixture(), 'x')).ok).toBe(false);
    expect(await lib.remove('d-0123456789abcdef')).toBe(false);
  });

  it('list() never rejects: a bundled data set that fails, a storage that throws at once', async () => {
    const throwing: LibraryBackend = {
      getAll: () => {
        throw new Error('no database');
      },
      get: () => {
        throw new Error('no database');
      },
      put: () => {
        throw new Error('no database');
      },
      delete: () => {
        throw new Error('no database');
      },
    };
    const noBundle = () => Promise.reject(new Error('chunk failed'));
    const cases = [
      { backend: throwing, bundledOk: true, reason: 'no database', ids: [BUNDLED_DATASET_ID] },
      { backend: memoryBackend(), bundledOk: false, reason: 'chunk failed', ids: [] },
      { backend: throwing, bundledOk: false, reason: 'chunk failed', ids: [] },
    ];
    for (const { backend, bundledOk, reason, ids } of cases) {
      const lib = createDatasetLibrary(backend, {
        bundled: bundledOk ? () => Promise.resolve(bundled) : noBundle,
        bundledId: BUNDLED_DATASET_ID,
      });
      const listed = await lib.list();
      expect(listed.entries.map((e) => e.id)).toEqual(ids);
      expect(listed.unavailable).toContain(reason);
      expect(await lib.get('d-0123456789abcdef')).toMatchObject({ ok: false });
      expect((await lib.put(fixture(), 'x')).ok).toBe(backend !== throwing);
      expect(await lib.remove('d-0123456789abcdef')).toBe(backend !== throwing);
    }
    // The stored ones are still listed when only the bundled data set failed.
    const map = new Map<string, unknown>();
    const put = await library(map).lib.put(fixture(), 'kept');
    if (!put.ok) throw new Error('not stored');
    const lib = createDatasetLibrary(memoryBackend(map), {
      bundled: noBundle,
      bundledId: BUNDLED_DATASET_ID,
    });
    expect((await lib.list()).entries.map((e) => e.id)).toEqual([put.entry.id]);
  });

  it('IndexedDB: a blocked open is retried by the next call; a version change closes the database', async () => {
    type Handler = (() => void) | null;
    const opened: { closed: boolean; onversionchange: Handler; onclose: Handler }[] = [];
    const requests: {
      onsuccess: Handler;
      onerror: Handler;
      onblocked: Handler;
      result?: unknown;
    }[] = [];
    const fakeDb = () => {
      const db = {
        closed: false,
        onversionchange: null as Handler,
        onclose: null as Handler,
        objectStoreNames: { contains: () => true },
        close() {
          db.closed = true;
        },
        transaction: () => ({
          objectStore: () => ({
            getAll: () => {
              const req = { result: ['stored'], onsuccess: null as Handler, onerror: null };
              queueMicrotask(() => req.onsuccess?.());
              return req;
            },
          }),
        }),
      };
      opened.push(db);
      return db;
    };
    const factory = {
      open: () => {
        const req = { onsuccess: null, onerror: null, onblocked: null, onupgradeneeded: null };
        requests.push(req);
        return req;
      },
    } as unknown as IDBFactory;
    const backend = indexedDbBackend(factory);

    // Blocked: the call fails, and the next one opens the database again.
    const first = backend.getAll();
    requests[0]!.onblocked!();
    await expect(first).rejects.toThrow(/blocked/);
    // The blocked request succeeding later is not kept open.
    requests[0]!.result = fakeDb();
    requests[0]!.onsuccess!();
    expect(opened[0]!.closed).toBe(true);

    const second = backend.getAll();
    expect(requests).toHaveLength(2);
    requests[1]!.result = fakeDb();
    requests[1]!.onsuccess!();
    await expect(second).resolves.toEqual(['stored']);
    // Kept open between calls.
    await backend.getAll();
    expect(requests).toHaveLength(2);

    // Another tab upgrades: this one closes its connection and reopens on its next call.
    opened[1]!.onversionchange!();
    expect(opened[1]!.closed).toBe(true);
    const third = backend.getAll();
    expect(requests).toHaveLength(3);
    requests[2]!.result = fakeDb();
    requests[2]!.onsuccess!();
    await expect(third).resolves.toEqual(['stored']);
  });

  it('arbitrary junk in storage never throws and never yields an unvalidated data set', async () => {
    const valid = fixture();
    const validId = datasetIdFor(JSON.stringify(valid));
    // Records near the real shape (to reach the schema), and anything at all.
    const nearRecord = fc.record(
      {
        id: fc.oneof(fc.constant(validId), fc.string(), fc.constant(BUNDLED_DATASET_ID)),
        name: fc.oneof(fc.string(), fc.constant('x')),
        version: fc.string(),
        addedAt: fc.oneof(fc.constant('2026-12-03T10:00:00.000Z'), fc.string()),
        size: fc.oneof(fc.nat(), fc.double()),
        dataset: fc.oneof(
          fc.constant(valid),
          fc.anything(),
          fc.constant({ ...valid, observations: 'junk' }),
          fc.constant({ ...valid, countries: [{ code: 'k', name: 1 }] }),
        ),
      },
      { requiredKeys: [] },
    );
    const junk = fc.array(fc.oneof(fc.anything(), nearRecord), { maxLength: 4 });
    await fc.assert(
      fc.asyncProperty(junk, fc.anything(), async (records, single) => {
        const backend: LibraryBackend = {
          getAll: () => Promise.resolve(records),
          get: () => Promise.resolve(single ?? records[0]),
          put: () => Promise.resolve(),
          delete: () => Promise.resolve(),
        };
        const lib = createDatasetLibrary(backend, {
          bundled: () => Promise.resolve(bundled),
          bundledId: BUNDLED_DATASET_ID,
        });
        const listed = await lib.list();
        expect(listed.entries[0]!.bundled).toBe(true);
        expect(listed.entries.length + listed.damaged).toBe(records.length + 1);
        for (const id of [validId, ...listed.entries.map((e) => e.id)]) {
          const got = await lib.get(id);
          if (got.ok) {
            expect(checkDataset(got.dataset).ok).toBe(true);
            expect(got.entry.id).toBe(id);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
