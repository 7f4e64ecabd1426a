import { useQuery } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import { useSearchParams } from 'react-router';
import type { Dataset } from '@/model';
import { BUNDLED_DATASET_ID, DATASET_PARAM, rememberDatasetId } from './datasetId';

/** Where the data comes from: the bundled module (default) or a JSON URL. */
export interface DataSourceConfig {
  url?: string | undefined;
  /** a data set kept in the browser (`?dataset=<id>`), loaded from src/lib/datasetLibrary.ts */
  stored?: string | undefined;
}

/** An error whose message is meant for the analyst: which field is bad, or what failed. */
export class DatasetError extends Error {
  constructor(
    /** `missing`: the address names a data set this browser does not have (message = its id) */
    readonly kind: 'invalid' | 'network' | 'missing',
    message: string,
  ) {
    super(message);
    this.name = 'DatasetError';
  }
}

/**
 * The bundled module is checked by the tests (tests/unit/data/dataset.test.ts: it parses,
 * and parsing returns it unchanged), so it is used as it is; only a fetched copy is
 * validated at run time, with the schema (and zod) loaded for that path alone.
 */
export async function loadDataset(
  config: DataSourceConfig,
  signal?: AbortSignal,
): Promise<Dataset> {
  if (config.stored) return loadStoredDataset(config.stored);
  if (!config.url) return importBundledDataset();
  let response: Response;
  try {
    response = await fetch(config.url, { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    throw new DatasetError('network', (error as Error).message);
  }
  if (!response.ok) throw new DatasetError('network', `HTTP ${response.status} from ${config.url}`);
  let raw: unknown;
  try {
    raw = await response.json();
  } catch {
    throw new DatasetError('invalid', `the response from ${config.url} is not valid JSON`);
  }
  const { parseDataset } = await import('@/data/schema');
  const parsed = parseDataset(raw);
  // Nothing half-loaded: an invalid data set is refused whole.
  if (!parsed.ok) throw new DatasetError('invalid', parsed.reason);
  return parsed.data;
}

/** A data set from the browser's library, validated on the way out (never on the first screen). */
async function loadStoredDataset(id: string): Promise<Dataset> {
  const { datasetLibrary } = await import('./datasetLibrary');
  const found = await datasetLibrary(BUNDLED_DATASET_ID).get(id);
  if (found.ok) {
    rememberDatasetId(found.dataset, id);
    return found.dataset;
  }
  const { problem } = found;
  throw problem.code === 'not-found'
    ? new DatasetError('missing', id)
    : new DatasetError(problem.code === 'damaged' ? 'invalid' : 'network', problem.detail);
}

let bundled: Promise<Dataset> | null = null;

/**
 * The bundled data set's chunk, imported once. main.tsx calls this before React mounts so
 * the chunk downloads alongside the entry instead of after the first render.
 */
export function importBundledDataset(): Promise<Dataset> {
  bundled ??= import('@/data/dataset').then(
    (m) => m.dataset,
    (error: unknown) => {
      bundled = null; // a failed download may be retried
      throw error;
    },
  );
  return bundled;
}

export const DataSourceContext = createContext<DataSourceConfig>({});

/** The data set's react-query key: the cache can be seeded with it (main.tsx, the prerender). */
export function datasetQueryKey(config: DataSourceConfig) {
  return config.stored
    ? (['dataset', 'stored', config.stored] as const)
    : (['dataset', config.url ?? 'bundled'] as const);
}

/** The stored data set an address's query names (`?dataset=<id>`), or null for the bundled one. */
export function storedDatasetIdOf(search: URLSearchParams): string | null {
  const named = search.get(DATASET_PARAM);
  return named && named !== BUNDLED_DATASET_ID ? named : null;
}

/** The stored data set the address names, or null for the bundled one. */
export function useStoredDatasetId(): string | null {
  return storedDatasetIdOf(useSearchParams()[0]);
}

/**
 * The query of the data set in use: the one the address names (kept in this browser), else the
 * configured source. Everything that shows the data (the gate, the header) reads this one.
 */
export function useDatasetQuery() {
  const stored = useStoredDatasetId();
  const base = useContext(DataSourceContext);
  const config = stored ? { stored } : base;
  return useQuery({
    queryKey: datasetQueryKey(config),
    queryFn: ({ signal }) => loadDataset(config, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: (count, error) =>
      !(error instanceof DatasetError && error.kind !== 'network') && count < 1,
  });
}

/** The loaded data set, for components rendered inside DatasetGate. */
export const DatasetContext = createContext<Dataset | null>(null);

export function useDataset(): Dataset {
  const dataset = useContext(DatasetContext);
  if (!dataset) throw new Error('useDataset() must be used inside <DatasetGate>');
  return dataset;
}
