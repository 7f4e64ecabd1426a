import { memo, type CSSProperties } from 'react';
import { useT } from '@/i18n/fastT';
import type { Confidence } from '@/model';

/**
 * A badge's level: how an observation's value was obtained, or `analyst` for a value the
 * analyst supplied for a missing cell (the analyst's own, never a source's).
 */
export type BadgeLevel = Confidence | 'analyst';

/**
 * Border style per level, so the levels differ by shape and text, never by colour alone:
 * reported — solid, computed — double, estimate — dashed, judgement — dotted (and thicker),
 * analyst — thick dashes on square corners.
 */
const BORDER: Record<BadgeLevel, CSSProperties> = {
  reported: { borderStyle: 'solid', borderWidth: 2 },
  computed: { borderStyle: 'double', borderWidth: 3 },
  estimate: { borderStyle: 'dashed', borderWidth: 2 },
  judgement: { borderStyle: 'dotted', borderWidth: 3 },
  analyst: { borderStyle: 'dashed', borderWidth: 3, borderRadius: 3 },
};

/** How sure a figure is: its label, a distinct border, and an explanation on hover and for screen readers. */
function ConfidenceBadgeImpl({ level }: { level: BadgeLevel }) {
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
