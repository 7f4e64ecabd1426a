// The messages of a namespace in a language, as the views translate them, for the tests that
// read generated sentences (sentences.test.ts, pairSentences.test.ts): one i18next instance
// each, made once. Load the lazy namespaces first (loadNamespaces).
import { createI18n, type Language } from '@/i18n';
import type { Translate } from '@/lib/translate';

const translators = new Map<string, Translate>();

export function translator(language: Language, ns: string): Translate {
  let t = translators.get(`${language}:${ns}`);
  if (!t) {
    const fixed = createI18n(language).getFixedT(language, ns);
    t = (key, options) => String(options === undefined ? fixed(key) : fixed(key, options as never));
    translators.set(`${language}:${ns}`, t);
  }
  return t;
}
