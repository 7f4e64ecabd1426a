import { memo } from 'react';
import { EvidenceQuote } from '@/components/EvidenceQuote';
import { PartnerLabel } from '@/components/PartnerLabel';
import { SourceCitation } from '@/components/SourceCitation';
import type { ContextFact } from '@/model';
import type { CountryText } from './useCountryText';

/** The sourced facts about the country that no score measures, each with its quoted evidence. */
function CountryContextImpl({
  facts,
  countryName,
  text,
}: {
  facts: ContextFact[];
  countryName: string;
  text: CountryText;
}) {
  const { t, pick } = text;
  if (facts.length === 0) return null;
  return (
    <section className="country-context-section" aria-labelledby="country-context-heading">
      <h2 id="country-context-heading">{t('context.heading')}</h2>
      <p className="muted country-section-intro">{t('context.intro', { country: countryName })}</p>
      <ul className="country-context">
        {facts.map((fact) => {
          const footnotes = [
            ...new Set(
              fact.evidence.flatMap((e) => (e.footnote === undefined ? [] : [e.footnote])),
            ),
          ].sort((a, b) => a - b);
          return (
            <li key={fact.id} className="country-context-fact" data-context={fact.id}>
              <h3 className="country-context-title">{pick(fact.title)}</h3>
              {(fact.partner || fact.other) && (
                <p className="country-context-party">
                  <span className="visually-hidden">{t('context.party')}: </span>
                  {fact.partner ? (
                    <PartnerLabel code={fact.partner} />
                  ) : (
                    <span className="partner-label partner-other">{pick(fact.other!)}</span>
                  )}
                </p>
              )}
              <p className="country-context-text">{pick(fact.text)}</p>
              <details className="country-context-evidence">
                <summary>{t('context.evidence')}</summary>
                {fact.evidence.map((e, i) => (
                  <EvidenceQuote key={i} evidence={e} />
                ))}
                <SourceCitation
                  sources={fact.sources}
                  footnotes={footnotes}
                  className="country-context-sources"
                />
              </details>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export const CountryContext = memo(CountryContextImpl);
