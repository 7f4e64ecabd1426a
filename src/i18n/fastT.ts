import { useContext, useMemo, useSyncExternalStore } from 'react';
import type { i18n as I18n } from 'i18next';
import { getI18n, I18nContext } from 'react-i18next';
import type { Translate } from '@/lib/translate';

/**
 * A translator with i18next's answers for the messages Fulcrum uses, about ten times
 * faster: a slider step re-renders dozens of labels, and i18next resolves, scans and
 * interpolates each call afresh (a sixth of a step's script time when measured). It
 * looks each key up once per language and fills `{{name}}` placeholders with a plain
 * replace; anything it does not handle the same way — plurals (`count`), context, nesting
 * (`$t(`), formats, objects, a missing value — goes to i18next itself
 * (tests/unit/i18n/fastT.test.ts compares the two on every message of both languages).
 */
export type { Translate };

/** Options only i18next understands: a call that uses one goes to i18next. */
const I18NEXT_OPTIONS = new Set([
  'count',
  'context',
  'ordinal',
  'returnObjects',
  'returnDetails',
  'joinArrays',
  'lng',
  'lngs',
  'fallbackLng',
  'ns',
  'keyPrefix',
  'replace',
  'interpolation',
  'postProcess',
  'nsSeparator',
  'keySeparator',
  'skipInterpolation',
]);

const PLACEHOLDER = /\{\{([A-Za-z_][\w]*)\}\}/g;

/** A message's template, or SLOW when i18next must answer (plurals, nesting, formats). */
const SLOW = null;
/** No message under this key in any namespace or language tried. */
const MISSING = undefined;
type Template = string | typeof SLOW | typeof MISSING;

const templateCaches = new WeakMap<I18n, Map<string, Map<string, Template>>>();

function templateCache(instance: I18n, scope: string): Map<string, Template> {
  let byScope = templateCaches.get(instance);
  if (!byScope) {
    const scopes = new Map<string, Map<string, Template>>();
    byScope = scopes;
    templateCaches.set(instance, scopes);
    // A namespace that arrives later (they load lazily) must not stay cached as missing.
    instance.store?.on('added', () => {
      for (const cache of scopes.values()) cache.clear();
    });
  }
  let cache = byScope.get(scope);
  if (!cache) {
    cache = new Map();
    byScope.set(scope, cache);
  }
  return cache;
}

/** Whether every `{{…}}` of the message is a plain `{{name}}` this translator can fill. */
function simpleTemplate(message: string): boolean {
  if (message.includes('$t(')) return false;
  const opened = message.split('{{').length - 1;
  const simple = message.match(PLACEHOLDER)?.length ?? 0;
  return opened === simple;
}

function fill(template: string, options: Record<string, unknown> | undefined): string | null {
  if (!template.includes('{{')) return template;
  let missing = false;
  const filled = template.replace(PLACEHOLDER, (_, name: string) => {
    const value = options?.[name];
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return String(value);
    missing = true;
    return '';
  });
  return missing ? null : filled;
}

export function createFastTranslate(
  instance: I18n,
  namespaces: readonly string[],
  slow: (key: string, options?: Record<string, unknown>) => string,
  language: string = instance.language,
): Translate {
  const fallback =
    typeof instance.options.fallbackLng === 'string' ? instance.options.fallbackLng : 'en';
  const languages = language === fallback ? [language] : [language, fallback];
  const nsSeparator = ':';
  const cache = templateCache(instance, `${language}|${namespaces.join(',')}`);

  const resolve = (key: string): Template => {
    let searched = namespaces;
    let path = key;
    const colon = key.indexOf(nsSeparator);
    if (colon > 0) {
      searched = [key.slice(0, colon)];
      path = key.slice(colon + 1);
    }
    for (const lng of languages) {
      for (const ns of searched) {
        const message: unknown = instance.getResource(lng, ns, path);
        if (message === undefined || message === null) continue;
        return typeof message === 'string' && simpleTemplate(message) ? message : SLOW;
      }
    }
    return MISSING;
  };

  return (key, options) => {
    if (options) {
      for (const name in options) if (I18NEXT_OPTIONS.has(name)) return slow(key, options);
    }
    let template = cache.get(key);
    if (!cache.has(key)) {
      template = resolve(key);
      cache.set(key, template);
    }
    if (template === SLOW) return slow(key, options);
    if (template === MISSING) {
      const fallbackText = options?.defaultValue;
      if (typeof fallbackText !== 'string' || !simpleTemplate(fallbackText)) {
        return slow(key, options);
      }
      template = fallbackText;
    }
    return fill(template, options) ?? slow(key, options);
  };
}

