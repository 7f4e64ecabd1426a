// Every number a person reads becomes text here, in the reader's language: Russian writes
// "45,3" and "55,3–68,0", English "45.3" and "55.3–68.0"; a minus is always "−" (U+2212),
// never the hyphen-minus. The language is an argument: `formatsFor(language)` gives the
// formatters bound to it (views get them from useFormat() in src/i18n/useFormat.ts; pure
// adapters take the language as a parameter). No global state.

/** The languages numbers are written in. Anything else is written as English. */
export type NumberLanguage = 'en' | 'ru';

export function numberLanguage(language: string | null | undefined): NumberLanguage {
  return language === 'ru' ? 'ru' : 'en';
}

/** A score's or tilt's 90% interval (the fields the formatters read). */
interface IntervalLike {
  low: number;
  high: number;
}

export interface Formatters {
  language: NumberLanguage;
  /** one decimal: "45.3" ("45,3" in Russian); `noData` for null, undefined or NaN */
  formatScore: (x: number | null | undefined, noData?: string) => string;
  /** a signed number with a real minus sign: "+12.3", "−4.0", "0.0" ("+12,3" in Russian) */
  formatSigned: (x: number | null | undefined, noData?: string, digits?: number) => string;
  /** a share 0..1 as a whole percentage: "97%" */
  formatPercent: (x: number | null | undefined, noData?: string) => string;
  /** a share 0..1 as a percentage with one decimal: "37.5%" ("37,5%" in Russian) */
  formatShare: (x: number | null | undefined, noData?: string) => string;
  /** at most `digits` decimals: "650,000", "21.1" ("650 000", "21,1" in Russian) */
  formatDecimals: (x: number, digits: number) => string;
  /** a raw observation value with sensible precision for its size */
  formatValue: (x: number) => string;
  /** a figure exactly as the data give it (up to six decimals): "1.367" ("1,367") */
  formatExact: (x: number) => string;
  /**
   * at most `digits` decimals and no grouping, for a value an analyst may edit: "28.1",
   * "1500", "−4" ("28,1" in Russian); −0 reads "0"
   */
  formatPlain: (x: number, digits: number) => string;
  /** a whole count with the language's grouping: "10,000" ("10 000" in Russian) */
  formatCount: (n: number) => string;
  /**
   * A 90% interval: "55.3–68.0" for a score, "−12.0 … +3.0" for a tilt (`signed`); null
   * without an interval.
   */
  formatInterval: (interval: IntervalLike | null | undefined, signed?: boolean) => string | null;
  /** "55.3–68.0" of two raw values at formatValue's precision ("55,3–68" in Russian) */
  formatValueRange: (low: number, high: number) => string;
  /**
   * An ISO date of any precision: "2019" → "2019"; "2024-12" → "December 2024" ("Декабрь
   * 2024"); "2026-03-04" → "4 March 2026" ("4 марта 2026", without «г.»); anything else as given.
   */
  formatDate: (iso: string) => string;
}

const MINUS = '\u2212';

/** Intl writes a hyphen-minus; a reader gets a real minus sign. */
const realMinus = (text: string) => text.replace(/-/g, MINUS);

const missing = (x: number | null | undefined): x is null | undefined =>
  x === null || x === undefined || Number.isNaN(x);

// Intl formatters are expensive to build: one per language and precision, reused.
const intlFormats = new Map<string, Intl.NumberFormat>();
function intl(language: NumberLanguage, digits: number, grouping = true): Intl.NumberFormat {
  const key = `${language}:${digits}:${grouping}`;
  let f = intlFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(language === 'ru' ? 'ru-RU' : 'en-GB', {
      maximumFractionDigits: digits,
      minimumFractionDigits: 0,
      useGrouping: grouping,
      // a value that rounds to zero reads "0", never "−0"
      signDisplay: 'negative',
    });
    intlFormats.set(key, f);
  }
  return f;
}

/** The decimals formatValue shows a value of this size with. */
function valueDigits(x: number): number {
  const abs = Math.abs(x);
  return abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 1 : 2;
}

