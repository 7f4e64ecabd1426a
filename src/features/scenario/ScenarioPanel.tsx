import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { loadNamespaces } from '@/i18n';
import { SCENARIO_PANEL_ID } from './ids';
import './scenario.css';

// The panel's content (sliders, presets, saving, import) loads on first open, so the
// first screen carries only this wrapper and the toggle.
const PanelContent = lazy(() =>
  Promise.all([import('./PanelContent'), loadNamespaces(['scenario'])]).then(([m]) => ({
    default: m.PanelContent,
  })),
);

export interface ScenarioPanelProps {
  /** nothing is rendered while closed */
  open: boolean;
  /** called on Esc and on the close button; focus then returns to the toggle */
  onClose: () => void;
}

/** Shown for the moment the content takes to load on first open. */
function PanelLoading() {
  const { t } = useTranslation('common');
  return (
    <section
      id={SCENARIO_PANEL_ID}
      className="scenario-panel"
      aria-label={t('scenarioPanel.label')}
    >
      <p className="scenario-panel-body muted" role="status">
        {t('scenarioPanel.opening')}
      </p>
    </section>
  );
}

/**
 * The scenario panel: presets, assumption and weight sliders, method and data choices,
 * and sharing (reset, link, save, export, import). A drawer on the right on wide screens,
 * a bottom sheet on phones; never modal, the page stays usable beside it. Opening moves
 * the focus to its heading; Esc or the close button closes it and returns the focus to
 * the toggle (`ScenarioPanelToggle`, found by its id). Reads the data set from the
 * scenario store, so it may be rendered outside the data-set gate.
 */
export function ScenarioPanel({ open, onClose }: ScenarioPanelProps) {
  if (!open) return null;
  return (
    <Suspense fallback={<PanelLoading />}>
      <PanelContent onClose={onClose} />
    </Suspense>
  );
}
