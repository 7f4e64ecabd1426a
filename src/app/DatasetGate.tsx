import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DatasetContext, DatasetError, useDatasetQuery } from '@/lib/dataset';

/** Renders its children only with a whole, validated data set; otherwise loading or the error. */
export function DatasetGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const query = useDatasetQuery();
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
