// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetUpdateState, updateWaiting } from '@/app/pwa';
import { UpdateNotice } from '@/app/UpdateNotice';
import { createI18n, type Language } from '@/i18n';

function show(language: Language = 'en') {
  return render(
    <I18nextProvider i18n={createI18n(language)}>
      <UpdateNotice />
    </I18nextProvider>,
  );
}

afterEach(() => resetUpdateState());

describe('UpdateNotice', () => {
  it('shows nothing while no new version waits', () => {
    show();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('announces a waiting version and lets it take over only when asked', async () => {
    const activate = vi.fn(() => Promise.resolve());
    show();
    act(() => updateWaiting(activate));
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent('Update available');
    expect(activate).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(activate).toHaveBeenCalledTimes(1);
    // Clicking again while it switches does not ask twice.
    expect(screen.getByRole('button', { name: 'Reload' })).toBeDisabled();
  });

  it('speaks Russian', () => {
    show('ru');
    act(() => updateWaiting(() => Promise.resolve()));
    expect(screen.getByRole('status')).toHaveTextContent('Доступно обновление');
    expect(screen.getByRole('button', { name: 'Перезагрузить' })).toBeEnabled();
  });

  it('offers the button again when switching failed', async () => {
    show();
    act(() => updateWaiting(() => Promise.reject(new Error('no worker'))));
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(screen.getByRole('button', { name: 'Reload' })).toBeEnabled();
  });
});
