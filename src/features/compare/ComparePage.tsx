import { memo, useCallback, useDeferredValue, useMemo } from 'react';
import { useT } from '@/i18n/fastT';
import { AppLink } from '@/components/AppLink';
import { ChartCard } from '@/components/ChartCard';
import { PartnerLabel } from '@/components/PartnerLabel';
import {
  ScoreIntervalCells,
  TiltChart,
  TiltTable,
  type TiltTableLabels,
} from '@/components/charts/TiltChart';
import {
  buildTiltRows,
  changeArrow,
  tiltChartModel,
  tiltTableLabels,
  type TiltRow,
} from '@/components/charts/tiltAdapter';
import { TiltBasisNote } from '@/components/TiltBasisNote';
import { useLeanWording } from '@/components/useLeanWording';
import { useLocalized } from '@/i18n/useLocalized';
import { useDataset } from '@/lib/dataset';
import { formatPercent, formatScore, formatSigned } from '@/lib/format';
import { joinList } from '@/lib/headline';
import { leanData } from '@/lib/leanText';
import type { Country, PartnerCode, ScoreSet, TiltDimension, UncertaintyResult } from '@/model';
import { LEAN_THRESHOLDS, TILT_DIMENSIONS, tiltBasis } from '@/model';
import { useScenarioScores, useUncertainty, type ScenarioScores } from '@/scenario/hooks';
import {
  buildDifferences,
  buildScoreRows,
  differencePhrase,
  sameDifferenceRow,
  sameScoreRows,
  scoreChartModel,
  type DifferenceRow,
  type Labelled,
  type PhraseNames,
  type ScoreRow,
} from './adapters';
import './compare.css';

/**
 * Stands for the list of values in a translated label; the list is spliced in afterwards
 * (withList): the label is translated once per language, and the translator does not scan
 * a long list of numbers at every slider step.
 */
const LIST = '\uE000';

const withList = (template: string, items: readonly string[]) =>
  template.replace(LIST, items.join(', '));

/** The two countries side by side on identical scales, their tilts together, and the differences. */
export function ComparePage() {
  // The 90% intervals change only once a drag rests; the follower re-renders at every
  // slider step and the memoised view only when the scores change.
  const { result: uncertainty, pending } = useUncertainty();
  return <CompareFollower uncertainty={uncertainty} pending={pending} />;
}

interface UncertaintyProps {
  uncertainty: UncertaintyResult | undefined;
  /** Monte Carlo running */
  pending: boolean;
}

const CompareFollower = memo(function CompareFollower({ uncertainty, pending }: UncertaintyProps) {
  const scenarioScores = useScenarioScores();
  return (
    <CompareView scenarioScores={scenarioScores} uncertainty={uncertainty} pending={pending} />
  );
});

