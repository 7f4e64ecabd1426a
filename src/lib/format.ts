/** Number formatting shared by every view, so a score reads the same everywhere. */

export function formatScore(x: number | null | undefined, noData = '—'): string {
  return x === null || x === undefined || Number.isNaN(x) ? noData : x.toFixed(1);
}

/** A signed number with a real minus sign: "+12.3", "−4.0", "0.0". */
export function formatSigned(x: number | null | undefined, noData = '—', digits = 1): string {
  if (x === null || x === undefined || Number.isNaN(x)) return noData;
  const r = Number(x.toFixed(digits));
  if (r === 0) return (0).toFixed(digits);
  return `${r > 0 ? '+' : '−'}${Math.abs(r).toFixed(digits)}`;
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

/** A raw observation value with sensible precision for its size. */
export function formatValue(x: number, locale = 'en'): string {
  const abs = Math.abs(x);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 1 : 2;
  return formatter(locale, digits).format(x);
}
