// @vitest-environment jsdom
// Namespaces the first screen does not need load on demand. This file loads none ahead, so
// each test here starts from what the first screen has (the module state is per test file).
import { act, render, screen } from '@testing-library/react';
import { useState, type ReactElement } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n, loadNamespaces, NAMESPACES } from '@/i18n';
import { createFastTranslate, useT } from '@/i18n/fastT';
import { useLocalized } from '@/i18n/useLocalized';
import { analysis } from '@/i18n/locales/analysis';
import { compare } from '@/i18n/locales/compare';
import { country } from '@/i18n/locales/country';
import { methodology } from '@/i18n/locales/methodology';

/** Renders `element` with `instance` and waits for the heading it shows once loaded. */
async function showsHeading(instance: I18n, element: ReactElement, name: string) {
  render(<I18nextProvider i18n={instance}>{element}</I18nextProvider>);
  expect(await screen.findByRole('heading', { name })).toBeInTheDocument();
}

describe('lazily loaded namespaces', () => {
  it('starts with the first screen’s namespaces only, and lists them all', () => {
    const instance = createI18n('en');
    for (const ns of ['common', 'overview']) {
      expect(instance.hasResourceBundle('en', ns)).toBe(true);
      expect(instance.hasResourceBundle('ru', ns)).toBe(true);
    }
    // The scenario panel's messages come with the panel (its toggle's are in common).
    for (const ns of ['methodology', 'scenario']) {
      expect(instance.hasResourceBundle('en', ns)).toBe(false);
      expect(instance.hasLoadedNamespace(ns)).toBe(false);
    }
    expect(NAMESPACES).toEqual(
      expect.arrayContaining(['country', 'compare', 'methodology', 'scenario']),
    );
  });

  it('a fast translator answers a namespace that arrives after its first lookup', () => {
    const instance = createI18n('en');
    const reference = instance.getFixedT('en', ['late', 'common']);
    const slow = (key: string, options?: Record<string, unknown>) =>
      String(reference(key, options as never));
    const fast = createFastTranslate(instance, ['late', 'common'], slow);
    // Missing: the default value, filled by the fast translator itself.
    const options = { name: 'Ann', defaultValue: 'Hi, {{name}}' };
    expect(fast('greeting', options)).toBe('Hi, Ann');
    instance.addResourceBundle('en', 'late', { greeting: 'Hello, {{name}}' });
    expect(fast('greeting', options)).toBe('Hello, Ann');
    expect(fast('greeting', options)).toBe(slow('greeting', options));
    // And a key named with its namespace, from a translator of another scope.
    const other = createFastTranslate(instance, ['common'], slow);
    expect(other('later:word', { defaultValue: 'absent' })).toBe('absent');
    instance.addResourceBundle('en', 'later', { word: 'arrived' });
    expect(other('later:word', { defaultValue: 'absent' })).toBe('arrived');
  });

  it('loads a namespace in every language at once: switching language needs no download', async () => {
    const instance = createI18n('en');
    const fast = createFastTranslate(instance, ['country'], (key) => key);
    expect(fast('notFound.title')).toBe('notFound.title');
    await instance.loadNamespaces('country');
    expect(instance.hasResourceBundle('en', 'country')).toBe(true);
    expect(instance.hasResourceBundle('ru', 'country')).toBe(true);
    expect(fast('notFound.title')).toBe(country.en.notFound.title);
    let switched = false;
    void instance.changeLanguage('ru').then(() => {
      switched = true;
    });
    // changeLanguage answers at once when every namespace it needs is in memory.
    expect(instance.language).toBe('ru');
    expect(instance.t('notFound.title', { ns: 'country' })).toBe(country.ru.notFound.title);
    await Promise.resolve();
    expect(switched).toBe(true);
    // Instances created afterwards start with it.
    expect(createI18n('ru').hasResourceBundle('ru', 'country')).toBe(true);
  });

  it('loadNamespaces() gives a namespace to an existing instance and to later ones', async () => {
    const instance = createI18n('ru');
    await loadNamespaces(['compare'], instance);
    expect(instance.getFixedT('ru', 'compare')('pageTitle')).toBe(compare.ru.pageTitle);
    expect(createI18n('en').getFixedT('en', 'compare')('pageTitle')).toBe(compare.en.pageTitle);
  });

  it('a component that asks for an absent namespace suspends until it arrives', async () => {
    const instance = createI18n('en');
    expect(instance.hasResourceBundle('en', 'methodology')).toBe(false);
    function Title() {
      const { t } = useTranslation('methodology');
      const fast = useT(['methodology', 'common']);
      return (
        <h1>
          {t('title')} / {fast('title')}
        </h1>
      );
    }
    await showsHeading(instance, <Title />, `${methodology.en.title} / ${methodology.en.title}`);
  });

  it('useT alone suspends until its namespace arrives, follows the language, and keeps its translator between renders', async () => {
    const instance = createI18n('en');
    expect(instance.hasLoadedNamespace('analysis')).toBe(false);
    const translators = new Set<unknown>();
    let rerender = () => {};
    function Title() {
      const t = useT('analysis');
      const { language, pick } = useLocalized();
      const [, setCount] = useState(0);
      rerender = () => setCount((c) => c + 1);
      translators.add(t);
      return (
        <h1>
          {t('heading')} ({language}, {pick({ en: 'English', ru: 'Русский' })})
        </h1>
      );
    }
    await showsHeading(instance, <Title />, `${analysis.en.heading} (en, English)`);
    // A render for another reason keeps the same translator (memoised children stay put).
    const before = translators.size;
    act(() => rerender());
    expect(translators.size).toBe(before);
    // A language change re-renders it, in the new language, with a new translator.
    await act(() => instance.changeLanguage('ru'));
    expect(
      screen.getByRole('heading', { name: `${analysis.ru.heading} (ru, Русский)` }),
    ).toBeInTheDocument();
    expect(translators.size).toBe(before + 1);
  });
});
