import { useQuery } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import type { Dataset } from '@/model';
import { parseDataset } from '@/data/schema';

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

export async function loadDataset(
  config: DataSourceConfig,
  signal?: AbortSignal,
): Promise<Dataset> {
  let raw: unknown;
  if (config.url) {
    let response: Response;
    try {
      response = await fetch(config.url, { signal, headers: { accept: 'application/json' } });
    } catch (error) {
      throw new DatasetError('network', (error as Error).message);
    }
    if (!response.ok)
      throw new DatasetError('network', `HTTP ${response.status} from ${config.url}`);
    try {
      raw = await response.json();
    } catch {
      throw new DatasetError('invalid', `the response from ${config.url} is not valid JSON`);
    }
  } else {
    raw = (await import('@/data/dataset')).dataset;
  }
  const parsed = parseDataset(raw);
  // Nothing half-loaded: an invalid data set is refused whole.
  if (!parsed.ok) throw new DatasetError('invalid', parsed.reason);
  return parsed.data;
}

export const DataSourceContext = createContext<DataSourceConfig>({});

export function useDatasetQuery() {
  const config = useContext(DataSourceContext);
  return useQuery({
    queryKey: ['dataset', config.url ?? 'bundled'],
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
