// Every number is defensible, checked by machine: each quotation is found in the text it
// claims (the Ifri report or the research notes), in the section its locator names, and a
// footnote is claimed only for a passage that carries it; every computed value is recomputed
// from its stored inputs, and each input's figure stands in its own quotation; the same
// evidence gets the same rubric level in every country.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset } from '@/data/dataset';
import { allEvidence } from '@/data/evidence';
import { findQuote, normaliseText, splitSections } from '@/data/quotes';
import {
  NOTES_SECTIONS,
  NOTES_TEXT_PATH,
  REPORT_SECTIONS,
  REPORT_SOURCE_ID,
  REPORT_TEXT_PATH,
} from '@/data/report';
import { evaluateDerivation } from '@/model';
import type { Evidence, FigureInput, Observation } from '@/model';

const root = resolve(__dirname, '../../..');
const reportPath = resolve(root, REPORT_TEXT_PATH);
const notesPath = resolve(root, NOTES_TEXT_PATH);
const haveTexts = existsSync(reportPath) && existsSync(notesPath);
const inCI = process.env.CI === 'true';

const idOf = (o: Observation) =>
  `${o.country}.${o.partner}.${o.indicator}${o.variant ? `[${o.variant.value}]` : ''}`;

/** Every evidence item of the data set, with where it is used. */
function everyEvidence(): { where: string; e: Evidence }[] {
  const out: { where: string; e: Evidence }[] = [];
  for (const o of dataset.observations)
    for (const e of allEvidence(o)) out.push({ where: idOf(o), e });
  for (const ev of dataset.events)
    for (const e of ev.evidence ?? []) out.push({ where: `event ${ev.id}`, e });
  for (const c of dataset.context)
    for (const e of c.evidence) out.push({ where: `context ${c.id}`, e });
  for (const p of dataset.presets)
    for (const [name, f] of Object.entries(p.figures ?? {}))
      for (const e of f.evidence) out.push({ where: `preset ${p.id} figure ${name}`, e });
  return out;
}

describe('the texts the data set quotes', () => {
  it('are beside the repository (required in CI)', () => {
    if (inCI) expect(haveTexts, `${reportPath} and ${notesPath} must exist in CI`).toBe(true);
  });
});

