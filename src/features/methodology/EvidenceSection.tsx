import { memo, useCallback, useMemo, useState } from 'react';
import { usePrinting } from '@/components/printMedia';
import { useAfterPaint } from '@/scenario/hooks';
import { useTranslation } from 'react-i18next';
import { useDataset } from '@/lib/dataset';
import { useLocalized } from '@/i18n/useLocalized';
import type { Observation } from '@/model';
import { evidenceByIndicator, type IndicatorEvidence } from './derive';
import { CodingBlock, DerivationBlock, Quotes } from './EvidenceParts';
import { SECTION_IDS } from './ids';
import { useCodeName } from './labels';
import { ObservationHead, Section, SourceRefs } from './parts';

/** One reading: value, range, period and confidence; our note; the rubric line; formulas; quotes. */
function EvidenceReading({ observation }: { observation: Observation }) {
  const { t } = useTranslation('methodology');
  const dataset = useDataset();
  const { pick } = useLocalized();
  const indicator = dataset.indicators.find((i) => i.id === observation.indicator);
  const variant = observation.variant;
  const option = variant ? dataset.options.find((o) => o.key === variant.option) : undefined;
  const choice = variant ? option?.choices.find((c) => c.value === variant.value) : undefined;
  const own = observation.evidence;
  return (
    <li
      className="methodology-obs methodology-evidence-reading"
      data-testid="evidence-reading"
      data-cell={`${observation.country}.${observation.partner}.${observation.indicator}`}
    >
      <ObservationHead observation={observation} withIndicator={false} />
      {variant ? (
        <p className="methodology-obs-variant muted">
          {t('evidence.reading', {
            option: option ? pick(option.label) : variant.option,
            choice: choice ? pick(choice.label) : variant.value,
          })}
        </p>
      ) : null}
      <p className="methodology-obs-note">{pick(observation.note)}</p>
      <CodingBlock observation={observation} indicator={indicator} />
      <DerivationBlock observation={observation} />
      {own.length > 0 ? (
        <>
          <p className="methodology-quotes-heading">
            <strong>{t('evidence.quotes')}</strong>
          </p>
          <Quotes evidence={own} />
        </>
      ) : observation.derivation ? null : (
        <p className="methodology-prose muted">{t('evidence.noEvidence')}</p>
      )}
      <SourceRefs ids={observation.sources} footnotes={observation.footnotes ?? []} />
    </li>
  );
}

/**
 * One indicator's readings and missing cells, folded. The readings (about half of the page)
 * are drawn once `filled`, or as soon as they are opened: folded, they take no room, so they
 * can follow the page's first paint without moving anything.
 */
const IndicatorEvidenceDetails = memo(function IndicatorEvidenceDetails({
  entry,
  open,
  filled,
  onToggle,
}: {
  entry: IndicatorEvidence;
  open: boolean;
  filled: boolean;
  onToggle: (id: string, open: boolean) => void;
}) {
  const { t } = useTranslation('methodology');
  const dataset = useDataset();
  const { pick } = useLocalized();
  const { indicator, readings, missing } = entry;
  const name = useCodeName();
  const counts = [
    t('evidence.readings', { count: readings.length }),
    ...(missing.length > 0 ? [t('evidence.missing', { count: missing.length })] : []),
  ].join(' · ');
  return (
    <details
      className="methodology-evidence-indicator"
      data-indicator={indicator.id}
      open={open}
      onToggle={(e) => onToggle(indicator.id, e.currentTarget.open)}
    >
      <summary>
        <span className="methodology-evidence-name">{pick(indicator.name)}</span>{' '}
        <span className="methodology-evidence-counts">({counts})</span>
      </summary>
      {readings.length > 0 && (filled || open) ? (
        <ol className="methodology-obs-list methodology-evidence-readings">
          {readings.map((o, i) => (
            <EvidenceReading key={`${o.country}.${o.partner}.${i}`} observation={o} />
          ))}
        </ol>
      ) : null}
      {missing.length > 0 ? (
        <p className="methodology-prose methodology-evidence-missing">
          {t('evidence.missingCells', {
            cells: missing
              .map(
                (c) =>
                  `${name(dataset.countries, c.country)} · ${name(dataset.partners, c.partner)}`,
              )
              .join('; '),
          })}
        </p>
      ) : null}
    </details>
  );
});

/** Every reading with its quoted evidence, by dimension and indicator, each indicator folded. */
export const EvidenceSection = memo(function EvidenceSection() {
  const { t } = useTranslation('methodology');
  const { t: tc } = useTranslation();
  const dataset = useDataset();
  const groups = useMemo(() => evidenceByIndicator(dataset), [dataset]);
  const ids = useMemo(
    () => groups.flatMap((g) => g.indicators.map((i) => i.indicator.id)),
    [groups],
  );
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  // False in the first render (and in the build's prerender), true once it is painted: the
  // folded readings neither hold the first paint nor block input while they are drawn.
  const painted = useAfterPaint(true, false);
  // Printed, every reading is in the handout (closed disclosures print their content).
  const printing = usePrinting();
  const filled = painted || printing;
  const onToggle = useCallback((id: string, isOpen: boolean) => {
    setOpen((current) => {
      if (current.has(id) === isOpen) return current;
      const next = new Set(current);
      if (isOpen) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);

  return (
    <Section id={SECTION_IDS.evidence} title={t('evidence.heading')}>
      <p className="methodology-prose">{t('evidence.intro')}</p>
      <div className="methodology-evidence-controls">
        <button
          type="button"
          className="button"
          onClick={() => setOpen(new Set(ids))}
          disabled={open.size === ids.length}
        >
          {t('evidence.expandAll')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => setOpen(new Set())}
          disabled={open.size === 0}
        >
          {t('evidence.collapseAll')}
        </button>
      </div>
      {groups.map(({ dimension, indicators }) => (
        <div key={dimension} className="methodology-evidence-dimension">
          <h3>{tc(`dimensions.${dimension}`)}</h3>
          {indicators.map((entry) => (
            <IndicatorEvidenceDetails
              key={entry.indicator.id}
              entry={entry}
              open={open.has(entry.indicator.id)}
              filled={filled}
              onToggle={onToggle}
            />
          ))}
        </div>
      ))}
    </Section>
  );
});
