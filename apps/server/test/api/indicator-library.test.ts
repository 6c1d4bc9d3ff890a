import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId, toGlobalId } from '../../src/graphql/global-id.js';
import { hashPassword } from '../../src/modules/auth/password.js';
import { gql, login } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';

// Issue 11 §2: the library's own qualitative reference values ("明显改善") pass the target quality checks,
// so a unit can submit (and re-enter) targets built from the library as it stands.

const SAVE = `mutation($p: ID!, $i: [IndicatorDraftInput!]!, $v: Int!) { saveTargets(projectId: $p, indicators: $i, version: $v) { version targetStatus } }`;
const SUBMIT = `mutation($p: ID!, $v: Int!) { submitTargets(projectId: $p, version: $v) { version targetStatus } }`;

const ADMIN_PASSWORD = 'library-admin-password-1';
const TEMPLATE =
  'id code fromYear retiredFrom level1 level2 name comparator unitOfMeasure referenceValue quantitative version regionName administered';
const LIBRARY = `query($y: Int, $r: Boolean, $s: String) { indicatorTemplates(first: 100, filter: { year: $y, includeRetired: $r, search: $s }) { totalCount edges { node { ${TEMPLATE} } } } }`;
const CREATE = `mutation($y: Int!, $i: IndicatorTemplateInput!) { createIndicatorTemplate(year: $y, input: $i) { ${TEMPLATE} } }`;
const UPDATE = `mutation($id: ID!, $y: Int!, $i: IndicatorTemplateInput!, $v: Int!) { updateIndicatorTemplate(id: $id, year: $y, input: $i, version: $v) { ${TEMPLATE} } }`;
const RETIRE = `mutation($id: ID!, $y: Int!, $v: Int!) { retireIndicatorTemplate(id: $id, year: $y, version: $v) { ${TEMPLATE} } }`;

