import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { footerLines, normaliseSpace, wrapText } from '@/components/imageExport/footer';
import type { Provenance } from '@/components/provenance';

const provenance: Provenance = {
  scenario: 'Scenario “Railway”: 2 assumptions differ from the baseline',
  assumptions: ['Debt: 28.1% → 60%', 'Corridors: 2 → 4'],
  data: 'Data: Fulcrum data set 2026.12.0 (3 December 2026)',
  made: 'Made 3 December 2026 with Fulcrum',
  link: 'Reproduce this view: https://fulcrum.example/country/KG?o.KG.CN.debt_share=60',
  url: 'https://fulcrum.example/country/KG?o.KG.CN.debt_share=60',
};

describe('footerLines', () => {
  it('gives title, scenario, each assumption, data and date, sources, link — in that order', () => {
    expect(footerLines({ title: 'Radar', provenance, sources: 'Sources: the report' })).toEqual([
      { kind: 'title', text: 'Radar' },
      { kind: 'scenario', text: provenance.scenario },
      { kind: 'assumption', text: 'Debt: 28.1% → 60%' },
      { kind: 'assumption', text: 'Corridors: 2 → 4' },
      { kind: 'meta', text: `${provenance.data} · ${provenance.made}` },
      { kind: 'meta', text: 'Sources: the report' },
      { kind: 'link', text: provenance.link },
    ]);
  });

  it('leaves out an empty source line rather than printing a blank', () => {
    const lines = footerLines({
      title: 'Radar',
      provenance: { ...provenance, assumptions: [] },
      sources: '',
    });
    expect(lines.map((l) => l.kind)).toEqual(['title', 'scenario', 'meta', 'link']);
  });
});

describe('wrapText', () => {
  const perChar = (piece: string) => piece.length;

  it('breaks at spaces and cuts a word longer than the line', () => {
    expect(wrapText('one two three', 7, perChar)).toEqual(['one two', 'three']);
    expect(wrapText('https://example.org/long', 10, perChar)).toEqual([
      'https://ex',
      'ample.org/',
      'long',
    ]);
    expect(wrapText('  a \n b  ', 10, perChar)).toEqual(['a b']);
    expect(wrapText('', 10, perChar)).toEqual([]);
  });

  it('keeps every character in order, fits each piece, and never gives an empty one', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.integer({ min: 1, max: 60 }),
        // widths that differ by character, as a proportional font's do
        fc.func(fc.integer({ min: 1, max: 3 })),
        (text, maxWidth, widthOf) => {
          const measure = (piece: string) => [...piece].reduce((sum, ch) => sum + widthOf(ch), 0);
          const pieces = wrapText(text, maxWidth, measure);
          expect(pieces.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
          for (const piece of pieces) {
            expect(piece).not.toBe('');
            expect(piece).toBe(normaliseSpace(piece));
            if (piece.length > 1) expect(measure(piece)).toBeLessThanOrEqual(maxWidth);
          }
          // A break at a space is only taken when the next word would not fit.
          for (let i = 0; i + 1 < pieces.length; i += 1) {
            const next = pieces[i + 1]!.split(' ')[0]!;
            expect(measure(`${pieces[i]} ${next}`)).toBeGreaterThan(maxWidth);
          }
        },
      ),
    );
  });
});
