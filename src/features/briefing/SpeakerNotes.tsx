import { useMemo } from 'react';
import { useLeanWording } from '@/components/useLeanWording';
import { usePlaceNames } from '@/components/usePlaceNames';
import { useT } from '@/i18n/fastT';
import { useLocalized } from '@/i18n/useLocalized';
import { useDataset } from '@/lib/dataset';
import { formatsFor } from '@/lib/format';
import { DEFAULT_DRAWS, LEAN_THRESHOLDS, prepare, withUnit } from '@/model';
import { useScenarioView } from '@/scenario/hooks';
import {
  discrepancies,
  evidenceShare,
  judgementSentence,
  slideCountries,
  tiltConfidence,
  type DiscrepantReading,
  type SlideRef,
} from './slides';

/**
 * The speaker notes of a slide: the caveats a presenter should have at hand — how much of
 * the slide's scores rests on judgement, where the sources disagree, and what a 90% interval
 * means, with the slide's own overall tilts. Laid over the lower part of the slide (never in
 * its flow), so opening them cannot make the slide scroll; a single mirrored screen needs no
 * second window, and the caveats may be seen by the room.
 */
export function SpeakerNotes({
  slide,
  title,
  onClose,
}: {
  slide: SlideRef;
  title: string;
  onClose: () => void;
}) {
  const t = useT('briefing');
  const dataset = useDataset();
  const { pick, language } = useLocalized();
  const { countryName, partnerName } = usePlaceNames();
  const lean = useLeanWording();
  const { scenario, scores, uncertainty } = useScenarioView();
  const f = formatsFor(language);
  const countries = useMemo(
    () =>
      slideCountries(
        slide,
        dataset.countries.map((c) => c.code),
      ),
    [slide, dataset.countries],
  );
  const { shares, gaps } = useMemo(() => {
    // the options with their defaults filled in: which reading stands for a cell
    const options = prepare(dataset, scenario).scenario.options;
    return {
      shares: countries.map((country) => ({
        country,
        share: evidenceShare(dataset, scenario, [country]),
      })),
      gaps: discrepancies(dataset, options, countries),
    };
  }, [dataset, scenario, countries]);

  const readingText = (reading: DiscrepantReading, unit: string) => {
    const value = withUnit(f.formatValue(reading.value), unit, language);
    const variant = reading.observation.variant;
    const option = variant && dataset.options.find((o) => o.key === variant.option);
    const choice = variant && option?.choices.find((c) => c.value === variant.value);
    return t(reading.inUse ? 'notes.readingInUse' : 'notes.reading', {
      value,
      source: choice ? pick(choice.label) : t('notes.general'),
    });
  };

  return (
    <aside
      id="briefing-notes"
      className="briefing-notes"
      aria-labelledby="briefing-notes-heading"
      data-testid="briefing-notes"
    >
      <div className="briefing-notes-head">
        <h2 id="briefing-notes-heading">{t('notes.heading', { title })}</h2>
        <button type="button" className="button" onClick={onClose}>
          {t('notes.close')}
        </button>
      </div>
      <h3>{t('notes.judgementTitle')}</h3>
      <ul>
        {shares.map(({ country, share }) => (
          <li key={country}>{judgementSentence(t, f, countryName(country), share)}</li>
        ))}
      </ul>
      <h3>{t('notes.discrepancyTitle')}</h3>
      {gaps.length === 0 ? (
        <p>{t('notes.noDiscrepancy')}</p>
      ) : (
        <ul data-testid="notes-discrepancies">
          {gaps.map((gap) => (
            <li key={gap.key}>
              {t('notes.discrepancy', {
                country: countryName(gap.country),
                partner: partnerName(gap.partner),
                indicator: pick(gap.indicator.name),
                readings: gap.readings.map((r) => readingText(r, gap.indicator.unit)).join('; '),
              })}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('notes.intervalTitle')}</h3>
      <p>
        {t('notes.interval', {
          count: uncertainty?.draws ?? DEFAULT_DRAWS,
          draws: f.formatCount(uncertainty?.draws ?? DEFAULT_DRAWS),
          share: f.formatPercent(LEAN_THRESHOLDS.share),
        })}
      </p>
      <ul>
        {countries.map((country) => {
          const overall = tiltConfidence(scores, uncertainty, country, ['overall'])[0]!;
          return (
            <li key={country}>
              {t('notes.tiltInterval', {
                country: countryName(country),
                tilt: f.formatSigned(overall.tilt, '—'),
                range: f.formatInterval(overall.interval, true) ?? t('confidence.drawing'),
                reading: lean.label(overall.reading),
              })}
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
