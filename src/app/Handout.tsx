// The printed handout's own parts: above the view, the scenario and the assumptions its
// numbers follow; below it, when it was made, from which data, the link that reproduces it
// and the works it rests on. They exist only while the page is printed (usePrinting), so the
// screen pays nothing for them and the date and link are those of the printout. The layout
// of the printed page is in ./print.css.
import { useLayoutEffect, useMemo } from 'react';
import { useLocation } from 'react-router';
import { usePrinting } from '@/components/printMedia';
import { shortSourceLabel, viewSourceCitations } from '@/components/sourcesLine';
import { useProvenance } from '@/components/useProvenance';
import { useT } from '@/i18n/fastT';
import { useDataset } from '@/lib/dataset';
import { completeScenario, type CountryCode } from '@/model';
import { useScenarioStore } from '@/scenario/store';
import { handoutCountries } from './handoutCountries';
import './print.css';

function useHandoutCountries(): CountryCode[] | null {
  const { pathname } = useLocation();
  const dataset = useDataset();
  return useMemo(() => handoutCountries(pathname, dataset), [pathname, dataset]);
}

/** The handout's head: the scenario and each assumption that differs from the baseline. */
export function HandoutHeader() {
  const printing = usePrinting();
  const countries = useHandoutCountries();
  return printing && countries ? <HandoutAssumptions /> : null;
}

function HandoutAssumptions() {
  const tc = useT('common');
  const provenance = useProvenance();
  // Marks the page as a printing handout: the light palette and the A4 layout follow it
  // (styles.css, print.css). Set in the same synchronous render as the printout.
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.dataset.print = 'handout';
    return () => {
      delete root.dataset.print;
    };
  }, []);
  return (
    <section className="handout handout-header" aria-labelledby="handout-assumptions-title">
      <h2 id="handout-assumptions-title" className="handout-title">
        {tc('provenance.assumptionsTitle')}
      </h2>
      <p className="handout-scenario">{provenance.scenario}</p>
      {provenance.assumptions.length > 0 ? (
        <ul className="handout-assumptions">
          {provenance.assumptions.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** The handout's foot: date, data version, the link to the same view, and the sources. */
export function HandoutFooter() {
  const printing = usePrinting();
  const countries = useHandoutCountries();
  return printing && countries ? <HandoutProvenance countries={countries} /> : null;
}

function HandoutProvenance({ countries }: { countries: CountryCode[] }) {
  const tc = useT('common');
  const provenance = useProvenance();
  const dataset = useDataset();
  const scenario = useScenarioStore((s) => (s.dataset === dataset ? s.scenario : undefined));
  const options = useMemo(() => completeScenario(dataset, scenario).options, [dataset, scenario]);
  const sources = useMemo(
    () =>
      viewSourceCitations({
        dataset,
        countries,
        options,
        label: shortSourceLabel,
        footnote: (n) => tc('footnote', { n }),
      }),
    [dataset, countries, options, tc],
  );
  return (
    <footer className="handout handout-footer">
      <p>
        {provenance.made} · {provenance.data}
      </p>
      <p className="handout-link">{provenance.link}</p>
      <p className="handout-sources">{tc('provenance.sources', { sources: sources.join('; ') })}</p>
    </footer>
  );
}
