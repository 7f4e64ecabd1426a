import { memo, useCallback, useMemo, useRef, type ChangeEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '@/i18n/fastT';
import { AppLink } from '@/components/AppLink';
import { ChartCard } from '@/components/ChartCard';
import { PartnerLabel } from '@/components/PartnerLabel';
import { sameData } from '@/components/sameData';
import { DataTable, type Column } from '@/components/DataTable';
import { HorizontalBarChart } from '@/components/charts/HorizontalBarChart';
import { TiltBars, TiltCard } from '@/components/charts/TiltCard';
import { intervalCheckRow, scoreIntervalColumns } from '@/components/charts/scoreColumns';
import { buildTiltRows, changeArrow, type TiltRow } from '@/components/charts/tiltAdapter';
import { TiltBasisNote } from '@/components/TiltBasisNote';
import { useLeanWording } from '@/components/useLeanWording';
import { useLocalized } from '@/i18n/useLocalized';
import { useDataset } from '@/lib/dataset';
import { useFormat } from '@/i18n/useFormat';
import { joinList } from '@/lib/headline';
import { isChinaRussiaOnly, tiltPairValues } from '@/lib/chinaRussia';
import { datasetPartnerWords, partnerWordsOf } from '@/lib/partnerWords';
import { leanData } from '@/lib/leanText';
import type { Country, MissingReason, PartnerCode, ScoreSet, TiltDimension } from '@/model';
import { LEAN_THRESHOLDS, TILT_DIMENSIONS, tiltBasis } from '@/model';
import {
  useAfterPaint,
  useInStepWhenSeen,
  useScenarioView,
  type ScenarioView,
} from '@/scenario/hooks';
import {
  buildDifferences,
  buildScoreRows,
  chooseCountryPair,
  countryPairParams,
  COUNTRY_PARAMS,
  differencePhrase,
  pickCountry,
  scoreChartModel,
  type DifferenceRow,
  type Labelled,
  type PhraseNames,
  type ScoreRow,
} from './adapters';
import './compare.css';

/**
 * Two countries side by side on identical scales, their tilts together, and the differences.
 * The two are the reader's choice, kept in the address (`?a=KG&b=KZ`); the first two of the
 * data set by default.
 */
export function ComparePage() {
  const dataset = useDataset();
  const [params] = useSearchParams();
  const pair = chooseCountryPair(
    dataset.countries,
    params.get(COUNTRY_PARAMS.a),
    params.get(COUNTRY_PARAMS.b),
  );
  // Strings, so the view (memoised) is not rendered again when only the address changes.
  return <CompareView view={useScenarioView()} a={pair?.[0].code} b={pair?.[1].code} />;
}

/** The two selects that choose the countries; picking the other side's country swaps them. */
// Memoised: the view re-renders at every slider step, the choice only when the address changes.
const CountryChooser = memo(function CountryChooser({
  countries,
  pair,
}: {
  countries: readonly Country[];
  pair: [Country, Country];
}) {
  const t = useT('compare');
  const { pick } = useLocalized();
  const [, setParams] = useSearchParams();
  const choose = (side: 'a' | 'b') => (e: ChangeEvent<HTMLSelectElement>) => {
    const next = pickCountry([pair[0].code, pair[1].code], side, e.target.value);
    const written = countryPairParams(countries, next);
    setParams(
      (prev) => {
        const out = new URLSearchParams(prev);
        out.delete(COUNTRY_PARAMS.a);
        out.delete(COUNTRY_PARAMS.b);
        if (written) {
          out.set(COUNTRY_PARAMS.a, written.a);
          out.set(COUNTRY_PARAMS.b, written.b);
        }
        return out;
      },
      { replace: true, preventScrollReset: true },
    );
  };
  const select = (side: 'a' | 'b', label: string, value: string) => (
    <label className="control compare-choose-control">
      <span className="control-label">{label}</span>
      <select name={`compare-${side}`} value={value} onChange={choose(side)}>
        {countries.map((c) => (
          <option key={c.code} value={c.code}>
            {pick(c.name)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <fieldset className="compare-choose" data-testid="compare-choose">
      <legend className="visually-hidden">{t('choose.legend')}</legend>
      {select('a', t('choose.first'), pair[0].code)}
      {select('b', t('choose.second'), pair[1].code)}
    </fieldset>
  );
});

const CompareView = memo(function CompareView({
  view,
  a,
  b,
}: {
  view: ScenarioView;
  /** the codes of the two countries compared (chooseCountryPair); none below two countries */
  a: string | undefined;
  b: string | undefined;
}) {
  const t = useT('compare');
  const tc = useT('common');
  const dataset = useDataset();
  const { pick, language } = useLocalized();
  const { formatCount, formatPercent, formatSigned } = useFormat();
  const lean = useLeanWording();

  const pair = useMemo((): [Country, Country] | null => {
    const ca = dataset.countries.find((c) => c.code === a);
    const cb = dataset.countries.find((c) => c.code === b);
    return ca && cb ? [ca, cb] : null;
  }, [dataset.countries, a, b]);
  // The countries shown: the chosen two (the data set's own when it has fewer).
  const countries = useMemo(() => pair ?? dataset.countries, [pair, dataset.countries]);
  const names = countries.map((c) => pick(c.name));
  const countryList = joinList(names, t('and'));
  // The tilt's two partners by name from the data set, in the cases the sentences need; the
  // sentences of China − Russia stay as written when the data set's pair is that.
  const pairWords = useMemo(() => tiltPairValues(dataset, language), [dataset, language]);
  const partnerList = useMemo(
    () =>
      isChinaRussiaOnly(dataset)
        ? null
        : joinList(
            datasetPartnerWords(dataset, language).map((w) => w.of),
            t('and'),
          ),
    [dataset, language, t],
  );
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
  const countryLabels = useMemo(
    () => countries.map((c) => ({ code: c.code, label: pick(c.name) })),
    [countries, pick],
  );
  // The diverging chart with both countries: in step while on screen; below the fold (a
  // laptop's screen ends at the score cards) it follows once their frame is painted.
  const tiltRef = useRef<HTMLElement>(null);
  const tiltView = useInStepWhenSeen(tiltRef, view);
  const tiltRows = useMemo(
    () => buildTiltRows({ ...tiltView, countries: countryLabels, dimensions }),
    [tiltView, countryLabels, dimensions],
  );
  // The differences table and the tilts in words are long and below the chart: they follow
  // once the tilt chart's step is painted (useAfterPaint; a paint later when it is off screen),
  // instead of delaying the charts.
  // The step's rows go with it (built once per step, not again for the readings).
  const { view: painted, tiltRows: readingRows } = useAfterPaint(
    useMemo(() => ({ view: tiltView, tiltRows }), [tiltView, tiltRows]),
  );
  // Worded once per language, not at every slider step.
  const fixed = useMemo(
    () => ({
      title: `${t('pageTitle')} — ${tc('appName')}`,
      heading: t('heading', { countries: countryList }),
      intro: pairWords ? t('pair.intro', pairWords) : t('intro'),
      tiltTitle: t('tiltTitle', { countries: countryList }),
      tiltSource: pairWords ? t('pair.tiltSource', pairWords) : t('tiltSource'),
      tiltCaption: pairWords ? t('pair.tiltCaption', pairWords) : t('tiltTable.caption'),
    }),
    [t, tc, countryList, pairWords],
  );
  const tiltAria = useMemo(
    () =>
      t(pairWords ? 'pair.tiltAria' : 'tiltAria', {
        ...pairWords,
        countries: countryList,
        values: tiltRows
          .map(
            (r) =>
              `${r.dimensionLabel} ${r.country} ${formatSigned(r.tilt, lean.missing(r.missing))}`,
          )
          .join(', '),
      }),
    [t, pairWords, countryList, tiltRows, formatSigned, lean],
  );
  // The tilt card as one element, the same while its inputs are: a step it does not follow
  // yet (off screen) then leaves the whole card alone instead of rendering it again.
  const tiltCard = useMemo(
    () => (
      <TiltCard
        title={fixed.tiltTitle}
        source={fixed.tiltSource}
        caption={fixed.tiltCaption}
        rows={tiltRows}
        differs={tiltView.differs}
        pending={tiltView.pending}
        testId="compare-tilt"
        className="compare-tilt"
        cardRef={tiltRef}
      >
        <TiltBars rows={tiltRows} differs={tiltView.differs} ariaLabel={tiltAria} />
        <TiltReadings
          rows={readingRows}
          scores={painted.scores}
          tiltPair={dataset.tiltPair}
          countries={countries}
          heading={
            painted.uncertainty
              ? t('readings.heading', {
                  draws: formatCount(painted.uncertainty.draws),
                  threshold: formatPercent(LEAN_THRESHOLDS.share),
                })
              : t('readings.pending')
          }
        />
      </TiltCard>
    ),
    [
      fixed,
      tiltRows,
      tiltView.differs,
      tiltView.pending,
      tiltAria,
      readingRows,
      painted.scores,
      painted.uncertainty,
      dataset.tiltPair,
      countries,
      t,
      formatCount,
      formatPercent,
    ],
  );

  return (
    <div className="stack compare">
      <title>{fixed.title}</title>
      <h1>{fixed.heading}</h1>
      <p className="page-intro">{fixed.intro}</p>
      {pair ? <CountryChooser countries={dataset.countries} pair={pair} /> : null}

      <div className="grid-2">
        {countries.map((country) => (
          <CountryScores
            key={country.code}
            country={country}
            partners={partners}
            dimensions={dimensions}
            tiltPair={dataset.tiltPair}
            partnerList={partnerList}
            view={view}
          />
        ))}
      </div>

      {tiltCard}

      {pair ? (
        <Differences
          countries={pair}
          partnerName={partnerName}
          partners={partnerCodes}
          view={painted}
        />
      ) : null}
    </div>
  );
});

interface CountryScoresProps {
  country: Country;
  /** the partners' names as the card's title takes them; null for China and Russia alone */
  partnerList: string | null;
  partners: readonly Labelled<PartnerCode>[];
  dimensions: readonly Labelled<TiltDimension>[];
  tiltPair: [PartnerCode, PartnerCode];
  view: ScenarioView;
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
                    text={
                      row.tilt === null
                        ? ''
                        : lean.basisNote(tiltBasis(scores, tiltPair, row.country, row.dimension))
                    }
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
  partnerList,
  dimensions,
  tiltPair,
  view,
}: CountryScoresProps) {
  const { differs, pending } = view;
  const rows = useMemo(
    () => buildScoreRows({ ...view, country: country.code, partners, dimensions }),
    [view, country.code, partners, dimensions],
  );
  return (
    <CountryScoresCard
      country={country}
      partners={partners}
      partnerList={partnerList}
      tiltPair={tiltPair}
      rows={rows}
      differs={differs}
      pending={pending}
    />
  );
});

interface CountryScoresCardProps {
  country: Country;
  partnerList: string | null;
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
const CountryScoresCard = memo(function CountryScoresCard({
  country,
  partners,
  partnerList,
  tiltPair,
  rows,
  differs,
  pending,
}: CountryScoresCardProps) {
  const t = useT('compare');
  const tc = useT('common');
  const { pick } = useLocalized();
  const { formatScore } = useFormat();
  const name = pick(country.name);
  const model = useMemo(() => scoreChartModel(rows, tiltPair, differs), [rows, tiltPair, differs]);
  const noData = tc('noData');
  const lean = useLeanWording();
  const excluded = lean.missing('weights');
  // The same element at every step, so the card's source line is not rendered again.
  const source = useMemo(
    () => (
      <>
        {t('scoresSource')} <AppLink to={`/country/${country.code}`}>{name}</AppLink>
      </>
    ),
    [t, country.code, name],
  );
  const aria = t('scoresAria', {
    country: name,
    values: rows
      .map(
        (r) =>
          `${r.dimensionLabel} ${r.partnerLabel} ${formatScore(r.score, lean.missing(r.missing))}`,
      )
      .join(', '),
  });

  return (
    <ChartCard
      title={
        partnerList === null
          ? t('scoresTitle', { country: name })
          : t('scoresTitlePartners', { country: name, partners: partnerList })
      }
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
      <HorizontalBarChart
        model={model}
        signed={false}
        ariaLabel={aria}
        noDataLabel={noData}
        excludedLabel={excluded}
      />
    </ChartCard>
  );
}, sameData);

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
  const format = useFormat();
  const columns = useMemo((): (Column<ScoreRow> | false)[] => {
    const noData = tc('noData');
    const { formatScore, formatSigned } = format;
    return [
      ...scoreIntervalColumns<ScoreRow>(
        {
          dimension: t('scoresTable.dimension'),
          partner: t('scoresTable.partner'),
          score: t('scoresTable.score'),
          interval: t('scoresTable.interval'),
        },
        { lean, format, missing: pending ? t('scoresTable.pending') : '—' },
      ),
      differs && {
        id: 'baseline',
        header: t('scoresTable.baseline'),
        numeric: true,
        cell: (row) => formatScore(row.baseline, noData),
      },
      differs && {
        id: 'change',
        header: t('scoresTable.change'),
        numeric: true,
        cell: (row) => `${changeArrow(row.change)} ${formatSigned(row.change, noData)}`.trim(),
      },
    ];
  }, [t, tc, lean, format, differs, pending]);
  return (
    <DataTable
      className="compare-scores-table"
      caption={t('scoresTable.caption', { country: name })}
      columns={columns}
      rows={rows}
      rowKey={(row) => `${row.dimension}.${row.partner}`}
      rowProps={intervalCheckRow}
    />
  );
});

/** How the differences are worded: built once per language, shared by every row. */
interface DifferenceWording {
  noData: string;
  /** in place of a missing value, by why (src/lib/leanText.ts) */
  missing: (reason: MissingReason | null | undefined) => string;
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
const DifferenceItem = memo(function DifferenceItem({ row, wording }: DifferenceItemProps) {
  return <li>{wording.phrase(row)}.</li>;
}, sameData);

const key = (row: DifferenceRow) => `${row.kind}.${row.dimension}.${row.partner ?? ''}`;

/** Differences between the two countries, largest first, in numbers and in words. */
const Differences = memo(function Differences({
  countries,
  partners,
  partnerName,
  view,
}: {
  countries: [Country, Country];
  partners: PartnerCode[];
  partnerName: (code: PartnerCode) => string;
  view: ScenarioView;
}) {
  const { scores, baseline, differs, uncertainty } = view;
  const t = useT('compare');
  const tc = useT('common');
  const lean = useLeanWording();
  const { pick, language } = useLocalized();
  const dataset = useDataset();
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
    const forms = partnerWordsOf(dataset, language);
    const names: PhraseNames = {
      a,
      b,
      partner: partnerName,
      dimension: (d) => dimension.get(d) ?? d,
      dimensionLabel: (d) => dimensionLabel.get(d) ?? d,
      reading: (r) => lean.label(r, { share: false }),
      language,
      pair: tiltPairValues(dataset, language),
    };
    const measures = new Map<string, string>();
    return {
      noData: tc('noData'),
      missing: lean.missing,
      measure: (row) => {
        const key = `${row.kind}.${row.dimension}.${row.partner ?? ''}`;
        let text = measures.get(key);
        if (text === undefined) {
          text =
            row.kind === 'score'
              ? t('differences.scoreMeasure', {
                  dimension: names.dimensionLabel(row.dimension),
                  partner: t(`differences.partnerFrom.${row.partner ?? ''}`, {
                    defaultValue: forms(row.partner ?? '').of,
                  }),
                })
              : t('differences.tiltMeasure', { dimension: names.dimensionLabel(row.dimension) });
          measures.set(key, text);
        }
        return text;
      },
      phrase: (row) => differencePhrase(row, names, (key, options) => t(key, options)),
    };
  }, [a, b, partnerName, t, tc, lean, language, dataset]);
  // Worded once per language, not at every slider step.
  const fixed = useMemo(
    () => ({
      title: t('differences.title'),
      intro: t('differences.intro', { a, b }),
      none: t('differences.none'),
      noneExcluded: t('differences.noneExcluded', { where: tc('weightsPath') }),
      topHeading: t('differences.topHeading'),
      caption: t('differences.caption', { a, b }),
      rank: t('differences.rank'),
      measure: t('differences.measure'),
      difference: t('differences.difference', { a: ca.code, b: cb.code }),
      baselineDifference: t('differences.baselineDifference'),
      phrase: t('differences.phrase'),
    }),
    [t, tc, a, b, ca.code, cb.code],
  );
  const format = useFormat();
  const columns = useMemo((): (Column<DifferenceRow> | false)[] => {
    const { noData, missing } = wording;
    const { formatScore, formatSigned } = format;
    const value = (
      row: DifferenceRow,
      x: number | null,
      reason: MissingReason | null | undefined,
    ) => (row.kind === 'tilt' ? formatSigned : formatScore)(x, missing(reason));
    return [
      { id: 'rank', header: fixed.rank, numeric: true, cell: (_, i) => i + 1 },
      { id: 'measure', header: fixed.measure, rowHeader: true, cell: wording.measure },
      { id: 'a', header: a, numeric: true, cell: (row) => value(row, row.a, row.missing?.a) },
      { id: 'b', header: b, numeric: true, cell: (row) => value(row, row.b, row.missing?.b) },
      {
        id: 'diff',
        header: fixed.difference,
        numeric: true,
        className: 'compare-diff',
        cell: (row) => formatSigned(row.diff, missing(row.missing?.diff)),
      },
      differs && {
        id: 'baselineDiff',
        header: fixed.baselineDifference,
        numeric: true,
        cell: (row) => formatSigned(row.baselineDiff, noData),
      },
      { id: 'phrase', header: fixed.phrase, cell: wording.phrase },
    ];
  }, [wording, format, fixed, a, b, differs]);
  const withData = rows.filter((r) => r.diff !== null);

  return (
    <section className="card compare-differences" aria-labelledby="compare-differences-title">
      <h2 id="compare-differences-title" className="card-title">
        {fixed.title}
      </h2>
      <p className="muted">{fixed.intro}</p>
      {withData.length === 0 ? (
        <p>{rows.some((r) => r.missing?.diff === 'weights') ? fixed.noneExcluded : fixed.none}</p>
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
        <DataTable
          className="compare-differences-table"
          caption={fixed.caption}
          columns={columns}
          rows={rows}
          rowKey={key}
        />
      </div>
    </section>
  );
});
