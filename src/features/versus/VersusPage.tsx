import { Fragment, useCallback, useLayoutEffect, useMemo, useState } from 'react';
import { useHref, useLocation, useNavigate } from 'react-router';
import { ChartCard } from '@/components/ChartCard';
import { LinkNotice } from '@/components/LinkNotice';
import { SmallButton } from '@/components/SmallButton';
import { DataTable, type Column } from '@/components/DataTable';
import { SourceCitation } from '@/components/SourceCitation';
import { assumptionValueText } from '@/components/assumptionValueText';
import { useLeanWording } from '@/components/useLeanWording';
import { usePlaceNames } from '@/components/usePlaceNames';
import { VersusLegend, VersusTiltChart } from '@/components/versus/VersusTiltChart';
import {
  useScenarioPair,
  useSideNames,
  type ScenarioPair,
} from '@/components/versus/useScenarioPair';
import { differingRows, versusRows, type VersusRow } from '@/components/versus/versusAdapter';
import { useT } from '@/i18n/fastT';
import { useFormat } from '@/i18n/useFormat';
import { useLocalized } from '@/i18n/useLocalized';
import { useDataset } from '@/lib/dataset';
import { BUNDLED_DATASET_ID, datasetIdOf } from '@/lib/datasetId';
import type { Dataset } from '@/model';
import { differenceMissing } from '@/model';
import { assumptionChanges } from '@/scenario/assumptionChanges';
import type { ScenarioComparison } from '@/scenario/compare';
import {
  PAIR_SIDES,
  readPastedLink,
  sideLinkParams,
  withPairParams,
  type PairSide,
  type PairSideInput,
} from '@/scenario/pairCodec';
import { initSavedScenarios, useSavedScenarios } from '@/scenario/savedScenarios';
import { useScenarioStore } from '@/scenario/store';
import type { DecodedScenario } from '@/scenario/urlCodec';
import { versusCsv } from '@/scenario/versusCsv';
import { matchingCandidate, pairCandidates } from './candidates';
import { pairSlug, versusCsvFileName } from './exports';
import { SidePicker } from './SidePicker';
import './versus.css';

type Assumption = ScenarioComparison['assumptions'][number];

/** The saved entries as complete scenarios (each checked against the data set), once per list. */
function useSavedList(dataset: Dataset) {
  useLayoutEffect(() => initSavedScenarios(dataset), [dataset]);
  const entries = useSavedScenarios((s) => s.entries);
  return useMemo(
    () =>
      entries.flatMap((entry) => {
        const opened = useSavedScenarios.getState().open(entry.id);
        return opened.ok
          ? [
              {
                id: entry.id,
                name: entry.name,
                scenario: opened.data.scenario,
                presetId: opened.data.presetId,
              },
            ]
          : [];
      }),
    [entries],
  );
}

