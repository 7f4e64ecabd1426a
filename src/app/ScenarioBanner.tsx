import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useScenarioLabel } from '@/components/useProvenance';
import { useImmediateChangeCount } from '@/scenario/hooks';
import { useScenarioStore } from '@/scenario/store';

/**
 * One line above every view: which scenario the numbers follow and how many assumptions
 * differ from the baseline, so a room never mistakes a what-if for the published data.
 * It opens nothing: the header's scenario toggle, just above, is the one way to the panel
 * (it says whether the panel is open and counts the changes).
 */
export function ScenarioBanner() {
  const { t } = useTranslation();
  // The count and name only, straight from the store: no scores are computed for the
  // banner, and it re-renders when they change, not at every step of a drag.
  const { changeCount } = useImmediateChangeCount();
  const resetAll = useScenarioStore((s) => s.resetAll);
  const undoReplace = useScenarioStore((s) => s.undoReplace);
  // A preset or "Back to baseline" replaced a scenario: one click brings it back.
  const canUndo = useScenarioStore((s) => s.replaced !== null);
  const differs = changeCount > 0;
  const name = useScenarioLabel();
  // Each of the two buttons takes itself away when clicked: the focus goes to the one that
  // takes its place (Undo after a reset, Back to baseline after an undo), or to the banner.
  const bannerRef = useRef<HTMLElement>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<'undo' | 'reset' | null>(null);
  useLayoutEffect(() => {
    const next = focusNext.current;
    if (!next) return;
    focusNext.current = null;
    const target = next === 'undo' ? undoRef.current : resetRef.current;
    (target ?? bannerRef.current)?.focus();
  }, [canUndo, differs]);

  return (
    <section
      ref={bannerRef}
      tabIndex={-1}
      className="scenario-bar"
      data-differs={differs}
      aria-label={t('scenarioBar.label')}
      data-testid="scenario-banner"
    >
      <p className="scenario-bar-text" aria-live="polite">
        {differs ? (
          <>
            <span className="scenario-bar-name">{t('scenarioBar.named', { name })}</span>
            {' — '}
            {t('scenarioBar.changes', { count: changeCount })}
          </>
        ) : (
          t('scenarioBar.baseline')
        )}
      </p>
      {canUndo && (
        <button
          ref={undoRef}
          type="button"
          className="button button-small"
          aria-label={t('scenarioBar.undoLabel')}
          onClick={() => {
            focusNext.current = 'reset';
            undoReplace();
          }}
        >
          {t('scenarioBar.undo')}
        </button>
      )}
      {differs && (
        <button
          ref={resetRef}
          type="button"
          className="button button-small"
          onClick={() => {
            focusNext.current = 'undo';
            resetAll();
          }}
        >
          {t('scenarioBar.resetAll')}
        </button>
      )}
    </section>
  );
}
