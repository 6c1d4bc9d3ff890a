import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/graphql/global-id.js';
import { hashPassword } from '../../src/modules/auth/password.js';
import { gql, login } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';

// Issue 11 §2: the expert library (专家库). An administrator keeps it within its regions (one transaction,
// audited, named errors); key evaluations and agency re-assessments draw their panel from it, never an
// expert conflicted with the project's unit, reproducibly from the seed in the audit; too few is refused.

const EXPERT = 'id name field organisation contact active regionName version conflicts { id name }';
const LIST = `query($s: String, $a: Boolean) { experts(search: $s, activeOnly: $a) { ${EXPERT} } }`;
const CREATE = `mutation($i: ExpertInput!) { createExpert(input: $i) { ${EXPERT} } }`;
const UPDATE = `mutation($id: ID!, $i: ExpertInput!, $v: Int!) { updateExpert(id: $id, input: $i, version: $v) { ${EXPERT} } }`;
const ASSIGN = `mutation($p: ID!, $a: ID!) { assignKeyEvaluation(projectId: $p, agencyId: $a) { id } }`;
const PASSWORD = 'expert-admin-password-1';

describe('the expert library and the panels drawn from it', () => {
  const ctx = useServer();
  let db: pg.Client;
  const t: Record<string, string> = {};
  const q = async (text: string, values: unknown[] = []) => (await db.query(text, values)).rows as any[];
  const as = (user: string, query: string, variables: Record<string, unknown> = {}) =>
    gql(ctx.graphqlUrl, query, variables, t[user]);
  const probe = `SELECT (SELECT count(*) FROM expert)::int AS experts, (SELECT string_agg(x.id || x.name || x.active || x.version, ',' ORDER BY x.id) FROM expert x) AS state,
    (SELECT count(*) FROM expert_conflict)::int AS conflicts, (SELECT count(*) FROM expert_panel_member)::int AS panels,
    (SELECT count(*) FROM evaluation)::int AS evaluations, (SELECT count(*) FROM audit_log WHERE action NOT LIKE 'LOGIN%' AND action <> 'TOKEN_USED')::int AS audit`;
  let jyj: { id: number; region_id: number };
  let agency: string;

  beforeAll(async () => {
    db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    [jyj] = await q(`SELECT id, region_id FROM unit WHERE code = 'jyj'`);
    await q(
      `INSERT INTO app_user (username, password_hash, display_name, role, region_id) VALUES ('expert-admin', $1, '专家库管理员', 'ADMIN', $2)`,
      [await hashPassword(PASSWORD), jyj.region_id],
    );
    t.admin = await login(ctx.graphqlUrl, 'expert-admin', PASSWORD);
    t.pes = await login(ctx.graphqlUrl, 'pes');
    const [a] = await q(`SELECT id FROM agency WHERE code = 'xinhe'`);
    agency = toGlobalId('Agency', a.id);
  });
  afterAll(() => db?.end());

  const newProject = async (code: string) => {
    const [p] = await q(
      `INSERT INTO project (region_id, year, unit_id, fund_family, code, name, budget, kind, budgeted_on, target_status)
       VALUES ($1, 2024, $2, 'GENERAL_PUBLIC', $3, '专家抽取测试项目', 800000, 'RECURRING', '2024-01-01', 'APPROVED') RETURNING id`,
      [jyj.region_id, jyj.id, code],
    );
    return p.id as number;
  };

  it('lists the demo county’s experts to its administrator, and to no one else', async () => {
    const res = await as('admin', LIST);
    expect(res.errors).toBeUndefined();
    expect(res.data!.experts).toHaveLength(8);
    expect(res.data!.experts.find((x: any) => x.name === '李秀兰').conflicts.map((c: any) => c.name)).toEqual([
      '尉犁县教育局',
    ]);
    expect((await as('pes', LIST)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('adds an expert with a conflicted unit in one audited transaction', async () => {
    const res = await as('admin', CREATE, {
      i: {
        name: '孙明',
        field: '教育',
        organisation: '尉犁县第一中学',
        contact: '0996-0000000',
        conflictUnitIds: [toGlobalId('Unit', jyj.id)],
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createExpert).toMatchObject({
      name: '孙明',
      active: true,
      version: 1,
      conflicts: [{ name: '尉犁县教育局' }],
    });
    const [entry] = await q(
      `SELECT before, after FROM audit_log WHERE action = 'CREATE' AND entity = 'Expert' ORDER BY id DESC LIMIT 1`,
    );
    expect(entry.before).toBeNull();
    expect(entry.after).toMatchObject({ name: '孙明', conflictUnitIds: [jyj.id] });
  });

  it.each([
    ['a blank name', { name: ' ' }, 'input.name'],
    ['an unknown conflicted unit', { conflictUnitIds: [toGlobalId('Unit', 999999)] }, 'input.conflictUnitIds[0]'],
    ['a unit id of another type', { conflictUnitIds: [toGlobalId('Agency', 1)] }, 'input.conflictUnitIds[0]'],
  ])('refuses %s, naming the field in Chinese and English, and changes nothing', async (_, change, field) => {
    const before = await q(probe);
    const res = await as('admin', CREATE, {
      i: { name: '钱多', field: '财务', organisation: '某会计师事务所', conflictUnitIds: [], ...change },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.errors?.[0]?.message).toMatch(/[\u4e00-\u9fff].* \/ [A-Za-z]/);
    expect(await q(probe)).toEqual(before);
  });

  it('changes an expert with before and after in the audit, and refuses a stale version', async () => {
    const [x] = await q(`SELECT id, version FROM expert WHERE name = '王建华'`);
    const input = { name: '王建华', field: '财务会计', organisation: '新疆财经大学会计学院', conflictUnitIds: [] };
    const res = await as('admin', UPDATE, { id: toGlobalId('Expert', x.id), i: input, v: x.version });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateExpert).toMatchObject({ organisation: '新疆财经大学会计学院', version: x.version + 1 });
    const [entry] = await q(
      `SELECT before, after FROM audit_log WHERE entity = 'Expert' AND entity_id = $1 ORDER BY id DESC LIMIT 1`,
      [x.id],
    );
    expect(entry.before.organisation).toBe('新疆财经大学');
    expect(entry.after.organisation).toBe('新疆财经大学会计学院');
    const before = await q(probe);
    const stale = await as('admin', UPDATE, { id: toGlobalId('Expert', x.id), i: input, v: x.version });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await q(probe)).toEqual(before);
  });

  it('draws a key evaluation’s panel from the library, skipping the unit’s conflicted experts, reproducibly', async () => {
    const projectId = await newProject('EXPERT-2024-001');
    const res = await as('pes', ASSIGN, { p: toGlobalId('Project', projectId), a: agency });
    expect(res.errors).toBeUndefined();
    const [e] = await q(`SELECT id FROM evaluation WHERE project_id = $1 AND kind = 'KEY'`, [projectId]);
    const panel = await q(
      `SELECT m.expert_id, m.seed FROM expert_panel_member m WHERE m.evaluation_id = $1 ORDER BY m.id`,
      [e.id],
    );
    expect(panel).toHaveLength(3);
    // The oracle: the same seed over the eligible experts, in SQL.
    const expected = await q(
      `SELECT x.id FROM expert x WHERE x.region_id = $1 AND x.active
          AND x.id NOT IN (SELECT expert_id FROM expert_conflict WHERE unit_id = $2)
        ORDER BY md5($3 || ':' || x.id), x.id LIMIT 3`,
      [jyj.region_id, jyj.id, panel[0].seed],
    );
    expect(panel.map((m) => m.expert_id)).toEqual(expected.map((x) => x.id));
    const conflicted = await q(`SELECT expert_id FROM expert_conflict WHERE unit_id = $1`, [jyj.id]);
    expect(conflicted.length).toBeGreaterThanOrEqual(2);
    for (const c of conflicted) expect(panel.map((m) => m.expert_id)).not.toContain(c.expert_id);
    const [entry] = await q(
      `SELECT after FROM audit_log WHERE entity = 'Evaluation' AND entity_id = $1 AND action = 'CREATE'`,
      [e.id],
    );
    expect(entry.after.panel).toMatchObject({ seed: panel[0].seed });
    expect(entry.after.panel.experts.map((x: any) => x.id)).toEqual(expected.map((x) => x.id));
  });

  it('refuses the assignment clearly when too few experts are eligible, and changes nothing', async () => {
    const projectId = await newProject('EXPERT-2024-002');
    // Retire experts until only two without a conflict with 教育局 remain.
    const eligible = await q(
      `SELECT x.id, x.name, x.field, x.organisation, x.version FROM expert x WHERE x.active
          AND x.id NOT IN (SELECT expert_id FROM expert_conflict WHERE unit_id = $1) ORDER BY x.id`,
      [jyj.id],
    );
    for (const x of eligible.slice(2)) {
      const res = await as('admin', UPDATE, {
        id: toGlobalId('Expert', x.id),
        i: { name: x.name, field: x.field, organisation: x.organisation, active: false, conflictUnitIds: [] },
        v: x.version,
      });
      expect(res.errors).toBeUndefined();
      expect(res.data!.updateExpert.active).toBe(false);
    }
    const before = await q(probe);
    const res = await as('pes', ASSIGN, { p: toGlobalId('Project', projectId), a: agency });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      field: 'experts',
      needed: 3,
      eligible: 2,
    });
    expect(res.errors?.[0]?.message).toContain('专家库中可抽取的专家不足');
    expect(res.errors?.[0]?.message).toContain('Not enough experts');
    expect(await q(probe)).toEqual(before);
  });

  it('draws the agency re-assessment’s panel from the eligible experts too, recorded with its seed', async () => {
    // Two experts without a conflict remain after the test above: bring one back so three are eligible.
    const [x] = await q(
      `SELECT id, name, field, organisation, version FROM expert WHERE NOT active ORDER BY id LIMIT 1`,
    );
    const back = await as('admin', UPDATE, {
      id: toGlobalId('Expert', x.id),
      i: { name: x.name, field: x.field, organisation: x.organisation, active: true, conflictUnitIds: [] },
      v: x.version,
    });
    expect(back.errors).toBeUndefined();
    const projectId = await newProject('EXPERT-2024-003');
    const [a] = await q(
      `INSERT INTO ex_ante_assessment (project_id, status, submitted_on, section_opinion) VALUES ($1, 'FIRST_REVIEWED', '2024-01-05', '同意') RETURNING id, version`,
      [projectId],
    );
    const res = await as(
      'pes',
      `mutation($p: ID!, $a: ID!, $v: Int!) { sendExAnteToAgency(projectId: $p, agencyId: $a, version: $v) { id } }`,
      {
        p: toGlobalId('Project', projectId),
        a: agency,
        v: a.version,
      },
    );
    expect(res.errors).toBeUndefined();
    const panel = await q(
      `SELECT expert_id, seed FROM expert_panel_member WHERE ex_ante_assessment_id = $1 ORDER BY id`,
      [a.id],
    );
    expect(panel).toHaveLength(3);
    const conflicted = (await q(`SELECT expert_id FROM expert_conflict WHERE unit_id = $1`, [jyj.id])).map(
      (c) => c.expert_id,
    );
    for (const m of panel) expect(conflicted).not.toContain(m.expert_id);
    const [entry] = await q(
      `SELECT after FROM audit_log WHERE entity = 'ExAnteAssessment' AND entity_id = $1 AND action = 'ASSIGN'`,
      [a.id],
    );
    expect(entry.after.panel.seed).toBe(panel[0].seed);
  });
});
