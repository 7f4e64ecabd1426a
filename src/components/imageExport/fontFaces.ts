// The bundled font, carried inside an exported image: the app's `@font-face` rules of the
// font family, only the subsets the image's text needs (Latin for English, Cyrillic for
// Russian: each subset is 20–50 KB), with their files read from the app's own origin as data:
// URLs. One rule for the PNG (html-to-image's fontEmbedCSS) and the SVG (its <style>).

/** Code point ranges of a CSS `unicode-range` value (`U+0-FF, U+400-45F, U+1F??`). */
export function parseUnicodeRange(value: string): [number, number][] {
  return value
    .split(',')
    .map((part) => part.trim().replace(/^u\+/i, ''))
    .filter((part) => /^[0-9a-f?]+(-[0-9a-f]+)?$/i.test(part))
    .map((part): [number, number] => {
      if (part.includes('?')) {
        return [parseInt(part.replace(/\?/g, '0'), 16), parseInt(part.replace(/\?/g, 'f'), 16)];
      }
      const [low, high] = part.split('-');
      return [parseInt(low!, 16), parseInt(high ?? low!, 16)];
    });
}

/** Whether any character of `text` falls in the ranges (no range: the face covers everything). */
export function rangeCoversText(ranges: readonly [number, number][], text: string): boolean {
  if (ranges.length === 0) return true;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ranges.some(([low, high]) => code >= low && code <= high)) return true;
  }
  return false;
}

function fontFaceRules(doc: Document, family: string): CSSFontFaceRule[] {
  const rules: CSSFontFaceRule[] = [];
  const visit = (list: CSSRuleList) => {
    for (const rule of Array.from(list)) {
      if (rule instanceof CSSFontFaceRule) {
        const name = rule.style.getPropertyValue('font-family').replace(/["']/g, '').trim();
        if (name === family) rules.push(rule);
      } else if ('cssRules' in rule) {
        visit((rule as CSSGroupingRule).cssRules);
      }
    }
  };
  for (const sheet of Array.from(doc.styleSheets)) {
    try {
      visit(sheet.cssRules);
    } catch {
      // A sheet from another origin cannot be read; the app has none.
    }
  }
  return rules;
}

async function dataUrlOf(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const blob = await response.blob();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error(`cannot read ${url}`));
    reader.readAsDataURL(blob);
  });
}

const fileCache = new Map<string, Promise<string>>();

/**
 * `@font-face` rules of `family` for the subsets `text` uses, their `src` replaced by data:
 * URLs. Files come from the app's own origin (connect-src 'self'), once per session.
 */
export async function embeddedFontCss(
  doc: Document,
  family: string,
  text: string,
): Promise<string> {
  const rules = fontFaceRules(doc, family).filter((rule) =>
    rangeCoversText(parseUnicodeRange(rule.style.getPropertyValue('unicode-range')), text),
  );
  const embedded = await Promise.all(
    rules.map(async (rule) => {
      const base = rule.parentStyleSheet?.href ?? doc.baseURI;
      let css = rule.cssText;
      for (const match of css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
        const url = new URL(match[1]!, base).href;
        if (!fileCache.has(url)) {
          // A failed read is tried again next time, not remembered.
          const read = dataUrlOf(url);
          read.catch(() => fileCache.delete(url));
          fileCache.set(url, read);
        }
        css = css.replace(match[0], `url("${await fileCache.get(url)!}")`);
      }
      return css;
    }),
  );
  return embedded.join('\n');
}
