import type { CountryCode, PartnerCode } from './types';

/** `${country}.${partner}.${indicator}`: the name of one assumption, used in scenarios and URLs. */
export function observationKey(
  country: CountryCode,
  partner: PartnerCode,
  indicator: string,
): string {
  return `${country}.${partner}.${indicator}`;
}

export interface ParsedObservationKey {
  country: CountryCode;
  partner: PartnerCode;
  indicator: string;
}

const KEY_PATTERN = /^([A-Z]{2})\.([A-Z]{2})\.([a-z][a-z0-9_]*)$/;

export function parseObservationKey(key: string): ParsedObservationKey | null {
  const m = KEY_PATTERN.exec(key);
  if (!m || m[1] === undefined || m[2] === undefined || m[3] === undefined) return null;
  return { country: m[1], partner: m[2], indicator: m[3] };
}

/**
 * The most partners a data set may list: each is drawn with a colour and a pattern of its own
 * (src/components/partnerPalette.ts), and a sixth would repeat the first's.
 */
export const MAX_PARTNERS = 5;
