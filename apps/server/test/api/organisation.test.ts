import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVER_DIR } from '../../src/config.js';
import { gql, login } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';

// Issue 11 §2 (organisation): an administrator manages the region tree, sections, units and agencies of its
// own regions over HTTP; every refusal names its field and leaves the database as it was.

const CLI = resolve(SERVER_DIR, 'dist/admin/cli.js');
const NEW_PASSWORD = 'Organisation-2026-safe';

function admin(databaseUrl: string, ...args: string[]): Promise<string> {
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd: SERVER_DIR, env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'production' } },
      (error, stdout, stderr) => (error ? fail(new Error(stderr)) : done(stdout)),
    );
  });
}

const ORG = `{ organisation { regions { code name level parentCode bureauName version }
  sections { id code name kind ownedFundFamily unitCount version regionCode }
  units { id code name classified active sectionId sectionName version regionCode }
  agencies { id code name creditCode version staff { username } } } }`;
const UNIT_FIELDS = 'id code name classified active sectionId sectionName version regionCode';
const SECTION_FIELDS = 'id code name kind ownedFundFamily unitCount version';
const AGENCY_FIELDS = 'id code name creditCode version staff { username }';

describe('organisation: regions, sections, units and agencies, administered within the admin’s regions', () => {
  const ctx = useServer();
  let db: pg.Client;
  const q = async <T = Record<string, any>>(text: string, values: unknown[] = []) =>
    (await db.query(text, values)).rows as T[];
  const tokens: Record<string, string> = {};
  const s = { county: '', prefecture: '', business: '', fund: '', unit: '', unitVersion: 0, agency: '' };

  /** Every organisation table and the audit log, as text: a refusal must leave it exactly as it was. */
  const snapshot = async () =>
    (
      await q(`SELECT (SELECT string_agg(row(r.*)::text, ',' ORDER BY id) FROM region r) AS regions,
        (SELECT string_agg(row(x.*)::text, ',' ORDER BY id) FROM section x) AS sections,
        (SELECT string_agg(row(u.*)::text, ',' ORDER BY id) FROM unit u) AS units,
        (SELECT string_agg(row(a.*)::text, ',' ORDER BY id) FROM agency a) AS agencies,
        (SELECT count(*) FROM audit_log WHERE action NOT LIKE 'LOGIN%' AND action <> 'TOKEN_USED') AS changes`)
    )[0];
  const call = (who: string, query: string, variables: Record<string, unknown> = {}) =>
    gql(ctx.graphqlUrl, query, variables, tokens[who]);
  const ok = async (who: string, query: string, variables: Record<string, unknown> = {}) => {
    const res = await call(who, query, variables);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data!;
  };
  /** The call is refused with `code` naming `field`, and nothing in the database moved. */
  const refused = async (
    who: string,
    query: string,
    variables: Record<string, unknown>,
    code: string,
    field?: string,
  ) => {
    const before = await snapshot();
    const res = await call(who, query, variables);
    expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res.errors)).toBe(code);
    if (field) expect(res.errors![0]!.extensions!.field).toBe(field);
    expect(res.errors![0]!.message).toMatch(/[\u4e00-\u9fff].* \/ .*[A-Za-z]{3}/);
    expect(await snapshot()).toEqual(before);
    return res.errors![0]!;
  };

  async function adminToken(username: string, region: string) {
    const out = await admin(ctx.databaseUrl, 'create-admin', '--region', region, '--username', username);
    const password = /password(?: of \S+)?: (\S+)/.exec(out)![1]!;
    const token = await login(ctx.graphqlUrl, username, password);
    const res = await gql<{ changePassword: { token: string } }>(
      ctx.graphqlUrl,
      `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { token } }`,
      { c: password, n: NEW_PASSWORD },
      token,
    );
    return res.data!.changePassword.token;
  }

  beforeAll(async () => {
    db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    const regions = await q<{ code: string; level: string }>(`SELECT code, level FROM region`);
    s.county = regions.find((r) => r.level === 'COUNTY')!.code;
    s.prefecture = regions.find((r) => r.level === 'PREFECTURE')!.code;
    tokens.county = await adminToken('org-admin-c', s.county);
    tokens.prefecture = await adminToken('org-admin-p', s.prefecture);
    tokens.pes = await login(ctx.graphqlUrl, 'pes');
  });
  afterAll(() => db?.end());

  it('shows a county admin its county only, and a prefecture admin its subtree', async () => {
    const c = (await ok('county', ORG)).organisation;
    expect(c.regions.map((r: any) => r.code)).toEqual([s.county]);
    const [{ n }] = await q(`SELECT count(*)::int AS n FROM unit`);
    expect(c.units).toHaveLength(n);
    const p = (await ok('prefecture', ORG)).organisation;
    expect(p.regions.map((r: any) => r.code)).toEqual([s.prefecture, s.county]);
    s.fund = c.sections.find((x: any) => x.kind === 'FUND').id;
  });

  it('refuses the other roles', async () => {
    await refused('pes', ORG, {}, 'FORBIDDEN');
  });

  it('names the county’s finance bureau, audited with before and after; a stale version is a conflict', async () => {
    const UPDATE = `mutation($i: UpdateRegionInput!) { updateRegion(input: $i) { code bureauName version } }`;
    const res = await ok('county', UPDATE, { i: { code: s.county, version: 1, bureauName: '尉犁县财政局' } });
    expect(res.updateRegion).toEqual({ code: s.county, bureauName: '尉犁县财政局', version: 2 });
    const [audit] = await q(
      `SELECT before->>'bureau_name' AS b, after->>'bureau_name' AS a FROM audit_log WHERE entity = 'Region' AND action = 'UPDATE'`,
    );
    expect(audit).toEqual({ b: null, a: '尉犁县财政局' });
    await refused('county', UPDATE, { i: { code: s.county, version: 1, name: 'x县' } }, 'CONFLICT', 'version');
    await refused(
      'prefecture',
      UPDATE,
      { i: { code: s.prefecture, version: 1, bureauName: '州局' } },
      'BAD_USER_INPUT',
      'bureauName',
    );
  });

  it('creates regions below the admin’s own only', async () => {
    const CREATE = `mutation($i: CreateRegionInput!) { createRegion(input: $i) { code level parentCode bureauName } }`;
    const res = await ok('prefecture', CREATE, {
      i: { parentCode: s.prefecture, code: '652899', name: '测试县', bureauName: '测试县财政局' },
    });
    expect(res.createRegion).toEqual({
      code: '652899',
      level: 'COUNTY',
      parentCode: s.prefecture,
      bureauName: '测试县财政局',
    });
    const [row] = await q(
      `SELECT r.path, p.path AS parent FROM region r JOIN region p ON p.id = r.parent_id WHERE r.code = '652899'`,
    );
    expect(row!.path).toMatch(new RegExp(`^${row!.parent}\\d+/$`));
    await refused(
      'prefecture',
      CREATE,
      { i: { parentCode: s.prefecture, code: '652899', name: '重复县' } },
      'BAD_USER_INPUT',
      'code',
    );
    await refused(
      'county',
      CREATE,
      { i: { parentCode: s.county, code: '652898', name: '乡' } },
      'BAD_USER_INPUT',
      'parentCode',
    );
    await refused(
      'county',
      CREATE,
      { i: { parentCode: s.prefecture, code: '652897', name: '邻县' } },
      'BAD_USER_INPUT',
      'parentCode',
    );
  });

  it('creates and updates sections: kinds, fund families, the units a business section oversees', async () => {
    const CREATE = `mutation($i: CreateSectionInput!) { createSection(input: $i) { ${SECTION_FIELDS} } }`;
    const res = await ok('county', CREATE, {
      i: { regionCode: s.county, code: 'org-biz', name: '测试业务科', kind: 'BUSINESS' },
    });
    expect(res.createSection).toMatchObject({ code: 'org-biz', kind: 'BUSINESS', unitCount: 0, version: 1 });
    s.business = res.createSection.id;
    await refused(
      'county',
      CREATE,
      { i: { regionCode: s.county, code: 'org-biz', name: '重复', kind: 'BUSINESS' } },
      'BAD_USER_INPUT',
      'code',
    );
    await refused(
      'county',
      CREATE,
      { i: { regionCode: s.county, code: 'org-fund', name: '资金', kind: 'FUND' } },
      'BAD_USER_INPUT',
      'ownedFundFamily',
    );
    await refused(
      'county',
      CREATE,
      {
        i: {
          regionCode: s.county,
          code: 'org-b2',
          name: '业务',
          kind: 'BUSINESS',
          ownedFundFamily: 'SOCIAL_INSURANCE',
        },
      },
      'BAD_USER_INPUT',
      'ownedFundFamily',
    );
    await refused(
      'county',
      CREATE,
      { i: { regionCode: s.prefecture, code: 'org-p', name: '州科', kind: 'BUSINESS' } },
      'BAD_USER_INPUT',
      'regionCode',
    );
    const fund = await ok('county', CREATE, {
      i: {
        regionCode: s.county,
        code: 'org-fund',
        name: '测试资金科',
        kind: 'FUND',
        ownedFundFamily: 'SOCIAL_INSURANCE',
      },
    });
    expect(fund.createSection).toMatchObject({ kind: 'FUND', ownedFundFamily: 'SOCIAL_INSURANCE' });
    const UPDATE = `mutation($i: UpdateSectionInput!) { updateSection(input: $i) { ${SECTION_FIELDS} } }`;
    await refused(
      'county',
      UPDATE,
      { i: { id: fund.createSection.id, version: 1, unitIds: [], ownedFundFamily: null, name: '' } },
      'BAD_USER_INPUT',
      'name',
    );
    const renamed = await ok('county', UPDATE, { i: { id: s.business, version: 1, name: '测试业务科（更名）' } });
    expect(renamed.updateSection).toMatchObject({ name: '测试业务科（更名）', version: 2 });
  });

  it('creates, updates, retires and reactivates units; a retired unit takes no new projects', async () => {
    const CREATE = `mutation($i: CreateUnitInput!) { createUnit(input: $i) { ${UNIT_FIELDS} } }`;
    const input = {
      regionCode: s.county,
      code: '901001',
      name: '测试保密单位',
      classified: true,
      sectionId: s.business,
    };
    const res = await ok('county', CREATE, { i: input });
    expect(res.createUnit).toMatchObject({
      code: '901001',
      classified: true,
      active: true,
      sectionId: s.business,
      version: 1,
    });
    s.unit = res.createUnit.id;
    await refused('county', CREATE, { i: { ...input, name: '重复' } }, 'BAD_USER_INPUT', 'code');
    await refused(
      'county',
      CREATE,
      { i: { ...input, code: '901002', sectionId: s.fund } },
      'BAD_USER_INPUT',
      'sectionId',
    );
    await refused(
      'county',
      CREATE,
      { i: { ...input, code: '901002', sectionId: 'bm90LWFuLWlk' } },
      'BAD_USER_INPUT',
      // Not a global id at all: refused by the schema's argument check, naming the path.
      'input.sectionId',
    );
    await refused(
      'county',
      CREATE,
      { i: { ...input, code: '901002', regionCode: '652899' } },
      'BAD_USER_INPUT',
      'regionCode',
    );

    const UPDATE = `mutation($i: UpdateUnitInput!) { updateUnit(input: $i) { ${UNIT_FIELDS} } }`;
    const [other] = await q(`SELECT code FROM unit WHERE code <> '901001' ORDER BY id LIMIT 1`);
    await refused('county', UPDATE, { i: { id: s.unit, version: 1, code: other!.code } }, 'BAD_USER_INPUT', 'code');
    const updated = await ok('county', UPDATE, { i: { id: s.unit, version: 1, name: '测试单位', classified: false } });
    expect(updated.updateUnit).toMatchObject({ name: '测试单位', classified: false, version: 2 });
    await refused('county', UPDATE, { i: { id: s.unit, version: 1, name: '旧版本' } }, 'CONFLICT', 'version');
    const [audit] = await q(
      `SELECT before->>'name' AS b, after->>'name' AS a FROM audit_log WHERE entity = 'Unit' AND action = 'UPDATE'`,
    );
    expect(audit).toEqual({ b: '测试保密单位', a: '测试单位' });

    const RETIRE = `mutation($id: ID!, $v: Int!) { retireUnit(id: $id, version: $v) { active version } }`;
    const REACTIVATE = `mutation($id: ID!, $v: Int!) { reactivateUnit(id: $id, version: $v) { active version } }`;
    expect((await ok('county', RETIRE, { id: s.unit, v: 2 })).retireUnit).toEqual({ active: false, version: 3 });
    await refused('county', RETIRE, { id: s.unit, v: 3 }, 'INVALID_TRANSITION');

    // A user of the retired unit can log in (history stays) but cannot start a project.
    const user = await ok('county', `mutation($i: CreateUserInput!) { createUser(input: $i) { oneTimePassword } }`, {
      i: { username: 'org-unit-user', displayName: '测试联络员', role: 'UNIT', unitId: s.unit },
    });
    const pw = user.createUser.oneTimePassword;
    const t0 = await login(ctx.graphqlUrl, 'org-unit-user', pw);
    tokens.unit = (
      await gql<{ changePassword: { token: string } }>(
        ctx.graphqlUrl,
        `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { token } }`,
        { c: pw, n: NEW_PASSWORD },
        t0,
      )
    ).data!.changePassword.token;
    const PROJECT = `mutation { createProject(input: { year: 2025, name: "2025年测试项目", fundFamily: GENERAL_PUBLIC, budget: "1000.00", kind: NEW }) { id } }`;
    await refused('unit', PROJECT, {}, 'INVALID_TRANSITION', 'unitId');
    expect((await ok('county', REACTIVATE, { id: s.unit, v: 3 })).reactivateUnit).toEqual({ active: true, version: 4 });
    await ok('unit', PROJECT);
  });

  it('moves units under a business section', async () => {
    const UPDATE = `mutation($i: UpdateSectionInput!) { updateSection(input: $i) { ${SECTION_FIELDS} } }`;
    const [demoUnit] = await q<{ id: number; section: number }>(
      `SELECT id, supervising_section_id AS section FROM unit WHERE code <> '901001' ORDER BY id LIMIT 1`,
    );
    const unitId = Buffer.from(`Unit:${demoUnit!.id}`).toString('base64url');
    await refused('county', UPDATE, { i: { id: s.fund, version: 1, unitIds: [unitId] } }, 'BAD_USER_INPUT', 'unitIds');
    const moved = await ok('county', UPDATE, { i: { id: s.business, version: 2, unitIds: [unitId] } });
    expect(moved.updateSection).toMatchObject({ unitCount: 2, version: 3 });
    const [row] = await q(
      `SELECT s.code FROM unit u JOIN section s ON s.id = u.supervising_section_id WHERE u.id = $1`,
      [demoUnit!.id],
    );
    expect(row!.code).toBe('org-biz');
  });

  it('creates and updates agencies, and their staff users', async () => {
    const CREATE = `mutation($i: CreateAgencyInput!) { createAgency(input: $i) { ${AGENCY_FIELDS} } }`;
    const input = { regionCode: s.county, code: 'org-ag', name: '测试会计师事务所', creditCode: '91652823MA78XY312K' };
    const res = await ok('county', CREATE, { i: input });
    expect(res.createAgency).toMatchObject({ code: 'org-ag', creditCode: '91652823MA78XY312K', staff: [], version: 1 });
    s.agency = res.createAgency.id;
    await refused('county', CREATE, { i: { ...input, name: '重复' } }, 'BAD_USER_INPUT', 'code');
    await refused(
      'county',
      CREATE,
      { i: { ...input, code: 'org-ag2', creditCode: '123' } },
      'BAD_USER_INPUT',
      'creditCode',
    );
    const UPDATE = `mutation($i: UpdateAgencyInput!) { updateAgency(input: $i) { ${AGENCY_FIELDS} } }`;
    expect(
      (await ok('county', UPDATE, { i: { id: s.agency, version: 1, name: '测试评估公司' } })).updateAgency,
    ).toMatchObject({
      name: '测试评估公司',
      version: 2,
    });
    await ok('county', `mutation($i: CreateUserInput!) { createUser(input: $i) { user { agencyName } } }`, {
      i: { username: 'org-agency-user', displayName: '机构人员', role: 'AGENCY', agencyId: s.agency },
    });
    const org = (await ok('county', ORG)).organisation;
    expect(org.agencies.find((a: any) => a.id === s.agency).staff).toEqual([{ username: 'org-agency-user' }]);
  });

  it('keeps a county admin out of another county', async () => {
    const biz = await ok('prefecture', `mutation($i: CreateSectionInput!) { createSection(input: $i) { id } }`, {
      i: { regionCode: '652899', code: 'b1', name: '邻县业务科', kind: 'BUSINESS' },
    });
    const unit = await ok('prefecture', `mutation($i: CreateUnitInput!) { createUnit(input: $i) { id version } }`, {
      i: { regionCode: '652899', code: '901001', name: '邻县单位', classified: false, sectionId: biz.createSection.id },
    });
    const agency = await ok('prefecture', `mutation($i: CreateAgencyInput!) { createAgency(input: $i) { id } }`, {
      i: { regionCode: '652899', code: 'org-ag', name: '邻县机构', creditCode: '91652899MA78XY312K' },
    });
    const org = (await ok('county', ORG)).organisation;
    expect(org.units.map((u: any) => u.regionCode)).not.toContain('652899');
    const id = unit.createUnit.id;
    await refused(
      'county',
      `mutation($i: UpdateUnitInput!) { updateUnit(input: $i) { id } }`,
      { i: { id, version: 1, name: 'x' } },
      'NOT_FOUND',
    );
    await refused('county', `mutation($id: ID!) { retireUnit(id: $id, version: 1) { id } }`, { id }, 'NOT_FOUND');
    await refused(
      'county',
      `mutation($i: UpdateSectionInput!) { updateSection(input: $i) { id } }`,
      { i: { id: biz.createSection.id, version: 1, name: 'x' } },
      'NOT_FOUND',
    );
    await refused(
      'county',
      `mutation($i: UpdateAgencyInput!) { updateAgency(input: $i) { id } }`,
      { i: { id: agency.createAgency.id, version: 1, name: 'x' } },
      'NOT_FOUND',
    );
    await refused(
      'county',
      `mutation($i: UpdateRegionInput!) { updateRegion(input: $i) { code } }`,
      { i: { code: '652899', version: 1, name: 'x' } },
      'NOT_FOUND',
    );
    // Moving another county's unit under my section is refused too.
    await refused(
      'county',
      `mutation($i: UpdateSectionInput!) { updateSection(input: $i) { id } }`,
      { i: { id: s.business, version: 3, unitIds: [id] } },
      'BAD_USER_INPUT',
      'unitIds',
    );
  });
});