/** /versus — any two scenarios side by side: scores, tilts, B − A, differing assumptions. */
export function VersusPage() {
  const t = useT('versus');
  const dataset = useDataset();
  const location = useLocation();
  const navigate = useNavigate();
  const pair = useScenarioPair();
  const nameWords = useMemo(
    () => ({ baseline: t('names.baseline'), custom: t('names.custom') }),
    [t],
  );
  const [nameA, nameB] = useSideNames(pair, nameWords);
  const working = useScenarioStore((s) => (s.dataset === dataset ? s.scenario : null));
  const workingPreset = useScenarioStore((s) => s.presetId);
  const saved = useSavedList(dataset);
  const candidates = useMemo(
    () =>
      pairCandidates(
        dataset,
        working ? { scenario: working, presetId: workingPreset } : null,
        saved,
        { current: t('side.current'), baseline: t('side.baseline') },
      ),
    [dataset, working, workingPreset, saved, t],
  );
  const selected = (side: PairSide) => {
    const view = pair[side];
    if (!view.named) return side === 'a' ? 'baseline' : 'current';
    return matchingCandidate(dataset, candidates, view)?.value ?? null;
  };

  const setSides = useCallback(
    (sides: Partial<Record<PairSide, PairSideInput>>) => {
      // The address as it is now: the scenario binding may have just rewritten it (the working
      // scenario's params) in a transition this render has not seen yet.
      const current =
        typeof window !== 'undefined' && window.location.pathname === location.pathname
          ? window.location.search
          : location.search;
      const search = withPairParams(current, dataset, sides).toString();
      // Drawn at once, so the binding's next write of the working scenario reads this address.
      void navigate(
        { pathname: location.pathname, search: search ? `?${search}` : '', hash: '' },
        { flushSync: true },
      );
    },
    [location.search, location.pathname, dataset, navigate],
  );

  // What the address could not use (shown until dismissed, per address).
  const [dismissed, setDismissed] = useState<string | null>(null);
  const linkIgnored = [...(pair.decoded.a?.ignored ?? []), ...(pair.decoded.b?.ignored ?? [])];
  const linkAdjusted = [...(pair.decoded.a?.adjusted ?? []), ...(pair.decoded.b?.adjusted ?? [])];
  // What a pasted link could not use.
  const [pastedProblems, setPastedProblems] = useState<DecodedScenario | null>(null);

  /** Reads a pasted link into a side; the message to show when it is refused (nothing changes). */
  const paste =
    (side: PairSide) =>
    (text: string): string | null => {
      const read = readPastedLink(text, dataset, { side, datasetInUse: datasetIdOf(dataset) });
      if (!read.ok) {
        switch (read.reason) {
          case 'other-dataset':
            return t('side.pasteOtherDataset', {
              linked: datasetName(read.linked),
              inUse: datasetName(read.inUse),
            });
          case 'pair-without-side':
            return t('side.pastePairWithoutSide', { side: read.side.toUpperCase() });
          default:
            return t('side.pasteError');
        }
      }
      const { decoded } = read;
      setPastedProblems(decoded.ignored.length + decoded.adjusted.length > 0 ? decoded : null);
      setSides({ [side]: { scenario: decoded.scenario, presetId: decoded.presetId } });
      return null;
    };
  const datasetName = (id: string) =>
    id === BUNDLED_DATASET_ID ? t('side.bundledDataset') : t('side.storedDataset', { id });

  return (
    <div className="stack versus">
      <h1>{t('heading')}</h1>
      <p className="page-intro">{t('intro')}</p>
      {linkIgnored.length + linkAdjusted.length > 0 && dismissed !== location.search ? (
        <LinkNotice
          ignored={linkIgnored}
          adjusted={linkAdjusted}
          onDismiss={() => setDismissed(location.search)}
          testId="versus-link-notice"
        />
      ) : null}
      {pastedProblems ? (
        <LinkNotice
          title={t('notice.pasted')}
          ignored={pastedProblems.ignored}
          adjusted={pastedProblems.adjusted}
          onDismiss={() => setPastedProblems(null)}
          testId="versus-paste-notice"
        />
      ) : null}
      <div className="versus-sides">
        {PAIR_SIDES.map((side) => (
          <Fragment key={side}>
            {side === 'b' && (
              <button
                type="button"
                className="button versus-swap"
                onClick={() => setSides({ a: pair.b, b: pair.a })}
              >
                <span aria-hidden="true">⇄ </span>
                {t('side.swap')}
              </button>
            )}
            <SidePicker
              side={side}
              name={side === 'a' ? nameA : nameB}
              candidates={candidates}
              selected={selected(side)}
              onChoose={(input) => setSides(side === 'a' ? { a: input } : { b: input })}
              onPaste={paste(side)}
            />
          </Fragment>
        ))}
      </div>
      <VersusBody pair={pair} nameA={nameA} nameB={nameB} />
    </div>
  );
}

function VersusBody({ pair, nameA, nameB }: { pair: ScenarioPair; nameA: string; nameB: string }) {
  const t = useT('versus');
  const dataset = useDataset();
  const { comparison } = pair;
  const { formatCount } = useFormat();
  const rows = useMemo(() => versusRows(comparison), [comparison]);
  const differing = differingRows(rows).length;
  return (
    <>
      <p className="versus-summary" data-testid="versus-summary">
        {t('summary.joined', {
          assumptions: t('summary.assumptions', {
            count: comparison.assumptions.length,
            n: formatCount(comparison.assumptions.length),
          }),
          scores: t('summary.scores', {
            count: differing,
            n: formatCount(differing),
            total: formatCount(rows.length),
          }),
        })}
      </p>
      <TiltChartCard pair={pair} nameA={nameA} nameB={nameB} />
      <AssumptionsTable assumptions={comparison.assumptions} />
      <div className="grid-2">
        {dataset.countries.map((country) => (
          <CountryTable
            key={country.code}
            country={country.code}
            rows={rows.filter((r) => r.country === country.code)}
          />
        ))}
      </div>
    </>
  );
}

