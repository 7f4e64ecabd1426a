import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, sources } from './appSources';
import { common } from '@/i18n/locales/common';
import { analysis } from '@/i18n/locales/analysis';
import { compare } from '@/i18n/locales/compare';
import { country } from '@/i18n/locales/country';
import { overview } from '@/i18n/locales/overview';

// "excluded by weights" or "no data" for a missing score is one rule, worded in one place
// (src/lib/leanText.ts, `missing`); and where the weights are set is named by one message
// (common.weightsPath) that every other message interpolates.
/** Every string leaf of a message tree. */
function leaves(tree: unknown): string[] {
  if (typeof tree === 'string') return [tree];
  if (tree && typeof tree === 'object') return Object.values(tree).flatMap(leaves);
  return [];
}

describe('the words for a missing score', () => {
  it('only src/lib/leanText.ts reads the short "excluded by weights" message', () => {
    const offenders = sources('src').filter(
      (file) =>
        file !== path.join('src', 'lib', 'leanText.ts') &&
        /\b(?:tc|t|common)\(\s*'(?:common:)?excluded'/.test(
          readFileSync(path.join(root, file), 'utf8'),
        ),
    );
    expect(offenders).toEqual([]);
  });

  it.each(['en', 'ru'] as const)(
    'names where the weights are set once, in common.weightsPath (%s)',
    (language) => {
      const path_ = common[language].weightsPath;
      const messages = [common, analysis, compare, country, overview].flatMap((ns) =>
        leaves(ns[language]),
      );
      const literal = messages.filter((m) =>
        m.includes(language === 'en' ? 'Scenario →' : 'Сценарий →'),
      );
      expect(literal).toEqual([path_]);
      expect(messages.filter((m) => m.includes('{{where}}')).length).toBeGreaterThanOrEqual(8);
    },
  );

  it('English says "excluded by weights", never "excluded by the weights"', () => {
    const messages = [common, analysis, compare, country, overview].flatMap((ns) => leaves(ns.en));
    expect(messages.filter((m) => /excluded by the weights/i.test(m))).toEqual([]);
    expect(messages.filter((m) => /excluded by weights/i.test(m)).length).toBeGreaterThan(0);
  });

  it('Russian: no «складывается» wording for weights, no double colon in the country lede', () => {
    const ru = [common, analysis, compare, country].flatMap((ns) => leaves(ns.ru));
    expect(ru.filter((m) => /веса, из которых/.test(m))).toEqual([]);
    const lede = country.ru.lede.tilt.replace('{{reading}}', country.ru.tilt.excluded);
    expect(lede.split(':').length - 1).toBe(1);
  });
});
