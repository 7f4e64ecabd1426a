import type { ComponentType, ReactNode } from 'react';
import type { SliderRecord } from '@/scenario/sliders';
import type { RecordGroup } from './helpers';
import { useSliderText } from './useSliderText';

/** A titled group of controls within a panel section. */
export function ScenarioGroup({ title, children }: { title: ReactNode; children: ReactNode }) {
  return (
    <div className="scenario-group">
      <h4 className="scenario-group-title">{title}</h4>
      {children}
    </div>
  );
}

interface RowGroupProps<R extends SliderRecord> {
  title: ReactNode;
  records: readonly R[];
  /** the row drawn for one record (a slider, a missing cell) */
  Row: ComponentType<{ record: R }>;
}

/** A titled list of rows, one per record. */
export function RowGroup<R extends SliderRecord>({ title, records, Row }: RowGroupProps<R>) {
  return (
    <ScenarioGroup title={title}>
      <ul className="scenario-rows">
        {records.map((r) => (
          <Row key={r.key} record={r} />
        ))}
      </ul>
    </ScenarioGroup>
  );
}

interface DimensionGroupsProps<R extends SliderRecord> {
  groups: readonly RecordGroup<R>[];
  Row: ComponentType<{ record: R }>;
  /** the group's title from the dimension's name (default: the name itself) */
  title?: (dimensionName: string) => string;
}

/** One titled list of rows per dimension, in the order of the groups. */
export function DimensionGroups<R extends SliderRecord>({
  groups,
  Row,
  title = (dimensionName) => dimensionName,
}: DimensionGroupsProps<R>) {
  const { t } = useSliderText();
  return groups.map((g) => (
    <RowGroup
      key={g.dimension}
      title={title(t(`common:dimensions.${g.dimension}`))}
      records={g.records}
      Row={Row}
    />
  ));
}
