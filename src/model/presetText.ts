// Preset texts read their numbers from the data, so a text never goes stale when the data are
// revised. A rationale writes a placeholder where a number stands:
//
//   {{value:KG.RU.remittances_gdp}}     the cell's published value (its baseline reading)
//   {{low:…}} / {{high:…}}              the bounds of that reading's range
//   {{override:KG.RU.remittances_gdp}}  the value the preset gives the cell (it must set one)
//   {{scenario:KG.CN.trade_share}}      the value under the preset: its override, else the
//                                       reading its options choose (e.g. Chinese customs)
//   {{figure:loan}}                     a reported figure of the preset (`preset.figures`)
//   {{calc:exports / imports}}          arithmetic over the preset's figures
//
// and may end with "|n" to show n decimals ({{calc:exports / imports|1}}). Without it a number
// keeps the decimals it has (at most two). One pure function fills them; the caller passes
// the locale's number formatter. Nothing here throws.

import { evaluateAst, parseFormula } from './formula';
import { observationKey } from './keys';
import { chosenObservation } from './readings';
import type { Observation, Preset, ScenarioOption } from './types';

const PLACEHOLDER_KINDS = [
  'value',
  'low',
  'high',
  'override',
  'scenario',
  'figure',
  'calc',
] as const;
type PlaceholderKind = (typeof PLACEHOLDER_KINDS)[number];

export interface Placeholder {
  /** the placeholder as written, e.g. "{{value:KG.RU.remittances_gdp}}" */
  raw: string;
  kind: PlaceholderKind;
  /** an observation key, a figure name or a formula */
  arg: string;
  /** decimals asked for with "|n" */
  decimals?: number;
}

/** What a placeholder may read: the data set's observations and options, and the preset. */
export interface PresetTextData {
  observations: readonly Observation[];
  options: readonly Pick<ScenarioOption, 'key' | 'default'>[];
}

export type PresetTextPreset = Pick<Preset, 'figures' | 'scenario'>;

const PATTERN = /\{\{\s*([a-z]+)\s*:\s*([^{}|]*?)\s*(?:\|\s*(\d)\s*)?\}\}/g;

/** The placeholders of a text, in order (unknown kinds included, so they can be reported). */
export function placeholdersOf(text: string): (Placeholder | { raw: string; kind: null })[] {
  const out: (Placeholder | { raw: string; kind: null })[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const kind = m[1] as PlaceholderKind;
    if (!(PLACEHOLDER_KINDS as readonly string[]).includes(kind)) {
      out.push({ raw: m[0], kind: null });
      continue;
    }
    const p: Placeholder = { raw: m[0], kind, arg: m[2] ?? '' };
    if (m[3] !== undefined) p.decimals = Number(m[3]);
    out.push(p);
  }
  return out;
}

/** The reading standing for a cell under these options, by the model's rule
 * (chosenObservation). */
function reading(
  data: PresetTextData,
  key: string,
  options: Readonly<Record<string, string>>,
): Observation | undefined {
  return chosenObservation(
    data.observations.filter((o) => observationKey(o.country, o.partner, o.indicator) === key),
    options,
  );
}

function defaultOptions(data: PresetTextData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const o of data.options) out[o.key] = o.default;
  return out;
}

/** The number a placeholder stands for, or a reason it has none. */
function resolvePlaceholder(
  p: Placeholder,
  preset: PresetTextPreset,
  data: PresetTextData,
): { ok: true; value: number } | { ok: false; reason: string } {
  const overrides = preset.scenario.overrides ?? {};
  const figures = preset.figures ?? {};
  switch (p.kind) {
    case 'value':
    case 'low':
    case 'high': {
      const o = reading(data, p.arg, defaultOptions(data));
      if (!o) return { ok: false, reason: `no observation "${p.arg}"` };
      return { ok: true, value: o[p.kind] };
    }
    case 'override': {
      const v = Object.hasOwn(overrides, p.arg) ? overrides[p.arg] : undefined;
      if (typeof v !== 'number' || !Number.isFinite(v))
        return { ok: false, reason: `the preset sets no override "${p.arg}"` };
      return { ok: true, value: v };
    }
    case 'scenario': {
      const v = Object.hasOwn(overrides, p.arg) ? overrides[p.arg] : undefined;
      if (typeof v === 'number' && Number.isFinite(v)) return { ok: true, value: v };
      const o = reading(data, p.arg, {
        ...defaultOptions(data),
        ...(preset.scenario.options ?? {}),
      });
      if (!o) return { ok: false, reason: `no observation "${p.arg}"` };
      return { ok: true, value: o.value };
    }
    case 'figure': {
      const f = Object.hasOwn(figures, p.arg) ? figures[p.arg] : undefined;
      if (!f) return { ok: false, reason: `the preset has no figure "${p.arg}"` };
      return { ok: true, value: f.value };
    }
    case 'calc': {
      const parsed = parseFormula(p.arg);
      if (!parsed.ok) return { ok: false, reason: `"${p.arg}": ${parsed.reason}` };
      const values: Record<string, number> = {};
      for (const [name, f] of Object.entries(figures)) values[name] = f.value;
      const v = evaluateAst(parsed.data, values);
      if (!Number.isFinite(v)) return { ok: false, reason: `"${p.arg}" gives no number` };
      return { ok: true, value: v };
    }
  }
}

/** Decimals a number shows when the text asks for none: its own, at most two. */
export function ownDecimals(value: number): number {
  if (!Number.isFinite(value)) return 0;
  for (let d = 0; d < 2; d++) {
    if (Math.abs(Math.round(value * 10 ** d) - value * 10 ** d) < 1e-9) return d;
  }
  return 2;
}

/** Every problem with a text's placeholders (empty when all resolve). */
export function presetTextProblems(
  text: string,
  preset: PresetTextPreset,
  data: PresetTextData,
): string[] {
  const problems: string[] = [];
  for (const p of placeholdersOf(text)) {
    if (p.kind === null) {
      problems.push(`${p.raw}: unknown placeholder (${PLACEHOLDER_KINDS.join(', ')})`);
      continue;
    }
    const r = resolvePlaceholder(p, preset, data);
    if (!r.ok) problems.push(`${p.raw}: ${r.reason}`);
  }
  if (/\{\{|\}\}/.test(text.replace(PATTERN, '')))
    problems.push('a "{{" or "}}" that is not a placeholder');
  return problems;
}

/** What is left unfilled: shown in place of a placeholder that reads nothing. */
export const UNRESOLVED = '…';

/**
 * Fills a preset text's placeholders with numbers from the data, each formatted by `format`
 * (the caller's locale formatter) with the decimals asked for, else the number's own.
 */
export function fillPresetText(
  text: string,
  preset: PresetTextPreset,
  data: PresetTextData,
  format: (value: number, decimals: number) => string,
): string {
  return text.replace(PATTERN, (raw) => {
    const [p] = placeholdersOf(raw);
    if (!p || p.kind === null) return UNRESOLVED;
    const r = resolvePlaceholder(p, preset, data);
    if (!r.ok) return UNRESOLVED;
    return format(r.value, p.decimals ?? ownDecimals(r.value));
  });
}