const CompareView = memo(function CompareView({
  scenarioScores,
  uncertainty,
  pending,
}: {
  scenarioScores: ScenarioScores;
} & UncertaintyProps) {
  const t = useT('compare');
  const tc = useT('common');
  const dataset = useDataset();
  const { pick, language } = useLocalized();
  const { scores, baseline, differs } = scenarioScores;

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
  const partnerName = useCallback(
    (code: PartnerCode) => partners.find((p) => p.key === code)?.label ?? code,
    [partners],
  );
  const partnerCodes = useMemo(() => partners.map((p) => p.key), [partners]);
  const pair = useMemo(
    (): [Country, Country] | null =>
      countries.length >= 2 ? [countries[0]!, countries[1]!] : null,
    [countries],
  );
  // The differences table is long and below the fold: it follows in React's deferred pass,
  // right after the step's charts are painted, instead of delaying them.
  const differencesScores = useDeferredValue(scenarioScores);
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
  // The tilts in words change only when a reading does: they follow in the deferred pass too,
  // so a slider step paints the chart first.
  const readingRows = useDeferredValue(tiltRows);
  const readingScores = useDeferredValue(scores);
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
  // Worded once per language, not at every slider step.
  const tiltLabels = useMemo((): TiltTableLabels => tiltTableLabels(t, tc, 'tiltTable'), [t, tc]);
  const fixed = useMemo(
    () => ({
      title: `${t('pageTitle')} — ${tc('appName')}`,
      heading: t('heading', { countries: countryList }),
      intro: t('intro'),
      tiltTitle: t('tiltTitle', { countries: countryList }),
      tiltSource: t('tiltSource'),
      tiltAria: t('tiltAria', { countries: countryList, values: LIST }),
      noData: tc('noData'),
    }),
    [t, tc, countryList],
  );
  const tiltAria = withList(
    fixed.tiltAria,
    tiltRows.map((r) => `${r.dimensionLabel} ${r.country} ${formatSigned(r.tilt, fixed.noData)}`),
  );

  return (
    <div className="compare">
      <title>{fixed.title}</title>
      <h1>{fixed.heading}</h1>
      <p className="page-intro">{fixed.intro}</p>

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
        title={fixed.tiltTitle}
        source={fixed.tiltSource}
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
        <TiltReadings
          rows={readingRows}
          scores={readingScores}
          tiltPair={dataset.tiltPair}
          countries={countries}
          heading={
            uncertainty
              ? t('readings.heading', {
                  draws: uncertainty.draws.toLocaleString(language === 'ru' ? 'ru-RU' : 'en-GB'),
                  threshold: formatPercent(LEAN_THRESHOLDS.share),
                })
              : t('readings.pending')
          }
        />
      </ChartCard>

      {pair ? (
        <Differences
          countries={pair}
          partnerName={partnerName}
          partners={partnerCodes}
          scores={differencesScores.scores}
          baseline={differencesScores.baseline}
          differs={differencesScores.differs}
          uncertainty={uncertainty}
        />
      ) : null}
    </div>
  );
});

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

/**
 * Every tilt of the chart in words, by the model's lean rule: "Economic: Kyrgyzstan — too close
 * to call: 82% of draws lean to China". Shown under the chart, so the comparison never leaves a
 * tilt unread.
 */
const TiltReadings = memo(function TiltReadings({
  rows,
  scores,
  tiltPair,
  countries,
  heading,
}: {
  rows: readonly TiltRow[];
  /** the scores the rows read, for what each tilt's two sides rest on */
  scores: ScoreSet;
  tiltPair: readonly [PartnerCode, PartnerCode];
  countries: readonly Country[];
  heading: string;
}) {
  const lean = useLeanWording();
  const { pick } = useLocalized();
  const byDimension = new Map<string, TiltRow[]>();
  for (const row of rows)
    byDimension.set(row.dimension, [...(byDimension.get(row.dimension) ?? []), row]);
  return (
    <div className="compare-readings">
      <p className="compare-readings-heading">{heading}</p>
      <dl>
        {[...byDimension.values()].map((group) => (
          <div key={group[0]!.dimension} className="compare-readings-row">
            <dt>{group[0]!.dimensionLabel}</dt>
            {group.map((row) => {
              const country = countries.find((c) => c.code === row.country);
              return (
                <dd key={row.country} {...leanData(row.country, row.dimension, row.reading)}>
                  {`${country ? pick(country.name) : row.country} — ${lean.label(row.reading)}`}
                  <TiltBasisNote
                    text={lean.basisNote(tiltBasis(scores, tiltPair, row.country, row.dimension))}
                  />
                </dd>
              );
            })}
          </div>
        ))}
      </dl>
    </div>
  );
});

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
  return (
    <CountryScoresCard
      country={country}
      partners={partners}
      tiltPair={tiltPair}
      rows={rows}
      differs={differs}
      pending={pending}
    />
  );
});

interface CountryScoresCardProps {
  country: Country;
  partners: readonly Labelled<PartnerCode>[];
  tiltPair: [PartnerCode, PartnerCode];
  rows: ScoreRow[];
  differs: boolean;
  pending: boolean;
}

/**
 * The card itself. The rows are rebuilt at every slider step but compared by value, so the
 * country whose numbers did not move is not re-rendered.
 */
