import { useCallback, useContext, useMemo } from 'react';
import { DatasetContext } from '@/lib/dataset';
import type { PartnerCode } from '@/model';

/**
 * How a partner is told apart from the others, by its position in the data set's `partners`:
 * a colour from a colour-blind-safe palette (Okabe–Ito) and a pattern or shape, so colour is
 * never the only cue. The first two are the bundled data set's China and Russia, exactly as
 * they always looked (vermillion hatched, blue solid disc); a third partner is bluish green
 * with dots (a diamond swatch), a fourth reddish purple cross-hatched (a triangle), a fifth
 * orange with horizontal stripes. The colours are CSS variables set per theme in
 * src/app/styles.css (`--partner-<slot>`, `--partner-<slot>-text`).
 */
type PartnerPattern = 'hatch' | 'solid' | 'dots' | 'cross' | 'stripes';

export interface PartnerPaint {
  /** 1-based place in the palette; 0 for a partner the data set does not list (grey) */
  slot: number;
  /** fill colour (CSS value) */
  color: string;
  /** text colour: darker than the fill in light themes, for contrast */
  text: string;
  pattern: PartnerPattern;
  /** class names for the partner's text colour: `partner-<code> partner-<slot>` */
  className: string;
}

const PATTERNS: readonly PartnerPattern[] = ['hatch', 'solid', 'dots', 'cross', 'stripes'];

/** How many partners get a palette entry of their own: as many as a data set may list. */
export const PARTNER_SLOTS = PATTERNS.length;

/** The partners a chart assumes when it is drawn outside a data set (unit tests of a chart). */
export const DEFAULT_PARTNERS: readonly PartnerCode[] = ['CN', 'RU'];

/** 1-based palette slot of a partner by its position in `partners`; 0 when it is not listed. */
export function partnerSlot(partners: readonly PartnerCode[], code: PartnerCode | null): number {
  const index = code === null ? -1 : partners.indexOf(code);
  return index < 0 ? 0 : (index % PARTNER_SLOTS) + 1;
}

/** A partner's colour, text colour, pattern and class names (see PartnerPaint). */
export function partnerPaint(
  partners: readonly PartnerCode[],
  code: PartnerCode | null,
): PartnerPaint {
  const slot = partnerSlot(partners, code);
  const cls = code ? `partner-${code.toLowerCase()}` : '';
  const n = `partner-${slot}`;
  return {
    slot,
    // a partner the data set does not list: grey, solid
    color: slot ? `var(--${n})` : 'var(--ghost)',
    text: slot ? `var(--${n}-text)` : 'var(--text)',
    pattern: slot ? PATTERNS[slot - 1]! : 'solid',
    className: slot ? `${cls} ${n}` : cls,
  };
}

/**
 * The order in which partners take the palette's slots: the tilt pair first (its first partner
 * hatched, its second solid, as every tilt chart draws them), then the others as listed.
 */
export function paletteOrder(
  partners: readonly PartnerCode[],
  tiltPair: readonly [PartnerCode, PartnerCode],
): PartnerCode[] {
  return [...tiltPair, ...partners.filter((code) => !tiltPair.includes(code))];
}

/** The loaded data set's partner codes in palette order (China and Russia outside a data set). */
export function usePartnerCodes(): readonly PartnerCode[] {
  const dataset = useContext(DatasetContext);
  const partners = dataset?.partners;
  const tiltPair = dataset?.tiltPair;
  return useMemo(
    () =>
      partners && tiltPair
        ? paletteOrder(
            partners.map((p) => p.code),
            tiltPair,
          )
        : DEFAULT_PARTNERS,
    [partners, tiltPair],
  );
}

/** `paint(code)` for the loaded data set's partners: what each chart and label draws with. */
export function usePartnerPaint(): (code: PartnerCode | null) => PartnerPaint {
  const partners = usePartnerCodes();
  return useCallback((code) => partnerPaint(partners, code), [partners]);
}
