import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createI18n, LANGUAGES, loadNamespaces, NAMESPACES } from '@/i18n';
import { createFastTranslate } from '@/i18n/fastT';

// Every namespace, the lazily loaded ones included: instances created after this have them all.
await loadNamespaces(NAMESPACES);

/** Every message key of a namespace tree ("tilt.balanced", "changes_one", …). */
function leafKeys(tree: unknown, prefix = ''): string[] {
  if (typeof tree === 'string') return [prefix];
  if (tree === null || typeof tree !== 'object') return [];
  return Object.entries(tree).flatMap(([k, v]) => leafKeys(v, prefix ? `${prefix}.${k}` : k));
}

/** The keys as components call them: plural forms by their base ("changes"). */
function callKeys(tree: unknown): string[] {
  const keys = leafKeys(tree);
  return [
    ...new Set([...keys, ...keys.map((k) => k.replace(/_(zero|one|two|few|many|other)$/, ''))]),
  ];
}

const placeholders = (message: string) =>
  [...message.matchAll(/\{\{\s*([^{},\s]+)[^{}]*\}\}/g)].map((m) => m[1]!);

const namespaces = NAMESPACES;
const value = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1000, max: 1000 }),
);

describe('fast translator', () => {
  for (const lng of LANGUAGES) {
    const instance = createI18n(lng);
    for (const ns of namespaces) {
      const slow = instance.getFixedT(lng, ns);
      const fast = createFastTranslate(instance, [ns, 'common'], (key, options) =>
        String(slow(key, options as never)),
      );
      // i18next with the same namespace list, as useTranslation([ns, 'common']) gives it.
      const reference = instance.getFixedT(lng, [ns, 'common']);
      const keys = callKeys(instance.getResourceBundle(lng, ns));

      it(`${lng}/${ns}: answers as i18next for every message, with any values (${keys.length} keys)`, () => {
        expect(keys.length).toBeGreaterThan(0);
        for (const key of keys) {
          const message = String(instance.getResource(lng, ns, key) ?? '');
          const names = placeholders(message);
          fc.assert(
            fc.property(fc.tuple(...names.map(() => value), fc.boolean()), (values) => {
              const withCount = values[values.length - 1] as boolean;
              const options: Record<string, unknown> = {};
              names.forEach((name, i) => {
                options[name] = values[i];
              });
              if (withCount) options.count = 3;
              const expected = String(reference(key, options as never));
              expect(fast(key, options)).toBe(expected);
            }),
            { numRuns: 15 },
          );
          // Without options, and with one placeholder left out (i18next's own answer).
          expect(fast(key)).toBe(String(reference(key)));
        }
      });
    }

    it(`${lng}: missing keys, defaultValue and other namespaces as i18next`, () => {
      const reference = instance.getFixedT(lng, ['country', 'common']);
      const slow = (key: string, options?: Record<string, unknown>) =>
        String(reference(key, options as never));
      const fast = createFastTranslate(instance, ['country', 'common'], slow);
      const cases: [string, Record<string, unknown> | undefined][] = [
        ['no.such.key', undefined],
        ['no.such.key', { defaultValue: 'plain {{x}}', x: 'filled' }],
        ['no.such.key', { defaultValue: 'plain {{x}}' }],
        ['common:noData', undefined],
        ['noData', undefined],
        ['common:dimensions.economic', undefined],
        ['units.percent', { defaultValue: '%' }],
        ['partnerTo.CN', { defaultValue: 'China' }],
        ['periodWords.Jan', { defaultValue: 'Jan' }],
        ['tilt', undefined],
      ];
      for (const [key, options] of cases) expect(fast(key, options)).toBe(slow(key, options));
    });
  }

  it('uses i18next for plurals, and only then', () => {
    const instance = createI18n('ru');
    const reference = instance.getFixedT('ru', 'common');
    const calls: string[] = [];
    const fast = createFastTranslate(instance, ['common'], (key, options) => {
      calls.push(key);
      return String(reference(key, options as never));
    });
    expect(fast('noData')).toBe(reference('noData'));
    expect(calls).toEqual([]);
    for (const count of [1, 3, 5, 21]) {
      expect(fast('scenarioBar.changes', { count })).toBe(
        reference('scenarioBar.changes', { count }),
      );
    }
    expect(calls).toHaveLength(4);
  });

  it('leaves options only i18next knows to i18next (another language, namespace, context)', () => {
    const instance = createI18n('en');
    const reference = instance.getFixedT('en', 'common');
    const fast = createFastTranslate(instance, ['common'], (key, options) =>
      String(reference(key, options as never)),
    );
    expect(fast('noData', { lng: 'ru' })).toBe(reference('noData', { lng: 'ru' }));
    expect(fast('noData', { lng: 'ru' })).not.toBe(fast('noData'));
    expect(fast('title', { ns: 'scenario' })).toBe(reference('title', { ns: 'scenario' }));
    expect(fast('noData', { context: 'x' })).toBe(reference('noData', { context: 'x' }));
  });
});
