import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataset } from '@/lib/dataset';
import { useLocalized } from '@/i18n/useLocalized';
import { DEFAULT_DRAWS } from '@/model';
import { confidenceCounts, formatDataDate, formatNumber, KG_TRADE_OPTION } from './derive';
import { SECTION_IDS } from './ids';
import { Section } from './parts';

export function DataSection() {
  const { t } = useTranslation('methodology');
  const dataset = useDataset();
  const { language } = useLocalized();
  const confidence = useMemo(() => confidenceCounts(dataset), [dataset]);
  const option = dataset.options.find((o) => o.key === KG_TRADE_OPTION) ?? dataset.options[0];
  const alternative = option?.choices.find((c) => c.value !== option.default) ?? option?.choices[0];

  const rows: { key: string; label: string; value: number; sub?: boolean }[] = [
    { key: 'countries', label: t('data.counts.countries'), value: dataset.countries.length },
    { key: 'partners', label: t('data.counts.partners'), value: dataset.partners.length },
    { key: 'indicators', label: t('data.counts.indicators'), value: dataset.indicators.length },
    {
      key: 'observations',
      label: t('data.counts.observations'),
      value: dataset.observations.length,
    },
    { key: 'reported', label: t('data.counts.reported'), value: confidence.reported, sub: true },
    { key: 'estimate', label: t('data.counts.estimate'), value: confidence.estimate, sub: true },
    { key: 'judgement', label: t('data.counts.judgement'), value: confidence.judgement, sub: true },
    { key: 'sources', label: t('data.counts.sources'), value: dataset.sources.length },
    { key: 'events', label: t('data.counts.events'), value: dataset.events.length },
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
      <div
        className="table-scroll methodology-table-scroll methodology-narrow-table"
        role="region"
        aria-labelledby={captionId}
        tabIndex={0}
      >
        <table className="methodology-table">
          <caption id={captionId}>{t('data.countsCaption')}</caption>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className={row.sub ? 'methodology-sub-row' : undefined}>
                <th scope="row">{row.label}</th>
                <td className="num">{formatNumber(row.value, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
