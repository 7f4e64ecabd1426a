import { useMemo } from 'react';
import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
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

/**
 * The fast translator for `ns` (one namespace or a list searched in order, as
 * useTranslation takes), in the current language; a new function when the language
 * changes, so memoised components that receive it re-render.
 */
export function useT(ns: string | readonly string[] = 'common'): Translate {
  const namespaces = typeof ns === 'string' ? [ns] : ns;
  const scope = namespaces.join(',');
  const { t, i18n } = useTranslation(namespaces as string[]);
  const language = i18n.language;
  return useMemo(
    () =>
      createFastTranslate(
        i18n,
        scope.split(','),
        (key, options) => String(options === undefined ? t(key) : t(key, options as never)),
        language,
      ),
    [i18n, scope, t, language],
  );
}
