import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/graphql/global-id.js';
import { hashPassword } from '../../src/modules/auth/password.js';
import { gql, login } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';

// Issue 11 §2: the library's own qualitative reference values ("明显改善") pass the target quality checks,
// so a unit can submit (and re-enter) targets built from the library as it stands.

const SAVE = `mutation($p: ID!, $i: [IndicatorDraftInput!]!, $v: Int!) { saveTargets(projectId: $p, indicators: $i, version: $v) { version targetStatus } }`;
const SUBMIT = `mutation($p: ID!, $v: Int!) { submitTargets(projectId: $p, version: $v) { version targetStatus } }`;

const ADMIN_PASSWORD = 'library-admin-password-1';
const TEMPLATE = 'id code fromYear retiredFrom level1 level2 name comparator unitOfMeasure referenceValue quantitative';
const LIBRARY = `query($y: Int, $r: Boolean, $s: String) { indicatorTemplates(first: 100, filter: { year: $y, includeRetired: $r, search: $s }) { totalCount edges { node { ${TEMPLATE} } } } }`;
const CREATE = `mutation($y: Int!, $i: IndicatorTemplateInput!) { createIndicatorTemplate(year: $y, input: $i) { ${TEMPLATE} } }`;
const UPDATE = `mutation($id: ID!, $y: Int!, $i: IndicatorTemplateInput!) { updateIndicatorTemplate(id: $id, year: $y, input: $i) { ${TEMPLATE} } }`;
const RETIRE = `mutation($id: ID!, $y: Int!) { retireIndicatorTemplate(id: $id, year: $y) { ${TEMPLATE} } }`;

