import { createContext, useContext } from 'react';
import type { Dataset } from '@/model';

export interface PanelContextValue {
  dataset: Dataset;
  /** says something in the panel's status line (polite live region) */
  announce: (message: string) => void;
}

export const PanelContext = createContext<PanelContextValue | null>(null);

/** The panel's data set and status line; only inside <ScenarioPanel>. */
export function usePanel(): PanelContextValue {
  const value = useContext(PanelContext);
  if (!value) throw new Error('usePanel() must be used inside <ScenarioPanel>');
  return value;
}
