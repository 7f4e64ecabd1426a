import { Fragment, memo, useMemo } from 'react';
import { useT } from '@/i18n/fastT';
import { AppLink } from '@/components/AppLink';
import { ChartCard } from '@/components/ChartCard';
import { PartnerLabel } from '@/components/PartnerLabel';
import { IntervalNote, TiltChart, TiltTable } from '@/components/charts/TiltChart';
import {
  buildTiltRows,
  changeArrow,
  formatInterval,
  tiltChartModel,
  type TiltRow,
  tiltTableLabels,
} from '@/components/charts/tiltAdapter';
import { TiltBasisNote } from '@/components/TiltBasisNote';
import { useLeanWording } from '@/components/useLeanWording';
import { useLocalized } from '@/i18n/useLocalized';
import { useDataset } from '@/lib/dataset';
import { formatPercent, formatScore, formatSigned } from '@/lib/format';
import { headline, joinList } from '@/lib/headline';
import { leanData } from '@/lib/leanText';
import type {
  Country,
  Dimension,
  Interval,
  Partner,
  PartnerCode,
  ScoreSet,
  TiltDimension,
  UncertaintyResult,
} from '@/model';
import {
  datasetCounts,
  DIMENSIONS,
  findOverall,
  LEAN_THRESHOLDS,
  TILT_DIMENSIONS,
  tiltBasis,
} from '@/model';
import { useScenarioScores, useUncertainty, type ScenarioScores } from '@/scenario/hooks';
import './overview.css';

/** The first screen: both countries side by side, their overall dependence, tilts and headline. */
export function OverviewPage() {
  // The 90% intervals change only once a drag rests; the follower re-renders at every
  // slider step and the memoised view only when the scores change.
  const { result: uncertainty, pending } = useUncertainty();
  return <OverviewFollower uncertainty={uncertainty} pending={pending} />;
}

interface UncertaintyProps {
  uncertainty: UncertaintyResult | undefined;
  /** Monte Carlo running */
  pending: boolean;
}

const OverviewFollower = memo(function OverviewFollower({
  uncertainty,
  pending,
}: UncertaintyProps) {
  const scenarioScores = useScenarioScores();
  return (
    <OverviewView scenarioScores={scenarioScores} uncertainty={uncertainty} pending={pending} />
  );
});

const OverviewView = memo(function OverviewView({
  scenarioScores,
  uncertainty,
  pending,
}: {
  scenarioScores: ScenarioScores;
} & UncertaintyProps) {
  const t = useT('overview');
  const tc = useT('common');
  const dataset = useDataset();
  const { pick } = useLocalized();
  const { scores, baseline, differs } = scenarioScores;

  const names = dataset.countries.map((c) => pick(c.name));
  // The one count every view quotes: the cells the data set codes (src/model datasetCounts).
  const observations = useMemo(() => datasetCounts(dataset).cellsCoded, [dataset]);

  return (
    <div className="overview">
      <title>{`${t('pageTitle')} — ${tc('appName')}`}</title>
      <h1>{t('heading', { countries: joinList(names, t('headline.and')) })}</h1>
      <p className="page-intro">{t('intro')}</p>

      <div className="overview-countries">
        {dataset.countries.map((country) => (
          <CountryColumn
            key={country.code}
            country={country}
            partners={dataset.partners}
            tiltPair={dataset.tiltPair}
            scores={scores}
            baseline={baseline}
            differs={differs}
            uncertainty={uncertainty}
            pending={pending}
          />
        ))}
      </div>

      <p className="overview-source">
        {t('sourceBefore', { count: observations })}
        {dataset.countries.map((c, i) => (
          <Fragment key={c.code}>
            {i > 0 ? ', ' : null}
            <AppLink to={`/country/${c.code}`}>{pick(c.name)}</AppLink>
          </Fragment>
        ))}
        {t('sourceMiddle')}
        <AppLink to="/methodology">{t('methodology')}</AppLink>
        {t('sourceAfter')}
      </p>
    </div>
  );
});

interface CountryColumnProps {
  country: Country;
  partners: Partner[];
  tiltPair: [PartnerCode, PartnerCode];
  scores: ScoreSet;
  baseline: ScoreSet;
  differs: boolean;
  uncertainty: UncertaintyResult | undefined;
  pending: boolean;
}

