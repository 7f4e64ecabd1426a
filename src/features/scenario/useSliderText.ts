import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useT } from '@/i18n/fastT';
import type { LocalizedText } from '@/model';
import type { NumericSliderRecord } from '@/scenario/sliders';
import type { Language } from './helpers';
import { formatNumber, joinUnit, unitKey } from './helpers';

/** The panel's wording helpers: values with their units, in the current language. */
export function useSliderText() {
  const t = useT('scenario');
  const { i18n } = useTranslation();
  const language: Language = i18n.language === 'ru' ? 'ru' : 'en';
  return useMemo(() => {
    const pick = (text: LocalizedText) => text[language] || text.en;
    const unitLabel = (unit: string) =>
      unit ? t(`units.${unitKey(unit)}`, { defaultValue: unit }) : '';
    /** "28.1%", "22.6% of GDP", "level 2.5 of 4", "× 1.25". */
    const formatValue = (record: NumericSliderRecord, value: number) => {
      const n = formatNumber(value, record.decimals, language);
      if (record.group !== 'assumption') return t('slider.weight', { value: n });
      if (unitKey(record.unit) === 'level_0_4') return t('slider.level', { value: n });
      return joinUnit(n, unitLabel(record.unit));
    };
    /** The same as formatValue for one record, with its unit looked up once (drags call it often). */
    const formatterFor = (record: NumericSliderRecord): ((value: number) => string) => {
      if (record.group !== 'assumption' || unitKey(record.unit) === 'level_0_4') {
        return (value) => formatValue(record, value);
      }
      const unit = unitLabel(record.unit);
      return (value) => joinUnit(formatNumber(value, record.decimals, language), unit);
    };
    return { t, language, pick, unitLabel, formatValue, formatterFor };
  }, [t, language]);
}

export type SliderText = ReturnType<typeof useSliderText>;
