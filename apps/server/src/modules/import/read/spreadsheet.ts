import { isUtf8 } from 'node:buffer';
import { Readable, Transform } from 'node:stream';
import { parse as parseCsv } from 'csv-parse';
import type { Row } from 'exceljs';
import { ExcelJS } from './exceljs.js';
import { normalizeHeading, type Cell } from '../fields.js';
import { FileRefused, inspectXlsx, type SheetInfo, type ZipLimits } from './zip-guard.js';

export { FileRefused };

export interface SheetRow {
  /** The row number the spreadsheet shows (1-based). */
  line: number;
  /** Cells by column, 0-based. */
  cells: Cell[];
}

/** An uploaded file opened for reading: its sheets, and a stream of one sheet's rows. */
export interface Workbook {
  format: 'xlsx' | 'csv';
  sheets: { name: string; rowCount: number; hidden: boolean }[];
  rows(sheet: string): AsyncGenerator<SheetRow>;
}

const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** Opens an .xlsx (after the zip guard) or a .csv (UTF-8, or GB18030 as Chinese systems export it). */
export async function openWorkbook(buf: Buffer, fileName: string, limits: ZipLimits): Promise<Workbook> {
  if (/\.xlsm$|\.xltm$|\.xlam$/i.test(fileName)) {
    throw new FileRefused(
      '启用宏的工作簿（.xlsm）不予导入；请另存为 .xlsx',
      'macro-enabled workbooks are refused: save as .xlsx',
      'MACRO',
    );
  }
  if (buf.subarray(0, 4).equals(OLE_MAGIC)) {
    throw new FileRefused(
      '不支持旧版 .xls 文件，请另存为 .xlsx',
      'old .xls files are not read: save it as .xlsx',
      'NOT_XLSX',
    );
  }
  if (buf.subarray(0, 4).equals(XLSX_MAGIC)) {
    const sheets = await inspectXlsx(buf, limits);
    return {
      format: 'xlsx',
      sheets: sheets.map((s) => ({ name: s.name, rowCount: s.rowCount, hidden: s.hidden })),
      rows: (name) =>
        xlsxRows(
          buf,
          sheets.find((s) => s.name === name)!,
        ),
    };
  }
  if (!/\.csv$|\.txt$/i.test(fileName)) {
    throw new FileRefused('只接受 .xlsx 或 .csv 文件', 'only .xlsx and .csv files are read', 'BAD_FORMAT');
  }
  if (buf.includes(0)) {
    throw new FileRefused('文件不是文本格式的 CSV', 'the file is not a text CSV', 'BAD_FORMAT');
  }
  let lines = 0;
  for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) lines++;
  if (buf.length > 0 && buf[buf.length - 1] !== 10) lines++;
  const name = fileName.replace(/\.[^.]*$/, '') || 'CSV';
  return { format: 'csv', sheets: [{ name, rowCount: lines, hidden: false }], rows: () => csvRows(buf) };
}

/** Feeds a buffer in 64 KB pieces, so the parsers stream instead of taking one 20 MB chunk. */
function pieces(buf: Buffer): Readable {
  return Readable.from(
    (function* () {
      for (let i = 0; i < buf.length; i += 65536) yield buf.subarray(i, i + 65536);
    })(),
  );
}

function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'string') return value.trim() === '' ? { kind: 'empty' } : { kind: 'text', text: value };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'bool', value };
  if (value instanceof Date) return { kind: 'date', value };
  const o = value as Record<string, unknown>;
  if ('formula' in o || 'sharedFormula' in o)
    return { kind: 'formula', formula: String(o.formula ?? o.sharedFormula ?? '') };
  if ('error' in o) return { kind: 'error', text: String(o.error) };
  if (Array.isArray(o.richText)) {
    return toCell((o.richText as { text?: string }[]).map((r) => r.text ?? '').join(''));
  }
  if ('text' in o) return toCell(o.text);
  return { kind: 'text', text: String(value) };
}

async function* xlsxRows(buf: Buffer, sheet: SheetInfo): AsyncGenerator<SheetRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(pieces(buf), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache', // number formats: a date cell reads as a date
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  // exceljs reads a worksheet as soon as it has the shared strings and the workbook's relations, and then looks
  // the sheet's name up in the workbook part: not read yet when that part comes later in the zip (exceljs's own
  // writer puts it last), and the lookup threw "Cannot read properties of undefined (reading 'sheets')". With a
  // placeholder model the sheet comes without its name (exceljs calls it "Sheet<n>"), and is matched by its part's
  // number instead; once the workbook part is read, the model is exceljs's own and the sheet is named.
  const unread = {};
  const state = reader as unknown as { model?: object };
  state.model ??= unread;
  const sheetNo = /sheet(\d+)\.xml$/.exec(sheet.path)?.[1];
  for await (const ws of reader) {
    const w = ws as unknown as { name?: string; id?: number | string } & AsyncIterable<Row>;
    if (state.model === unread ? String(w.id) !== sheetNo : w.name !== sheet.name) {
      skip(w);
      continue;
    }
    for await (const row of w) {
      const values = row.values as unknown[];
      const cells: Cell[] = [];
      for (let col = 1; col < values.length; col++) cells.push(toCell(values[col]));
      yield { line: row.number, cells };
    }
    // No early return: exceljs deletes its temporary copy of a worksheet only when it reads on past it.
  }
}

/**
 * Lets go of a worksheet that is not read. A sheet that came before the shared strings is read back from a
 * temporary file, whose stream exceljs opens and then deletes the file under without reading it when the sheet is
 * passed over: the stream's open then failed now and then with ENOENT, an 'error' nobody listened to, which ended
 * the server process; and when it opened, its descriptor stayed open. The stream is closed here, its error heard.
 */
function skip(ws: unknown): void {
  const source = (ws as { iterator?: unknown }).iterator;
  if (source instanceof Readable) {
    source.on('error', () => {});
    source.destroy();
  }
}

/** Decodes GB18030 (the Chinese systems' CSV encoding) into UTF-8 text chunks; UTF-8 passes through. */
function decoder(encoding: 'utf-8' | 'gb18030'): Transform {
  const d = new TextDecoder(encoding, { ignoreBOM: false });
  return new Transform({
    transform(chunk: Buffer, _enc, next) {
      next(null, d.decode(chunk, { stream: true }));
    },
    flush(next) {
      next(null, d.decode());
    },
  });
}

async function* csvRows(buf: Buffer): AsyncGenerator<SheetRow> {
  const parser = parseCsv({ relax_column_count: true, relax_quotes: true, bom: true, info: true });
  const source = pieces(buf).pipe(decoder(isUtf8(buf) ? 'utf-8' : 'gb18030'));
  source.on('error', (e) => parser.destroy(e));
  source.pipe(parser);
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { records: number } }>) {
    yield { line: info.records, cells: record.map((t) => toCell(t)) };
  }
}

/** Picks the sheet to read: the one named as asked, else one of the kind's names, else the first visible one. */
export function pickSheet(
  wb: Workbook,
  kindSheetNames: string[],
  asked: string | null,
): { name: string; rowCount: number; why: 'asked' | 'named' | 'first' } | null {
  if (asked) {
    const s = wb.sheets.find((x) => x.name === asked);
    return s ? { ...s, why: 'asked' } : null;
  }
  const wanted = new Set(kindSheetNames.map(normalizeHeading));
  const named = wb.sheets.find((x) => wanted.has(normalizeHeading(x.name)));
  if (named) return { ...named, why: 'named' };
  const first = wb.sheets.find((x) => !x.hidden) ?? wb.sheets[0]!;
  return { ...first, why: 'first' };
}
