import { useState, type ReactNode } from 'react';
import { ScenarioPanel } from '@/features/scenario/ScenarioPanel';
import { ScenarioPanelToggle } from '@/features/scenario/ScenarioPanelToggle';
import { usePanelRequest } from '@/scenario/panelRequest';

/**
 * The header's scenario toggle and the panel it opens and closes, wired as the layout
 * (src/app/Layout.tsx) wires them, without the rest of the layout. `children` (a page, say)
 * render beside them.
 */
export function ScenarioPanelHarness({ children }: { children?: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <ScenarioPanelToggle open={open} onToggle={() => setOpen((v) => !v)} />
      <main id="main">{children}</main>
      <ScenarioPanel
        open={open}
        onClose={() => {
          usePanelRequest.getState().done();
          setOpen(false);
        }}
      />
    </>
  );
}
