// The shape of a translation function, declared once for every layer that words things: the
// i18n layer makes them (src/i18n/fastT.ts), lib and the features call them. It lives in lib,
// the lowest layer both i18n and lib may import (eslint.config.js zones); it names no i18next
// type, so pure wording code stays free of the i18n set-up.

/** A message key and its values → the text, in the reader's language (one namespace bound). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;
