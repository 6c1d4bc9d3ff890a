import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';

/** A GET with the bearer token, as a browser's download would make it. */
export async function download(
  url: string,
  token?: string,
): Promise<{ status: number; headers: Headers; body: Buffer }> {
  const res = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

export async function readSheet(body: Buffer): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  return wb.worksheets[0]!;
}

/** The row numbers whose cell in `column` reads `text` (merged cells read as their master). */
export function rowsWith(ws: ExcelJS.Worksheet, column: number, text: string): number[] {
  const rows: number[] = [];
  ws.eachRow((row, r) => {
    if (row.getCell(column).text === text) rows.push(r);
  });
  return rows;
}

export const cell = (ws: ExcelJS.Worksheet, row: number, column: number) => ws.getCell(row, column).value;

export function unzip(body: Buffer): Record<string, Uint8Array> {
  return unzipSync(new Uint8Array(body));
}

/** The text of each paragraph of a .docx (its runs joined), read from word/document.xml. */
export function docxParagraphs(body: Buffer): string[] {
  const xml = new TextDecoder().decode(unzip(body)['word/document.xml']);
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decodeXml(t[1]!)).join(''),
  );
}

const decodeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
