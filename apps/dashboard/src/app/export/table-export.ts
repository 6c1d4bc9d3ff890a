import { formatRate } from '@jixiao/ui/format';
import { toCsv, type CellValue } from './csv';
import { downloadBlob } from './download';

/**
 * What a column holds, which decides how a spreadsheet shows it:
 * - `money`: exact yuan ("645037526.18"), a number cell shown `#,##0.00` (the header names the unit, e.g. 元);
 * - `rate`: a fraction (0.614), a number cell shown as a percentage (`0.0%` for one decimal, as on screen);
 * - `count`: an integer, shown `#,##0`;
 * - `number`: a plain number (years, scores, weights), shown as it is;
 * - `date`: YYYY-MM-DD, kept as text so no spreadsheet turns it into its own date format;
 * - `text` (default).
 */
export type ExportType = 'text' | 'number' | 'money' | 'rate' | 'count' | 'date';

/** One column of an export: its header and the plain value of a row (exact yuan, YYYY-MM-DD, codes). */
export interface ExportColumn<Row> {
  header: string;
  value: (row: Row) => CellValue;
  type?: ExportType;
  /** Digits after the decimal point of a `rate`'s percentage (default 1, as on screen). */
  decimals?: number;
  /** Column width in characters, for XLSX. */
  width?: number;
}

/** The spreadsheet number format of a column type; undefined where the cell keeps the general format. */
export function numberFormat(column: Pick<ExportColumn<unknown>, 'type' | 'decimals'>): string | undefined {
  switch (column.type) {
    case 'money':
      return '#,##0.00';
    case 'count':
      return '#,##0';
    case 'rate': {
      const decimals = column.decimals ?? 1;
      return decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%';
    }
    case 'date':
      return '@';
    default:
      return undefined;
  }
}

const NUMERIC: readonly ExportType[] = ['number', 'money', 'rate', 'count'];

/** A cell as CSV writes it: rates as the percentage shown on screen, everything else as its plain value. */
export function csvCell<Row>(column: ExportColumn<Row>, row: Row): CellValue {
  const value = column.value(row);
  if (column.type === 'rate' && typeof value === 'number') return formatRate(value, column.decimals ?? 1);
  return value;
}

export interface XlsxCell {
  value: string | number;
  type: typeof String | typeof Number;
  format?: string;
  fontWeight?: 'bold';
}

/** The header row (bold) and one row of typed cells per row: numbers stay numbers, with their format. */
export function xlsxRows<Row>(columns: readonly ExportColumn<Row>[], rows: readonly Row[]): (XlsxCell | null)[][] {
  const header: XlsxCell[] = columns.map((c) => ({ value: c.header, type: String, fontWeight: 'bold' }));
  const body = rows.map((r) =>
    columns.map((c): XlsxCell | null => {
      const value = c.value(r);
      if (value === null || value === undefined || value === '') return null;
      const format = numberFormat(c);
      if (NUMERIC.includes(c.type ?? 'text') && Number.isFinite(Number(value))) {
        return { value: Number(value), type: Number, ...(format ? { format } : {}) };
      }
      return { value: String(value), type: String, ...(c.type === 'date' ? { format: '@' } : {}) };
    }),
  );
  return [header, ...body];
}

/** Sheet names are at most 31 characters and refuse a few symbols. */
export function sheetTitle(name: string): string {
  return name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);
}

export function exportCsv<Row>(columns: readonly ExportColumn<Row>[], rows: readonly Row[], fileName: string): void {
  const text = toCsv(
    columns.map((c) => c.header),
    rows.map((r) => columns.map((c) => csvCell(c, r))),
  );
  downloadBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), `${fileName}.csv`);
}

/**
 * XLSX through write-excel-file, loaded on first use: the writer and its zip library (~60 kB) are
 * needed by few visits, so they stay out of the first load.
 */
export async function exportXlsx<Row>(
  columns: readonly ExportColumn<Row>[],
  rows: readonly Row[],
  fileName: string,
  sheetName: string,
): Promise<void> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const blob = await writeXlsxFile(xlsxRows(columns, rows), {
    sheet: sheetTitle(sheetName),
    columns: columns.map((c) => ({ width: c.width ?? 14 })),
    stickyRowsCount: 1,
  }).toBlob();
  downloadBlob(blob, `${fileName}.xlsx`);
}
