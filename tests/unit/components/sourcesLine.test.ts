import { describe, expect, it } from 'vitest';
import { shortSourceLabel, viewSourceCitations, viewSourceIds } from '@/components/sourcesLine';
import { handoutCountries } from '@/app/handoutCountries';
import { dataset } from '@/data/dataset';
import { REPORT_SOURCE_ID } from '@/data/report';
import {
  baselineScenario,
  readingsOf,
  switchedOffReadings,
  variantApplies,
  type Dataset,
} from '@/model';

const options = baselineScenario(dataset).options;
const all = dataset.countries.map((c) => c.code);

describe('viewSourceIds', () => {
  it('names the report first, then works in the data set’s order, each once', () => {
    const ids = viewSourceIds({ dataset, countries: all, options });
    expect(ids[0]).toBe(REPORT_SOURCE_ID);
    expect(new Set(ids).size).toBe(ids.length);
    const order = dataset.sources.map((s) => s.id);
    expect([...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(ids);
  });

  it('cites every work of a cell’s only, general reading, and no work outside the view', () => {
    for (const country of all) {
      const ids = new Set(viewSourceIds({ dataset, countries: [country], options }));
      const cited = new Set([REPORT_SOURCE_ID]);
      for (const o of dataset.observations.filter((o) => o.country === country)) {
        o.sources.forEach((id) => cited.add(id));
        if (!o.variant && readingsOf(dataset, o.country, o.partner, o.indicator).length === 1)
          for (const id of o.sources) expect(ids, `${country} ${o.indicator}`).toContain(id);
      }
      for (const id of ids) expect(cited, `${id} is cited for ${country}`).toContain(id);
    }
  });

  it('one country’s works are among both countries’ works', () => {
    const both = new Set(viewSourceIds({ dataset, countries: all, options }));
    for (const country of all)
      for (const id of viewSourceIds({ dataset, countries: [country], options }))
        expect(both).toContain(id);
  });

  it('follows the scenario’s data options: a reading switched off cites nothing', () => {
    // Every option value, and a work that only a switched-off reading cites is left out.
    for (const option of dataset.options) {
      for (const choice of option.choices) {
        const chosen = { ...options, [option.key]: choice.value };
        const ids = new Set(viewSourceIds({ dataset, countries: all, options: chosen }));
        const standing = new Set(
          dataset.observations.filter((o) => variantApplies(o, chosen)).flatMap((o) => o.sources),
        );
        for (const country of all)
          for (const partner of dataset.partners)
            for (const indicator of dataset.indicators)
              for (const off of switchedOffReadings(
                dataset,
                country,
                partner.code,
                indicator.id,
                chosen,
              ))
                for (const id of off.sources)
                  if (!standing.has(id) && id !== REPORT_SOURCE_ID) expect(ids).not.toContain(id);
      }
    }
  });

  it('cites other works when the scenario takes the other reading of a cell', () => {
    const option = dataset.options[0]!;
    const lists = option.choices.map((c) =>
      viewSourceIds({ dataset, countries: all, options: { ...options, [option.key]: c.value } }),
    );
    expect(new Set(lists.map((ids) => ids.join())).size).toBe(option.choices.length);
  });

  it('names the report even when no reading cites it', () => {
    const bare: Dataset = {
      ...dataset,
      observations: dataset.observations.map((o) => ({
        ...o,
        sources: o.sources.filter((id) => id !== REPORT_SOURCE_ID),
      })),
    };
    expect(viewSourceIds({ dataset: bare, countries: all, options })[0]).toBe(REPORT_SOURCE_ID);
  });
});

describe('viewSourceCitations', () => {
  const citations = viewSourceCitations({
    dataset,
    countries: all,
    options,
    label: shortSourceLabel,
    footnote: (n) => `note ${n}`,
  });

  it('cites the report first, short, and marks the report’s footnotes', () => {
    expect(citations[0]).toBe('Rollan Ismail, Ifri, 2026');
    const noted = dataset.sources.filter(
      (s) =>
        s.footnote !== undefined &&
        viewSourceIds({ dataset, countries: all, options }).includes(s.id),
    );
    expect(noted.length).toBeGreaterThan(0);
    for (const source of noted)
      expect(citations).toContain(`${shortSourceLabel(source)} (note ${source.footnote})`);
  });

  it('names alike works once', () => {
    expect(new Set(citations).size).toBe(citations.length);
    const labels = viewSourceIds({ dataset, countries: all, options }).map((id) =>
      shortSourceLabel(dataset.sources.find((s) => s.id === id)!),
    );
    // the data set has several works of one outlet with no author or date (e.g. TASS)
    expect(labels.length).toBeGreaterThan(citations.length);
  });
});

describe('handoutCountries', () => {
  it('prints one country on its page and both on /compare and /analysis', () => {
    expect(handoutCountries('/country/KG', dataset)).toEqual(['KG']);
    expect(handoutCountries('/country/tj/', dataset)).toEqual(['TJ']);
    expect(handoutCountries('/compare', dataset)).toEqual(all);
    expect(handoutCountries('/analysis/', dataset)).toEqual(all);
  });

  it('prints no handout elsewhere', () => {
    for (const path of ['/', '/methodology', '/brief/1', '/country/XX', '/country', '/compared'])
      expect(handoutCountries(path, dataset), path).toBeNull();
  });
});
