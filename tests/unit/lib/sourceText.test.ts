// How a source is cited: a real title in quotation marks, else what the work is; a bare
// domain named as such; and the context facts of one country.
import { describe, expect, it } from 'vitest';
import { dataset } from '@/data/dataset';
import { contextFacts } from '@/lib/context';
import { citationParts, QUOTES } from '@/lib/sourceText';
import type { Source } from '@/model';

const words = {
  site: (s: string) => `site: ${s} (the source gives only the domain)`,
  undated: 'n.d.',
};

/** The parts joined as plain text, as SourceCitation renders them without markup. */
function citationText(source: Source, language: 'en' | 'ru', w: typeof words): string {
  return citationParts(source, language)
    .map((p) => {
      switch (p.kind) {
        case 'title':
          return `${QUOTES[language][0]}${p.text}${QUOTES[language][1]}`;
        case 'date':
          return p.undated ? w.undated : p.text;
        case 'site':
          return w.site(p.site);
        default:
          return p.text;
      }
    })
    .join(', ');
}

describe('citationParts', () => {
  it('quotes a real title and names a bare domain', () => {
    const fn3 = dataset.sources.find((s) => s.footnote === 3)!;
    expect(citationText(fn3, 'en', words)).toBe(
      'K. Aibashov and M. Sharipzhan, “China-Kyrgyzstan Trade Gap Widens As Conflicting Data Raises Transparency Concerns”, Radio Free Europe/Radio Liberty, 2026-03-26, site: www.rferl.org (the source gives only the domain)',
    );
    expect(citationText(fn3, 'ru', words)).toContain('«China-Kyrgyzstan Trade Gap');
  });

  it('describes an untitled work without quotation marks, in the reader’s language', () => {
    const kremlin = dataset.sources.find((s) => s.id === 'kremlin-ushakov-2025-kg')!;
    expect(kremlin.title).toBeUndefined();
    const en = citationText(kremlin, 'en', words);
    expect(en.startsWith('Kremlin pre-visit briefing')).toBe(true);
    expect(en).not.toMatch(/[“”]/);
    expect(citationText(kremlin, 'ru', words).startsWith('Брифинг Кремля')).toBe(true);
  });

  it('links a full address and adds no site beside it; says when a work is undated', () => {
    const source: Source = {
      id: 'x',
      title: 'T',
      outlet: 'O',
      date: 'n.d.',
      url: 'https://example.org/a',
      description: { en: 'In Chinese.', ru: 'На китайском языке.' },
    };
    expect(citationParts(source, 'en')).toEqual([
      { kind: 'title', text: 'T', url: 'https://example.org/a' },
      { kind: 'outlet', text: 'O' },
      { kind: 'date', text: 'n.d.', undated: true },
      { kind: 'note', text: 'In Chinese.' },
    ]);
  });
});

describe('contextFacts', () => {
  it('gives the facts of one country, in the data set’s order', () => {
    const tj = contextFacts(dataset, { country: 'TJ' });
    expect(tj.length).toBeGreaterThan(0);
    expect(tj.every((c) => c.countries.includes('TJ'))).toBe(true);
    expect(tj.map((c) => c.id)).toContain('tj-cn-trade-imbalance');
    expect(contextFacts(dataset, { country: 'KG' }).map((c) => c.id)).not.toContain(
      'tj-cn-trade-imbalance',
    );
    expect(contextFacts(dataset, { partner: 'RU' }).every((c) => c.partner === 'RU')).toBe(true);
  });
});
