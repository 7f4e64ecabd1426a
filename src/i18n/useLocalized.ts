import { useCallback } from 'react';
import type { LocalizedText } from '@/model';
import { useI18n } from './fastT';
import type { Language } from './index';

const COMMON = ['common'];

/** The current language and a picker for the data set's { en, ru } texts. */
export function useLocalized(): { language: Language; pick: (text: LocalizedText) => string } {
  const language: Language = useI18n(COMMON).language === 'ru' ? 'ru' : 'en';
  const pick = useCallback((text: LocalizedText) => text[language] || text.en, [language]);
  return { language, pick };
}
