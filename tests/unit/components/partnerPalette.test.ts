import { describe, expect, it } from 'vitest';
import { partnerColor } from '@/components/partnerColor';
import {
  paletteOrder,
  partnerPaint,
  partnerSlot,
  PARTNER_SLOTS,
} from '@/components/partnerPalette';
import { MAX_PARTNERS } from '@/model';
import { partnerTextColor } from '@/components/charts/chartParts';

describe('the partner palette', () => {
  const three = ['CN', 'RU', 'TR'];

  it('keeps China and Russia as they were: the first two colours, hatched and solid', () => {
    expect(partnerPaint(three, 'CN')).toMatchObject({
      slot: 1,
      color: 'var(--partner-1)',
      text: 'var(--partner-1-text)',
      pattern: 'hatch',
      className: 'partner-cn partner-1',
    });
    expect(partnerPaint(three, 'RU')).toMatchObject({
      slot: 2,
      color: 'var(--partner-2)',
      pattern: 'solid',
      className: 'partner-ru partner-2',
    });
    // Without a data set (a chart's unit test), China and Russia are the two partners.
    expect(partnerColor('CN')).toBe('var(--partner-1)');
    expect(partnerColor('RU')).toBe('var(--partner-2)');
    expect(partnerTextColor('CN')).toBe('var(--partner-1-text)');
  });

  it('gives a third partner its own colour, pattern and classes', () => {
    const tr = partnerPaint(three, 'TR');
    expect(tr).toMatchObject({ slot: 3, pattern: 'dots', className: 'partner-tr partner-3' });
    expect(partnerColor('TR', three)).toBe('var(--partner-3)');
    expect(partnerTextColor('TR', three)).toBe('var(--partner-3-text)');
  });

  it('paints by position in the data set, each partner distinct up to the palette size', () => {
    const codes = ['AA', 'BB', 'CC', 'DD', 'EE'];
    expect(codes.length).toBe(PARTNER_SLOTS);
    const paints = codes.map((c) => partnerPaint(codes, c));
    expect(paints.map((p) => p.slot)).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(paints.map((p) => p.color)).size).toBe(codes.length);
    expect(new Set(paints.map((p) => p.pattern)).size).toBe(codes.length);
    // The order decides, not the code: Russia first takes the first colour.
    expect(partnerSlot(['RU', 'CN'], 'RU')).toBe(1);
  });

  it('draws a partner the data set does not list, or none, in grey', () => {
    expect(partnerPaint(three, 'US')).toMatchObject({ slot: 0, color: 'var(--ghost)' });
    expect(partnerPaint(three, null)).toMatchObject({ slot: 0, text: 'var(--text)' });
    expect(partnerTextColor(null)).toBe('var(--text)');
  });
});

describe('palette order: the tilt pair first', () => {
  it('gives the pair the first two slots (hatched, solid), whatever the list order', () => {
    const order = paletteOrder(['RU', 'TR', 'CN'], ['CN', 'TR']);
    expect(order).toEqual(['CN', 'TR', 'RU']);
    expect(partnerPaint(order, 'CN').pattern).toBe('hatch');
    expect(partnerPaint(order, 'TR').pattern).toBe('solid');
    expect(partnerPaint(order, 'RU').pattern).toBe('dots');
  });

  it('keeps the bundled order (China, Russia)', () => {
    expect(paletteOrder(['CN', 'RU'], ['CN', 'RU'])).toEqual(['CN', 'RU']);
  });

  it('has a slot of its own for as many partners as a data set may list', () => {
    expect(PARTNER_SLOTS).toBe(MAX_PARTNERS);
  });
});
