import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, login } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';

// Issue 13 §4: nothing is deleted to be replaced. A self-evaluation sent back for rectification and submitted
// again keeps its old version, readable through the graph, and the audit entry says what it replaced.

const SELF = `mutation($id: ID!, $in: SelfEvaluationInput!) {
  submitSelfEvaluation(projectId: $id, input: $in) { id version status score grade explanation rectificationRequired } }`;
const HISTORY = `query($id: ID!) { node(id: $id) { ... on Evaluation { id version status score
  previousVersions { id version status executed outputCompletion benefitCompletion satisfactionCompletion score grade
                     explanation evaluatedOn supersededOn evaluation { id version } } } } }`;
const NODE = `query($id: ID!) { node(id: $id) { __typename id ... on EvaluationVersion { version score } } }`;

describe('a sent-back self-evaluation keeps its old version', () => {
  const ctx = useServer();
  let db: pg.Client;
  const t: Record<string, string> = {};
  const ok = async (user: string, query: string, variables: Record<string, unknown> = {}) => {
    const res = await gql(ctx.graphqlUrl, query, variables, t[user]);
    expect(res.errors, `${user}: ${JSON.stringify(res.errors)}`).toBeUndefined();
    return res.data as any;
  };
  let project: { id: string; code: string; budget: string; unit: string; other: string };
  let weak: any;
  let fixed: any;

  beforeAll(async () => {
    db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    // A central transfer payment's approved 2024 project, not yet self-evaluated, of a unit that is not classified.
    const [row] = (
      await db.query(
        `SELECT p.id, p.code, p.budget::text AS budget, u.code AS unit,
                (SELECT o.code FROM unit o WHERE o.id <> u.id AND NOT o.classified ORDER BY o.code LIMIT 1) AS other
           FROM project p JOIN unit u ON u.id = p.unit_id
          WHERE p.year = 2024 AND p.fund_family = 'TRANSFER_PAYMENT' AND p.target_status = 'APPROVED' AND NOT u.classified
            AND NOT EXISTS (SELECT 1 FROM evaluation e WHERE e.project_id = p.id AND e.kind = 'SELF')
          ORDER BY p.id LIMIT 1`,
      )
    ).rows;
    expect(row).toBeDefined();
    project = { ...row, id: Buffer.from(`Project:${row.id}`).toString('base64url') };
    for (const user of [`unit-${project.unit}`, `unit-${project.other}`, 'pes']) {
      t[user] = await login(ctx.graphqlUrl, user);
    }
    const unit = `unit-${project.unit}`;
    weak = (
      await ok(unit, SELF, {
        id: project.id,
        in: {
          executed: project.budget,
          outputCompletion: 80,
          benefitCompletion: 80,
          satisfactionCompletion: 80,
          explanation: '初次自评',
        },
      })
    ).submitSelfEvaluation;
    expect(weak).toMatchObject({ status: 'DRAFT', rectificationRequired: true, explanation: '初次自评' });
    fixed = (
      await ok(unit, SELF, {
        id: project.id,
        in: {
          executed: project.budget,
          outputCompletion: 100,
          benefitCompletion: 95,
          satisfactionCompletion: 95,
          explanation: '整改后补充佐证材料',
        },
      })
    ).submitSelfEvaluation;
  });
  afterAll(() => db?.end());

  it('is the same evaluation, one version on, final after rectification', () => {
    expect(fixed.id).toBe(weak.id);
    expect(fixed.version).toBe(weak.version + 1);
    expect(fixed).toMatchObject({ status: 'FINAL', rectificationRequired: false, explanation: '整改后补充佐证材料' });
    expect(fixed.score).toBeGreaterThanOrEqual(90);
    expect(weak.score).toBeLessThan(90);
  });

  it('reads both versions through the graph: the current one and the sent-back one, as they were', async () => {
    for (const user of [`unit-${project.unit}`, 'pes']) {
      const e = (await ok(user, HISTORY, { id: fixed.id })).node;
      expect(e).toMatchObject({ id: fixed.id, version: fixed.version, status: 'FINAL', score: fixed.score });
      expect(e.previousVersions).toHaveLength(1);
      const [old] = e.previousVersions;
      expect(old).toMatchObject({
        version: weak.version,
        status: 'DRAFT',
        executed: project.budget,
        outputCompletion: 80,
        benefitCompletion: 80,
        satisfactionCompletion: 80,
        score: weak.score,
        grade: weak.grade,
        explanation: '初次自评',
        evaluation: { id: fixed.id, version: fixed.version },
      });
      expect(old.supersededOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(old.evaluatedOn).toBe(old.supersededOn);
    }
    // One row in the evaluations, nothing deleted.
    const { rows } = await db.query(
      `SELECT count(*)::int AS n FROM evaluation e JOIN project p ON p.id = e.project_id WHERE p.code = $1 AND e.kind = 'SELF'`,
      [project.code],
    );
    expect(rows[0].n).toBe(1);
  });

  it('resolves the old version by node(id) for those who may see the evaluation, and not for another unit', async () => {
    const old = (await ok('pes', HISTORY, { id: fixed.id })).node.previousVersions[0];
    for (const user of [`unit-${project.unit}`, 'pes']) {
      expect((await ok(user, NODE, { id: old.id })).node).toEqual({
        __typename: 'EvaluationVersion',
        id: old.id,
        version: weak.version,
        score: weak.score,
      });
    }
    expect((await ok(`unit-${project.other}`, NODE, { id: old.id })).node).toBeNull();
  });

  it('audits the resubmission with what it replaced, not `before: null`', async () => {
    const dbId = Number(Buffer.from(fixed.id, 'base64url').toString().split(':')[1]);
    const log = (
      await ok(
        'pes',
        `{ auditLog(first: 100, filter: { entity: "Evaluation", action: "SUBMIT" }) { edges { node { entityId before after } } } }`,
      )
    ).auditLog.edges
      .map((e: any) => e.node)
      .filter((n: any) => n.entityId === String(dbId));
    // Newest first: the resubmission, then the first submission.
    expect(log).toHaveLength(2);
    expect(log[1].before).toBeNull();
    expect(log[0].before).toMatchObject({ status: 'DRAFT', version: weak.version, executed: project.budget });
    expect(Number(log[0].before.score)).toBe(weak.score);
    expect(log[0].after).toMatchObject({ status: 'FINAL', version: fixed.version, grade: fixed.grade });
  });
});
