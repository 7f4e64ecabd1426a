// The analyst's data sets, kept in the browser (IndexedDB): put, list, get, delete. The bundled
// data set is always listed first and can be neither overwritten nor deleted. Storage is outside
// input: everything read back goes through the one door again (the zod schema, src/data/schema.ts)
// before the app may use it, so damaged or hand-edited records are reported, never used.
//
// Loaded on demand only (a dynamic import from src/lib/dataset.ts when the address names a stored
// data set, and the /data page): IndexedDB code and the schema never reach the first screen.
// The storage is a small backend interface, so tests use a Map (`memoryBackend`). Never throws:
// every failure comes back as a result.
import { z } from 'zod';
import { checkDataset, type DatasetProblem } from '@/data/schema';
import type { Dataset } from '@/model';
import { hashHex } from './hash';

/** What the library keeps of one data set. */
interface StoredDataset {
  /** derived from the content (a hash of its JSON): the same file gives the same id */
  id: string;
  name: string;
  /** the data set's own version */
  version: string;
  /** ISO date-time the analyst added it */
  addedAt: string;
  /** bytes of its JSON */
  size: number;
  dataset: Dataset;
}

/** A listed entry: everything but the data itself. */
export type LibraryEntry = Omit<StoredDataset, 'dataset'> & { bundled: boolean };

/** The storage under the library: IndexedDB in the browser, a Map in tests. May throw or reject. */
export interface LibraryBackend {
  getAll(): Promise<unknown[]>;
  get(id: string): Promise<unknown>;
  put(record: StoredDataset): Promise<void>;
  delete(id: string): Promise<void>;
}

const DATASET_NAME_MAX = 120;

/** Ids of stored data sets: `d-` and the content hash's hex digits. */
export const STORED_ID_PATTERN = /^d-[0-9a-f]{8,32}$/;

/** The id of a data set's JSON text: the same content, the same id. */
export function datasetIdFor(json: string): string {
  // two seeds give 106 bits, ample for a personal library
  return `d-${hashHex(json, 0)}${hashHex(json, 1)}`;
}

const isoDateTime = z.iso.datetime({ offset: true });
const recordSchema = z.strictObject({
  id: z.string().regex(STORED_ID_PATTERN),
  name: z.string().min(1).max(DATASET_NAME_MAX),
  version: z.string().max(DATASET_NAME_MAX),
  addedAt: isoDateTime,
  size: z.number().int().min(0),
  dataset: z.unknown(),
});

/** Why a stored record cannot be used. */
type StoredProblem =
  | { code: 'not-found' }
  | { code: 'unavailable'; detail: string }
  /** `detail`: the first problem, as `where: message` */
  | { code: 'damaged'; detail: string; problems: DatasetProblem[] };

export type GetResult =
  { ok: true; entry: LibraryEntry; dataset: Dataset } | { ok: false; problem: StoredProblem };

export type PutResult =
  | { ok: true; entry: LibraryEntry; replaced: boolean }
  | { ok: false; problem: { code: 'unavailable'; detail: string } };

export interface ListResult {
  /** the bundled data set first, then the stored ones (newest first) */
  entries: LibraryEntry[];
  /** stored records that could not be used (damaged, not a data set) */
  damaged: number;
  /** set when the storage (or the bundled data set) could not be read: the entries are partial */
  unavailable: string | null;
}

const errorText = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

/** A record read back from storage, through the door: the envelope, then the schema. */
function checkRecord(
  raw: unknown,
): { ok: true; entry: LibraryEntry; dataset: Dataset } | { ok: false; problems: DatasetProblem[] } {
  const envelope = recordSchema.safeParse(raw);
  if (!envelope.success) {
    return {
      ok: false,
      problems: envelope.error.issues.map((issue) => ({
        path: issue.path.map((p) => (typeof p === 'number' ? p : String(p))),
        where: issue.path.map(String).join('.') || '(record)',
        message: issue.message,
      })),
    };
  }
  const checked = checkDataset(envelope.data.dataset);
  if (!checked.ok) return { ok: false, problems: checked.problems };
  const { dataset: _raw, ...rest } = envelope.data;
  return { ok: true, entry: { ...rest, bundled: false }, dataset: checked.data };
}

