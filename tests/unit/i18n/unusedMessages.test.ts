import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, sources } from './appSources';
import { NAMESPACES } from '@/i18n';
import type { NamespaceName } from '@/i18n';

// A message no code reads is words nobody sees, yet they are translated, reviewed and (in
// common and overview) shipped with the first screen. Every message key must be read by the
// app's source, in one of three ways:
// - named whole, after a quote or a namespace's colon: `t('slider.reset')`, `'common:tiltLabel'`;
// - built from a named prefix: `t(\`dimensions.${d}\`)` reads every `dimensions.*`;
// - a prefix handed as a call's first argument to a helper that completes it:
//   `tiltWords('tiltShort', …)` reads every `tiltShort.*`.
// A plural or context form (`_one`, `_only`, `_keptBoth`…) is read when its base key is.
// Limits: namespaces are not told apart, so a key read in one namespace counts for every
// namespace that has a key of that name; and any call whose first argument is a key's prefix
// counts (`at('sources', j)` reads `sources.*` by this test): it finds most unread messages,
// not all.
/** Every key path of a message tree ("saved.heading"). */
function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keys(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `code` reads `key` in one of the three ways above, or as a form of its base key. */
function reads(code: string, key: string): boolean {
  const named = new RegExp(`['"\`:]${escape(key)}['"\`]`);
  if (named.test(code)) return true;
  const parts = key.split('.');
  for (let i = parts.length - 1; i >= 1; i--) {
    const prefix = escape(parts.slice(0, i).join('.'));
    if (new RegExp(`['"\`:]${prefix}\\.\\$\\{`).test(code)) return true;
    if (new RegExp(`\\(\\s*'${prefix}',`).test(code)) return true;
  }
  // a plural or context form: `saved.count_one` is read where `saved.count` is
  const base = key.replace(/_[A-Za-z]+$/, '');
  return base !== key && reads(code, base);
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

  it.each([
    ["t('saved.heading')", 'saved.heading', true],
    ["t('common:tiltLabel')", 'tiltLabel', true],
    ['t(`dimensions.${d}`)', 'dimensions.economic', true],
    ["tiltWords('tiltShort', reading)", 'tiltShort.balanced', true],
    ["t('changes', { count })", 'changes_one', true],
    ["t('allChina', { context })", 'allChina_keptBoth', true],
    ["t('saved.heading')", 'saved.listLabel', false],
    ["t('headline.and')", 'headline.leans', false],
    ["t('panel.statusLine')", 'panel.status', false],
    ["t('x.panel.status')", 'panel.status', false],
    ["type Card = Omit<Props, 'table'>", 'table.sortHint', false],
    ["const key = 'saved';", 'saved.listLabel', false],
    ["const t = useT('risks');", 'risks.country', false],
  ])(
    'count as read only where the code names them or a prefix: %s reads %s: %s',
    (source, key, read) => {
      expect(reads(source, key)).toBe(read);
    },
  );
});
