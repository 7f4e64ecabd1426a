// A number typed by hand, read by the conventions of the interface's language: in English
// "1,000" is a thousand and "12.5" a decimal; in Russian "12,5" is the decimal and "1 000"
// a thousand. A separator the language does not use for decimals is still accepted, and the
// reader is told how the text was read (`reading`), so "1,000" never becomes 1 unnoticed.

type NumberReading =
  /** digits with the language's own decimal separator, or none */
  | 'plain'
  /**
   * thousands grouped: with English's comma ("1,000"), or with spaces in either language
   * ("1 000", "12 500,5"), whatever its decimal separator
   */
  | 'grouped'
  /** the other language's decimal separator ("28,1" in English, "28.1" in Russian) */
  | 'otherDecimal';

export type ParsedNumber = { value: number; reading: NumberReading } | null;

const SPACES = /[\s\u00a0\u202f\u2009]+/g;
const PLAIN_POINT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const PLAIN_COMMA = /^[+-]?(?:\d+(?:,\d*)?|,\d+)$/;
// a group starts with 1–9: "0,125" is a decimal, never 125
const GROUPED_COMMAS = /^[+-]?[1-9]\d{0,2}(?:,\d{3})+(?:\.\d*)?$/;
// thousands grouped by spaces, in either language, with either decimal separator
const GROUPED_SPACES = /^[+-]?[1-9]\d{0,2}(?: \d{3})+(?:[,.]\d*)?$/;

function finite(text: string, reading: NumberReading): ParsedNumber {
  const value = Number(text);
  return Number.isFinite(value) ? { value, reading } : null;
}

/**
 * Reads "28.1", "1,000", "−3", "+4", ".5" (English) or "28,1", "1 000", "−3" (Russian).
 * Null for anything else: empty, words, exponents, several numbers, spaces that do not group
 * thousands ("3 5"), Infinity, "0x10".
 */
export function parseTypedNumber(text: string, language: 'en' | 'ru'): ParsedNumber {
  const t = text
    .trim()
    .replace(/\u2212/g, '-')
    .replace(SPACES, ' ')
    .replace(/^([+-]) /, '$1');
  // A space inside a number only groups thousands ("1 000", "12 500,5"); "3 5" or "28 1" is
  // not read as 35 or 281 (a slip of the finger, not a number).
  if (t.includes(' ')) {
    return GROUPED_SPACES.test(t) ? finite(t.replace(/ /g, '').replace(',', '.'), 'grouped') : null;
  }
  if (language === 'en') {
    if (PLAIN_POINT.test(t)) return finite(t, 'plain');
    if (GROUPED_COMMAS.test(t)) return finite(t.replace(/,/g, ''), 'grouped');
    if (PLAIN_COMMA.test(t)) return finite(t.replace(',', '.'), 'otherDecimal');
    return null;
  }
  if (PLAIN_COMMA.test(t)) return finite(t.replace(',', '.'), 'plain');
  if (PLAIN_POINT.test(t)) return finite(t, 'otherDecimal');
  return null;
}
