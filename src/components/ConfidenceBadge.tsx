import { memo, type CSSProperties } from 'react';
import { useT } from '@/i18n/fastT';
import type { Confidence } from '@/model';

/**
 * Border style per level, so the levels differ by shape and text, never by colour alone:
 * reported — solid, estimate — dashed, judgement — dotted (and thicker).
 */
const BORDER: Record<Confidence, CSSProperties> = {
  reported: { borderStyle: 'solid', borderWidth: 2 },
  estimate: { borderStyle: 'dashed', borderWidth: 2 },
  judgement: { borderStyle: 'dotted', borderWidth: 3 },
};

/** How sure a figure is: its label, a distinct border, and an explanation on hover and for screen readers. */
function ConfidenceBadgeImpl({ level }: { level: Confidence }) {
  const t = useT('common');
  const help = t(`confidenceHelp.${level}`);
  return (
    <span
      className={`badge confidence-badge confidence-${level}`}
      style={BORDER[level]}
      title={help}
      data-confidence={level}
    >
      {t(`confidence.${level}`)}
      <span className="visually-hidden">: {help}</span>
    </span>
  );
}

/** Memoised: one string in; tables re-render their rows at every slider step. */
export const ConfidenceBadge = memo(ConfidenceBadgeImpl);
