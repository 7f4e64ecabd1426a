// The scenario file's shape and the writing side of it, without zod: the scenario toggle on
// the first screen needs toScenarioFile, and zod (~24 KiB gzip) should load only when a file
// is read (src/scenario/file.ts validates what comes in).
import type { Dimension, Scenario } from '@/model';

/** Version of the scenario file format; bump it and add a migration when the shape changes. */
export const SCENARIO_FILE_VERSION = 1;
export const SCENARIO_FILE_KIND = 'fulcrum.scenario';
/** Files larger than this are refused before parsing. */
export const SCENARIO_FILE_MAX_BYTES = 1024 * 1024;

/** A scenario file as export writes it and import accepts it (every field optional). */
export interface ScenarioFile {
  kind?: typeof SCENARIO_FILE_KIND;
  version?: number;
  name?: string;
  description?: string;
  overrides?: Record<string, number>;
  dimensionWeights?: Partial<Record<Dimension, number>>;
  indicatorWeights?: Record<string, number>;
  aggregation?: 'arithmetic' | 'geometric';
  options?: Record<string, string>;
}

/** The file form of a scenario, as export writes it. */
export function toScenarioFile(scenario: Scenario): ScenarioFile {
  return {
    kind: SCENARIO_FILE_KIND,
    version: SCENARIO_FILE_VERSION,
    name: scenario.name,
    description: scenario.description,
    overrides: scenario.overrides,
    dimensionWeights: scenario.dimensionWeights,
    indicatorWeights: scenario.indicatorWeights,
    aggregation: scenario.aggregation,
    options: scenario.options,
  };
}