// ── Following the language, cheaply ──────────────────────────────────────────────────────
//
// react-i18next's useTranslation re-checks at every render that each namespace has loaded and
// rebuilds its options: measured, ~0.6 ms of every slider step at 1× on /compare (most of it
// in the views that follow after the paint), where dozens of components translate. The hooks below do what the app needs of
// it — re-render on a language change, suspend until a lazy namespace has arrived — and
// check a namespace list once per language, not once per render.

/** Per i18next instance: a version that changes with the language. */
interface I18nWatch {
  version: number;
  subscribe: (listener: () => void) => () => void;
  /** namespace lists found loaded at this version */
  loaded: Set<string>;
  /** loads under way, one promise per namespace list (Suspense retries with the same one) */
  loading: Map<string, Promise<void>>;
}

const watches = new WeakMap<I18n, I18nWatch>();

function watchOf(instance: I18n): I18nWatch {
  const known = watches.get(instance);
  if (known) return known;
  const listeners = new Set<() => void>();
  const watch: I18nWatch = {
    version: 0,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    loaded: new Set(),
    loading: new Map(),
  };
  const changed = () => {
    watch.version += 1;
    watch.loaded.clear();
    for (const listener of [...listeners]) listener();
  };
  // Only the language: a namespace that arrives needs no re-render of those already
  // showing (a component waiting for it is retried by Suspense when its promise settles).
  instance.on('languageChanged', changed);
  watches.set(instance, watch);
  return watch;
}

function isLoaded(instance: I18n, watch: I18nWatch, namespaces: readonly string[], scope: string) {
  if (watch.loaded.has(scope)) return true;
  // As react-i18next: before any language is set there is nothing to wait for (not
  // remembered: an instance that starts asynchronously has its languages later).
  if (!instance.languages?.length) return true;
  const loaded = namespaces.every((ns) => instance.hasLoadedNamespace(ns));
  if (loaded) watch.loaded.add(scope);
  return loaded;
}

function loadingOf(instance: I18n, watch: I18nWatch, namespaces: readonly string[], scope: string) {
  let promise = watch.loading.get(scope);
  if (!promise) {
    promise = new Promise<void>((resolve) => {
      void instance.loadNamespaces([...namespaces], () => resolve());
    });
    watch.loading.set(scope, promise);
    void promise.then(() => watch.loading.delete(scope));
  }
  return promise;
}

/**
 * The i18next instance of the surrounding I18nextProvider (else the global one) and its
 * language, once `namespaces` have loaded (the component suspends until then); the caller
 * re-renders when the language changes.
 */
export function useI18n(namespaces: readonly string[]): { i18n: I18n; language: string } {
  const instance = useContext(I18nContext)?.i18n ?? (getI18n() as I18n | undefined);
  if (!instance) {
    throw new Error(
      'No i18next instance: render inside an I18nextProvider, or create one with createI18n() first',
    );
  }
  const watch = watchOf(instance);
  // The version itself is not used: reading it makes React re-render on a change.
  useSyncExternalStore(
    watch.subscribe,
    () => watch.version,
    () => watch.version,
  );
  const scope = namespaces.join(',');
  if (!isLoaded(instance, watch, namespaces, scope)) {
    // Suspends as useTranslation does (a thrown promise; React's use() would need every
    // test's act() awaited).
    throw loadingOf(instance, watch, namespaces, scope);
  }
  return { i18n: instance, language: instance.language };
}

/**
 * The fast translator for `ns` (one namespace or a list searched in order, as
 * useTranslation takes), in the current language; a new function when the language
 * changes, so memoised components that receive it re-render.
 */
export function useT(ns: string | readonly string[] = 'common'): Translate {
  const namespaces = typeof ns === 'string' ? [ns] : ns;
  const scope = namespaces.join(',');
  const { i18n, language } = useI18n(namespaces);
  return useMemo(() => {
    const searched = scope.split(',');
    // i18next's own answer, as useTranslation's t gives it: the first namespace is the default.
    // (i18next's types know only the namespaces declared to them, and Fulcrum declares none.)
    const t = i18n.getFixedT(language, searched[0] as never);
    return createFastTranslate(
      i18n,
      searched,
      (key, options) => String(options === undefined ? t(key) : t(key, options as never)),
      language,
    );
  }, [i18n, scope, language]);
}
