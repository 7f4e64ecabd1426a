import { memo } from 'react';
import { useDataset } from '@/lib/dataset';
import { useLocalized } from '@/i18n/useLocalized';
import type { PartnerCode } from '@/model';

/** A partner's name with its swatch (hatched square for China, disc for Russia): never colour alone. */
function PartnerLabelImpl({ code, short = false }: { code: PartnerCode; short?: boolean }) {
  const dataset = useDataset();
  const { pick } = useLocalized();
  const partner = dataset.partners.find((p) => p.code === code);
  const cls = code.toLowerCase();
  return (
    <span className={`partner-label partner-${cls}`}>
      <span className={`swatch swatch-${cls}`} aria-hidden="true" />
      {short ? code : partner ? pick(partner.name) : code}
    </span>
  );
}

/** Memoised: its props are two primitives, and charts re-render it at every slider step. */
export const PartnerLabel = memo(PartnerLabelImpl);
