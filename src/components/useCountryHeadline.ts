import { useMemo } from 'react';
import { useT } from '@/i18n/fastT';
import { headline } from '@/lib/headline';
import type { PairValues } from '@/lib/partnerWords';
import { DIMENSIONS } from '@/model';
import type { CountryCode, Dimension, ScoreSet, UncertaintyResult } from '@/model';

/** The headline's messages; with a tilt pair other than China − Russia, its own too. */
const OVERVIEW = ['overview'] as const;
const OVERVIEW_AND_PAIR = ['overview', 'tiltPair'] as const;

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
  /**
   * the tilt pair's words when it is not China − Russia (src/lib/chinaRussia.ts
   * tiltPairValues): the sentence then names it (the tiltPair messages, loaded then)
   */
  pair?: PairValues | null,
): string {
  const t = useT(pair ? OVERVIEW_AND_PAIR : OVERVIEW);
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
      pair,
    });
  }, [t, name, scores, uncertainty, country, pair]);
}
