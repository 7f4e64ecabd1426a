import { memo, type HTMLAttributes, type ReactNode, type TdHTMLAttributes } from 'react';
import { sameData } from './sameData';

/** Attributes of a cell or a row beyond its content: `data-*` hooks for tests and notes. */
type Attributes<E> = HTMLAttributes<E> & Record<`data-${string}`, string | undefined>;

/** One column of a DataTable: its header and what each row shows in it. */
export interface Column<Row> {
  /** stable within the table: the React key, and the key a sort reports */
  id: string;
  /** null in a table of label–value rows, which has no header row */
  header: ReactNode;
  cell: (row: Row, index: number) => ReactNode;
  /** a number column: right-aligned, in tabular figures */
  numeric?: boolean;
  /** the cell that names the row: a header cell with scope="row" */
  rowHeader?: boolean;
  /** a column the reader can sort by (see DataTableProps.sort) */
  sortable?: boolean;
  /** extra attributes of the column's cells (data hooks, lean data…) */
  cellProps?: (
    row: Row,
  ) => Attributes<HTMLTableCellElement> & TdHTMLAttributes<HTMLTableCellElement>;
  className?: string;
}

/** A column list may hold `false` or `null` for a column shown only sometimes. */
export type Columns<Row> = readonly (Column<Row> | false | null | undefined)[];

type SortDirection = 'ascending' | 'descending';

export interface DataTableProps<Row> {
  columns: Columns<Row>;
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  caption: ReactNode;
  captionId?: string;
  /** e.g. `visually-hidden`: where a heading beside the table already names it on screen */
  captionClassName?: string;
  className?: string;
  testId?: string;
  /**
   * Wraps the table in a focusable region named by its caption, with these classes beside
   * `table-scroll`, so keyboard users can scroll a wide table on a narrow screen (needs
   * `captionId`).
   */
  scrollRegion?: string;
  /** attributes of each row: an id to link to, data hooks… */
  rowProps?: (row: Row) => Attributes<HTMLTableRowElement>;
  /**
   * Sortable headers become buttons; the table shows `rows` in the order given (the caller
   * sorts, with its own collation), and marks the sorted column with aria-sort.
   */
  sort?: {
    key: string | null;
    direction: SortDirection;
    onSort: (id: string) => void;
    /** the arrow beside a sortable header's label */
    icon?: (active: boolean, direction: SortDirection) => ReactNode;
    buttonClassName?: string;
  };
}

const shown = <Row,>(columns: Columns<Row>): Column<Row>[] =>
  columns.filter((c): c is Column<Row> => Boolean(c));

/** A body cell's classes: `num` for numbers, then the column's own. */
const cellClass = (column: Column<unknown>) =>
  [column.numeric ? 'num' : '', column.className ?? ''].filter(Boolean).join(' ') || undefined;

interface RowViewProps<Row> {
  row: Row;
  index: number;
  columns: Column<Row>[];
  rowProps: DataTableProps<Row>['rowProps'];
}

/**
 * One row. Tables are rebuilt at every slider step but a step changes few rows: a row whose
 * data (and columns) hold the same skips rendering (keep `columns` and `rowProps` stable).
 */
const RowView = memo(function RowView<Row>({ row, index, columns, rowProps }: RowViewProps<Row>) {
  return (
    <tr {...rowProps?.(row)}>
      {columns.map((column) => {
        const props = {
          className: cellClass(column as Column<unknown>),
          ...column.cellProps?.(row),
        };
        const content = column.cell(row, index);
        return column.rowHeader ? (
          <th scope="row" key={column.id} {...props}>
            {content}
          </th>
        ) : (
          <td key={column.id} {...props}>
            {content}
          </td>
        );
      })}
    </tr>
  );
}, sameData) as <Row>(props: RowViewProps<Row>) => ReactNode;

/**
 * A table of rows under named columns, with a caption and column headers (scope="col"), the
 * naming cell of each row a row header; optionally sortable by column. Every table of numbers
 * in the app (a chart's table view, the indicator table) is one of these.
 */
export function DataTable<Row>({
  columns,
  rows,
  rowKey,
  caption,
  captionId,
  captionClassName,
  className,
  testId,
  rowProps,
  sort,
  scrollRegion,
}: DataTableProps<Row>) {
  const visible = shown(columns);
  const table = (
    <table className={className} data-testid={testId}>
      <caption id={captionId} className={captionClassName}>
        {caption}
      </caption>
      {visible.every((column) => column.header == null) ? null : (
        <thead>
          <tr>
            {visible.map((column) => {
              const className = column.numeric ? 'num' : undefined;
              if (!sort || !column.sortable) {
                return (
                  <th scope="col" key={column.id} className={className}>
                    {column.header}
                  </th>
                );
              }
              const active = sort.key === column.id;
              return (
                <th
                  scope="col"
                  key={column.id}
                  className={className}
                  aria-sort={active ? sort.direction : undefined}
                >
                  <button
                    type="button"
                    className={sort.buttonClassName}
                    onClick={() => sort.onSort(column.id)}
                  >
                    {column.header}
                    {sort.icon?.(active, sort.direction)}
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
      )}
      <tbody>
        {rows.map((row, index) => (
          <RowView
            key={rowKey(row)}
            row={row}
            index={index}
            columns={visible}
            rowProps={rowProps}
          />
        ))}
      </tbody>
    </table>
  );
  if (scrollRegion === undefined) return table;
  return (
    <div
      className={`table-scroll ${scrollRegion}`.trim()}
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
    >
      {table}
    </div>
  );
}
