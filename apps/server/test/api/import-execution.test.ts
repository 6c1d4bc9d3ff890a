import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { gql, login } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';
import { summaryMismatches } from '../support/summaries.js';
import { allRows, COMMIT, preview, upload } from '../support/import.js';

// Issue 12 §1: the treasury's payments (国库集中支付) per project and month. Monitoring reports not yet confirmed
// take their executed figure from them (cumulative up to the checkpoint's month); a confirmed report is never
// changed, and the preview says so on the rows that would have changed it.

const YEAR = 2024;
const fen = (yuan: string) => BigInt(yuan.replace('.', ''));
// "项目编码,支付月份,支付金额（元）" in GB18030, as the treasury system writes its CSV (bytes from iconv).
const GB18030_HEADER = Buffer.from('cfeec4bfb1e0c2eb2cd6a7b8b6d4c2b7dd2cd6a7b8b6bdf0b6eea3a8d4aaa3a9', 'hex');

describe('importing treasury payments (execution)', () => {
  const ctx = useServer();
  const t: Record<string, string> = {};
  let db: pg.Client;
  const p: { id: number; code: string; unit: string; budget: string }[] = [];

  const summary = async () => {
    const res = await gql(
      ctx.graphqlUrl,
      `query { executionSummary(year: ${YEAR}, month: 5, groupBy: TOTAL) { projectCount budget executed } }`,
      {},
      t.pes,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.executionSummary[0] as { projectCount: number; budget: string; executed: string };
  };
  /** May's executed figures, summed by SQL written here. */
  const oracle = async () =>
    (
      await db.query(
        `SELECT COALESCE(sum(r.executed), 0)::text AS executed FROM monitoring_report r
           JOIN monitoring_checkpoint c ON c.id = r.checkpoint_id
          WHERE c.year = $1 AND c.month = 5 AND c.scope = 'PROJECT' AND r.status <> 'DRAFT'`,
        [YEAR],
      )
    ).rows[0].executed as string;
  const reportOf = async (projectId: number) =>
    (
      await db.query(
        `SELECT r.executed::text AS executed, r.status, r.version FROM monitoring_report r
           JOIN monitoring_checkpoint c ON c.id = r.checkpoint_id WHERE r.project_id = $1 AND c.year = $2 AND c.month = 5`,
        [projectId, YEAR],
      )
    ).rows[0];
  const csv = (rows: string[][]) =>
    '\ufeff' +
    [['项目编码', '单位编码', '支付月份', '支付金额（元）'], ...rows].map((r) => r.join(',')).join('\r\n') +
    '\r\n';
  const run = async (name: string, body: string | Buffer) => {
    const up = await upload(ctx.server.url, t.pes, name, body);
    expect(up.status).toBe(201);
    const res = await preview(ctx.graphqlUrl, t.pes, { f: up.body.id, k: 'EXECUTION', y: YEAR });
    expect(res.errors).toBeUndefined();
    return res.data;
  };

  beforeAll(async () => {
    t.pes = await login(ctx.graphqlUrl, 'pes');
    db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    p.push(
      ...(
        await db.query(
          `SELECT p.id, p.code, u.code AS unit, p.budget::text AS budget FROM project p JOIN unit u ON u.id = p.unit_id
            WHERE p.year = $1 AND p.target_status = 'APPROVED' AND NOT u.classified AND p.budget > 100000
            ORDER BY p.id LIMIT 3`,
          [YEAR],
        )
      ).rows,
    );
    // May is open: two reports submitted (typed 0 by their units), one already confirmed at 1,000.00.
    const [may] = (
      await db.query(
        `UPDATE monitoring_checkpoint SET status = 'OPEN' WHERE year = $1 AND month = 5 AND scope = 'PROJECT' RETURNING id`,
        [YEAR],
      )
    ).rows;
    for (const [i, status, executed] of [
      [0, 'SUBMITTED', '0'],
      [1, 'SUBMITTED', '0'],
      [2, 'CONFIRMED', '1000.00'],
    ] as const) {
      await db.query(
        `INSERT INTO monitoring_report (checkpoint_id, project_id, budget, executed, status, submitted_on)
         VALUES ($1, $2, $3, $4, $5, '2024-06-05')`,
        [may.id, p[i]!.id, p[i]!.budget, executed, status],
      );
    }
  });
  // Issue 16 §2: after every step, each analytics summary equals its figure from the raw rows, to the fen.
  afterEach(async () => expect(await summaryMismatches(db)).toEqual([]));

  afterAll(async () => {
    await db?.end();
  });

  it('names each bad row: unknown project, wrong year, a unit that is not the project’s, over budget, duplicates', async () => {
    const imp = await run(
      'bad.csv',
      csv([
        ['NOPE-1', '', '5', '10.00'],
        [p[0]!.code, p[0]!.unit, `${YEAR - 1}-05`, '10.00'],
        [p[0]!.code, 'zzz', '4', '10.00'],
        [p[1]!.code, '', '3', (Number(p[1]!.budget) + 1).toFixed(2)],
        [p[0]!.code, '', '7', '1.00'],
        [p[0]!.code, '', '07', '2.00'],
        [p[0]!.code, '', '8', '1.005'],
      ]),
    );
    expect(imp).toMatchObject({ status: 'PREVIEWED', errorCount: 6 });
    const rows = await allRows(ctx.graphqlUrl, t.pes, imp.id, 'ERROR');
    expect(rows.flatMap((r) => r.errors.map((e: any) => [e.line, e.column, e.code]))).toEqual([
      [2, 'A', 'UNKNOWN_PROJECT'],
      [3, 'C', 'WRONG_YEAR'],
      [4, 'B', 'UNIT_MISMATCH'],
      [5, 'D', 'OVER_BUDGET'],
      [7, 'C', 'DUPLICATE'],
      [8, 'D', 'TOO_MANY_DECIMALS'],
    ]);
    const res = await gql(ctx.graphqlUrl, COMMIT, { id: imp.id, v: imp.version }, t.pes);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  const payments = [
    [p, 0, '3', '12000.10'],
    [p, 0, '4', '8000.20'],
    [p, 0, '5', '5000.30'],
    [p, 0, '6', '9999.99'],
    [p, 1, `${YEAR}-05`, '45678.91'],
    [p, 2, '4', '30000.00'],
  ] as const;

  it('moves executionSummary(year, 5) by exactly the file’s payments up to May; a confirmed report stays', async () => {
    const before = await summary();
    expect(before.executed).toBe(await oracle());
    const file = csv(payments.map(([list, i, month, amount]) => [list[i]!.code, list[i]!.unit, month, amount]));
    const imp = await run('国库集中支付2024年1-6月.csv', file);
    expect(imp).toMatchObject({ status: 'PREVIEWED', newCount: 6, errorCount: 0, warningCount: 1 });
    const warned = await allRows(ctx.graphqlUrl, t.pes, imp.id);
    const warnings = warned.flatMap((r) => r.warnings.map((w: any) => [r.key, w.code, w.column]));
    expect(warnings).toEqual([[`${p[2]!.code}|4`, 'CONFIRMED_REPORT', 'C']]);
    const confirmedBefore = await reportOf(p[2]!.id);

    const res = await gql(ctx.graphqlUrl, COMMIT, { id: imp.id, v: imp.version }, t.pes);
    expect(res.errors).toBeUndefined();
    const throughMay = ['12000.10', '8000.20', '5000.30', '45678.91'].reduce((s, a) => s + fen(a), 0n);
    const after = await summary();
    expect(fen(after.executed) - fen(before.executed)).toBe(throughMay);
    expect(after.budget).toBe(before.budget);
    expect(after.executed).toBe(await oracle());
    expect((await reportOf(p[0]!.id)).executed).toBe('25000.60');
    expect((await reportOf(p[1]!.id)).executed).toBe('45678.91');
    expect(await reportOf(p[2]!.id)).toEqual(confirmedBefore);
    const stored = (
      await db.query(
        `SELECT project_id, month, amount::text FROM treasury_payment WHERE project_id = ANY($1) ORDER BY 1, 2`,
        [p.map((x) => x.id)],
      )
    ).rows;
    expect(stored).toHaveLength(6);
  });

  it('the same file again changes nothing; a corrected month replaces that month, never adds to it', async () => {
    const before = await summary();
    const file = csv(payments.map(([list, i, month, amount]) => [list[i]!.code, list[i]!.unit, month, amount]));
    const again = await run('again.csv', file);
    expect(again).toMatchObject({ newCount: 0, changedCount: 0, unchangedCount: 6 });
    expect((await gql(ctx.graphqlUrl, COMMIT, { id: again.id, v: again.version }, t.pes)).errors).toBeUndefined();
    expect(await summary()).toEqual(before);

    // The treasury's own encoding (GB18030): May of the first project corrected from 5,000.30 to 5,100.30.
    const gbk = Buffer.concat([GB18030_HEADER, Buffer.from(`\r\n${p[0]!.code},5,5100.30\r\n`)]);
    const fixed = await run('更正.csv', gbk);
    expect(fixed).toMatchObject({ newCount: 0, changedCount: 1, errorCount: 0 });
    const [row] = await allRows(ctx.graphqlUrl, t.pes, fixed.id, 'CHANGED');
    expect(row.changes).toEqual([{ field: 'amount', before: '5000.30', after: '5100.30' }]);
    expect((await gql(ctx.graphqlUrl, COMMIT, { id: fixed.id, v: fixed.version }, t.pes)).errors).toBeUndefined();
    const after = await summary();
    expect(fen(after.executed) - fen(before.executed)).toBe(fen('100.00'));
    const [{ n }] = (
      await db.query(`SELECT count(*)::int AS n FROM treasury_payment WHERE project_id = $1`, [p[0]!.id])
    ).rows;
    expect(n).toBe(4);
  });
});
