import { memo, useMemo } from 'react';
import { SourceCitation } from '@/components/SourceCitation';
import { useDataset } from '@/lib/dataset';
import { formatSigned } from '@/lib/format';
import type { Scenario } from '@/model';
import { flipSentence, type FlipEntry } from './adapters';
import { flipsOf } from './compute';
import { useAnalysisText, type AnalysisText } from './useAnalysisText';

/** For each country and tilt, the smallest single change that would reverse it, in words. */
export const FlipSection = memo(function FlipSection({ scenario }: { scenario: Scenario }) {
  const text = useAnalysisText();
  const { t } = text;
  const dataset = useDataset();
  const entries = useMemo(() => flipsOf(dataset, scenario), [dataset, scenario]);

  return (
    <section className="analysis-section" aria-labelledby="analysis-flip">
      <h2 id="analysis-flip">{t('flip.heading')}</h2>
      <p className="analysis-intro">{t('flip.intro')}</p>
      <div className="analysis-columns">
        {dataset.countries.map((country) => {
          const headingId = `analysis-flip-${country.code}`;
          return (
            <section
              key={country.code}
              className="card analysis-flip-card"
              aria-labelledby={headingId}
              data-testid={`analysis-flip-${country.code}`}
            >
              <h3 id={headingId}>{text.countryName(country.code)}</h3>
              <ul className="analysis-flips">
                {entries
                  .filter((e) => e.country === country.code)
                  .map((entry) => (
                    <FlipItem key={entry.dimension} entry={entry} text={text} />
                  ))}
              </ul>
            </section>
          );
        })}
      </div>
    </section>
  );
});

const FlipItem = memo(function FlipItem({ entry, text }: { entry: FlipEntry; text: AnalysisText }) {
  const { t, noData } = text;
  const { finding } = entry;
  const suggestion = finding.kind === 'flips' ? finding.suggestion : null;
  const tilt = finding.kind === 'no-data' ? null : finding.tilt;
  return (
    <li data-testid={`flip-${entry.country}-${entry.dimension}`} data-kind={finding.kind}>
      <p className="analysis-flip-head">
        <strong>{text.dimensionLabel(entry.dimension)}</strong>{' '}
        <span className="analysis-flip-now">
          {t('sensitivity.now', { value: formatSigned(tilt, noData) })}
        </span>
      </p>
      <p className="analysis-flip-sentence">{flipSentence(entry, text.flipNames, t)}</p>
      {suggestion ? (
        <>
          <p className="muted analysis-flip-range">
            {t(suggestion.withinRange ? 'flip.inRange' : 'flip.outOfRange', {
              low: text.value(suggestion.low, suggestion.indicator),
              high: text.value(suggestion.high, suggestion.indicator),
            })}
          </p>
          <div className="analysis-flip-source">
            <p>
              {t('flip.published', {
                value: text.value(suggestion.observation.value, suggestion.indicator),
                year: suggestion.observation.period ?? String(suggestion.observation.year),
              })}
            </p>
            <SourceCitation
              sources={suggestion.observation.sources}
              footnotes={suggestion.observation.footnotes}
            />
          </div>
        </>
      ) : null}
    </li>
  );
});
