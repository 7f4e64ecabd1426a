// A flip finding in words, written once for every view that reports one (the analysis view's
// "What would flip it" and the briefing's key risks): one sentence builder over one set of
// messages, `flip.*` of the common namespace (src/i18n/locales/common.ts), always loaded, so a
// translator bound to any namespace reaches them as `common:flip.…`. Pure: the names and the
// translator come from the caller, so the same logic writes English and Russian.
import type { CountryCode, FlipSuggestion, Indicator, PartnerCode, TiltDimension } from '@/model';
import type { MethodNames } from './methodRisks';
import type { Translate } from './translate';

/** "Share of arms imports" → "share of arms imports", as it reads inside a sentence. */
const lowerFirst = (s: string): string => s.charAt(0).toLocaleLowerCase() + s.slice(1);

/** The names a flip sentence needs, in the reader's language (and a method sentence's). */
export interface FlipNames extends MethodNames {
  partner: (code: PartnerCode) => string;
  indicator: (indicator: Indicator) => string;
  /** a number with the indicator's unit, as it reads after "from" and "to" */
  valueAfter: (value: number, indicator: Indicator) => string;
}

/** Which way the suggested change goes: the second half of a flip message's key. */
export const flipDirection = (s: FlipSuggestion): 'fell' | 'rose' =>
  s.to < s.from ? 'fell' : 'rose';

/** The words of one suggested change: who, what, from and to, and the published range. */
export function flipChangeWords(s: FlipSuggestion, names: FlipNames) {
  const indicator = names.indicator(s.indicator);
  return {
    to: names.partnerIn(s.toward),
    partner: names.partner(s.partner),
    partnerIn: names.partnerIn(s.partner),
    indicator,
    indicatorLower: lowerFirst(indicator),
    from: names.valueAfter(s.from, s.indicator),
    value: names.valueAfter(s.to, s.indicator),
    low: names.valueAfter(s.low, s.indicator),
    high: names.valueAfter(s.high, s.indicator),
  };
}

/** A change inside the published ranges that flips or balances a country's tilt. */
export interface FlipChange {
  country: CountryCode;
  dimension: TiltDimension;
  suggestion: FlipSuggestion;
  /** the tilt now, when the sentence should show it after the tilt's name ("overall tilt (+1.0)") */
  tiltNow?: number;
}

/**
 * A flip finding as one whole sentence, one message per case (flips/balances × fell/rose):
 * "Kyrgyzstan's security tilt would flip to China if Russia's share of arms imports fell from
 * 80% to 31%." With the tilt now, the same sentence names it: "… economic tilt (+1.0) would
 * flip …". Rubric values are whole levels ("from level 3 to level 1").
 */
export function flipChangeSentence(change: FlipChange, names: FlipNames, t: Translate): string {
  const s = change.suggestion;
  const tiltName = names.tiltName(change.dimension);
  const tilt =
    change.tiltNow === undefined
      ? tiltName
      : t('common:flip.tiltNow', { tilt: tiltName, value: names.tilt(change.tiltNow) });
  return t(`common:flip.${s.outcome}.${flipDirection(s)}`, {
    country: names.country(change.country),
    tilt,
    ...flipChangeWords(s, names),
  });
}
