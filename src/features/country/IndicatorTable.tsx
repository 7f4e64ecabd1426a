import { memo, useCallback, useMemo, useState } from 'react';
import { ConfidenceBadge } from '@/components/ConfidenceBadge';
import { PartnerLabel } from '@/components/PartnerLabel';
import { SourceCitation } from '@/components/SourceCitation';
import { formatScore, formatValue } from '@/lib/format';
import type { Dimension, Observation } from '@/model';
import { DIMENSIONS } from '@/model';
import { usePanelRequest } from '@/scenario/panelRequest';
import type { IndicatorRow, SortKey, SortState } from './adapters';
import { filterRows, nextSort, sortIndicatorRows } from './adapters';
import type { CountryText } from './useCountryText';

type Column = { id: SortKey | 'range' | 'source'; numeric: boolean; sortable: boolean };

const COLUMNS: Column[] = [
  { id: 'indicator', numeric: false, sortable: true },
  { id: 'partner', numeric: false, sortable: true },
  { id: 'value', numeric: true, sortable: true },
  { id: 'year', numeric: false, sortable: true },
  { id: 'range', numeric: true, sortable: false },
  { id: 'normalised', numeric: true, sortable: true },
  { id: 'weight', numeric: true, sortable: true },
  { id: 'contribution', numeric: true, sortable: true },
  { id: 'confidence', numeric: false, sortable: true },
  { id: 'source', numeric: false, sortable: false },
];

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

interface RowProps {
  row: IndicatorRow;
  text: CountryText;
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

function IndicatorTableRowImpl({ row, text }: RowProps) {
  const { t, pick } = text;
  const { indicator, observation } = row;
  const noData = t('common:noData');
  const rubric =
    observation && indicator.kind === 'ordinal' && indicator.rubric && row.value !== null
      ? indicator.rubric[Math.round(row.value)]
      : undefined;
  return (
    <tr
      id={row.id}
      tabIndex={-1}
      className={`country-row country-row-${row.partner.toLowerCase()}${observation || row.supplied ? '' : ' country-row-empty'}`}
      data-key={row.key}
      data-missing={row.suppliable && !row.supplied ? 'true' : undefined}
      data-supplied={row.supplied ? 'true' : undefined}
    >
      <th scope="row" className="country-row-indicator">
        <span className="country-row-name">{pick(indicator.name)}</span>
        <span className="country-row-dimension">{text.dimensionName(row.dimension)}</span>
        {observation && (
          <details className="country-howcoded">
            <summary>{t('table.howCoded')}</summary>
            <p>{pick(observation.note)}</p>
            {rubric && (
              <p>
                {t('table.rubricLevel', {
                  level: formatValue(Math.round(row.value ?? 0), text.language),
                  text: pick(rubric),
                })}
              </p>
            )}
          </details>
        )}
      </th>
      <td>
        <PartnerLabel code={row.partner} />
      </td>
      <td className="num country-row-value">
        {row.value === null ? (
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
        )}
      </td>
      <td>
        {observation ? (
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
        )}
      </td>
      <td className="num country-row-range">
        {observation ? text.formatRange(observation.low, observation.high, indicator) : '—'}
      </td>
      <td className="num">{formatScore(row.normalised, noData)}</td>
      <td className="num">{formatValue(row.weight, text.language)}</td>
      <td className="num country-row-contribution">{formatScore(row.contribution, noData)}</td>
      <td>
        {row.supplied ? (
          <ConfidenceBadge level="analyst" />
        ) : observation ? (
          <ConfidenceBadge level={observation.confidence} />
        ) : (
          '—'
        )}
      </td>
      <td className="country-row-source">
        {row.supplied ? (
          <span className="country-row-analyst">{t('table.analystSource')}</span>
        ) : observation ? (
          <RowSources observation={observation} text={text} />
        ) : (
          '—'
        )}
      </td>
    </tr>
  );
}

/**
 * Rows are rebuilt by the adapter on every slider step, but a step changes one or two of
 * them: compare what a row shows, so the other two dozen skip rendering.
 */
function sameRow(a: RowProps, b: RowProps): boolean {
  if (a.text !== b.text) return false;
  const x = a.row;
  const y = b.row;
  return (
    x === y ||
    (x.key === y.key &&
      x.observation === y.observation &&
      x.indicator === y.indicator &&
      x.value === y.value &&
      x.baselineValue === y.baselineValue &&
      x.overridden === y.overridden &&
      x.supplied === y.supplied &&
      x.suppliable === y.suppliable &&
      x.normalised === y.normalised &&
      x.weight === y.weight &&
      x.contribution === y.contribution &&
      x.order === y.order &&
      x.alternatives.length === y.alternatives.length &&
      x.alternatives.every((o, i) => o === y.alternatives[i]))
  );
}

const IndicatorTableRow = memo(IndicatorTableRowImpl, sameRow);

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

/** The column headers with their sort buttons: re-rendered when the sort changes. */
const TableHead = memo(function TableHead({
  sort,
  onSort,
  text,
}: {
  sort: SortState;
  onSort: (key: SortKey) => void;
  text: CountryText;
}) {
  const { t } = text;
  return (
    <thead>
      <tr>
        {COLUMNS.map((col) => {
          const label = t(`table.columns.${col.id}`);
          const active = sort.key === col.id;
          const className = col.numeric ? 'num' : undefined;
          if (!col.sortable) {
            return (
              <th scope="col" key={col.id} className={className}>
                {label}
              </th>
            );
          }
          return (
            <th
              scope="col"
              key={col.id}
              className={className}
              aria-sort={active ? sort.direction : undefined}
            >
              <button
                type="button"
                className="country-sort"
                onClick={() => onSort(col.id as SortKey)}
              >
                {label}
                <span className="country-sort-icon" aria-hidden="true">
                  {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                </span>
              </button>
            </th>
          );
        })}
      </tr>
    </thead>
  );
});

/** Every indicator × partner with its value, score, weight, contribution and source; sortable. */
function IndicatorTableImpl({ rows, countryName, filter, onFilter, text }: IndicatorTableProps) {
  const { t, pick } = text;
  const [sort, setSort] = useState<SortState>({ key: null, direction: 'ascending' });
  const onSort = useCallback((key: SortKey) => setSort((s) => nextSort(s, key)), []);
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
      <div
        className="table-scroll country-table-scroll"
        tabIndex={0}
        role="region"
        aria-labelledby="country-indicators-caption"
      >
        <table className="country-table">
          <caption id="country-indicators-caption">{labels.caption}</caption>
          <TableHead sort={sort} onSort={onSort} text={text} />
          <tbody>
            {shown.map((row) => (
              <IndicatorTableRow key={row.key} row={row} text={text} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export const IndicatorTable = memo(IndicatorTableImpl);
