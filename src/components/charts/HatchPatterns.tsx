import { memo } from 'react';
import { sameData } from '@/components/sameData';
import { usePartnerPaint } from '@/components/partnerPalette';
import type { PartnerCode } from '@/model';
import { hatchId } from './chartParts';

/**
 * Each partner's pattern in its colour, for `fill: url(#hatchId(uid, code))`: diagonal
 * hatching (the first partners), dots on a tint for a third, a diagonal mesh (cross-hatching)
 * for a fourth, horizontal stripes for a fifth (src/components/partnerPalette.ts). `size` is
 * the pattern tile in px (smaller for small markers).
 */
export const HatchPatterns = memo(function HatchPatterns({
  uid,
  partners,
  size = 8,
}: {
  uid: string;
  partners: PartnerCode[];
  size?: number;
}) {
  const paint = usePartnerPaint();
  const gap = Math.round((size * 3) / 8);
  return (
    <defs>
      {partners.map((code) => {
        const { pattern, color } = paint(code);
        const fill = { fill: color };
        // the light part of the tile: a stripe, a mesh hole or a row
        const [w, h] =
          pattern === 'cross'
            ? [size - gap, size - gap]
            : pattern === 'stripes'
              ? [size, gap]
              : [gap, size];
        return (
          <pattern
            key={code}
            id={hatchId(uid, code)}
            patternUnits="userSpaceOnUse"
            width={size}
            height={size}
            patternTransform={
              pattern === 'dots' || pattern === 'stripes' ? undefined : 'rotate(45)'
            }
          >
            <rect
              width={size}
              height={size}
              style={pattern === 'dots' ? { ...fill, opacity: 0.35 } : fill}
            />
            {pattern === 'dots' ? (
              <circle cx={size / 2} cy={size / 2} r={size / 4} style={fill} />
            ) : (
              <rect width={w} height={h} className="chart-hatch-gap" />
            )}
          </pattern>
        );
      })}
    </defs>
  );
}, sameData);
