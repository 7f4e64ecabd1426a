import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataset } from '@/lib/dataset';
import { formatShare } from '@/lib/format';
import { useLocalized } from '@/i18n/useLocalized';
import {
  EVIDENCE_KINDS,
  evidenceMix,
  missingCells,
  observationKey,
  type EvidenceKind,
  type EvidenceMixRow,
  type ScenarioInput,
} from '@/model';
import { SECTION_IDS } from './ids';
import { Section } from './parts';

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

/**
 * "How much rests on judgement": per dimension and overall, the share of indicator weight
 * resting on each kind of evidence, as a table with a bar beside each row; then the cells
 * that are not coded.
 */
export const MixSection = memo(function MixSection({
  scenario,
  differs,
}: {
  scenario: ScenarioInput;
  differs: boolean;
}) {
  const { t } = useTranslation('methodology');
  const { t: tc } = useTranslation();
  const dataset = useDataset();
  const { pick } = useLocalized();
  const mix = useMemo(() => evidenceMix(dataset, scenario), [dataset, scenario]);
  const missing = useMemo(() => missingCells(dataset), [dataset]);
  const total = dataset.countries.length * dataset.partners.length * dataset.indicators.length;
  // The analyst's column only when a scenario value is in play.
  const kinds = EVIDENCE_KINDS.filter(
    (k) => k !== 'analyst' || [...mix.dimensions, mix.overall].some((r) => r.cells.analyst > 0),
  );
  const rows = [...mix.dimensions, mix.overall];
  const label = (kind: EvidenceKind) => t(`mix.kinds.${kind}`);
  const name = (
    list: readonly { code: string; name: { en: string; ru: string } }[],
    code: string,
  ) => {
    const found = list.find((x) => x.code === code);
    return found ? pick(found.name) : code;
  };
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
      <div
        className="table-scroll methodology-table-scroll"
        role="region"
        aria-labelledby={captionId}
        tabIndex={0}
      >
        <table className="methodology-table methodology-mix-table" data-testid="mix-table">
          <caption id={captionId}>{t('mix.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('mix.dimension')}</th>
              {kinds.map((kind) => (
                <th key={kind} scope="col" className="num">
                  <span
                    className={`methodology-mix-swatch methodology-mix-${kind}`}
                    aria-hidden="true"
                  />
                  {label(kind)}
                </th>
              ))}
              <th scope="col" className="methodology-mix-bar-cell">
                <span className="visually-hidden">{t('mix.caption')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.dimension}
                data-dimension={row.dimension}
                className={row.dimension === 'overall' ? 'methodology-mix-overall' : undefined}
              >
                <th scope="row">
                  {row.dimension === 'overall'
                    ? t('mix.overall')
                    : tc(`dimensions.${row.dimension}`)}
                </th>
                {kinds.map((kind) => (
                  <td key={kind} className="num" data-kind={kind}>
                    {row.shares ? formatShare(row.shares[kind]) : t('mix.noWeight')}
                  </td>
                ))}
                <td className="methodology-mix-bar-cell">
                  <MixBar row={row} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>{t('mix.definitionsHeading')}</h3>
      <dl className="methodology-prose methodology-definitions">
        {EVIDENCE_KINDS.map((kind) => (
          <div key={kind}>
            <dt>
              <span
                className={`methodology-mix-swatch methodology-mix-${kind}`}
                aria-hidden="true"
              />
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
