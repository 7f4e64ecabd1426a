import { useMemo } from 'react';
import { useT } from '@/i18n/fastT';
import { useLocalized } from '@/i18n/useLocalized';
import { useDataset } from '@/lib/dataset';
import { leanWording, type LeanWording } from '@/lib/leanText';
import { partnerWordsOf } from '@/lib/partnerWords';
import { usePlaceNames } from './usePlaceNames';

/** The words for the model's readings in the reader's language (see src/lib/leanText.ts). */
export function useLeanWording(): LeanWording {
  const tc = useT('common');
  const dataset = useDataset();
  const { language } = useLocalized();
  const { partnerName } = usePlaceNames();
  return useMemo(
    () =>
      leanWording(tc, dataset.tiltPair, partnerName, language, partnerWordsOf(dataset, language)),
    [tc, dataset, partnerName, language],
  );
}
