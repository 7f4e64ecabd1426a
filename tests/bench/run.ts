// npm run bench: the model's speed budgets (docs/architecture.md §4), measured, never asserted in
// unit tests. Each figure prints its median and p95, the budget, and its ratio to a reference
// workload measured in the same run, so a slow machine shows as a slow reference rather than a
// failure.
import { dataset } from '@/data/dataset';
import { computeScores, monteCarlo, observationKey } from '@/model';
import { syntheticDataset } from './synthetic';
import { ms, time, type Timing } from './stats';

interface Row {
  name: string;
  timing: Timing;
  budget: number;
}

const rows: Row[] = [];

// Reference: a JSON round trip of the bundled data set, a fixed amount of plain JS work.
const reference = time(() => JSON.parse(JSON.stringify(dataset)), 200);

// 1. One slider move: rebuild the scenario and recompute every score, as the UI does.
const debtKey = observationKey('KG', 'CN', 'debt_share');
rows.push({
  name: 'recompute after one slider move (all scores, bundled data)',
  timing: time((i) => computeScores(dataset, { overrides: { [debtKey]: i % 100 } }), 2000),
  budget: 1,
});

// 2. Monte Carlo, 2,000 draws (runs in a worker in the app).
rows.push({
  name: 'Monte Carlo, 2,000 draws (bundled data)',
  timing: time((i) => monteCarlo(dataset, {}, { draws: 2000, seed: i }), 30, 5),
  budget: 50,
});

// 3. Scale: 50 countries × 6 partners × 40 indicators.
const large = syntheticDataset(50, 6, 40);
// The slider path: the structure (cells, groups, weights) is reused; only the moved cell changes.
rows.push({
  name: 'recompute after one slider move, synthetic 50 countries × 6 partners × 40 indicators',
  timing: time(
    (i) =>
      computeScores(large, {
        overrides: { [observationKey('AA', large.partners[0]!.code, 'indicator_1')]: i % 100 },
      }),
    100,
  ),
  budget: 5,
});

// For information (no budget): a cold start, when weights or data options change and the
// whole structure is rebuilt. Each run uses a fresh copy so the structure cache cannot help.
const copies = Array.from({ length: 40 }, () => ({ ...large }));
const cold = time((i) => computeScores(copies[i % copies.length]!), 40, 0);

console.log(`Fulcrum model bench — node ${process.version}, ${new Date().toISOString()}`);
console.log(
  `reference (JSON round trip of the data set): median ${ms(reference.median)}, p95 ${ms(reference.p95)}\n`,
);
let over = 0;
for (const row of rows) {
  const ok = row.timing.median <= row.budget;
  if (!ok) over++;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${row.name}\n     median ${ms(row.timing.median)}  p95 ${ms(row.timing.p95)}  budget ${ms(row.budget)}  ` +
      `(${((row.timing.median / row.budget) * 100).toFixed(1)}% of budget, ${(row.timing.median / reference.median).toFixed(2)}× reference, ${row.timing.runs} runs)`,
  );
}
console.log(
  `info structure rebuild (weights or data option changed), synthetic 50 × 6 × 40\n     median ${ms(cold.median)}  p95 ${ms(cold.p95)}  (no budget; happens on a weight or option change, not per slider step)`,
);
console.log(`\n${rows.length - over} within budget, ${over} over budget`);
process.exitCode = over > 0 ? 1 : 0;
