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

/** toFixed and writeNumber write a hyphen-minus; a reader gets a real minus sign. */
const realMinus = (text: string) => text.replace(/-/g, MINUS);

const missing = (x: number | null | undefined): x is null | undefined =>
  x === null || x === undefined || Number.isNaN(x);

// Numbers are written here rather than by Intl.NumberFormat: the first NumberFormat a page
// builds costs 20–30 ms of ICU start-up in Chromium at 1× (a first DateTimeFormat ~14 ms),
// inside the first render of every page (measured, issue 12). The rules are Intl's for en-GB
// and ru-RU, which the unit tests compare against in every case they generate: the shortest
// decimal that reads back as the number, rounded half away from zero to at most `digits`
// decimals, trailing zeros dropped, the integer part grouped by three (a comma in English, a
// no-break space in Russian).

/** Each language's decimal mark and thousands separator (CLDR's, as Intl writes them). */
const SEPARATORS: Record<NumberLanguage, { decimal: string; group: string }> = {
  en: { decimal: '.', group: ',' },
  ru: { decimal: ',', group: '\u00a0' },
};

/** Not a number, in words (Intl's): what a reader sees for a figure that failed to compute. */
const NOT_A_NUMBER: Record<NumberLanguage, string> = { en: 'NaN', ru: 'не\u00a0число' };

/** The digits of |x| as a decimal: [integer part, fraction] ("1.5e-7" → ["0", "00000015"]). */
function decimalDigits(x: number): [string, string] {
  const [mantissa, exponentText] = Math.abs(x).toString().split('e');
  const exponent = Number(exponentText ?? 0);
  const [whole, fraction = ''] = mantissa!.split('.');
  const digits = whole! + fraction;
  const point = whole!.length + exponent; // where the decimal point falls in `digits`
  if (point <= 0) return ['0', '0'.repeat(-point) + digits];
  if (point >= digits.length) return [digits + '0'.repeat(point - digits.length), ''];
  return [digits.slice(0, point), digits.slice(point)];
}

/** Adds one to a string of decimal digits ("199" → "200", "99" → "100"). */
function increment(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== '9') {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
    out[i] = '0';
  }
  return '1' + out.join('');
}

/**
 * x with at most `digits` decimals in `language`, as Intl.NumberFormat writes it with
 * `maximumFractionDigits: digits, minimumFractionDigits: 0, signDisplay: 'negative'` (a value
 * that rounds to zero is unsigned) and a hyphen-minus; `grouping` groups the integer part.
 */
function writeNumber(language: NumberLanguage, x: number, digits: number, grouping: boolean) {
  if (Number.isNaN(x)) return NOT_A_NUMBER[language];
  if (!Number.isFinite(x)) return x < 0 ? '-∞' : '∞';
  let [whole, fraction] = decimalDigits(x);
  if (fraction.length > digits) {
    const roundUp = fraction.charCodeAt(digits) >= 53; // '5'..'9': half away from zero
    fraction = fraction.slice(0, digits);
    if (roundUp) {
      const rounded = increment(whole + fraction);
      whole = rounded.slice(0, rounded.length - digits);
      fraction = rounded.slice(rounded.length - digits);
    }
  }
  fraction = fraction.replace(/0+$/, '');
  const zero = /^0*$/.test(whole) && fraction === '';
  const { decimal, group } = SEPARATORS[language];
  if (grouping) whole = whole.replace(/\B(?=(\d{3})+$)/g, group);
  return `${x < 0 && !zero ? '-' : ''}${whole}${fraction ? decimal + fraction : ''}`;
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
    realMinus(writeNumber(language, x, clampDigits(digits), true));
  const formatPlain = (x: number, digits: number) =>
    realMinus(writeNumber(language, x, clampDigits(digits), false));
  const formatValue = (x: number) => realMinus(writeNumber(language, x, valueDigits(x), true));
  const formatExact = (x: number) => realMinus(writeNumber(language, x, 6, true));
  const formatCount = (n: number) => realMinus(writeNumber(language, n, 0, true));
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

// Month names written here, not by Intl.DateTimeFormat, for the reason numbers are (ICU's
// start-up in the first render); the unit tests compare every month with Intl's en-GB and ru-RU.
const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const MONTHS: Record<NumberLanguage, { alone: readonly string[]; ofDay: readonly string[] }> = {
  en: { alone: ENGLISH_MONTHS, ofDay: ENGLISH_MONTHS },
  ru: {
    // A month alone is in the nominative ("Декабрь 2024"), a day's month in the genitive.
    alone: [
      'январь',
      'февраль',
      'март',
      'апрель',
      'май',
      'июнь',
      'июль',
      'август',
      'сентябрь',
      'октябрь',
      'ноябрь',
      'декабрь',
    ],
    ofDay: [
      'января',
      'февраля',
      'марта',
      'апреля',
      'мая',
      'июня',
      'июля',
      'августа',
      'сентября',
      'октября',
      'ноября',
      'декабря',
    ],
  },
};

function formatIsoDate(language: NumberLanguage, iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return iso;
  if (m[2] === undefined) return m[1]!;
  const [year, month, day] = [Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? 1)];
  // setUTCFullYear, not Date.UTC, which reads years 0–99 as 1900–1999
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  // no such date ("2026-13-45" would roll over into 2027): as given
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) {
    return iso;
  }
  // As Intl writes them, but without the «г.» Russian puts after the year (a date reads
  // better without it, as in English); a month alone starts with a capital ("Март 2026"), as
  // a heading of a timeline does.
  const months = MONTHS[language];
  if (m[3] !== undefined) return `${day} ${months.ofDay[month]} ${year}`;
  const name = months.alone[month]!;
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${year}`;
}

const bound: Record<NumberLanguage, Formatters> = { en: build('en'), ru: build('ru') };

/**
 * The formatters of one language (the same object for every call with that language, so a
 * memoised component that receives it re-renders only when the language changes).
 */
export function formatsFor(language: string | null | undefined): Formatters {
  return bound[numberLanguage(language)];
}
