import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, login } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';
import { addNeighbourCounty } from '../support/neighbour.js';

// Issue 15 §3: the prefecture's county picker (filter.regionCode) and its counties side by side, and the
// public page's summary. Oracles in SQL written here; a second county is added under the prefecture so the
// comparison is checked for more than one.

describe('county views', () => {
  const ctx = useServer();
  let db: pg.Client;
  const t: Record<string, string> = {};
  let county: { id: number; code: string; name: string };
  const other = { code: '652899', name: '邻县' };
  const all = async (sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows;
  const one = async (sql: string, params: unknown[] = []) => (await all(sql, params))[0];
  const ok = async (token: string | undefined, query: string, variables: Record<string, unknown> = {}) => {
    const res = await gql(ctx.graphqlUrl, query, variables, token);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };

  beforeAll(async () => {
    for (const u of ['prefecture', 'leader', 'pes']) t[u] = await login(ctx.graphqlUrl, u);
    db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    county = await one(
      `SELECT r.id, r.code, r.name FROM region r JOIN app_user a ON a.region_id = r.id WHERE a.username = 'leader'`,
    );
    // A county next door under the same prefecture, with one unit, one 2023 project reported in August and
    // an open yellow flag, and a 2022 project self-evaluated 差.
    const n = await addNeighbourCounty(db, county, {
      ...other,
      sectionCode: 'sec-lx',
      sectionName: '邻县业务科',
      unitCode: 'LX001',
      unitName: '邻县教育局',
    });
    const [r, u] = [{ id: n.regionId }, { id: n.unitId }];
    const project = async (year: number, code: string, budget: string) =>
      (
        await all(
          `INSERT INTO project (region_id, year, unit_id, fund_family, code, name, budget, kind, budgeted_on, target_status)
           VALUES ($1, $2::int, $3, 'GENERAL_PUBLIC', $4, '邻县项目', $5, 'RECURRING', make_date($2::int, 1, 1), 'APPROVED') RETURNING id`,
          [r.id, year, u.id, code, budget],
        )
      )[0].id;
    const p23 = await project(2023, 'LX-2023-1', '1000000.00');
    const p22 = await project(2022, 'LX-2022-1', '500000.00');
    const [cp] = await all(
      `INSERT INTO monitoring_checkpoint (region_id, year, month, scope, period_end, report_due, status)
       VALUES ($1, 2023, 8, 'PROJECT', '2023-08-31', '2023-09-10', 'CONFIRMED') RETURNING id`,
      [r.id],
    );
    await db.query(
      `INSERT INTO monitoring_report (project_id, checkpoint_id, budget, executed, status, failed)
       VALUES ($1, $2, 1000000.00, 250000.00, 'CONFIRMED', true)`,
      [p23, cp.id],
    );
    await db.query(
      `INSERT INTO flag (project_id, raised_checkpoint_id, level, status, deadline)
       VALUES ($1, $2, 'YELLOW', 'OPEN', '2023-10-31')`,
      [p23, cp.id],
    );
    await db.query(
      `INSERT INTO evaluation (project_id, unit_id, year, kind, status, budget, executed, score, grade)
       VALUES ($1, $2, 2022, 'SELF', 'FINAL', 500000.00, 400000.00, 55, 'POOR')`,
      [p22, u.id],
    );
  });
  afterAll(async () => {
    await db?.end();
  });

  const COUNTIES = `{ counties { code name } }`;
  const COMPARE = `query($year: Int!, $filter: AnalyticsFilter) { countyComparison(year: $year, filter: $filter) {
    regionCode regionName projectCount budget checkpointMonth reportedBudget executed executionRate
    openYellow openRed evaluatedYear evaluated excellent good medium poor } }`;

  /** One county's figures as the tables say (all its units, classified included). */
  async function oracle(regionCode: string) {
    const params = [regionCode];
    const r = await one(`SELECT id FROM region WHERE code = $1`, params);
    const projects = await one(
      `SELECT count(*)::int AS n, COALESCE(sum(budget), 0)::text AS budget FROM project WHERE region_id = $1 AND year = 2023`,
      [r.id],
    );
    const exe = await one(
      `SELECT max(c.month) AS month FROM monitoring_checkpoint c WHERE c.region_id = $1 AND c.year = 2023 AND c.scope = 'PROJECT'
          AND EXISTS (SELECT 1 FROM monitoring_report x WHERE x.checkpoint_id = c.id AND x.status <> 'DRAFT')`,
      [r.id],
    );
    const sums = await one(
      `SELECT COALESCE(sum(x.budget), 0)::text AS budget, COALESCE(sum(x.executed), 0)::text AS executed
         FROM monitoring_report x JOIN monitoring_checkpoint c ON c.id = x.checkpoint_id
        WHERE c.region_id = $1 AND c.year = 2023 AND c.month = $2 AND c.scope = 'PROJECT' AND x.status <> 'DRAFT'`,
      [r.id, exe.month],
    );
    const flags = await one(
      `SELECT (count(*) FILTER (WHERE f.level = 'YELLOW'))::int AS yellow, (count(*) FILTER (WHERE f.level = 'RED'))::int AS red
         FROM flag f JOIN project p ON p.id = f.project_id WHERE p.region_id = $1 AND p.year = 2023 AND f.status = 'OPEN'`,
      [r.id],
    );
    const grades = await all(
      `SELECT e.grade, count(*)::int AS n FROM evaluation e JOIN project p ON p.id = e.project_id
        WHERE p.region_id = $1 AND e.year = 2022 AND e.kind = 'SELF' AND e.status = 'FINAL' GROUP BY 1`,
      [r.id],
    );
    const g = (x: string) => grades.find((y) => y.grade === x)?.n ?? 0;
    return { projects, month: exe.month, sums, flags, g };
  }

  it('lists every county below the prefecture side by side, each as the tables say', async () => {
    const { counties } = await ok(t.prefecture, COUNTIES);
    expect(counties.map((c: { code: string }) => c.code)).toEqual([county.code, other.code]);
    const rows = (await ok(t.prefecture, COMPARE, { year: 2023 })).countyComparison;
    expect(rows.map((r: { regionCode: string }) => r.regionCode)).toEqual([county.code, other.code]);
    for (const row of rows) {
      const o = await oracle(row.regionCode);
      expect(row.projectCount).toBe(o.projects.n);
      expect(row.budget).toBe(o.projects.budget);
      expect(row.checkpointMonth).toBe(o.month);
      expect(row.reportedBudget).toBe(o.sums.budget);
      expect(row.executed).toBe(o.sums.executed);
      expect(row.executionRate).toBeCloseTo(Number(o.sums.executed) / Number(o.sums.budget), 12);
      expect([row.openYellow, row.openRed]).toEqual([o.flags.yellow, o.flags.red]);
      expect(row.evaluatedYear).toBe(2022);
      expect([row.excellent, row.good, row.medium, row.poor]).toEqual([
        o.g('EXCELLENT'),
        o.g('GOOD'),
        o.g('MEDIUM'),
        o.g('POOR'),
      ]);
      expect(row.evaluated).toBe(row.excellent + row.good + row.medium + row.poor);
    }
    // The demo county: the report's 2023 figures (321 projects, August) and 2022's 17 中 and 10 差.
    expect(rows[0]).toMatchObject({ projectCount: 321, checkpointMonth: 8, medium: 17, poor: 10 });
    expect(rows[1]).toMatchObject({
      regionName: other.name,
      projectCount: 1,
      executed: '250000.00',
      executionRate: 0.25,
      openYellow: 1,
      openRed: 0,
      poor: 1,
    });
  });

  it('narrows every figure to the county picked', async () => {
    const picked = (await ok(t.prefecture, COMPARE, { year: 2023, filter: { regionCode: other.code } }))
      .countyComparison;
    expect(picked.map((r: { regionCode: string }) => r.regionCode)).toEqual([other.code]);
    const target = `query($f: AnalyticsFilter) { targetSummary(year: 2023, filter: $f) { projectCount budget } }`;
    const mine = (await ok(t.prefecture, target, { f: { regionCode: county.code } })).targetSummary;
    const theirs = (await ok(t.prefecture, target, { f: { regionCode: other.code } })).targetSummary;
    const both = (await ok(t.prefecture, target)).targetSummary;
    expect(mine.projectCount).toBe(321);
    expect(theirs).toEqual({ projectCount: 1, budget: '1000000.00' });
    expect(both.projectCount).toBe(322);
    const flags = `query($f: AnalyticsFilter) { flagSummary(year: 2023, month: 8, filter: $f) { yellow red } }`;
    expect((await ok(t.prefecture, flags, { f: { regionCode: other.code } })).flagSummary).toEqual({
      yellow: 1,
      red: 0,
    });
  });

  it('lets a county viewer pick only its own county: any other is not found', async () => {
    for (const who of ['leader', 'pes']) {
      expect((await ok(t[who], COUNTIES)).counties).toEqual([{ code: county.code, name: county.name }]);
      const rows = (await ok(t[who], COMPARE, { year: 2023 })).countyComparison;
      expect(rows.map((r: { regionCode: string }) => r.regionCode)).toEqual([county.code]);
      expect(rows[0].projectCount).toBe(321);
      for (const code of [other.code, '652800', '999999']) {
        const res = await gql(ctx.graphqlUrl, COMPARE, { year: 2023, filter: { regionCode: code } }, t[who]);
        expect(res.data).toBeNull();
        expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
        expect(res.errors?.[0]?.extensions?.field).toBe('filter.regionCode');
        expect(res.errors?.[0]?.message).toContain('县不存在或无权访问');
      }
    }
  });

  it('names a county in English where its English name is known, and leaves it null where none is', async () => {
    const { counties } = await ok(t.prefecture, `{ counties { code name nameEn } }`);
    expect(counties).toEqual([
      { code: county.code, name: '尉犁县', nameEn: 'Yuli County' },
      { code: other.code, name: other.name, nameEn: null },
    ]);
    const rows = (await ok(t.prefecture, `{ countyComparison(year: 2023) { regionCode regionName regionNameEn } }`))
      .countyComparison;
    expect(rows).toEqual([
      { regionCode: county.code, regionName: '尉犁县', regionNameEn: 'Yuli County' },
      { regionCode: other.code, regionName: other.name, regionNameEn: null },
    ]);
    const me = async (who: string) => (await ok(t[who], `{ me { regionName regionNameEn scopeDescription } }`)).me;
    expect(await me('leader')).toEqual({
      regionName: '尉犁县',
      regionNameEn: 'Yuli County',
      scopeDescription: '领导：尉犁县全部数据 / all of Yuli County',
    });
    expect(await me('prefecture')).toMatchObject({
      regionName: '巴音郭楞蒙古自治州',
      regionNameEn: 'Bayingolin Mongol Autonomous Prefecture',
    });
    expect((await me('prefecture')).scopeDescription).toContain(
      '巴音郭楞蒙古自治州所辖各县（只读）/ every county below Bayingolin Mongol Autonomous Prefecture (read-only)',
    );
    const { publicSummary } = await ok(
      undefined,
      `query($code: String) { publicSummary(year: 2023, regionCode: $code) { county { code name nameEn } } }`,
      { code: county.code },
    );
    expect(publicSummary.county).toEqual({ code: county.code, name: '尉犁县', nameEn: 'Yuli County' });
  });

  const SUMMARY = `query($year: Int!, $code: String) { publicSummary(year: $year, regionCode: $code) {
    county { code name bureauName } year projectCount budget evaluatedCount excellent good medium poor
    mediumOrPoor { code name unitName grade score } } }`;

  it('sums only what is published for the public, never a classified unit’s rows', async () => {
    const { publicCounties } = await ok(undefined, `{ publicCounties { code name } }`);
    expect(publicCounties).toEqual([{ code: county.code, name: county.name }]);
    for (const year of [2022, 2023]) {
      const s = (await ok(undefined, SUMMARY, { year })).publicSummary;
      expect(s.county.code).toBe(county.code);
      const published = `p.region_id = $1 AND p.year = $2 AND p.targets_published_on IS NOT NULL
        AND p.target_status = 'APPROVED' AND NOT u.classified`;
      const totals = await one(
        `SELECT count(*)::int AS n, COALESCE(sum(p.budget), 0)::text AS budget FROM project p JOIN unit u ON u.id = p.unit_id WHERE ${published}`,
        [county.id, year],
      );
      expect([s.projectCount, s.budget]).toEqual([totals.n, totals.budget]);
      const graded = await all(
        `SELECT p.code, e.grade FROM evaluation e JOIN project p ON p.id = e.project_id JOIN unit u ON u.id = p.unit_id
          WHERE ${published} AND e.kind = 'SELF' AND e.status = 'FINAL' AND e.published_on IS NOT NULL`,
        [county.id, year],
      );
      const n = (g: string) => graded.filter((x) => x.grade === g).length;
      expect([s.evaluatedCount, s.excellent, s.good, s.medium, s.poor]).toEqual([
        graded.length,
        n('EXCELLENT'),
        n('GOOD'),
        n('MEDIUM'),
        n('POOR'),
      ]);
      expect(s.mediumOrPoor.map((x: { code: string }) => x.code).sort()).toEqual(
        graded
          .filter((x) => x.grade === 'MEDIUM' || x.grade === 'POOR')
          .map((x) => x.code)
          .sort(),
      );
      if (year === 2022) expect(s.evaluatedCount).toBeGreaterThan(0);
    }
    const none = await gql(ctx.graphqlUrl, SUMMARY, { year: 2023, code: '000000' });
    expect(none.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // The neighbour published nothing: its page counts nothing, its unpublished project never shows.
    const theirs = (await ok(undefined, SUMMARY, { year: 2023, code: other.code })).publicSummary;
    expect([theirs.projectCount, theirs.evaluatedCount]).toEqual([0, 0]);
  });
});
