import type { ReactNode } from 'react';

export type SortDirection = 'asc' | 'desc';
export interface SortState {
  key: string;
  direction: SortDirection;
}

export interface Column<Row> {
  /** Stable id of the column; also the sort key of a sortable column. */
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  align?: 'left' | 'right' | 'center';
  /** CSS width of the column (the table lays out fixed, so the page never scrolls sideways). */
  width?: string;
  sortable?: boolean;
}

export type TableStatus = 'loading' | 'error' | 'empty' | 'ready';

export interface DataTableProps<Row> {
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  status: TableStatus;
  /** What the table lists, for screen readers. */
  caption: string;
  sort?: SortState;
  /** Called with a sortable column's key when its header is activated. */
  onSort?: (key: string) => void;
  rowClassName?: (row: Row) => string | undefined;
  errorText?: ReactNode;
  emptyText?: ReactNode;
  onRetry?: () => void;
  retryLabel?: ReactNode;
  /** Placeholder rows while loading (keeps the table's height). */
  skeletonRows?: number;
  /** Rows shown before a request has answered (e.g. the previous page) are dimmed. */
  stale?: boolean;
  testId?: string;
}

function ariaSort(column: { key: string; sortable?: boolean }, sort?: SortState) {
  if (!column.sortable) return undefined;
  if (sort?.key !== column.key) return 'none' as const;
  return sort.direction === 'asc' ? ('ascending' as const) : ('descending' as const);
}

/**
 * A table of rows with sortable headers (buttons, so they work by keyboard), and its loading skeleton,
 * empty and error states in the table's own place.
 */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const { columns, rows, status, sort, onSort } = props;
  const span = columns.length;
  return (
    <div className="jx-table-wrap" data-testid={props.testId} data-status={status}>
      <table className={props.stale ? 'jx-table jx-table--stale' : 'jx-table'} aria-busy={status === 'loading'}>
        <caption className="jx-visually-hidden">{props.caption}</caption>
        <colgroup>
          {columns.map((c) => (
            <col key={c.key} style={c.width ? { width: c.width } : undefined} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                aria-sort={ariaSort(c, sort)}
                className={`jx-table__cell--${c.align ?? 'left'}`}
              >
                {c.sortable && onSort ? (
                  <button type="button" className="jx-table__sort" onClick={() => onSort(c.key)} data-sort-key={c.key}>
                    {c.header}
                    <span className="jx-table__sort-mark" aria-hidden="true">
                      {sort?.key === c.key ? (sort.direction === 'asc' ? '▲' : '▼') : '⇅'}
                    </span>
                  </button>
                ) : (
                  c.header
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {status === 'loading' &&
            Array.from({ length: props.skeletonRows ?? 5 }, (_, i) => (
              <tr key={`skeleton-${i}`} aria-hidden="true">
                {columns.map((c) => (
                  <td key={c.key}>
                    <span className="jx-skeleton jx-skeleton--line" />
                  </td>
                ))}
              </tr>
            ))}
          {status === 'error' && (
            <tr>
              <td colSpan={span}>
                <div className="jx-panel__message jx-panel__message--error jx-table__message" role="alert">
                  <p>{props.errorText}</p>
                  {props.onRetry && (
                    <button type="button" className="jx-button" onClick={props.onRetry}>
                      {props.retryLabel ?? '↻'}
                    </button>
                  )}
                </div>
              </td>
            </tr>
          )}
          {status === 'empty' && (
            <tr>
              <td colSpan={span}>
                <div className="jx-panel__message jx-table__message">
                  <p>{props.emptyText}</p>
                </div>
              </td>
            </tr>
          )}
          {status === 'ready' &&
            rows.map((row) => (
              <tr key={props.rowKey(row)} className={props.rowClassName?.(row)}>
                {columns.map((c) => (
                  <td key={c.key} className={`jx-table__cell--${c.align ?? 'left'}`}>
                    {c.cell(row)}
                  </td>
                ))}
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
}
