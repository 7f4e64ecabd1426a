// @vitest-environment jsdom
// The interval chart is memoised by value (sameData): its rows are rebuilt at every slider step,
// and a step that leaves its numbers as they were (a Kyrgyz slider under Tajikistan's card on
// /analysis) must not draw it again; one that changes a number must.
import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { dataset } from '@/data/dataset';
import {
  buildScoreIntervalRows,
  scoreIntervalModel,
  type IntervalPoint,
} from '@/features/analysis/adapters';
import type { CountryCode, ScoreSet } from '@/model';
import { computeScores, TILT_DIMENSIONS } from '@/model';

const frames = vi.hoisted(() => ({ count: 0 }));
vi.mock('@/components/charts/useChartScale', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/components/charts/useChartScale')>();
  return {
    ...original,
    useChartFrame: () => {
      frames.count += 1;
      return original.useChartFrame();
    },
  };
});

const { IntervalChart } = await import('@/features/analysis/IntervalChart');

const partners = dataset.partners.map((p) => ({ key: p.code, label: p.code }));
const dimensions = TILT_DIMENSIONS.map((d) => ({ key: d, label: d }));
const text = (point: IntervalPoint) => String(point.value);

/** A country's chart as its card draws it, its rows built afresh from `scores`. */
function chart(country: CountryCode, scores: ScoreSet) {
  const rows = buildScoreIntervalRows({
    scores,
    uncertainty: undefined,
    country,
    partners,
    dimensions,
  });
  return (
    <IntervalChart
      model={scoreIntervalModel(rows, dataset.tiltPair)}
      ariaLabel={`${country}: scores`}
      text={text}
      textChars={21}
      noDataLabel="no data"
      excludedLabel="excluded"
      notes={[]}
    />
  );
}

describe('IntervalChart', () => {
  it('draws again only when its numbers change, not for new rows holding the same ones', () => {
    const baseline = computeScores(dataset);
    // A Kyrgyz observation moved: every score set is new, only Kyrgyzstan's numbers change.
    const moved = computeScores(dataset, { overrides: { 'KG.CN.debt_share': 90 } });
    const tajik = render(chart('TJ', baseline));
    const drawn = frames.count;
    tajik.rerender(chart('TJ', moved));
    expect(frames.count, "Tajikistan's chart, its numbers as they were").toBe(drawn);
    const kyrgyz = render(chart('KG', baseline));
    const before = kyrgyz.container.textContent;
    const drawnKyrgyz = frames.count;
    kyrgyz.rerender(chart('KG', moved));
    expect(frames.count, "Kyrgyzstan's chart, a number changed").toBe(drawnKyrgyz + 1);
    expect(kyrgyz.container.textContent).not.toBe(before);
  });
});
