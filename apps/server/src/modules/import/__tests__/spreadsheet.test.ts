import { ExcelJS } from '../read/exceljs.js';
import { readdirSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { openWorkbook } from '../read/spreadsheet.js';

const LIMITS = { maxUnzippedBytes: 50 * 1024 * 1024, maxEntries: 10_000 };

/** A workbook written by exceljs, its zip entries then put in `order` (the rest after, as they were). */
async function workbookInOrder(order: string[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('指标库');
  ws.addRow(['指标名称', '指标类型']);
  ws.addRow(['资金到位率', '产出指标']);
  ws.addRow(['群众满意度', '满意度指标']);
  const source = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const names = Object.keys(source.files).filter((n) => !source.files[n]!.dir);
  const out = new JSZip();
  for (const name of [...order.filter((n) => names.includes(n)), ...names.filter((n) => !order.includes(n))])
    out.file(name, await source.file(name)!.async('nodebuffer'));
  return out.generateAsync({ type: 'nodebuffer' });
}

async function rowsOf(buf: Buffer): Promise<string[][]> {
  const wb = await openWorkbook(buf, '指标库.xlsx', LIMITS);
  expect(wb.sheets.map((s) => s.name)).toEqual(['指标库']);
  const rows: string[][] = [];
  for await (const row of wb.rows('指标库')) rows.push(row.cells.map((c) => (c.kind === 'text' ? c.text : c.kind)));
  return rows;
}

describe('an .xlsx read whatever the order of its parts', () => {
  it('reads a sheet that comes after the shared strings and the relations but before the workbook part', async () => {
    // exceljs reads such a sheet at once and looked its name up in a workbook part it had not read yet
    // ("Cannot read properties of undefined (reading 'sheets')"): an import's preview failed with an internal error.
    const buf = await workbookInOrder([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/sharedStrings.xml',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    expect(await rowsOf(buf)).toEqual([
      ['指标名称', '指标类型'],
      ['资金到位率', '产出指标'],
      ['群众满意度', '满意度指标'],
    ]);
  });

  it('reads the same rows in the order Excel writes (the workbook part first)', async () => {
    const buf = await workbookInOrder([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/worksheets/sheet1.xml',
      'xl/sharedStrings.xml',
    ]);
    expect((await rowsOf(buf)).length).toBe(3);
  });
});

describe('an .xlsx whose sheets are passed over', () => {
  it('reads one sheet of several many times at once without an unheard error or an open file left behind', async () => {
    // exceljs's own writer puts the sheets before the shared strings. exceljs's front-to-back reader copied each to a
    // temporary file and read it back; a sheet passed over had its file deleted under a stream that was opening it
    // (now and then an ENOENT 'error' with no listener, which ended the server process during an import's preview)
    // or left open. The reader now opens only the asked sheet's part; this stays as the check that none is left.
    const wb = new ExcelJS.Workbook();
    const notes = wb.addWorksheet('填表说明');
    notes.addRow(['本表由预算管理一体化系统导出']);
    notes.addRow(['请勿修改表头']);
    const data = wb.addWorksheet('项目');
    data.addRow(['项目编码', '项目名称']);
    data.addRow(['S1', '寄宿制学校运行保障']);
    data.addRow(['S2', '农村公路养护']);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const unheard: unknown[] = [];
    const listen = (e: unknown) => unheard.push(e);
    process.on('uncaughtException', listen);
    const openFiles = () => readdirSync('/proc/self/fd').length;
    const before = openFiles();
    try {
      const counts: number[] = [];
      await Promise.all(
        Array.from({ length: 8 }, async (_, k) => {
          for (let i = 0; i < 50; i++) {
            const sheet = (i + k) % 2 ? '项目' : '填表说明';
            let n = 0;
            for await (const _row of (await openWorkbook(buf, 'a.xlsx', LIMITS)).rows(sheet)) n++;
            counts.push(sheet === '项目' ? n - 3 : n - 2);
          }
        }),
      );
      await new Promise((r) => setTimeout(r, 200));
      expect(counts.filter((c) => c !== 0)).toEqual([]);
      expect(counts.length).toBe(400);
      expect(unheard).toEqual([]);
      // 400 reads passed over 400 sheets: one descriptor left each would be 400.
      expect(openFiles() - before).toBeLessThan(20);
    } finally {
      process.off('uncaughtException', listen);
    }
  });
});
