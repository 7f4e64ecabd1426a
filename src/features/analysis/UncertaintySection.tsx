import { memo, useCallback, useMemo, useRef } from 'react';
import { ChartCard } from '@/components/ChartCard';
import { DataTable, type Column } from '@/components/DataTable';
import { TiltCard } from '@/components/charts/TiltCard';
import { intervalCheckRow, scoreIntervalColumns } from '@/components/charts/scoreColumns';
import { buildTiltRows } from '@/components/charts/tiltAdapter';
import { useLeanWording } from '@/components/useLeanWording';
import { useDataset } from '@/lib/dataset';
import { useInStepWhenSeen, type ScenarioView } from '@/scenario/hooks';
import type { Country, PartnerCode, TiltDimension, TiltReading } from '@/model';
import {
  DEFAULT_DRAWS,
  DEFAULT_SEED,
  LEAN_THRESHOLDS,
  scoreAgainstInterval,
  TILT_DIMENSIONS,
} from '@/model';
import {
  buildScoreIntervalRows,
  scoreIntervalModel,
  tiltIntervalModel,
  type IntervalPoint,
  type Labelled,
  type ScoreIntervalRow,
} from './adapters';
import { IntervalChart, type IntervalFootnote } from './IntervalChart';
import { useAnalysisText } from './useAnalysisText';

/** Scores and tilts with their 90% intervals, and the chance of each lean. */
export const UncertaintySection = memo(function UncertaintySection({
  view,
}: {
  view: ScenarioView;
}) {
  const { uncertainty } = view;
  const text = useAnalysisText();
  const { t } = text;
  const dataset = useDataset();
  const partners = useMemo(
    () =>
      dataset.partners.map((p): Labelled<PartnerCode> => ({
        key: p.code,
        label: text.partnerName(p.code),
      })),
    [dataset.partners, text],
  );
  const dimensions = useMemo(
    () =>
      TILT_DIMENSIONS.map((d): Labelled<TiltDimension> => ({
        key: d,
        label: text.dimensionLabel(d),
      })),
    [text],
  );
  const draws = uncertainty?.draws ?? DEFAULT_DRAWS;

  return (
    <section className="page-section" aria-labelledby="analysis-uncertainty">
      <h2 id="analysis-uncertainty">{t('uncertainty.heading')}</h2>
      <p className="page-section-intro">
        {t('uncertainty.intro', { draws: text.formatCount(draws) })}
      </p>
      <div className="grid-2">
        {dataset.countries.map((country) => (
          <ScoreIntervalsCard
            key={country.code}
            country={country}
            partners={partners}
            dimensions={dimensions}
            view={view}
          />
        ))}
      </div>
      <TiltIntervalsCard dimensions={dimensions} view={view} />
    </section>
  );
});

/**
 * One country's scores with their 90% intervals, on the fixed 0–100 scale: in step while on
 * screen, else once the step's frame is painted (a phone shows one country's card at a time).
 */
const ScoreIntervalsCard = memo(function ScoreIntervalsCard({
  country,
  partners,
  dimensions,
  view,
}: {
  country: Country;
  partners: readonly Labelled<PartnerCode>[];
  dimensions: readonly Labelled<TiltDimension>[];
  view: ScenarioView;
}) {
  const cardRef = useRef<HTMLElement>(null);
  const { scores, uncertainty, pending } = useInStepWhenSeen(cardRef, view);
  const text = useAnalysisText();
  const { t, noData } = text;
  const dataset = useDataset();
  const name = text.countryName(country.code);
  const rows = useMemo(
    () =>
      buildScoreIntervalRows({ scores, uncertainty, country: country.code, partners, dimensions }),
    [scores, uncertainty, country.code, partners, dimensions],
  );
  const model = useMemo(() => scoreIntervalModel(rows, dataset.tiltPair), [rows, dataset.tiltPair]);
  const lean = useLeanWording();
  const pointText = useCallback(
    (p: IntervalPoint) => {
      const interval = text.formatInterval(p.interval);
      return interval ? `${text.formatScore(p.value)} (${interval})` : text.formatScore(p.value);
    },
    [text],
  );
  const notes = useMemo(
    (): IntervalFootnote[] =>
      rows
        .filter((r) => scoreAgainstInterval(r.score, r.interval) !== 'inside')
        .map((r) => ({
          key: `${r.dimension}.${r.partner}`,
          reading: `${r.dimensionLabel}, ${r.partnerLabel}: ${text.formatScore(r.score, lean.missing(r.missing))}`,
          note: lean.intervalNote('score', r.score, r.interval, true),
        })),
    [rows, text, lean],
  );
  const aria = t('uncertainty.scoresAria', {
    country: name,
    values: rows
      .map(
        (r) =>
          `${r.dimensionLabel} ${r.partnerLabel} ${text.formatScore(r.score, lean.missing(r.missing))}${
            r.interval ? ` (${text.formatInterval(r.interval)})` : ''
          }`,
      )
      .join(', '),
  });
  const source = useMemo(
    () =>
      t('uncertainty.scoresSource', {
        draws: text.formatCount(uncertainty?.draws ?? DEFAULT_DRAWS),
        seed: String(uncertainty?.seed ?? DEFAULT_SEED),
      }),
    [t, text, uncertainty],
  );
  return (
    <ChartCard
      title={t('uncertainty.scoresTitle', { country: name })}
      source={source}
      testId={`analysis-scores-${country.code}`}
      cardRef={cardRef}
      table={<ScoreIntervalTable rows={rows} name={name} pending={pending} />}
    >
      <IntervalChart
        model={model}
        ariaLabel={aria}
        text={pointText}
        textChars={21}
        noDataLabel={noData}
        excludedLabel={lean.missing('weights')}
        notes={notes}
      />
    </ChartCard>
  );
});

