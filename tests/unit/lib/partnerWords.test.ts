import { describe, expect, it } from 'vitest';
import { dataset } from '@/data/dataset';
import { isChinaRussiaOnly, isChinaRussiaTilt } from '@/lib/chinaRussia';
import { pairValues, partnerWords, tiltPairWords } from '@/lib/partnerWords';
import type { Dataset } from '@/model';

const turkey = { en: 'Turkey', ru: 'Турция' };
const withTurkey = (tiltPair: [string, string]): Dataset => ({
  ...dataset,
  partners: [...dataset.partners, { code: 'TR', name: turkey }],
  tiltPair,
});

describe('partner words', () => {
  it('knows the bundled pair is China − Russia, and keeps its sentences', () => {
    expect(isChinaRussiaTilt(dataset)).toBe(true);
    expect(isChinaRussiaOnly(dataset)).toBe(true);
    expect(isChinaRussiaTilt(withTurkey(['CN', 'RU']))).toBe(true);
    expect(isChinaRussiaOnly(withTurkey(['CN', 'RU']))).toBe(false);
    expect(isChinaRussiaTilt(withTurkey(['CN', 'TR']))).toBe(false);
  });

  it('names the pair from the data set, declining the Russian names it knows', () => {
    const en = pairValues(tiltPairWords(withTurkey(['CN', 'TR']), 'en'));
    expect(en).toMatchObject({ positive: 'China', negative: 'Turkey', negativeOf: 'Turkey' });
    const ru = pairValues(tiltPairWords(withTurkey(['CN', 'TR']), 'ru'));
    expect(ru).toMatchObject({
      positive: 'Китай',
      positiveOf: 'Китая',
      positiveWith: 'Китаем',
      negative: 'Турция',
      negativeOf: 'партнёра «Турция»',
      negativeTo: 'партнёру «Турция»',
    });
  });

  it('does not decline a known code the data set names otherwise', () => {
    expect(partnerWords('ru', 'CN', { en: 'PRC', ru: 'КНР' }).of).toBe('партнёра «КНР»');
  });
});
