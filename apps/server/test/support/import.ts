import ExcelJS from 'exceljs';
import { gql } from '../../src/testing/harness.js';

/** A workbook as a budget system would export it: each sheet a list of rows (values or exceljs cell values). */
export async function xlsx(sheets: { name: string; rows: unknown[][] }[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const r of s.rows) ws.addRow(r);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function upload(
  baseUrl: string,
  token: string | undefined,
  name: string,
  body: Buffer | string,
): Promise<{ status: number; body: any }> {
  const res = await fetch(`${baseUrl}/files?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? Buffer.from(body) : body,
  });
  return { status: res.status, body: await res.json() };
}

export const IMPORT_FIELDS = `id kind year fileName sheet status failure version rowsRead rowsTotal progress
  newCount changedCount unchangedCount errorCount warningCount unknownHeadings missingFields
  headings { column heading field } createdBy createdAt committedAt`;

const PREVIEW = `mutation($f: ID!, $k: ImportKind!, $y: Int!, $m: [ImportMappingInput!], $s: String) {
  previewImport(fileId: $f, kind: $k, year: $y, mapping: $m, sheet: $s) { ${IMPORT_FIELDS} } }`;
const ONE = `query($id: ID!) { import(id: $id) { ${IMPORT_FIELDS} } }`;

/** Previews an uploaded file and waits until the background reading is done. */
export async function preview(
  graphqlUrl: string,
  token: string,
  vars: { f: string; k: string; y: number; m?: { heading: string; field: string }[]; s?: string },
): Promise<{ data?: any; errors?: any[] }> {
  const res = await gql(graphqlUrl, PREVIEW, vars, token);
  if (res.errors) return { errors: res.errors };
  let imp = res.data!.previewImport;
  for (let i = 0; imp.status === 'READING' && i < 600; i++) {
    await new Promise((r) => setTimeout(r, 100));
    const next = await gql(graphqlUrl, ONE, { id: imp.id }, token);
    imp = next.data!.import;
  }
  return { data: imp };
}

export const ROW_FIELDS = `sheet line key status values { field value } changes { field before after }
  errors { sheet line column heading field code messageZh messageEn } warnings { line column field code messageZh messageEn }`;

/** Every row of an import (optionally of one status), paging through the connection. */
export async function allRows(graphqlUrl: string, token: string, id: string, status?: string): Promise<any[]> {
  const out: any[] = [];
  let after: string | null = null;
  for (;;) {
    const res: any = await gql(
      graphqlUrl,
      `query($id: ID!, $s: ImportRowStatus, $a: String) { import(id: $id) { rows(status: $s, first: 100, after: $a) {
        edges { node { ${ROW_FIELDS} } } pageInfo { hasNextPage endCursor } } } }`,
      { id, s: status ?? null, a: after },
      token,
    );
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    const page = res.data.import.rows;
    out.push(...page.edges.map((e: any) => e.node));
    if (!page.pageInfo.hasNextPage) return out;
    after = page.pageInfo.endCursor;
  }
}

export const COMMIT = `mutation($id: ID!, $v: Int!) { commitImport(id: $id, version: $v) { ${IMPORT_FIELDS} } }`;
