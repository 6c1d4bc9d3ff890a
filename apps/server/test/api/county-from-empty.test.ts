import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SERVER_DIR } from '../../src/config.js';
import { createDatabase, gql, startServerProcess, type ServerProcess } from '../../src/testing/harness.js';

// Issue 11, first "Done when": a county from an empty database, without the demo. The built server starts in
// production mode on an empty database; the admin command makes the first administrator; the county's
// organisation, users and a whole year (2025) are set up and played over HTTP: targets, May and August
// monitoring, self-evaluation, cuts and disclosure. Years: an evaluation made in 2026 judges the 2025 budget
// and its cut lands in the budget being prepared, 2027's (issue 15 §2; ResultApplication.targetYear); the
// recurring projects carry over to 2026 and 2027 and the cut shows on the 2027 line, traceable both ways.

const CLI = resolve(SERVER_DIR, 'dist/admin/cli.js');
const REGION = '659001';
const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');

function adminCommand(
  databaseUrl: string,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd: SERVER_DIR, env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'production' } },
      (error, stdout, stderr) => done({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

interface Organisation {
  sections: Record<'A' | 'B' | 'ZW', number>;
  units: { code: string; name: string; id: number; section: 'A' | 'B'; classified: boolean }[];
  agencies: { code: string; id: number }[];
}

type Ok = (user: string, query: string, variables?: Record<string, unknown>) => Promise<any>;
const dbId = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

/** The county's sections, units, agencies and expert library, made by its administrator's mutations (issue 11 §2). */
async function setUpOrganisation(ok: Ok): Promise<Organisation> {
  const section = async (code: string, name: string, kind: string, ownedFundFamily: string | null) => {
    const input = { regionCode: REGION, code, name, kind, ...(ownedFundFamily ? { ownedFundFamily } : {}) };
    const { createSection } = await ok(
      'admin',
      `mutation($i: CreateSectionInput!) { createSection(input: $i) { id code kind } }`,
      { i: input },
    );
    expect(createSection).toMatchObject({ code, kind });
    return dbId(createSection.id);
  };
  const sections = {
    A: await section('xzzf', '行政政法科', 'BUSINESS', null),
    B: await section('jkw', '教科文科', 'BUSINESS', null),
    ZW: await section('zw', '债务科', 'FUND', 'SPECIAL_BOND'),
  };
  const units: Organisation['units'] = [];
  for (const [code, name, s, classified] of [
    ['jyj', '教育局', 'B', false],
    ['wjw', '卫健委', 'B', false],
    ['mzj', '民政局', 'A', false],
    ['sfj', '司法局', 'A', false],
    ['gaj', '公安局', 'A', true],
  ] as const) {
    const { createUnit } = await ok(
      'admin',
      `mutation($i: CreateUnitInput!) { createUnit(input: $i) { id code classified active } }`,
      { i: { regionCode: REGION, code, name, classified, sectionId: gid('Section', sections[s]) } },
    );
    expect(createUnit).toMatchObject({ code, classified, active: true });
    units.push({ code, name, id: dbId(createUnit.id), section: s, classified });
  }
  const agencies: Organisation['agencies'] = [];
  for (const [code, name, creditCode] of [
    ['xinhe', '新和会计师事务所', '91652800MA77XH0011'],
    ['tianzheng', '天正资产评估有限公司', '91652800MA77TJ0022'],
  ] as const) {
    const { createAgency } = await ok(
      'admin',
      `mutation($i: CreateAgencyInput!) { createAgency(input: $i) { id code } }`,
      { i: { regionCode: REGION, code, name, creditCode } },
    );
    agencies.push({ code, id: dbId(createAgency.id) });
  }
  // The expert library the key evaluations and agency re-assessments draw their panels from.
  for (const [name, field] of [
    ['王建国', '财政管理'],
    ['李敏', '教育'],
    ['张伟', '公共卫生'],
    ['赵磊', '审计'],
  ]) {
    await ok('admin', `mutation($i: ExpertInput!, $r: String) { createExpert(input: $i, regionCode: $r) { id } }`, {
      i: { name, field, organisation: '新疆财经大学' },
      r: REGION,
    });
  }
  return { sections, units, agencies };
}

const INDICATORS = [
  {
    level1: 'OUTPUT',
    level2: '数量指标',
    name: '服务覆盖人数',
    comparator: 'GE',
    targetValue: '1200',
    unitOfMeasure: '人',
    weight: 60,
    isKey: true,
  },
  {
    level1: 'BENEFIT',
    level2: '社会效益指标',
    name: '服务对象覆盖率',
    comparator: 'GE',
    targetValue: '95',
    unitOfMeasure: '%',
    weight: 30,
  },
  {
    level1: 'SATISFACTION',
    level2: '服务对象满意度指标',
    name: '服务对象满意度',
    comparator: 'GE',
    targetValue: '90',
    unitOfMeasure: '%',
    weight: 10,
  },
];

describe('a county from an empty database: first administrator, organisation, users, and the year 2025 played', () => {
  let server: ServerProcess;
  let url: string;
  let databaseUrl: string;
  let drop: () => Promise<void> = async () => {};
  let db: pg.Client;
  let org: Organisation;
  const t: Record<string, string> = {};
  const ok = async (user: string, query: string, variables: Record<string, unknown> = {}) => {
    const res = await gql(url, query, variables, t[user]);
    expect(res.errors, `${user}: ${JSON.stringify(res.errors)}\n${server.output().slice(-1500)}`).toBeUndefined();
    return res.data as any;
  };
  /** Logs in with a one-time password and changes it; keeps the new session's token. */
  const firstLogin = async (user: string, oneTime: string) => {
    const res = await gql(
      url,
      `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token mustChangePassword } }`,
      { u: user, p: oneTime },
    );
    expect(res.data?.login.mustChangePassword, JSON.stringify(res.errors)).toBe(true);
    t[user] = res.data!.login.token;
    const changed = await ok(
      user,
      `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { token mustChangePassword } }`,
      {
        c: oneTime,
        n: `${user}-县里的新密码-2025`,
      },
    );
    expect(changed.changePassword.mustChangePassword).toBe(false);
    t[user] = changed.changePassword.token;
  };
  const state: Record<string, any> = {};

  beforeAll(async () => {
    // Nothing in it, not even the migrations: the server applies them and starts empty.
    const created = await createDatabase(inject('adminUrl'), 'template0');
    drop = created.drop;
    databaseUrl = created.url;
    server = await startServerProcess({ databaseUrl, env: { NODE_ENV: 'production', JIXIAO_LOAD_DEMO: 'true' } });
    url = server.graphqlUrl;
    db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await server?.stop();
    await drop();
  });

  it('starts in production mode on an empty database, never with the demo', async () => {
    expect(server.output().split('\n')[0]).toBe('Jixiao 绩效 · production mode (NODE_ENV=production)');
    const { rows } =
      await db.query(`SELECT (SELECT count(*) FROM region)::int AS regions, (SELECT count(*) FROM app_user)::int AS users,
      (SELECT count(*) FROM project)::int AS projects`);
    expect(rows[0]).toEqual({ regions: 0, users: 0, projects: 0 });
  });

  it('the admin command makes the first administrator, who logs in and changes the one-time password', async () => {
    const run = await adminCommand(
      databaseUrl,
      'create-admin',
      '--region',
      REGION,
      '--username',
      'admin',
      '--region-name',
      '新建县',
      '--region-level',
      'county',
    );
    expect(run.code, run.stderr).toBe(0);
    await firstLogin('admin', /password(?: of \S+)?: (\S+)/.exec(run.stdout)![1]!);
    expect((await ok('admin', `{ me { username role } }`)).me).toEqual({ username: 'admin', role: 'ADMIN' });
  });

  it('sets up 3 sections, 5 units (one classified), 2 agencies, 4 experts and a user of every role', async () => {
    org = await setUpOrganisation(ok);
    const CREATE = `mutation($i: CreateUserInput!) { createUser(input: $i) { oneTimePassword user { username role mustChangePassword } } }`;
    const users: [string, string, Record<string, unknown>][] = [
      ['leader', 'LEADERSHIP', { regionCode: REGION }],
      ['pes', 'PERFORMANCE', { regionCode: REGION }],
      ['budget', 'BUDGET', { regionCode: REGION }],
      ['sec-xzzf', 'BUSINESS_SECTION', { sectionId: gid('Section', org.sections.A) }],
      ['sec-jkw', 'BUSINESS_SECTION', { sectionId: gid('Section', org.sections.B) }],
      ['sec-zw', 'FUND_SECTION', { sectionId: gid('Section', org.sections.ZW) }],
      ...org.units.map(
        (u) => [`unit-${u.code}`, 'UNIT', { unitId: gid('Unit', u.id) }] as [string, string, Record<string, unknown>],
      ),
      ...org.agencies.map(
        (a) =>
          [`agency-${a.code}`, 'AGENCY', { agencyId: gid('Agency', a.id) }] as [
            string,
            string,
            Record<string, unknown>,
          ],
      ),
    ];
    for (const [username, role, scope] of users) {
      const { createUser } = await ok('admin', CREATE, { i: { username, displayName: username, role, ...scope } });
      expect(createUser.user).toEqual({ username, role, mustChangePassword: true });
      await firstLogin(username, createUser.oneTimePassword);
    }
    expect((await db.query(`SELECT count(DISTINCT role)::int AS n FROM app_user`)).rows[0].n).toBe(8);
  }, 120_000); // 13 users, each with two password hashes (scrypt): slow on a busy machine

  it('the performance section opens 2025: rules, checkpoints and calendar', async () => {
    expect((await ok('pes', `mutation { openYear(year: 2025) { checkpoints deadlines } }`)).openYear).toEqual({
      checkpoints: 3,
      deadlines: 11,
    });
    expect((await ok('pes', `{ ruleSet(year: 2025) { stored } }`)).ruleSet.stored).toBe(true);
    const { years } = await ok('pes', `{ years { years { year checkpointMonths } } }`);
    expect(years.years).toEqual([{ year: 2025, checkpointMonths: [5, 8] }]);
  });

  it('each unit enters a recurring 2025 project and its targets; first review, then approval', async () => {
    state.projects = {};
    for (const [i, u] of org.units.entries()) {
      const user = `unit-${u.code}`;
      const p = (
        await ok(user, `mutation($i: NewProjectInput!) { createProject(input: $i) { id version code budgetedOn } }`, {
          i: {
            year: 2025,
            name: `2025年${u.name}公共服务项目`,
            fundFamily: 'GENERAL_PUBLIC',
            budget: `${(i + 1) * 100000}.00`,
            kind: 'RECURRING',
            budgetedOn: '2025-01-01',
          },
        })
      ).createProject;
      expect(p.budgetedOn).toBe('2025-01-01');
      const saved = (
        await ok(
          user,
          `mutation($id: ID!, $ind: [IndicatorDraftInput!]!, $v: Int!) { saveTargets(projectId: $id, indicators: $ind, version: $v) { version } }`,
          { id: p.id, ind: INDICATORS, v: p.version },
        )
      ).saveTargets;
      const submitted = (
        await ok(
          user,
          `mutation($id: ID!, $v: Int!) { submitTargets(projectId: $id, version: $v) { version targetStatus } }`,
          { id: p.id, v: saved.version },
        )
      ).submitTargets;
      expect(submitted.targetStatus).toBe('SUBMITTED');
      // The classified unit's first review is the performance section's (its section does not see it).
      const reviewer = u.classified ? 'pes' : u.section === 'A' ? 'sec-xzzf' : 'sec-jkw';
      const first = (
        await ok(
          reviewer,
          `mutation($id: ID!, $v: Int!) { reviewTargetsFirst(projectId: $id, approve: true, version: $v) { version targetStatus } }`,
          { id: p.id, v: submitted.version },
        )
      ).reviewTargetsFirst;
      expect(first.targetStatus).toBe('FIRST_REVIEWED');
      const approved = (
        await ok(
          'pes',
          `mutation($id: ID!, $v: Int!) { reviewTargets(projectId: $id, approve: true, score: 92, version: $v) { version targetStatus } }`,
          { id: p.id, v: first.version },
        )
      ).reviewTargets;
      expect(approved.targetStatus).toBe('APPROVED');
      state.projects[u.code] = { id: p.id, budget: `${(i + 1) * 100000}.00`, unit: u, reviewer };
    }
    expect((await ok('leader', `{ targetSummary(year: 2025) { projectCount budget } }`)).targetSummary).toMatchObject({
      projectCount: 5,
      budget: '1500000.00',
    });
  });

  const monitor = async (month: 5 | 8, executedShare: (code: string) => number) => {
    const cp = (await ok('pes', `{ checkpoints(year: 2025) { id month scope version } }`)).checkpoints.find(
      (c: any) => c.month === month && c.scope === 'PROJECT',
    );
    const opened = (
      await ok('pes', `mutation($id: ID!, $v: Int!) { openCheckpoint(id: $id, version: $v) { version status } }`, {
        id: cp.id,
        v: cp.version,
      })
    ).openCheckpoint;
    expect(opened.status).toBe('OPEN');
    for (const [code, p] of Object.entries<any>(state.projects)) {
      const user = `unit-${code}`;
      const { node } = await ok(
        user,
        `query($id: ID!) { node(id: $id) { ... on Project { indicators { id targetValue } } } }`,
        { id: p.id },
      );
      const executed = ((Number(p.budget) * executedShare(code)) / 100).toFixed(2);
      const report = (
        await ok(
          user,
          `mutation($input: MonitoringReportInput!) { submitMonitoringReport(input: $input) { id version } }`,
          {
            input: {
              checkpointId: cp.id,
              projectId: p.id,
              executed,
              actuals: node.indicators.map((i: any) => ({ indicatorId: i.id, actualValue: i.targetValue })),
            },
          },
        )
      ).submitMonitoringReport;
      const reviewed = (
        await ok(
          p.reviewer,
          `mutation($id: ID!, $v: Int!) { reviewMonitoringReport(id: $id, approve: true, comment: "", version: $v) { version } }`,
          { id: report.id, v: report.version },
        )
      ).reviewMonitoringReport;
      await ok('pes', `mutation($id: ID!, $v: Int!) { confirmMonitoringReport(id: $id, version: $v) { status } }`, {
        id: report.id,
        v: reviewed.version,
      });
    }
    const again = (await ok('pes', `{ checkpoints(year: 2025) { id month scope version } }`)).checkpoints.find(
      (c: any) => c.id === cp.id,
    );
    expect(
      (
        await ok('pes', `mutation($id: ID!, $v: Int!) { closeCheckpoint(id: $id, version: $v) { status } }`, {
          id: cp.id,
          v: again.version,
        })
      ).closeCheckpoint.status,
    ).toBe('CONFIRMED');
  };

  it('May: every unit reports; 民政局 lags (10% < 5/12) and gets a yellow flag', async () => {
    await monitor(5, (code) => (code === 'mzj' ? 10 : 50));
    expect((await ok('pes', `{ flagSummary(year: 2025, month: 5) { yellow red } }`)).flagSummary).toEqual({
      yellow: 1,
      red: 0,
    });
  });

  it('August: it lags again (40% < 8/12): the flag turns red', async () => {
    await monitor(8, (code) => (code === 'mzj' ? 40 : 80));
    expect((await ok('pes', `{ flagSummary(year: 2025, month: 8) { red } }`)).flagSummary.red).toBe(1);
  });

  it('self-evaluation of 2025 (made in 2026): 民政局 graded 中, the others 优', async () => {
    state.evaluations = [];
    for (const [code, p] of Object.entries<any>(state.projects)) {
      const weak = code === 'mzj';
      const { submitSelfEvaluation: e } = await ok(
        `unit-${code}`,
        `mutation($id: ID!, $in: SelfEvaluationInput!) { submitSelfEvaluation(projectId: $id, input: $in) { id grade status } }`,
        {
          id: p.id,
          in: weak
            ? {
                executed: ((Number(p.budget) * 70) / 100).toFixed(2),
                outputCompletion: 70,
                benefitCompletion: 70,
                satisfactionCompletion: 80,
                explanation: '执行进度滞后，部分任务未完成',
              }
            : { executed: p.budget, outputCompletion: 100, benefitCompletion: 100, satisfactionCompletion: 95 },
        },
      );
      expect(e).toMatchObject({ grade: weak ? 'MEDIUM' : 'EXCELLENT', status: 'FINAL' });
      state.evaluations.push({ id: e.id, classified: p.unit.classified });
    }
  });

  it('cuts: the rules propose 10% of 民政局’s project for 2027, the budget section accepts it', async () => {
    expect((await ok('pes', `mutation { proposeCuts(year: 2025) }`)).proposeCuts).toBe(1);
    const ra = (
      await ok(
        'budget',
        `query($id: ID!) { node(id: $id) { ... on Project { resultApplications { id version targetYear proposedCut status } } } }`,
        { id: state.projects.mzj.id },
      )
    ).node.resultApplications[0];
    expect(ra).toMatchObject({ targetYear: 2027, proposedCut: '30000.00', status: 'PROPOSED' });
    const decided = (
      await ok(
        'budget',
        `mutation($id: ID!, $c: Decimal!, $v: Int!) { decideCut(id: $id, acceptedCut: $c, version: $v) { status acceptedCut appliedOn } }`,
        { id: ra.id, c: ra.proposedCut, v: ra.version },
      )
    ).decideCut;
    expect(decided).toEqual({ status: 'ACCEPTED', acceptedCut: '30000.00', appliedOn: null });
    state.cut = ra;
  });

  it('disclosure: targets and evaluations published, never the classified unit’s', async () => {
    const open = Object.values<any>(state.projects).filter((p) => !p.unit.classified);
    expect(
      (await ok('pes', `mutation($ids: [ID!]!) { publishTargets(projectIds: $ids) }`, { ids: open.map((p) => p.id) }))
        .publishTargets,
    ).toBe(4);
    const evaluations = state.evaluations.filter((e: any) => !e.classified).map((e: any) => e.id);
    expect(
      (await ok('pes', `mutation($ids: [ID!]!) { publishEvaluations(evaluationIds: $ids) }`, { ids: evaluations }))
        .publishEvaluations,
    ).toBe(4);
    const classified = state.evaluations.find((e: any) => e.classified).id;
    const refused = await gql(
      url,
      `mutation($ids: [ID!]!) { publishEvaluations(evaluationIds: $ids) }`,
      { ids: [classified] },
      t.pes,
    );
    expect(refused.errors?.[0]?.extensions?.field).toBe('evaluationIds[0]');
  });

  it('year end: the projects carry over to 2026 and 2027 with their targets as drafts; the cut shows on the 2027 line, both ways', async () => {
    expect((await ok('pes', `mutation { carryOverYear(year: 2025) { carried cutsApplied } }`)).carryOverYear).toEqual({
      carried: 5,
      cutsApplied: 0,
    });
    expect((await ok('pes', `mutation { carryOverYear(year: 2026) { carried cutsApplied } }`)).carryOverYear).toEqual({
      carried: 5,
      cutsApplied: 1,
    });
    const chain = (
      await ok(
        'unit-mzj',
        `query($id: ID!) { node(id: $id) { ... on Project { year budget resultApplications { id targetYear appliedOn appliedTo { id } }
          carriedOverTo { year budget targetStatus indicators { name targetValue } carriedOverTo { id year budget budgetBeforeCuts cutsApplied { id acceptedCut grade project { id } }
            carriedOverFrom { carriedOverFrom { id } } } } } } }`,
        { id: state.projects.mzj.id },
      )
    ).node;
    const y2026 = chain.carriedOverTo;
    expect(y2026).toMatchObject({ year: 2026, budget: '300000.00', targetStatus: 'DRAFT' });
    expect(y2026.indicators.map((i: any) => [i.name, i.targetValue])).toEqual(
      INDICATORS.map((i) => [i.name, i.targetValue]),
    );
    const y2027 = y2026.carriedOverTo;
    // grade → cut → next budget: the 2027 line is 300,000 − 30,000, and says where the cut came from.
    expect(y2027).toMatchObject({ year: 2027, budget: '270000.00', budgetBeforeCuts: '300000.00' });
    expect(y2027.cutsApplied).toEqual([
      { id: state.cut.id, acceptedCut: '30000.00', grade: 'MEDIUM', project: { id: state.projects.mzj.id } },
    ]);
    expect(y2027.carriedOverFrom.carriedOverFrom.id).toBe(state.projects.mzj.id);
    // and from the evaluated project forward to the line it cut.
    expect(chain.resultApplications).toEqual([
      {
        id: state.cut.id,
        targetYear: 2027,
        appliedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        appliedTo: { id: y2027.id },
      },
    ]);
    // The other lines keep their budgets.
    const { rows } = await db.query(
      `SELECT count(*)::int AS n FROM project WHERE year = 2027 AND budget_before_cuts IS NULL`,
    );
    expect(rows[0].n).toBe(4);
    const [audit] = (await db.query(`SELECT before, after FROM audit_log WHERE action = 'APPLY_CUT'`)).rows;
    expect(audit).toMatchObject({
      before: { budget: '300000.00', budget_before_cuts: null },
      after: {
        budget: '270000.00',
        budget_before_cuts: '300000.00',
        cut: '30000.00',
        resultApplicationId: expect.any(Number),
      },
    });
  });
});
