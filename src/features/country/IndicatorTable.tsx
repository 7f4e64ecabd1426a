import { memo, useCallback, useMemo, useState } from 'react';
import { ConfidenceBadge } from '@/components/ConfidenceBadge';
import { DataTable, type Column } from '@/components/DataTable';
import { PartnerLabel } from '@/components/PartnerLabel';
import { SourceCitation } from '@/components/SourceCitation';
import type { Dimension, Observation } from '@/model';
import { DIMENSIONS } from '@/model';
import { usePanelRequest } from '@/scenario/panelRequest';
import type { IndicatorRow, SortKey, SortState } from './adapters';
import { filterRows, nextSort, sortIndicatorRows } from './adapters';
import type { CountryText } from './useCountryText';

/** Up to two sources in full; more fold into a disclosure whose summary keeps the footnote numbers. */
function RowSources({ observation, text }: { observation: Observation; text: CountryText }) {
  const { t } = text;
  const citation = (
    <SourceCitation sources={observation.sources} footnotes={observation.footnotes} />
  );
  if (observation.sources.length <= 2) return citation;
  const footnotes = observation.footnotes ?? [];
  const notes =
    footnotes.length === 1
      ? t('common:footnote', { n: footnotes[0] })
      : footnotes.length > 1
        ? t('table.notes', { list: footnotes.join(', ') })
        : '';
  return (
    <details className="country-sources">
      <summary>
        {t('table.sourcesCount', { count: observation.sources.length })}
        {notes && <span className="country-sources-notes"> · {notes}</span>}
      </summary>
      {citation}
    </details>
  );
}

/** Opens the scenario panel at a missing cell, where the analyst supplies (or changes) a value. */
function SupplyButton({
  row,
  text,
  change,
}: {
  row: IndicatorRow;
  text: CountryText;
  change: boolean;
}) {
  const { t, pick } = text;
  const names = { indicator: pick(row.indicator.name), partner: text.partnerName(row.partner) };
  return (
    <button
      type="button"
      className="button button-small country-supply"
      aria-label={t(change ? 'table.changeLabel' : 'table.supplyLabel', names)}
      onClick={() => usePanelRequest.getState().supplyCell(row.key)}
    >
      {t(change ? 'table.change' : 'table.supply')}
    </button>
  );
}

/** The table's columns, worded in the reader's language: built once per language. */
function indicatorColumns(text: CountryText): Column<IndicatorRow>[] {
  const { t, pick } = text;
  const noData = t('common:noData');
  const label = (id: string) => t(`table.columns.${id}`);
  return [
    {
      id: 'indicator',
      header: label('indicator'),
      sortable: true,
      rowHeader: true,
      className: 'country-row-indicator',
      cell: (row) => {
        const { indicator, observation } = row;
        const rubric =
          observation && indicator.kind === 'ordinal' && indicator.rubric && row.value !== null
            ? indicator.rubric[Math.round(row.value)]
            : undefined;
        return (
          <>
            <span className="country-row-name">{pick(indicator.name)}</span>
            <span className="country-row-dimension">{text.dimensionName(row.dimension)}</span>
            {observation && (
              <details className="country-howcoded">
                <summary>{t('table.howCoded')}</summary>
                <p>{pick(observation.note)}</p>
                {rubric && (
                  <p>
                    {t('table.rubricLevel', {
                      level: text.formatValue(Math.round(row.value ?? 0)),
                      text: pick(rubric),
                    })}
                  </p>
                )}
              </details>
            )}
          </>
        );
      },
    },
    {
      id: 'partner',
      header: label('partner'),
      sortable: true,
      cell: (row) => <PartnerLabel code={row.partner} />,
    },
    {
      id: 'value',
      header: label('value'),
      sortable: true,
      numeric: true,
      className: 'country-row-value',
      cell: (row) => {
        const { indicator } = row;
        return row.value === null ? (
          row.suppliable ? (
            <>
              <span className="country-row-missing">{t('table.missing')}</span>
              <SupplyButton row={row} text={text} change={false} />
            </>
          ) : (
            <span className="muted">{t('table.noObservation')}</span>
          )
        ) : (
          <>
            <span className="country-row-amount">{text.formatAmount(row.value, indicator)}</span>
            {row.supplied && (
              <>
                <span className="country-row-note country-row-supplied">{t('table.supplied')}</span>
                {row.suppliable && <SupplyButton row={row} text={text} change />}
              </>
            )}
            {row.overridden && row.baselineValue !== null && (
              <span className="country-row-note">
                {t('table.overridden', {
                  value: text.formatAmount(row.baselineValue, indicator),
                })}
              </span>
            )}
            {row.alternatives.map((alt, i) => (
              <span className="country-row-note country-row-alternative" key={i}>
                {t('table.alternative', {
                  choice: text.variantLabel(alt),
                  value: text.formatAmount(alt.value, indicator),
                })}
              </span>
            ))}
          </>
        );
      },
    },
    {
      id: 'year',
      header: label('year'),
      sortable: true,
      cell: ({ observation }) =>
        observation ? (
          <>
            {observation.year}
            {observation.period && (
              <span className="country-row-period muted">
                {text.formatPeriod(observation.period)}
              </span>
            )}
          </>
        ) : (
          '—'
        ),
    },
    {
      id: 'range',
      header: label('range'),
      numeric: true,
      className: 'country-row-range',
      cell: ({ observation, indicator }) =>
        observation ? text.formatRange(observation.low, observation.high, indicator) : '—',
    },
    {
      id: 'normalised',
      header: label('normalised'),
      sortable: true,
      numeric: true,
      cell: (row) => text.formatScore(row.normalised, noData),
    },
    {
      id: 'weight',
      header: label('weight'),
      sortable: true,
      numeric: true,
      cell: (row) => text.formatValue(row.weight),
    },
    {
      id: 'contribution',
      header: label('contribution'),
      sortable: true,
      numeric: true,
      className: 'country-row-contribution',
      cell: (row) => text.formatScore(row.contribution, noData),
    },
    {
      id: 'confidence',
      header: label('confidence'),
      sortable: true,
      cell: ({ supplied, observation }) =>
        supplied ? (
          <ConfidenceBadge level="analyst" />
        ) : observation ? (
          <ConfidenceBadge level={observation.confidence} />
        ) : (
          '—'
        ),
    },
    {
      id: 'source',
      header: label('source'),
      className: 'country-row-source',
      cell: ({ supplied, observation }) =>
        supplied ? (
          <span className="country-row-analyst">{t('table.analystSource')}</span>
        ) : observation ? (
          <RowSources observation={observation} text={text} />
        ) : (
          '—'
        ),
    },
  ];
}

