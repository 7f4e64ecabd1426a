import { useMemo } from 'react';
import { useT } from '@/i18n/fastT';
import { useLocalized } from '@/i18n/useLocalized';
import { useDataset } from '@/lib/dataset';
import { formatsFor } from '@/lib/format';
import { partnerWordsOf } from '@/lib/partnerWords';
import { usePlaceNames } from '@/components/usePlaceNames';
import type {
  Dimension,
  Indicator,
  LeanSide,
  Observation,
  PartnerCode,
  TiltDimension,
  TiltReading,
} from '@/model';
import { unitLabel as unitLabelIn, withUnit } from '@/model';
import { capitalise } from './adapters';

/** The country view's wording helpers: partner names in context, tilts in words, values with units. */
export function useCountryText() {
  const t = useT(['country', 'common']);
  const { pick, language } = useLocalized();
  const dataset = useDataset();
  const { partnerName } = usePlaceNames();

  return useMemo(() => {
    const format = formatsFor(language);
    const { formatPercent, formatSigned, formatValue } = format;
    // Russian declines names: "крен к Китаю", "от России", "между Китаем и Россией"; a partner
    // the messages do not list takes its forms from the data set (src/lib/partnerWords.ts).
    const forms = partnerWordsOf(dataset, language);
    const partnerTo = (code: PartnerCode) =>
      t(`partnerTo.${code}`, { defaultValue: forms(code).to });
    const partnerFrom = (code: PartnerCode) =>
      t(`partnerFrom.${code}`, { defaultValue: forms(code).of });
    const partnerWith = (code: PartnerCode) =>
      t(`partnerWith.${code}`, { defaultValue: forms(code).with });

    const dimensionName = (d: Dimension | TiltDimension): string => t(`common:dimensions.${d}`);

    /**
     * A tilt in a sentence, as the model's lean rule reads it: "leans to Russia (tilt −6.9),
     * in 97% of draws", "is too close to call (tilt +1.0): 82% of draws lean to China".
     */
    const tiltSentence = (reading: TiltReading, tilt: number | null): string =>
      tiltWords('tilt', reading, tilt);

    /** A tilt beside its number: "Leans to China, in 97% of draws". */
    const tiltShort = (reading: TiltReading, tilt: number | null): string =>
      tiltWords('tiltShort', reading, tilt);

    /** A tilt after the label "Tilt:": "Leans to China (+12.3)"; «к Китаю (+12,3)» in Russian. */
    const tiltAfterLabel = (reading: TiltReading, tilt: number | null): string =>
      tiltWords('tiltAfterLabel', reading, tilt);

    const tiltWords = (
      prefix: 'tilt' | 'tiltShort' | 'tiltAfterLabel',
      reading: TiltReading,
      tilt: number | null,
    ): string => {
      const value = formatSigned(tilt);
      const sideTo = (side: LeanSide) => partnerTo(dataset.tiltPair[side === 'positive' ? 0 : 1]);
      switch (reading.kind) {
        case 'none':
          return t(`${prefix}.${reading.reason === 'weights' ? 'excluded' : 'noData'}`, {
            where: t('common:weightsPath'),
          });
        case 'balanced': {
          const [first, second] = dataset.tiltPair;
          return t(`${prefix}.balanced`, {
            first: partnerWith(first),
            second: partnerWith(second),
            value,
          });
        }
        case 'uncertain':
          return reading.side !== null && reading.share !== null
            ? t(`${prefix}.uncertainShare`, {
                value,
                p: formatPercent(reading.share),
                partner: sideTo(reading.side),
              })
            : t(`${prefix}.uncertain`, { value });
        case 'leans':
          return (
            t(`${prefix}.${reading.strength}`, { partner: sideTo(reading.side), value }) +
            (reading.share === null
              ? ''
              : `, ${t('tilt.probability', { p: formatPercent(reading.share) })}`)
          );
      }
    };

    const unitLabel = (unit: string): string => unitLabelIn(unit, language);

    /** "28%", "24% of GDP", "level 3 of 4", "1,500 USD m". */
    const formatAmount = (value: number, indicator: Indicator): string => {
      const number = formatValue(value);
      if (indicator.kind === 'ordinal') return t('table.level', { value: number });
      return withUnit(number, indicator.unit, language);
    };

    const formatRange = (low: number, high: number, indicator: Indicator): string => {
      const range = `${formatValue(low)}–${formatValue(high)}`;
      if (indicator.kind === 'ordinal') return range;
      return withUnit(range, indicator.unit, language);
    };

    /** An observation's period in the reader's language: "Jan–May 2025" → "январь–май 2025". */
    const formatPeriod = (period: string): string => {
      const inflow = /^(.*?)\s+inflow$/i.exec(period);
      const base = (inflow ? inflow[1]! : period).replace(/[A-Za-z][A-Za-z0-9]*/g, (word) =>
        t(`periodWords.${word}`, { defaultValue: word }),
      );
      return inflow ? t('periodInflow', { period: base }) : base;
    };

    /** The label of the scenario choice an alternative reading belongs to ("Chinese customs"). */
    const variantLabel = (observation: Observation): string => {
      const v = observation.variant;
      if (!v) return '';
      const option = dataset.options.find((o) => o.key === v.option);
      const choice = option?.choices.find((c) => c.value === v.value);
      return choice ? pick(choice.label) : v.value;
    };

    return {
      // the numbers in the reader's language: text.formatScore(x), text.formatSigned(x), …
      ...format,
      t,
      pick,
      language,
      partnerName,
      partnerTo,
      partnerFrom,
      partnerWith,
      dimensionName,
      tiltSentence,
      tiltShort,
      tiltAfterLabel,
      unitLabel,
      formatAmount,
      formatRange,
      formatPeriod,
      variantLabel,
      capitalise,
    };
  }, [t, pick, language, dataset, partnerName]);
}

export type CountryText = ReturnType<typeof useCountryText>;
