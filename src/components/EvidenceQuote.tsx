import { memo } from 'react';
import { useT } from '@/i18n/fastT';
import type { Evidence } from '@/model';

/**
 * One evidence item: the quoted words and where they stand — the report's section (and the
 * footnote the passage carries, or "the report's own words"), or the research notes' section.
 */
function EvidenceQuoteImpl({ evidence }: { evidence: Evidence }) {
  const t = useT('common');
  const where =
    evidence.from === 'report'
      ? evidence.footnote !== undefined
        ? t('evidence.reportNote', { section: evidence.locator, n: evidence.footnote })
        : t('evidence.reportOwn', { section: evidence.locator })
      : t('evidence.notes', { section: evidence.locator });
  return (
    <figure className="evidence-quote">
      <blockquote>{evidence.quote}</blockquote>
      <figcaption className="muted">{where}</figcaption>
    </figure>
  );
}

export const EvidenceQuote = memo(EvidenceQuoteImpl);
