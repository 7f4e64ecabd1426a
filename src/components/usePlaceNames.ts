import { useMemo } from 'react';
import { useLocalized } from '@/i18n/useLocalized';
import { useDataset } from '@/lib/dataset';
import type { CountryCode, PartnerCode } from '@/model';

export interface PlaceNames {
  countryName: (code: CountryCode) => string;
  partnerName: (code: PartnerCode) => string;
}

/** The names of the data set's countries and partners in the reader's language (a code the data set lacks stands for itself). */
export function usePlaceNames(): PlaceNames {
  const dataset = useDataset();
  const { pick } = useLocalized();
  return useMemo(
    () => ({
      countryName: (code) => {
        const country = dataset.countries.find((c) => c.code === code);
        return country ? pick(country.name) : code;
      },
      partnerName: (code) => {
        const partner = dataset.partners.find((p) => p.code === code);
        return partner ? pick(partner.name) : code;
      },
    }),
    [dataset, pick],
  );
}
