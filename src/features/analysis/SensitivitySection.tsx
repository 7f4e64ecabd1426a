import { memo, useId, useMemo, useState, type ChangeEvent } from 'react';
import { ChartCard } from '@/components/ChartCard';
import { DataTable } from '@/components/DataTable';
import { PartnerLabel } from '@/components/PartnerLabel';
import { useLeanWording } from '@/components/useLeanWording';
import { useDataset } from '@/lib/dataset';
import type { MissingReason, TiltDimension, Tornado } from '@/model';
import { findTiltMissing, TILT_DIMENSIONS } from '@/model';
import { tornadoAxis } from './adapters';
import { tornadoesOf } from './compute';
import { TornadoChart } from './TornadoChart';
import type { TornadoBarInput } from './tornadoLayout';
import { useAnalysisText, type AnalysisText, type ScenarioSectionProps } from './useAnalysisText';

const isTiltDimension = (x: string): x is TiltDimension =>
  (TILT_DIMENSIONS as readonly string[]).includes(x);

/** For each country, the assumptions that move the chosen tilt most across their ranges. */
export const SensitivitySection = memo(function SensitivitySection({
  scenario,
  scores,
}: ScenarioSectionProps) {
  const text = useAnalysisText();
  const { t } = text;
  const dataset = useDataset();
  const selectId = useId();
  const [dimension, setDimension] = useState<TiltDimension>('overall');
  const tornadoes = useMemo(
    () => tornadoesOf(dataset, scenario, dimension),
    [dataset, scenario, dimension],
  );
  const axis = useMemo(() => tornadoAxis(tornadoes), [tornadoes]);

  return (
    <section className="page-section" aria-labelledby="analysis-sensitivity">
      <h2 id="analysis-sensitivity">{t('sensitivity.heading')}</h2>
      <p className="page-section-intro">{t('sensitivity.intro')}</p>
      <p className="analysis-choose">
        <label htmlFor={selectId}>{t('sensitivity.choose')}</label>
        <select
          id={selectId}
          name="sensitivity-tilt"
          value={dimension}
          onChange={(e: ChangeEvent<HTMLSelectElement>) => {
            if (isTiltDimension(e.target.value)) setDimension(e.target.value);
          }}
        >
          {TILT_DIMENSIONS.map((d) => (
            <option key={d} value={d}>
              {text.dimensionLabel(d)}
            </option>
          ))}
        </select>
      </p>
      <div className="grid-2">
        {tornadoes.map((tornado) => (
          <TornadoCard
            key={tornado.country}
            tornado={tornado}
            missing={findTiltMissing(scores, tornado.country, tornado.dimension)}
            axis={axis}
            text={text}
          />
        ))}
      </div>
    </section>
  );
});

const TornadoCard = memo(function TornadoCard({
  tornado,
  missing,
  axis,
  text,
}: {
  tornado: Tornado;
  /** why the tilt is missing (src/model/missing.ts); null when it has a number */
  missing: MissingReason | null;
  axis: { domain: [number, number]; ticks: number[] };
  text: AnalysisText;
}) {
  const { t, sides } = text;
  const lean = useLeanWording();
  const country = text.countryName(tornado.country);
  const tilt = text.tiltName(tornado.dimension);
  const base = text.formatSigned(tornado.base, lean.missing(missing));
  const bars = useMemo(
    () =>
      tornado.rows.map((row): TornadoBarInput => {
        const indicator = text.indicatorById.get(row.indicator);
        const name = indicator ? text.indicatorName(indicator) : row.indicator;
        return {
          key: row.key,
          label: `${row.partner} · ${name}`,
          atLow: row.atLow,
          atHigh: row.atHigh,
          lowText: indicator ? text.value(row.lowValue, indicator) : text.formatValue(row.lowValue),
          highText: indicator
            ? text.value(row.highValue, indicator)
            : text.formatValue(row.highValue),
          swingText: t('sensitivity.swing', { value: text.formatScore(row.swing) }),
        };
      }),
    [tornado.rows, text, t],
  );
  const aria = t('sensitivity.aria', {
    country,
    tilt,
    base,
    values: bars
      .map((b) =>
        t('sensitivity.ariaRow', {
          assumption: b.label,
          low: b.lowText,
          high: b.highText,
          atLow: text.formatSigned(b.atLow),
          atHigh: text.formatSigned(b.atHigh),
        }),
      )
      .join('; '),
  });

  let body;
  if (tornado.base === null)
    body = (
      <p className="muted">
        {t(missing === 'weights' ? 'sensitivity.excluded' : 'sensitivity.noData', {
          where: text.tc('weightsPath'),
        })}
      </p>
    );
  else if (bars.length === 0) body = <p className="muted">{t('sensitivity.none')}</p>;
  else
    body = (
      <TornadoChart
        bars={bars}
        base={tornado.base}
        baseText={t('sensitivity.now', { value: base })}
        domain={axis.domain}
        ticks={axis.ticks}
        sides={sides}
        ariaLabel={aria}
      />
    );

  return (
    <ChartCard
      title={t('sensitivity.title', { country, tilt })}
      source={t('sensitivity.source')}
      testId={`analysis-tornado-${tornado.country}`}
      table={
        <DataTable
          className="analysis-table"
          caption={t('sensitivity.table.caption', { country, tilt, base })}
          columns={[
            {
              id: 'rank',
              header: t('sensitivity.table.rank'),
              numeric: true,
              cell: (_, i) => i + 1,
            },
            {
              id: 'assumption',
              header: t('sensitivity.table.assumption'),
              rowHeader: true,
              cell: (row) => {
                const indicator = text.indicatorById.get(row.indicator);
                return indicator ? text.indicatorName(indicator) : row.indicator;
              },
            },
            {
              id: 'partner',
              header: t('sensitivity.table.partner'),
              cell: (row) => <PartnerLabel code={row.partner} />,
            },
            {
              id: 'range',
              header: t('sensitivity.table.range'),
              numeric: true,
              cell: (_, i) => `${bars[i]!.lowText} – ${bars[i]!.highText}`,
            },
            {
              id: 'atLow',
              header: t('sensitivity.table.atLow'),
              numeric: true,
              cell: (row) => text.formatSigned(row.atLow),
            },
            {
              id: 'atHigh',
              header: t('sensitivity.table.atHigh'),
              numeric: true,
              cell: (row) => text.formatSigned(row.atHigh),
            },
            {
              id: 'swing',
              header: t('sensitivity.table.swing'),
              numeric: true,
              cell: (row) => text.formatScore(row.swing),
            },
          ]}
          rows={tornado.rows}
          rowKey={(row) => row.key}
        />
      }
    >
      {body}
    </ChartCard>
  );
});
