import { useId, useMemo, type ReactNode, type Ref } from 'react';
import { ChartCard } from '@/components/ChartCard';
import { RadarChart } from '@/components/charts/RadarChart';
import { toRadarData } from '@/components/charts/radarAdapter';
import { useViewLink } from '@/components/useProvenance';
import { useScenarioStore } from '@/scenario/store';
import { LinkQr } from './LinkQr';
import { VersusLegend, VersusTiltChart } from '@/components/versus/VersusTiltChart';
import { useScenarioPair, useSideNames } from '@/components/versus/useScenarioPair';
import { IntervalNote } from '@/components/charts/IntervalNote';
import { outsideIntervalMark } from '@/components/charts/intervalMark';
import { DataTable, type Column } from '@/components/DataTable';
import { PartnerLabel } from '@/components/PartnerLabel';
import { TiltBars, TiltCard } from '@/components/charts/TiltCard';
import { buildTiltRows, changeArrow } from '@/components/charts/tiltAdapter';
import { assumptionValueText } from '@/components/assumptionValueText';
import { useT } from '@/i18n/fastT';
import { assumptionChanges, type ChangeValue } from '@/scenario/assumptionChanges';
import { useLocalized } from '@/i18n/useLocalized';
import { useDataset } from '@/lib/dataset';
import { useLeanWording } from '@/components/useLeanWording';
import { usePlaceNames } from '@/components/usePlaceNames';
import { useCountryHeadline } from '@/components/useCountryHeadline';
import { tiltPairValues } from '@/lib/chinaRussia';
import { formatsFor } from '@/lib/format';
import { joinList } from '@/lib/headline';
import { pairSentence, partnerWordsOf } from '@/lib/partnerWords';
import { leanData } from '@/lib/leanText';
import { methodChoiceName, methodSentence } from '@/lib/methodRisks';
import type {
  CountryCode,
  Dimension,
  MissingReason,
  PartnerCode,
  TiltDimension,
  UncertaintyResult,
} from '@/model';
import {
  datasetCounts,
  DEFAULT_DRAWS,
  LEAN_THRESHOLDS,
  differenceMissing,
  findMissing,
  findOverall,
  findTilt,
  findTiltMissing,
  prepare,
  TILT_DIMENSIONS,
} from '@/model';
import { useScenarioView, type ScenarioScores } from '@/scenario/hooks';
import {
  flipRiskSentence,
  keyRisks,
  largestTiltGap,
  methodRisks,
  moved,
  overallConfidence,
  overallReading,
  overviewTakeaway,
  presetEffects,
  rankOverallReadings,
  risksTakeaway,
  scoreChanges,
  swingRisks,
  tiltConfidence,
  tiltFlip,
  evidenceShare,
  judgementSentence,
  largestOverallMove,
  type RiskNames,
  type ScoreChange,
  type SlideRef,
} from './slides';

/** How many changed assumptions, moved scores, flips, method choices and swings a slide lists at most. */
const MAX_ROWS = 6;
/** How many presets the scenario slide lists while no scenario is set. */
const MAX_PRESETS = 4;
const TOP_FLIPS = 3;
const TOP_METHODS = 2;
const TOP_SWINGS = 2;

/** Names and words every slide uses, in the reader's language. */
function useWords() {
  const t = useT('briefing');
  const tc = useT('common');
  const { pick, language } = useLocalized();
  const { countryName, partnerName } = usePlaceNames();
  const lean = useLeanWording();
  const dataset = useDataset();
  return useMemo(() => {
    // The tilt pair named from the data set where it is not China − Russia.
    const pair = tiltPairValues(dataset, language);
    /** a message naming the tilt pair: `key`, or its `pair.` one (src/lib/partnerWords.ts) */
    const named = (key: string, values?: Record<string, unknown>) =>
      pairSentence(t, pair, key, `pair.${key}`, values);
    // «в пользу Китая»; a partner the messages do not list: its forms from the data set
    const forms = partnerWordsOf(dataset, language);
    const partnerIn = (code: PartnerCode) =>
      t(`risks.partnerIn.${code}`, { defaultValue: forms(code).of });
    const dimensionLabel = (d: TiltDimension) => tc(`dimensions.${d}`);
    const value = (v: ChangeValue): string => assumptionValueText(tc, language, pick, v);
    const formats = formatsFor(language);
    const noData = tc('noData');
    /**
     * a moved score or tilt before (`baseline`) or after (`value`): a score plain, a tilt
     * signed; without a number, why ("excluded by weights" or "no data")
     */
    const changeValue = (row: ScoreChange, side: 'baseline' | 'value') => {
      const missing = lean.missing(row.missing[side]);
      return row.partner
        ? formats.formatScore(row[side], missing)
        : formats.formatSigned(row[side], missing);
    };
    /** what stands in for a row's missing change: why either side has no number */
    const changeMissing = (row: ScoreChange | undefined) =>
      lean.missing(row ? differenceMissing(row.missing.baseline, row.missing.value) : null);
    /** a change with its arrow: "▲ +2.7"; without a number, why (of either side) */
    const changeText = (change: number | null, row?: ScoreChange) =>
      `${changeArrow(change)} ${formats.formatSigned(change, changeMissing(row))}`;
    return {
      // the numbers in the same language: words.formatScore(x), words.formatSigned(x), …
      ...formats,
      t,
      tc,
      pick,
      language,
      noData,
      countryName,
      partnerName,
      partnerIn,
      pair,
      named,
      dimensionLabel,
      value,
      changeValue,
      changeMissing,
      changeText,
      /** what stands in for a missing score or tilt, by why (src/lib/leanText.ts) */
      missing: lean.missing,
      /** under a large number the weights exclude: how to bring it back */
      excludedHint: tc('excludedHint', { where: tc('weightsPath') }),
    };
  }, [t, tc, pick, language, countryName, partnerName, lean, dataset]);
}

