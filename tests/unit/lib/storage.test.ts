import { afterEach, describe, expect, it, vi } from 'vitest';
import { oneOf, readStored, writeStored } from '@/lib/storage';
import { initialLanguage, readThemePreference, THEMES } from '@/app/preferences';
import { MemoryStorage } from '../memoryStorage';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('storage door', () => {
  it('reads a stored value the guard accepts, and falls back on anything else', () => {
    const storage = new MemoryStorage();
    vi.stubGlobal('localStorage', storage);
    const isColour = oneOf(['red', 'green']);
    expect(readStored('k', isColour, 'red')).toBe('red');
    storage.setItem('k', '"green"');
    expect(readStored('k', isColour, 'red')).toBe('green');
    for (const bad of ['"blue"', '{not json', '42', 'null', '["green"]']) {
      storage.setItem('k', bad);
      expect(readStored('k', isColour, 'red')).toBe('red');
    }
  });

  it('never throws when storage is missing or failing', () => {
    vi.stubGlobal('localStorage', undefined);
    expect(readStored('k', oneOf(['a']), 'a')).toBe('a');
    expect(writeStored('k', 'a').ok).toBe(false);
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    });
    expect(readStored('k', oneOf(['a']), 'a')).toBe('a');
    expect(writeStored('k', 'a')).toEqual({
      ok: false,
      code: 'storage-full',
      detail: 'QuotaExceededError',
    });
  });

  it('reads the theme and language preferences by hand-written checks', () => {
    const storage = new MemoryStorage();
    vi.stubGlobal('localStorage', storage);
    for (const theme of THEMES) {
      storage.setItem('fulcrum.theme', JSON.stringify(theme));
      expect(readThemePreference()).toBe(theme);
    }
    storage.setItem('fulcrum.theme', '"neon"');
    expect(readThemePreference()).toBe('system');
    storage.setItem('fulcrum.lang', '"ru"');
    expect(initialLanguage('')).toBe('ru');
    expect(initialLanguage('?lang=en')).toBe('en');
    storage.setItem('fulcrum.lang', '"de"');
    vi.stubGlobal('navigator', { language: 'en-GB' });
    expect(initialLanguage('')).toBe('en');
  });
});
