// Is a data set's tilt China − Russia, named so? Then the views keep their own sentences ("China
// score − Russia score"); for any other pair they word it from the data set
// (src/lib/partnerWords.ts). Small on purpose; the overview tests the codes alone and does not
// import it (it stays off the first screen).
import type { Dataset } from '@/model';
import { pairValues, tiltPairWords, type PairValues } from './partnerWords';

const NAMES: Record<string, string> = { CN: 'China|Китай', RU: 'Russia|Россия' };

/** Is the tilt China − Russia, with those names? */
export function isChinaRussiaTilt(dataset: Dataset): boolean {
  return (
    dataset.tiltPair.join() === 'CN,RU' &&
    dataset.partners.every((p) => !NAMES[p.code] || `${p.name.en}|${p.name.ru}` === NAMES[p.code])
  );
}

/** Are the partners China and Russia alone (the sentences that name both may stand)? */
export function isChinaRussiaOnly(dataset: Dataset): boolean {
  return dataset.partners.length === 2 && isChinaRussiaTilt(dataset);
}

/**
 * The words of the data set's tilt pair for a view's `pair` messages (src/lib/partnerWords.ts
 * pairSentence); null when the pair is China − Russia, whose sentences the views keep.
 */
export function tiltPairValues(dataset: Dataset, language: 'en' | 'ru'): PairValues | null {
  return isChinaRussiaTilt(dataset) ? null : pairValues(tiltPairWords(dataset, language));
}
