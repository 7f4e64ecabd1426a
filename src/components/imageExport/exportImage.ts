// Makes the image files: a stage off screen on the light palette (a copy of the chart or the
// slide, then the footer), drawn to PNG by html-to-image at twice its size, or serialised to
// SVG. html-to-image is imported here, on the first click, never with the page.
import { embeddedFontCss } from './fontFaces';
import { normaliseSpace, wrapText, type FooterLine } from './footer';
import {
  escapeXml,
  ICON_GAP,
  SVG_FONT_SIZE,
  SVG_PADDING,
  svgDocument,
  type SvgPart,
  type SvgTextLine,
} from './svgDocument';
import type { ImageFormat } from './fileName';
import './imageExport.css';

/** The bundled font (src/app/main.tsx imports @fontsource-variable/inter). */
const FONT_FAMILY = 'Inter Variable';
const SVG_FONT_STACK = `'Inter Variable', system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif`;
const PNG_PIXEL_RATIO = 2;

/** What is drawn: a chart card (its body; the title goes into the footer) or a whole slide. */
export type ExportSource =
  { kind: 'card'; card: HTMLElement } | { kind: 'slide'; deck: HTMLElement; slide: HTMLElement };

/** Controls and screen-reader-only words have no place in a picture. */
const LEFT_OUT = 'button, .card-actions, .visually-hidden, [data-export-skip]';

/** The presentation properties that carry a chart's look, resolved from the stylesheets. */
const SVG_STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'visibility',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant-numeric',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'letter-spacing',
] as const;

function footerElement(lines: readonly FooterLine[]): HTMLElement {
  const footer = document.createElement('footer');
  footer.className = 'export-footer';
  for (const line of lines) {
    const p = document.createElement('p');
    p.className = `export-footer-${line.kind}`;
    p.textContent = line.text;
    footer.append(p);
  }
  return footer;
}

function cleanClone<T extends Element>(element: T): T {
  const clone = element.cloneNode(true) as T;
  for (const node of Array.from(clone.querySelectorAll(LEFT_OUT))) node.remove();
  // Copies must not repeat the page's ids (aria-labelledby, focus targets); SVG pattern ids
  // stay, the chart's fills refer to them.
  for (const node of Array.from(clone.querySelectorAll('[id]'))) {
    if (!(node instanceof SVGElement)) node.removeAttribute('id');
  }
  return clone;
}

/**
 * The stage: off screen, light palette, exactly as wide as what the reader sees (the card,
 * or the deck), with the same inner padding, so the copy lays out as on the page.
 */
function buildStage(source: ExportSource, footer: readonly FooterLine[]): HTMLElement {
  const stage = document.createElement('div');
  stage.className = 'export-stage export-light';
  const box = source.kind === 'card' ? source.card : source.deck;
  const boxStyle = getComputedStyle(box);
  stage.style.width = `${Math.round(box.getBoundingClientRect().width)}px`;
  stage.style.padding = `${boxStyle.paddingTop} ${boxStyle.paddingRight}`;
  if (source.kind === 'card') {
    const body = source.card.querySelector('.card-body');
    if (body) stage.append(cleanClone(body));
  } else {
    // The slide's styles hang on the deck's classes; its type size follows the screen and its
    // height is the deck's row, so the copy keeps both as on the page.
    const frame = document.createElement('div');
    frame.className = 'briefing briefing-deck export-slide';
    frame.style.fontSize = boxStyle.fontSize;
    const slide = cleanClone(source.slide);
    // At least: a slide that overflows on the page is drawn whole, not overlapping.
    slide.style.minHeight = `${Math.ceil(source.slide.getBoundingClientRect().height)}px`;
    frame.append(slide);
    stage.append(frame);
  }
  stage.append(footerElement(footer));
  return stage;
}

async function withStage<T>(
  source: ExportSource,
  footer: readonly FooterLine[],
  work: (stage: HTMLElement) => Promise<T>,
): Promise<T> {
  const stage = buildStage(source, footer);
  document.body.append(stage);
  try {
    await document.fonts.ready;
    return await work(stage);
  } finally {
    stage.remove();
  }
}

