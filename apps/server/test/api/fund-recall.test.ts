import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, login } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';

// Issue 13 §2: fund recall (资金收回) after a failed authenticity check (veto) and for idle funds (闲置资金):
// proposed by the performance section, decided by the budget section, exact amounts, apart from the ordinary
// cut, in the result-application figures (checked to the fen against SQL) and on the project.

const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');

describe('fund recalls', () => {
  const ctx = useServer();
  const t: Record<string, string> = {};
  let db: pg.Client;
  const as = (user: string, query: string, variables: Record<string, unknown> = {}) =>
    gql(ctx.graphqlUrl, query, variables, t[user]);
  const ok = async (user: string, query: string, variables: Record<string, unknown> = {}) => {
    const res = await as(user, query, variables);
    expect(res.errors, `${user}: ${query.slice(0, 80)}`).toBeUndefined();
    return res.data as any;
  };
  const PROBE = `SELECT (SELECT json_agg(r ORDER BY r.id) FROM fund_recall r) AS recalls, (SELECT count(*) FROM audit_log) AS audits`;
  const refused = async (user: string, code: string, query: string, variables: Record<string, unknown>) => {
    const before = (await db.query(PROBE)).rows;
    const res = await as(user, query, variables);
    expect(res.errors?.[0]?.extensions?.code, `${user}: ${JSON.stringify(res.errors?.[0]?.message)}`).toBe(code);
    expect((await db.query(PROBE)).rows).toEqual(before);
    return res.errors![0]!;
  };
  const PROPOSE = `mutation($p: ID!, $r: FundRecallReason!, $a: Decimal, $n: String) { proposeFundRecall(projectId: $p, reason: $r, amount: $a, note: $n) { id status reason proposedAmount version } }`;
  const DECIDE = `mutation($id: ID!, $ok: Boolean!, $a: Decimal, $n: String, $v: Int!) { decideFundRecall(id: $id, approve: $ok, amount: $a, note: $n, version: $v) { id status decidedAmount decisionNote version } }`;
  const SUMMARY = `{ resultApplicationSummary(year: 2022) { proposedCut acceptedCut decidedCount recallCount recallProposed recallDecidedCount recallDecided } }`;
  let vetoed: { id: string; budget: string; unit: string };
  let idle: { id: string; budget: string; unit: string };

  beforeAll(async () => {
    for (const u of ['pes', 'budget', 'leader', 'sec-jkw']) t[u] = await login(ctx.graphqlUrl, u);
    db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    // The demo's 2022 authenticity sample has one failed check (the veto).
    const { rows: v } = await db.query(
      `SELECT p.id, p.budget::text AS budget, u.code, u.classified FROM evaluation e JOIN project p ON p.id = e.project_id
         JOIN unit u ON u.id = p.unit_id WHERE e.authenticity_failed AND p.year = 2022`,
    );
    expect(v).toHaveLength(1);
    expect(v[0].classified).toBe(false);
    vetoed = { id: gid('Project', v[0].id), budget: v[0].budget, unit: `unit-${v[0].code}` };
    const { rows: i } = await db.query(
      `SELECT p.id, p.budget::text AS budget, u.code FROM project p JOIN unit u ON u.id = p.unit_id
        WHERE p.year = 2022 AND NOT u.classified AND p.id <> $1 AND p.budget > 100000 ORDER BY p.id LIMIT 1`,
      [v[0].id],
    );
    idle = { id: gid('Project', i[0].id), budget: i[0].budget, unit: `unit-${i[0].code}` };
    for (const u of [vetoed.unit, idle.unit]) t[u] ??= await login(ctx.graphqlUrl, u);
  });
  afterAll(async () => {
    await db?.end();
  });

  /** The SQL oracle of the summary: the 2022 projects' recalls, summed by PostgreSQL. */
  const oracle = async () =>
    (
      await db.query(
        `SELECT (count(*) FILTER (WHERE r.status <> 'REJECTED'))::int AS "recallCount",
                COALESCE(sum(r.proposed_amount) FILTER (WHERE r.status <> 'REJECTED'), 0)::numeric(16,2)::text AS "recallProposed",
                (count(*) FILTER (WHERE r.status = 'DECIDED'))::int AS "recallDecidedCount",
                COALESCE(sum(r.decided_amount) FILTER (WHERE r.status = 'DECIDED'), 0)::numeric(16,2)::text AS "recallDecided"
           FROM fund_recall r JOIN project p ON p.id = r.project_id WHERE p.year = 2022`,
      )
    ).rows[0];

  it('a veto proposes exactly the budget not yet recalled; idle funds are capped by what is left', async () => {
    const before = (await ok('leader', SUMMARY)).resultApplicationSummary;
    expect(before).toMatchObject({
      recallCount: 0,
      recallProposed: '0.00',
      recallDecidedCount: 0,
      recallDecided: '0.00',
    });

    const veto = (await ok('pes', PROPOSE, { p: vetoed.id, r: 'AUTHENTICITY_VETO', n: '真实性核查未通过' }))
      .proposeFundRecall;
    expect(veto).toMatchObject({
      status: 'PROPOSED',
      reason: 'AUTHENTICITY_VETO',
      proposedAmount: vetoed.budget,
      version: 1,
    });
    // Nothing is left to recall from it, whatever the reason.
    const nothing = await refused('pes', 'BAD_USER_INPUT', PROPOSE, { p: vetoed.id, r: 'AUTHENTICITY_VETO' });
    expect(nothing.extensions?.field).toBe('amount');
    expect(nothing.message).toContain('已无可收回');
    expect(nothing.message).toContain('nothing is left to recall');
    // A project that passed (or was not checked) has no veto to recall for.
    const noVeto = await refused('pes', 'BAD_USER_INPUT', PROPOSE, { p: idle.id, r: 'AUTHENTICITY_VETO' });
    expect(noVeto.extensions?.field).toBe('reason');
    // Idle funds: an amount and a note; never more than the budget less what is already being recalled.
    const first = (await ok('pes', PROPOSE, { p: idle.id, r: 'IDLE_FUNDS', a: '12345.67', n: '年末结余闲置' }))
      .proposeFundRecall;
    expect(first.proposedAmount).toBe('12345.67');
    const left = (BigInt(idle.budget.replace('.', '')) - 1234567n).toString();
    const leftYuan = `${left.slice(0, -2)}.${left.slice(-2)}`;
    const above = await refused('pes', 'BAD_USER_INPUT', PROPOSE, {
      p: idle.id,
      r: 'IDLE_FUNDS',
      a: (BigInt(idle.budget.replace('.', '')) - 1234567n + 1n).toString().replace(/(\d\d)$/, '.$1'),
      n: '再收回',
    });
    expect(above.extensions?.field).toBe('amount');
    expect(above.message).toContain(`超过可收回金额 ${leftYuan} 元`);
    expect(above.message).toContain(`above what can be recalled: ${leftYuan} yuan`);
    expect(
      (await refused('pes', 'BAD_USER_INPUT', PROPOSE, { p: idle.id, r: 'IDLE_FUNDS', n: '无金额' })).extensions?.field,
    ).toBe('amount');
    expect(
      (await refused('pes', 'BAD_USER_INPUT', PROPOSE, { p: idle.id, r: 'IDLE_FUNDS', a: '1.00' })).extensions?.field,
    ).toBe('note');
    expect(
      (await refused('pes', 'BAD_USER_INPUT', PROPOSE, { p: idle.id, r: 'IDLE_FUNDS', a: '1.001', n: 'x' })).extensions
        ?.field,
    ).toBe('amount');
    const rest = (await ok('pes', PROPOSE, { p: idle.id, r: 'IDLE_FUNDS', a: leftYuan, n: '剩余全部闲置' }))
      .proposeFundRecall;
    expect(rest.proposedAmount).toBe(leftYuan);

    // Only the performance section proposes.
    for (const user of ['budget', 'leader', 'sec-jkw', idle.unit])
      await refused(user, 'FORBIDDEN', PROPOSE, { p: idle.id, r: 'IDLE_FUNDS', a: '1.00', n: 'x' });

    const after = (await ok('leader', SUMMARY)).resultApplicationSummary;
    expect(after).toMatchObject(await oracle());
    expect(after.recallProposed).toBe(
      (BigInt(vetoed.budget.replace('.', '')) + BigInt(idle.budget.replace('.', '')))
        .toString()
        .replace(/(\d\d)$/, '.$1'),
    );
    // The ordinary cuts do not move.
    expect({ p: after.proposedCut, a: after.acceptedCut, d: after.decidedCount }).toEqual({
      p: before.proposedCut,
      a: before.acceptedCut,
      d: before.decidedCount,
    });
  });

  it('the budget section decides: the proposed amount or less with a reason, or rejects with a reason', async () => {
    const recalls = async (user: string, project: string) =>
      (
        await ok(
          user,
          `query($id: ID!) { node(id: $id) { ... on Project { fundRecalls { id status reason proposedAmount decidedAmount version } } } }`,
          { id: project },
        )
      ).node?.fundRecalls;
    const [veto] = await recalls('budget', vetoed.id);
    expect((await refused('pes', 'FORBIDDEN', DECIDE, { id: veto.id, ok: true, v: 1 })).extensions?.field).toBe('id');
    for (const user of ['leader', 'sec-jkw', vetoed.unit])
      await refused(user, 'FORBIDDEN', DECIDE, { id: veto.id, ok: true, v: 1 });
    const more = await refused('budget', 'BAD_USER_INPUT', DECIDE, {
      id: veto.id,
      ok: true,
      a: '99999999999.00',
      n: 'x',
      v: 1,
    });
    expect(more.extensions?.field).toBe('amount');
    expect(more.message).toContain(`不能超过建议收回金额 ${vetoed.budget} 元`);
    const less = (BigInt(vetoed.budget.replace('.', '')) - 10001n).toString().replace(/(\d\d)$/, '.$1');
    expect(
      (await refused('budget', 'BAD_USER_INPUT', DECIDE, { id: veto.id, ok: true, a: less, v: 1 })).extensions?.field,
    ).toBe('note');
    const decided = (
      await ok('budget', DECIDE, { id: veto.id, ok: true, a: less, n: '已支付部分核实属实，予以保留', v: 1 })
    ).decideFundRecall;
    expect(decided).toMatchObject({ status: 'DECIDED', decidedAmount: less, version: 2 });
    await refused('budget', 'CONFLICT', DECIDE, { id: veto.id, ok: true, v: 1 });
    await refused('budget', 'INVALID_TRANSITION', DECIDE, { id: veto.id, ok: true, v: 2 });

    const [a, b] = await recalls('budget', idle.id);
    expect((await refused('budget', 'BAD_USER_INPUT', DECIDE, { id: a.id, ok: false, v: 1 })).extensions?.field).toBe(
      'note',
    );
    expect(
      (await ok('budget', DECIDE, { id: a.id, ok: false, n: '资金已用于续建', v: 1 })).decideFundRecall,
    ).toMatchObject({
      status: 'REJECTED',
      decidedAmount: null,
    });
    await ok('budget', DECIDE, { id: b.id, ok: true, v: 1 });

    // On the project, for its unit; another unit does not see them.
    expect(await recalls(idle.unit, idle.id)).toHaveLength(2);
    const other = (
      await db.query(
        `SELECT code FROM unit WHERE NOT classified AND 'unit-' || code NOT IN ($1, $2) ORDER BY code LIMIT 1`,
        [idle.unit, vetoed.unit],
      )
    ).rows[0].code;
    t.other = await login(ctx.graphqlUrl, `unit-${other}`);
    expect(await recalls('other', idle.id)).toBeUndefined();
    const theirs = await ok('other', `query($id: ID!) { node(id: $id) { id } }`, { id: a.id });
    expect(theirs.node).toBeNull();

    // The summary to the fen, against SQL, for leadership and the budget section alike.
    const oracleNow = await oracle();
    expect(oracleNow.recallDecidedCount).toBe(2);
    for (const user of ['leader', 'budget', 'pes'])
      expect((await ok(user, SUMMARY)).resultApplicationSummary, user).toMatchObject(oracleNow);
    // Audited with before and after.
    const audits = (
      await db.query(`SELECT action, after->>'status' AS status FROM audit_log WHERE entity = 'FundRecall' ORDER BY id`)
    ).rows;
    expect(audits.map((r) => r.action)).toEqual(['PROPOSE', 'PROPOSE', 'PROPOSE', 'DECIDE', 'DECIDE', 'DECIDE']);
  });
});
