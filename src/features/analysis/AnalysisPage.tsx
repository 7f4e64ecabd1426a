import { memo, useDeferredValue } from 'react';
import { useScenarioView, type ScenarioView } from '@/scenario/hooks';
import { FlipSection } from './FlipSection';
import { SensitivitySection } from './SensitivitySection';
import { UncertaintySection } from './UncertaintySection';
import { useAnalysisText } from './useAnalysisText';
import './analysis.css';

/** /analysis — how sure the scores are, what moves the tilts, and what would flip them. */
export function AnalysisPage() {
  return <AnalysisView view={useScenarioView()} />;
}

const AnalysisView = memo(function AnalysisView({ view }: { view: ScenarioView }) {
  const { t, tc } = useAnalysisText();
  const { scenario } = view;
  // Sensitivity and flips re-score the data set a few thousand times: they follow in
  // React's deferred pass, after the step's scores are painted, and once per scenario.
  const deferredScenario = useDeferredValue(scenario);
  return (
    <div className="stack analysis">
      <title>{`${t('pageTitle')} — ${tc('appName')}`}</title>
      <h1>{t('heading')}</h1>
      <p className="page-intro">{t('intro')}</p>
      <UncertaintySection view={view} />
      <SensitivitySection scenario={deferredScenario} />
      <FlipSection scenario={deferredScenario} />
    </div>
  );
});
