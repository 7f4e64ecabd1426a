import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '@/model';
import type { Language } from './index';

/** The current language and a picker for the data set's { en, ru } texts. */
export function useLocalized(): { language: Language; pick: (text: LocalizedText) => string } {
  const { i18n } = useTranslation();
  const language: Language = i18n.language === 'ru' ? 'ru' : 'en';
  const pick = useCallback((text: LocalizedText) => text[language] || text.en, [language]);
  return { language, pick };
}