describe.skipIf(!haveTexts)('quotations', () => {
  const report = haveTexts ? readFileSync(reportPath, 'utf8') : '';
  const notes = haveTexts ? readFileSync(notesPath, 'utf8') : '';
  const reportSections = splitSections(report, REPORT_SECTIONS);
  const notesSections = splitSections(notes, NOTES_SECTIONS);

  it('splits both texts into every section they name', () => {
    expect([...reportSections.keys()]).toEqual([...REPORT_SECTIONS]);
    expect([...notesSections.keys()]).toEqual([...NOTES_SECTIONS]);
    for (const text of [...reportSections.values(), ...notesSections.values()])
      expect(normaliseText(text).length).toBeGreaterThan(100);
  });

  it('finds every quotation in the section its locator names, with the footnote it claims', () => {
    const problems: string[] = [];
    for (const { where, e } of everyEvidence()) {
      const sections = e.from === 'report' ? reportSections : notesSections;
      const text = sections.get(e.locator);
      if (text === undefined) {
        problems.push(`${where}: no ${e.from} section "${e.locator}"`);
        continue;
      }
      const match = findQuote(text, e.quote);
      if (!match.ok) {
        problems.push(`${where}: ${e.from} › ${e.locator}: ${match.reason}`);
        continue;
      }
      // A footnote is claimed only when the quoted passage carries it: its own sentence ends with
      // that marker, or it is the next marker of the paragraph (a note at a paragraph's end may
      // cover the sentences before it) — never a marker of another paragraph. A passage whose
      // own sentence ends with a marker is never cited as the report's own words.
      if (e.footnote !== undefined && e.footnote !== match.footnoteInParagraph) {
        problems.push(
          `${where}: claims footnote ${e.footnote}, but the paragraph's next marker is ${
            match.footnoteInParagraph ?? 'none'
          } ("${e.quote.slice(0, 60)}…")`,
        );
      }
      if (e.footnote === undefined && match.footnoteAfter !== null) {
        problems.push(
          `${where}: cites the report's own words, but the passage's sentence carries footnote ${match.footnoteAfter} ("${e.quote.slice(0, 60)}…")`,
        );
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives every observation that cites the report a quotation of the report', () => {
    const without = dataset.observations
      .filter((o) => o.sources.includes(REPORT_SOURCE_ID))
      .filter((o) => !allEvidence(o).some((e) => e.from === 'report'))
      .map(idOf);
    expect(without).toEqual([]);
  });
});

/** The ways a figure may be printed: 1367 as "1,367" or "1 367", 2.0 as "2". */
function printedForms(value: number): string[] {
  const plain = String(value);
  const forms = new Set([plain]);
  if (Number.isInteger(value)) forms.add(value.toLocaleString('en-US'));
  if (Number.isInteger(value)) forms.add(`${value}.0`);
  return [...forms];
}

describe('computed values', () => {
  const computed = dataset.observations.filter((o) => o.derivation);

  it('exist, and are exactly the derivation of their stored inputs', () => {
    expect(computed.length).toBeGreaterThan(0);
    for (const o of computed) {
      const result = evaluateDerivation(o.derivation!);
      expect(result.ok, idOf(o)).toBe(true);
      if (!result.ok) continue;
      if (result.value !== undefined) expect(o.value, `${idOf(o)} value`).toBe(result.value);
      if (result.low !== undefined) expect(o.low, `${idOf(o)} low`).toBe(result.low);
      if (result.high !== undefined) expect(o.high, `${idOf(o)} high`).toBe(result.high);
      // Computed means the value itself is: a reported value may have computed bounds.
      expect(o.confidence === 'computed', idOf(o)).toBe(o.derivation!.value !== undefined);
    }
  });

  it('read figures that stand, as printed, in their own quotations', () => {
    const problems: string[] = [];
    for (const o of computed) {
      const d = o.derivation!;
      for (const formula of [d.value, d.low, d.high]) {
        if (!formula) continue;
        for (const [name, input] of Object.entries(formula.inputs) as [string, FigureInput][]) {
          const quotes = input.evidence.map((e) => normaliseText(e.quote));
          const found = printedForms(input.value).some((form) =>
            quotes.some((q) =>
              new RegExp(`(^|[^\\d.,])${form.replace(/[.]/g, '\\.')}(?![\\d])`).test(q),
            ),
          );
          if (!found)
            problems.push(`${idOf(o)}: input ${name} = ${input.value} is in none of its quotes`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('in presets: every figure a preset reads stands, as printed, in its own quotations', () => {
    const problems: string[] = [];
    for (const p of dataset.presets) {
      for (const [name, input] of Object.entries(p.figures ?? {})) {
        const quotes = input.evidence.map((e) => normaliseText(e.quote));
        const found = printedForms(input.value).some((form) =>
          quotes.some((q) =>
            new RegExp(`(^|[^\\d.,])${form.replace(/[.]/g, '\\.')}(?![\\d])`).test(q),
          ),
        );
        if (!found)
          problems.push(`preset ${p.id}: figure ${name} = ${input.value} is in none of its quotes`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('judgements', () => {
  const judged = dataset.observations.filter((o) => o.confidence === 'judgement');

  it('are rubric levels only, each naming its rubric words and evidence key', () => {
    for (const o of judged) {
      const indicator = dataset.indicators.find((i) => i.id === o.indicator)!;
      expect(indicator.kind, idOf(o)).toBe('ordinal');
      expect(o.coding?.level, idOf(o)).toBe(o.value);
      const rubric = indicator.rubric![o.value]!.en.toLowerCase();
      expect(rubric, idOf(o)).toContain(o.coding!.rubricWords.toLowerCase());
    }
  });

  it('give the same evidence the same level in every country', () => {
    const levels = new Map<string, { level: number; where: string }>();
    const problems: string[] = [];
    for (const o of judged) {
      const key = `${o.indicator}:${o.coding!.evidenceKey}`;
      const seen = levels.get(key);
      if (seen && seen.level !== o.value)
        problems.push(`${key}: level ${seen.level} in ${seen.where}, ${o.value} in ${idOf(o)}`);
      if (!seen) levels.set(key, { level: o.value, where: idOf(o) });
    }
    expect(problems).toEqual([]);
  });

  it('are never percentages', () => {
    const shares = dataset.observations.filter((o) => {
      const indicator = dataset.indicators.find((i) => i.id === o.indicator)!;
      return indicator.kind !== 'ordinal' && o.confidence === 'judgement';
    });
    expect(shares.map(idOf)).toEqual([]);
  });
});
