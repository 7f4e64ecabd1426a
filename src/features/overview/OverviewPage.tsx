import { Fragment, memo, Suspense, use, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { loadNamespaces } from '@/i18n';
import { useT } from '@/i18n/fastT';
import { AppLink } from '@/components/AppLink';
import { PartnerLabel } from '@/components/PartnerLabel';
import { usePartnerPaint } from '@/components/partnerPalette';
import { IntervalNote } from '@/components/charts/IntervalNote';
import { TiltBars, TiltCard } from '@/components/charts/TiltCard';
import { buildTiltRows, changeArrow, type TiltRow } from '@/components/charts/tiltAdapter';
import { TiltBasisNote } from '@/components/TiltBasisNote';
import { useLeanWording } from '@/components/useLeanWording';
import { useCountryHeadline } from '@/components/useCountryHeadline';
import { useFormat } from '@/i18n/useFormat';
import { useLocalized } from '@/i18n/useLocalized';
import { useDataset } from '@/lib/dataset';
import { joinList } from '@/lib/headline';
import { leanData } from '@/lib/leanText';
import type { PairText } from './pairText';
import type {
  Country,
  Dataset,
  Interval,
  MissingReason,
  Partner,
  PartnerCode,
  ScoreSet,
  TiltDimension,
} from '@/model';
import {
  datasetCounts,
  findMissing,
  findOverall,
  findScoreInterval,
  LEAN_THRESHOLDS,
  TILT_DIMENSIONS,
  tiltBasis,
} from '@/model';
import { useScenarioView, type ScenarioView } from '@/scenario/hooks';
import './overview.css';

/** The first screen: both countries side by side, their overall dependence, tilts and headline. */
export function OverviewPage() {
  return (
    // Suspends only for a data set whose tilt pair is not China − Russia (usePairText).
    <Suspense fallback={null}>
      <OverviewView view={useScenarioView()} />
    </Suspense>
  );
}

let pairLoad: Promise<typeof import('./pairText')> | undefined;

/**
 * For a data set whose tilt pair is not China − Russia, the sentences that say which two
 * partners the tilt compares, by their names in the data set (./pairText.ts and the tiltPair
 * messages, loaded then: it suspends once); undefined for China − Russia, whose sentences the
 * overview keeps.
 */
function usePairText(dataset: Dataset): PairText | undefined {
  const { i18n } = useTranslation();
  const language = i18n.language === 'ru' ? 'ru' : 'en';
  // By the codes alone (src/lib/chinaRussia.ts, which checks the names too, stays off the
  // first screen): China − Russia keeps the overview's own sentences.
  const words =
    dataset.tiltPair.join() === 'CN,RU'
      ? null
      : use(
          (pairLoad ??= Promise.all([
            import('./pairText'),
            loadNamespaces(['tiltPair'], i18n),
          ]).then(([m]) => m)),
        );
  return useMemo(
    () => (words ? words.pairText(dataset, language, i18n) : undefined),
    [words, dataset, language, i18n],
  );
}

const OverviewView = memo(function OverviewView({ view }: { view: ScenarioView }) {
  const t = useT('overview');
  const tc = useT('common');
  const dataset = useDataset();
  const { pick } = useLocalized();

  const names = dataset.countries.map((c) => pick(c.name));
  const pair = usePairText(dataset);
  const countries = joinList(names, t('headline.and'));
  // The one count every view quotes: the cells the data set codes (src/model datasetCounts).
  const observations = useMemo(() => datasetCounts(dataset).cellsCoded, [dataset]);

  return (
    <div className="overview">
      <title>{`${t('pageTitle')} — ${tc('appName')}`}</title>
      <h1>{pair ? pair.heading(countries) : t('heading', { countries })}</h1>
      <p className="page-intro">{pair ? pair.intro : t('intro')}</p>

      <div className="overview-countries">
        {dataset.countries.map((country) => (
          <CountryColumn
            key={country.code}
            country={country}
            partners={dataset.partners}
            tiltPair={dataset.tiltPair}
            pair={pair}
            view={view}
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
  /** the sentences naming the tilt pair; none for China − Russia (the overview's own) */
  pair: PairText | undefined;
  view: ScenarioView;
}

const CountryColumn = memo(function CountryColumn({
  country,
  partners,
  tiltPair,
  pair,
  view,
}: CountryColumnProps) {
  const { scores, baseline, differs, uncertainty, pending } = view;
  const t = useT('overview');
  const tc = useT('common');
  const { pick } = useLocalized();
  const { formatSigned } = useFormat();
  const lean = useLeanWording();
  const name = pick(country.name);

  const sentence = useCountryHeadline(country.code, name, scores, uncertainty, pair?.values);

  const dimensions = useMemo(
    () => TILT_DIMENSIONS.map((d: TiltDimension) => ({ key: d, label: tc(`dimensions.${d}`) })),
    [tc],
  );
  const rows = useMemo(
    () => buildTiltRows({ ...view, countries: [{ code: country.code, label: name }], dimensions }),
    [view, country.code, name, dimensions],
  );
  const ariaValues = rows
    .map((r) => `${r.dimensionLabel} ${formatSigned(r.tilt, lean.missing(r.missing))}`)
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
            missing={findMissing(scores, country.code, partner.code, 'overall')}
            baselineScore={differs ? findOverall(baseline, country.code, partner.code) : null}
            differs={differs}
            interval={findScoreInterval(uncertainty, country.code, partner.code, 'overall')}
            pending={pending}
          />
        ))}
      </dl>

      <TiltCard
        title={t('tiltTitle', { country: name })}
        source={pair ? pair.tiltSource : t('tiltSource')}
        caption={pair ? pair.caption(name) : t('table.caption', { country: name })}
        rows={rows}
        differs={differs}
        pending={pending}
        testId={`tilt-${country.code}`}
      >
        <TiltBars
          rows={rows}
          differs={differs}
          ariaLabel={
            pair
              ? pair.tiltAria(name, ariaValues)
              : t('tiltAria', { country: name, values: ariaValues })
          }
        />
        <LeanConfidence
          rows={rows}
          scores={scores}
          tiltPair={tiltPair}
          draws={uncertainty?.draws}
          pending={pending}
        />
      </TiltCard>
    </section>
  );
});

function OverallScore({
  partner,
  score,
  missing,
  baselineScore,
  differs,
  interval,
  pending,
}: {
  partner: PartnerCode;
  score: number | null;
  /** why the score is missing (src/model/missing.ts) */
  missing: MissingReason | null;
  baselineScore: number | null;
  differs: boolean;
  interval: Interval | null;
  pending: boolean;
}) {
  const t = useT('overview');
  const tc = useT('common');
  const lean = useLeanWording();
  const { formatScore, formatSigned, formatInterval } = useFormat();
  const change = score !== null && baselineScore !== null ? score - baselineScore : null;
  const range = formatInterval(interval);
  const slot = usePartnerPaint()(partner).slot;
  return (
    <div className={`overview-score overview-score-${slot}`}>
      <dt>
        <PartnerLabel code={partner} />
      </dt>
      <dd data-interval-check="">
        <span className="overview-score-line">
          <span
            className={`score-big overview-score-value${missing === 'weights' ? ' overview-score-value-excluded' : ''}`}
            data-role="score"
          >
            {formatScore(score, lean.missing(missing))}
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
        {missing === 'weights' ? (
          <span className="overview-score-excluded">{lean.missingHelp(missing)}</span>
        ) : null}
        <span className="overview-score-caption">{t('overallDependence')}</span>
        {differs ? (
          <span className="overview-delta">
            {t('baseline', { value: formatScore(baselineScore, tc('noData')) })}
            {', '}
            <span className="visually-hidden">{t('changeLabel')} </span>
            <span className="overview-delta-change">
              {`${changeArrow(change)} ${formatSigned(change, lean.missing(missing))}`.trim()}
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
  const { formatCount, formatPercent } = useFormat();
  const lean = useLeanWording();
  // Listed once the draws are in: before, the rule reads the tilts without draws, and the
  // heading promises shares of draws.
  const computed = rows.some((row) => row.pPositive !== null);
  const lines = computed
    ? rows.map((row) => ({
        key: row.dimension,
        attributes: leanData(row.country, row.dimension, row.reading),
        text: t('pLine', { dimension: row.dimensionLabel, reading: lean.label(row.reading) }),
        // a tilt without a number compares nothing: no note on what it rests on
        note:
          row.tilt === null
            ? ''
            : lean.basisNote(tiltBasis(scores, tiltPair, row.country, row.dimension)),
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
          draws: formatCount(draws ?? 0),
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
