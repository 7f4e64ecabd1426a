// @vitest-environment jsdom
// A page whose code does not arrive (src/app/RouteError.tsx): the reader is told, in their
// language, and offered the reload that fixes it, instead of React Router's developer page.
import './setupMsw';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { common } from '@/i18n/locales/common';
import { renderApp } from './renderApp';

// A page's code that does not arrive: its import rejects.
vi.mock('@/features/compare/ComparePage', () => {
  throw new TypeError('Failed to fetch dynamically imported module: /assets/ComparePage-x.js');
});

afterEach(() => vi.unstubAllGlobals());

describe.each([
  ['en', 'This page could not be loaded', 'Reload the page'],
  ['ru', 'Не удалось загрузить эту страницу', 'Перезагрузить страницу'],
] as const)('a page whose code did not arrive (%s)', (language, title, reload) => {
  it('says so, names what failed, and reloads on request', async () => {
    const reloaded = vi.fn();
    vi.stubGlobal('location', { ...window.location, reload: reloaded });
    renderApp('/compare', { language });
    const alert = await screen.findByRole('alert');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(title);
    // what failed, as the browser (here vitest, which wraps the module's error) said it
    expect(alert.querySelector('.muted')?.textContent).toMatch(/\S/);
    expect(screen.queryByText(/Unexpected Application Error|Hey developer/)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: reload }));
    expect(reloaded).toHaveBeenCalledOnce();
  });
});

it('leads back to the overview with the address’s language and scenario', async () => {
  const search = '?lang=ru&o.KG.CN.debt_share=80';
  renderApp(`/compare${search}`, { language: 'ru' });
  await screen.findByRole('alert');
  const back = screen.getByRole('link', { name: common.ru.backHome });
  expect(back.getAttribute('href')).toBe(`/${search}`);
});

it('leaves the pages whose code arrives as they are', async () => {
  renderApp('/country/KG');
  expect(await screen.findByRole('heading', { level: 1, name: 'Kyrgyzstan' })).toBeTruthy();
  expect(screen.queryByText('This page could not be loaded')).toBeNull();
});
