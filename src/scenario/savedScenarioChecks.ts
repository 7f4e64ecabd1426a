// The zod part of saved scenarios, imported on demand by ./savedScenarios (so zod is not on
// the first screen when nothing is stored). A module of its own, statically importing
// `z`, so the bundler keeps only the parts of zod that are used.

import { z } from 'zod';
import type { Result } from './file';
import { restoreScenario, scenarioFileSchema, toScenarioFile } from './file';
import type { SavedScenario } from './savedScenarios';

/** the limits saveAs and rename apply (./savedScenarios) */
const MAX_NAME = 200;
const MAX_DESCRIPTION = 5000;

const isoDate = z
  .string()
  .max(40)
  .refine((s) => !Number.isNaN(Date.parse(s)), 'must be a date');

export const savedScenarioSchema = z.strictObject({
  id: z.string().min(1).max(100),
  name: z.string().max(MAX_NAME),
  description: z.string().max(MAX_DESCRIPTION),
  createdAt: isoDate,
  updatedAt: isoDate,
  scenario: scenarioFileSchema,
  presetId: z.string().max(100).optional(),
});

function zodReason(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** One stored entry's shape; the reason names the first bad field. */
export function checkEntry(raw: unknown): Result<SavedScenario> {
  const parsed = savedScenarioSchema.safeParse(raw);
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, reason: zodReason(parsed.error) };
}

export { restoreScenario, toScenarioFile };
