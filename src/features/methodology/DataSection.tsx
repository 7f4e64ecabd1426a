import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataset } from '@/lib/dataset';
import { useLocalized } from '@/i18n/useLocalized';
import { datasetCounts, DEFAULT_DRAWS, type Confidence } from '@/model';
import { formatDataDate, formatNumber, KG_TRADE_OPTION } from './derive';
import { SECTION_IDS } from './ids';
import { MethodologyTable, Section } from './parts';

const CONFIDENCES: Confidence[] = ['reported', 'computed', 'estimate', 'judgement'];

export function DataSection() {
  const { t } = useTranslation('methodology');
  const dataset = useDataset();
  const { language } = useLocalized();
  const counts = useMemo(() => datasetCounts(dataset), [dataset]);
  const option = dataset.options.find((o) => o.key === KG_TRADE_OPTION) ?? dataset.options[0];
  const alternative = option?.choices.find((c) => c.value !== option.default) ?? option?.choices[0];

  const rows: { key: string; label: string; value: number; sub?: boolean }[] = [
    { key: 'countries', label: t('data.counts.countries'), value: dataset.countries.length },
    { key: 'partners', label: t('data.counts.partners'), value: dataset.partners.length },
    { key: 'indicators', label: t('data.counts.indicators'), value: dataset.indicators.length },
    { key: 'cells', label: t('data.counts.cells'), value: counts.cells },
    { key: 'cellsCoded', label: t('data.counts.cellsCoded'), value: counts.cellsCoded },
    { key: 'missingCells', label: t('data.counts.missingCells'), value: counts.missingCells },
    { key: 'readings', label: t('data.counts.readings'), value: counts.readings },
    ...CONFIDENCES.map((c) => ({
      key: c,
      label: t(`data.counts.${c}`),
      value: counts.byConfidence[c],
      sub: true,
    })),
    { key: 'sources', label: t('data.counts.sources'), value: counts.sources },
    { key: 'events', label: t('data.counts.events'), value: dataset.events.length },
    { key: 'context', label: t('data.counts.context'), value: (dataset.context ?? []).length },
    { key: 'presets', label: t('data.counts.presets'), value: dataset.presets.length },
  ];

  const draws = String(DEFAULT_DRAWS);
  const commands: { command: string; what: string }[] = [
    { command: 'npm run fulcrum -- scores', what: t('data.reproduce.commands.scores') },
    { command: 'npm run fulcrum -- scores --format csv', what: t('data.reproduce.commands.csv') },
    {
      command: `npm run fulcrum -- scores --uncertainty ${draws}`,
      what: t('data.reproduce.commands.uncertainty', {
        draws: formatNumber(DEFAULT_DRAWS, language),
      }),
    },
    ...(option && alternative
      ? [
          {
            command: `npm run fulcrum -- scores --option ${option.key}=${alternative.value}`,
            what: t('data.reproduce.commands.option'),
          },
        ]
      : []),
    {
      command: 'npm run fulcrum -- scores --scenario scenario.json',
      what: t('data.reproduce.commands.scenario'),
    },
    { command: 'npm run fulcrum -- dataset', what: t('data.reproduce.commands.dataset') },
  ];

  const captionId = 'methodology-data-caption';
  return (
    <Section id={SECTION_IDS.data} title={t('data.heading')}>
      <p className="methodology-prose methodology-version" data-testid="data-version">
        {t('data.version', {
          version: dataset.version,
          date: formatDataDate(dataset.date, language),
        })}
      </p>
      <MethodologyTable
        narrow
        caption={t('data.countsCaption')}
        captionId={captionId}
        columns={[
          { id: 'label', header: null, rowHeader: true, cell: (row) => row.label },
          {
            id: 'value',
            header: null,
            numeric: true,
            cell: (row) => formatNumber(row.value, language),
          },
        ]}
        rows={rows}
        rowKey={(row) => row.key}
        rowProps={(row) => ({ className: row.sub ? 'methodology-sub-row' : undefined })}
      />
      <h3>{t('data.reproduce.heading')}</h3>
      <p className="methodology-prose">{t('data.reproduce.p1')}</p>
      <ul className="methodology-commands">
        {commands.map((c) => (
          <li key={c.command}>
            <code>{c.command}</code>
            <span className="muted"> — {c.what}</span>
          </li>
        ))}
      </ul>
    </Section>
  );
}
