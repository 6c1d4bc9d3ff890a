import ExcelJS from 'exceljs';
import { COMPARATOR_SYMBOLS, INDICATOR_LEVEL1_LABELS, type Comparator } from '@jixiao/schema/enums';

// The pieces every Ministry of Finance form shares: a centred title, the year line, the unit (盖章) and
// money-unit line, a bordered grid of label/value cells with merges, the three-level indicator table and
// the signature lines. Each form file lays its own rows out with these.

/** A cell of a form row: its value, how many columns it spans, and whether it is a label (bold, shaded). */
export interface FormCell {
  value: ExcelJS.CellValue;
  span?: number;
  label?: boolean;
  /** An Excel number format, e.g. MONEY_WAN. */
  numFmt?: string;
  align?: 'left' | 'center' | 'right';
}

/** 万元 as exact as the data (up to six decimals), never fewer than the form's two. */
export const MONEY_WAN = '0.00####';
/** Rates and scores as the forms print them: two decimals. */
export const TWO_DECIMALS = '0.00';

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const LABEL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const FONT = '宋体';

/** A yuan amount (exact decimal text from SQL) as 万元 for a cell: SQL divides, the text keeps every digit. */
export const wan = (text: string | null): number | null => (text === null ? null : Number(text));

/** A target as the forms write it: "≥95", "≤3", "=100", or the words of a qualitative one. */
export function indicatorValue(comparator: Comparator, value: string | null, text: string | null): string {
  if (comparator === 'QUALITATIVE') return text ?? '';
  return `${COMPARATOR_SYMBOLS[comparator]}${value ?? ''}`;
}

export const level1Label = (level1: string) =>
  INDICATOR_LEVEL1_LABELS[level1 as keyof typeof INDICATOR_LEVEL1_LABELS]?.zh ?? level1;

export class FormSheet {
  readonly sheet: ExcelJS.Worksheet;
  /** The next row to write. */
  row = 1;

