import { formatsFor } from '@/lib/format';
import { withUnit, type LocalizedText } from '@/model';
import type { ChangeValue } from '@/scenario/assumptionChanges';
import type { Translate } from '@/i18n/fastT';

/**
 * One value of an assumption as a person reads it: a number with its unit (marked when it is
 * the analyst's own), a choice's label, or "missing". `t` translates the "common" namespace.
 * The scenario slide, an image's footer and a handout's assumptions block all use it.
 */
export function assumptionValueText(
  t: Translate,
  language: 'en' | 'ru',
  pick: (text: LocalizedText) => string,
  value: ChangeValue,
): string {
  if (value.kind === 'choice') return pick(value.label);
  if (value.kind === 'missing') return t('assumptionValue.missing');
  const text = withUnit(formatsFor(language).formatValue(value.value), value.unit, language);
  return value.analyst ? t('assumptionValue.analyst', { value: text }) : text;
}