const CountryColumn = memo(function CountryColumn({
  country,
  partners,
  tiltPair,
  scores,
  baseline,
  differs,
  uncertainty,
  pending,
}: CountryColumnProps) {
  const t = useT('overview');
  const tc = useT('common');
  const { pick } = useLocalized();
  const name = pick(country.name);

  const sentence = useMemo(() => {
    const dimensionNames = Object.fromEntries(
      DIMENSIONS.map((d) => [d, t(`headline.dimensions.${d}`)]),
    ) as Record<Dimension, string>;
    return headline({
      country: name,
      tilts: scores.tilts.filter((x) => x.country === country.code),
      pPositive: uncertainty?.tilts.filter((x) => x.country === country.code),
      dimensionNames,
      t: (key, options) => t(key, options),
    });
  }, [t, name, scores, uncertainty, country.code]);

  const dimensions = useMemo(
    () => TILT_DIMENSIONS.map((d: TiltDimension) => ({ key: d, label: tc(`dimensions.${d}`) })),
    [tc],
  );
  const rows = useMemo(
    () =>
      buildTiltRows({
        scores,
        baseline,
        differs,
        countries: [{ code: country.code, label: name }],
        dimensions,
        uncertainty,
      }),
    [scores, baseline, differs, country.code, name, dimensions, uncertainty],
  );
  const model = useMemo(() => tiltChartModel(rows, tiltPair, differs), [rows, tiltPair, differs]);
  const sides = useMemo(() => {
    const label = (code: PartnerCode) => {
      const partner = partners.find((p) => p.code === code);
      return partner ? pick(partner.name) : code;
    };
    return {
      negative: { code: tiltPair[1], label: label(tiltPair[1]) },
      positive: { code: tiltPair[0], label: label(tiltPair[0]) },
    };
  }, [tiltPair, partners, pick]);
  const tableLabels = tiltTableLabels(t, tc, 'table', { country: name });
  const ariaValues = rows
    .map((r) => `${r.dimensionLabel} ${formatSigned(r.tilt, tc('noData'))}`)
    .join(', ');

  return (
    <section className="overview-country" aria-labelledby={`overview-${country.code}`}>
      <h2 id={`overview-${country.code}`} className="overview-country-name">
        <AppLink to={`/country/${country.code}`}>{name}</AppLink>
      </h2>
      <p className="overview-headline" data-testid={`headline-${country.code}`}>
        {sentence}
      </p>

      <dl className="overview-scores">
        {partners.map((partner) => (
          <OverallScore
            key={partner.code}
            partner={partner.code}
            score={findOverall(scores, country.code, partner.code)}
            baselineScore={differs ? findOverall(baseline, country.code, partner.code) : null}
            differs={differs}
            interval={
              uncertainty?.overall.find(
                (o) => o.country === country.code && o.partner === partner.code,
              )?.interval ?? null
            }
            pending={pending}
          />
        ))}
      </dl>

      <ChartCard
        title={t('tiltTitle', { country: name })}
        source={t('tiltSource')}
        testId={`tilt-${country.code}`}
        table={
          <TiltTable
            rows={rows}
            labels={tableLabels}
            showCountry={false}
            showBaseline={differs}
            pending={pending}
          />
        }
      >
        <TiltChart
          model={model}
          sides={sides}
          ariaLabel={t('tiltAria', { country: name, values: ariaValues })}
          noDataLabel={tc('noData')}
        />
        <LeanConfidence
          rows={rows}
          scores={scores}
          tiltPair={tiltPair}
          draws={uncertainty?.draws}
          pending={pending}
        />
      </ChartCard>
    </section>
  );
});

function OverallScore({
  partner,
  score,
  baselineScore,
  differs,
  interval,
  pending,
}: {
  partner: PartnerCode;
  score: number | null;
  baselineScore: number | null;
  differs: boolean;
  interval: Interval | null;
  pending: boolean;
}) {
  const t = useT('overview');
  const tc = useT('common');
  const lean = useLeanWording();
  const change = score !== null && baselineScore !== null ? score - baselineScore : null;
  const range = formatInterval(interval);
  return (
    <div className={`overview-score overview-score-${partner.toLowerCase()}`}>
      <dt>
        <PartnerLabel code={partner} />
      </dt>
      <dd data-interval-check="">
        <span className="overview-score-line">
          <span className="score-big overview-score-value" data-role="score">
            {formatScore(score, tc('noData'))}
          </span>
          {range ? (
            <span className="overview-interval">
              <span className="visually-hidden">{t('intervalPrefix')} </span>(
              <span data-role="interval">{range}</span>)
            </span>
          ) : pending ? (
            <span className="overview-interval overview-interval-pending">
              {t('intervalPending')}
            </span>
          ) : null}
        </span>
        {range ? <IntervalNote text={lean.intervalNote('score', score, interval)} /> : null}
        <span className="overview-score-caption">{t('overallDependence')}</span>
        {differs ? (
          <span className="overview-delta">
            {t('baseline', { value: formatScore(baselineScore, tc('noData')) })}
            {', '}
            <span className="visually-hidden">{t('changeLabel')} </span>
            <span className="overview-delta-change">
              {`${changeArrow(change)} ${formatSigned(change, tc('noData'))}`.trim()}
            </span>
          </span>
        ) : null}
      </dd>
    </div>
  );
}

/**
 * "Economic — leans strongly to China in 100% of draws", "Overall — too close to call: 82% of
 * draws lean to China": each tilt read by the model's lean rule, one line per dimension.
 */
function LeanConfidence({
  rows,
  scores,
  tiltPair,
  draws,
  pending,
}: {
  rows: readonly TiltRow[];
  /** the scores the rows read, for what each tilt's two sides rest on */
  scores: ScoreSet;
  tiltPair: readonly [PartnerCode, PartnerCode];
  draws: number | undefined;
  pending: boolean;
}) {
  const t = useT('overview');
  const { language } = useLocalized();
  const lean = useLeanWording();
  // Listed once the draws are in: before, the rule reads the tilts without draws, and the
  // heading promises shares of draws.
  const computed = rows.some((row) => row.pPositive !== null);
  const lines = computed
    ? rows.map((row) => ({
        key: row.dimension,
        attributes: leanData(row.country, row.dimension, row.reading),
        text: t('pLine', { dimension: row.dimensionLabel, reading: lean.label(row.reading) }),
        note: lean.basisNote(tiltBasis(scores, tiltPair, row.country, row.dimension)),
      }))
    : [];
  if (lines.length === 0) {
    return pending ? (
      <p className="overview-p overview-p-pending" role="status">
        {t('pPending')}
      </p>
    ) : null;
  }
  return (
    <div className="overview-p">
      <p className="overview-p-heading">
        {t('pHeading', {
          draws: (draws ?? 0).toLocaleString(language === 'ru' ? 'ru-RU' : 'en-GB'),
          threshold: formatPercent(LEAN_THRESHOLDS.share),
        })}
      </p>
      <ul>
        {lines.map((line) => (
          <li key={line.key} {...line.attributes}>
            {line.text}
            <TiltBasisNote text={line.note} />
          </li>
        ))}
      </ul>
    </div>
  );
}
