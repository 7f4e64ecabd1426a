import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { common } from './locales/common';
import { compare } from './locales/compare';
import { country } from './locales/country';
import { methodology } from './locales/methodology';
import { overview } from './locales/overview';
import { scenario } from './locales/scenario';

export const LANGUAGES = ['en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(x: unknown): x is Language {
  return typeof x === 'string' && (LANGUAGES as readonly string[]).includes(x);
}

const namespaces = { common, overview, country, compare, methodology, scenario };
export type NamespaceName = keyof typeof namespaces;

export const resources = Object.fromEntries(
  LANGUAGES.map((lng) => [
    lng,
    Object.fromEntries(Object.entries(namespaces).map(([ns, messages]) => [ns, messages[lng]])),
  ]),
) as Record<Language, Record<NamespaceName, unknown>>;

/** Creates and initialises an i18next instance (synchronously: the messages are bundled). */
export function createI18n(lng: Language) {
  const instance = i18n.createInstance();
  void instance.use(initReactI18next).init({
    resources: resources as never,
    lng,
    fallbackLng: 'en',
    defaultNS: 'common',
    ns: Object.keys(namespaces),
    // React escapes text itself; i18next must not escape it twice.
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}