/** html-to-image draws the stage where it stands; in the image it stands at the origin. */
const ON_CANVAS = { position: 'static', left: '0', top: '0', margin: '0' } as const;

/**
 * html-to-image copies every computed property onto every SVG element, and Chromium then
 * drops some of them (grid, axis and zero lines, the light stripes of the hatching went
 * missing). Each drawing goes in as an image of its own serialised SVG instead: the same
 * resolved styles as the SVG file, with the font inside.
 */
async function drawingsAsImages(stage: HTMLElement, fontCss: string): Promise<void> {
  const drawings = Array.from(stage.querySelectorAll('svg')).filter(
    (svg) => !svg.parentElement?.closest('svg'),
  );
  const parts = drawings.map((svg) => serialiseSvg(svg));
  await Promise.all(
    drawings.map(async (svg, i) => {
      const { markup, width, height } = parts[i]!;
      const withFont = svg.querySelector('text')
        ? markup.replace(/^<svg([^>]*)>/, `<svg$1><style><![CDATA[${fontCss}]]></style>`)
        : markup;
      const image = document.createElement('img');
      image.alt = '';
      image.width = width;
      image.height = height;
      image.className = 'export-drawing';
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(withFont)}`;
      await image.decode();
      svg.replaceWith(image);
    }),
  );
}

async function stageToPng(stage: HTMLElement): Promise<Blob> {
  const { toBlob } = await import('html-to-image');
  const fontEmbedCSS = await embeddedFontCss(document, FONT_FAMILY, stage.textContent ?? '');
  await drawingsAsImages(stage, fontEmbedCSS);
  const blob = await toBlob(stage, {
    pixelRatio: PNG_PIXEL_RATIO,
    fontEmbedCSS,
    backgroundColor: getComputedStyle(stage).backgroundColor,
    style: ON_CANVAS,
  });
  if (!blob) throw new Error('the canvas gave no image');
  return blob;
}

/** A slide is HTML: html-to-image wraps it in an SVG foreignObject. */
async function stageToForeignSvg(stage: HTMLElement): Promise<Blob> {
  const { toSvg } = await import('html-to-image');
  const fontEmbedCSS = await embeddedFontCss(document, FONT_FAMILY, stage.textContent ?? '');
  const dataUrl = await toSvg(stage, { fontEmbedCSS, style: ON_CANVAS });
  const markup = decodeURIComponent(dataUrl.slice(dataUrl.indexOf(',') + 1));
  return new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${markup}`], {
    type: 'image/svg+xml',
  });
}

/** A copy of an <svg> with the stylesheet's look written into each element's style. */
function serialiseSvg(svg: SVGSVGElement): SvgPart {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const copies = [copy, ...Array.from(copy.querySelectorAll('*'))];
  originals.forEach((original, i) => {
    const target = copies[i];
    if (!target) return;
    const computed = getComputedStyle(original);
    const declarations = SVG_STYLE_PROPERTIES.map(
      (property) => `${property}: ${computed.getPropertyValue(property)}`,
    );
    if (computed.display === 'none') declarations.push('display: none');
    target.setAttribute('style', declarations.join('; '));
    // Presentation attributes naming theme variables mean nothing outside the app.
    for (const attribute of Array.from(target.attributes)) {
      if (attribute.value.includes('var(')) target.removeAttribute(attribute.name);
    }
  });
  const { width, height } = svg.getBoundingClientRect();
  const drawn = { width: Math.round(width), height: Math.round(height) };
  copy.setAttribute('width', String(drawn.width));
  copy.setAttribute('height', String(drawn.height));
  copy.removeAttribute('class');
  copy.setAttribute('style', `overflow: visible; font-family: ${SVG_FONT_STACK}`);
  return { markup: new XMLSerializer().serializeToString(copy), ...drawn };
}

/** The card's drawing: its largest <svg> (legend samples are small ones). */
function mainSvg(root: Element): SVGSVGElement | null {
  let best: SVGSVGElement | null = null;
  let bestArea = 0;
  for (const svg of Array.from(root.querySelectorAll('svg'))) {
    const { width, height } = svg.getBoundingClientRect();
    if (width * height > bestArea) {
      best = svg;
      bestArea = width * height;
    }
  }
  return best;
}

