import { useMemo } from 'react';
import { DataTable, type Column } from '@/components/DataTable';
import { useLeanWording } from '@/components/useLeanWording';
import { usePlaceNames } from '@/components/usePlaceNames';
import { useT } from '@/i18n/fastT';
import { useLocalized } from '@/i18n/useLocalized';
import { useDataset } from '@/lib/dataset';
import { formatsFor } from '@/lib/format';
import { leanAttribute } from '@/lib/leanText';
import type { Specification } from '@/scenario/robustness';
import { specificationName, summaryLine } from './summary';
import { useRobustness } from './useRobustness';
import '@/components/pageSection.css';
import './robustness.css';

/**
 * Robustness across specifications (src/scenario/robustness.ts): one line per country saying
 * how many specifications lean each way, then a table with one row per specification and, per
 * country, its overall tilt and the lean rule's reading in words. Follows the current scenario
 * once it rests; while a changed scenario's draws run it shows the last result, marked busy.
 */
export function RobustnessSection() {
  const { result, updating, updated } = useRobustness();
  const t = useT('robustness');
  const dataset = useDataset();
  const { language, pick } = useLocalized();
  const { countryName, partnerName } = usePlaceNames();
  const lean = useLeanWording();
  const { formatCount, formatSigned } = formatsFor(language);

  const lines = useMemo(
    () =>
      result.counts.map((count) => ({
        count,
        text: summaryLine(count, { t, countryName, partnerTo: lean.partnerTo, formatCount }),
      })),
    [result.counts, t, countryName, lean, formatCount],
  );

  const columns = useMemo((): Column<Specification>[] => {
    const name: Column<Specification> = {
      id: 'specification',
      header: t('table.specification'),
      rowHeader: true,
      cell: (row) => {
        const [first, ...also] = row.changes.map((c) => specificationName(c, dataset, t, pick));
        return (
          <>
            {first}
            {also.length > 0 ? (
              <span className="robustness-also">{t('spec.also', { list: also.join('; ') })}</span>
            ) : null}
          </>
        );
      },
    };
    return [
      name,
      ...dataset.countries.flatMap(({ code }, c): Column<Specification>[] => [
        {
          id: `${code}-tilt`,
          header: t('table.tilt', { country: countryName(code) }),
          numeric: true,
          cell: (row) => {
            const tilt = row.tilts[c]!;
            return formatSigned(
              tilt.tilt,
              lean.missing(tilt.reading.kind === 'none' ? tilt.reading.reason : null),
            );
          },
        },
        {
          id: `${code}-reading`,
          header: t('table.reading', { country: countryName(code) }),
          cell: (row) => lean.label(row.tilts[c]!.reading, { share: false }),
          // Not `data-lean`: that names the page's one reading of a tilt, and each row here
          // reads the same tilt under another specification.
          cellProps: (row) => ({
            'data-spec-lean': leanAttribute(code, 'overall', row.tilts[c]!.reading),
          }),
        },
      ]),
    ];
  }, [t, dataset, pick, countryName, lean, formatSigned]);

  const [first, second] = dataset.tiltPair.map(partnerName);
  const caption = t('table.caption', { first, second });
  // before the first complete result the lines read the tilts without draws
  const drawn = result.specifications.every((s) => s.tilts.every((tilt) => tilt.drawn));
  return (
    <section
      className="page-section robustness-section"
      aria-labelledby="robustness-heading"
      aria-busy={updating}
      data-testid="robustness"
      // "true" once the settled scenario's result, every specification drawn, is shown
      data-drawn={updating ? 'false' : 'true'}
    >
      <h2 id="robustness-heading">{t('heading')}</h2>
      <p className="page-section-intro">{t('intro')}</p>
      {/* Not live: the lines change with each settled scenario; the status below says so once. */}
      <ul className="robustness-summary">
        {lines.map(({ count, text }) => (
          <li
            key={count.country}
            data-testid={`robustness-summary-${count.country}`}
            data-positive={count.positive}
            data-negative={count.negative}
            data-total={count.total}
          >
            {text}
          </li>
        ))}
      </ul>
      {updating ? (
        <p className="muted robustness-updating" data-testid="robustness-updating">
          {t(drawn ? 'updating' : 'pending')}
        </p>
      ) : null}
      {/* One polite announcement when a changed scenario's result is in. */}
      <p className="visually-hidden" role="status" data-testid="robustness-status">
        {updated ? t('updated', { summary: lines.map((line) => line.text).join(' ') }) : ''}
      </p>
      {/* The caption's words, outside the sideways-scrolling frame so a phone shows them whole;
          the table keeps its caption for assistive technology. */}
      <p className="robustness-caption" id="robustness-caption-text" aria-hidden="true">
        {caption}
      </p>
      <DataTable
        columns={columns}
        rows={result.specifications}
        rowKey={(row) => JSON.stringify(row.changes)}
        caption={caption}
        captionId="robustness-caption"
        captionClassName="visually-hidden"
        scrollRegion=""
        testId="robustness-table"
      />
    </section>
  );
}
