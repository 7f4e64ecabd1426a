import { useMemo } from 'react';
import { useT } from '@/i18n/fastT';
import { useLocalized } from '@/i18n/useLocalized';
import { tiltPairValues } from '@/lib/chinaRussia';
import { useDataset } from '@/lib/dataset';
import { formatsFor } from '@/lib/format';
import { pairSentence, partnerWordsOf } from '@/lib/partnerWords';
import type { Indicator, PartnerCode, Scenario, ScoreSet, TiltDimension } from '@/model';
import { withUnit } from '@/model';
import { useTiltSides } from '@/components/charts/useTiltSides';
import { usePlaceNames } from '@/components/usePlaceNames';
import type { FlipNames } from './adapters';

/**
 * The view's wording in the current language: its messages, the data set's names and
 * numbers with their units. One object per language, so memoised parts re-render only
 * when the language changes.
 */
export function useAnalysisText() {
  const t = useT('analysis');
  const tc = useT('common');
  /** method choices in words (src/lib/methodRisks.ts) */
  const tr = useT('risks');
  const dataset = useDataset();
  const { language, pick } = useLocalized();
  const { countryName, partnerName } = usePlaceNames();
  const sides = useTiltSides();
  return useMemo(() => {
    const format = formatsFor(language);
    const { formatSigned, formatValue } = format;
    // «в пользу Китая», «для России»; a partner the messages do not list: its forms from the
    // data set (src/lib/partnerWords.ts)
    const forms = partnerWordsOf(dataset, language);
    const partnerIn = (code: PartnerCode) =>
      t(`partnerIn.${code}`, { defaultValue: forms(code).of });
    // The tilt pair named from the data set where it is not China − Russia.
    const pair = tiltPairValues(dataset, language);
    /** a message naming the tilt pair: `key`, or its `pair.` one (src/lib/partnerWords.ts) */
    const named = (key: string, values?: Record<string, unknown>) =>
      pairSentence(t, pair, key, `pair.${key}`, values);
    const indicatorName = (indicator: Indicator) => pick(indicator.name);
    const indicatorById = new Map(dataset.indicators.map((i) => [i.id, i]));
    const value = (x: number, indicator: Indicator) =>
      withUnit(formatValue(x), indicator.unit, language);
    const valueAfter = (x: number, indicator: Indicator) =>
      withUnit(formatValue(x), indicator.unit, language, 'valueAfter');
    const dimensionLabel = (d: TiltDimension) => tc(`dimensions.${d}`);
    const tiltName = (d: TiltDimension) => t(`tilts.${d}`);
    const flipNames: FlipNames = {
      country: countryName,
      tiltName,
      partner: partnerName,
      partnerIn,
      indicator: indicatorName,
      valueAfter,
      tilt: (x) => formatSigned(x),
      option: (key) => {
        const option = dataset.options.find((o) => o.key === key);
        return option ? pick(option.label) : key;
      },
      choice: (key, value) => {
        const choice = dataset.options
          .find((o) => o.key === key)
          ?.choices.find((c) => c.value === value);
        return choice ? pick(choice.label) : value;
      },
    };
    return {
      // the numbers in the reader's language: text.formatScore(x), text.formatSigned(x), …
      ...format,
      t,
      tc,
      tr,
      language,
      pick,
      countryName,
      partnerName,
      partnerIn,
      named,
      indicatorName,
      indicatorById,
      value,
      dimensionLabel,
      tiltName,
      sides,
      flipNames,
      noData: tc('noData'),
      pending: t('pending'),
    };
  }, [t, tc, tr, dataset, language, pick, countryName, partnerName, sides]);
}

export type AnalysisText = ReturnType<typeof useAnalysisText>;

/** What the sections that re-score the data set (sensitivity, flips) follow. */
export interface ScenarioSectionProps {
  scenario: Scenario;
  /** the scenario's scores: why a tilt without a number has none (src/model/missing.ts) */
  scores: ScoreSet;
}