/** A country's scores and intervals as a table: the card's table view. */
function ScoreIntervalTable({
  rows,
  name,
  pending,
}: {
  rows: readonly ScoreIntervalRow[];
  name: string;
  pending: boolean;
}) {
  const text = useAnalysisText();
  const lean = useLeanWording();
  const columns = useMemo((): Column<ScoreIntervalRow>[] => {
    const { t } = text;
    const missing = pending ? t('pending') : '—';
    return [
      ...scoreIntervalColumns<ScoreIntervalRow>(
        {
          dimension: t('uncertainty.scoresTable.dimension'),
          partner: t('uncertainty.scoresTable.partner'),
          score: t('uncertainty.scoresTable.score'),
          interval: t('uncertainty.scoresTable.interval'),
        },
        { lean, format: text, missing },
      ),
      {
        id: 'median',
        header: t('uncertainty.scoresTable.median'),
        numeric: true,
        cell: (row) => (row.interval ? text.formatScore(row.interval.median) : missing),
      },
    ];
  }, [text, lean, pending]);
  return (
    <DataTable
      className="analysis-table"
      caption={text.t('uncertainty.scoresTable.caption', { country: name })}
      columns={columns}
      rows={rows}
      rowKey={(row) => `${row.dimension}.${row.partner}`}
      rowProps={intervalCheckRow}
    />
  );
}

/** Both countries' tilts with their 90% intervals and the chance of each lean. */
const TiltIntervalsCard = memo(function TiltIntervalsCard({
  dimensions,
  view,
}: {
  dimensions: readonly Labelled<TiltDimension>[];
  view: ScenarioView;
}) {
  // In step while on screen; below the fold (a laptop's screen ends at the score cards) it
  // follows once their frame is painted, as the compare view's tilt chart does.
  const cardRef = useRef<HTMLElement>(null);
  const shown = useInStepWhenSeen(cardRef, view);
  const { differs, uncertainty, pending } = shown;
  const text = useAnalysisText();
  const { t, noData, sides } = text;
  const dataset = useDataset();
  const countries = useMemo(
    () => dataset.countries.map((c) => ({ code: c.code, label: text.countryName(c.code) })),
    [dataset.countries, text],
  );
  const rows = useMemo(
    () => buildTiltRows({ ...shown, countries, dimensions }),
    [shown, countries, dimensions],
  );
  const model = useMemo(() => tiltIntervalModel(rows, dataset.tiltPair), [rows, dataset.tiltPair]);
  const lean = useLeanWording();
  const tooClose = t('uncertainty.tooClose');
  /** Beside a dot: "100% China" for a lean, "too close to call" (the model's lean rule). */
  const shareText = useCallback(
    (reading: TiltReading | null) => {
      if (!reading) return null;
      if (reading.kind === 'uncertain') return tooClose;
      if (reading.kind !== 'leans' || reading.share === null) return null;
      const partner = dataset.tiltPair[reading.side === 'positive' ? 0 : 1];
      return t('uncertainty.leanShare', {
        share: text.formatPercent(reading.share),
        partner: text.partnerName(partner),
      });
    },
    [t, text, dataset.tiltPair, tooClose],
  );
  const pointText = useCallback(
    (p: IntervalPoint) => {
      const share = shareText(p.reading);
      return share ? `${text.formatSigned(p.value)} · ${share}` : text.formatSigned(p.value);
    },
    [shareText, text],
  );
  const notes = useMemo(
    (): IntervalFootnote[] =>
      rows
        .filter((r) => scoreAgainstInterval(r.tilt, r.interval) !== 'inside')
        .map((r) => ({
          key: `${r.dimension}.${r.country}`,
          reading: `${r.dimensionLabel}, ${r.countryLabel}: ${text.formatSigned(r.tilt, lean.missing(r.missing))}`,
          note: lean.intervalNote('tilt', r.tilt, r.interval, true),
        })),
    [rows, text, lean],
  );
  const longestPartner = Math.max(...dataset.partners.map((p) => text.partnerName(p.code).length));
  const draws = text.formatCount(uncertainty?.draws ?? DEFAULT_DRAWS);
  const source = useMemo(
    () =>
      text.named('uncertainty.tiltSource', {
        draws,
        threshold: text.formatPercent(LEAN_THRESHOLDS.share),
      }),
    [text, draws],
  );
  const aria = text.named('uncertainty.tiltAria', {
    values: rows
      .map(
        (r) =>
          `${r.dimensionLabel} ${r.country} ${text.formatSigned(r.tilt, lean.missing(r.missing))}${
            r.interval ? ` (${text.formatInterval(r.interval, true)})` : ''
          }: ${lean.label(r.reading)}`,
      )
      .join(', '),
  });
  return (
    <TiltCard
      title={t('uncertainty.tiltTitle')}
      source={source}
      caption={text.named('uncertainty.tiltTable.caption')}
      rows={rows}
      differs={differs}
      pending={pending}
      testId="analysis-tilts"
      cardRef={cardRef}
    >
      <IntervalChart
        model={model}
        ariaLabel={aria}
        text={pointText}
        textChars={Math.max(16 + longestPartner, 10 + tooClose.length)}
        noDataLabel={noData}
        excludedLabel={lean.missing('weights')}
        sides={sides}
        notes={notes}
      />
    </TiltCard>
  );
});