export interface DatasetLibraryOptions {
  /** the bundled data set (listed first, never stored) */
  bundled: () => Promise<Dataset>;
  /** the id the app names the bundled data set by (src/lib/datasetId.ts) */
  bundledId: string;
  now?: () => Date;
}

export function createDatasetLibrary(backend: LibraryBackend, options: DatasetLibraryOptions) {
  const now = options.now ?? (() => new Date());

  async function bundledEntry(): Promise<LibraryEntry> {
    const dataset = await options.bundled();
    return {
      id: options.bundledId,
      name: 'bundled',
      version: dataset.version,
      addedAt: dataset.date,
      size: 0,
      bundled: true,
    };
  }

  return {
    /** Never rejects: a bundled data set or a storage that cannot be read is `unavailable`. */
    async list(): Promise<ListResult> {
      let bundled: LibraryEntry[] = [];
      let unavailable: string | null = null;
      try {
        bundled = [await bundledEntry()];
      } catch (error) {
        unavailable = errorText(error);
      }
      try {
        const all = await backend.getAll();
        const raws = Array.isArray(all) ? (all as unknown[]) : [];
        const stored: LibraryEntry[] = [];
        let damaged = 0;
        for (const raw of raws) {
          const checked = checkRecord(raw);
          if (checked.ok) stored.push(checked.entry);
          else damaged++;
        }
        stored.sort((a, b) => (a.addedAt < b.addedAt ? 1 : a.addedAt > b.addedAt ? -1 : 0));
        return { entries: [...bundled, ...stored], damaged, unavailable };
      } catch (error) {
        return { entries: bundled, damaged: 0, unavailable: unavailable ?? errorText(error) };
      }
    },

    /** A stored data set, validated; the bundled one is the app's own (src/lib/dataset.ts). */
    async get(id: string): Promise<GetResult> {
      if (!STORED_ID_PATTERN.test(id)) return { ok: false, problem: { code: 'not-found' } };
      let raw: unknown;
      try {
        raw = await backend.get(id);
      } catch (error) {
        return { ok: false, problem: { code: 'unavailable', detail: errorText(error) } };
      }
      if (raw === undefined || raw === null) return { ok: false, problem: { code: 'not-found' } };
      const checked = checkRecord(raw);
      if (!checked.ok) {
        const first = checked.problems[0];
        const detail = first ? `${first.where}: ${first.message}` : 'damaged';
        return { ok: false, problem: { code: 'damaged', detail, problems: checked.problems } };
      }
      if (checked.entry.id !== id) return { ok: false, problem: { code: 'not-found' } };
      return checked;
    },

    /** Keeps a data set that has passed the schema; the same content replaces itself. */
    async put(dataset: Dataset, name: string): Promise<PutResult> {
      const json = JSON.stringify(dataset);
      const id = datasetIdFor(json);
      const cleanName = name.trim().slice(0, DATASET_NAME_MAX) || dataset.version.slice(0, 60);
      const record: StoredDataset = {
        id,
        name: cleanName || id,
        version: dataset.version.slice(0, DATASET_NAME_MAX),
        addedAt: now().toISOString(),
        size: new TextEncoder().encode(json).length,
        dataset,
      };
      try {
        const replaced = (await backend.get(id)) != null;
        await backend.put(record);
        const { dataset: _d, ...rest } = record;
        return { ok: true, entry: { ...rest, bundled: false }, replaced };
      } catch (error) {
        return { ok: false, problem: { code: 'unavailable', detail: errorText(error) } };
      }
    },

    /** Deletes a stored data set; the bundled one cannot be deleted (false). */
    async remove(id: string): Promise<boolean> {
      if (!STORED_ID_PATTERN.test(id)) return false;
      try {
        await backend.delete(id);
        return true;
      } catch {
        return false;
      }
    },
  };
}

