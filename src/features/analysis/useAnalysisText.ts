import { useMemo } from 'react';
import { useT } from '@/i18n/fastT';
import { useLocalized } from '@/i18n/useLocalized';
import { useDataset } from '@/lib/dataset';
import { formatSigned, formatValue } from '@/lib/format';
import type { CountryCode, Indicator, PartnerCode, TiltDimension } from '@/model';
import type { ChartSides } from '@/components/charts/chartParts';
import { withUnit, type FlipNames } from './adapters';

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
  return useMemo(() => {
    const countryName = (code: CountryCode) =>
      pick(dataset.countries.find((c) => c.code === code)?.name ?? { en: code, ru: code });
    const partnerName = (code: PartnerCode) =>
      pick(dataset.partners.find((p) => p.code === code)?.name ?? { en: code, ru: code });
    const partnerIn = (code: PartnerCode) =>
      t(`partnerIn.${code}`, { defaultValue: partnerName(code) });
    const indicatorName = (indicator: Indicator) => pick(indicator.name);
    const indicatorById = new Map(dataset.indicators.map((i) => [i.id, i]));
    const value = (x: number, indicator: Indicator) =>
      withUnit(formatValue(x, language), indicator.unit, t);
    const valueAfter = (x: number, indicator: Indicator) =>
      withUnit(formatValue(x, language), indicator.unit, t, 'unitsAfter');
    const dimensionLabel = (d: TiltDimension) => tc(`dimensions.${d}`);
    const tiltName = (d: TiltDimension) => t(`tilts.${d}`);
    const [first, second] = dataset.tiltPair;
    const sides: ChartSides = {
      negative: { code: second, label: partnerName(second) },
      positive: { code: first, label: partnerName(first) },
    };
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
      t,
      tc,
      tr,
      language,
      pick,
      countryName,
      partnerName,
      partnerIn,
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
  }, [t, tc, tr, dataset, language, pick]);
}

export type AnalysisText = ReturnType<typeof useAnalysisText>;
