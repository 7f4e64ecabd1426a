import { memo, useMemo } from 'react';
import { ChartCard } from '@/components/ChartCard';
import { DataTable, type Column } from '@/components/DataTable';
import { PartnerLabel } from '@/components/PartnerLabel';
import { RadarChart } from '@/components/charts/RadarChart';
import { radarTableRows, toRadarData, type RadarTableRow } from '@/components/charts/radarAdapter';
import { useLeanWording } from '@/components/useLeanWording';
import { useDataset } from '@/lib/dataset';
import { joinList } from '@/lib/headline';
import { leanData } from '@/lib/leanText';
import { isChinaRussiaOnly, isChinaRussiaTilt } from '@/lib/chinaRussia';
import { datasetPartnerWords, pairValues, tiltPairWords } from '@/lib/partnerWords';
import type { CountryCode, PartnerCode, ScoreSet, UncertaintyResult } from '@/model';
import { findMissing, findTiltDraws, findTiltMissing, readTilt } from '@/model';
import type { ScenarioView } from '@/scenario/hooks';
import type { CountryText } from './useCountryText';

interface CountryRadarProps {
  country: CountryCode;
  countryName: string;
  /** the scenario's scores and the baseline's; each tilt is read with its share of draws */
  view: ScenarioView;
  partners: PartnerCode[];
  tiltPair: [PartnerCode, PartnerCode];
  version: string;
  text: CountryText;
}

/** The radar's numbers: the chart card's table view. */
const RadarTable = memo(function RadarTable({
  country,
  rows,
  countryName,
  differs,
  partners,
  scores,
  baseline,
  uncertainty,
  text,
  tiltHeader,
}: {
  /** the tilt column's header: "Tilt (China − Russia)", or the data set's pair */
  tiltHeader: string;
  country: CountryCode;
  rows: RadarTableRow[];
  /** the scores the rows show and the baseline's: why a missing one is missing */
  scores: ScoreSet;
  baseline: ScoreSet;
  countryName: string;
  differs: boolean;
  partners: PartnerCode[];
  uncertainty: UncertaintyResult | undefined;
  text: CountryText;
}) {
  const readingOf = (row: RadarTableRow) =>
    readTilt(
      row.tilt,
      findTiltDraws(uncertainty, country, row.dimension).pPositive,
      findTiltMissing(scores, country, row.dimension),
    );
  const { t } = text;
  const lean = useLeanWording();
  // "no data" or "excluded by weights", by why the score is missing (src/model/missing.ts)
  const missing = (set: ScoreSet, row: RadarTableRow, partner: PartnerCode) =>
    lean.missing(findMissing(set, country, partner, row.dimension));
  const columns: Column<RadarTableRow>[] = [
    { id: 'dimension', header: t('radar.dimension'), rowHeader: true, cell: (row) => row.label },
    ...partners.map((partner, i): Column<RadarTableRow> => ({
      id: partner,
      header: <PartnerLabel code={partner} />,
      numeric: true,
      cell: (row) => (
        <>
          {text.formatScore(row.values[i] ?? null, missing(scores, row, partner))}
          {differs && (
            <span className="country-table-baseline muted">
              {' '}
              (
              {t('baseline', {
                value: text.formatScore(row.baseline[i] ?? null, missing(baseline, row, partner)),
              })}
              )
            </span>
          )}
        </>
      ),
    })),
    {
      id: 'tilt',
      header: tiltHeader,
      numeric: true,
      cell: (row) => (
        <>
          {text.formatSigned(
            row.tilt,
            lean.missing(findTiltMissing(scores, country, row.dimension)),
          )}
          <span
            className="country-table-tilt-words muted"
            {...leanData(country, row.dimension, readingOf(row))}
          >
            {' '}
            — {text.tiltShort(readingOf(row), row.tilt)}
          </span>
        </>
      ),
    },
  ];
  return (
    <DataTable
      className="country-radar-table"
      caption={t('radar.caption', { country: countryName })}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.dimension}
    />
  );
});

/** The radar of the four dimensions, China vs Russia, with its table view. */
function CountryRadarImpl({
  country,
  countryName,
  view,
  partners,
  tiltPair,
  version,
  text,
}: CountryRadarProps) {
  const { scores, baseline, differs, uncertainty } = view;
  const { t, dimensionName, language } = text;
  const dataset = useDataset();
  const data = useMemo(
    () => toRadarData(scores, differs ? baseline : null, country, partners, dimensionName),
    [scores, baseline, differs, country, partners, dimensionName],
  );
  const rows = useMemo(() => radarTableRows(data, partners, tiltPair), [data, partners, tiltPair]);
  const partnerNames = useMemo(
    () => Object.fromEntries(partners.map((p) => [p, text.partnerName(p)])),
    [partners, text],
  );
  // Worded once per language, not at every slider step.
  const labels = useMemo(
    () => ({
      title: t('radar.title'),
      // The partners and the tilt's pair by name from the data set, unless they are China and
      // Russia, whose sentences stay as written.
      description: isChinaRussiaOnly(dataset)
        ? t('radar.description')
        : t('radar.descriptionPartners', {
            partners: joinList(
              datasetPartnerWords(dataset, language).map((w) => w.of),
              t('lede.and'),
            ),
          }),
      tiltHeader: isChinaRussiaTilt(dataset)
        ? t('radar.tilt')
        : t('radar.tiltPair', pairValues(tiltPairWords(dataset, language))),
      baselineLegend: t('radar.baselineLegend'),
      source: (
        <>
          {t('radar.source', { version })} <a href="#country-indicators">{t('radar.sourceLink')}</a>
        </>
      ),
    }),
    [t, version, dataset, language],
  );

  return (
    <ChartCard
      title={labels.title}
      source={labels.source}
      // An element, not a rendered table: it is worded only when the reader opens it.
      table={
        <RadarTable
          country={country}
          rows={rows}
          countryName={countryName}
          differs={differs}
          partners={partners}
          scores={scores}
          baseline={baseline}
          uncertainty={uncertainty}
          text={text}
          tiltHeader={labels.tiltHeader}
        />
      }
      testId="country-radar"
      className="country-radar-card"
    >
      <RadarChart
        data={data}
        partners={partners}
        partnerNames={partnerNames}
        showBaseline={differs}
        baselineLabel={labels.baselineLegend}
        title={labels.title}
        description={labels.description}
      />
    </ChartCard>
  );
}

export const CountryRadar = memo(CountryRadarImpl);
