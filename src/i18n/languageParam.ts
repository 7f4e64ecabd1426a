/**
 * The address's parameter naming the interface language (`?lang=ru`). A module of its own: the
 * first-paint script (src/app/firstPaint.ts) reads it without pulling in i18next and the messages.
 */
export const LANGUAGE_PARAM = 'lang';
