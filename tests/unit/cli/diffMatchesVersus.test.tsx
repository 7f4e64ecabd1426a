// @vitest-environment jsdom
// The command line's `diff` and the app's `/versus` both read compareScenarios: for the same two
// scenario files, what the CLI prints as differing is exactly what the view marks as differing,
// with the same B − A and the same assumptions (asserted on the CLI's output and the rendered view).
import '../../integration/setupMsw';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { runCli } from '@/cli/run';
import { dataset } from '@/data/dataset';
import { VersusPage } from '@/features/versus/VersusPage';
import { formatsFor } from '@/lib/format';
import { readScenarioFile } from '@/scenario/file';
import { encodeScenarioPair } from '@/scenario/pairCodec';
import { renderView } from '../../integration/renderView';

const files: Record<string, string> = {
  'a.json': JSON.stringify({ name: 'Railway', overrides: { 'KG.CN.debt_share': 40 } }),
  'b.json': JSON.stringify({
    name: 'Customs, geometric',
    options: { kgTradeSource: 'china-customs' },
    aggregation: 'geometric',
    dimensionWeights: { security: 0 },
  }),
};
const io = { readFile: (path: string) => files[path]! };

const scenarioOf = (path: string) => {
  const read = readScenarioFile(dataset, files[path]!);
  if (!read.ok) throw new Error(read.reason);
  return read.data.scenario;
};

describe('fulcrum diff and /versus', () => {
  it('list the same differing scores, tilts and assumptions for the same pair', async () => {
    const result = runCli(['diff', '--scenario', 'a.json', '--scenario', 'b.json'], io);
    expect(result.code).toBe(0);
    const cli = JSON.parse(result.stdout) as {
      scores: { country: string; partner: string; dimension: string; difference: number | null }[];
      tilts: { country: string; dimension: string; difference: number | null }[];
      assumptions: { key: string; a: unknown; b: unknown }[];
    };

    const search = encodeScenarioPair(
      dataset,
      { scenario: scenarioOf('a.json') },
      { scenario: scenarioOf('b.json') },
    ).toString();
    await renderView(<VersusPage />, { route: '/versus', search });
    await screen.findByTestId('versus-assumptions');

    // what the view marks as differing, with the B − A it shows
    const shown = new Map<string, string>();
    for (const country of dataset.countries) {
      const table = screen.getByTestId(`versus-table-${country.code}`);
      for (const row of Array.from(table.querySelectorAll('tr[data-differs="true"]'))) {
        const cells = within(row as HTMLElement).getAllByRole('cell');
        shown.set(row.getAttribute('data-key')!, cells.at(-1)!.textContent!);
      }
    }
    // what the CLI prints as differing
    const { formatSigned } = formatsFor('en');
    const printed = new Map<string, number | null>([
      ...cli.scores.map((s): [string, number | null] => [
        `${s.country}.${s.partner}.${s.dimension}`,
        s.difference,
      ]),
      ...cli.tilts.map((t): [string, number | null] => [
        `${t.country}.tilt.${t.dimension}`,
        t.difference,
      ]),
    ]);
    expect(printed.size).toBeGreaterThan(0);
    expect([...shown.keys()].sort()).toEqual([...printed.keys()].sort());
    for (const [key, difference] of printed)
      if (difference !== null) expect(shown.get(key), key).toBe(formatSigned(difference));

    const assumptionKeys = within(screen.getByTestId('versus-assumptions'))
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.getAttribute('data-key'));
    expect(assumptionKeys).toEqual(cli.assumptions.map((c) => c.key));
  });
});
