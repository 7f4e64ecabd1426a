import { useMemo } from 'react';
import { useT } from '@/i18n/fastT';
import { useLocalized } from '@/i18n/useLocalized';
import { useDataset } from '@/lib/dataset';
import { formatPercent, formatSigned, formatValue } from '@/lib/format';
import type { Dimension, Indicator, Observation, PartnerCode } from '@/model';
import type { TiltDimension } from '@/model';
import type { TiltReading } from './adapters';
import { capitalise, unitKey } from './adapters';

/** The country view's wording helpers: partner names in context, tilts in words, values with units. */
export function useCountryText() {
  const t = useT(['country', 'common']);
  const { pick, language } = useLocalized();
  const dataset = useDataset();

  return useMemo(() => {
    const partnerName = (code: PartnerCode): string => {
      const partner = dataset.partners.find((p) => p.code === code);
      return partner ? pick(partner.name) : code;
    };
    // Russian declines names: "крен к Китаю", "от России", "между Китаем и Россией".
    const partnerTo = (code: PartnerCode) =>
      t(`partnerTo.${code}`, { defaultValue: partnerName(code) });
    const partnerFrom = (code: PartnerCode) =>
      t(`partnerFrom.${code}`, { defaultValue: partnerName(code) });
    const partnerWith = (code: PartnerCode) =>
      t(`partnerWith.${code}`, { defaultValue: partnerName(code) });

    const dimensionName = (d: Dimension | TiltDimension): string => t(`common:dimensions.${d}`);

    const probability = (reading: TiltReading): string =>
      reading.probability === null
        ? ''
        : `, ${t('tilt.probability', { p: formatPercent(reading.probability) })}`;

    /** A tilt in a sentence: "leans to Russia (tilt −6.9), in 78% of plausible cases". */
    const tiltSentence = (reading: TiltReading | null): string => {
      if (!reading) return t('tilt.noData');
      const value = formatSigned(reading.tilt);
      if (reading.strength === 'balanced' || reading.partner === null) {
        const [first, second] = dataset.tiltPair;
        return t('tilt.balanced', {
          first: partnerWith(first),
          second: partnerWith(second),
          value,
        });
      }
      return (
        t(`tilt.${reading.strength}`, { partner: partnerTo(reading.partner), value }) +
        probability(reading)
      );
    };

    /** A tilt standing alone: "Leans to China (+12.3), in 87% of plausible cases". */
    const tiltShort = (reading: TiltReading | null): string => {
      if (!reading) return t('tiltShort.noData');
      const value = formatSigned(reading.tilt);
      if (reading.strength === 'balanced' || reading.partner === null) {
        return t('tiltShort.balanced', { value });
      }
      return (
        t(`tiltShort.${reading.strength}`, { partner: partnerTo(reading.partner), value }) +
        probability(reading)
      );
    };

    const unitLabel = (unit: string): string => t(`units.${unitKey(unit)}`, { defaultValue: unit });

    /** "28%", "24% of GDP", "level 3 of 4", "1,500 USD m". */
    const formatAmount = (value: number, indicator: Indicator): string => {
      const number = formatValue(value, language);
      if (indicator.kind === 'ordinal') return t('table.level', { value: number });
      const unit = unitLabel(indicator.unit);
      if (unit.startsWith('%')) return `${number}${unit}`;
      return `${number} ${unit}`;
    };

    const formatRange = (low: number, high: number, indicator: Indicator): string => {
      const lo = formatValue(low, language);
      const hi = formatValue(high, language);
      if (indicator.kind === 'ordinal') return `${lo}–${hi}`;
      const unit = unitLabel(indicator.unit);
      return unit.startsWith('%') ? `${lo}–${hi}${unit}` : `${lo}–${hi} ${unit}`;
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
      unitLabel,
      formatAmount,
      formatRange,
      formatPeriod,
      variantLabel,
      capitalise,
    };
  }, [t, pick, language, dataset]);
}

export type CountryText = ReturnType<typeof useCountryText>;
