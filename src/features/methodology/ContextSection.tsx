import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataset } from '@/lib/dataset';
import { useLocalized } from '@/i18n/useLocalized';
import type { ContextFact } from '@/model';
import { Quotes } from './EvidenceParts';
import { SECTION_IDS } from './ids';
import { Section, SourceRefs } from './parts';

function ContextItem({ fact }: { fact: ContextFact }) {
  const { t } = useTranslation('methodology');
  const dataset = useDataset();
  const { pick } = useLocalized();
  const headingId = `methodology-context-${fact.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  const concerns = [
    ...fact.countries.map((code) => {
      const c = dataset.countries.find((x) => x.code === code);
      return c ? pick(c.name) : code;
    }),
    ...(fact.partner
      ? [
          pick(
            dataset.partners.find((p) => p.code === fact.partner)?.name ?? {
              en: fact.partner,
              ru: fact.partner,
            },
          ),
        ]
      : []),
    ...(fact.other ? [pick(fact.other)] : []),
  ];
  const footnotes = [
    ...new Set(fact.evidence.flatMap((e) => (e.footnote === undefined ? [] : [e.footnote]))),
  ].sort((a, b) => a - b);
  return (
    <li className="methodology-context-fact">
      <h3 id={headingId}>{pick(fact.title)}</h3>
      {concerns.length > 0 ? (
        <p className="methodology-prose muted">
          {t('context.concerns', { list: concerns.join(', ') })}
        </p>
      ) : null}
      <p className="methodology-prose">{pick(fact.text)}</p>
      {fact.evidence.length > 0 ? <Quotes evidence={fact.evidence} /> : null}
      <SourceRefs ids={fact.sources} footnotes={footnotes} />
    </li>
  );
}

/** Sourced facts shown as context, never scored: trends, third partners, unmeasured levers. */
export const ContextSection = memo(function ContextSection() {
  const { t } = useTranslation('methodology');
  const dataset = useDataset();
  const facts = dataset.context ?? [];
  return (
    <Section id={SECTION_IDS.context} title={t('context.heading')}>
      <p className="methodology-prose">{t('context.intro')}</p>
      {facts.length > 0 ? (
        <ul className="methodology-context" aria-labelledby={`${SECTION_IDS.context}-heading`}>
          {facts.map((fact) => (
            <ContextItem key={fact.id} fact={fact} />
          ))}
        </ul>
      ) : (
        <p className="methodology-prose muted">{t('context.none')}</p>
      )}
    </Section>
  );
});
