import { memo, type CSSProperties, type ReactNode } from 'react';
import { useT } from '@/i18n/fastT';
import { useDataset } from '@/lib/dataset';
import type { Source } from '@/model';

interface SourceCitationProps {
  /** source ids, as in an observation or event */
  sources: readonly string[];
  /** footnote numbers of the Ifri report the figure rests on */
  footnotes?: readonly number[] | undefined;
  className?: string;
}

const LIST_STYLE: CSSProperties = { listStyle: 'none', margin: 0, padding: 0 };

/** "Author, Title (linked), Outlet, date". */
function Citation({ source }: { source: Source }) {
  const title = source.url ? (
    <a href={source.url} rel="noreferrer">
      {source.title}
    </a>
  ) : (
    <cite>{source.title}</cite>
  );
  const parts: ReactNode[] = [];
  if (source.author) parts.push(<span key="author">{source.author}</span>);
  parts.push(<span key="title">{title}</span>);
  if (source.outlet && source.outlet !== source.author)
    parts.push(<span key="outlet">{source.outlet}</span>);
  if (source.date) parts.push(<span key="date">{source.date}</span>);
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
 * Where a figure comes from: each source with author, title (linked with rel="noreferrer"),
 * outlet and date, and "Ifri report, note N" for every footnote of the report it rests on —
 * with the source that footnote cites, when the data set has it.
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
