import { partnerColor } from '@/components/partnerColor';
import type { PartnerCode } from '@/model';
import { hatchId } from './chartParts';

/**
 * Diagonal hatching in each partner's colour, for `fill: url(#hatchId(uid, code))`; `size`
 * is the pattern tile in px (smaller for small markers).
 */
export function HatchPatterns({
  uid,
  partners,
  size = 8,
}: {
  uid: string;
  partners: PartnerCode[];
  size?: number;
}) {
  const gap = Math.round((size * 3) / 8);
  return (
    <defs>
      {partners.map((code) => (
        <pattern
          key={code}
          id={hatchId(uid, code)}
          patternUnits="userSpaceOnUse"
          width={size}
          height={size}
          patternTransform="rotate(45)"
        >
          <rect width={size} height={size} style={{ fill: partnerColor(code) }} />
          <rect width={gap} height={size} className="chart-hatch-gap" />
        </pattern>
      ))}
    </defs>
  );
}
