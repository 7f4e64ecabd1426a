import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DatasetContext, DatasetError, useDatasetQuery, useStoredDatasetId } from '@/lib/dataset';

// Shown only for a link naming a data set this browser lacks (never on the first screen): the
// /data page's notice, in that page's chunk.
const DatasetMissing = lazy(() =>
  import('@/features/datasets/DatasetsPage').then((m) => ({ default: m.DatasetMissing })),
);

/**
 * Renders its children only with a whole, validated data set; otherwise loading or the error.
 * The address picks the data set (`?dataset=<id>`, src/lib/datasetId.ts); without it, the bundled one.
 */
export function DatasetGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  // Any name goes to the library, which answers "not found" for one it cannot hold.
  const stored = useStoredDatasetId();
  const query = useDatasetQuery();
  if (query.error instanceof DatasetError && query.error.kind === 'missing') {
    return (
      <Suspense fallback={null}>
        <DatasetMissing id={stored ?? ''} />
      </Suspense>
    );
  }
  if (query.isPending) {
    return (
      <p className="loading" role="status">
        {t('loading')}
      </p>
    );
  }
  if (query.isError) {
    const error = query.error;
    const message =
      error instanceof DatasetError && error.kind === 'invalid'
        ? t('dataError.invalid', { reason: error.message })
        : t('dataError.network', { reason: error.message });
    return (
      <div role="alert" className="data-error">
        <h1>{t('dataError.title')}</h1>
        <p>{message}</p>
        <button type="button" className="button" onClick={() => void query.refetch()}>
          {t('dataError.retry')}
        </button>
      </div>
    );
  }
  return <DatasetContext.Provider value={query.data}>{children}</DatasetContext.Provider>;
}
