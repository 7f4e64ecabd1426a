// The words of the robustness view, pure: one line per country ("Kyrgyzstan leans to China
// under 8 of 9 specifications; too close to call under 1.") and the name of each
// specification. Numbers are written by the formatter given (formatsFor(language)).
import type { Formatters } from '@/lib/format';
import type { Translate } from '@/lib/translate';
import type { Dataset, LeanSide, LocalizedText } from '@/model';
import type { RobustnessCount, SpecificationChange } from '@/scenario/robustness';

interface SummaryWords {
  /** the robustness namespace */
  t: Translate;
  countryName: (code: string) => string;
  /** the tilt pair's partner on a side, as it follows "leans to" */
  partnerTo: (side: LeanSide) => string;
  formatCount: Formatters['formatCount'];
}

/**
 * A country's line: the side most specifications lean to first, then the other side, too
 * close to call, balanced and no tilt, each only when some specification reads so.
 */
export function summaryLine(count: RobustnessCount, words: SummaryWords): string {
  const { t, formatCount } = words;
  const n = (x: number) => formatCount(x);
  const country = words.countryName(count.country);
  const lead: LeanSide | null =
    count.positive === 0 && count.negative === 0
      ? null
      : count.positive >= count.negative
        ? 'positive'
        : 'negative';
  const plural = { count: count.total, total: n(count.total), country };
  const parts =
    lead === null
      ? [t('summary.neither', plural)]
      : [t('summary.lead', { ...plural, partner: words.partnerTo(lead), n: n(count[lead]) })];
  const other: LeanSide = lead === 'negative' ? 'positive' : 'negative';
  if (lead !== null && count[other] > 0)
    parts.push(t('summary.otherSide', { partner: words.partnerTo(other), n: n(count[other]) }));
  for (const kind of ['uncertain', 'balanced', 'none'] as const)
    if (count[kind] > 0) parts.push(t(`summary.${kind}`, { n: n(count[kind]) }));
  parts.push(t('summary.end'));
  return parts.join('');
}

/** What a specification changes from the current scenario, in words. */
export function specificationName(
  change: SpecificationChange,
  dataset: Dataset,
  t: Translate,
  pick: (text: LocalizedText) => string,
): string {
  switch (change.kind) {
    case 'baseline':
      return t('spec.baseline');
    case 'scenario':
      return change.name ? t('spec.scenario', { name: change.name }) : t('spec.scenarioUnnamed');
    case 'preset': {
      const preset = dataset.presets.find((p) => p.id === change.presetId);
      return t('spec.preset', { name: preset ? pick(preset.name) : change.presetId });
    }
    case 'method': {
      const { choice } = change;
      if (choice.kind === 'aggregation') return t(`spec.${choice.to}`);
      if (choice.kind === 'weights') return t('spec.weights');
      const option = dataset.options.find((o) => o.key === choice.option);
      const value = option?.choices.find((c) => c.value === choice.to);
      return t('spec.option', {
        option: option ? pick(option.label) : choice.option,
        choice: value ? pick(value.label) : choice.to,
      });
    }
  }
}