type Words = ReturnType<typeof useWords>;

interface SlideProps {
  words: Words;
  data: ScenarioScores;
  uncertainty: UncertaintyResult | undefined;
  pending: boolean;
}

/** The slide's content below the frame: heading, numbers or charts, takeaway, source. */
export function SlideBody({
  slide,
  headingId,
  headingRef,
}: {
  slide: SlideRef;
  /** the heading's id, which the slide's section is labelled by */
  headingId: string;
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  const words = useWords();
  const view = useScenarioView();
  const { uncertainty, pending } = view;
  const props: SlideProps = { words, data: view, uncertainty, pending };
  const dataset = useDataset();
  const heading = (text: string) => (
    <h1 id={headingId} ref={headingRef} tabIndex={-1} className="briefing-heading">
      {text}
    </h1>
  );
  const names = dataset.countries.map((c) => words.pick(c.name));
  const and = useT('overview')('headline.and');
  switch (slide.kind) {
    case 'overview':
      return (
        <>
          {heading(words.named('overview.heading', { countries: joinList(names, and) }))}
          <OverviewSlide {...props} />
        </>
      );
    case 'country':
      return (
        <>
          {heading(words.countryName(slide.id))}
          <CountrySlide {...props} country={slide.id} />
        </>
      );
    case 'confidence': {
      const country = slide.country!;
      return (
        <>
          {heading(words.t('titles.confidence', { country: words.countryName(country) }))}
          <ConfidenceSlide {...props} country={country} />
        </>
      );
    }
    case 'compare': {
      const [a, b] = dataset.countries;
      return (
        <>
          {heading(words.t('compare.heading', { a: words.pick(a!.name), b: words.pick(b!.name) }))}
          <CompareSlide {...props} pair={[a!.code, b!.code]} />
        </>
      );
    }
    case 'scenario':
      return (
        <>
          {heading(words.t('titles.scenario'))}
          <ScenarioSlide {...props} />
        </>
      );
    case 'versus':
      return <VersusSlide words={words} heading={heading} />;
    case 'risks':
      return (
        <>
          {heading(words.t('titles.risks'))}
          <RisksSlide {...props} />
        </>
      );
  }
}

function Takeaway({ children }: { children: ReactNode }) {
  return (
    <p className="briefing-takeaway" data-testid="briefing-takeaway">
      {children}
    </p>
  );
}

function Source({ children }: { children: ReactNode }) {
  return <p className="briefing-source">{children}</p>;
}

function ScoresSource({ words }: { words: Words }) {
  const dataset = useDataset();
  return <Source>{words.t('source.scores', { count: datasetCounts(dataset).cellsCoded })}</Source>;
}

/** "▲ +3.8" beside a number the scenario moved, with its baseline. */
function Delta({
  words,
  value,
  base,
  signed = false,
}: {
  words: Words;
  value: number | null;
  base: number | null;
  /** a tilt: its baseline keeps its sign ("+2.9"), as the big number beside it */
  signed?: boolean;
}) {
  const change = value === null || base === null ? null : value - base;
  if (!moved(change)) return null;
  const format = signed ? words.formatSigned : words.formatScore;
  return (
    <span className="briefing-delta">
      <span className="visually-hidden">{words.t('scenario.change')} </span>
      {words.changeText(change)}
      {` (${words.t('scenario.from')} ${format(base, words.noData)})`}
    </span>
  );
}

/** A country's overall dependence on each partner and its overall tilt, in big type. */
function BigNumbers({
  words,
  data,
  uncertainty,
  country,
}: {
  words: Words;
  data: ScenarioScores;
  uncertainty: UncertaintyResult | undefined;
  country: CountryCode;
}) {
  const dataset = useDataset();
  const lean = useLeanWording();
  const { scores, baseline, differs } = data;
  const tilt = findTilt(scores, country, 'overall');
  const tiltMissing = findTiltMissing(scores, country, 'overall');
  const reading = overallReading(scores, uncertainty, country);
  // A number the weights exclude says so in shorter big type (src/model/missing.ts).
  const bigClass = (missing: MissingReason | null) =>
    missing === 'weights' ? 'briefing-big briefing-big-excluded' : 'briefing-big';
  return (
    <dl className="briefing-numbers" data-testid={`numbers-${country}`}>
      {dataset.partners.map((p) => {
        const value = findOverall(scores, country, p.code);
        const missing = findMissing(scores, country, p.code, 'overall');
        return (
          <div key={p.code} className="briefing-number">
            <dt>
              <PartnerLabel code={p.code} />
              <span className="visually-hidden">
                {' '}
                {words.t('overallScore', { partner: words.pick(p.name) })}
              </span>
            </dt>
            <dd>
              <span className={bigClass(missing)}>
                {words.formatScore(value, lean.missing(missing))}
              </span>
              {differs ? (
                <Delta words={words} value={value} base={findOverall(baseline, country, p.code)} />
              ) : null}
            </dd>
          </div>
        );
      })}
      <div className="briefing-number">
        <dt>{words.named('overallTilt')}</dt>
        <dd>
          <span className={bigClass(tiltMissing)}>
            {words.formatSigned(tilt, lean.missing(tiltMissing))}
          </span>
          <span className="briefing-lean" {...leanData(country, 'overall', reading)}>
            {/* the big type already says "excluded by weights": here, how to bring it back */}
            {tiltMissing === 'weights' ? words.excludedHint : lean.label(reading)}
          </span>
          {differs ? (
            <Delta
              words={words}
              value={tilt}
              base={findTilt(baseline, country, 'overall')}
              signed
            />
          ) : null}
        </dd>
      </div>
    </dl>
  );
}

function OverviewSlide({ words, data, uncertainty }: SlideProps) {
  const dataset = useDataset();
  const lean = useLeanWording();
  const codes = dataset.countries.map((c) => c.code);
  const takeaway = overviewTakeaway(rankOverallReadings(data.scores, uncertainty, codes), {
    t: words.t,
    country: words.countryName,
    tilt: (tilt) => words.formatSigned(tilt, words.noData),
    reading: (reading) => lean.label(reading),
    pair: words.pair,
  });
  return (
    <>
      <div className="briefing-columns">
        {dataset.countries.map((c) => (
          <section key={c.code} className="briefing-column" aria-labelledby={`brief-${c.code}`}>
            <h2 id={`brief-${c.code}`}>{words.pick(c.name)}</h2>
            <BigNumbers words={words} data={data} uncertainty={uncertainty} country={c.code} />
          </section>
        ))}
      </div>
      {/* The title slide: the takeaway, and the link to this view for the phones in the room. */}
      <div className="briefing-overview-foot">
        <div>
          {takeaway ? <Takeaway>{takeaway}</Takeaway> : null}
          <ScoresSource words={words} />
        </div>
        <ViewLinkQr words={words} />
      </div>
    </>
  );
}

/** A QR code of this view's link (with its scenario) and the link as text beside it. */
function ViewLinkQr({ words }: { words: Words }) {
  // Only the scenario's params: a pasted link's other params and hash would not fit a QR code.
  const viewLink = useViewLink({ scenarioOnly: true });
  // The link reads the store when called: follow the scenario so it is never stale.
  useScenarioStore((s) => s.scenario);
  useScenarioStore((s) => s.presetId);
  const link = viewLink();
  return (
    <figure className="briefing-share">
      <LinkQr text={link} label={words.t('share.qrLabel')} />
      <figcaption>
        <span className="briefing-share-lead">{words.t('share.lead')}</span>
        <span className="briefing-share-link" data-testid="briefing-link">
          {link}
        </span>
      </figcaption>
    </figure>
  );
}

/** A tilt chart of some countries in a chart card with its table view. */
function SlideTilts({
  words,
  data,
  uncertainty,
  pending,
  countries,
  title,
  ariaTemplate,
  testId,
}: SlideProps & {
  countries: CountryCode[];
  title: string;
  /** a message with {{values}} */
  ariaTemplate: (values: string) => string;
  testId: string;
}) {
  const { differs } = data;
  const rows = useMemo(
    () =>
      buildTiltRows({
        ...data,
        countries: countries.map((code) => ({ code, label: words.countryName(code) })),
        dimensions: TILT_DIMENSIONS.map((key) => ({ key, label: words.dimensionLabel(key) })),
        uncertainty,
      }),
    [data, countries, words, uncertainty],
  );
  const multi = countries.length > 1;
  const values = rows
    .map(
      (r) =>
        `${r.dimensionLabel}${multi ? ` ${r.country}` : ''} ${words.formatSigned(r.tilt, words.missing(r.missing))}`,
    )
    .join(', ');
  return (
    <TiltCard
      title={title}
      source={words.named('source.tilt')}
      caption={words.named('table.caption')}
      rows={rows}
      differs={differs}
      pending={pending}
      testId={testId}
      className="briefing-chart"
    >
      <TiltBars rows={rows} differs={differs} ariaLabel={ariaTemplate(values)} dense />
    </TiltCard>
  );
}

/** A country's radar (the shared chart and adapter of src/components) in a card with its table. */
function SlideRadar({ words, data, country }: SlideProps & { country: CountryCode }) {
  const dataset = useDataset();
  const lean = useLeanWording();
  const { scores, baseline, differs } = data;
  const partners = useMemo(() => dataset.partners.map((p) => p.code), [dataset.partners]);
  const radar = useMemo(
    () =>
      toRadarData(scores, differs ? baseline : null, country, partners, (d: Dimension) =>
        words.dimensionLabel(d),
      ),
    [scores, baseline, differs, country, partners, words],
  );
  const partnerNames = useMemo(
    () => Object.fromEntries(partners.map((p) => [p, words.partnerName(p)])),
    [partners, words],
  );
  const name = words.countryName(country);
  const title = words.t('country.radarTitle', { country: name });
  return (
    <ChartCard
      title={title}
      source={words.t('source.radar')}
      testId={`brief-radar-${country}`}
      className="briefing-chart briefing-radar"
      table={
        <BriefingTable
          testId={`brief-radar-table-${country}`}
          caption={title}
          rows={radar.map((d) => ({ ...d, key: d.dimension }))}
          label={{ header: words.t('country.dimension'), cell: (d) => d.label }}
          numbers={partners.map((p) => ({
            header: words.partnerName(p),
            cell: (d: (typeof radar)[number]) =>
              words.formatScore(
                d.values[p],
                lean.missing(findMissing(scores, country, p, d.dimension)),
              ),
          }))}
        />
      }
    >
      <RadarChart
        data={radar}
        partners={partners}
        partnerNames={partnerNames}
        showBaseline={differs}
        baselineLabel={words.t('country.radarBaseline')}
        title={title}
        description={words.t('country.radarDescription', {
          values: radar
            .map(
              (d) =>
                `${d.label}: ${partners
                  .map(
                    (p) =>
                      `${words.partnerName(p)} ${words.formatScore(
                        d.values[p],
                        lean.missing(findMissing(scores, country, p, d.dimension)),
                      )}`,
                  )
                  .join(', ')}`,
            )
            .join('; '),
        })}
      />
    </ChartCard>
  );
}

function CountrySlide(props: SlideProps & { country: CountryCode }) {
  const { words, data, uncertainty, country } = props;
  const name = words.countryName(country);
  const sentence = useCountryHeadline(country, name, data.scores, uncertainty, words.pair);
  const countries = useMemo(() => [country], [country]);
  return (
    <>
      {/* The numbers and the takeaway beside the charts: the charts take the height left. */}
      <div className="briefing-main briefing-main-country">
        <div className="briefing-side">
          <BigNumbers words={words} data={data} uncertainty={uncertainty} country={country} />
          <Takeaway>{sentence}</Takeaway>
        </div>
        <SlideRadar {...props} />
        <SlideTilts
          {...props}
          countries={countries}
          title={words.t('country.tiltTitle', { country: name })}
          ariaTemplate={(values) => words.named('country.tiltAria', { country: name, values })}
          testId={`brief-tilt-${country}`}
        />
      </div>
      <ScoresSource words={words} />
    </>
  );
}

function CompareSlide(props: SlideProps & { pair: [CountryCode, CountryCode] }) {
  const { words, data, pair } = props;
  const gap = largestTiltGap(data.scores, pair, TILT_DIMENSIONS);
  const countries = useMemo(() => [...pair], [pair]);
  return (
    <>
      {/* Two countries make a tall chart: the takeaway goes beside it, not below. */}
      <div className="briefing-main briefing-main-compare">
        <SlideTilts
          {...props}
          countries={countries}
          title={words.t('compare.tiltTitle')}
          ariaTemplate={(values) => words.named('compare.tiltAria', { values })}
          testId="brief-tilt-compare"
        />
        <Takeaway>
          {gap
            ? words.t('compare.takeaway', {
                dimension: words.dimensionLabel(gap.dimension).toLocaleLowerCase(words.language),
                higher: words.countryName(gap.higher.country),
                higherTilt: words.formatSigned(gap.higher.tilt, words.noData),
                lower: words.countryName(gap.lower.country),
                lowerTilt: words.formatSigned(gap.lower.tilt, words.noData),
                gap: words.formatScore(gap.gap, words.noData),
              })
            : words.t('compare.takeawayNone')}
        </Takeaway>
      </div>
      <ScoresSource words={words} />
    </>
  );
}

function measureOf(words: Words, row: ScoreChange): string {
  const country = words.countryName(row.country);
  return row.partner
    ? words.t('scenario.overall', { country, partner: words.partnerName(row.partner) })
    : words.t('scenario.tilt', {
        country,
        dimension: words.dimensionLabel(row.dimension).toLocaleLowerCase(words.language),
      });
}

/** A moved score or tilt as a takeaway sentence names it: what, which way, from and to. */
function changeParams(words: Words, row: ScoreChange) {
  return {
    measure: measureOf(words, row),
    arrow: changeArrow(row.change),
    change: words.formatSigned(row.change, words.changeMissing(row)),
    from: words.changeValue(row, 'baseline'),
    to: words.changeValue(row, 'value'),
  };
}

interface BriefingColumn<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  className?: string;
}

