import { useMemo } from 'react';
import { useT } from '@/i18n/fastT';
import { useLocalized } from '@/i18n/useLocalized';
import { useDataset } from '@/lib/dataset';
import { leanWording, type LeanWording } from '@/lib/leanText';
import type { PartnerCode } from '@/model';

/** The words for the model's readings in the reader's language (see src/lib/leanText.ts). */
export function useLeanWording(): LeanWording {
  const tc = useT('common');
  const dataset = useDataset();
  const { pick } = useLocalized();
  return useMemo(() => {
    const partnerName = (code: PartnerCode) => {
      const partner = dataset.partners.find((p) => p.code === code);
      return partner ? pick(partner.name) : code;
    };
    return leanWording(tc, dataset.tiltPair, partnerName);
  }, [tc, dataset, pick]);
}
