// The counts of `/versus` (its summary and the scenario lines of its image exports) in both
// languages for 1, 2, 5 and 21: English singular and plural, Russian one/few/many forms, and no
// «из 21 оценок» (the total is given as «всего: …»).
import { describe, expect, it } from 'vitest';
import { createI18n, loadNamespaces, NAMESPACES } from '@/i18n';

await loadNamespaces(NAMESPACES);

const translator = (language: 'en' | 'ru') => {
  const fixed = createI18n(language).getFixedT(language, 'versus');
  return (key: string, options: Record<string, unknown>) => String(fixed(key, options as never));
};

const summary = (language: 'en' | 'ru', assumptions: number, scores: number, total = 120) => {
  const t = translator(language);
  return t('summary.joined', {
    assumptions: t('summary.assumptions', { count: assumptions, n: String(assumptions) }),
    scores: t('summary.scores', { count: scores, n: String(scores), total: String(total) }),
  });
};

const exportLine = (language: 'en' | 'ru', side: 'a' | 'b', count: number) =>
  translator(language)(`exportLine.${side}`, { name: 'Railway', count, n: String(count) });

describe('the counts of /versus', () => {
  it('in English: singular for 1, plural otherwise', () => {
    expect(summary('en', 1, 1)).toBe(
      '1 assumption differs; 1 score or tilt of 120 differs (B − A).',
    );
    expect(summary('en', 2, 2)).toBe(
      '2 assumptions differ; 2 scores and tilts of 120 differ (B − A).',
    );
    expect(summary('en', 5, 5)).toBe(
      '5 assumptions differ; 5 scores and tilts of 120 differ (B − A).',
    );
    expect(summary('en', 21, 21)).toBe(
      '21 assumptions differ; 21 scores and tilts of 120 differ (B − A).',
    );
    expect(exportLine('en', 'a', 1)).toBe('A: Railway (1 assumption differs from the baseline)');
    expect(exportLine('en', 'b', 2)).toBe('B: Railway (2 assumptions differ from the baseline)');
    expect(exportLine('en', 'a', 5)).toBe('A: Railway (5 assumptions differ from the baseline)');
    expect(exportLine('en', 'b', 21)).toBe('B: Railway (21 assumptions differ from the baseline)');
  });

  it('in Russian: one, few and many forms, 21 like 1, the total apart', () => {
    expect(summary('ru', 1, 1, 21)).toBe(
      'Различается 1 допущение; различается 1 оценка или крен (всего: 21; B − A).',
    );
    expect(summary('ru', 2, 2, 21)).toBe(
      'Различаются 2 допущения; различаются 2 оценки или крена (всего: 21; B − A).',
    );
    expect(summary('ru', 5, 5, 22)).toBe(
      'Различаются 5 допущений; различаются 5 оценок или кренов (всего: 22; B − A).',
    );
    expect(summary('ru', 21, 21, 120)).toBe(
      'Различается 21 допущение; различается 21 оценка или крен (всего: 120; B − A).',
    );
    expect(exportLine('ru', 'a', 1)).toBe(
      'A: Railway (1 допущение отличается от базового сценария)',
    );
    expect(exportLine('ru', 'b', 2)).toBe(
      'B: Railway (2 допущения отличаются от базового сценария)',
    );
    expect(exportLine('ru', 'a', 5)).toBe(
      'A: Railway (5 допущений отличаются от базового сценария)',
    );
    expect(exportLine('ru', 'b', 21)).toBe(
      'B: Railway (21 допущение отличается от базового сценария)',
    );
    for (const count of [1, 2, 5, 21, 22])
      expect(summary('ru', count, count, count)).not.toMatch(/ из /);
  });
});
