// Labels the methodology view shares between its parts.
import { useTranslation } from 'react-i18next';
import { useDataset } from '@/lib/dataset';
import { useLocalized } from '@/i18n/useLocalized';
import { reportSourceId } from './derive';

/** A source's short name: "Ifri report", or its author and outlet (the id if unknown). */
export function useSourceLabel() {
  const { t } = useTranslation('methodology');
  const dataset = useDataset();
  const reportId = reportSourceId(dataset);
  return (id: string): string => {
    if (id === reportId) return t('sources.reportShort');
    const source = dataset.sources.find((s) => s.id === id);
    if (!source) return id;
    return [source.author, source.outlet]
      .filter((x, i) => x && (i === 0 || x !== source.author))
      .join(', ');
  };
}

/** A country's or partner's name in the reader's language, by its code (the code if unknown). */
export function useCodeName() {
  const { pick } = useLocalized();
  return (list: readonly { code: string; name: { en: string; ru: string } }[], code: string) => {
    const found = list.find((x) => x.code === code);
    return found ? pick(found.name) : code;
  };
}