/**
 * Every table on a slide: a column naming each row, then columns of numbers. The section's
 * heading names the table on screen, so its caption is for screen readers only.
 */
function BriefingTable<Row extends { key: string }>({
  testId,
  caption,
  rows,
  label,
  numbers,
  scrollable = false,
}: {
  testId: string;
  caption: string;
  rows: readonly Row[];
  label: BriefingColumn<Row>;
  numbers: readonly BriefingColumn<Row>[];
  /** too many columns for a phone: the table scrolls sideways in its own focusable frame */
  scrollable?: boolean;
}) {
  const captionId = useId();
  const columns: Column<Row>[] = [
    { id: 'label', header: label.header, rowHeader: true, cell: label.cell },
    ...numbers.map((n, i) => ({ ...n, id: `n${i}`, numeric: true })),
  ];
  return (
    <DataTable
      className="briefing-table"
      testId={testId}
      caption={caption}
      captionClassName="visually-hidden"
      rows={rows}
      rowKey={(row) => row.key}
      columns={columns}
      {...(scrollable ? { scrollRegion: '', captionId } : {})}
    />
  );
}

function ScenarioSlide({ words, data }: SlideProps) {
  const dataset = useDataset();
  const { scenario, scores, baseline, differs, changeCount } = data;
  const changes = useMemo(
    () => (differs ? assumptionChanges(dataset, scenario) : []),
    [dataset, scenario, differs],
  );
  const effects = useMemo(
    () =>
      scoreChanges(
        scores,
        baseline,
        dataset.countries.map((c) => c.code),
        dataset.partners.map((p) => p.code),
        TILT_DIMENSIONS,
        // what moved, and what lost (or gained) its number: "54.0 → excluded by weights"
      ).filter((r) => moved(r.change) || (r.value === null) !== (r.baseline === null)),
    [scores, baseline, dataset],
  );
  if (!differs) return <BaselineScenario words={words} data={data} />;
  const top = effects.find((r) => moved(r.change)) ?? effects[0];
  return (
    <>
      <div className="briefing-columns">
        <section className="briefing-column" aria-labelledby="brief-changed">
          <h2 id="brief-changed">{words.t('scenario.changedTitle')}</h2>
          <BriefingTable
            testId="brief-changes"
            caption={words.t('scenario.changedCaption')}
            rows={changes.slice(0, MAX_ROWS)}
            label={{ header: words.t('scenario.assumption'), cell: (c) => words.pick(c.label) }}
            numbers={[
              { header: words.t('scenario.from'), cell: (c) => words.value(c.from) },
              {
                header: words.t('scenario.to'),
                cell: (c) => (
                  <>
                    <span aria-hidden="true">→ </span>
                    {words.value(c.to)}
                  </>
                ),
              },
            ]}
          />
          {changes.length > MAX_ROWS ? (
            <p>{words.t('scenario.moreChanged', { count: changes.length - MAX_ROWS })}</p>
          ) : null}
        </section>
        <section className="briefing-column" aria-labelledby="brief-effects">
          <h2 id="brief-effects">{words.t('scenario.effectsTitle')}</h2>
          {effects.length === 0 ? (
            <p>{words.t('scenario.noneMoved')}</p>
          ) : (
            <BriefingTable
              testId="brief-effects"
              caption={words.t('scenario.effectsCaption')}
              rows={effects.slice(0, MAX_ROWS)}
              label={{ header: words.t('scenario.measure'), cell: (r) => measureOf(words, r) }}
              numbers={[
                { header: words.t('scenario.from'), cell: (r) => words.changeValue(r, 'baseline') },
                { header: words.t('scenario.to'), cell: (r) => words.changeValue(r, 'value') },
                {
                  header: words.t('scenario.change'),
                  className: 'briefing-change',
                  cell: (r) => words.changeText(r.change, r),
                },
              ]}
            />
          )}
        </section>
      </div>
      <Takeaway>
        {top
          ? words.t('scenario.takeaway', changeParams(words, top))
          : words.t('scenario.takeawayNone', { count: changeCount })}
      </Takeaway>
      <Source>{words.t('source.scenario')}</Source>
    </>
  );
}

