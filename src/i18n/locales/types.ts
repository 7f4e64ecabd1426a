/** Turns a literal message tree into one of plain strings, so the Russian tree must match its keys. */
export type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** A namespace: English and Russian trees with the same keys. */
export type Namespace<T> = { en: Widen<T>; ru: Widen<T> };
