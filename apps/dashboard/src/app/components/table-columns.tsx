import type { Column } from '@jixiao/ui/data-table';
import { AMOUNT_WIDTH, Money } from './Money';

// The columns most tables share (the work bench's above all). Each cell keeps the whole text in its title, as the table cuts
// cells to the column's width.

type Named = { name: string } | null | undefined;
type Coded = { code: string; name: string } | null | undefined;

/** The unit (or agency) a row belongs to. */
export function unitColumn<R>(header: string, width: string, unit: (row: R) => Named, key = 'unit'): Column<R> {
  return {
    key,
    header,
    width,
    cell: (row) => {
      const u = unit(row);
      return <span title={u?.name}>{u?.name ?? '—'}</span>;
    },
  };
}

/** "P2024-001 项目名": a project by its code and name. */
export function projectColumn<R>(header: string, project: (row: R) => Coded, key = 'project'): Column<R> {
  return {
    key,
    header,
    cell: (row) => {
      const p = project(row);
      return (
        <span title={p?.name}>
          {p?.code} {p?.name}
        </span>
      );
    },
  };
}

/** An amount in 万元/亿元, right-aligned, in a column wide enough for any amount (AMOUNT_WIDTH). */
export function moneyColumn<R>(key: string, header: string, amount: (row: R) => string | null | undefined): Column<R> {
  return { key, header, width: AMOUNT_WIDTH, align: 'right', cell: (row) => <Money yuan={amount(row)} /> };
}