/** How many assumptions the A-against-B slide lists at most. */
const MAX_VERSUS_ROWS = 3;

/**
 * Scenario A against scenario B, as the address names them (the comparison `/versus` shows,
 * src/components/versus): each country's tilts under both on one axis, the assumptions in
 * which they differ, and the overall tilt that moves most.
 */
function VersusSlide({ words, heading }: { words: Words; heading: (text: string) => ReactNode }) {
  const tv = useT('versus');
  const pair = useScenarioPair();
  const nameWords = useMemo(
    () => ({ baseline: tv('names.baseline'), custom: tv('names.custom') }),
    [tv],
  );
  const [nameA, nameB] = useSideNames(pair, nameWords);
  const { comparison } = pair;
  const changes = comparison.assumptions;
  const top = largestOverallMove(comparison.tilts);
  return (
    <>
      {heading(words.t('titles.versus'))}
      <div className="briefing-main briefing-main-versus">
        <div className="briefing-versus-chart">
          <VersusLegend
            sideA={tv('chart.sideA', { name: nameA })}
            sideB={tv('chart.sideB', { name: nameB })}
          />
          <VersusTiltChart comparison={comparison} ariaLabel={tv('chart.aria')} fill />
        </div>
        <section className="briefing-versus-side" aria-labelledby="brief-versus-assumptions">
          <h2 id="brief-versus-assumptions">
            {changes.length > MAX_VERSUS_ROWS
              ? tv('slide.shown', {
                  shown: words.formatCount(MAX_VERSUS_ROWS),
                  total: words.formatCount(changes.length),
                })
              : `${tv('assumptions.heading')} (${words.formatCount(changes.length)})`}
          </h2>
          {changes.length === 0 ? (
            <p>{tv('assumptions.none')}</p>
          ) : (
            <BriefingTable
              testId="brief-versus-assumptions"
              caption={tv('assumptions.caption')}
              rows={changes.slice(0, MAX_VERSUS_ROWS)}
              label={{ header: tv('assumptions.assumption'), cell: (c) => words.pick(c.label) }}
              numbers={[
                { header: 'A', cell: (c) => words.value(c.from) },
                { header: 'B', cell: (c) => words.value(c.to) },
              ]}
            />
          )}
        </section>
      </div>
      <Takeaway>
        {top
          ? tv('slide.takeaway', {
              count: changes.length,
              country: words.countryName(top.country),
              from: words.formatSigned(top.a),
              to: words.formatSigned(top.b),
              change: words.changeText(top.difference),
            })
          : tv('slide.same')}
      </Takeaway>
      <ScoresSource words={words} />
    </>
  );
}

