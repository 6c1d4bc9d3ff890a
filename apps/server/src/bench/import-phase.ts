import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { ExcelJS } from '../modules/import/read/exceljs.js';
import { createTemplate, dropDatabase, gql, login, type ServerProcess } from '../testing/harness.js';
import { fmtInt, fmtMb, fmtMs, printTable } from './format.js';
import { memoryOf } from './load.js';
import { startBenchServer } from './phases.js';

type Say = (line: string) => void;

const HEAD = ['项目编码', '项目名称', '单位编码', '资金性质', '预算金额（元）', '项目类型', '是否专项'];
const FUNDS = ['一般公共预算', '政府性基金预算', '社会保险基金预算', '政府专项债券', '衔接资金'];

/** Writes an .xlsx of `rows` projects with exceljs's streaming writer (the file, not the bench, is what is measured). */
async function workbook(path: string, rows: number, units: string[], prefix: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const ws = wb.addWorksheet('项目');
  ws.addRow(HEAD).commit();
  for (let n = 1; n <= rows; n++) {
    ws.addRow([
      `${prefix}-${String(n).padStart(6, '0')}`,
      `基准测试导入项目第${n}号`,
      units[n % units.length],
      FUNDS[n % FUNDS.length],
      Number(`${((n * 7919) % 5_000_000) + 1000}.${String(n % 100).padStart(2, '0')}`),
      n % 3 === 0 ? '新增' : '延续',
      n % 11 === 0 ? '是' : '否',
    ]).commit();
  }
  ws.commit();
  await wb.commit();
}

/** Runs `fn` while sampling the server's resident memory every 20 ms: its peak during `fn`, and the time. */
async function measured<T>(
  pid: number,
  fn: () => Promise<T>,
): Promise<{ value: T; ms: number; peakKb: number; startKb: number }> {
  const startKb = memoryOf(pid)?.rssKb ?? NaN;
  let peakKb = startKb;
  const timer = setInterval(() => {
    const m = memoryOf(pid);
    if (m && m.rssKb > peakKb) peakKb = m.rssKb;
  }, 20);
  const t = performance.now();
  try {
    const value = await fn();
    return { value, ms: performance.now() - t, peakKb, startKb };
  } finally {
    clearInterval(timer);
  }
}

async function previewOver(server: ServerProcess, token: string, file: Buffer, name: string) {
  const up = await fetch(`${server.url}/files?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: file,
  });
  if (up.status !== 201) throw new Error(`upload: ${up.status} ${await up.text()}`);
  const { id: fileId } = (await up.json()) as { id: string };
  const fields = 'id status version rowsRead newCount changedCount errorCount failure';
  const res = await gql(
    server.graphqlUrl,
    `mutation($f: ID!) { previewImport(fileId: $f, kind: PROJECTS, year: 2024) { ${fields} } }`,
    { f: fileId },
    token,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  let imp = res.data!.previewImport;
  while (imp.status === 'READING') {
    await new Promise((r) => setTimeout(r, 200));
    imp = (await gql(server.graphqlUrl, `query($id: ID!) { import(id: $id) { ${fields} } }`, { id: imp.id }, token))
      .data!.import;
  }
  if (imp.status !== 'PREVIEWED' || imp.errorCount > 0) throw new Error(`preview: ${JSON.stringify(imp)}`);
  return imp as { id: string; version: number; rowsRead: number; newCount: number };
}

/**
 * Imports of `sizes` projects into the demo county over HTTP, as the dashboard does: upload, preview (read in
 * the background into the staging table, compared in SQL), commit. Prints rows/s and the server's peak RSS
 * in each step: flat memory means the peak barely moves from 10,000 to 100,000 rows.
 */
export async function importPhase(say: Say, adminUrl: string, sizes: number[], cleanups: (() => Promise<unknown>)[]) {
  const name = await createTemplate(adminUrl, { demo: true });
  cleanups.push(() => dropDatabase(adminUrl, name));
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  const db = new pg.Client({ connectionString: u.toString() });
  await db.connect();
  const units = (await db.query(`SELECT code FROM unit WHERE NOT classified ORDER BY code`)).rows.map(
    (r) => r.code as string,
  );
  await db.end();
  const server = await startBenchServer(u.toString(), cleanups);
  const token = await login(server.graphqlUrl, 'pes', 'jixiao-demo');
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-import-bench-'));
  const rows: string[][] = [];
  try {
    for (const size of sizes) {
      const path = join(dir, `projects-${size}.xlsx`);
      let t = performance.now();
      await workbook(path, size, units, `BENCH${size}`);
      const bytes = statSync(path).size;
      say(
        `  ${fmtInt(size)} projects: workbook of ${(bytes / 2 ** 20).toFixed(1)} MB written in ${fmtMs(performance.now() - t)}`,
      );
      const file = readFileSync(path);
      const preview = await measured(server.pid, () => previewOver(server, token, file, `projects-${size}.xlsx`));
      const commit = await measured(server.pid, async () => {
        const res = await gql(
          server.graphqlUrl,
          `mutation($id: ID!, $v: Int!) { commitImport(id: $id, version: $v) { status newCount } }`,
          { id: preview.value.id, v: preview.value.version },
          token,
        );
        if (res.errors) throw new Error(JSON.stringify(res.errors));
        return res.data!.commitImport;
      });
      t = performance.now();
      const again = await measured(server.pid, () => previewOver(server, token, file, `again-${size}.xlsx`));
      if (again.value.newCount !== 0) throw new Error('the same file again found new rows');
      for (const [step, m] of [
        ['preview (upload, read, compare)', preview],
        ['commit', commit],
        ['preview of the same file again', again],
      ] as const) {
        rows.push([fmtInt(size), step, fmtMs(m.ms), fmtInt(size / (m.ms / 1000)), fmtMb(m.startKb), fmtMb(m.peakKb)]);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  say('');
  printTable(say, ['rows', 'step', 'time', 'rows/s', 'server RSS before', 'server RSS peak'], rows, [
    'r',
    'l',
    'r',
    'r',
    'r',
    'r',
  ]);
  const hwm = memoryOf(server.pid);
  say(`  server process peak RSS over the whole phase (VmHWM): ${hwm ? fmtMb(hwm.peakKb) : 'unknown'}`);
  await server.stop();
  return rows;
}