const CountryScoresCard = memo(
  function CountryScoresCard({
    country,
    partners,
    tiltPair,
    rows,
    differs,
    pending,
  }: CountryScoresCardProps) {
    const t = useT('compare');
    const tc = useT('common');
    const { pick } = useLocalized();
    const name = pick(country.name);
    const model = useMemo(
      () => scoreChartModel(rows, tiltPair, differs),
      [rows, tiltPair, differs],
    );
    const noData = tc('noData');
    // The same element at every step, so the card's source line is not rendered again.
    const source = useMemo(
      () => (
        <>
          {t('scoresSource')} <AppLink to={`/country/${country.code}`}>{name}</AppLink>
        </>
      ),
      [t, country.code, name],
    );
    const ariaTemplate = useMemo(() => t('scoresAria', { country: name, values: LIST }), [t, name]);
    const aria = withList(
      ariaTemplate,
      rows.map((r) => `${r.dimensionLabel} ${r.partnerLabel} ${formatScore(r.score, noData)}`),
    );

    return (
      <ChartCard
        title={t('scoresTitle', { country: name })}
        testId={`scores-${country.code}`}
        source={source}
        // An element, not a rendered table: it is worded only when the reader opens it.
        table={<ScoresTable rows={rows} name={name} differs={differs} pending={pending} />}
      >
        <div className="compare-legend" aria-hidden="true">
          {partners.map((p) => (
            <PartnerLabel key={p.key} code={p.key} />
          ))}
        </div>
        <TiltChart model={model} signed={false} ariaLabel={aria} noDataLabel={noData} />
      </ChartCard>
    );
  },
  (a, b) =>
    a.country === b.country &&
    a.partners === b.partners &&
    a.tiltPair === b.tiltPair &&
    a.differs === b.differs &&
    a.pending === b.pending &&
    sameScoreRows(a.rows, b.rows),
);

