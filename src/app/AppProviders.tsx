import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n, type Language } from '@/i18n';
import { DataSourceContext, type DataSourceConfig } from '@/lib/dataset';
import { createQueryClient } from '@/lib/queryClient';

interface AppProvidersProps {
  children: ReactNode;
  language: Language;
  dataSource?: DataSourceConfig;
  queryClient?: QueryClient;
}

export function AppProviders({ children, language, dataSource, queryClient }: AppProvidersProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const [i18n] = useState(() => createI18n(language));
  const [source] = useState<DataSourceConfig>(() => dataSource ?? {});
  return (
    <QueryClientProvider client={client}>
      <I18nextProvider i18n={i18n}>
        <DataSourceContext.Provider value={source}>{children}</DataSourceContext.Provider>
      </I18nextProvider>
    </QueryClientProvider>
  );
}
