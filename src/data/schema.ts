// Zod schema for the Fulcrum data set: the structure of every record plus the
// cross-checks that keep it honest (references exist, ranges hold, the Ifri
// report is cited with its footnotes, judgements state their rubric level).
// `parseDataset` never throws and names the first bad field with its path.

import { z } from 'zod';
import { evaluateDerivation, formulaNames, parseFormula } from '../model/formula';
import { placeholdersOf, presetTextProblems } from '../model/presetText';
import { DIMENSIONS, type Dataset } from '../model/types';
import { KIND_RANGES } from '../model/valueRanges';
import { MAX_PARTNERS } from '../model/keys';
import { NOTES_SECTIONS, REPORT_FOOTNOTE_COUNT, REPORT_SECTIONS, REPORT_SOURCE_ID } from './report';

export { REPORT_FOOTNOTE_COUNT, REPORT_SOURCE_ID };

// No code generation: zod's JIT probes `new Function`, which the strict CSP forbids.
z.config({ jitless: true });

/** Longest quotation: the words that support a value, not a page. */
const MAX_QUOTE_LENGTH = 400;

const SNAKE_CASE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const CODE = /^[A-Z]{2}$/;
const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
/** Sources may be undated ("n.d.") when the publication date is not known. */
const SOURCE_DATE = /^(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?|n\.d\.)$/;

const text = z.string().regex(/\S/, 'must not be empty');
const localized = z.strictObject({ en: text, ru: text });
const code = z.string().regex(CODE, 'must be a two-letter upper-case code');
const dimension = z.enum(DIMENSIONS);
const finite = z.number();

const countrySchema = z.strictObject({ code, name: localized });
const partnerSchema = z.strictObject({ code, name: localized });

const indicatorSchema = z.strictObject({
  id: z.string().regex(SNAKE_CASE, 'must be snake_case'),
  dimension,
  name: localized,
  description: localized,
  unit: text,
  kind: z.enum(['share', 'amount', 'count', 'ordinal']),
  goalposts: z.strictObject({ min: finite, max: finite }),
  scale: z.enum(['linear', 'log']),
  weight: finite.min(0, 'must be ≥ 0'),
  rubric: z.array(localized).optional(),
});

const footnoteNumber = z
  .number()
  .int('must be an integer')
  .min(1, `footnote numbers run from 1 to ${REPORT_FOOTNOTE_COUNT}`)
  .max(REPORT_FOOTNOTE_COUNT, `footnote numbers run from 1 to ${REPORT_FOOTNOTE_COUNT}`);

const evidenceSchema = z.strictObject({
  source: text,
  footnote: footnoteNumber.optional(),
  locator: text,
  quote: text.max(MAX_QUOTE_LENGTH, `a quotation is at most ${MAX_QUOTE_LENGTH} characters`),
  from: z.enum(['report', 'notes']),
});

const figureInputSchema = z.strictObject({
  label: localized,
  value: finite,
  evidence: z.array(evidenceSchema).min(1, 'a reported input needs the words that give it'),
});

const formulaSchema = z.strictObject({
  expr: text,
  inputs: z.record(z.string(), figureInputSchema),
});

const derivationSchema = z.strictObject({
  value: formulaSchema.optional(),
  low: formulaSchema.optional(),
  high: formulaSchema.optional(),
  decimals: z.number().int().min(0).max(6).optional(),
});

const codingSchema = z.strictObject({
  level: z.number().int().min(0).max(4),
  rubricWords: text,
  evidenceKey: z.string().regex(KEBAB_CASE, 'must be kebab-case'),
});

const observationSchema = z.strictObject({
  country: code,
  partner: code,
  indicator: text,
  value: finite,
  low: finite,
  high: finite,
  year: z
    .number()
    .int('must be an integer year')
    .min(1990, 'must be 1990 or later')
    .max(2030, 'must be 2030 or earlier'),
  period: text.optional(),
  confidence: z.enum(['reported', 'computed', 'estimate', 'judgement']),
  sources: z.array(text).min(1, 'must name at least one source'),
  footnotes: z.array(footnoteNumber).optional(),
  evidence: z.array(evidenceSchema),
  derivation: derivationSchema.optional(),
  coding: codingSchema.optional(),
  note: localized,
  variant: z.strictObject({ option: text, value: text }).optional(),
});