describe('targets built from the indicator library', () => {
  const ctx = useServer();
  let db: pg.Client;
  let unit: string;
  /** The province's administrator (the demo's library is the province's), and the county's. */
  let admin: string;
  let countyAdmin: string;
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
      `INSERT INTO app_user (username, password_hash, display_name, role, region_id)
       VALUES ('library-admin', $1, '省指标库管理员', 'ADMIN', (SELECT id FROM region WHERE parent_id IS NULL)),
              ('county-library-admin', $1, '县指标库管理员', 'ADMIN', $2)`,
      [await hashPassword(ADMIN_PASSWORD), u[0].region_id],
    );
    admin = await login(ctx.graphqlUrl, 'library-admin', ADMIN_PASSWORD);
    countyAdmin = await login(ctx.graphqlUrl, 'county-library-admin', ADMIN_PASSWORD);
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
        v: old.version,
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
    const [{ version: v0 }] = (await db.query(`SELECT version FROM indicator_template WHERE id = $1`, [qualitative.id]))
      .rows;
    const res = await gql(ctx.graphqlUrl, RETIRE, { id: qid, y: 2025, v: v0 }, admin);
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
  // --- Each region's library (issue 11 §2: administration "within its region only") ---------------------------
  const templatesOf = async (token: string, search: string) =>
    (await gql(ctx.graphqlUrl, LIBRARY, { y: 2025, r: false, s: search }, token)).data!.indicatorTemplates.edges.map(
      (e: any) => e.node,
    );
  const rowOf = async (id: string) =>
    (
      await db.query(
        `SELECT name, reference_value, version, from_year, retired_from, region_id FROM indicator_template WHERE id = $1`,
        [Number(fromGlobalId(id)!.key)],
      )
    ).rows[0];

  it('a county administrator sees the province’s templates but cannot edit or retire them; the row stays', async () => {
    const [{ id, name }] = (
      await db.query(
        `SELECT id, name FROM indicator_template WHERE retired_from IS NULL
            AND region_id = (SELECT id FROM region WHERE parent_id IS NULL) ORDER BY code DESC LIMIT 1`,
      )
    ).rows;
    const [{ name: province }] = (await db.query(`SELECT name FROM region WHERE parent_id IS NULL`)).rows;
    const gid = toGlobalId('IndicatorTemplate', id);
    const seen = (await templatesOf(countyAdmin, name)).find((t: any) => t.id === gid);
    expect(seen).toMatchObject({ regionName: province, administered: false });
    expect((await templatesOf(admin, name)).find((t: any) => t.id === gid)).toMatchObject({ administered: true });

    const before = await rowOf(gid);
    const audits = await auditCount();
    const input = { ...NEW, code: seen.code, name: `${name}（县改）` };
    const edit = await gql(ctx.graphqlUrl, UPDATE, { id: gid, y: 2025, v: seen.version, i: input }, countyAdmin);
    expect(edit.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'id' });
    expect(edit.errors?.[0]?.message).toMatch(/[\u4e00-\u9fff].* \/ [A-Za-z]/);
    const retire = await gql(ctx.graphqlUrl, RETIRE, { id: gid, y: 2025, v: seen.version }, countyAdmin);
    expect(retire.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await rowOf(gid)).toEqual(before);
    expect(await auditCount()).toBe(audits);
  });

  it('a county administrator’s template is its county’s: the next county neither sees, edits nor chooses it', async () => {
    // A county next door, with an administrator of its own.
    const [county] = (
      await db.query(
        `INSERT INTO region (parent_id, code, name, level, path)
         SELECT parent_id, '652898', '邻县', 'COUNTY', path FROM region WHERE id = $1 RETURNING id`,
        [regionId],
      )
    ).rows;
    await db.query(
      `UPDATE region SET path = (SELECT p.path FROM region p WHERE p.id = region.parent_id) || id || '/' WHERE id = $1`,
      [county.id],
    );
    await db.query(
      `INSERT INTO app_user (username, password_hash, display_name, role, region_id)
       VALUES ('neighbour-library-admin', $1, '邻县指标库管理员', 'ADMIN', $2)`,
      [await hashPassword(ADMIN_PASSWORD), county.id],
    );
    const neighbour = await login(ctx.graphqlUrl, 'neighbour-library-admin', ADMIN_PASSWORD);

    // Both counties add a template with the same code: each library is its own, nothing of the other shows.
    const ours = await gql(
      ctx.graphqlUrl,
      CREATE,
      { y: 2025, i: { ...NEW, code: 'T-R-01', name: '本县专属指标' } },
      countyAdmin,
    );
    expect(ours.errors).toBeUndefined();
    const [{ name: countyName }] = (await db.query(`SELECT name FROM region WHERE id = $1`, [regionId])).rows;
    expect(ours.data!.createIndicatorTemplate).toMatchObject({ regionName: countyName, administered: true });
    const theirs = await gql(
      ctx.graphqlUrl,
      CREATE,
      { y: 2025, i: { ...NEW, code: 'T-R-01', name: '邻县专属指标' } },
      neighbour,
    );
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data!.createIndicatorTemplate).toMatchObject({ regionName: '邻县', administered: true });
    const theirId = theirs.data!.createIndicatorTemplate.id;

    expect((await templatesOf(neighbour, '专属指标')).map((t: any) => t.name)).toEqual(['邻县专属指标']);
    expect((await templatesOf(countyAdmin, '专属指标')).map((t: any) => t.name)).toEqual(['本县专属指标']);
    expect((await templatesOf(unit, '专属指标')).map((t: any) => t.name)).toEqual(['本县专属指标']);
    // The province's administrator oversees both.
    expect((await templatesOf(admin, '专属指标')).map((t: any) => t.name).sort()).toEqual(
      ['本县专属指标', '邻县专属指标'].sort(),
    );

    // Editing the other county's template: as if it did not exist, and it stays as it was.
    const before = await rowOf(theirId);
    const edit = await gql(
      ctx.graphqlUrl,
      UPDATE,
      { id: theirId, y: 2025, v: 1, i: { ...NEW, code: 'T-R-01', name: '改名' } },
      countyAdmin,
    );
    expect(edit.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const retire = await gql(ctx.graphqlUrl, RETIRE, { id: theirId, y: 2025, v: 1 }, countyAdmin);
    expect(retire.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await rowOf(theirId)).toEqual(before);

    // A unit of the county builds targets from its own library, not from the next county's.
    const { rows: p } = await db.query(
      `INSERT INTO project (region_id, year, unit_id, fund_family, code, name, budget, kind, budgeted_on, target_status)
       VALUES ($1, 2025, $2, 'GENERAL_PUBLIC', 'LIB-2025-002', '地区指标库测试项目', 100000, 'NEW', '2025-01-01', 'DRAFT') RETURNING id, version`,
      [regionId, unitId],
    );
    const draft = (templateId: string) => [
      {
        templateId,
        level1: 'OUTPUT',
        level2: NEW.level2,
        name: '专属指标',
        comparator: 'GE',
        targetValue: '12',
        unitOfMeasure: NEW.unitOfMeasure,
        weight: 100,
      },
    ];
    const pid = toGlobalId('Project', p[0].id);
    const refused = await gql(ctx.graphqlUrl, SAVE, { p: pid, i: draft(theirId), v: p[0].version }, unit);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'indicators[0].templateId',
    });
    const saved = await gql(
      ctx.graphqlUrl,
      SAVE,
      { p: pid, i: draft(ours.data!.createIndicatorTemplate.id), v: p[0].version },
      unit,
    );
    expect(saved.errors).toBeUndefined();
  });

  it('an edit or retirement from a stale version is a CONFLICT and leaves the row as it was', async () => {
    const [mine] = (await templatesOf(countyAdmin, '本县专属指标')) as any[];
    const fresh = await gql(
      ctx.graphqlUrl,
      UPDATE,
      {
        id: mine.id,
        y: 2025,
        v: mine.version,
        i: { ...NEW, code: 'T-R-01', name: '本县专属指标', referenceValue: '15' },
      },
      countyAdmin,
    );
    expect(fresh.errors).toBeUndefined();
    expect(fresh.data!.updateIndicatorTemplate).toMatchObject({ id: mine.id, version: mine.version + 1 });

    const before = await rowOf(mine.id);
    const audits = await auditCount();
    const stale = await gql(
      ctx.graphqlUrl,
      UPDATE,
      {
        id: mine.id,
        y: 2025,
        v: mine.version,
        i: { ...NEW, code: 'T-R-01', name: '本县专属指标', referenceValue: '99' },
      },
      countyAdmin,
    );
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      current: mine.version + 1,
      expected: mine.version,
    });
    expect(stale.errors?.[0]?.message).toMatch(/^指标库模板已被他人修改.* \/ .*reload and try again$/);
    const staleRetire = await gql(ctx.graphqlUrl, RETIRE, { id: mine.id, y: 2025, v: mine.version }, countyAdmin);
    expect(staleRetire.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await rowOf(mine.id)).toEqual(before);
    expect(before).toMatchObject({ reference_value: '15', retired_from: null });
    expect(await auditCount()).toBe(audits);

    const retired = await gql(ctx.graphqlUrl, RETIRE, { id: mine.id, y: 2025, v: mine.version + 1 }, countyAdmin);
    expect(retired.data!.retireIndicatorTemplate).toMatchObject({ retiredFrom: 2025, version: mine.version + 2 });
  });
});
