import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, login } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';

// Issue 13 §2, what the dashboard's recall forms need: the amount still recallable from a project (the
// veto's prefill, exact to the fen), the year's recalls to decide (the budget section's queue, the
// performance section's for classified units), and their to-dos, each against SQL.

const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');
/** "1234.50" − "0.51" in fen, back to yuan text: exact, no float. */
const minus = (a: string, b: string) => {
  const fen = BigInt(a.replace('.', '')) - BigInt(b.replace('.', ''));
  const s = fen.toString().padStart(3, '0');
  return `${s.slice(0, -2)}.${s.slice(-2)}`;
};

describe('the recall queue, the recallable amount and the recall to-dos', () => {
  const ctx = useServer();
  const t: Record<string, string> = {};
  let db: pg.Client;
  const ok = async (user: string, query: string, variables: Record<string, unknown> = {}) => {
    const res = await gql(ctx.graphqlUrl, query, variables, t[user]);
    expect(res.errors, `${user}: ${query.slice(0, 80)}`).toBeUndefined();
    return res.data as any;
  };
  const PROPOSE = `mutation($p: ID!, $a: Decimal, $n: String) { proposeFundRecall(projectId: $p, reason: IDLE_FUNDS, amount: $a, note: $n) { id version } }`;
  const DECIDE = `mutation($id: ID!, $ok: Boolean!, $n: String, $v: Int!) { decideFundRecall(id: $id, approve: $ok, note: $n, version: $v) { id status } }`;
  const RECALLABLE = `query($id: ID!) { node(id: $id) { ... on Project { budget recallableAmount } } }`;
  const QUEUE = `query($y: Int!, $pending: Boolean!) { fundRecalls(year: $y, pendingOnly: $pending) { id status proposedAmount project { code } } }`;
  const todo = async (user: string) =>
    ((await ok(user, `{ todos { kind count } }`)).todos as { kind: string; count: number }[]).filter(
      (x) => x.kind === 'RECALLS_TO_DECIDE',
    );
  let open: { id: string; code: string; budget: string; unit: string };
  let secret: { id: string; code: string; budget: string };

  beforeAll(async () => {
    for (const u of ['pes', 'budget', 'leader']) t[u] = await login(ctx.graphqlUrl, u);
    db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    const pick = async (classified: boolean) =>
      (
        await db.query(
          `SELECT p.id, p.code, p.budget::text AS budget, u.code AS unit FROM project p JOIN unit u ON u.id = p.unit_id
            WHERE p.year = 2023 AND u.classified = $1 AND p.budget > 100000 ORDER BY p.id LIMIT 1`,
          [classified],
        )
      ).rows[0];
    const o = await pick(false);
    open = { id: gid('Project', o.id), code: o.code, budget: o.budget, unit: `unit-${o.unit}` };
    const s = await pick(true);
    secret = { id: gid('Project', s.id), code: s.code, budget: s.budget };
    t[open.unit] = await login(ctx.graphqlUrl, open.unit);
    const other = (
      await db.query(`SELECT code FROM unit WHERE NOT classified AND 'unit-' || code <> $1 ORDER BY code LIMIT 1`, [
        open.unit,
      ])
    ).rows[0].code;
    t.other = await login(ctx.graphqlUrl, `unit-${other}`);
  });
  afterAll(async () => {
    await db?.end();
  });

  it('gives the amount still recallable: the budget less recalls proposed or decided, rejected ones not', async () => {
    expect((await ok('pes', RECALLABLE, { id: open.id })).node).toEqual({
      budget: open.budget,
      recallableAmount: open.budget,
    });
    const a = (await ok('pes', PROPOSE, { p: open.id, a: '1000.01', n: '年末闲置' })).proposeFundRecall;
    const b = (await ok('pes', PROPOSE, { p: open.id, a: '250.50', n: '结余' })).proposeFundRecall;
    const left = minus(minus(open.budget, '1000.01'), '250.50');
    for (const user of ['pes', 'budget', 'leader', open.unit])
      expect((await ok(user, RECALLABLE, { id: open.id })).node.recallableAmount, user).toBe(left);
    expect((await ok('other', RECALLABLE, { id: open.id })).node).toBeNull();

    // The queue of 2023: both proposals, for the budget section and the performance section alike.
    const queued = (await ok('budget', QUEUE, { y: 2023, pending: true })).fundRecalls;
    expect(queued.map((r: any) => [r.project.code, r.proposedAmount, r.status])).toEqual([
      [open.code, '1000.01', 'PROPOSED'],
      [open.code, '250.50', 'PROPOSED'],
    ]);
    expect((await ok('pes', QUEUE, { y: 2023, pending: true })).fundRecalls).toEqual(queued);
    expect((await ok('budget', QUEUE, { y: 2024, pending: false })).fundRecalls).toEqual([]);
    expect((await ok('other', QUEUE, { y: 2023, pending: false })).fundRecalls).toEqual([]);
    expect(await todo('budget')).toEqual([{ kind: 'RECALLS_TO_DECIDE', count: 2 }]);

    await ok('budget', DECIDE, { id: a.id, ok: false, n: '资金已用于续建', v: a.version });
    await ok('budget', DECIDE, { id: b.id, ok: true, v: b.version });
    expect((await ok('pes', RECALLABLE, { id: open.id })).node.recallableAmount).toBe(minus(open.budget, '250.50'));
    // Decided ones leave the queue (and the to-do) but stay in the year's list.
    expect((await ok('budget', QUEUE, { y: 2023, pending: true })).fundRecalls).toEqual([]);
    expect((await ok('budget', QUEUE, { y: 2023, pending: false })).fundRecalls.map((r: any) => r.status)).toEqual([
      'REJECTED',
      'DECIDED',
    ]);
    expect(await todo('budget')).toEqual([{ kind: 'RECALLS_TO_DECIDE', count: 0 }]);
  });

  it('counts a classified unit’s recall for the performance section, which decides it, not the budget section', async () => {
    const r = (await ok('pes', PROPOSE, { p: secret.id, a: '88.08', n: '闲置' })).proposeFundRecall;
    const sql = async (classified: boolean) =>
      (
        await db.query(
          `SELECT count(*)::int AS n FROM fund_recall r JOIN project p ON p.id = r.project_id JOIN unit u ON u.id = p.unit_id
            WHERE r.status = 'PROPOSED' AND ($1::boolean IS FALSE OR u.classified)`,
          [classified],
        )
      ).rows[0].n;
    expect(await todo('pes')).toEqual([{ kind: 'RECALLS_TO_DECIDE', count: await sql(true) }]);
    expect(await sql(true)).toBe(1);
    expect(await todo('budget')).toEqual([{ kind: 'RECALLS_TO_DECIDE', count: 0 }]);
    expect((await ok('budget', QUEUE, { y: 2023, pending: true })).fundRecalls).toEqual([]);
    expect((await ok('pes', QUEUE, { y: 2023, pending: true })).fundRecalls.map((x: any) => x.project.code)).toEqual([
      secret.code,
    ]);
    expect((await ok('budget', RECALLABLE, { id: secret.id })).node).toBeNull();
    expect((await ok('pes', RECALLABLE, { id: secret.id })).node.recallableAmount).toBe(minus(secret.budget, '88.08'));
    await ok('pes', DECIDE, { id: r.id, ok: true, v: r.version });
    expect(await todo('pes')).toEqual([{ kind: 'RECALLS_TO_DECIDE', count: 0 }]);
  });
});