const sourceSchema = z.strictObject({
  id: z.string().regex(KEBAB_CASE, 'must be kebab-case'),
  author: text.optional(),
  title: text.optional(),
  outlet: text,
  date: z.string().regex(SOURCE_DATE, 'must be YYYY, YYYY-MM, YYYY-MM-DD or "n.d."'),
  url: z
    .string()
    .regex(/^https?:\/\/[^\s/]+\.[^\s]+$/, 'must be an http(s) URL')
    .optional(),
  site: z
    .string()
    .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i, 'must be a bare domain such as "tass.com"')
    .optional(),
  description: localized.optional(),
  footnote: footnoteNumber.optional(),
});

const eventSchema = z.strictObject({
  id: z.string().regex(KEBAB_CASE, 'must be kebab-case'),
  date: z.string().regex(PARTIAL_DATE, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
  countries: z.array(code).min(1, 'must name at least one country'),
  partner: code.optional(),
  other: localized.optional(),
  dimension,
  title: localized,
  sources: z.array(text).min(1, 'must name at least one source'),
  evidence: z.array(evidenceSchema).optional(),
});

const contextSchema = z.strictObject({
  id: z.string().regex(KEBAB_CASE, 'must be kebab-case'),
  countries: z.array(code).min(1, 'must name at least one country'),
  partner: code.optional(),
  other: localized.optional(),
  title: localized,
  text: localized,
  sources: z.array(text).min(1, 'must name at least one source'),
  evidence: z.array(evidenceSchema).min(1, 'a context fact needs the words that give it'),
});

const scenarioInputSchema = z.strictObject({
  overrides: z.record(z.string(), finite).optional(),
  dimensionWeights: z.partialRecord(dimension, finite.min(0, 'must be ≥ 0')).optional(),
  indicatorWeights: z.record(z.string(), finite.min(0, 'must be ≥ 0')).optional(),
  aggregation: z.enum(['arithmetic', 'geometric']).optional(),
  options: z.record(z.string(), z.string()).optional(),
});

const presetSchema = z.strictObject({
  id: z.string().regex(KEBAB_CASE, 'must be kebab-case'),
  name: localized,
  rationale: localized,
  sources: z.array(text).min(1, 'must name at least one source'),
  figures: z.record(z.string(), figureInputSchema).optional(),
  scenario: scenarioInputSchema,
});

const optionSchema = z.strictObject({
  key: text,
  label: localized,
  choices: z
    .array(z.strictObject({ value: text, label: localized }))
    .min(2, 'an option needs at least two choices'),
  default: text,
});

type Path = (string | number)[];
type Issue = { path: Path; message: string };

interface ParsedShape {
  countries: { code: string }[];
  partners: { code: string }[];
  tiltPair: [string, string];
  indicators: z.output<typeof indicatorSchema>[];
  observations: z.output<typeof observationSchema>[];
  sources: z.output<typeof sourceSchema>[];
  events: z.output<typeof eventSchema>[];
  context: z.output<typeof contextSchema>[];
  presets: z.output<typeof presetSchema>[];
  options: z.output<typeof optionSchema>[];
}

const fmt = (n: number): string => String(n);

/** Compares rubric words ignoring case, spacing and quote marks. */
const squash = (t: string): string =>
  t
    .toLowerCase()
    .replace(/[“”«»„"]/g, '"')
    .replace(/[‘’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/** All cross-record checks, in the order a reader meets the fields. */
function crossCheck(d: ParsedShape): Issue[] {
  const issues: Issue[] = [];
  const add = (path: Path, message: string) => issues.push({ path, message });
  const checkEvidence = (e: z.output<typeof evidenceSchema>, path: Path): void => {
    if (!sourceIds.has(e.source)) add([...path, 'source'], `unknown source "${e.source}"`);
    if (e.from === 'report') {
      if (e.source !== REPORT_SOURCE_ID)
        add(
          [...path, 'source'],
          `a quotation of the report names the report ("${REPORT_SOURCE_ID}")`,
        );
      if (!(REPORT_SECTIONS as readonly string[]).includes(e.locator))
        add([...path, 'locator'], `"${e.locator}" is not a section heading of the report`);
    } else {
      if (e.source === REPORT_SOURCE_ID)
        add([...path, 'from'], 'the report is quoted from its own text (from: "report")');
      if (e.footnote !== undefined)
        add([...path, 'footnote'], 'only a passage of the report carries a footnote');
      if (!(NOTES_SECTIONS as readonly string[]).includes(e.locator))
        add([...path, 'locator'], `"${e.locator}" is not a section of the research notes`);
    }
  };

  // ---- countries, partners, tilt pair
  const countryCodes = new Set<string>();
  d.countries.forEach((c, i) => {
    if (countryCodes.has(c.code))
      add(['countries', i, 'code'], `duplicate country code "${c.code}"`);
    countryCodes.add(c.code);
  });
  const partnerCodes = new Set<string>();
  d.partners.forEach((p, i) => {
    if (partnerCodes.has(p.code))
      add(['partners', i, 'code'], `duplicate partner code "${p.code}"`);
    partnerCodes.add(p.code);
  });
  d.tiltPair.forEach((p, i) => {
    if (!partnerCodes.has(p)) add(['tiltPair', i], `unknown partner "${p}"`);
  });
  if (d.tiltPair[0] === d.tiltPair[1]) add(['tiltPair', 1], 'the two tilt partners must differ');

  // ---- indicators
  const indicators = new Map<string, ParsedShape['indicators'][number]>();
  d.indicators.forEach((ind, i) => {
    if (indicators.has(ind.id)) add(['indicators', i, 'id'], `duplicate indicator id "${ind.id}"`);
    indicators.set(ind.id, ind);
    if (!(ind.goalposts.min < ind.goalposts.max)) {
      add(
        ['indicators', i, 'goalposts', 'max'],
        `goalposts max (${fmt(ind.goalposts.max)}) must be > min (${fmt(ind.goalposts.min)})`,
      );
    }
    if (ind.scale === 'log' && !(ind.goalposts.min > 0)) {
      add(['indicators', i, 'goalposts', 'min'], 'log-scale goalposts must be > 0');
    }
    if (ind.kind === 'ordinal') {
      if (!ind.rubric || ind.rubric.length !== 5) {
        add(
          ['indicators', i, 'rubric'],
          `ordinal indicators need exactly 5 rubric levels (0–4), found ${ind.rubric ? ind.rubric.length : 0}`,
        );
      }
    } else if (ind.rubric !== undefined) {
      add(['indicators', i, 'rubric'], 'a rubric is only allowed on ordinal indicators');
    }
  });

  // ---- sources (collected first: observations refer to them)
  const sourceIds = new Set<string>();
  const footnoteOwners = new Map<number, string>();
  const sourceIssues: Issue[] = [];
  d.sources.forEach((s, i) => {
    if (sourceIds.has(s.id))
      sourceIssues.push({ path: ['sources', i, 'id'], message: `duplicate source id "${s.id}"` });
    sourceIds.add(s.id);
    if (s.footnote !== undefined) {
      const owner = footnoteOwners.get(s.footnote);
      if (owner !== undefined) {
        sourceIssues.push({
          path: ['sources', i, 'footnote'],
          message: `footnote ${fmt(s.footnote)} already belongs to source "${owner}"`,
        });
      } else footnoteOwners.set(s.footnote, s.id);
    }
    if (s.id === REPORT_SOURCE_ID && s.footnote !== undefined) {
      sourceIssues.push({
        path: ['sources', i, 'footnote'],
        message: 'the report itself has no footnote number',
      });
    }
  });

  // ---- options (observation variants refer to them)
  const options = new Map<string, Set<string>>();
  const optionIssues: Issue[] = [];
  d.options.forEach((o, i) => {
    if (options.has(o.key))
      optionIssues.push({
        path: ['options', i, 'key'],
        message: `duplicate option key "${o.key}"`,
      });
    const values = new Set<string>();
    o.choices.forEach((c, j) => {
      if (values.has(c.value)) {
        optionIssues.push({
          path: ['options', i, 'choices', j, 'value'],
          message: `duplicate choice "${c.value}"`,
        });
      }
      values.add(c.value);
    });
    if (!values.has(o.default)) {
      optionIssues.push({
        path: ['options', i, 'default'],
        message: `default "${o.default}" is not one of the choices`,
      });
    }
    options.set(o.key, values);
  });

  // ---- observations
  const groups = new Map<string, number[]>();
  d.observations.forEach((o, i) => {
    const at = (...rest: Path): Path => ['observations', i, ...rest];
    const ind = indicators.get(o.indicator);
    if (!ind) add(at('indicator'), `unknown indicator "${o.indicator}"`);
    if (!countryCodes.has(o.country)) add(at('country'), `unknown country "${o.country}"`);
    if (!partnerCodes.has(o.partner)) add(at('partner'), `unknown partner "${o.partner}"`);
    if (o.low > o.value) add(at('low'), `low (${fmt(o.low)}) must be ≤ value (${fmt(o.value)})`);
    if (o.high < o.value)
      add(at('high'), `high (${fmt(o.high)}) must be ≥ value (${fmt(o.value)})`);
    if (ind) {
      if (ind.kind === 'ordinal') {
        const { min, max } = KIND_RANGES.ordinal;
        if (!Number.isInteger(o.value) || o.value < min || o.value > max) {
          add(
            at('value'),
            `ordinal values are whole rubric levels ${min}–${max}, found ${fmt(o.value)}`,
          );
        }
        if (o.low < min)
          add(at('low'), `ordinal range must stay within ${min}–${max}, low is ${fmt(o.low)}`);
        if (o.high > max)
          add(at('high'), `ordinal range must stay within ${min}–${max}, high is ${fmt(o.high)}`);
        if (o.confidence !== 'judgement')
          add(at('confidence'), 'a rubric level is a judgement: confidence must be "judgement"');
        if (!o.coding)
          add(at('coding'), 'a judgement needs its coding (level, rubric words, evidence key)');
        else {
          if (o.coding.level !== o.value)
            add(
              at('coding', 'level'),
              `coded level ${fmt(o.coding.level)} differs from the value ${fmt(o.value)}`,
            );
          const rubricLine = ind.rubric?.[o.coding.level]?.en;
          if (
            rubricLine !== undefined &&
            !squash(rubricLine).includes(squash(o.coding.rubricWords))
          )
            add(
              at('coding', 'rubricWords'),
              `"${o.coding.rubricWords}" is not in the rubric's level ${fmt(o.coding.level)}: "${rubricLine}"`,
            );
        }
      } else {
        if (ind.kind === 'share') {
          const { min, max } = KIND_RANGES.share;
          if (o.low < min) add(at('low'), `a share cannot be below ${min}, low is ${fmt(o.low)}`);
          if (o.high > max) add(at('high'), `a share cannot exceed ${max}, high is ${fmt(o.high)}`);
        }
        if (ind.scale === 'log' && !(o.low > 0)) add(at('low'), 'log-scale values must be > 0');
        if (o.confidence === 'judgement')
          add(
            at('confidence'),
            'a measured quantity is never a judgement: without a figure of its own the cell is missing',
          );
        if (o.coding) add(at('coding'), 'only rubric (ordinal) indicators are coded');
      }
    }
    // ---- evidence: every observation quotes the words behind it
    const items: { path: Path; e: z.output<typeof evidenceSchema> }[] = o.evidence.map((e, j) => ({
      path: at('evidence', j),
      e,
    }));
    if (o.derivation) {
      const d = o.derivation;
      if (d.value && o.confidence !== 'computed')
        add(at('confidence'), 'a value computed by a derivation is "computed"');
      if (!d.value && o.confidence === 'computed')
        add(at('confidence'), 'a computed value needs its formula (derivation.value)');
      const result = evaluateDerivation(d);
      if (!result.ok) add(at('derivation'), result.reason);
      else {
        if (result.value !== undefined && result.value !== o.value)
          add(at('value'), `the derivation gives ${fmt(result.value)}, not ${fmt(o.value)}`);
        if (result.low !== undefined && result.low !== o.low)
          add(at('low'), `the derivation gives ${fmt(result.low)}, not ${fmt(o.low)}`);
        if (result.high !== undefined && result.high !== o.high)
          add(at('high'), `the derivation gives ${fmt(result.high)}, not ${fmt(o.high)}`);
      }
      for (const bound of ['value', 'low', 'high'] as const) {
        const formula = d[bound];
        if (!formula) continue;
        const parsed = parseFormula(formula.expr);
        if (parsed.ok) {
          const used = new Set(formulaNames(parsed.data));
          for (const name of Object.keys(formula.inputs)) {
            if (!used.has(name))
              add(
                at('derivation', bound, 'inputs', name),
                `input "${name}" is not used by the formula`,
              );
          }
        }
        for (const [name, input] of Object.entries(formula.inputs)) {
          input.evidence.forEach((e, j) =>
            items.push({ path: at('derivation', bound, 'inputs', name, 'evidence', j), e }),
          );
        }
      }
    } else if (o.confidence === 'computed') {
      add(at('derivation'), 'a computed value needs its derivation (inputs and formula)');
    }
    if (items.length === 0) add(at('evidence'), 'must quote at least one piece of evidence');
    const evidenceSources = new Set<string>();
    const evidenceFootnotes = new Set<number>();
    for (const { path, e } of items) {
      checkEvidence(e, path);
      evidenceSources.add(e.source);
      if (e.footnote !== undefined) evidenceFootnotes.add(e.footnote);
    }
    o.sources.forEach((s, j) => {
      if (!sourceIds.has(s)) add(at('sources', j), `unknown source "${s}"`);
    });
    for (const s of evidenceSources) {
      if (!o.sources.includes(s))
        add(at('sources'), `the evidence quotes "${s}", which is not listed`);
    }
    const footnotes = o.footnotes ?? [];
    const seen = new Set<number>();
    footnotes.forEach((n, j) => {
      if (!footnoteOwners.has(n))
        add(at('footnotes', j), `footnote ${fmt(n)} belongs to no source`);
      if (seen.has(n)) add(at('footnotes', j), `footnote ${fmt(n)} is listed twice`);
      else if (!evidenceFootnotes.has(n))
        add(at('footnotes', j), `footnote ${fmt(n)} is carried by no quoted passage`);
      seen.add(n);
    });
    for (const n of evidenceFootnotes) {
      if (!seen.has(n))
        add(at('footnotes'), `the evidence carries footnote ${fmt(n)}, which is not listed`);
    }
    if (o.variant) {
      const choices = options.get(o.variant.option);
      if (!choices) add(at('variant', 'option'), `unknown option "${o.variant.option}"`);
      else if (!choices.has(o.variant.value)) {
        add(
          at('variant', 'value'),
          `"${o.variant.value}" is not a choice of option "${o.variant.option}"`,
        );
      }
    }
    const key = `${o.country}.${o.partner}.${o.indicator}`;
    const list = groups.get(key) ?? [];
    list.push(i);
    groups.set(key, list);
  });

  // one reading per country × partner × indicator, or one per choice of a single option
  for (const [key, idx] of groups) {
    const obs = idx.map((i) => d.observations[i]!);
    const withVariant = obs.filter((o) => o.variant !== undefined);
    if (withVariant.length === 0) {
      if (idx.length > 1) add(['observations', idx[1]!], `duplicate observation for ${key}`);
      continue;
    }
    if (withVariant.length !== obs.length) {
      const plain = idx.find((i) => d.observations[i]!.variant === undefined)!;
      add(
        ['observations', plain, 'variant'],
        `${key} has variant readings, so every reading needs a variant`,
      );
      continue;
    }
    const option = withVariant[0]!.variant!.option;
    const choices = options.get(option);
    const covered = new Set<string>();
    idx.forEach((i) => {
      const v = d.observations[i]!.variant!;
      if (v.option !== option) {
        add(
          ['observations', i, 'variant', 'option'],
          `${key} mixes options "${option}" and "${v.option}"`,
        );
      } else if (covered.has(v.value)) {
        add(
          ['observations', i, 'variant', 'value'],
          `${key} has two readings for ${option} = "${v.value}"`,
        );
      }
      covered.add(v.value);
    });
    if (choices) {
      for (const c of choices) {
        if (!covered.has(c))
          add(['observations', idx[0]!, 'variant'], `${key} has no reading for ${option} = "${c}"`);
      }
    }
  }

  issues.push(...sourceIssues);

  // ---- events
  const eventIds = new Set<string>();
  d.events.forEach((e, i) => {
    if (eventIds.has(e.id)) add(['events', i, 'id'], `duplicate event id "${e.id}"`);
    eventIds.add(e.id);
    e.countries.forEach((c, j) => {
      if (!countryCodes.has(c)) add(['events', i, 'countries', j], `unknown country "${c}"`);
    });
    if (e.partner !== undefined && !partnerCodes.has(e.partner))
      add(['events', i, 'partner'], `unknown partner "${e.partner}"`);
    if ((e.partner === undefined) === (e.other === undefined))
      add(
        ['events', i, 'partner'],
        'an event names either a partner of the data set or another party ("other"), not both',
      );
    e.sources.forEach((s, j) => {
      if (!sourceIds.has(s)) add(['events', i, 'sources', j], `unknown source "${s}"`);
    });
  });

  // ---- events' evidence and context facts
  d.events.forEach((e, i) => {
    (e.evidence ?? []).forEach((item, j) => {
      checkEvidence(item, ['events', i, 'evidence', j]);
      if (!e.sources.includes(item.source))
        add(
          ['events', i, 'evidence', j, 'source'],
          `"${item.source}" is not among the event's sources`,
        );
    });
  });
  const contextIds = new Set<string>();
  d.context.forEach((c, i) => {
    const at = (...rest: Path): Path => ['context', i, ...rest];
    if (contextIds.has(c.id)) add(at('id'), `duplicate context id "${c.id}"`);
    contextIds.add(c.id);
    c.countries.forEach((code, j) => {
      if (!countryCodes.has(code)) add(at('countries', j), `unknown country "${code}"`);
    });
    if (c.partner !== undefined && !partnerCodes.has(c.partner))
      add(at('partner'), `unknown partner "${c.partner}"`);
    c.sources.forEach((s, j) => {
      if (!sourceIds.has(s)) add(at('sources', j), `unknown source "${s}"`);
    });
    c.evidence.forEach((item, j) => {
      checkEvidence(item, at('evidence', j));
      if (!c.sources.includes(item.source))
        add(at('evidence', j, 'source'), `"${item.source}" is not among the fact's sources`);
    });
  });

  // ---- presets
  const presetIds = new Set<string>();
  d.presets.forEach((p, i) => {
    const at = (...rest: Path): Path => ['presets', i, ...rest];
    if (presetIds.has(p.id)) add(at('id'), `duplicate preset id "${p.id}"`);
    presetIds.add(p.id);
    p.sources.forEach((s, j) => {
      if (!sourceIds.has(s)) add(at('sources', j), `unknown source "${s}"`);
    });
    for (const [name, input] of Object.entries(p.figures ?? {})) {
      input.evidence.forEach((item, j) => {
        checkEvidence(item, at('figures', name, 'evidence', j));
        if (!p.sources.includes(item.source))
          add(
            at('figures', name, 'evidence', j, 'source'),
            `"${item.source}" is not among the preset's sources`,
          );
      });
    }
    for (const [key, value] of Object.entries(p.scenario.overrides ?? {})) {
      const parts = key.split('.');
      if (parts.length !== 3 || !groups.has(key)) {
        add(
          at('scenario', 'overrides', key),
          `"${key}" is not COUNTRY.PARTNER.indicator of an existing observation`,
        );
        continue;
      }
      const ind = indicators.get(parts[2]!);
      const range = ind?.kind === 'ordinal' || ind?.kind === 'share' ? KIND_RANGES[ind.kind] : null;
      if (range && (value < range.min || value > range.max)) {
        add(
          at('scenario', 'overrides', key),
          `${ind!.kind} overrides must be within ${range.min}–${range.max}, found ${fmt(value)}`,
        );
      }
    }
    for (const key of Object.keys(p.scenario.indicatorWeights ?? {})) {
      if (!indicators.has(key))
        add(at('scenario', 'indicatorWeights', key), `unknown indicator "${key}"`);
    }
    for (const [key, value] of Object.entries(p.scenario.options ?? {})) {
      const choices = options.get(key);
      if (!choices) add(at('scenario', 'options', key), `unknown option "${key}"`);
      else if (!choices.has(value))
        add(at('scenario', 'options', key), `"${value}" is not a choice of option "${key}"`);
    }
    // texts read their numbers from the data: every placeholder resolves, in both languages
    for (const lang of ['en', 'ru'] as const) {
      const problems = presetTextProblems(p.rationale[lang], p, d);
      if (problems.length > 0) add(at('rationale', lang), problems[0]!);
    }
    const shape = (t: string) =>
      placeholdersOf(t)
        .map((x) => x.raw.replace(/\s+/g, ''))
        .sort()
        .join(' ');
    if (shape(p.rationale.en) !== shape(p.rationale.ru))
      add(at('rationale', 'ru'), 'the Russian text must read the same numbers as the English');
  });

  issues.push(...optionIssues);
  return issues;
}

const datasetSchema = z
  .strictObject({
    version: text,
    date: z.string().regex(ISO_DAY, 'must be an ISO date YYYY-MM-DD'),
    countries: z.array(countrySchema).min(1, 'must list at least one country'),
    partners: z
      .array(partnerSchema)
      .min(2, 'must list at least two partners')
      .max(MAX_PARTNERS, `must list at most ${MAX_PARTNERS} partners (each is drawn apart)`),
    tiltPair: z.tuple([code, code]),
    indicators: z.array(indicatorSchema).min(1, 'must list at least one indicator'),
    observations: z.array(observationSchema),
    sources: z.array(sourceSchema),
    events: z.array(eventSchema),
    context: z.array(contextSchema),
    presets: z.array(presetSchema),
    options: z.array(optionSchema),
    dimensionWeights: z.record(dimension, finite.min(0, 'must be ≥ 0')),
  })
  .superRefine((data, ctx) => {
    for (const issue of crossCheck(data)) {
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    }
  });

/** `observations[12].low`, `presets[2].scenario.overrides["KG.CN.debt_share"]` */
function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part))
      out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out || '(root)';
}

export type ParseResult = { ok: true; data: Dataset } | { ok: false; reason: string; path: string };

/** A field the schema refuses: its path as a list and as text, and why. */
export interface DatasetProblem {
  /** e.g. ["observations", 12, "low"] */
  path: (string | number)[];
  /** e.g. `observations[12].low` */
  where: string;
  message: string;
}

export type DatasetCheck = { ok: true; data: Dataset } | { ok: false; problems: DatasetProblem[] };

/**
 * Validates unknown input as a Dataset and lists every problem the schema finds, in the order
 * a reader meets the fields (the cross-checks run once the structure holds). Never throws.
 */
export function checkDataset(input: unknown): DatasetCheck {
  try {
    const result = datasetSchema.safeParse(input);
    if (result.success) {
      const data: Dataset = result.data;
      return { ok: true, data };
    }
    const problems = result.error.issues.map((issue): DatasetProblem => {
      const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
      if (issue.code === 'unrecognized_keys' && issue.keys.length > 0) path.push(issue.keys[0]!);
      return { path, where: formatPath(path), message: issue.message };
    });
    return {
      ok: false,
      problems:
        problems.length > 0
          ? problems
          : [{ path: [], where: '(root)', message: 'invalid data set' }],
    };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return {
      ok: false,
      problems: [{ path: [], where: '(root)', message: `could not be validated (${message})` }],
    };
  }
}

/**
 * Validates unknown input as a Dataset. Never throws: on failure, `reason`
 * names the first bad field with its path, e.g.
 * `observations[12].low: low (30) must be ≤ value (25)`.
 */
export function parseDataset(input: unknown): ParseResult {
  const checked = checkDataset(input);
  if (checked.ok) return checked;
  const first = checked.problems[0]!;
  return { ok: false, reason: `${first.where}: ${first.message}`, path: first.where };
}
