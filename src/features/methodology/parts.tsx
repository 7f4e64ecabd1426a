// Small building blocks of the methodology view: sections, formula lines and the
// rendering of an observation with its sources (kept inside this feature on purpose).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, type DataTableProps } from '@/components/DataTable';
import { useDataset } from '@/lib/dataset';
import { formatsFor } from '@/lib/format';
import { useLocalized } from '@/i18n/useLocalized';
import type { Observation, ScenarioInput } from '@/model';
import { unitLabel, withUnit } from '@/model';
import { footnoteOwners, localizePeriod, reportSourceId } from './derive';
import { caveatHeadingId, sourceAnchor } from './ids';
import { useSourceLabel } from './labels';

export function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  const headingId = `${id}-heading`;
  return (
    <section id={id} className="methodology-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}

/** A section that shows the scenario's values beside the published ones while they differ. */
export interface ScenarioSectionProps {
  scenario: ScenarioInput;
  differs: boolean;
}

/**
 * A table of this view: the shared DataTable in a focusable region that scrolls sideways on a
 * narrow screen; `narrow` for a table of a few short columns.
 */
export function MethodologyTable<Row>({
  className,
  narrow = false,
  ...table
}: Omit<DataTableProps<Row>, 'scrollRegion'> & { narrow?: boolean }) {
  return (
    <DataTable
      {...table}
      className={className ? `methodology-table ${className}` : 'methodology-table'}
      scrollRegion={`methodology-table-scroll${narrow ? ' methodology-narrow-table' : ''}`}
    />
  );
}

/** One caveat under its own heading; `name` makes its ids (`methodology-caveat-<name>`). */
export function Caveat({
  name,
  heading,
  children,
}: {
  name: string;
  heading: string;
  children: ReactNode;
}) {
  const headingId = caveatHeadingId(name);
  return (
    <section
      className="methodology-caveat"
      aria-labelledby={headingId}
      data-testid={`caveat-${name}`}
    >
      <h3 id={headingId}>{heading}</h3>
      {children}
    </section>
  );
}

/** A formula as plain monospace text (line breaks kept, wrapped on narrow screens). */
export function Formula({ children }: { children: string }) {
  return (
    <p className="methodology-formula">
      <code>{children}</code>
    </p>
  );
}

/** A unit in the reader's language (the model's table of units), otherwise as in the data. */
export function Unit({ unit }: { unit: string }) {
  const { language } = useLocalized();
  return <>{unitLabel(unit, language)}</>;
}

/** "28% of GDP", "1,500 USD m", "level 2 of 4". */
function useValueText() {
  const { t } = useTranslation('methodology');
  const { language } = useLocalized();
  return (value: number, unit: string, ordinal: boolean): string => {
    const v = formatsFor(language).formatValue(value);
    if (ordinal) return t('observation.level', { value: v });
    return withUnit(v, unit, language);
  };
}

/** Author and outlet of each source, linked to its entry in the sources list; report footnotes too. */
export function SourceRefs({
  ids,
  footnotes = [],
}: {
  ids: readonly string[];
  footnotes?: readonly number[];
}) {
  const { t } = useTranslation('methodology');
  const dataset = useDataset();
  const label = useSourceLabel();
  if (ids.length === 0) return null;
  const owners = footnoteOwners(dataset.sources);
  const reportId = reportSourceId(dataset);
  return (
    <p className="methodology-refs">
      <span className="muted">{t('observation.sourcesLabel')} </span>
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 ? '; ' : ''}
          <a href={`#${sourceAnchor(id)}`}>{label(id)}</a>
          {id === reportId && footnotes.length > 0 ? (
            <>
              {' ('}
              {footnotes.map((n, j) => {
                const owner = owners.get(n);
                const text = t('sources.note', { n });
                return (
                  <span key={n}>
                    {j > 0 ? ', ' : ''}
                    {owner ? <a href={`#${sourceAnchor(owner)}`}>{text}</a> : text}
                  </span>
                );
              })}
              {')'}
            </>
          ) : null}
        </span>
      ))}
    </p>
  );
}

/**
 * Who, what, value and range, period and confidence of one observation, e.g.
 * "Kyrgyzstan · China · Share of foreign trade: 37.5% (range 33.9 – 44.1), 2024 [estimate]".
 */
export function ObservationHead({
  observation,
  withIndicator = true,
}: {
  observation: Observation;
  /** false where the indicator is already named above (the evidence section) */
  withIndicator?: boolean;
}) {
  const { t } = useTranslation('methodology');
  const { t: tc } = useTranslation();
  const dataset = useDataset();
  const { pick, language } = useLocalized();
  const valueText = useValueText();
  const indicator = dataset.indicators.find((i) => i.id === observation.indicator);
  const country = dataset.countries.find((c) => c.code === observation.country);
  const partner = dataset.partners.find((p) => p.code === observation.partner);
  const ordinal = indicator?.kind === 'ordinal';
  const unit = indicator?.unit ?? '';
  const range =
    observation.low !== observation.value || observation.high !== observation.value
      ? t('observation.range', {
          low: formatsFor(language).formatValue(observation.low),
          high: formatsFor(language).formatValue(observation.high),
        })
      : null;
  const who = [
    country ? pick(country.name) : observation.country,
    partner ? pick(partner.name) : observation.partner,
    ...(withIndicator ? [indicator ? pick(indicator.name) : observation.indicator] : []),
  ].join(' · ');
  return (
    <p className="methodology-obs-head">
      <strong>{who}</strong>
      {': '}
      <span className="methodology-obs-value">{valueText(observation.value, unit, ordinal)}</span>
      {range ? ` (${range})` : ''},{' '}
      {observation.period ? localizePeriod(observation.period, language) : observation.year}{' '}
      <span className={`badge methodology-confidence-${observation.confidence}`}>
        {tc(`confidence.${observation.confidence}`)}
      </span>
    </p>
  );
}

/** One observation: who, what, value and range, period, the note in our words, its sources. */
export function ObservationItem({ observation }: { observation: Observation }) {
  const { pick } = useLocalized();
  return (
    <li className="methodology-obs">
      <ObservationHead observation={observation} />
      <p className="methodology-obs-note">{pick(observation.note)}</p>
      <SourceRefs ids={observation.sources} footnotes={observation.footnotes ?? []} />
    </li>
  );
}
