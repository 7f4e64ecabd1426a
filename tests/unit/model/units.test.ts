import { describe, expect, it } from 'vitest';
import { dataset } from '@/data/dataset';
import { isLevelUnit, unitDefinition, unitLabel, UNITS, withUnit } from '@/model';

describe('the table of units', () => {
  it('knows every unit of the data set, with words in both languages', () => {
    for (const indicator of dataset.indicators) {
      const unit = unitDefinition(indicator.unit);
      expect(unit, indicator.unit).toBeDefined();
      for (const language of ['en', 'ru'] as const) {
        const words = unit!.words[language];
        expect(words.value).toContain('{value}');
        expect(words.valueAfter).toContain('{value}');
        expect(words.label.length).toBeGreaterThan(0);
      }
    }
    expect(new Set(UNITS.map((u) => u.unit)).size).toBe(UNITS.length);
  });

  it('words a value with its unit, Russian levels in the genitive after «с» and «до»', () => {
    expect(withUnit('28.1', '%', 'en')).toBe('28.1%');
    expect(withUnit('22.6', '% of GDP', 'en')).toBe('22.6% of GDP');
    expect(withUnit('22,6', '% of GDP', 'ru')).toBe('22,6% ВВП');
    expect(withUnit('3', 'level 0–4', 'en')).toBe('level 3');
    expect(withUnit('3', 'level 0–4', 'ru')).toBe('уровень 3');
    expect(withUnit('3', 'level 0–4', 'ru', 'valueAfter')).toBe('уровня 3');
    expect(withUnit('3', 'USD m', 'ru')).toBe('3 млн долл.');
    expect(withUnit('3', 'tonnes', 'en')).toBe('3 tonnes');
    expect(withUnit('3', '', 'en')).toBe('3');
  });

  it('labels and levels', () => {
    expect(unitLabel('% of GDP', 'ru')).toBe('% ВВП');
    expect(unitLabel('tonnes', 'ru')).toBe('tonnes');
    expect(unitLabel('', 'en')).toBe('');
    expect(isLevelUnit('level 0–4')).toBe(true);
    expect(isLevelUnit('%')).toBe(false);
  });
});
