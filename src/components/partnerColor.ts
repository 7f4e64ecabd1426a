import type { PartnerCode } from '@/model';
import { partnerPaint } from './partnerPalette';

/**
 * CSS colour variable of a partner, for chart fills, by its position in `partners`
 * (src/components/partnerPalette.ts); China and Russia when no list is given.
 */
export function partnerColor(
  code: PartnerCode,
  partners: readonly PartnerCode[] = ['CN', 'RU'],
): string {
  return partnerPaint(partners, code).color;
}
