// Where a view comes from, in words: the scenario and the assumptions that differ from the
// baseline, the data version, the date it was made and the link that reproduces it. The
// footer of an exported image and the header and footer of a printed handout read it, so
// what leaves the app always says what it shows. Pure: the hook in ./useProvenance feeds it.
import { LANGUAGE_PARAM } from '@/i18n';
import { DATASET_PARAM } from '@/lib/datasetId';
import { formatsFor } from '@/lib/format';
import type { Translate } from '@/lib/translate';
import type { Dataset, LocalizedText, Preset } from '@/model';
import type { AssumptionChange } from '@/scenario/assumptionChanges';
import { assumptionValueText } from './assumptionValueText';

/** At most this many assumptions are written out; the link carries every one. */
export const PROVENANCE_MAX_ASSUMPTIONS = 8;

export interface Provenance {
  /** "Scenario “Railway runs”: 2 assumptions differ from the baseline", or the baseline line */
  scenario: string;
  /** one line per differing assumption ("Label: 28.1% → 60%"), then "… and 3 more" */
  assumptions: string[];
  /** "Data: Fulcrum data set 2026.07 (15 July 2026)" */
  data: string;
  /** "Made 3 December 2026 with Fulcrum" */
  made: string;
  /** "Reproduce this view: https://…" */
  link: string;
  /** the address alone */
  url: string;
}

/**
 * The name a scenario goes by: the analyst's own name, else the preset's, else "custom".
 * The banner above every view and the provenance lines use it.
 */
export function scenarioLabel(
  name: string,
  preset: Preset | undefined,
  pick: (text: LocalizedText) => string,
  custom: string,
): string {
  return name.trim() || (preset ? pick(preset.name) : custom);
}

export interface ProvenanceInput {
  dataset: Dataset;
  /** the scenario's name as scenarioLabel gives it */
  name: string;
  changes: readonly AssumptionChange[];
  url: string;
  /** ISO date the view is made on */
  today: string;
  language: 'en' | 'ru';
  pick: (text: LocalizedText) => string;
  /** translates the "common" namespace */
  t: Translate;
}

export function buildProvenance({
  dataset,
  name,
  changes,
  url,
  today,
  language,
  pick,
  t,
}: ProvenanceInput): Provenance {
  const { formatDate } = formatsFor(language);
  const value = (v: AssumptionChange['from']) => assumptionValueText(t, language, pick, v);
  const listed = changes
    .slice(0, PROVENANCE_MAX_ASSUMPTIONS)
    .map((c) =>
      t('provenance.assumption', { label: pick(c.label), from: value(c.from), to: value(c.to) }),
    );
  const rest = changes.length - listed.length;
  return {
    scenario:
      changes.length === 0
        ? t('provenance.baseline')
        : t('provenance.scenario', { name, count: changes.length }),
    assumptions: rest > 0 ? [...listed, t('provenance.more', { count: rest })] : listed,
    data: t('provenance.data', { version: dataset.version, date: formatDate(dataset.date) }),
    made: t('provenance.made', { date: formatDate(today) }),
    link: t('provenance.link', { link: url }),
    url,
  };
}

/**
 * What a short link (a QR code holds little) keeps of an address besides the scenario, which is
 * written afresh: the language, the data set (a link read against another data set gives other
 * numbers), the two countries compared (`a`, `b`) and the two scenarios of an A-vs-B view
 * (`a.…`, `b.…`). Every other param is dropped.
 */
export function shortLinkContext(search: string): string {
  const kept = [...new URLSearchParams(search)].filter(
    ([name]) =>
      name === LANGUAGE_PARAM ||
      name === DATASET_PARAM ||
      name === 'a' ||
      name === 'b' ||
      name.startsWith('a.') ||
      name.startsWith('b.'),
  );
  return new URLSearchParams(kept).toString();
}
