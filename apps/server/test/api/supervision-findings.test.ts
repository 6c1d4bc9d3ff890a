import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, login } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';

// Issue 13 §2: audit and financial-supervision findings (审计/财会监督发现问题) and major misuse (重大违规),
// recorded by the performance section, cap the project's grades at once and visibly; withdrawing one
// (with a reason) lifts its cap. Refusals leave the database unchanged; findings are seen within scope.

describe('supervision findings and the grade caps they drive', () => {
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
  const PROBE = `SELECT (SELECT json_agg(f ORDER BY f.id) FROM supervision_finding f) AS findings,
    (SELECT json_agg(json_build_object('id', e.id, 'grade', e.grade, 'caps', e.caps, 'v', e.version) ORDER BY e.id) FROM evaluation e) AS evaluations,
    (SELECT count(*) FROM audit_log) AS audits`;
  const refused = async (user: string, code: string, query: string, variables: Record<string, unknown>) => {
    const before = (await db.query(PROBE)).rows;
    const res = await as(user, query, variables);
    expect(res.errors?.[0]?.extensions?.code, `${user}: ${JSON.stringify(res.errors?.[0]?.message)}`).toBe(code);
    expect((await db.query(PROBE)).rows).toEqual(before);
    return res.errors![0]!;
  };

  const RECORD = `mutation($p: ID!, $in: SupervisionFindingInput!) { recordSupervisionFinding(projectId: $p, input: $in) { id version status kind documentNo foundOn } }`;
  const EDIT = `mutation($id: ID!, $in: SupervisionFindingInput!, $v: Int!) { editSupervisionFinding(id: $id, input: $in, version: $v) { id version kind documentNo } }`;
  const WITHDRAW = `mutation($id: ID!, $r: String!, $v: Int!) { withdrawSupervisionFinding(id: $id, reason: $r, version: $v) { id version status withdrawnReason } }`;
  const SELF = `mutation($id: ID!, $in: SelfEvaluationInput!) { submitSelfEvaluation(projectId: $id, input: $in) { id status score grade } }`;
  const PROJECT = `query($id: ID!) { node(id: $id) { ... on Project { supervisionFindings { id status kind documentNo withdrawnReason }
    evaluations { kind score grade uncappedGrade caps { code applied findings zh en } cappedBecause { zh en } } } } }`;
  const AUDIT_FINDING = {
    kind: 'AUDIT',
    source: '尉犁县审计局',
    foundOn: '2025-03-02',
    documentNo: '尉审报〔2025〕12号',
    description: '项目资金未按合同约定支付，存在提前拨付。',
  };
  let project: { id: string; code: string; budget: string; unit: string };

  beforeAll(async () => {
    for (const u of ['pes', 'budget', 'leader', 'sec-jkw', 'sec-xzzf', 'unit-jyj', 'unit-wjw'])
      t[u] = await login(ctx.graphqlUrl, u);
    db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    const list = await ok(
      'unit-jyj',
      `{ projects(first: 100, filter: { year: 2024, targetStatus: APPROVED }) { edges { node { id code budget fundFamily evaluations { kind } } } } }`,
    );
    const p = list.projects.edges
      .map((e: any) => e.node)
      .find((x: any) => x.fundFamily !== 'TRANSFER_PAYMENT' && !x.evaluations.some((e: any) => e.kind === 'SELF'));
    expect(p).toBeDefined();
    project = { id: p.id, code: p.code, budget: p.budget, unit: 'unit-jyj' };
  });
  afterAll(async () => {
    await db?.end();
  });

  const selfOf = async (user = 'pes') =>
    (await ok(user, PROJECT, { id: project.id })).node.evaluations.find((e: any) => e.kind === 'SELF');

  it('an audit finding caps a 92-point self-evaluation at 中, naming the finding; withdrawing it lifts the cap', async () => {
    const f = (await ok('pes', RECORD, { p: project.id, in: AUDIT_FINDING })).recordSupervisionFinding;
    expect(f).toMatchObject({ status: 'ACTIVE', version: 1, kind: 'AUDIT', documentNo: '尉审报〔2025〕12号' });

    const self = (
      await ok(project.unit, SELF, {
        id: project.id,
        in: { executed: project.budget, outputCompletion: 92, benefitCompletion: 90, satisfactionCompletion: 90 },
      })
    ).submitSelfEvaluation;
    expect(self).toMatchObject({ status: 'FINAL', score: 92, grade: 'MEDIUM' });
    const capped = await selfOf(project.unit);
    expect(capped.uncappedGrade).toBe('EXCELLENT');
    expect(capped.caps).toEqual([
      {
        code: 'AUDIT_FINDINGS',
        applied: true,
        findings: ['尉审报〔2025〕12号'],
        zh: '存在审计或财会监督发现的问题（尉审报〔2025〕12号），评价等级不得为优、良',
        en: 'Audit or financial-supervision findings (尉审报〔2025〕12号): the grade cannot be Excellent or Good',
      },
    ]);
    expect(capped.cappedBecause).toEqual({
      zh: '因审计或财会监督发现问题（尉审报〔2025〕12号），等级限定为中',
      en: 'capped at Medium because of audit or financial-supervision finding 尉审报〔2025〕12号',
    });
    // The database agrees with what the graph shows.
    const [row] = (
      await db.query(
        `SELECT e.grade, e.audit_findings FROM evaluation e JOIN project p ON p.id = e.project_id WHERE p.code = $1 AND e.kind = 'SELF'`,
        [project.code],
      )
    ).rows;
    expect(row).toEqual({ grade: 'MEDIUM', audit_findings: true });

    const w = (await ok('pes', WITHDRAW, { id: f.id, r: '审计整改复核确认问题不成立', v: 1 }))
      .withdrawSupervisionFinding;
    expect(w).toMatchObject({ status: 'WITHDRAWN', version: 2, withdrawnReason: '审计整改复核确认问题不成立' });
    const lifted = await selfOf();
    expect(lifted).toMatchObject({ grade: 'EXCELLENT', uncappedGrade: 'EXCELLENT', caps: [], cappedBecause: null });
    // Withdrawn, not deleted: it stays on the project with its reason.
    const node = (await ok(project.unit, PROJECT, { id: project.id })).node;
    expect(node.supervisionFindings).toEqual([
      {
        id: f.id,
        status: 'WITHDRAWN',
        kind: 'AUDIT',
        documentNo: '尉审报〔2025〕12号',
        withdrawnReason: '审计整改复核确认问题不成立',
      },
    ]);
    // Audited: the record, the regrades and the withdrawal, each with before and after.
    const audits = (
      await db.query(
        `SELECT action, entity, COALESCE(jsonb_typeof(before) = 'object', false) AS has_before, after->>'grade' AS grade FROM audit_log
          WHERE entity IN ('SupervisionFinding', 'Evaluation') AND action IN ('CREATE', 'WITHDRAW', 'REGRADE') ORDER BY id`,
      )
    ).rows;
    expect(audits).toEqual([
      { action: 'CREATE', entity: 'SupervisionFinding', has_before: false, grade: null },
      { action: 'REGRADE', entity: 'Evaluation', has_before: true, grade: 'EXCELLENT' },
      { action: 'WITHDRAW', entity: 'SupervisionFinding', has_before: true, grade: null },
    ]);
  });

  it('major misuse grades 差 outright; correcting it to an audit finding holds it at 中', async () => {
    const misuse = (
      await ok('pes', RECORD, {
        p: project.id,
        in: { ...AUDIT_FINDING, kind: 'MAJOR_MISUSE', documentNo: '尉财监〔2025〕3号', source: '县财政局财会监督' },
      })
    ).recordSupervisionFinding;
    expect(await selfOf()).toMatchObject({
      grade: 'POOR',
      cappedBecause: {
        zh: '因重大违规使用资金（尉财监〔2025〕3号），等级限定为差',
        en: 'capped at Poor because of major misuse of funds 尉财监〔2025〕3号',
      },
    });
    const edited = (
      await ok('pes', EDIT, {
        id: misuse.id,
        v: 1,
        in: { ...AUDIT_FINDING, kind: 'FINANCIAL_SUPERVISION', documentNo: '尉财监〔2025〕3号' },
      })
    ).editSupervisionFinding;
    expect(edited).toMatchObject({ version: 2, kind: 'FINANCIAL_SUPERVISION' });
    expect(await selfOf()).toMatchObject({ grade: 'MEDIUM', uncappedGrade: 'EXCELLENT' });

    // A stale version, a bad date, an empty field, a withdrawal without a reason: refused, nothing moves.
    const conflict = await refused('pes', 'CONFLICT', EDIT, { id: misuse.id, v: 1, in: AUDIT_FINDING });
    expect(conflict.extensions?.field).toBe('version');
    const future = await refused('pes', 'BAD_USER_INPUT', EDIT, {
      id: misuse.id,
      v: 2,
      in: { ...AUDIT_FINDING, foundOn: '2099-01-01' },
    });
    expect(future.extensions?.field).toBe('input.foundOn');
    expect(future.message).toContain('不能晚于今天');
    expect(future.message).toContain('cannot be after today');
    const badDate = await refused('pes', 'BAD_USER_INPUT', RECORD, {
      p: project.id,
      in: { ...AUDIT_FINDING, foundOn: '2025-02-30' },
    });
    expect(badDate.extensions?.field).toBe('input.foundOn');
    const noDoc = await refused('pes', 'BAD_USER_INPUT', RECORD, {
      p: project.id,
      in: { ...AUDIT_FINDING, documentNo: '  ' },
    });
    expect(noDoc.extensions?.field).toBe('input.documentNo');
    await refused('pes', 'BAD_USER_INPUT', RECORD, { p: project.id, in: { ...AUDIT_FINDING, kind: 'RUMOUR' } });
    const noReason = await refused('pes', 'BAD_USER_INPUT', WITHDRAW, { id: misuse.id, r: ' ', v: 2 });
    expect(noReason.extensions?.field).toBe('reason');
    await ok('pes', WITHDRAW, { id: misuse.id, r: '重复录入', v: 2 });
    await refused('pes', 'INVALID_TRANSITION', WITHDRAW, { id: misuse.id, r: '再次撤销', v: 3 });
    await refused('pes', 'INVALID_TRANSITION', EDIT, { id: misuse.id, v: 3, in: AUDIT_FINDING });
    expect(await selfOf()).toMatchObject({ grade: 'EXCELLENT', cappedBecause: null });
  });

  it('only the performance section records; others see findings only on projects in their scope', async () => {
    for (const user of ['budget', 'leader', 'sec-jkw', 'unit-jyj']) {
      await refused(user, 'FORBIDDEN', RECORD, { p: project.id, in: AUDIT_FINDING });
    }
    const f = (await ok('pes', RECORD, { p: project.id, in: { ...AUDIT_FINDING, documentNo: '尉审报〔2025〕20号' } }))
      .recordSupervisionFinding;
    const NODE = `query($id: ID!) { node(id: $id) { ... on SupervisionFinding { documentNo project { code } } } }`;
    // The unit itself, its business section, leadership: they see it.
    for (const user of ['unit-jyj', 'sec-jkw', 'leader', 'budget']) {
      expect((await ok(user, NODE, { id: f.id })).node, user).toEqual({
        documentNo: '尉审报〔2025〕20号',
        project: { code: project.code },
      });
    }
    // Another unit and another business section do not.
    for (const user of ['unit-wjw', 'sec-xzzf']) {
      expect((await ok(user, NODE, { id: f.id })).node, user).toBeNull();
    }
    // A project outside the performance section's county is not found (a made-up id stands for it).
    await refused('pes', 'NOT_FOUND', RECORD, {
      p: Buffer.from('Project:999999').toString('base64url'),
      in: AUDIT_FINDING,
    });
  });
});
