import { memo } from 'react';
import { useDataset } from '@/lib/dataset';
import { useLocalized } from '@/i18n/useLocalized';
import type { PartnerCode } from '@/model';
import { usePartnerPaint } from './partnerPalette';

/**
 * A partner's name with its swatch (hatched square for the first partner, disc for the second,
 * dotted diamond for a third…: src/components/partnerPalette.ts): never colour alone.
 */
function PartnerLabelImpl({ code, short = false }: { code: PartnerCode; short?: boolean }) {
  const dataset = useDataset();
  const { pick } = useLocalized();
  const paint = usePartnerPaint()(code);
  const partner = dataset.partners.find((p) => p.code === code);
  return (
    <span className={`partner-label ${paint.className}`} data-pattern={paint.pattern}>
      <span className={`swatch swatch-${paint.slot}`} aria-hidden="true" />
      {short ? code : partner ? pick(partner.name) : code}
    </span>
  );
}

/** Memoised: its props are two primitives, and charts re-render it at every slider step. */
export const PartnerLabel = memo(PartnerLabelImpl);
