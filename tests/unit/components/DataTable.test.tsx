// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DataTable, type Columns } from '@/components/DataTable';

interface Row {
  name: string;
  value: number;
}

const rows: Row[] = [
  { name: 'Economic', value: 12.5 },
  { name: 'Digital', value: -3 },
];

const columns = (extra: boolean): Columns<Row> => [
  { id: 'name', header: 'Dimension', rowHeader: true, cell: (row) => row.name, sortable: true },
  { id: 'value', header: 'Tilt', numeric: true, cell: (row) => String(row.value), sortable: true },
  extra && { id: 'rank', header: 'Rank', numeric: true, cell: (_, i) => i + 1 },
];

describe('DataTable', () => {
  it('has a caption, column headers and a header cell naming each row', () => {
    render(
      <DataTable caption="Tilts" columns={columns(false)} rows={rows} rowKey={(r) => r.name} />,
    );
    const table = screen.getByRole('table', { name: 'Tilts' });
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((h) => [h.textContent, h.getAttribute('scope')])).toEqual([
      ['Dimension', 'col'],
      ['Tilt', 'col'],
    ]);
    const rowHeaders = within(table).getAllByRole('rowheader');
    expect(rowHeaders.map((h) => [h.textContent, h.getAttribute('scope')])).toEqual([
      ['Economic', 'row'],
      ['Digital', 'row'],
    ]);
    expect(
      within(table)
        .getAllByRole('cell')
        .map((c) => c.className),
    ).toEqual(['num', 'num']);
  });

  it('can hide its caption from sight but not from the accessibility tree, and carries a test hook', () => {
    render(
      <DataTable
        caption="Tilts"
        captionClassName="visually-hidden"
        testId="tilts-table"
        columns={columns(false)}
        rows={rows}
        rowKey={(r) => r.name}
      />,
    );
    const table = screen.getByRole('table', { name: 'Tilts' });
    expect(screen.getByTestId('tilts-table')).toBe(table);
    expect(table.querySelector('caption')).toHaveClass('visually-hidden');
  });

  it('leaves out a column given as false, and numbers rows by their place', () => {
    const { rerender } = render(
      <DataTable caption="Tilts" columns={columns(false)} rows={rows} rowKey={(r) => r.name} />,
    );
    expect(screen.queryByRole('columnheader', { name: 'Rank' })).toBeNull();
    rerender(
      <DataTable caption="Tilts" columns={columns(true)} rows={rows} rowKey={(r) => r.name} />,
    );
    expect(screen.getByRole('columnheader', { name: 'Rank' })).toBeInTheDocument();
    const last = screen.getAllByRole('row').at(-1)!;
    expect(
      within(last)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['-3', '2']);
  });

  it('turns sortable headers into buttons, reports the column and marks the sorted one', () => {
    const onSort = vi.fn();
    render(
      <DataTable
        caption="Tilts"
        columns={columns(true)}
        rows={rows}
        rowKey={(r) => r.name}
        sort={{ key: 'value', direction: 'descending', onSort }}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Dimension' }));
    expect(onSort).toHaveBeenCalledWith('name');
    expect(screen.getByRole('columnheader', { name: 'Tilt' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(screen.getByRole('columnheader', { name: 'Dimension' })).not.toHaveAttribute(
      'aria-sort',
    );
    // not sortable: a plain header
    expect(screen.queryByRole('button', { name: 'Rank' })).toBeNull();
  });

  it('has no header row when no column has a header, and a scroll region named by its caption', () => {
    render(
      <DataTable
        caption="Counts"
        captionId="counts"
        scrollRegion="narrow"
        columns={[
          { id: 'label', header: null, rowHeader: true, cell: (row: Row) => row.name },
          { id: 'value', header: null, numeric: true, cell: (row: Row) => row.value },
        ]}
        rows={rows}
        rowKey={(r) => r.name}
        rowProps={(row) => ({ 'data-value': String(row.value) })}
      />,
    );
    expect(screen.queryAllByRole('columnheader')).toHaveLength(0);
    const region = screen.getByRole('region', { name: 'Counts' });
    expect(region).toHaveClass('table-scroll', 'narrow');
    expect(region).toHaveAttribute('tabindex', '0');
    expect(region.querySelector('tr[data-value="-3"]')).not.toBeNull();
  });

  it('renders again only the rows whose data changed', () => {
    const cell = vi.fn((row: Row) => String(row.value));
    const stable: Columns<Row> = [{ id: 'value', header: 'Tilt', cell }];
    const { rerender } = render(
      <DataTable caption="Tilts" columns={stable} rows={rows} rowKey={(r) => r.name} />,
    );
    expect(cell).toHaveBeenCalledTimes(2);
    cell.mockClear();
    // rebuilt rows, one of them with a new value
    rerender(
      <DataTable
        caption="Tilts"
        columns={stable}
        rows={[{ ...rows[0]! }, { ...rows[1]!, value: 4 }]}
        rowKey={(r) => r.name}
      />,
    );
    expect(cell.mock.calls.map(([row]) => row.name)).toEqual(['Digital']);
    expect(screen.getByText('4')).toBeInTheDocument();
  });
});
