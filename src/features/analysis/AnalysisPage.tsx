import { memo, type ReactNode } from 'react';
import { useAfterPaint, useScenarioView, type ScenarioView } from '@/scenario/hooks';
import { FlipSection } from './FlipSection';
import { SensitivitySection } from './SensitivitySection';
import { UncertaintySection } from './UncertaintySection';
import { useAnalysisText } from './useAnalysisText';
import '@/components/pageSection.css';
import './analysis.css';

/**
 * /analysis — how sure the scores are, what moves the tilts, and what would flip them.
 * `after`: a section another feature adds as the last part of the page (the route composes
 * it: features never import each other), in the page's stack, so its spacing and print
 * rules apply.
 */
export function AnalysisPage({ after }: { after?: ReactNode }) {
  return <AnalysisView view={useScenarioView()} after={after} />;
}

const AnalysisView = memo(function AnalysisView({
  view,
  after,
}: {
  view: ScenarioView;
  after?: ReactNode;
}) {
  const { t, tc } = useAnalysisText();
  // Sensitivity and flips re-score the data set a few thousand times: they follow once the
  // step's scores are painted (useAfterPaint), and once per scenario. The scores go with
  // them (in the same pass), for why a tilt is missing.
  const { scenario: deferredScenario, scores: deferredScores } = useAfterPaint(view);
  return (
    <div className="stack analysis">
      <title>{`${t('pageTitle')} — ${tc('appName')}`}</title>
      <h1>{t('heading')}</h1>
      <p className="page-intro">{t('intro')}</p>
      <UncertaintySection view={view} />
      <SensitivitySection scenario={deferredScenario} scores={deferredScores} />
      <FlipSection scenario={deferredScenario} scores={deferredScores} />
      {after}
    </div>
  );
});
