import { memo, useMemo, useState } from 'react';
import { useLocation } from 'react-router';
import { buildSliderRecords } from '@/scenario/sliders';
import { usePanel } from './context';
import { assumptionGroups, routeCountry } from './helpers';
import { RadioFieldset } from './RadioFieldset';
import { DimensionGroups } from './ScenarioGroup';
import { SliderRow } from './SliderRow';
import { useSliderText } from './useSliderText';

const ALL = 'all';

/**
 * Assumption sliders grouped by dimension, for one country or both. The filter starts at
 * the country of the current page (both elsewhere) until the analyst picks one.
 */
function AssumptionsSectionImpl() {
  const { dataset } = usePanel();
  const { t, pick } = useSliderText();
  const { pathname } = useLocation();
  const [chosen, setChosen] = useState<string | null>(null);
  const codes = useMemo(() => dataset.countries.map((c) => c.code), [dataset]);
  const filter = chosen ?? routeCountry(pathname, codes) ?? ALL;
  const records = buildSliderRecords(dataset);
  const groups = useMemo(
    () => assumptionGroups(records, filter === ALL ? null : filter),
    [records, filter],
  );
  const count = groups.reduce((n, g) => n + g.records.length, 0);
  const choices = [
    { value: ALL, label: t('assumptions.all') },
    ...dataset.countries.map((c) => ({ value: c.code, label: pick(c.name) })),
  ];

  return (
    <div className="scenario-assumptions">
      <p className="scenario-intro">{t('assumptions.intro')}</p>
      <RadioFieldset
        className="scenario-filter"
        choiceClassName="scenario-filter-choice"
        legend={t('assumptions.filter')}
        choices={choices}
        selected={filter}
        onChoose={setChosen}
      />
      <p className="scenario-count muted">{t('assumptions.count', { count })}</p>
      {groups.length === 0 && <p>{t('assumptions.none')}</p>}
      <DimensionGroups groups={groups} Row={SliderRow} />
    </div>
  );
}

export const AssumptionsSection = memo(AssumptionsSectionImpl);
