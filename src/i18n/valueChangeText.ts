import { formatsFor } from '@/lib/format';
import type { Translate } from './fastT';

/**
 * A number changed to fit its slider (src/scenario/validate.ts `sliderValue`), with the
 * slider's range and decimals: what a scenario file's import and a link both report.
 */
export interface WordableValueChange {
  code: 'clamped' | 'rounded' | 'zeroed';
  from: number;
  to: number;
  min: number;
  max: number;
  decimals: number;
}

/**
 * One line saying what a value was, what it is now and why ("Economy: 0.001 → 0 (a weight
 * this small rounds to 0…)"). One wording for every door a number comes in by, so the import
 * report and the link notice never disagree. `t` translates the "scenario" namespace.
 */
export function valueChangeText(
  t: Translate,
  language: string,
  label: string,
  change: WordableValueChange,
): string {
  const { formatPlain } = formatsFor(language);
  // The number as given, at up to 6 decimals; a huge one (1e308) as written.
  const given = (x: number) =>
    Number.isFinite(x) && Math.abs(x) < 1e9 ? formatPlain(x, 6) : String(x);
  const kept = (x: number) => formatPlain(x, change.decimals);
  return t(`share.change.${change.code}`, {
    label,
    from: given(change.from),
    to: kept(change.to),
    min: kept(change.min),
    max: kept(change.max),
  });
}
