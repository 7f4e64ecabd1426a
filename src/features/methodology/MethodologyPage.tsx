import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '@/model';
import { useScenarioScores } from '@/scenario/hooks';
import { CaveatsSection } from './CaveatsSection';
import { ContextSection } from './ContextSection';
import { DataSection } from './DataSection';
import { EvidenceSection } from './EvidenceSection';
import { FormulasSection } from './FormulasSection';
import { IndicatorsSection } from './IndicatorsSection';
import { MeasuredSection } from './MeasuredSection';
import { MixSection } from './MixSection';
import { ScoreReadingSection } from './ScoreReadingSection';
import { SECTION_IDS, type SectionKey } from './ids';
import { SourcesSection } from './SourcesSection';
import { WeightsSection } from './WeightsSection';
import './methodology.css';

const TOC: SectionKey[] = [
  'measured',
  'formulas',
  'reading',
  'indicators',
  'weights',
  'mix',
  'evidence',
  'context',
  'sources',
  'caveats',
  'data',
];

/**
 * /methodology: formulas, goalposts, weights, rubrics, how much rests on judgement, the quoted
 * evidence of every reading, context facts, every source, caveats and the data version.
 */
export function MethodologyPage() {
  // The scenario only decides whether the weights tables show the scenario's values beside
  // the defaults; everything else here describes the method and the data as published.
  // Re-rendered at every slider step; the memoised page only when the scenario changes.
  const { scenario, differs } = useScenarioScores();
  return <MethodologyView scenario={scenario} differs={differs} />;
}

const MethodologyView = memo(function MethodologyView({
  scenario,
  differs,
}: {
  scenario: Scenario;
  differs: boolean;
}) {
  const { t } = useTranslation('methodology');

  return (
    <article className="methodology">
      <title>{t('pageTitle')}</title>
      <header className="methodology-header">
        <h1>{t('title')}</h1>
        <p className="page-intro methodology-intro">{t('intro')}</p>
        {differs ? (
          <p className="methodology-notice" role="note">
            {t('scenarioNotice')}
          </p>
        ) : null}
      </header>

      <nav className="methodology-toc" aria-labelledby="methodology-toc-heading">
        <h2 id="methodology-toc-heading">{t('toc.heading')}</h2>
        <ol>
          {TOC.map((key) => (
            <li key={key}>
              <a href={`#${SECTION_IDS[key]}`}>{t(`toc.${key}`)}</a>
            </li>
          ))}
        </ol>
      </nav>

      <MeasuredSection />
      <FormulasSection />
      <ScoreReadingSection />
      <IndicatorsSection scenario={scenario} differs={differs} />
      <WeightsSection scenario={scenario} differs={differs} />
      <MixSection scenario={scenario} differs={differs} />
      <EvidenceSection />
      <ContextSection />
      <SourcesSection />
      <CaveatsSection />
      <DataSection />
    </article>
  );
});
