import { memo, useDeferredValue } from 'react';
import type { UncertaintyResult } from '@/model';
import { useScenarioScores, useUncertainty, type ScenarioScores } from '@/scenario/hooks';
import { FlipSection } from './FlipSection';
import { SensitivitySection } from './SensitivitySection';
import { UncertaintySection } from './UncertaintySection';
import { useAnalysisText } from './useAnalysisText';
import './analysis.css';

/** /analysis — how sure the scores are, what moves the tilts, and what would flip them. */
export function AnalysisPage() {
  // The 90% intervals change only once a drag rests; the follower re-renders at every
  // slider step and the memoised view only when the scores change.
  const { result: uncertainty, pending } = useUncertainty();
  return <AnalysisFollower uncertainty={uncertainty} pending={pending} />;
}

interface UncertaintyProps {
  uncertainty: UncertaintyResult | undefined;
  /** Monte Carlo running */
  pending: boolean;
}

const AnalysisFollower = memo(function AnalysisFollower({
  uncertainty,
  pending,
}: UncertaintyProps) {
  const scenarioScores = useScenarioScores();
  return (
    <AnalysisView scenarioScores={scenarioScores} uncertainty={uncertainty} pending={pending} />
  );
});

const AnalysisView = memo(function AnalysisView({
  scenarioScores,
  uncertainty,
  pending,
}: { scenarioScores: ScenarioScores } & UncertaintyProps) {
  const { t, tc } = useAnalysisText();
  const { scores, baseline, differs, scenario } = scenarioScores;
  // Sensitivity and flips re-score the data set a few thousand times: they follow in
  // React's deferred pass, after the step's scores are painted, and once per scenario.
  const deferredScenario = useDeferredValue(scenario);
  return (
    <div className="analysis">
      <title>{`${t('pageTitle')} — ${tc('appName')}`}</title>
      <h1>{t('heading')}</h1>
      <p className="page-intro">{t('intro')}</p>
      <UncertaintySection
        scores={scores}
        baseline={baseline}
        differs={differs}
        uncertainty={uncertainty}
        pending={pending}
      />
      <SensitivitySection scenario={deferredScenario} />
      <FlipSection scenario={deferredScenario} />
    </div>
  );
});
