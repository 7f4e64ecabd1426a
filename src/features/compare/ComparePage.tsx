import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/AppLink';
import { ChartCard } from '@/components/ChartCard';
import { PartnerLabel } from '@/components/PartnerLabel';
import { TiltChart, TiltTable, type TiltTableLabels } from '@/components/charts/TiltChart';
import {
  buildTiltRows,
  changeArrow,
  formatInterval,
  tiltChartModel,
} from '@/components/charts/tiltAdapter';
import { useLocalized } from '@/i18n/useLocalized';
import { useDataset } from '@/lib/dataset';
import { formatScore, formatSigned } from '@/lib/format';
import { joinList } from '@/lib/headline';
import type { Country, PartnerCode, ScoreSet, TiltDimension, UncertaintyResult } from '@/model';
import { TILT_DIMENSIONS } from '@/model';
import { useScenarioScores, useUncertainty } from '@/scenario/hooks';
import {
  buildDifferences,
  buildScoreRows,
  differencePhrase,
  scoreChartModel,
  type DifferenceRow,
  type Labelled,
  type PhraseNames,
} from './adapters';
import './compare.css';

/** The two countries side by side on identical scales, their tilts together, and the differences. */
export function ComparePage() {
  const { t } = useTranslation('compare');
  const { t: tc } = useTranslation('common');
  const dataset = useDataset();
  const { pick } = useLocalized();
  const { scores, baseline, differs } = useScenarioScores();
  const { result: uncertainty, pending } = useUncertainty();

  const countries = dataset.countries;
  const names = countries.map((c) => pick(c.name));
  const countryList = joinList(names, t('and'));
  const partners = useMemo(
    () =>
      dataset.partners.map((p): Labelled<PartnerCode> => ({ key: p.code, label: pick(p.name) })),
    [dataset.partners, pick],
  );
  const dimensions = useMemo(
    () =>
      TILT_DIMENSIONS.map((d): Labelled<TiltDimension> => ({
        key: d,
        label: tc(`dimensions.${d}`),
      })),
    [tc],
  );
  const partnerName = (code: PartnerCode) => partners.find((p) => p.key === code)?.label ?? code;
  const [first, second] = dataset.tiltPair;

  // The diverging chart with both countries.
  const tiltRows = useMemo(
    () =>
      buildTiltRows({
        scores,
        baseline,
        differs,
        countries: countries.map((c) => ({ code: c.code, label: pick(c.name) })),
        dimensions: dimensions.map((d) => ({ key: d.key, label: d.label })),
        uncertainty,
      }),
    [scores, baseline, differs, countries, pick, dimensions, uncertainty],
  );
  const tiltModel = useMemo(
    () => tiltChartModel(tiltRows, dataset.tiltPair, differs),
    [tiltRows, dataset.tiltPair, differs],
  );
  const sides = useMemo(
    () => ({
      negative: { code: second, label: partners.find((p) => p.key === second)?.label ?? second },
      positive: { code: first, label: partners.find((p) => p.key === first)?.label ?? first },
    }),
    [first, second, partners],
  );
  const tiltLabels: TiltTableLabels = {
    caption: t('tiltTable.caption'),
    dimension: t('tiltTable.dimension'),
    country: t('tiltTable.country'),
    tilt: t('tiltTable.tilt'),
    lean: t('tiltTable.lean'),
    interval: t('tiltTable.interval'),
    pPositive: t('tiltTable.pPositive'),
    baseline: t('tiltTable.baseline'),
    change: t('tiltTable.change'),
    positive: sides.positive.label,
    negative: sides.negative.label,
    balanced: tc('balanced'),
    noData: tc('noData'),
    pending: t('tiltTable.pending'),
  };
  const tiltAria = t('tiltAria', {
    countries: countryList,
    values: tiltRows
      .map((r) => `${r.dimensionLabel} ${r.country} ${formatSigned(r.tilt, tc('noData'))}`)
      .join(', '),
  });

  return (
    <div className="compare">
      <title>{`${t('pageTitle')} — ${tc('appName')}`}</title>
      <h1>{t('heading', { countries: countryList })}</h1>
      <p className="page-intro">{t('intro')}</p>

      <div className="compare-columns">
        {countries.map((country) => (
          <CountryScores
            key={country.code}
            country={country}
            partners={partners}
            dimensions={dimensions}
            tiltPair={dataset.tiltPair}
            scores={scores}
            baseline={baseline}
            differs={differs}
            uncertainty={uncertainty}
            pending={pending}
          />
        ))}
      </div>

      <ChartCard
        title={t('tiltTitle', { countries: countryList })}
        source={t('tiltSource')}
        testId="compare-tilt"
        className="compare-tilt"
        table={
          <TiltTable
            rows={tiltRows}
            labels={tiltLabels}
            showCountry
            showBaseline={differs}
            pending={pending}
          />
        }
      >
        <TiltChart
          model={tiltModel}
          sides={sides}
          ariaLabel={tiltAria}
          noDataLabel={tc('noData')}
        />
      </ChartCard>

      {countries.length >= 2 ? (
        <Differences
          countries={[countries[0]!, countries[1]!]}
          partnerName={partnerName}
          partners={partners.map((p) => p.key)}
          scores={scores}
          baseline={baseline}
          differs={differs}
        />
      ) : null}
    </div>
  );
}

