// A standalone SVG file of a chart: the chart's own drawing (its styles already resolved into
// it), any notes the card shows under it, and the footer as text lines, on the light palette,
// with the font embedded so the file looks the same in a slide tool or another browser. Pure:
// ./exportImage.ts measures, serialises and feeds it.
import type { FooterLineKind } from './footer';

/** One wrapped line of text under the chart. */
export interface SvgTextLine {
  kind: FooterLineKind | 'note';
  text: string;
  /** a note's own colour (a legend entry in its partner's colour) */
  color?: string;
  /** a note's sample (a legend's line and symbol, a swatch), drawn before its text */
  icon?: SvgPart;
  /** indent of a note whose first line carries an icon */
  indent?: number;
}

/** Serialised SVG markup with the size it is drawn at. */
export interface SvgPart {
  markup: string;
  width: number;
  height: number;
}

/** Space between a note's icon and its text. */
export const ICON_GAP = 6;

export interface SvgDocumentInput {
  /** the chart's `<svg>…</svg>`, serialised, with width and height attributes */
  chart: SvgPart;
  /** already wrapped to fit `width - 2 × padding` */
  lines: readonly SvgTextLine[];
  /** the image's width; the chart is drawn at its own width inside it */
  width: number;
  /** `@font-face` rules with data: URLs */
  fontCss: string;
  /** the light palette's colours */
  colors: { background: string; text: string; muted: string; link: string };
  fontFamily: string;
}

export const SVG_PADDING = 16;
/** Type size of each kind of line, in px (the SVG's text and the measuring that wraps it). */
export const SVG_FONT_SIZE: Record<SvgTextLine['kind'], number> = {
  title: 15,
  scenario: 12,
  assumption: 12,
  meta: 12,
  link: 12,
  note: 13,
};
const LINE_GAP = 1.45;
/** Space between the chart and what follows it, and between the notes and the footer. */
const BLOCK_GAP = 12;

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Text may only hold characters XML allows (a stray control character makes the file unreadable). */
function xmlText(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing exactly these is the point
  return escapeXml(text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ''));
}

/** The y of each line's baseline, and the height the whole image needs. */
export function layoutLines(
  lines: readonly SvgTextLine[],
  top: number,
): { baselines: number[]; bottom: number } {
  let y = top;
  let previous: SvgTextLine['kind'] | null = null;
  const baselines = lines.map((line) => {
    const size = SVG_FONT_SIZE[line.kind];
    // The footer starts after a gap and a rule when notes come first.
    if (previous === 'note' && line.kind !== 'note') y += BLOCK_GAP;
    y += size * LINE_GAP;
    previous = line.kind;
    return Math.round(y - size * (LINE_GAP - 1) * 0.5 - size * 0.2);
  });
  return { baselines, bottom: Math.ceil(y) };
}

function lineColor(line: SvgTextLine, colors: SvgDocumentInput['colors']): string {
  const { kind } = line;
  if (line.color) return line.color;
  if (kind === 'title' || kind === 'scenario' || kind === 'assumption') return colors.text;
  if (kind === 'link') return colors.link;
  return colors.muted;
}

export function svgDocument({
  chart,
  lines,
  width,
  fontCss,
  colors,
  fontFamily,
}: SvgDocumentInput): string {
  const chartTop = SVG_PADDING;
  const linesTop = chartTop + chart.height + BLOCK_GAP;
  const { baselines, bottom } = layoutLines(lines, linesTop);
  const height = Math.ceil(bottom + SVG_PADDING);
  const text = lines
    .map((line, i) => {
      const y = baselines[i]!;
      const size = SVG_FONT_SIZE[line.kind];
      const weight = line.kind === 'title' || line.kind === 'scenario' ? ' font-weight="700"' : '';
      const x = SVG_PADDING + (line.indent ?? 0);
      // The icon sits on the text's line, centred on its x-height.
      const icon = line.icon
        ? `<g transform="translate(${SVG_PADDING} ${Math.round(y - size * 0.35 - line.icon.height / 2)})">${line.icon.markup}</g>`
        : '';
      return `${icon}<text x="${x}" y="${y}" font-size="${size}"${weight} fill="${escapeXml(lineColor(line, colors))}">${xmlText(line.text)}</text>`;
    })
    .join('\n');
  const chartX = Math.max(SVG_PADDING, Math.round((width - chart.width) / 2));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    // The font travels with the file; CDATA keeps the base64 and quotes as they are.
    `<style><![CDATA[\n${fontCss.replace(/]]>/g, ']]]]><![CDATA[>')}\ntext { font-family: ${fontFamily}; }\n]]></style>`,
    `<rect width="${width}" height="${height}" fill="${escapeXml(colors.background)}"/>`,
    `<g transform="translate(${chartX} ${chartTop})">`,
    chart.markup,
    '</g>',
    `<g class="export-footer">`,
    text,
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}
