import { memo, useMemo } from 'react';
import { ChartCard } from '@/components/ChartCard';
import { PartnerLabel } from '@/components/PartnerLabel';
import { RadarChart } from '@/components/charts/RadarChart';
import { radarTableRows, toRadarData, type RadarTableRow } from '@/components/charts/radarAdapter';
import { formatScore, formatSigned } from '@/lib/format';
import { leanData } from '@/lib/leanText';
import type { CountryCode, PartnerCode, ScoreSet, UncertaintyResult } from '@/model';
import { readTilt } from '@/model';
import type { CountryText } from './useCountryText';

interface CountryRadarProps {
  country: CountryCode;
  countryName: string;
  scores: ScoreSet;
  baseline: ScoreSet;
  differs: boolean;
  partners: PartnerCode[];
  tiltPair: [PartnerCode, PartnerCode];
  /** the Monte Carlo result: each tilt is read with its share of draws */
  uncertainty: UncertaintyResult | undefined;
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
  uncertainty,
  text,
}: {
  country: CountryCode;
  rows: RadarTableRow[];
  countryName: string;
  differs: boolean;
  partners: PartnerCode[];
  uncertainty: UncertaintyResult | undefined;
  text: CountryText;
}) {
  const readingOf = (row: RadarTableRow) =>
    readTilt(
      row.tilt,
      uncertainty?.tilts.find((x) => x.country === country && x.dimension === row.dimension)
        ?.pPositive ?? null,
    );
  const { t } = text;
  const noData = t('common:noData');
  return (
    <table className="country-radar-table">
      <caption>{t('radar.caption', { country: countryName })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('radar.dimension')}</th>
          {partners.map((p) => (
            <th scope="col" key={p} className="num">
              <PartnerLabel code={p} />
            </th>
          ))}
          <th scope="col" className="num">
            {t('radar.tilt')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.dimension}>
            <th scope="row">{row.label}</th>
            {row.values.map((v, i) => (
              <td key={partners[i]} className="num">
                {formatScore(v, noData)}
                {differs && (
                  <span className="country-table-baseline muted">
                    {' '}
                    ({t('baseline', { value: formatScore(row.baseline[i] ?? null, noData) })})
                  </span>
                )}
              </td>
            ))}
            <td className="num">
              {formatSigned(row.tilt, noData)}
              <span
                className="country-table-tilt-words muted"
                {...leanData(country, row.dimension, readingOf(row))}
              >
                {' '}
                — {text.tiltShort(readingOf(row), row.tilt)}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
});

/** The radar of the four dimensions, China vs Russia, with its table view. */
function CountryRadarImpl({
  country,
  countryName,
  scores,
  baseline,
  differs,
  partners,
  tiltPair,
  uncertainty,
  version,
  text,
}: CountryRadarProps) {
  const { t, dimensionName } = text;
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
      description: t('radar.description'),
      baselineLegend: t('radar.baselineLegend'),
      source: (
        <>
          {t('radar.source', { version })} <a href="#country-indicators">{t('radar.sourceLink')}</a>
        </>
      ),
    }),
    [t, version],
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
          uncertainty={uncertainty}
          text={text}
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
