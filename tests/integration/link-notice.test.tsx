// @vitest-environment jsdom
// The notice a link's unusable or adjusted params raise (src/app/ScenarioBinding.tsx): a weight
// so small it rounds to 0 is said so, in the same words a scenario file's import uses.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useScenarioStore } from '@/scenario/store';
import { renderView } from './renderView';

const tinyWeights = 'w.economic=0.001&w.infrastructure=0.001&w.digital=0.001&w.security=0.001';

describe('the link notice', () => {
  it('says each weight of a link that rounds to 0 no longer counts', async () => {
    await renderView(<p>view</p>, { search: tinyWeights });
    const notice = await screen.findByRole('status', {
      name: 'The link’s 4 values were adjusted to fit their sliders:',
    });
    const items = within(notice).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(
      ['economic', 'infrastructure', 'digital', 'security'].map(
        (d) => `w.${d}: 0.001 → 0 (a weight this small rounds to 0, so it no longer counts)`,
      ),
    );
    expect(useScenarioStore.getState().scenario.dimensionWeights).toMatchObject({
      economic: 0,
      security: 0,
    });
  });

  it('words a clamp, a rounding and a zeroed weight apart, in Russian, under what it could not use', async () => {
    await renderView(<p>view</p>, {
      search: 'o.KG.CN.debt_share=150&w.economic=1.23456&w.digital=0.001&o.KG.CN.nope=3',
      language: 'ru',
    });
    const notice = await screen.findByRole('status', { name: 'Часть этой ссылки не использована' });
    expect(within(notice).getByText(/o\.KG\.CN\.nope/)).toBeTruthy();
    expect(
      within(notice).getByText('Из ссылки исправлены 3 значения по диапазонам ползунков:'),
    ).toBeTruthy();
    const text = notice.textContent ?? '';
    expect(text).toContain('o.KG.CN.debt_share: 150 → 100 (вне диапазона ползунка 0–100)');
    expect(text).toContain('w.economic: 1,23456 → 1,23 (округлено до точности ползунка)');
    expect(text).toContain(
      'w.digital: 0,001 → 0 (столь малый вес округляется до 0 и больше не учитывается)',
    );
  });
});
