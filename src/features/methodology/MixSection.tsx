import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataset } from '@/lib/dataset';
import { useFormat } from '@/i18n/useFormat';
import { useLocalized } from '@/i18n/useLocalized';
import {
  EVIDENCE_KINDS,
  evidenceMix,
  missingCells,
  observationKey,
  type EvidenceKind,
  type EvidenceMixRow,
} from '@/model';
import { SECTION_IDS } from './ids';
import { dimensionColumn } from './columns';
import { useCodeName } from './labels';
import { MethodologyTable, Section, type ScenarioSectionProps } from './parts';

/** A stacked bar of one row's shares: each kind its own pattern, labelled in the legend. */
function MixBar({ row }: { row: EvidenceMixRow }) {
  if (!row.shares) return null;
  const shares = row.shares;
  return (
    <span className="methodology-mix-bar" aria-hidden="true">
      {EVIDENCE_KINDS.filter((k) => shares[k] > 0).map((kind) => (
        <span
          key={kind}
          className={`methodology-mix-segment methodology-mix-${kind}`}
          style={{ width: `${shares[kind] * 100}%` }}
        />
      ))}
    </span>
  );
}

/** The pattern of one kind of evidence, as in the bars. */
function Swatch({ kind }: { kind: EvidenceKind }) {
  return <span className={`methodology-mix-swatch methodology-mix-${kind}`} aria-hidden="true" />;
}

/**
 * "How much rests on judgement": per dimension and overall, the share of indicator weight
 * resting on each kind of evidence, as a table with a bar beside each row; then the cells
 * that are not coded.
 */
export const MixSection = memo(function MixSection({ scenario, differs }: ScenarioSectionProps) {
  const { t } = useTranslation('methodology');
  const { t: tc } = useTranslation();
  const dataset = useDataset();
  const { pick } = useLocalized();
  const { formatShare } = useFormat();
  const mix = useMemo(() => evidenceMix(dataset, scenario), [dataset, scenario]);
  const missing = useMemo(() => missingCells(dataset), [dataset]);
  const total = dataset.countries.length * dataset.partners.length * dataset.indicators.length;
  // The analyst's column only when a scenario value is in play.
  const kinds = EVIDENCE_KINDS.filter(
    (k) => k !== 'analyst' || [...mix.dimensions, mix.overall].some((r) => r.cells.analyst > 0),
  );
  const rows = [...mix.dimensions, mix.overall];
  const label = (kind: EvidenceKind) => t(`mix.kinds.${kind}`);
  const name = useCodeName();
  const indicatorName = (id: string) => {
    const found = dataset.indicators.find((i) => i.id === id);
    return found ? pick(found.name) : id;
  };
  const captionId = 'methodology-mix-caption';

  return (
    <Section id={SECTION_IDS.mix} title={t('mix.heading')}>
      <p className="methodology-prose">{t('mix.intro')}</p>
      <p className="methodology-prose muted">{differs ? t('mix.scenario') : t('mix.published')}</p>
      {mix.overall.shares ? (
        <p className="methodology-prose methodology-mix-summary" data-testid="mix-summary">
          {t('mix.summary', {
            judgement: formatShare(mix.overall.shares.judgement),
            missing: formatShare(mix.overall.shares.missing),
          })}
        </p>
      ) : null}
      <MethodologyTable
        className="methodology-mix-table"
        caption={t('mix.caption')}
        captionId={captionId}
        columns={[
          dimensionColumn<EvidenceMixRow>(t('mix.dimension'), (dimension) =>
            dimension === 'overall' ? t('mix.overall') : tc(`dimensions.${dimension}`),
          ),
          ...kinds.map((kind) => ({
            id: kind,
            header: (
              <>
                <Swatch kind={kind} />
                {label(kind)}
              </>
            ),
            numeric: true,
            cell: (row: EvidenceMixRow) =>
              row.shares ? formatShare(row.shares[kind]) : t('mix.noWeight'),
            cellProps: () => ({ 'data-kind': kind }),
          })),
          {
            id: 'bar',
            header: <span className="visually-hidden">{t('mix.caption')}</span>,
            className: 'methodology-mix-bar-cell',
            cell: (row) => <MixBar row={row} />,
          },
        ]}
        rows={rows}
        rowKey={(row) => row.dimension}
        rowProps={(row) => ({
          'data-dimension': row.dimension,
          className: row.dimension === 'overall' ? 'methodology-mix-overall' : undefined,
        })}
      />

      <h3>{t('mix.definitionsHeading')}</h3>
      <dl className="methodology-prose methodology-definitions">
        {EVIDENCE_KINDS.map((kind) => (
          <div key={kind}>
            <dt>
              <Swatch kind={kind} />
              {label(kind)}
            </dt>
            <dd>{t(`mix.definitions.${kind}`)}</dd>
          </div>
        ))}
      </dl>

      <h3 id="methodology-missing-heading">{t('mix.missingHeading')}</h3>
      {missing.length > 0 ? (
        <>
          <p className="methodology-prose">{t('mix.missingIntro')}</p>
          <p className="methodology-prose" data-testid="missing-count">
            {t('mix.missingCount', { count: missing.length, total })}
          </p>
          <ul
            className="methodology-prose methodology-missing-list"
            aria-labelledby="methodology-missing-heading"
          >
            {missing.map((c) => {
              const key = observationKey(c.country, c.partner, c.indicator);
              return (
                <li key={key} data-cell={key}>
                  {name(dataset.countries, c.country)} · {name(dataset.partners, c.partner)} ·{' '}
                  {indicatorName(c.indicator)} <code>{key}</code>
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p className="methodology-prose">{t('mix.missingNone')}</p>
      )}
    </Section>
  );
});
