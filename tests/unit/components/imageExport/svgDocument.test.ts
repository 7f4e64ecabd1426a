// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  escapeXml,
  layoutLines,
  svgDocument,
  type SvgTextLine,
} from '@/components/imageExport/svgDocument';

const colors = { background: '#ffffff', text: '#0f172a', muted: '#475569', link: '#1d4ed8' };
const chart = {
  markup:
    '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"><rect width="10" height="10" style="fill: rgb(213, 94, 0)"/></svg>',
  width: 300,
  height: 200,
};

const parser = new DOMParser();
function parse(markup: string): Document {
  return parser.parseFromString(markup, 'image/svg+xml');
}

function documentOf(
  lines: SvgTextLine[],
  fontCss = '@font-face { font-family: "Inter Variable"; src: url("data:font/woff2;base64,AAAA"); }',
) {
  return svgDocument({
    chart,
    lines,
    width: 400,
    fontCss,
    colors,
    fontFamily: "'Inter Variable', sans-serif",
  });
}

describe('svgDocument', () => {
  it('puts the chart, then each line as a <text>, on a light background with the font embedded', () => {
    const markup = documentOf([
      {
        kind: 'note',
        text: 'China',
        color: 'rgb(163, 68, 0)',
        icon: { markup: '<svg width="12" height="12"/>', width: 12, height: 12 },
        indent: 18,
      },
      { kind: 'title', text: 'Dependence by dimension' },
      { kind: 'link', text: 'Reproduce this view: https://x.example/?a=1&b=2' },
    ]);
    const doc = parse(markup);
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.getAttribute('width')).toBe('400');
    expect(Number(root.getAttribute('height'))).toBeGreaterThan(200);
    expect(doc.querySelector('style')!.textContent).toContain('data:font/woff2;base64,AAAA');
    expect(doc.querySelector('rect')!.getAttribute('fill')).toBe('#ffffff');
    const texts = [...doc.querySelectorAll('g.export-footer > text')];
    expect(texts.map((t) => t.textContent)).toEqual([
      'China',
      'Dependence by dimension',
      'Reproduce this view: https://x.example/?a=1&b=2',
    ]);
    expect(texts[0]!.getAttribute('x')).toBe('34');
    expect(texts[0]!.getAttribute('fill')).toBe('rgb(163, 68, 0)');
    expect(texts[1]!.getAttribute('font-weight')).toBe('700');
    expect(texts[2]!.getAttribute('fill')).toBe(colors.link);
    // the chart's own drawing is inside, untouched
    expect(markup).toContain(chart.markup);
  });

  it('places lines top to bottom, below the chart, and sizes the image to hold them', () => {
    const lines: SvgTextLine[] = [
      { kind: 'note', text: 'a' },
      { kind: 'title', text: 'b' },
      { kind: 'meta', text: 'c' },
    ];
    const { baselines, bottom } = layoutLines(lines, 228);
    expect(baselines[0]).toBeGreaterThan(228);
    expect(baselines[1]).toBeGreaterThan(baselines[0]!);
    expect(baselines[2]).toBeGreaterThan(baselines[1]!);
    expect(bottom).toBeGreaterThan(baselines[2]!);
  });

  it('stays well-formed XML whatever the text says, and keeps the text as written', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 40 }), { minLength: 1, maxLength: 5 }),
        fc.string({ maxLength: 30 }),
        (texts, fontNoise) => {
          const lines = texts.map((text): SvgTextLine => ({ kind: 'meta', text }));
          const doc = parse(documentOf(lines, `/* ${fontNoise} ]]> */`));
          expect(doc.querySelector('parsererror')).toBeNull();
          const written = [...doc.querySelectorAll('g.export-footer > text')].map(
            (t) => t.textContent,
          );
          // characters XML cannot hold are dropped; everything else survives
          const allowed = (s: string) =>
            // eslint-disable-next-line no-control-regex -- the characters XML cannot hold
            s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
          expect(written).toEqual(texts.map(allowed));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('escapes the five XML characters', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;',
    );
  });
});
