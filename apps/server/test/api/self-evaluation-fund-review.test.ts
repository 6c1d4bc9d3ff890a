import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, login } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';

// Issue 13 §3: a fund-owning section (社保科, 企业科, 债务科, 乡财科) reviews and passes upward (审核上报) the units'
// self-evaluations of its family's projects, or returns them; the performance section confirms a self-evaluation
// of such a project only after that. Refusals leave the database unchanged.

const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');

describe("a fund section's review of self-evaluations before the performance section confirms them", () => {
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
  const PROBE = `SELECT (SELECT json_agg(json_build_object('id', e.id, 's', e.status, 'f', e.fund_reviewed_on, 'c', e.confirmed_on,
      'v', e.version) ORDER BY e.id) FROM evaluation e WHERE e.kind = 'SELF' AND e.year = 2023) AS evaluations,
    (SELECT count(*) FROM fund_review) AS reviews, (SELECT count(*) FROM evaluation_version) AS versions,
    (SELECT count(*) FROM audit_log) AS audits`;
  const refused = async (user: string, code: string, query: string, variables: Record<string, unknown>) => {
    const before = (await db.query(PROBE)).rows;
    const res = await as(user, query, variables);
    expect(res.errors?.[0]?.extensions?.code, `${user}: ${JSON.stringify(res.errors?.[0]?.message)}`).toBe(code);
    expect((await db.query(PROBE)).rows).toEqual(before);
    return res.errors![0]!;
  };
  const todo = async (user: string, kind: string) =>
    ((await ok(user, '{ todos { kind count } }')).todos as { kind: string; count: number }[])
      .filter((x) => x.kind === kind)
      .reduce((n, x) => n + x.count, 0);

  const EVALUATION = `id status version score grade fundReviewedOn confirmedOn previousVersions { score }
    fundReviews { subject approved comment sectionName reviewedOn }`;
  const SELF = `mutation($p: ID!, $in: SelfEvaluationInput!) { submitSelfEvaluation(projectId: $p, input: $in) { ${EVALUATION} } }`;
  const FUND = `mutation($id: ID!, $a: Boolean!, $c: String!, $v: Int!) {
    fundReviewSelfEvaluation(id: $id, approve: $a, comment: $c, version: $v) { ${EVALUATION} } }`;
  const CONFIRM = `mutation($id: ID!, $v: Int!) { confirmSelfEvaluation(id: $id, version: $v) { ${EVALUATION} } }`;
  const input = (completion: number, executed: string) => ({
    executed,
    outputCompletion: completion,
    benefitCompletion: completion,
    satisfactionCompletion: completion,
    explanation: '按期完成',
  });

  // A 2023 rural revitalization project (乡财科's family) not yet self-evaluated, and a general-budget one.
  const who = { rural: { id: 0, unit: '', budget: '' }, general: { id: 0, unit: '', budget: '' } };
  beforeAll(async () => {
    db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    const pick = async (family: string) =>
      (
        await db.query(
          `SELECT p.id, 'unit-' || u.code AS unit, p.budget::text AS budget FROM project p JOIN unit u ON u.id = p.unit_id
            WHERE p.year = 2023 AND p.fund_family = $1 AND p.target_status = 'APPROVED' AND NOT u.classified
              AND NOT EXISTS (SELECT 1 FROM evaluation e WHERE e.project_id = p.id) ORDER BY p.id LIMIT 1`,
          [family],
        )
      ).rows[0];
    who.rural = await pick('RURAL_REVITALIZATION');
    who.general = await pick('GENERAL_PUBLIC');
    for (const u of new Set(['pes', 'sec-xc', 'sec-zw', who.rural.unit, who.general.unit]))
      t[u] = await login(ctx.graphqlUrl, u);
  });
  afterAll(async () => {
    await db?.end();
  });

  it("the demo's confirmed self-evaluations of owned families were passed upward first", async () => {
    const { rows } = await db.query(
      `SELECT count(*) FILTER (WHERE e.confirmed_on IS NULL)::int AS unconfirmed,
              count(*) FILTER (WHERE e.fund_reviewed_on IS NULL AND NOT u.classified
                                 AND p.fund_family IN ('SOCIAL_INSURANCE', 'STATE_CAPITAL', 'SPECIAL_BOND', 'RURAL_REVITALIZATION'))::int AS unreviewed
         FROM evaluation e JOIN project p ON p.id = e.project_id JOIN unit u ON u.id = p.unit_id
        WHERE e.kind = 'SELF' AND e.status = 'FINAL'`,
    );
    expect(rows[0]).toEqual({ unconfirmed: 0, unreviewed: 0 });
  });

  const s: Record<string, any> = {};
  it('the performance section may not confirm a rural self-evaluation until 乡财科 has passed it upward', async () => {
    const before = {
      fund: await todo('sec-xc', 'SELF_EVALUATIONS_TO_FUND_REVIEW'),
      pes: await todo('pes', 'SELF_EVALUATIONS_TO_CONFIRM'),
    };
    const e = (await ok(who.rural.unit, SELF, { p: gid('Project', who.rural.id), in: input(95, who.rural.budget) }))
      .submitSelfEvaluation;
    expect(e).toMatchObject({ status: 'FINAL', fundReviewedOn: null, confirmedOn: null, fundReviews: [] });
    expect(await todo('sec-xc', 'SELF_EVALUATIONS_TO_FUND_REVIEW')).toBe(before.fund + 1);
    expect(await todo('pes', 'SELF_EVALUATIONS_TO_CONFIRM')).toBe(before.pes);

    const err = await refused('pes', 'INVALID_TRANSITION', CONFIRM, { id: e.id, v: e.version });
    expect(err.extensions).toMatchObject({
      field: 'id',
      reason: 'FUND_REVIEW_REQUIRED',
      section: expect.stringContaining('乡财'),
    });
    expect(err.message).toContain('单位自评须经');
    expect(err.message).toContain('before the performance section confirms it');
    s.e = e;
    s.before = before;
  });

  it('only the family’s section reviews it; a return needs a reason and sends it back to the unit', async () => {
    await refused('sec-zw', 'NOT_FOUND', FUND, { id: s.e.id, a: true, c: '', v: s.e.version });
    await refused('pes', 'FORBIDDEN', FUND, { id: s.e.id, a: true, c: '', v: s.e.version });
    await refused('sec-xc', 'CONFLICT', FUND, { id: s.e.id, a: true, c: '', v: s.e.version + 1 });
    const noReason = await refused('sec-xc', 'BAD_USER_INPUT', FUND, { id: s.e.id, a: false, c: ' ', v: s.e.version });
    expect(noReason.extensions?.field).toBe('comment');

    const returned = (await ok('sec-xc', FUND, { id: s.e.id, a: false, c: '受益农户数据缺佐证', v: s.e.version }))
      .fundReviewSelfEvaluation;
    expect(returned).toMatchObject({ status: 'DRAFT', fundReviewedOn: null });
    expect(returned.fundReviews).toEqual([
      expect.objectContaining({ subject: 'SELF_EVALUATION', approved: false, comment: '受益农户数据缺佐证' }),
    ]);
    expect(await todo('sec-xc', 'SELF_EVALUATIONS_TO_FUND_REVIEW')).toBe(s.before.fund);
    await refused('pes', 'INVALID_TRANSITION', CONFIRM, { id: returned.id, v: returned.version });

    // The unit submits again: the returned values are kept as a version.
    const again = (await ok(who.rural.unit, SELF, { p: gid('Project', who.rural.id), in: input(92, who.rural.budget) }))
      .submitSelfEvaluation;
    expect(again.status).toBe('FINAL');
    expect(again.previousVersions).toHaveLength(1);
    s.e = again;
  });

  it('passed upward, the performance section confirms it; then it is closed to both', async () => {
    const passed = (await ok('sec-xc', FUND, { id: s.e.id, a: true, c: '数据已核实', v: s.e.version }))
      .fundReviewSelfEvaluation;
    expect(passed.fundReviewedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(passed.fundReviews.map((r: any) => r.approved)).toEqual([true, false]);
    await refused('sec-xc', 'INVALID_TRANSITION', FUND, { id: passed.id, a: true, c: '', v: passed.version });
    expect(await todo('pes', 'SELF_EVALUATIONS_TO_CONFIRM')).toBe(s.before.pes + 1);

    await refused('pes', 'CONFLICT', CONFIRM, { id: passed.id, v: passed.version - 1 });
    const confirmed = (await ok('pes', CONFIRM, { id: passed.id, v: passed.version })).confirmSelfEvaluation;
    expect(confirmed.confirmedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await todo('pes', 'SELF_EVALUATIONS_TO_CONFIRM')).toBe(s.before.pes);
    await refused('pes', 'INVALID_TRANSITION', CONFIRM, { id: confirmed.id, v: confirmed.version });
    await refused('sec-xc', 'INVALID_TRANSITION', FUND, {
      id: confirmed.id,
      a: false,
      c: '再退',
      v: confirmed.version,
    });
    const { rows } = await db.query(
      `SELECT action FROM audit_log WHERE entity = 'Evaluation' AND entity_id = $1 ORDER BY id`,
      [Buffer.from(confirmed.id, 'base64url').toString().split(':')[1]],
    );
    expect(rows.map((r) => r.action)).toEqual(['SUBMIT', 'RETURN', 'SUBMIT', 'FUND_REVIEW', 'CONFIRM']);
  });

  it('a general-budget self-evaluation needs no fund section: the performance section confirms it at once', async () => {
    const e = (
      await ok(who.general.unit, SELF, { p: gid('Project', who.general.id), in: input(90, who.general.budget) })
    ).submitSelfEvaluation;
    await refused('sec-xc', 'NOT_FOUND', FUND, { id: e.id, a: true, c: '', v: e.version });
    const confirmed = (await ok('pes', CONFIRM, { id: e.id, v: e.version })).confirmSelfEvaluation;
    expect(confirmed.confirmedOn).not.toBeNull();
  });
});
