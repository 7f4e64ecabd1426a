import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useT } from '@/i18n/fastT';
import type { LocalizedText } from '@/model';
import { isLevelUnit, unitLabel as unitLabelIn, withUnit } from '@/model';
import type { NumericSliderRecord } from '@/scenario/sliders';
import type { Language } from './helpers';
import { formatNumber } from './helpers';

/** The panel's wording helpers: values with their units, in the current language. */
export function useSliderText() {
  const t = useT('scenario');
  const { i18n } = useTranslation();
  const language: Language = i18n.language === 'ru' ? 'ru' : 'en';
  return useMemo(() => {
    const pick = (text: LocalizedText) => text[language] || text.en;
    const unitLabel = (unit: string) => unitLabelIn(unit, language);
    /** "28.1%", "22.6% of GDP", "level 2.5 of 4", "× 1.25". */
    const formatValue = (record: NumericSliderRecord, value: number) => {
      const n = formatNumber(value, record.decimals, language);
      if (record.group !== 'assumption') return t('slider.weight', { value: n });
      if (isLevelUnit(record.unit)) return t('slider.level', { value: n });
      return withUnit(n, record.unit, language);
    };
    /** The same as formatValue for one record (drags call it often). */
    const formatterFor = (record: NumericSliderRecord): ((value: number) => string) => {
      if (record.group !== 'assumption' || isLevelUnit(record.unit)) {
        return (value) => formatValue(record, value);
      }
      return (value) =>
        withUnit(formatNumber(value, record.decimals, language), record.unit, language);
    };
    return { t, language, pick, unitLabel, formatValue, formatterFor };
  }, [t, language]);
}

export type SliderText = ReturnType<typeof useSliderText>;
