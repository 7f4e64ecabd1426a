import type { PartnerCode } from '@/model';
import { DEFAULT_PARTNERS, partnerPaint } from './partnerPalette';

/**
 * CSS colour variable of a partner, for chart fills, by its position in `partners`
 * (src/components/partnerPalette.ts); China and Russia when no list is given.
 */
export function partnerColor(
  code: PartnerCode,
  partners: readonly PartnerCode[] = DEFAULT_PARTNERS,
): string {
  return partnerPaint(partners, code).color;
}
