import { useTranslation } from 'react-i18next';
import { useScenarioStore } from '@/scenario/store';
import { changeCountOf } from '@/scenario/sliders';
import { SCENARIO_PANEL_ID, SCENARIO_TOGGLE_ID } from './ids';
import './scenario.css';

export interface ScenarioPanelToggleProps {
  /** whether the panel is open (aria-expanded) */
  open: boolean;
  onToggle: () => void;
  className?: string;
}

/**
 * The header button that opens and closes the scenario panel, with the number of
 * assumptions that differ from the baseline. Works before the data set has loaded (0).
 */
export function ScenarioPanelToggle({ open, onToggle, className }: ScenarioPanelToggleProps) {
  const { t } = useTranslation('common');
  const count = useScenarioStore((s) => (s.dataset ? changeCountOf(s.dataset, s.scenario) : 0));
  return (
    <button
      id={SCENARIO_TOGGLE_ID}
      type="button"
      className={`button scenario-toggle${className ? ` ${className}` : ''}`}
      aria-expanded={open}
      aria-controls={open ? SCENARIO_PANEL_ID : undefined}
      data-changes={count}
      onClick={onToggle}
    >
      {t('scenarioPanel.toggle')}
      {count > 0 && (
        <>
          <span className="scenario-toggle-count" aria-hidden="true">
            {count}
          </span>
          <span className="visually-hidden">, {t('scenarioPanel.changes', { count })}</span>
        </>
      )}
    </button>
  );
}
