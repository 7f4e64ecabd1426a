import { memo, useCallback, useMemo } from 'react';
import { ChartCard } from '@/components/ChartCard';
import {
  IntervalNote,
  ScoreIntervalCells,
  TiltTable,
  type TiltTableLabels,
} from '@/components/charts/TiltChart';
import { buildTiltRows, formatInterval, tiltTableLabels } from '@/components/charts/tiltAdapter';
import { useLeanWording } from '@/components/useLeanWording';
import { useDataset } from '@/lib/dataset';
import { formatPercent, formatScore, formatSigned } from '@/lib/format';
import type {
  Country,
  PartnerCode,
  ScoreSet,
  TiltDimension,
  TiltReading,
  UncertaintyResult,
} from '@/model';
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
import { IntervalChart } from './IntervalChart';
import { useAnalysisText } from './useAnalysisText';

interface UncertaintySectionProps {
  scores: ScoreSet;
  baseline: ScoreSet;
  differs: boolean;
  uncertainty: UncertaintyResult | undefined;
  /** Monte Carlo running */
  pending: boolean;
}

/** Scores and tilts with their 90% intervals, and the chance of each lean. */
export const UncertaintySection = memo(function UncertaintySection({
  scores,
  baseline,
  differs,
  uncertainty,
  pending,
}: UncertaintySectionProps) {
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
    <section className="analysis-section" aria-labelledby="analysis-uncertainty">
      <h2 id="analysis-uncertainty">{t('uncertainty.heading')}</h2>
      <p className="analysis-intro">{t('uncertainty.intro', { draws: String(draws) })}</p>
      <div className="analysis-columns">
        {dataset.countries.map((country) => (
          <ScoreIntervalsCard
            key={country.code}
            country={country}
            partners={partners}
            dimensions={dimensions}
            scores={scores}
            uncertainty={uncertainty}
            pending={pending}
          />
        ))}
      </div>
      <TiltIntervalsCard
        scores={scores}
        baseline={baseline}
        differs={differs}
        dimensions={dimensions}
        uncertainty={uncertainty}
        pending={pending}
      />
    </section>
  );
});

