import ExcelJS from 'exceljs';
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { csvCell, numberFormat, sheetTitle, xlsxRows, type ExportColumn } from './table-export';

interface Row {
  code: string;
  year: number;
  budget: string;
  rate: number | null;
  flags: number;
  deadline: string;
}

const COLUMNS: ExportColumn<Row>[] = [
  { header: '项目编码', value: (r) => r.code },
  { header: '预算年度', value: (r) => r.year, type: 'number' },
  { header: '预算金额（元）', value: (r) => r.budget, type: 'money' },
  { header: '执行率', value: (r) => r.rate, type: 'rate' },
  { header: '预警数', value: (r) => r.flags, type: 'count' },
  { header: '整改期限', value: (r) => r.deadline, type: 'date' },
];
const ROWS: Row[] = [
  { code: '2023-jyj-001', year: 2023, budget: '123456789.18', rate: 0.61437, flags: 12345, deadline: '2023-10-10' },
  { code: '2023-jyj-002', year: 2023, budget: '-36.50', rate: null, flags: 0, deadline: '2024-01-05' },
];

/** Writes the sheet as the dashboard does and reads it back as a spreadsheet program would. */
async function roundTrip(): Promise<ExcelJS.Worksheet> {
  const buffer = await writeXlsxFile(xlsxRows(COLUMNS, ROWS), { sheet: '项目清单' }).toBuffer();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb.getWorksheet('项目清单')!;
}

describe('XLSX export', () => {
  it('keeps amounts, rates and counts as numbers with thousands separators and percentages', async () => {
    const sheet = await roundTrip();
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      '项目编码',
      '预算年度',
      '预算金额（元）',
      '执行率',
      '预警数',
      '整改期限',
    ]);
    const row = sheet.getRow(2);
    expect(row.getCell(1)).toMatchObject({ type: ExcelJS.ValueType.String, value: '2023-jyj-001' });
    expect(row.getCell(2)).toMatchObject({ type: ExcelJS.ValueType.Number, value: 2023 });
    expect(row.getCell(2).numFmt).toBeFalsy(); // a year is not 2,023
    expect(row.getCell(3)).toMatchObject({ type: ExcelJS.ValueType.Number, value: 123456789.18, numFmt: '#,##0.00' });
    expect(row.getCell(4)).toMatchObject({ type: ExcelJS.ValueType.Number, value: 0.61437, numFmt: '0.0%' });
    expect(row.getCell(5)).toMatchObject({ type: ExcelJS.ValueType.Number, value: 12345, numFmt: '#,##0' });
    expect(row.getCell(6)).toMatchObject({ type: ExcelJS.ValueType.String, value: '2023-10-10' });
  });

  it('leaves a missing figure empty and keeps negative amounts numeric', async () => {
    const row = (await roundTrip()).getRow(3);
    expect(row.getCell(3)).toMatchObject({ type: ExcelJS.ValueType.Number, value: -36.5, numFmt: '#,##0.00' });
    expect(row.getCell(4).type).toBe(ExcelJS.ValueType.Null);
    expect(row.getCell(5)).toMatchObject({ type: ExcelJS.ValueType.Number, value: 0 });
    expect(row.getCell(6).value).toBe('2024-01-05');
  });

  it('formats rates at the precision the screen uses, and CSV writes them as shown', () => {
    expect(numberFormat({ type: 'rate' })).toBe('0.0%');
    expect(numberFormat({ type: 'rate', decimals: 0 })).toBe('0%');
    expect(numberFormat({ type: 'rate', decimals: 2 })).toBe('0.00%');
    expect(numberFormat({ type: 'number' })).toBeUndefined();
    expect(csvCell(COLUMNS[3], ROWS[0])).toBe('61.4%');
    expect(csvCell(COLUMNS[2], ROWS[0])).toBe('123456789.18');
  });

  it('names the sheet within Excel’s limits', () => {
    expect(sheetTitle('项目清单/2023:教科文科')).toBe('项目清单 2023 教科文科');
    expect(sheetTitle('x'.repeat(40))).toHaveLength(31);
  });
});