/** The names a flip or method sentence needs, in the reader's language. */
function useRiskNames(words: Words): RiskNames {
  const dataset = useDataset();
  return useMemo((): RiskNames => {
    const option = (key: string) => dataset.options.find((o) => o.key === key);
    return {
      country: words.countryName,
      tiltName: (dimension) => words.t(`risks.tilts.${dimension}`),
      partner: words.partnerName,
      partnerIn: words.partnerIn,
      indicator: (indicator) => words.pick(indicator.name),
      number: (value) => words.formatValue(value),
      language: words.language,
      tilt: (x) => words.formatSigned(x, words.noData),
      option: (key) => {
        const found = option(key);
        return found ? words.pick(found.label) : key;
      },
      choice: (key, value) => {
        const found = option(key)?.choices.find((c) => c.value === value);
        return found ? words.pick(found.label) : value;
      },
    };
  }, [dataset, words]);
}

function RisksSlide({ words, data }: SlideProps) {
  const dataset = useDataset();
  /** method choices in words (src/lib/methodRisks.ts) */
  const tr = useT('risks');
  const { scenario } = data;
  const codes = useMemo(() => dataset.countries.map((c) => c.code), [dataset.countries]);
  const { flips, outside, methods, swings } = useMemo(() => {
    const prepared = prepare(dataset, scenario);
    const risks = keyRisks(prepared, codes, TILT_DIMENSIONS);
    return {
      flips: risks.flips,
      outside: risks.outside,
      methods: methodRisks(dataset, scenario),
      swings: swingRisks(prepared, codes, TOP_SWINGS),
    };
  }, [dataset, scenario, codes]);
  const names = useRiskNames(words);
  const indicatorName = (id: string) => {
    const indicator = dataset.indicators.find((i) => i.id === id);
    return indicator ? words.pick(indicator.name) : id;
  };
  const shownFlips = flips.slice(0, TOP_FLIPS);
  const shownMethods = methods.flips.slice(0, TOP_METHODS);
  return (
    <>
      <div className="briefing-columns briefing-risks">
        <div className="briefing-column">
          <section aria-labelledby="brief-flips">
            <h2 id="brief-flips">{words.t('risks.flipsTitle')}</h2>
            {shownFlips.length === 0 ? (
              <p>{words.t('risks.noFlips')}</p>
            ) : (
              <ol className="briefing-list" data-testid="brief-flips">
                {shownFlips.map((f) => (
                  <li key={`${f.country}.${f.dimension}`} data-kind={f.outcome}>
                    {flipRiskSentence(f, names, words.t)}
                  </li>
                ))}
              </ol>
            )}
            {outside.length > 0 ? (
              <p className="briefing-aside" data-testid="brief-outside">
                {words.t('risks.outside', { count: outside.length })}
              </p>
            ) : null}
          </section>
        </div>
        <div className="briefing-column">
          <section aria-labelledby="brief-methods">
            <h2 id="brief-methods">{words.t('risks.methodTitle')}</h2>
            {shownMethods.length === 0 ? (
              <p data-testid="brief-methods-none">
                {words.t('risks.method.none', {
                  tested: methods.tested.map((c) => methodChoiceName(c, names, tr)).join('; '),
                })}
              </p>
            ) : (
              <ul className="briefing-list" data-testid="brief-methods">
                {shownMethods.map((m) => (
                  <li
                    key={`${m.country}.${m.dimension}.${JSON.stringify(m.choice)}`}
                    data-kind={m.outcome}
                  >
                    {methodSentence(m, names, tr)}
                  </li>
                ))}
              </ul>
            )}
            {methods.flips.length > shownMethods.length ? (
              <p className="briefing-aside">
                {words.t('risks.method.more', {
                  count: methods.flips.length - shownMethods.length,
                })}
              </p>
            ) : null}
          </section>
          <section aria-labelledby="brief-swings">
            <h2 id="brief-swings">{words.t('risks.swingTitle')}</h2>
            <BriefingTable
              testId="brief-swings"
              caption={words.t('risks.swingCaption')}
              rows={swings}
              label={{
                header: words.t('risks.assumption'),
                cell: (s) =>
                  `${words.countryName(s.country)} · ${words.partnerName(s.partner)} · ${indicatorName(s.indicator)}`,
              }}
              numbers={[
                {
                  header: words.t('risks.atLow'),
                  cell: (s) => words.formatSigned(s.atLow, words.noData),
                },
                {
                  header: words.t('risks.atHigh'),
                  cell: (s) => words.formatSigned(s.atHigh, words.noData),
                },
                {
                  header: words.t('risks.swing'),
                  cell: (s) => words.formatScore(s.swing, words.noData),
                },
              ]}
            />
          </section>
        </div>
      </div>
      <Takeaway>{risksTakeaway(flips, methods.flips, names, words.t, tr)}</Takeaway>
      <Source>{words.t('source.risks')}</Source>
    </>
  );
}

