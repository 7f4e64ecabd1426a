// Method choices as assumptions, in words: "Switching to the geometric mean turns
// Kyrgyzstan's overall tilt to China (+7.9)." The model says what each choice does
// (methodAlternatives, methodFlips in src/model/method.ts); this is the one place that orders
// those findings and words them, for every view that reports them (the analysis view, the
// briefing's key risks). Pure: the words come from a translation function bound to the
// `risks` namespace (src/i18n/locales/risks.ts), so the same logic writes English and Russian.
import type {
  CountryCode,
  MethodAlternative,
  MethodChoice,
  MethodFlip,
  PartnerCode,
  TiltDimension,
} from '@/model';
import { methodFlips } from '@/model';
import type { Translate } from './translate';

// the sentences below take a translator bound to the `risks` namespace (the `method.*` messages)
export type { Translate };

/** The names a method sentence needs, in the reader's language. */
export interface MethodNames {
  country: (code: CountryCode) => string;
  /** a tilt's name inside a sentence ("overall tilt", "общий крен") */
  tiltName: (dimension: TiltDimension) => string;
  /** a partner's name as it follows "to" (Russian genitive: "Китая") */
  partnerIn: (code: PartnerCode) => string;
  /** a tilt as a signed number */
  tilt: (tilt: number) => string;
  /** a data option's name and one of its choices' names (the data set's labels) */
  option: (key: string) => string;
  choice: (key: string, value: string) => string;
}

/** Message key of a method choice: geometric, arithmetic, option or weights. */
export function methodKey(choice: MethodChoice): 'geometric' | 'arithmetic' | 'option' | 'weights' {
  return choice.kind === 'aggregation' ? choice.to : choice.kind;
}

const OUTCOME_ORDER: Record<MethodFlip['outcome'], number> = {
  flips: 0,
  balances: 1,
  unbalances: 2,
};

/** Method findings as they are listed: flips first, then balances, then tilts tipped off 0.0;
 * within each, in the order of the choices (stable). */
export function orderMethodFlips(flips: readonly MethodFlip[]): MethodFlip[] {
  return flips
    .map((flip, order) => ({ flip, order }))
    .sort(
      (a, b) => OUTCOME_ORDER[a.flip.outcome] - OUTCOME_ORDER[b.flip.outcome] || a.order - b.order,
    )
    .map((x) => x.flip);
}

/** The method choices that flip or balance a tilt, and every choice tested. */
export interface MethodFindings {
  /** flips first, then balances, then tilts tipped off 0.0; in the choices' order */
  flips: MethodFlip[];
  tested: MethodChoice[];
}

/**
 * What the model's method alternatives (methodAlternatives) do to the tilts, as every view
 * lists them: the one ordered list of method flips (orderMethodFlips), and the choices tested.
 */
export function methodFindings(alternatives: readonly MethodAlternative[]): MethodFindings {
  return {
    flips: orderMethodFlips(methodFlips(alternatives)),
    tested: alternatives.map((a) => a.choice),
  };
}

/**
 * A method choice that flips, balances or tips a tilt, as one whole sentence: one message per
 * choice × outcome (`method.geometric.flips`, `method.option.balances`, …).
 */
export function methodSentence(flip: MethodFlip, names: MethodNames, t: Translate): string {
  const { choice } = flip;
  return t(`method.${methodKey(choice)}.${flip.outcome}`, {
    country: names.country(flip.country),
    tilt: names.tiltName(flip.dimension),
    to: flip.toward ? names.partnerIn(flip.toward) : '',
    value: names.tilt(flip.then ?? 0),
    option: choice.kind === 'option' ? names.option(choice.option) : '',
    choice: choice.kind === 'option' ? names.choice(choice.option, choice.to) : '',
  });
}

/** The name of a tested method choice ("the geometric mean", "“Source…”: Chinese customs"). */
export function methodChoiceName(choice: MethodChoice, names: MethodNames, t: Translate): string {
  if (choice.kind === 'option')
    return t('method.choice.option', {
      option: names.option(choice.option),
      choice: names.choice(choice.option, choice.to),
    });
  return t(`method.choice.${methodKey(choice)}`);
}
