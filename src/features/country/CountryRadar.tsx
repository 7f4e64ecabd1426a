import { memo, useMemo } from 'react';
import { ChartCard } from '@/components/ChartCard';
import { PartnerLabel } from '@/components/PartnerLabel';
import { RadarChart } from '@/components/charts/RadarChart';
import { radarTableRows, toRadarData, type RadarTableRow } from '@/components/charts/radarAdapter';
import { formatScore, formatSigned } from '@/lib/format';
import type { CountryCode, PartnerCode, ScoreSet } from '@/model';
import { readTilt } from './adapters';
import type { CountryText } from './useCountryText';

interface CountryRadarProps {
  country: CountryCode;
  countryName: string;
  scores: ScoreSet;
  baseline: ScoreSet;
  differs: boolean;
  partners: PartnerCode[];
  tiltPair: [PartnerCode, PartnerCode];
  version: string;
  text: CountryText;
}

/** The radar's numbers: the chart card's table view. */
const RadarTable = memo(function RadarTable({
  rows,
  countryName,
  differs,
  partners,
  tiltPair,
  text,
}: {
  rows: RadarTableRow[];
  countryName: string;
  differs: boolean;
  partners: PartnerCode[];
  tiltPair: [PartnerCode, PartnerCode];
  text: CountryText;
}) {
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
              <span className="country-table-tilt-words muted">
                {' '}
                — {text.tiltShort(readTilt(row.tilt, tiltPair))}
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
          rows={rows}
          countryName={countryName}
          differs={differs}
          partners={partners}
          tiltPair={tiltPair}
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
