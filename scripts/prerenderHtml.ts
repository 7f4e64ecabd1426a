/**
 * The HTML work of the prerender (scripts/prerender.ts), apart so it can be tested
 * (tests/unit/app/prerender.test.ts): which built files a page needs, its head, and the parts
 * of a page a build cannot know.
 */
import { scriptHash, scriptSources, statedPolicy } from './contentSecurityPolicy.ts';

/** The build's manifest (`build.manifest`): each chunk by its module, with what it imports. */
export type BuildManifest = Record<
  string,
  { file: string; css?: string[]; imports?: string[]; isEntry?: boolean }
>;

/**
 * The scripts and style sheets of the modules a page loaded on demand (its page, its messages)
 * and of what they import, leaving out those every page already has (the entry's). Modules the
 * manifest does not list (built into the entry's chunks) need nothing more.
 */
export function chunkFiles(
  manifest: BuildManifest,
  modules: readonly string[],
): { styles: string[]; scripts: string[] } {
  const closure = (keys: readonly string[]) => {
    const seen = new Set<string>();
    const visit = (key: string) => {
      if (seen.has(key) || !Object.hasOwn(manifest, key)) return;
      seen.add(key);
      for (const imported of manifest[key]!.imports ?? []) visit(imported);
    };
    keys.forEach(visit);
    return seen;
  };
  const everyPage = closure(Object.keys(manifest).filter((key) => manifest[key]!.isEntry));
  const shared = new Set([...everyPage].flatMap((key) => manifest[key]!.css ?? []));
  const own = [...closure(modules)].filter((key) => !everyPage.has(key));
  return {
    styles: [...new Set(own.flatMap((key) => manifest[key]!.css ?? []))].filter(
      (css) => !shared.has(css),
    ),
    scripts: own.map((key) => manifest[key]!.file),
  };
}

/** What a page's head adds to the built index.html's. */
export interface PageHead {
  /** the page's address (the first-paint script compares it with the visitor's) */
  path: string;
  /** the page's title, as HTML text; null keeps the built one */
  title: string | null;
  /** fonts the first screen's text needs (preloaded) */
  fonts: readonly string[];
  /** the first-paint script's code (src/app/firstPaint.ts), written into the page */
  firstPaint: string;
  /** the page's own style sheets and scripts */
  styles: readonly string[];
  scripts: readonly string[];
}

function insertBefore(html: string, anchor: string, text: string): string {
  const at = html.indexOf(anchor);
  if (at < 0) throw new Error(`prerender: no ${anchor} in the built index.html`);
  return `${html.slice(0, at)}${text}${html.slice(at)}`;
}

/**
 * The built index.html with a page's head: its title, the font preloads, the page's style
 * sheets after the entry's (so it paints styled) and the first-paint script (a classic script: it
 * runs before the body is parsed, and the requests above start before it). The scripts are not
 * in the head: the first-paint script starts the entry once the page is painted (`app`, its
 * address) and preloads the entry's imports and the page's own scripts with it (`preloads`, in
 * that order), so their download never competes with what the first paint needs (the HTML, the
 * style sheets, the fonts). Paths are relative to the output folder; every link is absolute
 * from the site root.
 */
export function pageHead(
  template: string,
  head: PageHead,
): { html: string; app: string; preloads: string[] } {
  const indent = '\n    ';
  let html = template;
  if (head.title !== null) {
    if (!/<title>[^<]*<\/title>/.test(html)) throw new Error('prerender: no <title> in index.html');
    html = html.replace(/<title>[^<]*<\/title>/, () => `<title>${head.title}</title>`);
  }
  const fonts = head.fonts.map(
    (font) => `<link rel="preload" href="/${font}" as="font" type="font/woff2" crossorigin />`,
  );
  html = insertBefore(html, '<link rel="icon"', [...fonts, ''].join(indent));
  const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/.exec(html);
  if (!entry) throw new Error('prerender: no module script in the built index.html');
  const app = entry[1]!;
  const preloads: string[] = [];
  html = html
    .replace(entry[0], '')
    .replace(
      /<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g,
      (_, href: string) => (preloads.push(href), ''),
    );
  const stylesheets = [...html.matchAll(/<link rel="stylesheet"[^>]*>/g)];
  const last = stylesheets.at(-1);
  if (!last) throw new Error('prerender: no style sheet in the built index.html');
  const links = [
    ...head.styles.map((css) => `<link rel="stylesheet" crossorigin href="/${css}">`),
    `<script data-path="${head.path}">${head.firstPaint}</script>`,
  ];
  const end = last.index + last[0].length;
  html = `${html.slice(0, end)}${links.map((link) => `${indent}${link}`).join('')}${html.slice(end)}`;
  return {
    html,
    app,
    preloads: [...new Set([...preloads, ...head.scripts.map((js) => `/${js}`)])],
  };
}

/**
 * A page without what depends on the origin it is served from, which a build cannot know: the
 * link to the view itself that the briefing's title slide shows in a <figure> with its QR code
 * keeps its path, and its QR code its box but not its squares, until the app draws both.
 * Throws when the origin shows anywhere else, rather than publish a wrong link.
 */
export function emptyOriginDependentParts(html: string, origin: string): string {
  const out = html.replace(/<figure\b[^>]*>.*?<\/figure>/gs, (figure) =>
    figure.includes(origin)
      ? figure.replace(/(<svg\b[^>]*>).*?<\/svg>/gs, '$1</svg>').replaceAll(origin, '')
      : figure,
  );
  const at = out.indexOf(origin);
  if (at >= 0) {
    throw new Error(`prerender: the page shows its own origin: …${out.slice(at - 80, at + 80)}…`);
  }
  return out;
}

/**
 * Code that can stand inside an HTML <script> as it is; throws on text that would end the
 * script early or change how the parser reads it.
 */
export function inlineScriptCode(code: string): string {
  if (/<\/script|<!--/i.test(code)) {
    throw new Error('prerender: an inline script holds "</script" or "<!--"');
  }
  return code;
}

/**
 * Throws unless every inline script of a written page is one the policy it states names by
 * its hash: a page whose first-paint script the browser would refuse never leaves the build.
 */
export function assertInlineScriptsAllowed(html: string, page: string): void {
  const policy = statedPolicy(html);
  if (policy === null) throw new Error(`prerender: ${page} states no Content-Security-Policy`);
  const allowed = scriptSources(policy);
  for (const [, attributes, code] of html.matchAll(/<script\b([^>]*)>([^]*?)<\/script>/g)) {
    if (/\bsrc=/.test(attributes!)) continue;
    if (!allowed.includes(scriptHash(code!))) {
      throw new Error(`prerender: ${page} holds an inline script its policy does not allow`);
    }
  }
}
