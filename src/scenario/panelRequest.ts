// A request to open the scenario panel at one missing cell ("supply a value" on the country
// page). Views cannot reach the panel (features never import each other): they post a
// request here, the layout opens the panel, and the panel shows and focuses that cell's
// control, then marks the request handled. UI coordination only: the scenario itself lives
// in ./store.

import { create } from 'zustand';

interface PanelRequest {
  /** the missing cell, `${country}.${partner}.${indicator}` */
  cellKey: string;
  /** increases with every request, so asking for the same cell twice still acts */
  n: number;
}

export interface PanelRequestState {
  /** the request not yet handled by the panel, if any */
  request: PanelRequest | null;
  /** asks the layout to open the panel and the panel to show this cell's control */
  supplyCell: (cellKey: string) => void;
  /** the panel has shown the cell (or the panel closed): nothing pending */
  done: () => void;
}

export const usePanelRequest = create<PanelRequestState>()((set) => ({
  request: null,
  supplyCell: (cellKey) => set((s) => ({ request: { cellKey, n: (s.request?.n ?? 0) + 1 } })),
  done: () => set((s) => (s.request ? { request: null } : s)),
}));