const NOTE_BLOCKS = 'li, p, dt, dd, .partner-label, [class$="-row"]';

/** A note's sample: a small inline <svg> (a legend's line and symbol) or a colour swatch. */
function noteIcon(block: Element): SvgPart | undefined {
  const sample = block.querySelector('svg');
  if (sample) return serialiseSvg(sample);
  const swatch = block.querySelector('.swatch');
  if (!swatch) return undefined;
  const { width, height } = swatch.getBoundingClientRect();
  const size = { width: Math.round(width) || 12, height: Math.round(height) || 12 };
  const fill = escapeXml(getComputedStyle(swatch).backgroundColor);
  return {
    markup: `<svg width="${size.width}" height="${size.height}"><rect width="${size.width}" height="${size.height}" fill="${fill}"/></svg>`,
    ...size,
  };
}

/**
 * What a card shows beside its drawing in HTML (legends, notes), as lines under it: each
 * innermost list item, paragraph, label or row, in its own colour, with its sample if any.
 */
function noteLines(body: Element, drawing: SVGSVGElement): SvgTextLine[] {
  return Array.from(body.querySelectorAll(NOTE_BLOCKS))
    .filter(
      (el) =>
        !drawing.contains(el) && !el.querySelector(NOTE_BLOCKS) && el.getClientRects().length > 0,
    )
    .map((el): SvgTextLine => {
      const icon = noteIcon(el);
      return {
        kind: 'note',
        text: normaliseSpace(el.textContent ?? ''),
        color: getComputedStyle(el).color,
        ...(icon ? { icon, indent: icon.width + ICON_GAP } : {}),
      };
    })
    .filter((line) => line.text !== '');
}

function textMeasurer(): (text: string, kind: SvgTextLine['kind']) => number {
  const context = document.createElement('canvas').getContext('2d');
  return (text, kind) => {
    const size = SVG_FONT_SIZE[kind];
    if (!context) return text.length * size * 0.6;
    context.font = `${kind === 'title' || kind === 'scenario' ? 700 : 400} ${size}px ${SVG_FONT_STACK}`;
    return context.measureText(text).width;
  };
}

async function stageToSvg(stage: HTMLElement, footer: readonly FooterLine[]): Promise<Blob> {
  const body = stage.querySelector('.card-body') ?? stage;
  const drawing = mainSvg(body);
  if (!drawing) throw new Error('no chart drawing to export');
  const chart = serialiseSvg(drawing);
  const width = Math.max(chart.width + 2 * SVG_PADDING, Math.round(stage.offsetWidth));
  const measure = textMeasurer();
  // Only a line's first piece carries its icon; the rest keep its indent.
  const wrap = ({ icon, ...line }: SvgTextLine): SvgTextLine[] =>
    wrapText(line.text, width - 2 * SVG_PADDING - (line.indent ?? 0), (piece) =>
      measure(piece, line.kind),
    ).map((text, i) => ({ ...line, text, ...(i === 0 && icon ? { icon } : {}) }));
  const lines = [...noteLines(body, drawing), ...footer].flatMap(wrap);
  const allText = lines.map((l) => l.text).join(' ') + (drawing.textContent ?? '');
  const palette = getComputedStyle(stage);
  const markup = svgDocument({
    chart,
    lines,
    width,
    fontCss: await embeddedFontCss(document, FONT_FAMILY, allText),
    colors: {
      background: palette.getPropertyValue('--surface').trim() || '#ffffff',
      text: palette.getPropertyValue('--text').trim() || '#0f172a',
      muted: palette.getPropertyValue('--muted').trim() || '#475569',
      link: palette.getPropertyValue('--link').trim() || '#1d4ed8',
    },
    fontFamily: SVG_FONT_STACK,
  });
  return new Blob([markup], { type: 'image/svg+xml' });
}

/** The image of a card or a slide with its footer, as a file's contents. */
export function exportImage(
  source: ExportSource,
  footer: readonly FooterLine[],
  format: ImageFormat,
): Promise<Blob> {
  return withStage(source, footer, (stage) => {
    if (format === 'png') return stageToPng(stage);
    return source.kind === 'card' ? stageToSvg(stage, footer) : stageToForeignSvg(stage);
  });
}
