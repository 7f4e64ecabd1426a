import type { PartnerCode } from '@/model';

/** CSS colour variable of a partner, for chart fills. */
export function partnerColor(code: PartnerCode): string {
  return code === 'CN' ? 'var(--cn)' : code === 'RU' ? 'var(--ru)' : 'var(--ghost)';
}
