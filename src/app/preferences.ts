import { isLanguage, type Language } from '@/i18n';
import { oneOf, readStored, writeStored } from '@/lib/storage';

/** 'projector': large type, black on white, heavier lines, for a briefing room. */
export const THEMES = ['system', 'light', 'dark', 'projector'] as const;
export type ThemePreference = (typeof THEMES)[number];

const THEME_KEY = 'fulcrum.theme';
const LANGUAGE_KEY = 'fulcrum.lang';
const isTheme = oneOf(THEMES);

export function readThemePreference(): ThemePreference {
  return readStored<ThemePreference>(THEME_KEY, isTheme, 'system');
}

export function writeThemePreference(theme: ThemePreference) {
  writeStored(THEME_KEY, theme);
}

function resolveTheme(preference: ThemePreference): 'light' | 'dark' | 'projector' {
  if (preference !== 'system') return preference;
  const dark =
    typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
  return dark ? 'dark' : 'light';
}

export function applyTheme(preference: ThemePreference) {
  document.documentElement.dataset.theme = resolveTheme(preference);
}

/** The language to start in: ?lang= first, then the remembered choice, then the browser's. */
export function initialLanguage(search: string): Language {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (isLanguage(fromUrl)) return fromUrl;
  const stored = readStored<Language | null>(LANGUAGE_KEY, isLanguage, null);
  if (stored) return stored;
  const browser = typeof navigator !== 'undefined' ? navigator.language : 'en';
  return browser.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

export function rememberLanguage(language: Language) {
  writeStored(LANGUAGE_KEY, language);
}
