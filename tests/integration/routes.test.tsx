// @vitest-environment jsdom
// The whole routed app: the header's links load each page (lazily, with its messages) and
// mark where the reader is. The pages themselves are tested one view at a time elsewhere.
import './setupMsw';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { common } from '@/i18n/locales/common';
import { analysis } from '@/i18n/locales/analysis';
import { methodology } from '@/i18n/locales/methodology';
import { renderApp } from './renderApp';

const h1Text = () => document.querySelector('h1')?.textContent ?? '';

describe('the header navigation', () => {
  it('opens each page from its link, marks the link as current and keeps the scenario', async () => {
    const c = common.en;
    const { router } = renderApp('/?o.KG.CN.debt_share=60');
    await waitFor(() => expect(h1Text()).toMatch(/Kyrgyzstan/));
    const nav = screen.getByRole('navigation', { name: c.nav.label });
    const pages: [link: string, path: string, heading: RegExp | string][] = [
      ['KG', '/country/KG', 'Kyrgyzstan'],
      ['TJ', '/country/TJ', 'Tajikistan'],
      [c.nav.compare, '/compare', /Kyrgyzstan/],
      [c.nav.analysis, '/analysis', analysis.en.heading],
      [c.nav.methodology, '/methodology', methodology.en.title],
      [c.nav.overview, '/', /Kyrgyzstan/],
    ];
    for (const [name, path, heading] of pages) {
      const link = within(nav).getByRole('link', { name });
      // A plain click: the router handles it (no pointer-event simulation needed here).
      fireEvent.click(link);
      await waitFor(() => expect(router.state.location.pathname).toBe(path));
      await waitFor(() =>
        typeof heading === 'string'
          ? expect(h1Text()).toBe(heading)
          : expect(h1Text()).toMatch(heading),
      );
      expect(link).toHaveAttribute('aria-current', 'page');
      expect(document.querySelectorAll('h1')).toHaveLength(1);
    }
    // The scenario travels with the reader from page to page.
    await waitFor(() => expect(router.state.location.search).toContain('o.KG.CN.debt_share=60'));
  });
});
