import type { CountryCode, Dataset } from '@/model';

/**
 * The countries a view shows when it prints as a handout: one for `/country/:code` (any
 * case), all for `/compare` and `/analysis`; null for any other view, which prints no handout.
 */
export function handoutCountries(pathname: string, dataset: Dataset): CountryCode[] | null {
  if (/^\/(compare|analysis)\/?$/.test(pathname)) return dataset.countries.map((c) => c.code);
  const code = /^\/country\/([^/]+)\/?$/.exec(pathname)?.[1]?.toUpperCase();
  const country = dataset.countries.find((c) => c.code === code);
  return country ? [country.code] : null;
}