/** The smallest step formatValue shows at a value of this size: 1, 0.1 or 0.01. */
export function valueStep(x: number): number {
  return 10 ** -valueDigits(x);
}

function build(language: NumberLanguage): Formatters {
  /** x with exactly `digits` decimals and the language's decimal mark, no grouping. */
  const fixed = (x: number, digits: number): string => {
    // −0.04 rounds to "-0.0": a reader gets "0.0"
    const text = x.toFixed(digits).replace(/^-(?=0(\.0*)?$)/, '');
    return realMinus(language === 'ru' ? text.replace('.', ',') : text);
  };
  const formatScore = (x: number | null | undefined, noData = '—') =>
    missing(x) ? noData : fixed(x, 1);
  const formatSigned = (x: number | null | undefined, noData = '—', digits = 1) => {
    if (missing(x)) return noData;
    const r = Number(x.toFixed(digits));
    if (r === 0) return fixed(0, digits);
    return `${r > 0 ? '+' : MINUS}${fixed(Math.abs(r), digits)}`;
  };
  const formatPercent = (x: number | null | undefined, noData = '—') =>
    missing(x) ? noData : `${fixed(Math.round(x * 100), 0)}%`;
  const formatShare = (x: number | null | undefined, noData = '—') =>
    missing(x) ? noData : `${fixed(x * 100, 1)}%`;
  const clampDigits = (digits: number) => Math.max(0, Math.min(6, Math.trunc(digits)));
  const formatDecimals = (x: number, digits: number) =>
    realMinus(intl(language, clampDigits(digits)).format(x));
  const formatPlain = (x: number, digits: number) =>
    realMinus(intl(language, clampDigits(digits), false).format(x));
  const formatValue = (x: number) => realMinus(intl(language, valueDigits(x)).format(x));
  const formatExact = (x: number) => realMinus(intl(language, 6).format(x));
  const formatCount = (n: number) => realMinus(intl(language, 0).format(n));
  const formatInterval = (interval: IntervalLike | null | undefined, signed = false) => {
    if (!interval) return null;
    return signed
      ? `${formatSigned(interval.low)} … ${formatSigned(interval.high)}`
      : `${formatScore(interval.low)}–${formatScore(interval.high)}`;
  };
  const formatValueRange = (low: number, high: number) =>
    `${formatValue(low)}–${formatValue(high)}`;
  const formatDate = (iso: string) => formatIsoDate(language, iso);
  return {
    language,
    formatScore,
    formatSigned,
    formatPercent,
    formatShare,
    formatDecimals,
    formatPlain,
    formatValue,
    formatExact,
    formatCount,
    formatInterval,
    formatValueRange,
    formatDate,
  };
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(language: NumberLanguage, withDay: boolean): Intl.DateTimeFormat {
  const key = `${language}:${withDay}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(language === 'ru' ? 'ru-RU' : 'en-GB', {
      ...(withDay ? { day: 'numeric' } : {}),
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(key, f);
  }
  return f;
}

function formatIsoDate(language: NumberLanguage, iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return iso;
  if (m[2] === undefined) return m[1]!;
  const [month, day] = [Number(m[2]) - 1, Number(m[3] ?? 1)];
  const date = new Date(Date.UTC(Number(m[1]), month, day));
  // no such date ("2026-13-45" would roll over into 2027): as given
  if (date.getUTCMonth() !== month || date.getUTCDate() !== day) return iso;
  // Russian adds «г.» after the year; a date reads better without it, as in English.
  const text = dateFormat(language, m[3] !== undefined)
    .format(date)
    .replace(/\s?г\.$/, '');
  // A month alone starts with a capital ("Март 2026"), as a heading of a timeline does.
  return m[3] === undefined ? text.charAt(0).toLocaleUpperCase(language) + text.slice(1) : text;
}

const bound: Record<NumberLanguage, Formatters> = { en: build('en'), ru: build('ru') };

/**
 * The formatters of one language (the same object for every call with that language, so a
 * memoised component that receives it re-renders only when the language changes).
 */
export function formatsFor(language: string | null | undefined): Formatters {
  return bound[numberLanguage(language)];
}