/** A country's scores as a table: the card's table view. */
const ScoresTable = memo(function ScoresTable({
  rows,
  name,
  differs,
  pending,
}: {
  rows: ScoreRow[];
  name: string;
  differs: boolean;
  pending: boolean;
}) {
  const t = useT('compare');
  const tc = useT('common');
  const lean = useLeanWording();
  const noData = tc('noData');
  const mc = (text: string | null) => text ?? (pending ? t('scoresTable.pending') : '—');
  return (
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
          <tr key={`${row.dimension}.${row.partner}`} data-interval-check="">
            <ScoreIntervalCells row={row} lean={lean} noData={noData} missing={mc(null)} />
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
});

/** How the differences are worded: built once per language, shared by every row. */
interface DifferenceWording {
  noData: string;
  /** "Infrastructure: dependence on Russia", "Digital: tilt" */
  measure: (row: DifferenceRow) => string;
  /** the difference in plain words */
  phrase: (row: DifferenceRow) => string;
}

interface DifferenceItemProps {
  row: DifferenceRow;
  wording: DifferenceWording;
}

/** One of the three largest differences, in words. */
const DifferenceItem = memo(
  function DifferenceItem({ row, wording }: DifferenceItemProps) {
    return <li>{wording.phrase(row)}.</li>;
  },
  (a, b) => a.wording === b.wording && sameDifferenceRow(a.row, b.row),
);

interface DifferenceTableRowProps {
  rank: number;
  row: DifferenceRow;
  wording: DifferenceWording;
  differs: boolean;
}

/** A row of the differences table; re-rendered only when its numbers or its rank change. */
const DifferenceTableRow = memo(
  function DifferenceTableRow({ rank, row, wording, differs }: DifferenceTableRowProps) {
    const { noData } = wording;
    const fmt = row.kind === 'tilt' ? formatSigned : formatScore;
    return (
      <tr>
        <td className="num">{rank}</td>
        <th scope="row">{wording.measure(row)}</th>
        <td className="num">{fmt(row.a, noData)}</td>
        <td className="num">{fmt(row.b, noData)}</td>
        <td className="num compare-diff">{formatSigned(row.diff, noData)}</td>
        {differs ? <td className="num">{formatSigned(row.baselineDiff, noData)}</td> : null}
        <td>{wording.phrase(row)}</td>
      </tr>
    );
  },
  (a, b) =>
    a.rank === b.rank &&
    a.wording === b.wording &&
    a.differs === b.differs &&
    sameDifferenceRow(a.row, b.row),
);

/** Differences between the two countries, largest first, in numbers and in words. */
const Differences = memo(function Differences({
  countries,
  partners,
  partnerName,
  scores,
  baseline,
  differs,
  uncertainty,
}: {
  countries: [Country, Country];
  partners: PartnerCode[];
  partnerName: (code: PartnerCode) => string;
  scores: ScoreSet;
  baseline: ScoreSet;
  differs: boolean;
  uncertainty: UncertaintyResult | undefined;
}) {
  const t = useT('compare');
  const tc = useT('common');
  const lean = useLeanWording();
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
        uncertainty,
      }),
    [scores, baseline, differs, ca.code, cb.code, partners, uncertainty],
  );
  const wording = useMemo((): DifferenceWording => {
    // Dimension names and measures are looked up, not translated again for every row.
    const dimension = new Map(TILT_DIMENSIONS.map((d) => [d, t(`phrase.dimensions.${d}`)]));
    const dimensionLabel = new Map(TILT_DIMENSIONS.map((d) => [d, tc(`dimensions.${d}`)]));
    const names: PhraseNames = {
      a,
      b,
      partner: partnerName,
      dimension: (d) => dimension.get(d) ?? d,
      dimensionLabel: (d) => dimensionLabel.get(d) ?? d,
      reading: (r) => lean.label(r, { share: false }),
    };
    const measures = new Map<string, string>();
    return {
      noData: tc('noData'),
      measure: (row) => {
        const key = `${row.kind}.${row.dimension}.${row.partner ?? ''}`;
        let text = measures.get(key);
        if (text === undefined) {
          text =
            row.kind === 'score'
              ? t('differences.scoreMeasure', {
                  dimension: names.dimensionLabel(row.dimension),
                  partner: partnerName(row.partner ?? ''),
                })
              : t('differences.tiltMeasure', { dimension: names.dimensionLabel(row.dimension) });
          measures.set(key, text);
        }
        return text;
      },
      phrase: (row) => differencePhrase(row, names, (key, options) => t(key, options)),
    };
  }, [a, b, partnerName, t, tc, lean]);
  // Worded once per language, not at every slider step.
  const fixed = useMemo(
    () => ({
      title: t('differences.title'),
      intro: t('differences.intro', { a, b }),
      none: t('differences.none'),
      topHeading: t('differences.topHeading'),
      caption: t('differences.caption', { a, b }),
      rank: t('differences.rank'),
      measure: t('differences.measure'),
      difference: t('differences.difference', { a: ca.code, b: cb.code }),
      baselineDifference: t('differences.baselineDifference'),
      phrase: t('differences.phrase'),
    }),
    [t, a, b, ca.code, cb.code],
  );
  const withData = rows.filter((r) => r.diff !== null);
  const key = (row: DifferenceRow) => `${row.kind}.${row.dimension}.${row.partner ?? ''}`;

  return (
    <section className="card compare-differences" aria-labelledby="compare-differences-title">
      <h2 id="compare-differences-title" className="card-title">
        {fixed.title}
      </h2>
      <p className="muted">{fixed.intro}</p>
      {withData.length === 0 ? (
        <p>{fixed.none}</p>
      ) : (
        <>
          <h3 className="compare-top-heading">{fixed.topHeading}</h3>
          <ol className="compare-top" data-testid="compare-top">
            {withData.slice(0, 3).map((row) => (
              <DifferenceItem key={key(row)} row={row} wording={wording} />
            ))}
          </ol>
        </>
      )}
      {/* focusable so keyboard users can scroll the table on narrow screens */}
      <div className="table-scroll" tabIndex={0} role="group" aria-label={fixed.caption}>
        <table className="compare-differences-table">
          <caption>{fixed.caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                {fixed.rank}
              </th>
              <th scope="col">{fixed.measure}</th>
              <th scope="col" className="num">
                {a}
              </th>
              <th scope="col" className="num">
                {b}
              </th>
              <th scope="col" className="num">
                {fixed.difference}
              </th>
              {differs ? (
                <th scope="col" className="num">
                  {fixed.baselineDifference}
                </th>
              ) : null}
              <th scope="col">{fixed.phrase}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <DifferenceTableRow
                key={key(row)}
                rank={i + 1}
                row={row}
                wording={wording}
                differs={differs}
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
});
