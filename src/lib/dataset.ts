import { useQuery } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import type { Dataset } from '@/model';

/** Where the data comes from: the bundled module (default) or a JSON URL. */
export interface DataSourceConfig {
  url?: string | undefined;
}

/** An error whose message is meant for the analyst: which field is bad, or what failed. */
export class DatasetError extends Error {
  constructor(
    readonly kind: 'invalid' | 'network',
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
  return ['dataset', config.url ?? 'bundled'] as const;
}

export function useDatasetQuery() {
  const config = useContext(DataSourceContext);
  return useQuery({
    queryKey: datasetQueryKey(config),
    queryFn: ({ signal }) => loadDataset(config, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: (count, error) =>
      !(error instanceof DatasetError && error.kind === 'invalid') && count < 1,
  });
}

/** The loaded data set, for components rendered inside DatasetGate. */
export const DatasetContext = createContext<Dataset | null>(null);

export function useDataset(): Dataset {
  const dataset = useContext(DatasetContext);
  if (!dataset) throw new Error('useDataset() must be used inside <DatasetGate>');
  return dataset;
}
