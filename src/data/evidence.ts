// Helpers for writing the data set: evidence items, and observations whose sources,
// footnotes and (for computed ones) value and range follow from that evidence by code.
// A figure written once as a `FigureInput` can feed several formulas.

import { evaluateDerivation } from '../model/formula';
import type { Derivation, Evidence, FigureInput, LocalizedText, Observation } from '../model/types';
import { REPORT_SOURCE_ID, type NotesSection, type ReportSection } from './report';
import { sources } from './sources';

/** footnote number → the id of the work it cites */
const FOOTNOTE_SOURCES: ReadonlyMap<number, string> = new Map(
  sources.flatMap((s) => (s.footnote === undefined ? [] : [[s.footnote, s.id] as const])),
);

/** Words of the Ifri report; `footnote` only when the quoted passage carries that footnote. */
export function reportQuote(locator: ReportSection, quote: string, footnote?: number): Evidence {
  return footnote === undefined
    ? { source: REPORT_SOURCE_ID, locator, quote, from: 'report' }
    : { source: REPORT_SOURCE_ID, footnote, locator, quote, from: 'report' };
}

/** An entry of the research notes (shared/data-notes.md) giving a figure of `source`. */
export function notesQuote(source: string, locator: NotesSection, quote: string): Evidence {
  return { source, locator, quote, from: 'notes' };
}

/** A reported figure that formulas read. */
export function figure(label: LocalizedText, value: number, ...evidence: Evidence[]): FigureInput {
  return { label, value, evidence };
}

type Shared = Omit<
  Observation,
  'sources' | 'footnotes' | 'value' | 'low' | 'high' | 'evidence' | 'derivation'
> & { evidence?: Evidence[]; sourcesCited?: string[] };

export type ObservationDraft =
  | (Shared & { value: number; low: number; high: number; derivation?: undefined })
  | (Shared & {
      derivation: Derivation;
      /** a value or bounds that are not computed: each needs its own evidence in `evidence` */
      value?: number;
      low?: number;
      high?: number;
    });

/** Every evidence item of an observation: its own, then its inputs'. */
export function allEvidence(o: Pick<Observation, 'evidence' | 'derivation'>): Evidence[] {
  const out = [...o.evidence];
  const d = o.derivation;
  if (d) {
    for (const formula of [d.value, d.low, d.high]) {
      if (!formula) continue;
      for (const input of Object.values(formula.inputs)) out.push(...input.evidence);
    }
  }
  return out;
}

function dedupe<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/**
 * Builds an observation: sources and footnotes are read off its evidence (and the footnoted
 * works are cited through `footnoteSources`); a computed value and computed bounds are
 * evaluated from the derivation's inputs.
 */
export function observation(
  draft: ObservationDraft,
  footnoteSources: ReadonlyMap<number, string> = FOOTNOTE_SOURCES,
): Observation {
  let value: number;
  let low: number;
  let high: number;
  const { evidence = [], sourcesCited = [], ...rest } = draft;
  if (draft.derivation) {
    const result = evaluateDerivation(draft.derivation);
    if (!result.ok) {
      throw new Error(
        `${draft.country}.${draft.partner}.${draft.indicator}: derivation ${result.reason}`,
      );
    }
    const stated = result.value ?? draft.value;
    if (stated === undefined)
      throw new Error(`${draft.country}.${draft.partner}.${draft.indicator}: no value`);
    value = stated;
    low = result.low ?? draft.low ?? value;
    high = result.high ?? draft.high ?? value;
  } else {
    value = draft.value;
    low = draft.low;
    high = draft.high;
  }
  const built: Observation = { ...rest, value, low, high, sources: [], evidence };
  if (draft.derivation) built.derivation = draft.derivation;
  const items = allEvidence(built);
  const footnotes = dedupe(
    items.flatMap((e) => (e.footnote === undefined ? [] : [e.footnote])),
  ).sort((a, b) => a - b);
  built.sources = dedupe([
    ...items.map((e) => e.source),
    ...footnotes.map((n) => footnoteSources.get(n)).filter((s): s is string => s !== undefined),
    ...sourcesCited,
  ]);
  if (footnotes.length > 0) built.footnotes = footnotes;
  return built;
}
