/** Number formatting shared by every view, so a score reads the same everywhere. */

/**
 * The reader's language for scores: Russian writes "45,3", English "45.3". Set by the i18n
 * instance whenever its language changes (src/i18n/index.ts); every view re-renders then.
 */
let scoreLocale: 'en' | 'ru' = 'en';

export function setScoreLocale(language: string): void {
  scoreLocale = language === 'ru' ? 'ru' : 'en';
}

/** x with `digits` decimals and the reader's decimal separator. */
function fixed(x: number, digits: number): string {
  const text = x.toFixed(digits);
  return scoreLocale === 'ru' ? text.replace('.', ',') : text;
}

export function formatScore(x: number | null | undefined, noData = '—'): string {
  return x === null || x === undefined || Number.isNaN(x) ? noData : fixed(x, 1);
}

/** A signed number with a real minus sign: "+12.3", "−4.0", "0.0" ("+12,3" in Russian). */
export function formatSigned(x: number | null | undefined, noData = '—', digits = 1): string {
  if (x === null || x === undefined || Number.isNaN(x)) return noData;
  const r = Number(x.toFixed(digits));
  if (r === 0) return fixed(0, digits);
  return `${r > 0 ? '+' : '−'}${fixed(Math.abs(r), digits)}`;
}

export function formatPercent(x: number | null | undefined, noData = '—'): string {
  return x === null || x === undefined || Number.isNaN(x) ? noData : `${Math.round(x * 100)}%`;
}

// Intl formatters are expensive to build: one per locale and precision, reused.
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(locale: string, digits: number): Intl.NumberFormat {
  const key = `${locale}:${digits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'ru' ? 'ru-RU' : 'en-GB', {
      maximumFractionDigits: digits,
      minimumFractionDigits: 0,
    });
    formatters.set(key, f);
  }
  return f;
}

/** The decimals formatValue shows a value of this size with. */
function valueDigits(x: number): number {
  const abs = Math.abs(x);
  return abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 1 : 2;
}

/** x with at most `digits` decimals in the reader's locale ("650,000", "21.1"; "21,1" in Russian). */
export function formatDecimals(x: number, digits: number, locale = 'en'): string {
  return formatter(locale, Math.max(0, Math.min(6, Math.trunc(digits)))).format(x);
}

/** A raw observation value with sensible precision for its size. */
export function formatValue(x: number, locale = 'en'): string {
  return formatter(locale, valueDigits(x)).format(x);
}

/** The smallest step formatValue shows at a value of this size: 1, 0.1 or 0.01. */
export function valueStep(x: number): number {
  return 10 ** -valueDigits(x);
}

/**
 * A figure exactly as the data give it (up to six decimals), in the reader's language:
 * "1.367", "1,367" in Russian. For reported inputs that a rounded display would change.
 */
export function formatExact(x: number, locale = 'en'): string {
  return formatter(locale, 6).format(x);
}

/** A share 0..1 as a percentage with one decimal: "37.5%", "37,5%" in Russian. */
export function formatShare(x: number | null | undefined, noData = '—'): string {
  return x === null || x === undefined || Number.isNaN(x) ? noData : `${fixed(x * 100, 1)}%`;
}