describe('targets built from the indicator library', () => {
  const ctx = useServer();
  let db: pg.Client;
  let unit: string;
  let admin: string;
  let regionId: number;
  let unitId: number;
  let projectId: number;
  let qualitative: { id: number; level2: string; name: string; reference_value: string };
  let output: { id: number; level2: string; name: string; reference_value: string; unit_of_measure: string };

  beforeAll(async () => {
    unit = await login(ctx.graphqlUrl, 'unit-jyj');
    db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    const { rows: u } = await db.query(
      `SELECT u.id, u.region_id FROM unit u JOIN app_user a ON a.unit_id = u.id WHERE a.username = 'unit-jyj'`,
    );
    await db.query(
      `INSERT INTO app_user (username, password_hash, display_name, role, region_id) VALUES ('library-admin', $1, '指标库管理员', 'ADMIN', $2)`,
      [await hashPassword(ADMIN_PASSWORD), u[0].region_id],
    );
    admin = await login(ctx.graphqlUrl, 'library-admin', ADMIN_PASSWORD);
    regionId = u[0].region_id;
    unitId = u[0].id;
    const { rows: p } = await db.query(
      `INSERT INTO project (region_id, year, unit_id, fund_family, code, name, budget, kind, budgeted_on, target_status)
       VALUES ($1, 2024, $2, 'GENERAL_PUBLIC', 'LIB-2024-001', '指标库目标测试项目', 100000, 'RECURRING', '2024-01-01', 'DRAFT')
       RETURNING id`,
      [u[0].region_id, u[0].id],
    );
    projectId = p[0].id;
    [qualitative] = (
      await db.query(
        `SELECT id, level2, name, reference_value FROM indicator_template WHERE comparator = 'QUALITATIVE' AND reference_value = '明显改善' ORDER BY code LIMIT 1`,
      )
    ).rows;
    [output] = (
      await db.query(
        `SELECT id, level2, name, reference_value, unit_of_measure FROM indicator_template
          WHERE level1 = 'OUTPUT' AND comparator = 'GE' AND unit_of_measure <> '' ORDER BY code LIMIT 1`,
      )
    ).rows;
  });
  afterAll(() => db?.end());

  const version = async () =>
    (await db.query(`SELECT version FROM project WHERE id = $1`, [projectId])).rows[0].version as number;
  const drafts = (targetText: string) => [
    {
      templateId: toGlobalId('IndicatorTemplate', output.id),
      level1: 'OUTPUT',
      level2: output.level2,
      name: output.name,
      comparator: 'GE',
      targetValue: '100',
      unitOfMeasure: output.unit_of_measure,
      weight: 60,
      isKey: true,
    },
    {
      templateId: toGlobalId('IndicatorTemplate', qualitative.id),
      level1: 'BENEFIT',
      level2: qualitative.level2,
      name: qualitative.name,
      comparator: 'QUALITATIVE',
      targetText,
      weight: 40,
    },
  ];

  it('refuses a vague wording of its own on a library indicator, naming the field, and changes nothing', async () => {
    const before = await version();
    const res = await gql(
      ctx.graphqlUrl,
      SAVE,
      { p: toGlobalId('Project', projectId), i: drafts('明显好转'), v: before },
      unit,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors?.[0]?.extensions?.fields)).toContain('indicators[1].targetText');
    expect(await version()).toBe(before);
  });

  it('accepts the library’s own reference value ("明显改善") on save and on submit', async () => {
    const p = toGlobalId('Project', projectId);
    const saved = await gql(
      ctx.graphqlUrl,
      SAVE,
      { p, i: drafts(qualitative.reference_value), v: await version() },
      unit,
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveTargets.targetStatus).toBe('DRAFT');
    const submitted = await gql(ctx.graphqlUrl, SUBMIT, { p, v: saved.data!.saveTargets.version }, unit);
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data!.submitTargets.targetStatus).toBe('SUBMITTED');
  });

  it('keeps refusing the same words on an own indicator (no library template)', async () => {
    await db.query(`UPDATE project SET target_status = 'RETURNED' WHERE id = $1`, [projectId]);
    const own = drafts(qualitative.reference_value).map((d) => ({ ...d, templateId: null }));
    const res = await gql(
      ctx.graphqlUrl,
      SAVE,
      { p: toGlobalId('Project', projectId), i: own, v: await version() },
      unit,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors?.[0]?.extensions?.fields)).toContain('indicators[1].targetText');
  });

  // --- The library versioned per year ---------------------------------------------------------------------
  const library = async (year: number | null, search: string, includeRetired = false) =>
    (
      await gql(ctx.graphqlUrl, LIBRARY, { y: year, r: includeRetired, s: search }, unit)
    ).data!.indicatorTemplates.edges.map((e: any) => e.node);
  const NEW = {
    groupCode: '',
    code: 'T-2025-01',
    level1: 'OUTPUT',
    level2: '数量指标',
    name: '智慧课堂建设数量',
    comparator: 'GE',
    unitOfMeasure: '间',
    referenceValue: '12',
  };
  const auditCount = async () =>
    (await db.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'IndicatorTemplate'`)).rows[0].n;

  it('an administrator adds a template to 2025’s library: in 2025’s and later years’, not in 2024’s', async () => {
    const [{ code: groupCode }] = (await db.query(`SELECT code FROM indicator_group ORDER BY code LIMIT 1`)).rows;
    NEW.groupCode = groupCode;
    const res = await gql(ctx.graphqlUrl, CREATE, { y: 2025, i: NEW }, admin);
    expect(res.errors).toBeUndefined();
    expect(res.data!.createIndicatorTemplate).toMatchObject({ code: 'T-2025-01', fromYear: 2025, retiredFrom: null });
    expect((await library(2025, '智慧课堂')).map((t: any) => t.code)).toEqual(['T-2025-01']);
    expect((await library(2026, '智慧课堂')).map((t: any) => t.code)).toEqual(['T-2025-01']);
    expect(await library(2024, '智慧课堂')).toEqual([]);
    const [entry] = (
      await db.query(`SELECT before, after FROM audit_log WHERE entity = 'IndicatorTemplate' AND action = 'CREATE'`)
    ).rows;
    expect(entry).toMatchObject({ before: null, after: { code: 'T-2025-01', fromYear: 2025 } });
  });

  it.each([
    ['an unknown group', { groupCode: 'NOPE' }, 'input.groupCode'],
    ['a code already in the library', { code: 'T-2025-01' }, 'input.code'],
    ['an unknown comparator', { code: 'T-2025-02', comparator: 'ABOUT' }, 'input.comparator'],
    ['a quantitative template without a unit', { code: 'T-2025-02', unitOfMeasure: ' ' }, 'input.unitOfMeasure'],
    ['text as a quantitative reference value', { code: 'T-2025-02', referenceValue: '很多' }, 'input.referenceValue'],
  ])('refuses %s, naming the field, and changes nothing', async (_, change, field) => {
    const before = await auditCount();
    const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM indicator_template`)).rows;
    const res = await gql(ctx.graphqlUrl, CREATE, { y: 2025, i: { ...NEW, ...change } }, admin);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.errors?.[0]?.message).toMatch(/[\u4e00-\u9fff].* \/ [A-Za-z]/);
    expect((await db.query(`SELECT count(*)::int AS n FROM indicator_template`)).rows[0].n).toBe(n);
    expect(await auditCount()).toBe(before);
  });

  it('refuses library changes to everyone but an administrator', async () => {
    const res = await gql(ctx.graphqlUrl, CREATE, { y: 2025, i: { ...NEW, code: 'T-2025-09' } }, unit);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('editing a template for 2025 makes a new version; 2024’s library and its targets keep the old one', async () => {
    const old = (await library(2024, output.name)).find((t: any) => t.name === output.name);
    const res = await gql(
      ctx.graphqlUrl,
      UPDATE,
      {
        id: old.id,
        y: 2025,
        i: {
          ...NEW,
          groupCode: NEW.groupCode,
          code: old.code,
          name: `${output.name}（2025版）`,
          level2: old.level2,
          unitOfMeasure: old.unitOfMeasure,
          referenceValue: '120',
        },
      },
      admin,
    );
    expect(res.errors).toBeUndefined();
    const v2 = res.data!.updateIndicatorTemplate;
    expect(v2).toMatchObject({ code: old.code, fromYear: 2025, retiredFrom: null, referenceValue: '120' });
    expect(v2.id).not.toBe(old.id);
    expect((await library(2024, output.name)).map((t: any) => t.id)).toContain(old.id);
    expect((await library(2025, output.name)).map((t: any) => t.id)).toEqual([v2.id]);
    const [entry] = (
      await db.query(`SELECT before, after FROM audit_log WHERE entity = 'IndicatorTemplate' AND action = 'UPDATE'`)
    ).rows;
    expect(entry.before).toMatchObject({ name: output.name, retiredFrom: null });
    expect(entry.after).toMatchObject({ name: `${output.name}（2025版）`, fromYear: 2025 });
    // The 2024 project submitted above still carries the old version.
    const { rows } = await db.query(
      `SELECT template_id FROM project_indicator WHERE project_id = $1 AND template_id = $2`,
      [projectId, output.id],
    );
    expect(rows).toHaveLength(1);
  });

  it('a template retired from 2025 stays on old targets and cannot be chosen for a 2025 project', async () => {
    const qid = toGlobalId('IndicatorTemplate', qualitative.id);
    const res = await gql(ctx.graphqlUrl, RETIRE, { id: qid, y: 2025 }, admin);
    expect(res.errors).toBeUndefined();
    expect(res.data!.retireIndicatorTemplate).toMatchObject({ retiredFrom: 2025 });
    expect((await library(2025, qualitative.name)).map((t: any) => t.id)).not.toContain(qid);
    expect((await library(2024, qualitative.name)).map((t: any) => t.id)).toContain(qid);
    expect((await library(null, qualitative.name, true)).map((t: any) => t.id)).toContain(qid);
    // The 2025 library with its retired versions: the retired template is back, marked by retiredFrom.
    const with2025 = await library(2025, qualitative.name, true);
    expect(with2025.find((t: any) => t.id === qid)).toMatchObject({ retiredFrom: 2025 });

    // The 2024 project, returned, re-saves its targets with the retired template: it keeps it.
    const v = await version();
    const kept = await gql(
      ctx.graphqlUrl,
      SAVE,
      { p: toGlobalId('Project', projectId), i: drafts(qualitative.reference_value), v },
      unit,
    );
    expect(kept.errors).toBeUndefined();

    // A new 2025 project cannot choose it.
    const { rows: p } = await db.query(
      `INSERT INTO project (region_id, year, unit_id, fund_family, code, name, budget, kind, budgeted_on, target_status)
       VALUES ($1, 2025, $2, 'GENERAL_PUBLIC', 'LIB-2025-001', '指标库版本测试项目', 100000, 'NEW', '2025-01-01', 'DRAFT') RETURNING id, version`,
      [regionId, unitId],
    );
    const before = await db.query(`SELECT count(*)::int AS n FROM project_indicator WHERE project_id = $1`, [p[0].id]);
    // The output indicator from its 2025 version (the edit above); the qualitative one is retired.
    const [output2025] = (await library(2025, output.name)) as { id: string }[];
    const current2025 = drafts(qualitative.reference_value).map((d, i) =>
      i === 0 ? { ...d, templateId: output2025!.id } : d,
    );
    const refused = await gql(
      ctx.graphqlUrl,
      SAVE,
      { p: toGlobalId('Project', p[0].id), i: current2025, v: p[0].version },
      unit,
    );
    expect(refused.errors?.[0]?.message).toContain('2025');
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'indicators[1].templateId',
    });
    const after = await db.query(`SELECT count(*)::int AS n FROM project_indicator WHERE project_id = $1`, [p[0].id]);
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });
});
