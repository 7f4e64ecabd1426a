// Context facts of a data set (sourced, never scored) for one country or partner, in the data
// set's order. Pure: the country page and the methodology page read them through this.
import type { ContextFact, CountryCode, Dataset, PartnerCode } from '@/model';

export function contextFacts(
  dataset: Pick<Dataset, 'context'>,
  filter: { country?: CountryCode; partner?: PartnerCode } = {},
): ContextFact[] {
  return (dataset.context ?? []).filter(
    (c) =>
      (filter.country === undefined || c.countries.includes(filter.country)) &&
      (filter.partner === undefined || c.partner === filter.partner),
  );
}
