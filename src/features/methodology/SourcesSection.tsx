import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Citation } from '@/components/SourceCitation';
import { useDataset } from '@/lib/dataset';
import { orderedSources, type SourceEntry } from './derive';
import { SECTION_IDS, sourceAnchor } from './ids';
import { Section } from './parts';

function SourceItem({ entry }: { entry: SourceEntry }) {
  const { t } = useTranslation('methodology');
  const { t: tc } = useTranslation();
  const { source, isReport, citations } = entry;
  const marker = isReport
    ? t('sources.report')
    : source.footnote !== undefined
      ? tc('footnote', { n: source.footnote })
      : t('sources.noFootnote');
  return (
    <li
      id={sourceAnchor(source.id)}
      className={`methodology-source${isReport ? ' methodology-source-report' : ''}`}
    >
      <p className="methodology-source-marker">
        {source.footnote !== undefined && !isReport ? (
          <span className="methodology-footnote-number" aria-hidden="true">
            {source.footnote}
          </span>
        ) : null}
        <span>{marker}</span>
      </p>
      <p className="methodology-source-text">
        <Citation source={source} />.
      </p>
      <p className="methodology-source-count muted">{t('sources.citedBy', { count: citations })}</p>
    </li>
  );
}

/** Every source of the data set: the report first, then by footnote, then by author. */
export const SourcesSection = memo(function SourcesSection() {
  const { t } = useTranslation('methodology');
  const dataset = useDataset();
  const entries = useMemo(() => orderedSources(dataset), [dataset]);
  return (
    <Section id={SECTION_IDS.sources} title={t('sources.heading')}>
      <p className="methodology-prose">{t('sources.intro')}</p>
      <p className="methodology-prose muted">{t('sources.count', { count: entries.length })}</p>
      <ol className="methodology-sources" aria-labelledby={`${SECTION_IDS.sources}-heading`}>
        {entries.map((entry) => (
          <SourceItem key={entry.source.id} entry={entry} />
        ))}
      </ol>
    </Section>
  );
});
