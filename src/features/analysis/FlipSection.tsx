import { memo, useMemo } from 'react';
import { SourceCitation } from '@/components/SourceCitation';
import { useLeanWording } from '@/components/useLeanWording';
import { useDataset } from '@/lib/dataset';
import { methodChoiceName, methodSentence } from '@/lib/methodRisks';
import type { FlipSuggestion, MissingReason } from '@/model';
import { findTiltMissing } from '@/model';
import type { FlipEntry } from '@/scenario/findings';
import { flipSentence, methodChoiceId, outsideSentence, type MethodEntry } from './adapters';
import { flipsOf, methodsOf } from './compute';
import { useAnalysisText, type AnalysisText, type ScenarioSectionProps } from './useAnalysisText';

/**
 * For each country and tilt, the smallest single change inside the published ranges that
 * would reverse it, in words; a flip that needs a value outside its range set apart and
 * labelled; and the method choices (aggregation, data options, weights) that flip a tilt.
 */
export const FlipSection = memo(function FlipSection({ scenario, scores }: ScenarioSectionProps) {
  const text = useAnalysisText();
  const { t } = text;
  const dataset = useDataset();
  const entries = useMemo(() => flipsOf(dataset, scenario), [dataset, scenario]);
  const methods = useMemo(() => methodsOf(dataset, scenario), [dataset, scenario]);

  return (
    <section className="page-section" aria-labelledby="analysis-flip">
      <h2 id="analysis-flip">{t('flip.heading')}</h2>
      <p className="page-section-intro">{t('flip.intro')}</p>
      <div className="grid-2">
        {dataset.countries.map((country) => {
          const headingId = `analysis-flip-${country.code}`;
          const method = methods.find((m) => m.country === country.code);
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
                    <FlipItem
                      key={entry.dimension}
                      entry={entry}
                      missing={findTiltMissing(scores, entry.country, entry.dimension)}
                      text={text}
                    />
                  ))}
              </ul>
              {method ? <MethodChoices entry={method} text={text} /> : null}
            </section>
          );
        })}
      </div>
    </section>
  );
});

/** The published figure behind a suggested change, with its sources. */
function PublishedFigure({ suggestion, text }: { suggestion: FlipSuggestion; text: AnalysisText }) {
  const { observation } = suggestion;
  if (!observation) return null;
  return (
    <div className="analysis-flip-source">
      <p>
        {text.t('flip.published', {
          value: text.value(observation.value, suggestion.indicator),
          year: observation.period ?? String(observation.year),
        })}
      </p>
      <SourceCitation sources={observation.sources} footnotes={observation.footnotes} />
    </div>
  );
}

const FlipItem = memo(function FlipItem({
  entry,
  missing,
  text,
}: {
  entry: FlipEntry;
  /** why the tilt is missing (src/model/missing.ts); null when it has a number */
  missing: MissingReason | null;
  text: AnalysisText;
}) {
  const { t } = text;
  const lean = useLeanWording();
  const { finding } = entry;
  const suggestion =
    finding.kind === 'flips' || finding.kind === 'balances' ? finding.suggestion : null;
  const tilt = finding.kind === 'no-data' ? null : finding.tilt;
  const outside = outsideSentence(entry, text.flipNames, t);
  return (
    <li data-testid={`flip-${entry.country}-${entry.dimension}`} data-kind={finding.kind}>
      <p className="analysis-flip-head">
        <strong>{text.dimensionLabel(entry.dimension)}</strong>{' '}
        <span className="analysis-flip-now">
          {t('sensitivity.now', {
            value: text.formatSigned(tilt, lean.missing(missing)),
          })}
        </span>
      </p>
      <p className="analysis-flip-sentence">{flipSentence(entry, text.flipNames, t, missing)}</p>
      {suggestion ? (
        <>
          <p className="muted analysis-flip-range">
            {t('flip.inRange', {
              low: text.value(suggestion.low, suggestion.indicator),
              high: text.value(suggestion.high, suggestion.indicator),
            })}
          </p>
          <PublishedFigure suggestion={suggestion} text={text} />
        </>
      ) : null}
      {outside ? (
        <p
          className="analysis-flip-outside"
          data-testid={`flip-outside-${entry.country}-${entry.dimension}`}
        >
          {outside}
        </p>
      ) : null}
    </li>
  );
});

/** The method choices that flip or balance one of the country's tilts, or that none does. */
function MethodChoices({ entry, text }: { entry: MethodEntry; text: AnalysisText }) {
  const { t } = text;
  const headingId = `analysis-method-${entry.country}`;
  const tested = entry.tested.map((c) => methodChoiceName(c, text.flipNames, text.tr));
  return (
    // a group inside the country's card, not a landmark of its own (one per country would
    // repeat the same name)
    <div className="analysis-flip-methods" data-testid={`method-flips-${entry.country}`}>
      <h4 id={headingId}>{t('flip.method.heading')}</h4>
      {entry.flips.length === 0 ? (
        <p>
          {t('flip.method.none', {
            country: text.countryName(entry.country),
            tested: tested.join('; '),
          })}
        </p>
      ) : (
        <>
          <ul>
            {entry.flips.map((f) => (
              <li
                key={`${f.dimension}.${methodChoiceId(f.choice)}`}
                data-kind={f.outcome}
                data-testid={`method-${f.country}-${f.dimension}-${methodChoiceId(f.choice)}`}
              >
                {methodSentence(f, text.flipNames, text.tr)}
              </li>
            ))}
          </ul>
          <p className="muted">{t('flip.method.testedAll', { tested: tested.join('; ') })}</p>
        </>
      )}
    </div>
  );
}