/** A row's anchor, its partner's colour and the hooks that mark missing and supplied cells. */
const indicatorRowProps = (row: IndicatorRow) => ({
  id: row.id,
  tabIndex: -1,
  className: `country-row${row.observation || row.supplied ? '' : ' country-row-empty'}`,
  'data-key': row.key,
  'data-missing': row.suppliable && !row.supplied ? 'true' : undefined,
  'data-supplied': row.supplied ? 'true' : undefined,
});

const sortIcon = (active: boolean, direction: SortState['direction']) => (
  <span className="country-sort-icon" aria-hidden="true">
    {active ? (direction === 'ascending' ? '▲' : '▼') : '↕'}
  </span>
);

interface IndicatorTableProps {
  rows: IndicatorRow[];
  countryName: string;
  filter: Dimension | 'all';
  onFilter: (dimension: Dimension | 'all') => void;
  text: CountryText;
}

/** The dimension filter: re-rendered when the filter or the count changes, not at every step. */
const TableFilter = memo(function TableFilter({
  filter,
  onFilter,
  count,
  text,
}: {
  filter: Dimension | 'all';
  onFilter: (dimension: Dimension | 'all') => void;
  count: number;
  text: CountryText;
}) {
  const { t } = text;
  return (
    <div className="country-filter" role="group" aria-label={t('table.filter')}>
      <span className="country-filter-label" aria-hidden="true">
        {t('table.filter')}:
      </span>
      {(['all', ...DIMENSIONS] as const).map((d) => (
        <button
          key={d}
          type="button"
          className="button button-small"
          aria-pressed={filter === d}
          onClick={() => onFilter(d)}
        >
          {d === 'all' ? t('table.all') : text.dimensionName(d)}
        </button>
      ))}
      <span className="country-filter-count muted" role="status">
        {t('table.shown', { count })}
      </span>
    </div>
  );
});

/** Every indicator × partner with its value, score, weight, contribution and source; sortable. */
function IndicatorTableImpl({ rows, countryName, filter, onFilter, text }: IndicatorTableProps) {
  const { t, pick } = text;
  const [sort, setSort] = useState<SortState>({ key: null, direction: 'ascending' });
  const onSort = useCallback((key: string) => setSort((s) => nextSort(s, key as SortKey)), []);
  const columns = useMemo(() => indicatorColumns(text), [text]);
  const shown = useMemo(
    () =>
      sortIndicatorRows(
        filterRows(rows, filter),
        sort,
        {
          indicator: (r) => pick(r.indicator.name),
          partner: (r) => text.partnerName(r.partner),
        },
        text.language,
      ),
    [rows, filter, sort, pick, text],
  );
  // Worded once per language and country, not at every slider step.
  const labels = useMemo(
    () => ({
      heading: t('table.heading'),
      intro: t('table.intro'),
      caption: t('table.caption', { country: countryName }),
    }),
    [t, countryName],
  );

  return (
    <section
      className="country-indicators"
      aria-labelledby="country-indicators-heading"
      id="country-indicators"
    >
      <h2 id="country-indicators-heading">{labels.heading}</h2>
      <p className="muted country-section-intro">{labels.intro}</p>
      <TableFilter filter={filter} onFilter={onFilter} count={shown.length} text={text} />
      <DataTable
        className="country-table"
        caption={labels.caption}
        captionId="country-indicators-caption"
        scrollRegion="country-table-scroll"
        columns={columns}
        rows={shown}
        rowKey={(row) => row.key}
        rowProps={indicatorRowProps}
        sort={{
          ...sort,
          onSort,
          icon: sortIcon,
          buttonClassName: 'country-sort',
        }}
      />
    </section>
  );
}

export const IndicatorTable = memo(IndicatorTableImpl);
