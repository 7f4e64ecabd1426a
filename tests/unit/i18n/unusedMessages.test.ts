import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, sources } from './appSources';
import { NAMESPACES } from '@/i18n';
import type { NamespaceName } from '@/i18n';

// A message no code reads is words nobody sees, yet they are translated, reviewed and (in
// common and overview) shipped with the first screen. Every message key must be read by the
// app's source: named whole (`t('slider.reset')`, `common:tiltLabel`), or built from a named
// prefix (`t(\`dimensions.${d}\`)` reads every `dimensions.*`, and so does a helper handed
// 'dimensions' that completes it). Plural and context forms
// (`_one`, `_few`, `_only`…) count as their base key.
/** Every key path of a message tree ("saved.heading"), plural and context forms as their base. */
function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keys(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}`.replace(/_(zero|one|two|few|many|other|only)$/, '')],
  );
}

/** Whether `code` reads `key`: named whole, or by a prefix a template literal completes. */
function reads(code: string, key: string): boolean {
  if ([`${key}'`, `${key}"`, `${key}\``].some((quoted) => code.includes(quoted))) return true;
  const parts = key.split('.');
  for (let i = parts.length - 1; i >= 1; i--) {
    const prefix = parts.slice(0, i).join('.');
    // `dimensions.${d}`, or a prefix handed to a helper that completes it ('tiltShort')
    if (code.includes(`${prefix}.\${`) || code.includes(`'${prefix}'`)) return true;
  }
  return false;
}

const code = [...sources('src'), ...sources('scripts')]
  .map((file) => readFileSync(path.join(root, file), 'utf8'))
  .join('\n');

async function englishMessages(name: NamespaceName): Promise<object> {
  const module = (await import(`@/i18n/locales/${name}.ts`)) as Record<string, { en: object }>;
  return module[name]!.en;
}

describe('messages', () => {
  it.each(NAMESPACES)('of %s are each read by the app', async (name) => {
    const unread = [...new Set(keys(await englishMessages(name)))].filter(
      (key) => !reads(code, key),
    );
    expect(unread).toEqual([]);
  });

  it('count as read only where the code names them or a prefix of them', () => {
    expect(reads("t('saved.heading')", 'saved.heading')).toBe(true);
    expect(reads('t(`dimensions.${d}`)', 'dimensions.economic')).toBe(true);
    expect(reads("t('common:tiltLabel')", 'tiltLabel')).toBe(true);
    expect(reads("t('saved.heading')", 'saved.listLabel')).toBe(false);
    expect(reads("tiltWords('tiltShort', reading)", 'tiltShort.balanced')).toBe(true);
    expect(reads("t('headline.and')", 'headline.leans')).toBe(false);
  });
});
