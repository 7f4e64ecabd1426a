import { memo, type CSSProperties, type ReactNode } from 'react';
import { useT } from '@/i18n/fastT';
import { useLocalized } from '@/i18n/useLocalized';
import { useDataset } from '@/lib/dataset';
import { citationParts, QUOTES } from '@/lib/sourceText';
import type { Source } from '@/model';

interface SourceCitationProps {
  /** source ids, as in an observation or event */
  sources: readonly string[];
  /** footnote numbers of the Ifri report the figure rests on */
  footnotes?: readonly number[] | undefined;
  className?: string;
}

const LIST_STYLE: CSSProperties = { listStyle: 'none', margin: 0, padding: 0 };

/**
 * "Author, “Title” (linked), Outlet, date" — the title in quotation marks only when the
 * material gives a real one, else what the work is; a bare domain is named as such.
 */
export function Citation({ source }: { source: Source }) {
  const t = useT('common');
  const { language } = useLocalized();
  const parts: ReactNode[] = citationParts(source, language).map((p) => {
    switch (p.kind) {
      case 'author':
        return <span className="source-author">{p.text}</span>;
      case 'title': {
        // the marks stay outside the link, so the link is named by the title alone
        const [open, close] = QUOTES[language];
        return (
          <>
            {open}
            {p.url ? (
              <a href={p.url} rel="noreferrer">
                <cite>{p.text}</cite>
              </a>
            ) : (
              <cite>{p.text}</cite>
            )}
            {close}
          </>
        );
      }
      case 'description':
        return p.url ? (
          <a href={p.url} rel="noreferrer" className="source-description">
            {p.text}
          </a>
        ) : (
          <span className="source-description">{p.text}</span>
        );
      case 'outlet':
        return <span className="source-outlet">{p.text}</span>;
      case 'date':
        return <span className="source-date">{p.undated ? t('sourceUndated') : p.text}</span>;
      case 'site':
        return <span className="source-site">{t('sourceSite', { site: p.site })}</span>;
      case 'note':
        return <span className="source-note muted">{p.text}</span>;
    }
  });
  return (
    <>
      {parts.map((p, i) => (
        <span key={i}>
          {i > 0 && ', '}
          {p}
        </span>
      ))}
    </>
  );
}

/**
 * Where a figure comes from: each source cited as `Citation` does (links with
 * rel="noreferrer"), and "Ifri report, note N" for every footnote of the report it rests
 * on — with the source that footnote cites, when the data set has it.
 */
function SourceCitationImpl({ sources, footnotes = [], className }: SourceCitationProps) {
  const t = useT('common');
  const dataset = useDataset();
  const byId = new Map(dataset.sources.map((s) => [s.id, s]));
  const covered = new Set<number>();
  const items: ReactNode[] = sources.map((id) => {
    const source = byId.get(id);
    if (!source) return <li key={id}>{id}</li>;
    const own = source.footnote !== undefined && footnotes.includes(source.footnote);
    if (own) covered.add(source.footnote!);
    return (
      <li key={id}>
        <Citation source={source} />
        {own && <> ({t('footnote', { n: source.footnote })})</>}
      </li>
    );
  });
  for (const n of footnotes) {
    if (covered.has(n)) continue;
    covered.add(n);
    const cited = dataset.sources.find((s) => s.footnote === n);
    items.push(
      <li key={`fn-${n}`} className="source-footnote" data-footnote={n}>
        {t('footnote', { n })}
        {cited && !sources.includes(cited.id) && (
          <>
            {': '}
            <Citation source={cited} />
          </>
        )}
      </li>,
    );
  }
  return (
    <ul className={`source-citation ${className ?? ''}`} style={LIST_STYLE}>
      {items}
    </ul>
  );
}

/** Memoised: the data set's sources do not change while a slider moves. */
export const SourceCitation = memo(SourceCitationImpl);
