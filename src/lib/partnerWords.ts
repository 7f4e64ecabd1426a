// A partner's name in the cases a sentence needs, for the tilt pair and partner lists that views
// word from the data set (docs/architecture.md §5: partners come from the data). English uses
// the name as the data set gives it; Russian declines the names it knows (China, Russia) and
// puts any other in a phrase that keeps the name as given: «партнёра «Турция»».
import type { Dataset, LocalizedText, PartnerCode } from '@/model';
import type { Translate } from './translate';

export interface PartnerWords {
  code: PartnerCode;
  /** nominative: "China", «Китай» */
  name: string;
  /** genitive (after «от», «оценка»): «Китая» */
  of: string;
  /** instrumental (after «между»): «Китаем» */
  with: string;
  /** dative (after «к»): «Китаю» */
  to: string;
}

type Forms = Omit<PartnerWords, 'code'>;

const RUSSIAN: Readonly<Record<string, Forms>> = {
  CN: { name: 'Китай', of: 'Китая', with: 'Китаем', to: 'Китаю' },
  RU: { name: 'Россия', of: 'России', with: 'Россией', to: 'России' },
};

/** A partner's words in a language: its declined forms, or its name as the data set gives it. */
export function partnerWords(
  language: 'en' | 'ru',
  code: PartnerCode,
  name: LocalizedText | undefined,
): PartnerWords {
  const given = name ? name[language] || name.en : code;
  if (language === 'en') return { code, name: given, of: given, with: given, to: given };
  const known = RUSSIAN[code];
  // Declined only when the data set names it as the table does.
  if (known && known.name === given) return { code, ...known };
  return {
    code,
    name: given,
    of: `партнёра «${given}»`,
    with: `партнёром «${given}»`,
    to: `партнёру «${given}»`,
  };
}

/** The words of every partner of the data set, in its order. */
export function datasetPartnerWords(dataset: Dataset, language: 'en' | 'ru'): PartnerWords[] {
  return dataset.partners.map((p) => partnerWords(language, p.code, p.name));
}

/**
 * A partner's words by its code: where a view's messages have no declined form for it (they
 * list China and Russia), the form its sentence takes: `to` after «к», `of` after «от»…
 */
export function partnerWordsOf(
  dataset: Dataset,
  language: 'en' | 'ru',
): (code: PartnerCode) => PartnerWords {
  return (code) =>
    partnerWords(language, code, dataset.partners.find((p) => p.code === code)?.name);
}

/** The tilt pair's two partners: `positive` (the tilt's + side) and `negative`. */
export function tiltPairWords(
  dataset: Dataset,
  language: 'en' | 'ru',
): { positive: PartnerWords; negative: PartnerWords } {
  const words = partnerWordsOf(dataset, language);
  return { positive: words(dataset.tiltPair[0]), negative: words(dataset.tiltPair[1]) };
}

/** The tilt pair's words as the values of a message: {{positive}}, {{positiveOf}}… */
export type PairValues = ReturnType<typeof pairValues>;

/** The pair as message values: {{positive}}, {{positiveOf}}, {{negativeWith}}… */
export function pairValues(pair: { positive: PartnerWords; negative: PartnerWords }) {
  const { positive: p, negative: n } = pair;
  return {
    positive: p.name,
    positiveOf: p.of,
    positiveWith: p.with,
    positiveTo: p.to,
    negative: n.name,
    negativeOf: n.of,
    negativeWith: n.with,
    negativeTo: n.to,
  };
}

/**
 * A sentence that names the tilt pair, by the one rule of every view: without `pair` (the pair
 * is China − Russia: src/lib/chinaRussia.ts tiltPairValues) the view's own message `key`, as
 * it always read; with it, the message `pairKey` filled with the pair's words. `values` fill
 * either.
 */
export function pairSentence(
  t: Translate,
  pair: PairValues | null | undefined,
  key: string,
  pairKey: string,
  values?: Record<string, unknown>,
): string {
  return pair ? t(pairKey, { ...pair, ...values }) : t(key, values);
}
