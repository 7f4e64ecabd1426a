// Which works a view's numbers rest on, cited short: the line "Sources: …" of a printed
// handout. Pure: the data set, the countries the view shows and the scenario's data options
// in, the citations out, so the line follows the data and never needs typing.
import { REPORT_SOURCE_ID } from '@/data/report';
import { standingObservation, type CountryCode, type Dataset, type Source } from '@/model';

export interface SourcesLineInput {
  dataset: Dataset;
  /** the countries the view shows */
  countries: readonly CountryCode[];
  /** the scenario's data options: they choose which reading stands for a cell */
  options: Readonly<Record<string, string>>;
  /** the short citation of a work ("A. Musaev, BBC Monitoring, 2026") */
  label: (source: Source) => string;
  /** where a work is one of the report's footnotes, what to add ("Ifri report, note 1") */
  footnote: (n: number) => string;
}

/**
 * The ids of the works cited by the readings that stand for the view's cells under the
 * scenario's options, in the data set's order (the report first, then its footnotes, then
 * the research notes' works). The report is always among them: the goalposts, rubrics and
 * weights come from it even where a value cites another work.
 */
export function viewSourceIds({
  dataset,
  countries,
  options,
}: Pick<SourcesLineInput, 'dataset' | 'countries' | 'options'>): string[] {
  const cited = new Set<string>([REPORT_SOURCE_ID]);
  for (const country of countries)
    for (const partner of dataset.partners)
      for (const indicator of dataset.indicators) {
        const reading = standingObservation(dataset, country, partner.code, indicator.id, options);
        for (const id of reading?.sources ?? []) cited.add(id);
      }
  return dataset.sources.filter((s) => cited.has(s.id)).map((s) => s.id);
}

/**
 * The short citations of the works a view rests on, each once: a report footnote says which
 * note it is; works whose short citations read alike ("TASS", "24.kg") are named once, since
 * a second identical name tells the reader nothing more (the methodology page lists each).
 */
export function viewSourceCitations(input: SourcesLineInput): string[] {
  const byId = new Map(input.dataset.sources.map((s) => [s.id, s]));
  const seen = new Set<string>();
  const citations: string[] = [];
  for (const id of viewSourceIds(input)) {
    const source = byId.get(id)!;
    const label = input.label(source);
    const citation =
      source.footnote === undefined ? label : `${label} (${input.footnote(source.footnote)})`;
    if (seen.has(citation)) continue;
    seen.add(citation);
    citations.push(citation);
  }
  return citations;
}

/** A name without its parenthetical and anything after its first comma: "TASS (via X)" → "TASS". */
function shortName(text: string): string {
  return (text.replace(/\s*\([^)]*\)/g, '').split(',')[0] ?? '').trim();
}

/** "A. Musaev, BBC Monitoring, 2026": who published it and when, short enough for a slider row. */
export function shortSourceLabel(source: Source): string {
  const parts: string[] = [];
  const author = shortName(source.author ?? '');
  const outlet = shortName(source.outlet);
  if (author) parts.push(author);
  if (outlet && outlet !== author) parts.push(outlet);
  const year = /^\d{4}/.exec(source.date)?.[0];
  if (year) parts.push(year);
  return parts.join(', ') || source.title || source.description?.en || source.site || source.id;
}