/**
 * The scenario slide while no scenario is set: rather than "nothing changed", what each
 * prepared scenario (preset) would move most if applied, largest first.
 */
function BaselineScenario({ words, data }: Pick<SlideProps, 'words' | 'data'>) {
  const dataset = useDataset();
  const { baseline } = data;
  const effects = useMemo(
    () => presetEffects(dataset, baseline, TILT_DIMENSIONS),
    [dataset, baseline],
  );
  const top = effects[0];
  const shown = effects.slice(0, MAX_PRESETS);
  return (
    <>
      <p className="briefing-lead">{words.t('scenario.asPublishedBody')}</p>
      {shown.length > 0 ? (
        <section className="briefing-presets" aria-labelledby="brief-presets">
          <h2 id="brief-presets">{words.t('scenario.presetsTitle')}</h2>
          <BriefingTable
            testId="brief-presets"
            scrollable
            caption={words.t('scenario.presetsCaption')}
            rows={shown.map((e) => ({ ...e, key: e.preset.id }))}
            label={{ header: words.t('scenario.preset'), cell: (e) => words.pick(e.preset.name) }}
            numbers={[
              {
                header: words.t('scenario.largest'),
                className: 'briefing-measure',
                cell: (e) => measureOf(words, e.largest!),
              },
              {
                header: words.t('scenario.from'),
                cell: (e) => words.changeValue(e.largest!, 'baseline'),
              },
              {
                header: words.t('scenario.presetValue'),
                cell: (e) => words.changeValue(e.largest!, 'value'),
              },
              {
                header: words.t('scenario.change'),
                className: 'briefing-change',
                cell: (e) => words.changeText(e.largest!.change, e.largest!),
              },
              {
                header: words.t('scenario.movedCount'),
                cell: (e) => words.formatCount(e.moved),
              },
            ]}
          />
        </section>
      ) : null}
      <Takeaway>
        {top?.largest
          ? words.t('scenario.takeawayPreset', {
              preset: words.pick(top.preset.name),
              ...changeParams(words, top.largest),
            })
          : words.t('scenario.takeawayBaseline')}
      </Takeaway>
      <Source>{words.t('source.presets')}</Source>
    </>
  );
}

