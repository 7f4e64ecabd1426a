import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  shortLinkContext,
  buildProvenance,
  PROVENANCE_MAX_ASSUMPTIONS,
  scenarioLabel,
} from '@/components/provenance';
import { dataset } from '@/data/dataset';
import { createI18n } from '@/i18n';
import { assumptionChanges } from '@/scenario/assumptionChanges';
import { buildSliderRecords, isNumericRecord, normalizeScenario } from '@/scenario/sliders';

// assumptions with a published value (weights are not overrides; a missing cell has no baseline)
const numeric = buildSliderRecords(dataset)
  .filter(isNumericRecord)
  .filter((r) => r.group === 'assumption' && r.baseline !== null);

function provenanceOf(language: 'en' | 'ru', overrides: Record<string, number>, name = 'Railway') {
  const scenario = normalizeScenario(dataset, { overrides });
  const pick = (text: { en: string; ru: string }) => text[language];
  return buildProvenance({
    dataset,
    name,
    changes: assumptionChanges(dataset, scenario),
    url: 'https://fulcrum.example/compare?o.KG.CN.debt_share=60',
    today: '2026-12-03',
    language,
    pick,
    t: createI18n(language).getFixedT(language, 'common'),
  });
}

describe('provenance: what an exported image or a handout says about its view', () => {
  it('says "baseline" and lists nothing when no assumption differs', () => {
    const en = provenanceOf('en', {});
    expect(en.scenario).toMatch(/^Baseline/);
    expect(en.assumptions).toEqual([]);
    expect(en.data).toContain(dataset.version);
    expect(en.made).toBe('Made 3 December 2026 with Fulcrum');
    expect(en.link).toContain(en.url);
    expect(provenanceOf('ru', {}).scenario).toMatch(/^Базовый сценарий/);
  });

  it('names the scenario, counts the changes and lists each, at most a fixed number plus "more"', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...numeric), {
          minLength: 1,
          maxLength: 12,
          selector: (r) => r.key,
        }),
        fc.constantFrom('en' as const, 'ru' as const),
        (records, language) => {
          // each record moved to the end of its range farther from its baseline: it differs
          const overrides = Object.fromEntries(
            records.map((r) => [
              r.key,
              Math.abs(r.max - (r.baseline ?? r.min)) > Math.abs(r.min - (r.baseline ?? r.min))
                ? r.max
                : r.min,
            ]),
          );
          const changes = assumptionChanges(dataset, normalizeScenario(dataset, { overrides }));
          const p = provenanceOf(language, overrides);
          expect(p.scenario).toContain(language === 'en' ? '“Railway”' : '«Railway»');
          expect(p.scenario).toContain(String(changes.length));
          const listed = Math.min(changes.length, PROVENANCE_MAX_ASSUMPTIONS);
          expect(p.assumptions).toHaveLength(
            changes.length > PROVENANCE_MAX_ASSUMPTIONS ? listed + 1 : listed,
          );
          for (const [i, c] of changes.slice(0, listed).entries()) {
            expect(p.assumptions[i]).toContain(c.label[language]);
            expect(p.assumptions[i]).toContain('→');
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('Russian inflects the count', () => {
    const one = provenanceOf('ru', {
      [numeric[0]!.key]:
        numeric[0]!.max === numeric[0]!.baseline ? numeric[0]!.min : numeric[0]!.max,
    });
    expect(one.scenario).toMatch(/1 допущение отличается/);
  });

  it('the scenario goes by its own name, else its preset’s, else "custom"', () => {
    const preset = dataset.presets[0]!;
    const pick = (text: { en: string; ru: string }) => text.en;
    expect(scenarioLabel('  Mine ', preset, pick, 'custom')).toBe('Mine');
    expect(scenarioLabel('', preset, pick, 'custom')).toBe(preset.name.en);
    expect(scenarioLabel(' ', undefined, pick, 'custom')).toBe('custom');
  });
});

describe('shortLinkContext: what a short link keeps besides the scenario', () => {
  it('keeps the language, the data set, the countries and the scenarios compared', () => {
    expect(
      shortLinkContext(
        '?lang=ru&dataset=d-abc&a=KG&b=KZ&a.v=1&b.o.KG.CN.debt_share=40&utm=x&o.KG.CN.x=1',
      ),
    ).toBe('lang=ru&dataset=d-abc&a=KG&b=KZ&a.v=1&b.o.KG.CN.debt_share=40');
  });

  it('drops everything else', () => {
    expect(shortLinkContext('?foo=1&p=preset&aa=1')).toBe('');
  });
});
