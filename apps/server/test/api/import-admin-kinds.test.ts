import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVER_DIR } from '../../src/config.js';
import { gql, login } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';
import { allRows, COMMIT, IMPORT_FIELDS, preview, upload, xlsx } from '../support/import.js';

// Issue 12 §1: units, users and the indicator library in bulk, for a county's administrator (系统管理员) only.
// Each workbook with bad rows of different kinds: the preview names each (sheet, row, column, reason in Chinese
// and English; the form's own reason where the form would refuse it), the commit is refused; the corrected file
// commits in one transaction; importing it again changes nothing. A user imported logs in with the one-time
// password handed over once in the commit's response, and must change it first.

const YEAR = 2024;
const NEW_PASSWORD = 'Import-admin-2026-safe';
const CLI = resolve(SERVER_DIR, 'dist/admin/cli.js');
const COMMIT_USERS = `mutation($id: ID!, $v: Int!) { commitImport(id: $id, version: $v) { ${IMPORT_FIELDS}
  oneTimePasswords { username displayName password } } }`;
const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { token } }`;

function cli(databaseUrl: string, ...args: string[]): Promise<string> {
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd: SERVER_DIR, env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'production' } },
      (error, stdout, stderr) => (error ? fail(new Error(stderr)) : done(stdout)),
    );
  });
}

describe('importing units, users and the indicator library (administrators)', () => {
  const ctx = useServer();
  const t: Record<string, string> = {};
  let db: pg.Client;
  const q = async (text: string, values: unknown[] = []) => (await db.query(text, values)).rows;

  /** Uploads a one-sheet workbook and previews it as `token`. */
  const run = async (kind: string, sheet: string, rows: unknown[][], token = t.admin!) => {
    const up = await upload(ctx.server.url, token, `${kind}.xlsx`, await xlsx([{ name: sheet, rows }]));
    expect(up.status).toBe(201);
    return preview(ctx.graphqlUrl, token, { f: up.body.id, k: kind, y: YEAR });
  };
  const previewed = async (kind: string, sheet: string, rows: unknown[][]) => {
    const res = await run(kind, sheet, rows);
    // On a failure, the server's log says why (an INTERNAL_SERVER_ERROR hides it from the response).
    expect(res.errors, ctx.server.output().slice(-4000)).toBeUndefined();
    expect(res.data.status).toBe('PREVIEWED');
    return res.data;
  };
  /** Each row in error: line → [column, heading, field, code, Chinese reason, English reason] of each error. */
  const errorsOf = async (id: string) =>
    Object.fromEntries(
      (await allRows(ctx.graphqlUrl, t.admin!, id, 'ERROR')).map((r) => {
        expect(r.errors.every((e: any) => e.sheet && e.line === r.line)).toBe(true);
        return [r.line, r.errors.map((e: any) => [e.column, e.heading, e.field, e.code, e.messageZh, e.messageEn])];
      }),
    );
  const commit = async (imp: any, fields = COMMIT) =>
    gql(ctx.graphqlUrl, fields, { id: imp.id, v: imp.version }, t.admin);
  /** Commits the corrected file, then imports it again: nothing new, nothing changed, and the commit writes nothing. */
  const commitAndRepeat = async (kind: string, sheet: string, rows: unknown[][], table: string) => {
    const imp = await previewed(kind, sheet, rows);
    expect(imp.errorCount).toBe(0);
    const done = await commit(imp, kind === 'USERS' ? COMMIT_USERS : COMMIT);
    expect(done.errors).toBeUndefined();
    expect(done.data!.commitImport.status).toBe('COMMITTED');
    const before = await q(`SELECT md5(string_agg(x::text, ',' ORDER BY x.id)) AS h FROM ${table} x`);
    const again = await previewed(kind, sheet, rows);
    expect(again).toMatchObject({ newCount: 0, changedCount: 0, errorCount: 0, unchangedCount: rows.length - 1 });
    const twice = await commit(again, kind === 'USERS' ? COMMIT_USERS : COMMIT);
    expect(twice.errors).toBeUndefined();
    expect(await q(`SELECT md5(string_agg(x::text, ',' ORDER BY x.id)) AS h FROM ${table} x`)).toEqual(before);
    return { imp, done: done.data!.commitImport, twice: twice.data!.commitImport };
  };

  beforeAll(async () => {
    db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    const [county] = await q(`SELECT code FROM region WHERE level = 'COUNTY'`);
    const out = await cli(ctx.databaseUrl, 'create-admin', '--region', county.code, '--username', 'imp-admin');
    const password = /password(?: of \S+)?: (\S+)/.exec(out)![1]!;
    const first = await gql(
      ctx.graphqlUrl,
      CHANGE,
      { c: password, n: NEW_PASSWORD },
      await login(ctx.graphqlUrl, 'imp-admin', password),
    );
    t.admin = first.data!.changePassword.token;
    t.pes = await login(ctx.graphqlUrl, 'pes');
    // The demo's indicator library is the province's: its administrator keeps it.
    const [province] = await q(`SELECT code FROM region WHERE parent_id IS NULL`);
    const outP = await cli(ctx.databaseUrl, 'create-admin', '--region', province.code, '--username', 'imp-province');
    const passwordP = /password(?: of \S+)?: (\S+)/.exec(outP)![1]!;
    const firstP = await gql(
      ctx.graphqlUrl,
      CHANGE,
      { c: passwordP, n: NEW_PASSWORD },
      await login(ctx.graphqlUrl, 'imp-province', passwordP),
    );
    t.province = firstP.data!.changePassword.token;
  });
  afterAll(() => db?.end());

  it('offers the kinds to an administrator only, and refuses the others', async () => {
    const kinds = await gql(ctx.graphqlUrl, `{ importKinds { kind labelZh labelEn } }`, {}, t.admin);
    expect(kinds.data!.importKinds.map((k: any) => k.kind)).toEqual(['UNITS', 'USERS', 'INDICATOR_LIBRARY']);
    const pesKinds = await gql(ctx.graphqlUrl, `{ importKinds { kind } }`, {}, t.pes);
    expect(pesKinds.data!.importKinds.map((k: any) => k.kind)).toEqual(['PROJECTS', 'EXECUTION']);
    const byPes = await run(
      'USERS',
      '用户',
      [
        ['用户名', '姓名', '角色'],
        ['x-1', 'X', '领导'],
      ],
      t.pes,
    );
    expect(byPes.errors![0]!.extensions.code).toBe('FORBIDDEN');
    const projects = await run('PROJECTS', '项目', [
      ['项目编码', '项目名称'],
      ['P-1', 'x'],
    ]);
    expect(projects.errors![0]!.extensions.code).toBe('FORBIDDEN');
  });

  it('units: names each bad row, then commits the corrected file by code, once', async () => {
    const head = ['单位编码', '单位名称', '是否涉密', '对口业务科室编码', '状态（在用/撤销）'];
    const good = [
      ['imp-u1', '导入单位一', '否', 'sec-jkw', '在用'],
      ['xwb', '中共尉犁县委办公室（更名）', '否', 'sec-xzzf', '在用'], // changed: name
      ['rdb', '尉犁县人大常委会办公室', '否', 'sec-xzzf', '在用'], // unchanged
    ];
    const bad = [
      ['imp-u1', '重复的单位', '否', 'sec-jkw', '在用'],
      ['bad code!', '坏编码单位', '否', 'sec-jkw', '在用'],
      ['imp-u2', '未知科室单位', '否', 'sec-none', '在用'],
      ['imp-u3', '预算科对口', '否', 'budget', '在用'],
      ['imp-u4', '', '否', 'sec-jkw', '在用'],
      ['imp-u5', '涉密不明', '也许', 'sec-jkw', '在用'],
      ['652823.imp', '像限定编码的单位', '否', 'sec-jkw', '在用'],
    ];
    const imp = await previewed('UNITS', '单位', [head, ...good, ...bad]);
    expect(imp).toMatchObject({ newCount: 1, changedCount: 1, unchangedCount: 1, errorCount: 7 });
    const e = await errorsOf(imp.id);
    expect(e[5]).toEqual([['A', '单位编码', 'code', 'DUPLICATE', '与第 2 行重复', 'repeats row 2']]);
    expect(e[6]).toEqual([
      ['A', '单位编码', 'code', 'INVALID', '编码须为1–32个字母、数字或 . _ -', 'must be 1–32 letters, digits or . _ -'],
    ]);
    expect(e[7]).toEqual([
      ['D', '对口业务科室编码', 'sectionCode', 'INVALID', '科室不存在或不属于该县', 'no such section in this county'],
    ]);
    expect(e[8]).toEqual([
      [
        'D',
        '对口业务科室编码',
        'sectionCode',
        'INVALID',
        '对口科室须为业务科室',
        'the overseeing section must be a business section',
      ],
    ]);
    expect(e[9]).toEqual([['B', '单位名称', 'name', 'REQUIRED', '必填项为空', 'required, but empty']]);
    expect(e[10]![0]!.slice(0, 4)).toEqual(['C', '是否涉密', 'classified', 'BAD_VALUE']);
    // A code an address would read as a county's division code and a code (652823.jyj).
    expect(e[11]).toEqual([
      [
        'A',
        '单位编码',
        'code',
        'INVALID',
        '编码不能以6–12位数字加“.”开头（会被读作“区划代码.编码”）',
        'must not begin with 6–12 digits and a dot (it would read as a division code and a code)',
      ],
    ]);
    const changed = await allRows(ctx.graphqlUrl, t.admin!, imp.id, 'CHANGED');
    expect(changed[0]!.changes).toEqual([
      { field: 'name', before: '中共尉犁县委员会办公室', after: '中共尉犁县委办公室（更名）' },
    ]);
    const refused = await commit(imp);
    expect(refused.errors![0]!.message).toContain('仍有 7 行错误');

    const { done } = await commitAndRepeat(
      'UNITS',
      '单位',
      [head, ...good, ['imp-u2', '导入单位二', '是', 'sec-nync', '撤销']],
      'unit',
    );
    expect(done).toMatchObject({ newCount: 2, changedCount: 1, unchangedCount: 1 });
    const units = await q(
      `SELECT u.code, u.name, u.classified, u.active, s.code AS section FROM unit u JOIN section s ON s.id = u.supervising_section_id
        WHERE u.code IN ('imp-u1', 'imp-u2', 'xwb') ORDER BY u.code`,
    );
    expect(units).toEqual([
      { code: 'imp-u1', name: '导入单位一', classified: false, active: true, section: 'sec-jkw' },
      { code: 'imp-u2', name: '导入单位二', classified: true, active: false, section: 'sec-nync' },
      { code: 'xwb', name: '中共尉犁县委办公室（更名）', classified: false, active: true, section: 'sec-xzzf' },
    ]);
  });

  it('users: names each bad row; new users get one-time passwords once, must change them; re-import changes nothing', async () => {
    const head = ['Username', 'Display name', 'Role', 'Scope code', 'Status'];
    const good = [
      ['imp-unit-user', '导入单位用户', '部门单位', 'imp-u1', '启用'],
      ['imp-sec-user', 'Section person', 'Business section', 'sec-jkw', 'active'],
      ['pes', '绩效科（改名）', '绩效科', 'pes', '启用'], // changed: display name
    ];
    const bad = [
      ['bad name!', '坏用户名', '领导', '652823', '启用'],
      ['imp-cook', '厨师', '厨师', '652823', '启用'],
      ['imp-nounit', '无单位', '部门单位', 'no-such-unit', '启用'],
      ['IMP-UNIT-USER', '大小写重复', '部门单位', 'imp-u1', '启用'],
      ['imp-admin', '我自己', '系统管理员', '652823', '停用'],
      ['imp-wrong-sec', '错科室', '业务科室', 'budget', '启用'],
    ];
    const imp = await previewed('USERS', 'Users', [head, ...good, ...bad]);
    expect(imp).toMatchObject({ newCount: 2, changedCount: 1, unchangedCount: 0, errorCount: 6 });
    const e = await errorsOf(imp.id);
    expect(e[5]).toEqual([
      [
        'A',
        'Username',
        'username',
        'INVALID',
        '用户名须为2–64个字母、数字或 . _ -，以字母或数字开头',
        'must be 2–64 letters, digits or . _ -, starting with a letter or digit',
      ],
    ]);
    expect(e[6]).toEqual([['C', 'Role', 'role', 'UNKNOWN_ROLE', '未知的角色“厨师”', 'unknown role "厨师"']]);
    expect(e[7]).toEqual([
      ['D', 'Scope code', 'scopeCode', 'INVALID', '单位不存在或不在您管辖的地区', 'no such unit in your regions'],
    ]);
    expect(e[8]).toEqual([['A', 'Username', 'username', 'DUPLICATE', '与第 2 行重复', 'repeats row 2']]);
    expect(e[9]).toEqual([
      ['E', 'Status', 'active', 'INVALID', '不能停用自己的账号', 'you cannot deactivate yourself'],
    ]);
    expect(e[10]).toEqual([
      [
        'D',
        'Scope code',
        'scopeCode',
        'INVALID',
        '该角色须属于 BUSINESS 类科室',
        'the role BUSINESS_SECTION needs a BUSINESS section',
      ],
    ]);

    const { done, twice } = await commitAndRepeat('USERS', 'Users', [head, ...good], 'app_user');
    expect(done).toMatchObject({ newCount: 2, changedCount: 1 });
    expect(twice.oneTimePasswords).toEqual([]);
    const handed = done.oneTimePasswords as { username: string; displayName: string; password: string }[];
    expect(handed.map((h) => h.username)).toEqual(['imp-unit-user', 'imp-sec-user']);
    // Never stored in clear: not in the users' rows, the staged rows, the audit log.
    const stored = await q(
      `SELECT (SELECT string_agg(password_hash, ',') FROM app_user) || (SELECT string_agg(r::text, ',') FROM data_import_row r)
              || (SELECT string_agg(a::text, ',') FROM audit_log a) AS all`,
    );
    for (const h of handed) expect(stored[0].all).not.toContain(h.password);
    // The import history no longer shows them.
    const reopened = await gql(
      ctx.graphqlUrl,
      `query($id: ID!) { import(id: $id) { oneTimePasswords { password } } }`,
      { id: done.id },
      t.admin,
    );
    expect(reopened.data!.import.oneTimePasswords).toBeNull();

    const user = handed[0]!;
    const token = await login(ctx.graphqlUrl, user.username, user.password);
    const me = await gql(ctx.graphqlUrl, `{ me { username role mustChangePassword } }`, {}, token);
    expect(me.data!.me).toEqual({ username: 'imp-unit-user', role: 'UNIT', mustChangePassword: true });
    const gated = await gql(ctx.graphqlUrl, `{ importKinds { kind } }`, {}, token);
    expect(gated.errors![0]!.extensions?.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const changed = await gql(ctx.graphqlUrl, CHANGE, { c: user.password, n: NEW_PASSWORD }, token);
    expect(changed.errors).toBeUndefined();
    expect(await login(ctx.graphqlUrl, user.username, NEW_PASSWORD)).toBeTruthy();
    const [row] = await q(
      `SELECT u.display_name, u.role, un.code AS unit, u.must_change_password FROM app_user u JOIN unit un ON un.id = u.unit_id
        WHERE u.username = 'imp-unit-user'`,
    );
    expect(row).toEqual({ display_name: '导入单位用户', role: 'UNIT', unit: 'imp-u1', must_change_password: false });
    expect((await q(`SELECT display_name FROM app_user WHERE username = 'pes'`))[0].display_name).toBe(
      '绩效科（改名）',
    );
  });

  it('indicator library: the form’s quality checks name each bad row; an edit of an earlier version starts a new one', async () => {
    const head = ['年度', '分组编码', '指标编码', '一级指标', '二级指标', '三级指标', '比较符', '计量单位', '参考值'];
    const good = [
      [YEAR, 'C01', 'IMP-001', '产出指标', '数量指标', '培训人次', '≥', '人次', 100],
      [YEAR, 'C01', 'C01-001', '产出指标', '数量指标', '新建（改扩建）建筑面积', '≥', '平方米', 6000], // changed
      [YEAR, 'C01', 'C01-002', '产出指标', '数量指标', '建设项目完成数量', '≥', '个', 3], // unchanged
    ];
    const bad = [
      [YEAR, 'ZZZ', 'IMP-002', '产出指标', '数量指标', '未知分组', '≥', '个', 1],
      [YEAR, 'C01', 'IMP-003', '过程指标', '数量指标', '未知一级', '≥', '个', 1],
      [YEAR, 'C01', 'IMP-004', '效益指标', '社会效益指标', '参考值非数字', '≥', '%', 'abc'],
      [YEAR, 'C01', 'IMP-005', '产出指标', '质量指标', '未知比较符', '≈', '%', 90],
      [YEAR, 'C01', 'BAD CODE', '产出指标', '质量指标', '坏编码', '≥', '%', 90],
      [2023, 'C01', 'IMP-006', '产出指标', '质量指标', '错年度', '≥', '%', 90],
    ];
    // A county's administrator cannot change the province's library: its templates' codes are taken there.
    const byCounty = await previewed('INDICATOR_LIBRARY', '指标库', [head, ...good]);
    expect(byCounty).toMatchObject({ newCount: 1, changedCount: 0, unchangedCount: 0, errorCount: 2 });
    expect((await errorsOf(byCounty.id))[3]).toEqual([
      ['C', '指标编码', 'code', 'INVALID', '该编码已在指标库中', 'this code is already in the library'],
    ]);
    t.county = t.admin!;
    t.admin = t.province!;
    const imp = await previewed('INDICATOR_LIBRARY', '指标库', [head, ...good, ...bad]);
    expect(imp).toMatchObject({ newCount: 1, changedCount: 1, unchangedCount: 1, errorCount: 6 });
    const e = await errorsOf(imp.id);
    expect(e[5]).toEqual([
      ['B', '分组编码', 'groupCode', 'INVALID', '指标库分组不存在', 'no such group of the library'],
    ]);
    expect(e[6]).toEqual([
      [
        'D',
        '一级指标',
        'level1',
        'INVALID',
        '一级指标须为 OUTPUT/BENEFIT/SATISFACTION/COST',
        'must be OUTPUT, BENEFIT, SATISFACTION, COST',
      ],
    ]);
    expect(e[7]).toEqual([
      [
        'I',
        '参考值',
        'referenceValue',
        'INVALID',
        '量化指标的参考值须为数字',
        'a quantitative reference value must be a number',
      ],
    ]);
    expect(e[8]![0]!.slice(0, 4)).toEqual(['G', '比较符', 'comparator', 'INVALID']);
    expect(e[9]).toEqual([
      ['C', '指标编码', 'code', 'INVALID', '编码只能含字母、数字和-', 'letters, digits and - only'],
    ]);
    expect(e[10]![0]!.slice(0, 4)).toEqual(['A', '年度', 'year', 'WRONG_YEAR']);
    const changed = await allRows(ctx.graphqlUrl, t.admin!, imp.id, 'CHANGED');
    expect(changed[0]!.changes).toEqual([{ field: 'referenceValue', before: '5000', after: '6000' }]);

    const { done } = await commitAndRepeat('INDICATOR_LIBRARY', '指标库', [head, ...good], 'indicator_template');
    expect(done).toMatchObject({ newCount: 1, changedCount: 1, unchangedCount: 1 });
    const versions = await q(
      `SELECT code, from_year, retired_from, reference_value, comparator, level1 FROM indicator_template
        WHERE code IN ('IMP-001', 'C01-001') ORDER BY code, from_year`,
    );
    expect(versions).toEqual([
      {
        code: 'C01-001',
        from_year: 0,
        retired_from: YEAR,
        reference_value: '5000',
        comparator: 'GE',
        level1: 'OUTPUT',
      },
      {
        code: 'C01-001',
        from_year: YEAR,
        retired_from: null,
        reference_value: '6000',
        comparator: 'GE',
        level1: 'OUTPUT',
      },
      {
        code: 'IMP-001',
        from_year: YEAR,
        retired_from: null,
        reference_value: '100',
        comparator: 'GE',
        level1: 'OUTPUT',
      },
    ]);
    const [added] = await q(
      `SELECT r.parent_id FROM indicator_template t JOIN region r ON r.id = t.region_id WHERE t.code = 'IMP-001'`,
    );
    expect(added).toEqual({ parent_id: null });
    t.admin = t.county;
  });
});
