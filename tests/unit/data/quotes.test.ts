import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { findQuote, normaliseText, quoteFragments, splitSections } from '@/data/quotes';

const word = fc.stringMatching(/^[A-Za-z$%0-9]{1,8}$/);
const words = fc.array(word, { minLength: 3, maxLength: 40 });

describe('findQuote', () => {
  test.prop([fc.string({ maxLength: 300 }), fc.string({ maxLength: 80 })])(
    'never throws',
    (text, quote) => {
      const result = findQuote(text, quote);
      expect(typeof result.ok).toBe('boolean');
    },
  );

  test.prop([words, fc.nat(), fc.nat()])(
    'finds any run of words of a text, whatever the spacing',
    (ws, a, b) => {
      const i = a % ws.length;
      const j = i + 1 + (b % (ws.length - i));
      const text = ws.join('  \n ');
      const quote = ws.slice(i, j).join(' ');
      expect(findQuote(text, quote).ok).toBe(true);
    },
  );

  test.prop([words, fc.nat()])('finds elided fragments in order, not out of order', (ws, k) => {
    // no word may hide inside another, or "out of order" could still be found
    fc.pre(ws.length >= 4 && ws.every((w, x) => ws.every((v, y) => x === y || !v.includes(w))));
    const i = 1 + (k % (ws.length - 2));
    const text = ws.join(' ');
    expect(findQuote(text, `${ws[0]} … ${ws[i + 1]}`).ok).toBe(true);
    expect(findQuote(text, `${ws[i + 1]} … ${ws[0]}`).ok).toBe(false);
  });

  it('ignores quote styles, escapes, emphasis and footnote markers', () => {
    const text = 'He said “weaponized interdependence”,³⁵ and *de facto* paid \\$8.5 million.¹³';
    expect(
      findQuote(text, 'said "weaponized interdependence", and de facto paid $8.5 million').ok,
    ).toBe(true);
  });

  it('reports the footnote that ends the quotation’s sentence, and no other', () => {
    const text =
      'First claim here.¹² Second claim, no note. Cost \\$8.5 million,³ then "quoted."⁴ Last one.\n\nThird claim.⁷';
    const at = (quote: string) => {
      const m = findQuote(text, quote);
      return m.ok ? [m.footnoteAfter, m.footnoteInParagraph] : m.reason;
    };
    expect(at('First claim here')).toEqual([12, 12]);
    expect(at('Second claim, no note')).toEqual([null, 3]);
    expect(at('Cost $8')).toEqual([3, 3]);
    expect(at('then "quoted')).toEqual([4, 4]);
    expect(at('Last one')).toEqual([null, null]);
    expect(at('Second claim, no note.')).toEqual([null, 3]);
    expect(at('First claim here.')).toEqual([12, 12]);
    expect(at('Third claim')).toEqual([7, 7]);
  });

  it('refuses a fragment that runs across a paragraph break', () => {
    const result = findQuote('one two\n\nthree four', 'two three');
    expect(result.ok).toBe(false);
  });
});

describe('normaliseText and quoteFragments', () => {
  test.prop([fc.string({ maxLength: 200 })])('normalising twice changes nothing', (t) => {
    expect(normaliseText(normaliseText(t))).toBe(normaliseText(t));
  });

  it('splits on an ellipsis', () => {
    expect(quoteFragments('a b … c ... d')).toEqual(['a b', 'c', 'd']);
  });
});

describe('splitSections', () => {
  it('splits at headings on their own lines, in order, skipping a contents list', () => {
    const text = 'CONTENTS\nIntro 1\n\nIntro\nbody one\n## Second\nbody two';
    const sections = splitSections(text, ['Intro', 'Second']);
    expect([...sections.keys()]).toEqual(['Intro', 'Second']);
    expect(sections.get('Intro')).toContain('body one');
    expect(sections.get('Second')).toContain('body two');
  });
});
