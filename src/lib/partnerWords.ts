// A partner's name in the cases a sentence needs, for the tilt pair and partner lists that views
// word from the data set (docs/architecture.md §5: partners come from the data). English uses
// the name as the data set gives it; Russian declines the names it knows (China, Russia) and
// puts any other in a phrase that keeps the name as given: «партнёра «Турция»».
import type { Dataset, LocalizedText, PartnerCode } from '@/model';

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

/** The tilt pair's two partners: `positive` (the tilt's + side) and `negative`. */
export function tiltPairWords(
  dataset: Dataset,
  language: 'en' | 'ru',
): { positive: PartnerWords; negative: PartnerWords } {
  const words = (code: PartnerCode) =>
    partnerWords(language, code, dataset.partners.find((p) => p.code === code)?.name);
  return { positive: words(dataset.tiltPair[0]), negative: words(dataset.tiltPair[1]) };
}

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
