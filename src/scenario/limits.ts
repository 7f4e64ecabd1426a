// How long a scenario's texts and a saved entry's fields may be: the one definition read by
// the forms (maxLength), by saving (names are cut to fit), by the saved-scenario restore and
// by scenario files and links (what is longer is refused). No imports: the first screen (the
// link) and the command line read it as well as the lazily loaded panel.

/** Characters, for a scenario wherever it is written: a file, a link, a saved entry. */
export const SCENARIO_LIMITS = {
  name: 200,
  description: 5000,
} as const;

/** Characters of the other fields of a saved entry (ids are UUIDs, 36 characters). */
export const SAVED_SCENARIO_LIMITS = {
  ...SCENARIO_LIMITS,
  id: 100,
  presetId: 100,
  /** an ISO date-time */
  date: 40,
} as const;
