import { useCallback, useContext, useSyncExternalStore } from 'react';
import { getI18n, I18nContext } from 'react-i18next';
import { formatsFor, type Formatters } from '@/lib/format';

/**
 * The number formatters (src/lib/format.ts) bound to the current language: "45,3" in Russian,
 * "45.3" in English. The same object per language, so it can be passed to memoised parts.
 * Lighter than useTranslation (a chart row calls it at every slider step): it reads the
 * instance from context and re-renders only when the language changes.
 */
export function useFormat(): Formatters {
  const i18n = useContext(I18nContext)?.i18n ?? getI18n();
  const subscribe = useCallback(
    (onChange: () => void) => {
      i18n?.on('languageChanged', onChange);
      return () => i18n?.off('languageChanged', onChange);
    },
    [i18n],
  );
  const language = useSyncExternalStore(
    subscribe,
    () => i18n?.language,
    () => i18n?.language,
  );
  return formatsFor(language);
}
