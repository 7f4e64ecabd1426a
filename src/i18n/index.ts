import i18n, { type BackendModule, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { common } from './locales/common';
import { overview } from './locales/overview';

export const LANGUAGES = ['en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(x: unknown): x is Language {
  return typeof x === 'string' && (LANGUAGES as readonly string[]).includes(x);
}

export { LANGUAGE_PARAM } from './languageParam';

/** A namespace's messages in every language. */
type Messages = Record<Language, object>;

/** The namespaces the first screen needs (the layout and the overview): bundled. */
const bundled = { common, overview };

/**
 * The others load when a component first asks for them (useTranslation suspends until
 * then), every language at once, so switching language never waits for a download.
 */
const lazyNamespaces = {
  country: () => import('./locales/country').then((m) => m.country),
  compare: () => import('./locales/compare').then((m) => m.compare),
  // the scenario panel's own messages (its toggle and name are in common): with the panel
  scenario: () => import('./locales/scenario').then((m) => m.scenario),
  methodology: () => import('./locales/methodology').then((m) => m.methodology),
  analysis: () => import('./locales/analysis').then((m) => m.analysis),
  briefing: () => import('./locales/briefing').then((m) => m.briefing),
  // method choices in words: asked for by /analysis and /brief only (src/lib/methodRisks.ts)
  risks: () => import('./locales/risks').then((m) => m.risks),
  robustness: () => import('./locales/robustness').then((m) => m.robustness),
  // the tilt's pair named from the data set, where it is not China − Russia (the overview)
  tiltPair: () => import('./locales/tiltPair').then((m) => m.tiltPair),
  // the analyst's data sets: /data, and the notice for a link naming an unknown data set
  datasets: () => import('./locales/datasets').then((m) => m.datasets),
  // scenario A against scenario B: /versus and its briefing slide
  versus: () => import('./locales/versus').then((m) => m.versus),
} satisfies Record<string, () => Promise<Messages>>;

export type NamespaceName = keyof typeof bundled | keyof typeof lazyNamespaces;
export const NAMESPACES = [
  ...Object.keys(bundled),
  ...Object.keys(lazyNamespaces),
] as NamespaceName[];

/** Lazy namespaces loaded so far: instances created afterwards start with them. */
const arrived = new Map<string, Messages>();

function isLazy(ns: string): ns is keyof typeof lazyNamespaces {
  return Object.hasOwn(lazyNamespaces, ns);
}

async function fetchNamespace(ns: string): Promise<Messages> {
  const known = arrived.get(ns);
  if (known) return known;
  if (!isLazy(ns)) throw new Error(`unknown message namespace "${ns}"`);
  const messages: Messages = await lazyNamespaces[ns]();
  arrived.set(ns, messages);
  return messages;
}

/**
 * Loads namespaces ahead of need (say, in a route's `lazy()` beside its page, or in a test
 * that translates outside React): instances created afterwards have them at once, and
 * `instance`, when given, gets them too.
 */
export async function loadNamespaces(
  names: readonly string[] = NAMESPACES,
  instance?: I18n,
): Promise<void> {
  await Promise.all(names.filter((ns) => !Object.hasOwn(bundled, ns)).map(fetchNamespace));
  if (instance) await instance.loadNamespaces(names as string[]);
}

/** Reads a lazy namespace for i18next, and adds its other languages to the same instance. */
function lazyBackend(instance: I18n): BackendModule {
  return {
    type: 'backend',
    init() {},
    read(lng, ns, callback) {
      fetchNamespace(ns).then(
        (messages) => {
          for (const other of LANGUAGES) {
            if (other !== lng && !instance.hasResourceBundle(other, ns)) {
              instance.addResourceBundle(other, ns, messages[other]);
            }
          }
          callback(null, isLanguage(lng) ? messages[lng] : {});
        },
        (error: Error) => callback(error, false),
      );
    },
  };
}

/**
 * Creates and initialises an i18next instance, synchronously: the first screen's messages are
 * bundled, and so are namespaces already loaded (see loadNamespaces); the rest arrive on demand.
 */
export function createI18n(lng: Language) {
  const instance = i18n.createInstance();
  const available: [string, Messages][] = [...Object.entries(bundled), ...arrived];
  const resources = Object.fromEntries(
    LANGUAGES.map((l) => [l, Object.fromEntries(available.map(([ns, m]) => [ns, m[l]]))]),
  );
  void instance
    .use(initReactI18next)
    .use(lazyBackend(instance))
    .init({
      resources,
      partialBundledLanguages: true,
      lng,
      fallbackLng: 'en',
      defaultNS: 'common',
      ns: available.map(([ns]) => ns),
      // React escapes text itself; i18next must not escape it twice.
      interpolation: { escapeValue: false },
      initAsync: false,
    });
  return instance;
}
