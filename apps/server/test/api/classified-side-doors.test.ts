import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVER_DIR } from '../../src/config.js';
import { demoBiTokenOf, gql, login } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';

// Issue 14 §3: the five side doors through which classified units' (涉密单位) rows leaked, each tried over HTTP
// for the roles it concerned and BI tokens, and the BI totals that reconcile. DOMAIN.md: classified units'
// rows are visible only to leadership, the performance section and the unit itself; BI tokens never see them.

const CLI = resolve(SERVER_DIR, 'dist/admin/cli.js');
const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');
/** Yuan as text ("645012345.6", "12") to fen, exactly. */
const fen = (yuan: string) => {
  const [whole, frac = ''] = yuan.split('.');
  return BigInt(whole!) * 100n + BigInt((frac + '00').slice(0, 2));
};

function adminCli(databaseUrl: string, ...args: string[]): Promise<string> {
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd: SERVER_DIR, env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'production' } },
      (error, stdout, stderr) => (error ? fail(new Error(stderr)) : done(stdout)),
    );
  });
}

describe('classified units leak by no side door', () => {
  const ctx = useServer();
  const t: Record<string, string> = {};
  let db: pg.Client;
  const q = async (text: string, values: unknown[] = []) => (await db.query(text, values)).rows;
  const as = (who: string, query: string, variables: Record<string, unknown> = {}) =>
    gql(ctx.graphqlUrl, query, variables, t[who]);
  const ok = async (who: string, query: string, variables: Record<string, unknown> = {}) => {
    const res = await as(who, query, variables);
    expect(res.errors, `${who}: ${JSON.stringify(res.errors)}`).toBeUndefined();
    return res.data as any;
  };
  /** Refused with `code` naming `field`; the probe's rows did not move. */
  const refused = async (
    who: string,
    query: string,
    variables: Record<string, unknown>,
    code: string,
    field: string,
    probe: string,
  ) => {
    const before = await q(probe);
    const res = await as(who, query, variables);
    expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res.errors)).toBe(code);
    expect(res.errors![0]!.extensions!.field).toBe(field);
    expect(res.errors![0]!.message).toMatch(/[\u4e00-\u9fff].* \/ .*[A-Za-z]{3}/);
    expect(await q(probe)).toEqual(before);
  };
  const ids: { gaj: number; gaj2023: number; agencies: Record<string, string> } = {} as never;
  /** People who may not see classified rows, and BI tokens (the leader's demo token, the performance section's). */
  const BLIND = ['budget', 'sec-xzzf', 'prefecture', 'agency-xinhe', 'bi-leader', 'bi-pes', 'bi-budget'];

  beforeAll(async () => {
    db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    for (const u of ['leader', 'pes', 'budget', 'sec-xzzf', 'prefecture', 'unit-gaj', 'agency-xinhe', 'agency-huaxia'])
      t[u] = await login(ctx.graphqlUrl, u);
    t['bi-leader'] = await demoBiTokenOf(ctx.databaseUrl);
    for (const u of ['pes', 'budget'])
      t[`bi-${u}`] = (await ok(u, 'mutation { createApiToken(name: "bi") { token } }')).createApiToken.token;
    const [county] = await q(`SELECT code FROM region WHERE level = 'COUNTY'`);
    const out = await adminCli(ctx.databaseUrl, 'create-admin', '--region', county.code, '--username', 'cls-admin');
    const password = /password(?: of \S+)?: (\S+)/.exec(out)![1]!;
    t.admin = await login(ctx.graphqlUrl, 'cls-admin', password);
    t.admin = (
      await ok(
        'admin',
        `mutation($c: String!) { changePassword(currentPassword: $c, newPassword: "Classified-2026-safe") { token } }`,
        {
          c: password,
        },
      )
    ).changePassword.token;
    ids.gaj = (await q(`SELECT id FROM unit WHERE code = 'gaj'`))[0].id;
    ids.gaj2023 = (
      await q(`SELECT p.id FROM project p JOIN unit u ON u.id = p.unit_id WHERE u.code = 'gaj' AND p.year = 2023`)
    )[0].id;
    ids.agencies = Object.fromEntries(
      (await ok('pes', '{ agencies { id code } }')).agencies.map((a: any) => [a.code, a.id]),
    );
  });
  afterAll(() => db?.end());

  describe('3. only an agency cleared for classified work takes a classified project, and sees exactly it', () => {
    const ASSIGN = `mutation($p: ID!, $a: ID!) { assignKeyEvaluation(projectId: $p, agencyId: $a) { id } }`;
    const UPDATE = `mutation($i: UpdateAgencyInput!) { updateAgency(input: $i) { code clearedForClassified version } }`;
    const PROBE = `SELECT id, agency_id FROM evaluation WHERE kind = 'KEY' ORDER BY id`;

    it('refuses an agency not cleared, naming agencyId', async () => {
      await refused(
        'pes',
        ASSIGN,
        { p: gid('Project', ids.gaj2023), a: ids.agencies.huaxia },
        'BAD_USER_INPUT',
        'agencyId',
        PROBE,
      );
    });

    it('an administrator clears an agency, audited; no one else may', async () => {
      const AGENCIES = `{ organisation { agencies { id code clearedForClassified version } } }`;
      const before = (await ok('admin', AGENCIES)).organisation.agencies.find((a: any) => a.code === 'huaxia');
      expect(before.clearedForClassified).toBe(false);
      const input = { id: before.id, version: before.version, clearedForClassified: true };
      const res = await as('pes', UPDATE, { i: input });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await ok('admin', UPDATE, { i: input })).updateAgency).toEqual({
        code: 'huaxia',
        clearedForClassified: true,
        version: before.version + 1,
      });
      const audit = await q(`SELECT before->>'cleared_for_classified' AS b, after->>'cleared_for_classified' AS a
        FROM audit_log WHERE entity = 'Agency' AND action = 'UPDATE'`);
      expect(audit).toEqual([{ b: 'false', a: 'true' }]);
    });

    it('then takes the key evaluation, and sees that project and no other classified row', async () => {
      const { assignKeyEvaluation } = await ok('pes', ASSIGN, {
        p: gid('Project', ids.gaj2023),
        a: ids.agencies.huaxia,
      });
      const LIST = `{ projects(first: 100, filter: { classified: true }) { totalCount edges { node { id unit { name } } } }
        evaluations(first: 100, filter: { classified: true }) { edges { node { id } } } }`;
      const seen = await ok('agency-huaxia', LIST);
      expect(seen.projects.edges.map((e: any) => e.node.id)).toEqual([gid('Project', ids.gaj2023)]);
      expect(seen.projects.edges[0].node.unit.name).toBe('尉犁县公安局');
      expect(seen.evaluations.edges.map((e: any) => e.node.id)).toEqual([assignKeyEvaluation.id]);
      const others = (
        await q(`SELECT p.id FROM project p JOIN unit u ON u.id = p.unit_id WHERE u.classified AND p.id <> $1`, [
          ids.gaj2023,
        ])
      ).map((r) => gid('Project', r.id));
      const nodes = await ok('agency-huaxia', `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: others });
      expect(nodes.nodes.every((n: unknown) => n === null)).toBe(true);
      // An agency not cleared still sees no classified row.
      expect((await ok('agency-xinhe', LIST)).projects.totalCount).toBe(0);
    });

    it('an ex-ante re-assessment of a classified project likewise goes only to a cleared agency', async () => {
      const p = (
        await ok(
          'unit-gaj',
          `mutation { createProject(input: { year: 2025, name: "2025年执法执勤用房改造", fundFamily: GENERAL_PUBLIC, budget: "900000.00", kind: NEW }) { id } }`,
        )
      ).createProject.id;
      await ok(
        'unit-gaj',
        `mutation($id: ID!, $in: ExAnteInput!) { submitExAnteAssessment(projectId: $id, input: $in) { id } }`,
        {
          id: p,
          in: {
            necessity: '执法执勤业务用房年久失修，存在安全隐患，亟需改造。',
            feasibility: '改造方案已经专家论证，用地与规划手续齐全。',
            targetReasonableness: '改造面积与资金规模匹配，绩效指标可衡量。',
            fundingPlan: '县级财政一次性安排，年内支付完毕。',
          },
        },
      );
      const version = async () =>
        (
          await ok('pes', `query($id: ID!) { node(id: $id) { ... on Project { exAnteAssessment { version } } } }`, {
            id: p,
          })
        ).node.exAnteAssessment.version;
      await ok(
        'pes',
        `mutation($id: ID!, $v: Int!) { reviewExAnteAssessment(projectId: $id, opinion: "同意报送", version: $v) { id } }`,
        {
          id: p,
          v: await version(),
        },
      );
      const SEND = `mutation($p: ID!, $a: ID!, $v: Int!) { sendExAnteToAgency(projectId: $p, agencyId: $a, version: $v) { id } }`;
      const probe = `SELECT status, agency_id, version FROM ex_ante_assessment ORDER BY id`;
      await refused('pes', SEND, { p, a: ids.agencies.xinhe, v: await version() }, 'BAD_USER_INPUT', 'agencyId', probe);
      await ok('pes', SEND, { p, a: ids.agencies.huaxia, v: await version() });
      const seen = await ok(
        'agency-huaxia',
        `{ projects(first: 100, filter: { classified: true }) { edges { node { id } } } }`,
      );
      expect(seen.projects.edges.map((e: any) => e.node.id).sort()).toEqual([gid('Project', ids.gaj2023), p].sort());
    });

    it('an agency whose stored credit code predates the check can still be marked (the code is checked when it changes)', async () => {
      const AGENCIES = `{ organisation { agencies { id code creditCode clearedForClassified version } } }`;
      const a = (await ok('admin', AGENCIES)).organisation.agencies.find((x: any) => x.code === 'tianzheng');
      expect(a.creditCode).toMatch(/[IOSVZ]/); // letters a unified social credit code never has
      const input = { id: a.id, version: a.version, clearedForClassified: true };
      expect((await ok('admin', UPDATE, { i: input })).updateAgency.clearedForClassified).toBe(true);
      await refused(
        'admin',
        UPDATE,
        { i: { id: a.id, version: a.version + 1, creditCode: 'ZZZ' } },
        'BAD_USER_INPUT',
        'creditCode',
        `SELECT credit_code, version FROM agency ORDER BY id`,
      );
      await ok('admin', UPDATE, { i: { id: a.id, version: a.version + 1, clearedForClassified: false } });
    });
  });

  describe('1. auditLog', () => {
    /** Every entry the viewer's auditLog lists, page by page. */
    async function auditLog(who: string) {
      const entries: any[] = [];
      let after: string | null = null;
      for (;;) {
        const res: any = await ok(
          who,
          `query($after: String) { auditLog(first: 100, after: $after) { totalCount
            edges { node { action entity entityId username before after } } pageInfo { hasNextPage endCursor } } }`,
          { after },
        );
        entries.push(...res.auditLog.edges.map((e: any) => e.node));
        if (!res.auditLog.pageInfo.hasNextPage) return entries;
        after = res.auditLog.pageInfo.endCursor;
      }
    }

    it('hides entries about a classified unit’s unit-wide targets, reports and flags from BI tokens too', async () => {
      const [t] = await q(
        `INSERT INTO unit_wide_target (unit_id, year, budget) SELECT id, 2031, 1000 FROM unit WHERE code = 'gaj' RETURNING id`,
      );
      const [cp] = await q(
        `INSERT INTO monitoring_checkpoint (region_id, year, month, scope, period_end, report_due, status)
         SELECT region_id, 2031, 6, 'UNIT_WIDE', '2031-06-30', '2031-07-10', 'PLANNED' FROM unit WHERE code = 'gaj' RETURNING id`,
      );
      const [r] = await q(
        `INSERT INTO unit_wide_report (target_id, checkpoint_id, budget, executed, actuals, submitted_on)
         VALUES ($1, $2, 1000, 10, '[]', '2031-07-01') RETURNING id`,
        [t.id, cp.id],
      );
      const marker = '部门整体-涉密-审计标记';
      for (const [entity, id] of [
        ['UnitWideTargets', t.id],
        ['UnitWideReport', r.id],
      ]) {
        await q(`INSERT INTO audit_log (action, entity, entity_id, after) VALUES ('SUBMIT', $1, $2, $3)`, [
          entity,
          String(id),
          JSON.stringify({ note: marker }),
        ]);
      }
      try {
        for (const who of ['leader', 'pes']) {
          const log = await auditLog(who);
          expect(log.filter((e) => JSON.stringify(e.after ?? '').includes(marker)).length, who).toBe(2);
        }
        for (const who of ['bi-leader', 'bi-pes']) {
          expect(JSON.stringify(await auditLog(who)), who).not.toContain(marker);
        }
      } finally {
        await q(`DELETE FROM audit_log WHERE after->>'note' = $1`, [marker]);
        await q(`DELETE FROM unit_wide_report WHERE id = $1`, [r.id]);
        await q(`DELETE FROM monitoring_checkpoint WHERE id = $1`, [cp.id]);
        await q(`DELETE FROM unit_wide_target WHERE id = $1`, [t.id]);
      }
    });

    it('shows leadership and the performance section every entry, their BI tokens none about a classified unit', async () => {
      // Entries about classified rows exist by now (section 3): the key evaluation, the gaj project, its ex-ante steps.
      const about = (
        await q(`SELECT a.entity || ':' || a.entity_id AS k FROM audit_log a
        WHERE (a.entity = 'Evaluation' AND a.entity_id::int IN (SELECT e.id FROM evaluation e JOIN unit u ON u.id = e.unit_id WHERE u.classified))
           OR (a.entity IN ('Project', 'ProjectTargets') AND a.entity_id::int IN (SELECT p.id FROM project p JOIN unit u ON u.id = p.unit_id WHERE u.classified))
           OR (a.entity = 'ExAnteAssessment' AND a.entity_id::int IN (SELECT x.id FROM ex_ante_assessment x JOIN project p ON p.id = x.project_id JOIN unit u ON u.id = p.unit_id WHERE u.classified))`)
      ).map((r) => r.k as string);
      expect(about.length).toBeGreaterThanOrEqual(4);
      const key = (e: any) => `${e.entity}:${e.entityId}`;
      const full = await auditLog('leader');
      for (const who of ['leader', 'pes']) {
        const log = await auditLog(who);
        expect(log.filter((e) => about.includes(key(e))).length, who).toBe(about.length);
        expect(log.some((e) => e.username === 'unit-gaj')).toBe(true);
      }
      for (const who of ['bi-leader', 'bi-pes']) {
        const log = await auditLog(who);
        expect(
          log.filter((e) => about.includes(key(e))),
          who,
        ).toEqual([]);
        // Nor what the classified unit's own people did (their logins, their filings).
        expect(log.filter((e) => e.username === 'unit-gaj')).toEqual([]);
        expect(JSON.stringify(log)).not.toContain('执法执勤用房');
        // Everything else is there: the agency's clearance, other people's logins.
        expect(log.some((e) => e.entity === 'Agency' && e.action === 'UPDATE')).toBe(true);
        expect(log.some((e) => e.username === 'sec-xzzf' && e.action === 'LOGIN')).toBe(true);
        expect(log.length).toBeLessThan(full.length);
      }
    });
  });

  describe('2. a filter by a classified unit’s id is "not found" to whoever may not see its rows', () => {
    const QUERIES: [string, string][] = [
      ['targetSummary', `targetSummary(year: 2023, filter: $f) { projectCount budget }`],
      ['executionSummary', `executionSummary(year: 2023, month: 8, filter: $f) { projectCount budget }`],
      ['flagSummary', `flagSummary(year: 2023, month: 8, filter: $f) { yellow red }`],
      ['gradeDistribution', `gradeDistribution(year: 2022, kind: SELF, filter: $f) { total budget }`],
      ['resultApplicationSummary', `resultApplicationSummary(year: 2022, filter: $f) { projectCount }`],
      ['disclosureSummary', `disclosureSummary(year: 2023, filter: $f) { approvedTargetCount }`],
      ['projects', `projects(first: 10, filter: $f) { totalCount classifiedTotals { count budget } }`],
      ['flags', `flags(first: 10, filter: $f) { totalCount }`],
      ['evaluations', `evaluations(first: 10, filter: $f) { totalCount }`],
    ];
    const typeOf: Record<string, string> = {
      targetSummary: 'AnalyticsFilter',
      executionSummary: 'AnalyticsFilter',
      flagSummary: 'AnalyticsFilter',
      gradeDistribution: 'AnalyticsFilter',
      resultApplicationSummary: 'AnalyticsFilter',
      disclosureSummary: 'AnalyticsFilter',
      projects: 'ProjectFilter',
      flags: 'FlagFilter',
      evaluations: 'EvaluationFilter',
    };

    it.each(QUERIES)('%s', async (name, field) => {
      const query = `query($f: ${typeOf[name]}) { ${field} }`;
      const leader = await as('leader', query, { f: { unitId: gid('Unit', ids.gaj) } });
      expect(leader.errors).toBeUndefined();
      for (const who of BLIND) {
        const unknown = await as(who, query, { f: { unitId: gid('Unit', 999999) } });
        const classified = await as(who, query, { f: { unitId: gid('Unit', ids.gaj) } });
        expect(classified.data ?? null, who).toBeNull();
        expect(classified.errors![0]!.extensions, who).toMatchObject({ code: 'NOT_FOUND', field: 'filter.unitId' });
        expect({ ...classified.errors![0]!.extensions, requestId: null }).toEqual({
          ...unknown.errors![0]!.extensions,
          requestId: null,
        });
        expect(classified.errors![0]!.message).toBe(unknown.errors![0]!.message);
      }
    });

    it('projectAggregate', async () => {
      const query = `query($f: AggregateFilter) { projectAggregate(groupBy: [], filter: $f) { projectCount } }`;
      for (const who of BLIND) {
        const res = await as(who, query, { f: { unitId: gid('Unit', ids.gaj) } });
        expect(res.errors?.[0]?.extensions, who).toMatchObject({ code: 'NOT_FOUND', field: 'filter.unitId' });
      }
    });
  });

  describe('2b. nor does a search narrow a total to a classified unit’s figures', () => {
    it.each(['2023-gaj', '公安'])('search "%s"', async (search) => {
      const query = `query($f: AnalyticsFilter, $a: AggregateFilter) {
        targetSummary(year: 2023, filter: $f) { projectCount budget }
        executionSummary(year: 2023, month: 8, filter: $f) { projectCount }
        gradeDistribution(year: 2022, kind: SELF, filter: $f) { total }
        projectAggregate(groupBy: [], filter: $a) { projectCount } }`;
      const vars = { f: { search }, a: { search } };
      const leader = await ok('leader', query, { f: { search: '2023-gaj' }, a: { search: '2023-gaj' } });
      expect(leader.targetSummary.projectCount).toBe(1);
      expect(leader.projectAggregate[0].projectCount).toBeGreaterThan(0);
      for (const who of BLIND) {
        const r = await ok(who, query, vars);
        expect(r.targetSummary, who).toEqual({ projectCount: 0, budget: expect.anything() });
        expect(fen(r.targetSummary.budget)).toBe(0n);
        expect(r.executionSummary[0].projectCount).toBe(0);
        expect(r.gradeDistribution.total).toBe(0);
        expect(r.projectAggregate[0]?.projectCount ?? 0).toBe(0);
      }
    });
  });

  describe('4. an agency’s aggregates count only the evaluations it may see', () => {
    it('gradeDistribution, disclosureSummary and the GRADE pivot count the agency’s own evaluations, not its projects’ others', async () => {
      const [{ key, final }] = await q(`SELECT count(*) FILTER (WHERE e.kind = 'KEY')::int AS key,
          count(*)::int AS final FROM evaluation e JOIN agency a ON a.id = e.agency_id
         WHERE a.code = 'xinhe' AND e.year = 2022 AND e.status = 'FINAL'`);
      // Self evaluations of xinhe's projects exist: the agency must not count them.
      const [{ self }] =
        await q(`SELECT count(*)::int AS self FROM evaluation s WHERE s.kind = 'SELF' AND s.status = 'FINAL'
        AND s.project_id IN (SELECT e.project_id FROM evaluation e JOIN agency a ON a.id = e.agency_id WHERE a.code = 'xinhe')`);
      expect(self).toBeGreaterThan(0);
      const r = await ok(
        'agency-xinhe',
        `{ self: gradeDistribution(year: 2022, kind: SELF) { total }
           dept: gradeDistribution(year: 2022, kind: DEPARTMENT) { total }
           key: gradeDistribution(year: 2022, kind: KEY) { total }
           disclosureSummary(year: 2022) { finalEvaluationCount }
           projectAggregate(groupBy: [GRADE]) { keys { key } projectCount } }`,
      );
      expect(r.self.total).toBe(0);
      expect(r.dept.total).toBe(0);
      expect(r.key.total).toBe(key);
      expect(r.disclosureSummary.finalEvaluationCount).toBe(final);
      expect(r.projectAggregate.map((x: any) => x.keys[0].key)).toEqual(['NONE']);
    });
  });

  describe('5. authenticity checks', () => {
    it('BI tokens see no check of a classified unit’s self-evaluation; leadership and the performance section see all', async () => {
      const [{ all, classified }] =
        await q(`SELECT count(*)::int AS all, (count(*) FILTER (WHERE u.classified))::int AS classified
        FROM authenticity_check c JOIN authenticity_sample s ON s.id = c.sample_id JOIN evaluation e ON e.id = c.evaluation_id
        JOIN unit u ON u.id = e.unit_id WHERE s.year = 2022`);
      expect(classified).toBeGreaterThan(0);
      const SAMPLE = `{ authenticitySample(year: 2022) { population checks { id result evaluation { id } } } }`;
      for (const who of ['leader', 'pes']) expect((await ok(who, SAMPLE)).authenticitySample.checks).toHaveLength(all);
      for (const who of ['bi-leader', 'bi-pes']) {
        const { checks } = (await ok(who, SAMPLE)).authenticitySample;
        expect(checks).toHaveLength(all - classified);
        expect(checks.every((c: any) => c.evaluation !== null)).toBe(true);
      }
    });
  });

  describe('BI totals reconcile', () => {
    it('a BI token’s projects of 2023 plus classifiedTotals are exactly the totals', async () => {
      const [truth] = await q(`SELECT count(*)::int AS n, sum(budget)::text AS budget,
        (count(*) FILTER (WHERE u.classified))::int AS hidden, COALESCE(sum(budget) FILTER (WHERE u.classified), 0)::text AS hidden_budget
        FROM project p JOIN unit u ON u.id = p.unit_id WHERE p.year = 2023`);
      const QUERY = `query($f: ProjectFilter, $a: AggregateFilter, $after: String) {
        projects(first: 100, after: $after, filter: $f) { totalCount classifiedTotals { count budget }
          edges { node { budget } } pageInfo { hasNextPage endCursor } }
        projectAggregate(groupBy: [], filter: $a) { projectCount budget } }`;
      const vars = { f: { year: 2023 }, a: { year: 2023 } };
      for (const who of ['bi-leader', 'bi-pes', 'bi-budget', 'budget', 'leader']) {
        let listed = 0n;
        let r: any;
        let after: string | null = null;
        do {
          r = await ok(who, QUERY, { ...vars, after });
          listed += r.projects.edges.reduce((s: bigint, e: any) => s + fen(e.node.budget), 0n);
          after = r.projects.pageInfo.endCursor;
        } while (r.projects.pageInfo.hasNextPage);
        const sees = who === 'leader';
        expect(r.projects.classifiedTotals.count, who).toBe(sees ? 0 : truth.hidden);
        expect(fen(r.projects.classifiedTotals.budget)).toBe(sees ? 0n : fen(truth.hidden_budget));
        expect(r.projects.totalCount + r.projects.classifiedTotals.count).toBe(r.projectAggregate[0].projectCount);
        expect(listed + fen(r.projects.classifiedTotals.budget)).toBe(fen(r.projectAggregate[0].budget));
      }
      const bi = await ok('bi-leader', QUERY, vars);
      expect(bi.projectAggregate[0].projectCount).toBe(truth.n);
      expect(fen(bi.projectAggregate[0].budget)).toBe(fen(truth.budget));
      // A hidden project never matches a search: its name cannot narrow the totals.
      const searched = await ok(
        'bi-leader',
        `{ projects(filter: { year: 2023, search: "2023-gaj" }) { totalCount classifiedTotals { count budget } } }`,
      );
      expect(searched.projects).toEqual({ totalCount: 0, classifiedTotals: { count: 0, budget: expect.anything() } });
      expect(fen(searched.projects.classifiedTotals.budget)).toBe(0n);
    });
  });
});