interface CountryScoresProps {
  country: Country;
  partners: readonly Labelled<PartnerCode>[];
  dimensions: readonly Labelled<TiltDimension>[];
  tiltPair: [PartnerCode, PartnerCode];
  scores: ScoreSet;
  baseline: ScoreSet;
  differs: boolean;
  uncertainty: UncertaintyResult | undefined;
  pending: boolean;
}

/** One country's CN and RU scores per dimension on the fixed 0–100 scale. */
const CountryScores = memo(function CountryScores({
  country,
  partners,
  dimensions,
  tiltPair,
  scores,
  baseline,
  differs,
  uncertainty,
  pending,
}: CountryScoresProps) {
  const { t } = useTranslation('compare');
  const { t: tc } = useTranslation('common');
  const { pick } = useLocalized();
  const name = pick(country.name);
  const rows = useMemo(
    () =>
      buildScoreRows({
        scores,
        baseline,
        differs,
        country: country.code,
        partners,
        dimensions,
        uncertainty,
      }),
    [scores, baseline, differs, country.code, partners, dimensions, uncertainty],
  );
  const model = useMemo(() => scoreChartModel(rows, tiltPair, differs), [rows, tiltPair, differs]);
  const noData = tc('noData');
  const aria = t('scoresAria', {
    country: name,
    values: rows
      .map((r) => `${r.dimensionLabel} ${r.partnerLabel} ${formatScore(r.score, noData)}`)
      .join(', '),
  });
  const mc = (text: string | null) => text ?? (pending ? t('scoresTable.pending') : '—');

  const table = (
    <table className="compare-scores-table">
      <caption>{t('scoresTable.caption', { country: name })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('scoresTable.dimension')}</th>
          <th scope="col">{t('scoresTable.partner')}</th>
          <th scope="col" className="num">
            {t('scoresTable.score')}
          </th>
          <th scope="col" className="num">
            {t('scoresTable.interval')}
          </th>
          {differs ? (
            <>
              <th scope="col" className="num">
                {t('scoresTable.baseline')}
              </th>
              <th scope="col" className="num">
                {t('scoresTable.change')}
              </th>
            </>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={`${row.dimension}.${row.partner}`}>
            <th scope="row">{row.dimensionLabel}</th>
            <td>
              <PartnerLabel code={row.partner} />
            </td>
            <td className="num">{formatScore(row.score, noData)}</td>
            <td className="num">{mc(formatInterval(row.interval))}</td>
            {differs ? (
              <>
                <td className="num">{formatScore(row.baseline, noData)}</td>
                <td className="num">
                  {`${changeArrow(row.change)} ${formatSigned(row.change, noData)}`.trim()}
                </td>
              </>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <ChartCard
      title={t('scoresTitle', { country: name })}
      testId={`scores-${country.code}`}
      source={
        <>
          {t('scoresSource')} <AppLink to={`/country/${country.code}`}>{name}</AppLink>
        </>
      }
      table={table}
    >
      <div className="compare-legend" aria-hidden="true">
        {partners.map((p) => (
          <PartnerLabel key={p.key} code={p.key} />
        ))}
      </div>
      <TiltChart model={model} signed={false} ariaLabel={aria} noDataLabel={noData} />
    </ChartCard>
  );
});

/** Differences between the two countries, largest first, in numbers and in words. */
function Differences({
  countries,
  partners,
  partnerName,
  scores,
  baseline,
  differs,
}: {
  countries: [Country, Country];
  partners: PartnerCode[];
  partnerName: (code: PartnerCode) => string;
  scores: ScoreSet;
  baseline: ScoreSet;
  differs: boolean;
}) {
  const { t } = useTranslation('compare');
  const { t: tc } = useTranslation('common');
  const { pick } = useLocalized();
  const [ca, cb] = countries;
  const a = pick(ca.name);
  const b = pick(cb.name);
  const rows = useMemo(
    () =>
      buildDifferences({
        scores,
        baseline,
        differs,
        countries: [ca.code, cb.code],
        partners,
        dimensions: TILT_DIMENSIONS,
      }),
    [scores, baseline, differs, ca.code, cb.code, partners],
  );
  const names: PhraseNames = {
    a,
    b,
    partner: partnerName,
    dimension: (d) => t(`phrase.dimensions.${d}`),
    dimensionLabel: (d) => tc(`dimensions.${d}`),
  };
  const phrase = (row: DifferenceRow) =>
    differencePhrase(row, names, (key, options) => t(key, options));
  const measure = (row: DifferenceRow) =>
    row.kind === 'score'
      ? t('differences.scoreMeasure', {
          dimension: tc(`dimensions.${row.dimension}`),
          partner: partnerName(row.partner ?? ''),
        })
      : t('differences.tiltMeasure', { dimension: tc(`dimensions.${row.dimension}`) });
  const noData = tc('noData');
  const withData = rows.filter((r) => r.diff !== null);

  return (
    <section className="card compare-differences" aria-labelledby="compare-differences-title">
      <h2 id="compare-differences-title" className="card-title">
        {t('differences.title')}
      </h2>
      <p className="muted">{t('differences.intro', { a, b })}</p>
      {withData.length === 0 ? (
        <p>{t('differences.none')}</p>
      ) : (
        <>
          <h3 className="compare-top-heading">{t('differences.topHeading')}</h3>
          <ol className="compare-top" data-testid="compare-top">
            {withData.slice(0, 3).map((row) => (
              <li key={`${row.kind}.${row.dimension}.${row.partner ?? ''}`}>{phrase(row)}.</li>
            ))}
          </ol>
        </>
      )}
      {/* focusable so keyboard users can scroll the table on narrow screens */}
      <div
        className="table-scroll"
        tabIndex={0}
        role="group"
        aria-label={t('differences.caption', { a, b })}
      >
        <table className="compare-differences-table">
          <caption>{t('differences.caption', { a, b })}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('differences.rank')}
              </th>
              <th scope="col">{t('differences.measure')}</th>
              <th scope="col" className="num">
                {a}
              </th>
              <th scope="col" className="num">
                {b}
              </th>
              <th scope="col" className="num">
                {t('differences.difference', { a: ca.code, b: cb.code })}
              </th>
              {differs ? (
                <th scope="col" className="num">
                  {t('differences.baselineDifference')}
                </th>
              ) : null}
              <th scope="col">{t('differences.phrase')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => {
              const fmt = row.kind === 'tilt' ? formatSigned : formatScore;
              return (
                <tr key={`${row.kind}.${row.dimension}.${row.partner ?? ''}`}>
                  <td className="num">{i + 1}</td>
                  <th scope="row">{measure(row)}</th>
                  <td className="num">{fmt(row.a, noData)}</td>
                  <td className="num">{fmt(row.b, noData)}</td>
                  <td className="num compare-diff">{formatSigned(row.diff, noData)}</td>
                  {differs ? (
                    <td className="num">{formatSigned(row.baselineDiff, noData)}</td>
                  ) : null}
                  <td>{phrase(row)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
