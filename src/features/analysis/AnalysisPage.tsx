import { memo, useDeferredValue, type ReactNode } from 'react';
import { useScenarioView, type ScenarioView } from '@/scenario/hooks';
import { FlipSection } from './FlipSection';
import { SensitivitySection } from './SensitivitySection';
import { UncertaintySection } from './UncertaintySection';
import { useAnalysisText } from './useAnalysisText';
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
  const { scenario, scores } = view;
  // Sensitivity and flips re-score the data set a few thousand times: they follow in
  // React's deferred pass, after the step's scores are painted, and once per scenario. The
  // scores go with them (deferred in the same pass), for why a tilt is missing.
  const deferredScenario = useDeferredValue(scenario);
  const deferredScores = useDeferredValue(scores);
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
