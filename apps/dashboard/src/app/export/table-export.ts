import { toCsv, type CellValue } from './csv';
import { downloadBlob } from './download';

/** One column of an export: its header and the plain value of a row (exact yuan, YYYY-MM-DD, codes). */
export interface ExportColumn<Row> {
  header: string;
  value: (row: Row) => CellValue;
  /** Numbers go to spreadsheets as numbers; the rest as text. */
  type?: 'number' | 'text';
  /** Column width in characters, for XLSX. */
  width?: number;
}

export function exportCsv<Row>(columns: readonly ExportColumn<Row>[], rows: readonly Row[], fileName: string): void {
  const text = toCsv(
    columns.map((c) => c.header),
    rows.map((r) => columns.map((c) => c.value(r))),
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
  const header = columns.map((c) => ({ value: c.header, fontWeight: 'bold' as const }));
  const body = rows.map((r) =>
    columns.map((c) => {
      const value = c.value(r);
      if (value === null || value === undefined || value === '') return null;
      if (c.type === 'number' && Number.isFinite(Number(value))) return { value: Number(value), type: Number };
      return { value: String(value), type: String };
    }),
  );
  const blob = await writeXlsxFile([header, ...body], {
    // Sheet names are at most 31 characters and refuse a few symbols.
    sheet: sheetName.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31),
    columns: columns.map((c) => ({ width: c.width ?? 14 })),
    stickyRowsCount: 1,
  }).toBlob();
  downloadBlob(blob, `${fileName}.xlsx`);
}
