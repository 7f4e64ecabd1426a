import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  imageFileName,
  slugify,
  SLUG_MAX_LENGTH,
  viewSlug,
} from '@/components/imageExport/fileName';

describe('imageFileName', () => {
  it('names view, chart, language and format', () => {
    expect(
      imageFileName({ view: '/country/KG', chart: 'country-radar', language: 'en', format: 'png' }),
    ).toBe('fulcrum-country-kg-country-radar-en.png');
    expect(
      imageFileName({ view: '/brief/KG', chart: 'slide', language: 'ru', format: 'svg' }),
    ).toBe('fulcrum-brief-kg-slide-ru.svg');
    expect(
      imageFileName({
        view: '/',
        chart: 'Kyrgyzstan: tilt by dimension',
        language: 'en',
        format: 'svg',
      }),
    ).toBe('fulcrum-overview-kyrgyzstan-tilt-by-dimension-en.svg');
  });

  it('spells a Russian title in Latin letters', () => {
    expect(slugify('Зависимость по измерениям', 'chart')).toBe('zavisimost-po-izmereniyam');
    expect(slugify('Таджикистан: крен', 'chart')).toBe('tadzhikistan-kren');
    expect(slugify('Ёлка й', 'chart')).toBe('elka-y');
  });

  it('falls back when nothing is left', () => {
    expect(slugify('→ · ←', 'chart')).toBe('chart');
    expect(viewSlug('/')).toBe('overview');
  });

  it('always gives a safe ASCII name in the fixed shape, whatever the title and path', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.string({ maxLength: 80 }),
        fc.constantFrom('en', 'ru'),
        fc.constantFrom('png' as const, 'svg' as const),
        (chart, view, language, format) => {
          const name = imageFileName({ view, chart, language, format });
          expect(name).toMatch(/^fulcrum-[a-z0-9-]+-[a-z0-9-]+-(en|ru)\.(png|svg)$/);
          expect(name).not.toMatch(/--/);
          const slug = slugify(chart, 'chart');
          expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
          expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        },
      ),
    );
  });
});
