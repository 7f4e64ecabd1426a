import { isLanguage, type Language } from '@/i18n';
import { LANGUAGE_PARAM } from '@/i18n/languageParam';
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

/** Briefing mode's addresses (`/brief`, `/brief/KG`): the projector look, no app chrome. */
export function isBriefingPath(pathname: string): boolean {
  return /^\/brief(\/|$)/.test(pathname);
}

/**
 * The theme a page starts in, before the layout takes over: the projector on the briefing,
 * the saved preference elsewhere. Read before the first paint (src/app/firstPaint.ts) and by
 * the entry (main.tsx), so neither shows the page in another theme first.
 */
export function startingTheme(pathname: string): ThemePreference {
  return isBriefingPath(pathname) ? 'projector' : readThemePreference();
}

/**
 * The language to start in: ?lang= first, then the remembered choice, then the browser's;
 * `known` tells the app's languages (the first-paint script is given them by the build, so
 * it carries no message loader: src/app/firstPaint.ts).
 */
export function chooseLanguage(search: string, known: (x: unknown) => x is Language): Language {
  const fromUrl = new URLSearchParams(search).get(LANGUAGE_PARAM);
  if (known(fromUrl)) return fromUrl;
  const stored = readStored<Language | null>(LANGUAGE_KEY, known, null);
  if (stored) return stored;
  const browser = typeof navigator !== 'undefined' ? navigator.language : 'en';
  return browser.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

export function initialLanguage(search: string): Language {
  return chooseLanguage(search, isLanguage);
}

export function rememberLanguage(language: Language) {
  writeStored(LANGUAGE_KEY, language);
}
