// @vitest-environment jsdom
import './setupMsw';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { dataset } from '@/data/dataset';
import { DATA_URL, dataUrlFor } from '@mocks/handlers';
import { server } from '@mocks/node';
import { renderApp } from './renderApp';

describe('data access', () => {
  it('loads the bundled data set by default', async () => {
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(/Kyrgyzstan/);
  });

  it('fetches and validates remote data when a URL is configured', async () => {
    renderApp('/country/KG', { dataUrl: DATA_URL });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kyrgyzstan' }),
    ).toBeInTheDocument();
  });

  it('shows a loading state while remote data is slow, then the page', async () => {
    renderApp('/', { dataUrl: dataUrlFor('slow') });
    expect(screen.getByRole('status')).toHaveTextContent(/Loading the data set/);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(/Kyrgyzstan/);
  });

  it.each([
    ['server-error', /HTTP 500/],
    ['malformed', /not valid JSON/],
    ['invalid', /observations\[0\]\.low/],
  ])('refuses %s data with a message and shows nothing half-loaded', async (mode, message) => {
    renderApp('/', { dataUrl: dataUrlFor(mode) });
    // A network failure is retried once automatically before the error shows.
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { level: 1 })).toHaveTextContent(
      'The data set could not be loaded',
    );
    expect(alert).toHaveTextContent(message);
    // No score, chart or country heading from a half-loaded data set.
    expect(screen.queryByText('Show table')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Kyrgyzstan' })).not.toBeInTheDocument();
  });

  it('retries after a failure and shows the page once the data arrives', async () => {
    let calls = 0;
    server.use(
      http.get(DATA_URL, () => {
        calls += 1;
        // The first failure is retried automatically; the second one reaches the analyst.
        return calls <= 2 ? new HttpResponse('busy', { status: 503 }) : HttpResponse.json(dataset);
      }),
    );
    renderApp('/', { dataUrl: DATA_URL });
    const retry = await screen.findByRole('button', { name: 'Try again' });
    expect(screen.getByRole('alert')).toHaveTextContent(/HTTP 503/);
    await userEvent.click(retry);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(/Kyrgyzstan/);
    expect(calls).toBe(3);
  });

  it('names the first bad field of an invalid remote data set in Russian too', async () => {
    renderApp('/', { dataUrl: dataUrlFor('invalid'), language: 'ru' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Не удалось загрузить набор данных');
    expect(alert).toHaveTextContent(/observations\[0\]\.low/);
  });
});

describe('language switch', () => {
  it('switches every visible string, including data names, and writes ?lang=', async () => {
    const { router } = renderApp('/compare');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(/Kyrgyzstan/);
    await userEvent.selectOptions(screen.getByLabelText('Language'), 'ru');
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/Кыргызстан/),
    );
    expect(router.state.location.search).toContain('lang=ru');
    expect(screen.getByRole('navigation', { name: 'Основное' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('ru');
  });

  it('follows ?lang=ru in the address', async () => {
    renderApp('/methodology?lang=ru');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Методология');
  });
});
