import { useMemo } from 'react';
import { useT } from '@/i18n/fastT';
import { headline } from '@/lib/headline';
import { DIMENSIONS } from '@/model';
import type { CountryCode, Dimension, ScoreSet, UncertaintyResult } from '@/model';

/**
 * The one-sentence reading of a country's tilts (lib/headline.ts) in the reader's language,
 * as the overview and the briefing both state it.
 */
export function useCountryHeadline(
  country: CountryCode,
  /** the country's name as it starts a sentence */
  name: string,
  scores: ScoreSet,
  uncertainty: UncertaintyResult | undefined,
): string {
  const t = useT('overview');
  return useMemo(() => {
    const dimensionNames = Object.fromEntries(
      DIMENSIONS.map((d) => [d, t(`headline.dimensions.${d}`)]),
    ) as Record<Dimension, string>;
    return headline({
      country: name,
      tilts: scores.tilts.filter((x) => x.country === country),
      pPositive: uncertainty?.tilts.filter((x) => x.country === country),
      dimensionNames,
      t: (key, options) => t(key, options),
    });
  }, [t, name, scores, uncertainty, country]);
}
