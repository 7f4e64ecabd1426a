import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import { Navigate, useLocation, useParams } from 'react-router';
import { contextFacts } from '@/lib/context';
import { useDataset } from '@/lib/dataset';
import type { Country, Dimension } from '@/model';
import { useAfterPaint, useScenarioView, type ScenarioView } from '@/scenario/hooks';
import {
  buildDimensionSummaries,
  buildIndicatorRows,
  buildOverallSummary,
  countryEvents,
  findCountry,
} from './adapters';
import { CountryHeader } from './CountryHeader';
import { CountryNotFound } from './CountryNotFound';
import { CountryContext } from './CountryContext';
import { CountryRadar } from './CountryRadar';
import { CountryTimeline } from './CountryTimeline';
import { DimensionCards } from './DimensionCards';
import { IndicatorTable } from './IndicatorTable';
import { useCountryText } from './useCountryText';
import './country.css';

/** /country/:code — one country's dependence on each partner, every number traceable to a source. */
export function CountryPage() {
  const { code } = useParams();
  const { search, hash } = useLocation();
  const dataset = useDataset();
  const country = findCountry(dataset, code);
  if (!country) return <CountryNotFound code={code ?? ''} />;
  // The canonical address is upper case: /country/kg becomes /country/KG.
  if (code !== country.code) {
    return <Navigate replace to={{ pathname: `/country/${country.code}`, search, hash }} />;
  }
  return <CountryView country={country} />;
}

/** The country's page, following the scenario (see useScenarioView). */
function CountryView({ country }: { country: Country }) {
  return <CountryViewBody country={country} view={useScenarioView()} />;
}

const CountryViewBody = memo(function CountryViewBody({
  country,
  view,
}: {
  country: Country;
  view: ScenarioView;
}) {
  const dataset = useDataset();
  const text = useCountryText();
  const { t, pick } = text;
  const { baseline, uncertainty, pending } = view;
  const { hash } = useLocation();

  const code = country.code;
  const name = pick(country.name);
  const partners = useMemo(() => dataset.partners.map((p) => p.code), [dataset]);
  const tiltPair = dataset.tiltPair;

  // The radar follows a slider step in the step's own frame; the sentences, the cards
  // and the long indicator table follow in React's deferred pass, in the frame right
  // after, instead of delaying the chart (docs/architecture.md §3: a slider step).
  const followingScores = useAfterPaint(view);
  const overall = useMemo(
    () =>
      buildOverallSummary(followingScores.scores, baseline, uncertainty, code, partners, tiltPair),
    [followingScores, baseline, uncertainty, code, partners, tiltPair],
  );
  const summaries = useMemo(
    () =>
      buildDimensionSummaries(
        followingScores.scores,
        baseline,
        uncertainty,
        code,
        partners,
        tiltPair,
      ),
    [followingScores, baseline, uncertainty, code, partners, tiltPair],
  );
  const rows = useMemo(
    () => buildIndicatorRows(dataset, followingScores.scores, followingScores.scenario, code),
    [dataset, followingScores, code],
  );
  const events = useMemo(() => countryEvents(dataset, code), [dataset, code]);
  const facts = useMemo(() => contextFacts(dataset, { country: code }), [dataset, code]);

  const [filter, setFilter] = useState<Dimension | 'all'>('all');
  // A row to bring into view: from a dimension card's link, or from the address (#row-…).
  // A fresh object each time, so following the same link twice still scrolls.
  const [target, setTarget] = useState<{ id: string } | null>(() =>
    hash.startsWith('#row-') ? { id: hash.slice(1) } : null,
  );
  const reveal = useCallback(
    (rowId: string) => {
      setFilter('all');
      setTarget({ id: rowId });
    },
    [setFilter],
  );
  useEffect(() => {
    if (!target) return;
    const row = document.getElementById(target.id);
    if (!row) return;
    row.scrollIntoView?.({ block: 'center' });
    row.focus({ preventScroll: true });
  }, [target]);

  return (
    <article className="country-page">
      <title>{t('pageTitle', { country: name })}</title>
      <CountryHeader
        code={code}
        name={name}
        overall={overall}
        differs={followingScores.differs}
        intervalsPending={pending && !uncertainty}
        text={text}
      />
      <div className="country-overview">
        <CountryRadar
          country={code}
          countryName={name}
          view={view}
          partners={partners}
          tiltPair={tiltPair}
          version={dataset.version}
          text={text}
        />
        <DimensionCards
          country={code}
          summaries={summaries}
          tiltPair={tiltPair}
          differs={followingScores.differs}
          draws={uncertainty?.draws ?? null}
          text={text}
          onReveal={reveal}
        />
      </div>
      <IndicatorTable
        rows={rows}
        countryName={name}
        filter={filter}
        onFilter={setFilter}
        text={text}
      />
      <CountryTimeline events={events} countryName={name} text={text} />
      <CountryContext facts={facts} countryName={name} text={text} />
    </article>
  );
});