/**
 * A side's own link, for the CSV's `file` column: the app opened with that side alone as the
 * working scenario (the address's `lang` and `dataset` kept), so each row reproduces its side.
 */
function useSideLink(): (input: PairSideInput) => string {
  const dataset = useDataset();
  const { search } = useLocation();
  const root = useHref('/');
  return useCallback(
    (input: PairSideInput) => {
      const query = sideLinkParams(search, dataset, input).toString();
      return new URL(`${root}${query ? `?${query}` : ''}`, window.location.origin).href;
    },
    [search, dataset, root],
  );
}

function TiltChartCard({
  pair,
  nameA,
  nameB,
}: {
  pair: ScenarioPair;
  nameA: string;
  nameB: string;
}) {
  const t = useT('versus');
  const tc = useT('common');
  const dataset = useDataset();
  const { language } = useLocalized();
  const { partnerName, countryName } = usePlaceNames();
  const { formatSigned, formatCount } = useFormat();
  const lean = useLeanWording();
  const sideLink = useSideLink();
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const { comparison } = pair;
  const [first, second] = dataset.tiltPair.map(partnerName);
  const title = t('chart.title', { first, second });
  const exportTitle = `${title} — A: ${nameA} · B: ${nameB}`;
  const sourceLine = t('chart.source', { version: dataset.version, a: nameA, b: nameB });
  const scenarioLines = useMemo(() => {
    const line = (side: PairSide, name: string, scenario: ScenarioPair['a']['scenario']) => {
      const count = assumptionChanges(dataset, scenario).length;
      return t(`exportLine.${side}`, { name, count, n: formatCount(count) });
    };
    return [line('a', nameA, pair.a.scenario), line('b', nameB, pair.b.scenario)];
  }, [t, nameA, nameB, dataset, pair.a.scenario, pair.b.scenario, formatCount]);
  const download = () => {
    const file = versusCsvFileName(nameA, nameB, language);
    const csv = versusCsv(
      comparison,
      { name: nameA, link: sideLink(pair.a) },
      { name: nameB, link: sideLink(pair.b) },
    );
    void import('@/components/download').then(({ downloadBlob }) => {
      downloadBlob(file, new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      setDownloaded(file);
    });
  };

  type Tilt = ScenarioComparison['tilts'][number];
  const columns = useMemo(
    (): Column<Tilt>[] => [
      {
        id: 'country',
        header: t('chart.country'),
        rowHeader: true,
        cell: (row) => `${countryName(row.country)} · ${tc(`dimensions.${row.dimension}`)}`,
      },
      {
        id: 'a',
        header: t('table.a'),
        numeric: true,
        cell: (row) => formatSigned(row.a, lean.missing(row.missing.a)),
      },
      {
        id: 'b',
        header: t('table.b'),
        numeric: true,
        cell: (row) => formatSigned(row.b, lean.missing(row.missing.b)),
      },
      {
        id: 'difference',
        header: t('table.difference'),
        numeric: true,
        cell: (row) =>
          formatSigned(
            row.difference,
            lean.missing(differenceMissing(row.missing.a, row.missing.b)),
          ),
      },
    ],
    [t, tc, countryName, formatSigned, lean],
  );
  return (
    <>
      <ChartCard
        title={title}
        testId="versus-chart-card"
        chartId={pairSlug(nameA, nameB)}
        exportTitle={exportTitle}
        exportScenario={scenarioLines}
        actions={
          <SmallButton label={t('download.csvLabel')} onClick={download}>
            {t('download.csv')}
          </SmallButton>
        }
        source={sourceLine}
        table={
          <DataTable
            columns={columns}
            rows={comparison.tilts}
            rowKey={(row) => `${row.country}.${row.dimension}`}
            caption={t('chart.caption')}
            testId="versus-chart-table"
          />
        }
      >
        <VersusLegend
          sideA={t('chart.sideA', { name: nameA })}
          sideB={t('chart.sideB', { name: nameB })}
          difference={t('chart.difference')}
        />
        <VersusTiltChart comparison={comparison} ariaLabel={t('chart.aria')} />
      </ChartCard>
      <p className="versus-download-status" role="status">
        {downloaded ? t('download.done', { file: downloaded }) : ''}
      </p>
    </>
  );
}

function CountryTable({ country, rows }: { country: string; rows: VersusRow[] }) {
  const t = useT('versus');
  const tc = useT('common');
  const { countryName, partnerName } = usePlaceNames();
  const { formatScore, formatSigned } = useFormat();
  const lean = useLeanWording();
  const columns = useMemo((): Column<VersusRow>[] => {
    const value = (row: VersusRow, side: 'a' | 'b') =>
      row.partner
        ? formatScore(row[side], lean.missing(row.missing[side]))
        : formatSigned(row[side], lean.missing(row.missing[side]));
    return [
      {
        id: 'measure',
        header: t('table.measure'),
        rowHeader: true,
        cell: (row) =>
          row.partner
            ? t('table.score', {
                dimension: tc(`dimensions.${row.dimension}`),
                partner: partnerName(row.partner),
              })
            : t('table.tilt', { dimension: tc(`dimensions.${row.dimension}`) }),
      },
      { id: 'a', header: t('table.a'), numeric: true, cell: (row) => value(row, 'a') },
      { id: 'b', header: t('table.b'), numeric: true, cell: (row) => value(row, 'b') },
      {
        id: 'difference',
        header: t('table.difference'),
        numeric: true,
        cell: (row) => formatSigned(row.difference, lean.missing(row.missing.difference)),
      },
    ];
  }, [t, tc, partnerName, formatScore, formatSigned, lean]);
  const name = countryName(country);
  const headingId = `versus-${country}-heading`;
  return (
    <section className="card versus-country" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        {t('table.heading', { country: name })}
      </h2>
      <DataTable
        columns={columns}
        rows={rows}
        rowKey={(row) => row.key}
        caption={t('table.caption', { country: name })}
        captionId={`versus-${country}-caption`}
        captionClassName="visually-hidden"
        scrollRegion=""
        testId={`versus-table-${country}`}
        rowProps={(row) => ({
          'data-key': row.key,
          'data-differs': row.differs ? 'true' : 'false',
          className: row.differs ? 'versus-row-differs' : undefined,
        })}
      />
    </section>
  );
}

function AssumptionsTable({ assumptions }: { assumptions: readonly Assumption[] }) {
  const t = useT('versus');
  const tc = useT('common');
  const { language, pick } = useLocalized();
  const { formatCount } = useFormat();
  const columns = useMemo(
    (): Column<Assumption>[] => [
      {
        id: 'assumption',
        header: t('assumptions.assumption'),
        rowHeader: true,
        cell: (row) => pick(row.label),
      },
      {
        id: 'a',
        header: t('table.a'),
        numeric: true,
        cell: (row) => assumptionValueText(tc, language, pick, row.from),
      },
      {
        id: 'b',
        header: t('table.b'),
        numeric: true,
        cell: (row) => assumptionValueText(tc, language, pick, row.to),
      },
      {
        id: 'sources',
        header: t('assumptions.sources'),
        cell: (row) =>
          row.sourceIds.length > 0 ? (
            <SourceCitation sources={row.sourceIds} />
          ) : (
            <span className="muted">{t('assumptions.noSources')}</span>
          ),
      },
    ],
    [t, tc, language, pick],
  );
  return (
    <section className="card versus-assumptions" aria-labelledby="versus-assumptions-heading">
      <h2 id="versus-assumptions-heading" className="card-title">
        {t('assumptions.heading')} ({formatCount(assumptions.length)})
      </h2>
      {assumptions.length === 0 ? (
        <p data-testid="versus-assumptions-none">{t('assumptions.none')}</p>
      ) : (
        <DataTable
          columns={columns}
          rows={assumptions}
          rowKey={(row) => row.key}
          caption={t('assumptions.caption')}
          captionId="versus-assumptions-caption"
          captionClassName="visually-hidden"
          scrollRegion=""
          testId="versus-assumptions"
          rowProps={(row) => ({ 'data-key': row.key })}
        />
      )}
    </section>
  );
}
