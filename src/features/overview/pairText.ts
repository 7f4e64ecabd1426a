// The overview's sentences that name the tilt's two partners from the data set, for a data set
// whose tilt pair is not China − Russia: loaded only then (OverviewPage's usePairText), with the
// partners' words and the tiltPair messages, so the first screen does not carry them. The
// headlines take the pair's words from here too.
import type { i18n as I18n } from 'i18next';
import { pairValues, tiltPairWords, type PairValues } from '@/lib/partnerWords';
import type { Dataset } from '@/model';

export interface PairText {
  /** the pair's words, for the headline's sentences (src/lib/headline.ts) */
  values: PairValues;
  heading: (countries: string) => string;
  intro: string;
  tiltSource: string;
  caption: (country: string) => string;
  tiltAria: (country: string, values: string) => string;
}

/** The sentences for `dataset` in `language` (the tiltPair messages loaded into `i18n`). */
export function pairText(dataset: Dataset, language: 'en' | 'ru', i18n: I18n): PairText {
  const values = pairValues(tiltPairWords(dataset, language));
  const t = i18n.getFixedT(language, 'tiltPair');
  const say = (key: string, more?: Record<string, string>) =>
    String(t(`overview.${key}`, { ...values, ...more }));
  return {
    values,
    heading: (countries) => say('heading', { countries }),
    intro: say('intro'),
    tiltSource: say('tiltSource'),
    caption: (country) => say('caption', { country }),
    tiltAria: (country, list) => say('tiltAria', { country, values: list }),
  };
}
