/** Element ids shared by the scenario toggle (in the header) and the panel (beside the page). */
export const SCENARIO_PANEL_ID = 'scenario-panel';
export const SCENARIO_TOGGLE_ID = 'scenario-panel-toggle';
export const SCENARIO_PANEL_HEADING_ID = 'scenario-panel-heading';

/** The number box of a missing cell's own value in the panel (the country page asks for it). */
export const missingInputId = (cellKey: string) =>
  `scenario-missing-${cellKey.replace(/[^A-Za-z0-9_-]/g, '-')}`;
