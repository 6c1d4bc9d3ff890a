import { isUtf8 } from 'node:buffer';
import { Readable, Transform } from 'node:stream';
import { parse as parseCsv } from 'csv-parse';
import type { Row } from 'exceljs';
import { ExcelJS } from './exceljs.js';
import { normalizeHeading, type Cell } from '../fields.js';
import yauzl from 'yauzl';
import { FileRefused, inspectXlsx, zipEntries, type SheetInfo, type ZipLimits } from './zip-guard.js';

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

/** What of exceljs's streaming workbook reader is used here: its parsers of the single parts, called in order. */
interface PartReader {
  sharedStrings?: unknown[];
  _parseRels(part: Readable): Promise<void>;
  _parseWorkbook(part: Readable): Promise<void>;
  _parseSharedStrings(part: Readable): AsyncGenerator<unknown>;
  _parseStyles(part: Readable): Promise<void>;
  _parseWorksheet(part: Readable, sheetNo: string): Generator<{ value: { name?: string } & AsyncIterable<Row> }>;
}

/**
 * One sheet's rows. The zip is opened by its central directory (yauzl, as the guard did), and exceljs's parsers
 * are handed the parts in the order they need: the workbook's relations and the workbook, the shared strings, the
 * styles (number formats: a date cell reads as a date), then the one worksheet as it inflates.
 *
 * exceljs's own reader (`WorkbookReader.parse`) reads the zip front to back instead, and a worksheet stored before
 * the shared strings (exceljs's own writer puts it there) went to a temporary file first, to be read back at the
 * end: passed-over sheets' files were deleted under their open streams (an unheard ENOENT that ended the server),
 * and a one-sheet workbook's preview found no heading in one CI run out of four, which no run alone repeated. None of
 * that path is left: no temporary file, no sheet but the one asked for is inflated.
 */
async function* xlsxRows(buf: Buffer, sheet: SheetInfo): AsyncGenerator<SheetRow> {
  const zip = await yauzl.fromBufferPromise(buf, { lazyEntries: true, validateEntrySizes: true });
  const opened: Readable[] = [];
  try {
    const parts = new Map<string, yauzl.Entry>();
    for await (const entry of zipEntries(zip)) parts.set(entry.fileName, entry);
    const open = async (path: string): Promise<Readable | null> => {
      const entry = parts.get(path);
      if (!entry) return null;
      const stream = await new Promise<Readable>((ok, fail) =>
        zip.openReadStream(entry, (err, s) => (err ? fail(err) : ok(s))),
      );
      opened.push(stream);
      return stream;
    };
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(undefined as never, {
      worksheets: 'emit',
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
      entries: 'ignore',
    }) as unknown as PartReader;
    const rels = await open('xl/_rels/workbook.xml.rels');
    const book = await open('xl/workbook.xml');
    if (!rels || !book)
      throw new FileRefused('文件不是有效的 .xlsx 工作簿', 'the file is not a valid .xlsx workbook', 'NOT_XLSX');
    await reader._parseRels(rels);
    await reader._parseWorkbook(book);
    reader.sharedStrings = [];
    const strings = await open('xl/sharedStrings.xml');
    if (strings) for await (const _ of reader._parseSharedStrings(strings));
    const styles = await open('xl/styles.xml');
    if (styles) await reader._parseStyles(styles);
    const part = await open(sheet.path);
    if (!part)
      throw new FileRefused('工作簿已损坏，无法读取', 'the workbook is damaged and cannot be read', 'NOT_XLSX');
    const sheetNo = /sheet(\d+)\.xml$/.exec(sheet.path)?.[1] ?? '1';
    for (const { value: ws } of reader._parseWorksheet(part, sheetNo)) {
      for await (const row of ws) {
        const values = row.values as unknown[];
        const cells: Cell[] = [];
        for (let col = 1; col < values.length; col++) cells.push(toCell(values[col]));
        yield { line: row.number, cells };
      }
    }
  } finally {
    for (const s of opened) s.destroy();
    zip.close();
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