  constructor(
    workbook: ExcelJS.Workbook,
    name: string,
    /** Width of each column, in characters; the form is as wide as this list. */
    private readonly widths: number[],
  ) {
    this.sheet = workbook.addWorksheet(name, {
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    this.sheet.columns = widths.map((width) => ({ width }));
  }

  get columns(): number {
    return this.widths.length;
  }

  /** The form's name, centred across the sheet. */
  title(text: string): void {
    this.plainLine([{ value: text, span: this.columns, align: 'center' }], { bold: true, size: 16 }, 30);
  }

  /** A line without borders, e.g. "（2023年度）" or "填报单位（盖章）：…  金额单位：万元". */
  plainLine(cells: FormCell[], font: Partial<ExcelJS.Font> = {}, height?: number): void {
    this.place(cells, (cell, c) => {
      cell.font = { name: FONT, size: 11, ...font };
      cell.alignment = { vertical: 'middle', horizontal: c.align ?? 'left' };
    });
    if (height) this.sheet.getRow(this.row).height = height;
    this.row++;
  }

  /** A bordered row of the form's grid; the spans must add up to the sheet's width. */
  gridRow(cells: FormCell[]): number {
    this.place(cells, (cell, c) => {
      cell.border = BORDER;
      cell.font = { name: FONT, size: 10, bold: c.label ?? false };
      if (c.label) cell.fill = LABEL_FILL;
      if (c.numFmt) cell.numFmt = c.numFmt;
      cell.alignment = {
        vertical: 'middle',
        horizontal: c.align ?? (c.label ? 'center' : typeof c.value === 'number' ? 'right' : 'left'),
        wrapText: true,
      };
    });
    return this.row++;
  }

  /** A label merged down the first column beside the rows `body` writes from the second column on. */
  sideLabel(label: string, body: () => void): void {
    const first = this.row;
    body();
    if (this.row === first) this.gridRowFrom(2, [{ value: '—', span: this.columns - 1 }]);
    this.mergeColumn(1, first, this.row - 1, label);
  }

  /** Two label/value pairs on one row: 项目编码 | … | 资金类别 | … */
  pairRow(a: [string, ExcelJS.CellValue, string?], b?: [string, ExcelJS.CellValue, string?]): number {
    if (!b)
      return this.gridRow([
        { value: a[0], label: true },
        { value: a[1], span: this.columns - 1, numFmt: a[2] },
      ]);
    const left = Math.floor((this.columns - 2) / 2);
    return this.gridRow([
      { value: a[0], label: true },
      { value: a[1], span: left, numFmt: a[2] },
      { value: b[0], label: true },
      { value: b[1], span: this.columns - 2 - left, numFmt: b[2] },
    ]);
  }

  /**
   * The three-level indicator rows: one row each, 一级 and 二级 merged down over the rows that share them
   * (the rows come ordered by level 1, level 2). `cellsOf` gives the cells after the level-2 column.
   * `firstColumn` is the column of 一级指标.
   */
  indicatorRows<T extends { level1: string; level2: string }>(
    rows: T[],
    firstColumn: number,
    cellsOf: (row: T) => FormCell[],
  ): void {
    const start = this.row;
    rows.forEach((r) => {
      this.gridRowFrom(firstColumn, [
        { value: level1Label(r.level1), align: 'center' },
        { value: r.level2, align: 'center' },
        ...cellsOf(r),
      ]);
    });
    mergeRuns(
      rows,
      (r) => r.level1,
      (a, b) => this.mergeColumn(firstColumn, start + a, start + b),
    );
    mergeRuns(
      rows,
      (r) => `${r.level1}\u0000${r.level2}`,
      (a, b) => this.mergeColumn(firstColumn + 1, start + a, start + b),
    );
  }

  /** Grid cells starting at `column` (the columns before it belong to a side label). */
  gridRowFrom(column: number, cells: FormCell[]): number {
    const saved = this.startColumn;
    this.startColumn = column;
    try {
      return this.gridRow(cells);
    } finally {
      this.startColumn = saved;
    }
  }

  /** The signature lines under a form (填报人, 联系电话, 单位负责人, 填报日期). */
  signature(lines: string[][]): void {
    this.row++;
    for (const parts of lines) {
      const span = Math.floor(this.columns / parts.length);
      this.plainLine(
        parts.map((value, i) => ({
          value,
          span: i === parts.length - 1 ? this.columns - span * (parts.length - 1) : span,
        })),
      );
    }
  }

  private startColumn = 1;

  private place(cells: FormCell[], style: (cell: ExcelJS.Cell, c: FormCell) => void): void {
    let column = this.startColumn;
    for (const c of cells) {
      const span = c.span ?? 1;
      const cell = this.sheet.getCell(this.row, column);
      cell.value = c.value;
      if (span > 1) this.sheet.mergeCells(this.row, column, this.row, column + span - 1);
      // Every cell of a merge gets the style, so the borders of the merged area are whole.
      for (let k = 0; k < span; k++) style(this.sheet.getCell(this.row, column + k), c);
      column += span;
    }
  }

  private mergeColumn(column: number, from: number, to: number, value?: string): void {
    if (value !== undefined) {
      const cell = this.sheet.getCell(from, column);
      cell.value = value;
      for (let r = from; r <= to; r++) {
        const c = this.sheet.getCell(r, column);
        c.border = BORDER;
        c.fill = LABEL_FILL;
        c.font = { name: FONT, size: 10, bold: true };
        c.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
      }
    }
    if (to > from) this.sheet.mergeCells(from, column, to, column);
  }
}

/** Calls `merge(first, last)` for each run of consecutive rows with the same key (indexes into rows). */
function mergeRuns<T>(rows: T[], key: (r: T) => string, merge: (first: number, last: number) => void): void {
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i === rows.length || key(rows[i]!) !== key(rows[start]!)) {
      if (i - 1 > start) merge(start, i - 1);
      start = i;
    }
  }
}

/** A new workbook with the metadata every form carries. */
export function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Jixiao 绩效';
  wb.created = new Date();
  return wb;
}

export async function workbookBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}