/**
 * How sure the numbers of a country are: its overall tilt and scores with their 90%
 * intervals, the share of draws on each side for every tilt, what would flip the overall
 * tilt, and how much of the scores rests on rubric judgements. Every number from the model.
 */
function ConfidenceSlide({
  words,
  data,
  uncertainty,
  country,
}: SlideProps & { country: CountryCode }) {
  const dataset = useDataset();
  const lean = useLeanWording();
  const names = useRiskNames(words);
  const { scenario, scores } = data;
  const partners = useMemo(() => dataset.partners.map((p) => p.code), [dataset.partners]);
  const tilts = tiltConfidence(scores, uncertainty, country, TILT_DIMENSIONS);
  const overall = tilts.find((x) => x.dimension === 'overall')!;
  const partnerScores = overallConfidence(scores, uncertainty, country, partners);
  const { flip, evidence } = useMemo(
    () => ({
      flip: tiltFlip(prepare(dataset, scenario), country, 'overall'),
      evidence: evidenceShare(dataset, scenario, [country]),
    }),
    [dataset, scenario, country],
  );
  const name = words.countryName(country);
  // a share of draws, or why the tilt has none (src/model/missing.ts)
  const percent = (x: number | null, row: { missing: MissingReason | null }) =>
    words.formatPercent(x, lean.missing(row.missing));
  const tableId = `brief-draws-${country}`;
  // A tilt outside its own interval is marked, as on /analysis: unmarked, it reads as an error.
  const mark = (x: (typeof tilts)[number]) => outsideIntervalMark(x.tilt, x.interval);
  return (
    <>
      <div className="briefing-main briefing-main-confidence">
        <div className="briefing-side">
          <dl className="briefing-numbers" data-testid={`confidence-${country}`}>
            <div className="briefing-number">
              <dt>{words.named('overallTilt')}</dt>
              <dd>
                <span
                  className={
                    overall.missing === 'weights'
                      ? 'briefing-big briefing-big-excluded'
                      : 'briefing-big'
                  }
                >
                  {words.formatSigned(overall.tilt, lean.missing(overall.missing))}
                </span>
                <span className="briefing-lean" {...leanData(country, 'overall', overall.reading)}>
                  {overall.missing === 'weights' ? words.excludedHint : lean.label(overall.reading)}
                </span>
              </dd>
            </div>
          </dl>
          <p className="briefing-interval" data-role="tilt-interval">
            {words.t('confidence.interval', {
              range: words.formatInterval(overall.interval, true) ?? words.t('confidence.drawing'),
            })}
            <IntervalNote text={lean.intervalNote('tilt', overall.tilt, overall.interval)} />
          </p>
          <ul className="briefing-scores">
            {partnerScores.map((p) => (
              <li key={p.partner} data-partner={p.partner}>
                <PartnerLabel code={p.partner} />{' '}
                <strong>{words.formatScore(p.score, lean.missing(p.missing))}</strong>{' '}
                <span className="briefing-muted">
                  {words.t('confidence.scoreInterval', {
                    range: words.formatInterval(p.interval) ?? words.t('confidence.drawing'),
                  })}
                </span>
                <IntervalNote text={lean.intervalNote('score', p.score, p.interval)} />
              </li>
            ))}
          </ul>
          {/* in this column, which has room to spare: under the table, the slide would scroll */}
          {tilts.some((x) => mark(x) !== '') ? (
            <p className="briefing-footnote" data-testid={`outside-${country}`}>
              {words.t('confidence.outside')}
            </p>
          ) : null}
        </div>
        <section className="briefing-column" aria-labelledby={tableId}>
          <h2 id={tableId}>{words.t('confidence.drawsTitle')}</h2>
          <BriefingTable
            testId={`brief-draws-${country}`}
            scrollable
            caption={words.t('confidence.drawsCaption', { country: name })}
            rows={tilts.map((x) => ({ ...x, key: x.dimension }))}
            label={{
              header: words.t('country.dimension'),
              cell: (x) =>
                x.dimension === 'overall'
                  ? words.t('confidence.overall')
                  : words.dimensionLabel(x.dimension),
            }}
            numbers={[
              {
                header: words.t('confidence.value'),
                cell: (x) => `${words.formatSigned(x.tilt, lean.missing(x.missing))}${mark(x)}`,
              },
              {
                header: words.t('confidence.range'),
                cell: (x) => words.formatInterval(x.interval, true) ?? lean.missing(x.missing),
              },
              {
                header: words.t('confidence.drawsTo', { partner: lean.partnerTo('positive') }),
                cell: (x) => percent(x.positive, x),
              },
              {
                header: words.t('confidence.drawsTo', { partner: lean.partnerTo('negative') }),
                cell: (x) => percent(x.negative, x),
              },
            ]}
          />
          <Takeaway>
            {flip
              ? flipRiskSentence(flip, names, words.t)
              : words.t('confidence.noFlip', { country: name })}
          </Takeaway>
          <p className="briefing-evidence" data-testid={`evidence-${country}`}>
            {judgementSentence(words.t, words, name, evidence)}
          </p>
          <Source>
            {words.t('source.confidence', {
              draws: words.formatCount(uncertainty?.draws ?? DEFAULT_DRAWS),
              share: words.formatPercent(LEAN_THRESHOLDS.share),
            })}
          </Source>
        </section>
      </div>
    </>
  );
}