/** One country's scores with their 90% intervals, on the fixed 0–100 scale. */
const ScoreIntervalsCard = memo(function ScoreIntervalsCard({
  country,
  partners,
  dimensions,
  scores,
  uncertainty,
  pending,
}: {
  country: Country;
  partners: readonly Labelled<PartnerCode>[];
  dimensions: readonly Labelled<TiltDimension>[];
  scores: ScoreSet;
  uncertainty: UncertaintyResult | undefined;
  pending: boolean;
}) {
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
  const pointText = useCallback((p: IntervalPoint) => {
    const interval = formatInterval(p.interval);
    // A dot outside its own line is marked here and explained right below the chart.
    const mark = scoreAgainstInterval(p.value, p.interval) === 'inside' ? '' : ' *';
    return interval ? `${formatScore(p.value)} (${interval})${mark}` : formatScore(p.value);
  }, []);
  const outside = rows.filter((r) => scoreAgainstInterval(r.score, r.interval) !== 'inside');
  const aria = t('uncertainty.scoresAria', {
    country: name,
    values: rows
      .map(
        (r) =>
          `${r.dimensionLabel} ${r.partnerLabel} ${formatScore(r.score, noData)}${
            r.interval ? ` (${formatInterval(r.interval)})` : ''
          }`,
      )
      .join(', '),
  });
  const source = useMemo(
    () =>
      t('uncertainty.scoresSource', {
        draws: String(uncertainty?.draws ?? DEFAULT_DRAWS),
        seed: String(uncertainty?.seed ?? DEFAULT_SEED),
      }),
    [t, uncertainty],
  );
  return (
    <ChartCard
      title={t('uncertainty.scoresTitle', { country: name })}
      source={source}
      testId={`analysis-scores-${country.code}`}
      table={<ScoreIntervalTable rows={rows} name={name} pending={pending} />}
    >
      <IntervalChart
        model={model}
        ariaLabel={aria}
        text={pointText}
        textChars={21}
        noDataLabel={noData}
      />
      {outside.length > 0 ? (
        <ul className="analysis-interval-notes">
          {outside.map((r) => (
            <li key={`${r.dimension}.${r.partner}`}>
              {`* ${r.dimensionLabel}, ${r.partnerLabel}: ${formatScore(r.score, noData)}`}
              <IntervalNote text={lean.intervalNote('score', r.score, r.interval, true)} />
            </li>
          ))}
        </ul>
      ) : null}
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
  const { t, noData } = useAnalysisText();
  const lean = useLeanWording();
  const mc = (value: string | null) => value ?? (pending ? t('pending') : '—');
  return (
    <table className="analysis-table">
      <caption>{t('uncertainty.scoresTable.caption', { country: name })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('uncertainty.scoresTable.dimension')}</th>
          <th scope="col">{t('uncertainty.scoresTable.partner')}</th>
          <th scope="col" className="num">
            {t('uncertainty.scoresTable.score')}
          </th>
          <th scope="col" className="num">
            {t('uncertainty.scoresTable.interval')}
          </th>
          <th scope="col" className="num">
            {t('uncertainty.scoresTable.median')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={`${row.dimension}.${row.partner}`} data-interval-check="">
            <ScoreIntervalCells row={row} lean={lean} noData={noData} missing={mc(null)} />
            <td className="num">{mc(row.interval ? formatScore(row.interval.median) : null)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Both countries' tilts with their 90% intervals and the chance of each lean. */
const TiltIntervalsCard = memo(function TiltIntervalsCard({
  scores,
  baseline,
  differs,
  dimensions,
  uncertainty,
  pending,
}: {
  scores: ScoreSet;
  baseline: ScoreSet;
  differs: boolean;
  dimensions: readonly Labelled<TiltDimension>[];
  uncertainty: UncertaintyResult | undefined;
  pending: boolean;
}) {
  const text = useAnalysisText();
  const { t, tc, noData, sides } = text;
  const dataset = useDataset();
  const countries = useMemo(
    () => dataset.countries.map((c) => ({ code: c.code, label: text.countryName(c.code) })),
    [dataset.countries, text],
  );
  const rows = useMemo(
    () =>
      buildTiltRows({
        scores,
        baseline,
        differs,
        countries,
        dimensions: dimensions.map((d) => ({ key: d.key, label: d.label })),
        uncertainty,
      }),
    [scores, baseline, differs, countries, dimensions, uncertainty],
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
        share: formatPercent(reading.share),
        partner: text.partnerName(partner),
      });
    },
    [t, text, dataset.tiltPair, tooClose],
  );
  const pointText = useCallback(
    (p: IntervalPoint) => {
      const share = shareText(p.reading);
      // A dot outside its own line is marked here and explained right below the chart.
      const mark = scoreAgainstInterval(p.value, p.interval) === 'inside' ? '' : ' *';
      return (share ? `${formatSigned(p.value)} · ${share}` : formatSigned(p.value)) + mark;
    },
    [shareText],
  );
  const outside = rows.filter((r) => scoreAgainstInterval(r.tilt, r.interval) !== 'inside');
  const longestPartner = Math.max(...dataset.partners.map((p) => text.partnerName(p.code).length));
  const labels = useMemo(
    (): TiltTableLabels => ({
      ...tiltTableLabels(t, tc, 'uncertainty.tiltTable'),
      pending: t('pending'),
    }),
    [t, tc],
  );
  const draws = String(uncertainty?.draws ?? DEFAULT_DRAWS);
  const source = useMemo(
    () => t('uncertainty.tiltSource', { draws, threshold: formatPercent(LEAN_THRESHOLDS.share) }),
    [t, draws],
  );
  const aria = t('uncertainty.tiltAria', {
    values: rows
      .map(
        (r) =>
          `${r.dimensionLabel} ${r.country} ${formatSigned(r.tilt, noData)}${
            r.interval ? ` (${formatInterval(r.interval, true)})` : ''
          }: ${lean.label(r.reading)}`,
      )
      .join(', '),
  });
  return (
    <ChartCard
      title={t('uncertainty.tiltTitle')}
      source={source}
      testId="analysis-tilts"
      table={
        <TiltTable
          rows={rows}
          labels={labels}
          showCountry
          showBaseline={differs}
          pending={pending}
        />
      }
    >
      <IntervalChart
        model={model}
        ariaLabel={aria}
        text={pointText}
        textChars={Math.max(16 + longestPartner, 10 + tooClose.length)}
        noDataLabel={noData}
        sides={sides}
      />
      {outside.length > 0 ? (
        <ul className="analysis-interval-notes">
          {outside.map((r) => (
            <li key={`${r.dimension}.${r.country}`}>
              {`* ${r.dimensionLabel}, ${r.countryLabel}: ${formatSigned(r.tilt, noData)}`}
              <IntervalNote text={lean.intervalNote('tilt', r.tilt, r.interval, true)} />
            </li>
          ))}
        </ul>
      ) : null}
    </ChartCard>
  );
});