export type DatasetLibrary = ReturnType<typeof createDatasetLibrary>;

/** A backend in memory: tests, and browsers without IndexedDB (kept for the page's life). */
export function memoryBackend(map = new Map<string, unknown>()): LibraryBackend {
  return {
    getAll: () => Promise.resolve([...map.values()]),
    get: (id) => Promise.resolve(map.get(id)),
    put: (record) => {
      map.set(record.id, structuredClone(record));
      return Promise.resolve();
    },
    delete: (id) => {
      map.delete(id);
      return Promise.resolve();
    },
  };
}

const DB_NAME = 'fulcrum';
const STORE = 'datasets';

function request<T>(make: () => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const req = make();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/**
 * The browser's IndexedDB: one database, one object store keyed by id. The open database is
 * kept; a failed or blocked open, or a database closed under it (another tab upgrading it,
 * the browser), is forgotten so that the next call opens it again.
 */
export function indexedDbBackend(factory: IDBFactory = indexedDB): LibraryBackend {
  let db: Promise<IDBDatabase> | null = null;
  const open = () => {
    if (db) return db;
    const attempt: { current: Promise<IDBDatabase> | null; blocked: boolean } = {
      current: null,
      blocked: false,
    };
    const forget = () => {
      if (db === attempt.current) db = null;
    };
    attempt.current = db = new Promise<IDBDatabase>((resolve, reject) => {
      const req = factory.open(DB_NAME, 1);
      req.onupgradeneeded = () => {
        if (!req.result.objectStoreNames.contains(STORE)) {
          req.result.createObjectStore(STORE, { keyPath: 'id' });
        }
      };
      req.onsuccess = () => {
        const opened = req.result;
        // Opened after all, once the other tab let go: that call was answered; not kept open.
        if (attempt.blocked) return opened.close();
        // Another tab wants a newer version: let it (this tab reopens on its next call).
        opened.onversionchange = () => {
          opened.close();
          forget();
        };
        opened.onclose = forget;
        resolve(opened);
      };
      req.onerror = () => {
        forget();
        reject(req.error ?? new Error('IndexedDB could not be opened'));
      };
      req.onblocked = () => {
        attempt.blocked = true;
        forget(); // a later call tries again
        reject(new Error('IndexedDB is blocked by another tab'));
      };
    });
    return db;
  };
  const store = async (mode: IDBTransactionMode) =>
    (await open()).transaction(STORE, mode).objectStore(STORE);
  return {
    getAll: async () => {
      const s = await store('readonly');
      return request(() => s.getAll());
    },
    get: async (id) => {
      const s = await store('readonly');
      return request(() => s.get(id));
    },
    put: async (record) => {
      const s = await store('readwrite');
      await request(() => s.put(record));
    },
    delete: async (id) => {
      const s = await store('readwrite');
      await request(() => s.delete(id));
    },
  };
}

let appLibrary: DatasetLibrary | null = null;

/**
 * The app's library: IndexedDB where the browser has it, else memory for this page's life.
 * `bundledId` is src/lib/datasetId.ts's BUNDLED_DATASET_ID (passed in: this module is loaded on
 * demand and imports nothing of the first screen's).
 */
export function datasetLibrary(bundledId: string): DatasetLibrary {
  appLibrary ??= createDatasetLibrary(
    typeof indexedDB === 'undefined' ? memoryBackend() : indexedDbBackend(),
    { bundled: () => import('@/data/dataset').then((m) => m.dataset), bundledId },
  );
  return appLibrary;
}

/** Replaces the app's library (tests). */
export function setDatasetLibrary(library: DatasetLibrary | null): void {
  appLibrary = library;
}
