import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { useT } from '@/i18n/fastT';
import { usePanelRequest } from '@/scenario/panelRequest';
import { useScenarioStore } from '@/scenario/store';
import { AssumptionsSection } from './AssumptionsSection';
import { PanelContext, type PanelContextValue } from './context';
import { changeCount } from './helpers';
import {
  missingInputId,
  SCENARIO_PANEL_HEADING_ID,
  SCENARIO_PANEL_ID,
  SCENARIO_TOGGLE_ID,
} from './ids';
import { MethodSection } from './MethodSection';
import { MissingSection } from './MissingSection';
import { PresetList } from './PresetList';
import { ShareSection } from './ShareSection';
import { useSliderText } from './useSliderText';
import { WeightsSection } from './WeightsSection';
import './scenario.css';

/** Class on <body> while the panel is open: wide screens make room for the drawer. */
const BODY_CLASS = 'scenario-panel-open';
const STATUS_CLEAR_MS = 10_000;

/**
 * A collapsible section; its content is only rendered while it is open. `forceOpen` opens it
 * (e.g. when a view asks for one of its rows); it stays open afterwards.
 */
function Section({
  title,
  defaultOpen,
  forceOpen = false,
  name,
  children,
}: {
  title: string;
  defaultOpen: boolean;
  forceOpen?: boolean;
  name: string;
  children: ReactNode;
}) {
  const [isOpen, setOpen] = useState(defaultOpen);
  if (forceOpen && !isOpen) setOpen(true);
  const open = isOpen || forceOpen;
  return (
    <details
      className={`scenario-section scenario-section-${name}`}
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary className="scenario-section-summary">
        <h3 className="scenario-section-title">{title}</h3>
      </summary>
      {open && <div className="scenario-section-body">{children}</div>}
    </details>
  );
}

/** "3 assumptions differ from the baseline. Preset: …. Name: …." */
function PanelSummary() {
  const { t, pick } = useSliderText();
  const count = useScenarioStore((s) => changeCount(s.dataset, s.scenario));
  const presetId = useScenarioStore((s) => s.presetId);
  const name = useScenarioStore((s) => s.scenario.name);
  const dataset = useScenarioStore((s) => s.dataset);
  const preset = presetId ? dataset?.presets.find((p) => p.id === presetId) : undefined;
  return (
    <p className="scenario-summary" data-changes={count}>
      {count === 0 ? t('panel.baseline') : t('panel.changes', { count })}
      {preset && <> {t('panel.fromPreset', { name: pick(preset.name) })}</>}
      {name && <> {t('panel.named', { name })}</>}
    </p>
  );
}

/** The open panel (loaded on first open; see ScenarioPanel). */
export function PanelContent({ onClose }: { onClose: () => void }) {
  const t = useT('scenario');
  const tc = useT('common');
  const dataset = useScenarioStore((s) => s.dataset);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState<{ text: string; n: number } | null>(null);
  // A view asked for a missing cell: its section opens and its row shows its controls.
  const request = usePanelRequest((s) => s.request);

  useEffect(() => {
    document.body.classList.add(BODY_CLASS);
    return () => document.body.classList.remove(BODY_CLASS);
  }, []);

  // Opening moves the focus to the heading, unless a view asked for a cell (next effect).
  useEffect(() => {
    if (!usePanelRequest.getState().request) headingRef.current?.focus();
  }, []);

  // A view asked for a missing cell: the focus goes to its number box (rendered by now:
  // children commit before this effect runs), then the request is done.
  useEffect(() => {
    if (!request) return;
    const target = document.getElementById(missingInputId(request.cellKey));
    if (target) {
      target.scrollIntoView?.({ block: 'center' });
      target.focus({ preventScroll: true });
    } else {
      headingRef.current?.focus();
    }
    usePanelRequest.getState().done();
  }, [request]);

  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(null), STATUS_CLEAR_MS);
    return () => clearTimeout(timer);
  }, [status]);

  const announce = useCallback(
    (text: string) => setStatus((prev) => ({ text, n: (prev?.n ?? 0) + 1 })),
    [],
  );
  const context = useMemo<PanelContextValue | null>(
    () => (dataset ? { dataset, announce } : null),
    [dataset, announce],
  );

  const close = () => {
    document.getElementById(SCENARIO_TOGGLE_ID)?.focus();
    onClose();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    // Inner controls that use Esc themselves (a form, a typed value) prevent the default.
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    close();
  };

  return (
    <section
      id={SCENARIO_PANEL_ID}
      className="scenario-panel"
      aria-label={tc('scenarioPanel.label')}
      onKeyDown={onKeyDown}
    >
      <div className="scenario-panel-header">
        <div className="scenario-panel-titlebar">
          <h2 id={SCENARIO_PANEL_HEADING_ID} ref={headingRef} tabIndex={-1}>
            {t('title')}
          </h2>
          <button
            type="button"
            className="button button-small"
            aria-label={t('panel.closeLabel')}
            onClick={close}
          >
            {t('panel.close')}
          </button>
        </div>
        {context && <PanelSummary />}
        <p className="scenario-status" role="status">
          {status && <span key={status.n}>{status.text}</span>}
        </p>
      </div>
      {context ? (
        <PanelContext.Provider value={context}>
          <div className="scenario-panel-body">
            <Section name="presets" title={t('sections.presets')} defaultOpen>
              <PresetList />
            </Section>
            <Section name="assumptions" title={t('sections.assumptions')} defaultOpen>
              <AssumptionsSection />
            </Section>
            <Section
              name="missing"
              title={t('sections.missing')}
              defaultOpen
              forceOpen={request !== null}
            >
              <MissingSection />
            </Section>
            <Section name="weights" title={t('sections.weights')} defaultOpen={false}>
              <WeightsSection />
            </Section>
            <Section name="method" title={t('sections.method')} defaultOpen={false}>
              <MethodSection />
            </Section>
            <Section name="share" title={t('sections.share')} defaultOpen>
              <ShareSection />
            </Section>
          </div>
        </PanelContext.Provider>
      ) : (
        <p className="scenario-panel-body muted">{t('panel.loading')}</p>
      )}
    </section>
  );
}
