import yauzl from 'yauzl';
import type { Readable } from 'node:stream';

/** A file refused as a whole, with the reason in Chinese and English. */
export class FileRefused extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
    readonly code: string,
  ) {
    super(`${zh} / ${en}`);
  }
}

export interface SheetInfo {
  name: string;
  /** The worksheet's part, e.g. xl/worksheets/sheet1.xml. */
  path: string;
  hidden: boolean;
  /** <row> elements counted while inflating (for the progress bar). */
  rowCount: number;
}

export interface ZipLimits {
  /** Total bytes the entries may inflate to. */
  maxUnzippedBytes: number;
  maxEntries: number;
}

const decodeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

const attr = (tag: string, name: string) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decodeXml(m[1]!) : null;
};

/**
 * Inspects an .xlsx before any parser sees it, inflating every entry once while counting: refuses zip bombs
 * (declared or actual inflated size over the limit; yauzl stops an entry the moment it inflates past its
 * declared size), macros (vbaProject.bin, macro sheets, a macro-enabled content type) and files that are not
 * workbooks. Returns the sheets in workbook order with their row counts.
 */
export async function inspectXlsx(buf: Buffer, limits: ZipLimits): Promise<SheetInfo[]> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(buf, { lazyEntries: true, validateEntrySizes: true });
  } catch {
    throw new FileRefused('文件不是有效的 .xlsx 工作簿', 'the file is not a valid .xlsx workbook', 'NOT_XLSX');
  }
  if (zip.entryCount > limits.maxEntries) {
    throw new FileRefused('工作簿内部文件过多', 'the workbook holds too many parts', 'ZIP_BOMB');
  }
  let total = 0;
  const small = new Map<string, string>();
  const rowCounts = new Map<string, number>();
  try {
    for await (const entry of zipEntries(zip)) {
      const name = entry.fileName;
      if (/vbaProject\.bin$/i.test(name) || /^xl\/macrosheets\//i.test(name)) {
        throw new FileRefused(
          '工作簿含宏（VBA），不予导入；请另存为不含宏的 .xlsx',
          'the workbook holds macros (VBA): save it as a macro-free .xlsx',
          'MACRO',
        );
      }
      total += entry.uncompressedSize;
      if (total > limits.maxUnzippedBytes) throw bomb();
      const keep =
        name === '[Content_Types].xml' || name === 'xl/workbook.xml' || name === 'xl/_rels/workbook.xml.rels';
      const isSheet = /^xl\/worksheets\/[^/]+\.xml$/.test(name);
      const stream = await new Promise<Readable>((ok, fail) =>
        zip.openReadStream(entry, (err, s) => (err ? fail(err) : ok(s))),
      );
      const parts: Buffer[] = [];
      let rows = 0;
      let tail = '';
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        if (keep) parts.push(chunk);
        if (isSheet) {
          // Four characters carried over: a tag split between chunks counts once, none counts twice.
          const text = tail + chunk.toString('latin1');
          rows += text.match(/<row[\s>]/g)?.length ?? 0;
          tail = text.slice(-4);
        }
      }
      if (keep) small.set(name, Buffer.concat(parts).toString('utf8'));
      if (isSheet) rowCounts.set(name, rows);
    }
  } catch (e) {
    if (e instanceof FileRefused) throw e;
    // yauzl: an entry inflating past its declared size, or a corrupt stream.
    if (/too many bytes|size/i.test(String((e as Error).message))) throw bomb();
    throw new FileRefused('工作簿已损坏，无法读取', 'the workbook is damaged and cannot be read', 'NOT_XLSX');
  } finally {
    zip.close();
  }
  const types = small.get('[Content_Types].xml') ?? '';
  if (/macroEnabled/i.test(types)) {
    throw new FileRefused(
      '启用宏的工作簿（.xlsm）不予导入；请另存为 .xlsx',
      'macro-enabled workbooks (.xlsm) are refused: save it as .xlsx',
      'MACRO',
    );
  }
  const workbook = small.get('xl/workbook.xml');
  const rels = small.get('xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) {
    throw new FileRefused('文件不是有效的 .xlsx 工作簿', 'the file is not a valid .xlsx workbook', 'NOT_XLSX');
  }
  const targets = new Map<string, string>();
  for (const tag of rels.match(/<Relationship\s[^>]*>/g) ?? []) {
    const id = attr(tag, 'Id');
    const target = attr(tag, 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const sheets: SheetInfo[] = [];
  for (const tag of workbook.match(/<sheet\s[^>]*>/g) ?? []) {
    const path = targets.get(attr(tag, 'r:id') ?? '') ?? '';
    if (!rowCounts.has(path)) continue; // a chart sheet or a missing part: nothing to read
    sheets.push({
      name: attr(tag, 'name') ?? '',
      path,
      hidden: (attr(tag, 'state') ?? 'visible') !== 'visible',
      rowCount: rowCounts.get(path)!,
    });
  }
  if (sheets.length === 0) {
    throw new FileRefused('工作簿中没有工作表', 'the workbook has no worksheet', 'NOT_XLSX');
  }
  return sheets;
}

const bomb = () =>
  new FileRefused(
    '工作簿解压后过大（疑似压缩炸弹），不予导入',
    'the workbook inflates to too much data (a zip bomb?): refused',
    'ZIP_BOMB',
  );

/** The zip's entries from its central directory, one at a time (lazyEntries). */
export async function* zipEntries(zip: yauzl.ZipFile): AsyncGenerator<yauzl.Entry> {
  for (;;) {
    const next = await new Promise<yauzl.Entry | null>((ok, fail) => {
      const onEntry = (e: yauzl.Entry) => done(() => ok(e));
      const onEnd = () => done(() => ok(null));
      const onError = (e: Error) => done(() => fail(e));
      const done = (f: () => void) => {
        zip.off('entry', onEntry).off('end', onEnd).off('error', onError);
        f();
      };
      zip.on('entry', onEntry).on('end', onEnd).on('error', onError);
      zip.readEntry();
    });
    if (!next) return;
    yield next;
  }
}
