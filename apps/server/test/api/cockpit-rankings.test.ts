import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/graphql/global-id.js';
import { gql, login } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';
import { addNeighbourCounty } from '../support/neighbour.js';

// Issue 15 §1: the cockpit's rankings and cut figures. Every figure is checked against SQL written here,
// on the demo county (2023's execution and flags, 2022's evaluations whose cuts land in 2024's budget),
// amounts to the fen.

describe('the cockpit rankings and cuts', () => {
  const ctx = useServer();
  let db: pg.Client;
  let leader: string;
  let budget: string;
  let regionId: number;
  const all = async (sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows;
  const one = async (sql: string, params: unknown[] = []) => (await all(sql, params))[0];
  const ok = async (token: string, query: string, variables: Record<string, unknown> = {}) => {
    const res = await gql(ctx.graphqlUrl, query, variables, token);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };

  beforeAll(async () => {
    leader = await login(ctx.graphqlUrl, 'leader');
    budget = await login(ctx.graphqlUrl, 'budget');
    db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    regionId = (await one(`SELECT region_id FROM app_user WHERE username = 'leader'`)).region_id;
  });
  afterAll(async () => {
    await db?.end();
  });

  /** Execution at (year, month) by unit or project, behind 8/12 of the year first, as the county's reports say. */
  async function lagOracle(year: number, month: number, by: 'UNIT' | 'PROJECT', classified: boolean) {
    const key = by === 'UNIT' ? 'u.id' : 'p.id';
    const rows = await all(
      `SELECT ${key} AS id, sum(r.budget)::text AS budget, sum(r.executed)::text AS executed, count(*)::int AS n,
              (sum(r.executed) / sum(r.budget))::float8 AS rate,
              (sum(r.executed) / sum(r.budget) - $3::numeric / 12)::float8 AS gap
         FROM monitoring_report r JOIN monitoring_checkpoint c ON c.id = r.checkpoint_id
         JOIN project p ON p.id = r.project_id JOIN unit u ON u.id = p.unit_id
        WHERE c.region_id = $1 AND c.year = $2 AND c.month = $3 AND c.scope = 'PROJECT' AND r.status <> 'DRAFT'
          AND ($4 OR NOT u.classified)
        GROUP BY ${key} HAVING sum(r.budget) > 0
        ORDER BY sum(r.executed) / sum(r.budget), sum(r.budget) DESC, ${key}`,
      [regionId, year, month, classified],
    );
    return rows.map((r) => ({ ...r, id: toGlobalId(by === 'UNIT' ? 'Unit' : 'Project', r.id) }));
  }

  /** An overdue ranking's rows as [unit, flags, red, projects, days], the oracle's the same way. */
  const overdueRows = (rows: Record<string, unknown>[]) =>
    rows.map((x) => [x.unitId, x.flagCount, x.redCount, x.projectCount, x.maxDaysOverdue]);
  const overdueOracleRows = (rows: Record<string, any>[]) =>
    rows.map((o) => [toGlobalId('Unit', o.id), o.flags, o.red, o.projects, o.days]);

  const LAG = `query($year: Int!, $month: Int!, $by: ExecutionRankingBy!, $first: Int!) {
    executionLagRanking(year: $year, month: $month, by: $by, first: $first) {
      elapsedShare totalCount rows { id name code unitId unitName projectCount budget executed executionRate gap } } }`;

  it('ranks units and projects by execution rate minus the time share, furthest behind first', async () => {
    for (const [year, month] of [
      [2022, 5],
      [2022, 8],
      [2023, 5],
      [2023, 8],
    ] as const) {
      for (const by of ['UNIT', 'PROJECT'] as const) {
        const r = (await ok(leader, LAG, { year, month, by, first: 50 })).executionLagRanking;
        const oracle = await lagOracle(year, month, by, true);
        expect(oracle.length, `${year}-${month} ${by}`).toBeGreaterThan(0);
        expect(r.totalCount).toBe(oracle.length);
        expect(r.elapsedShare).toBeCloseTo(month / 12, 12);
        const shown = oracle.slice(0, 50);
        expect(r.rows.map((x: { id: string }) => x.id)).toEqual(shown.map((x) => x.id));
        r.rows.forEach((row: Record<string, unknown>, i: number) => {
          const o = shown[i]!;
          expect(row.budget).toBe(o.budget);
          expect(row.executed).toBe(o.executed);
          expect(row.projectCount).toBe(o.n);
          expect(row.executionRate).toBeCloseTo(o.rate, 12);
          expect(row.gap).toBeCloseTo(o.gap, 12);
          if (by === 'UNIT') expect(row.code).toBeNull();
          else expect(row.projectCount).toBe(1);
        });
      }
    }
    // `first` keeps the head of the same order.
    const top = (await ok(leader, LAG, { year: 2023, month: 8, by: 'UNIT', first: 3 })).executionLagRanking;
    expect(top.rows.map((x: { id: string }) => x.id)).toEqual(
      (await lagOracle(2023, 8, 'UNIT', true)).slice(0, 3).map((x) => x.id),
    );
  });

  it('never lists a classified unit to a role that may not see its rows', async () => {
    const classified = await all(`SELECT id FROM unit WHERE region_id = $1 AND classified`, [regionId]);
    expect(classified.length).toBeGreaterThan(0);
    const hidden = new Set(classified.map((u) => toGlobalId('Unit', u.id)));
    const r = (await ok(budget, LAG, { year: 2023, month: 8, by: 'UNIT', first: 50 })).executionLagRanking;
    const oracle = await lagOracle(2023, 8, 'UNIT', false);
    expect(r.totalCount).toBe(oracle.length);
    expect(r.rows.map((x: { id: string }) => x.id)).toEqual(oracle.slice(0, 50).map((x) => x.id));
    expect(r.rows.some((x: { id: string }) => hidden.has(x.id))).toBe(false);
  });

  it('ranks units by open flags past their deadline, with the projects they concern', async () => {
    // 2024 (no checkpoint reported yet) has none: an empty ranking, not an error.
    for (const year of [2023, 2024]) {
      const oracle = await all(
        `SELECT u.id, count(*)::int AS flags, (count(*) FILTER (WHERE f.level = 'RED'))::int AS red,
                count(DISTINCT f.project_id)::int AS projects, max(current_date - f.deadline)::int AS days
           FROM flag f JOIN project p ON p.id = f.project_id JOIN unit u ON u.id = p.unit_id
          WHERE p.region_id = $1 AND p.year = $2 AND f.status = 'OPEN' AND f.deadline < current_date
          GROUP BY u.id ORDER BY count(*) DESC, max(current_date - f.deadline) DESC, u.id`,
        [regionId, year],
      );
      const r = (
        await ok(
          leader,
          `query($year: Int!) { overdueFlagRanking(year: $year, first: 50) {
            year totalCount flagCount rows { unitId unitName flagCount redCount projectCount maxDaysOverdue } } }`,
          { year },
        )
      ).overdueFlagRanking;
      expect(r.totalCount, `${year}`).toBe(oracle.length);
      expect(r.flagCount).toBe(oracle.reduce((s, o) => s + o.flags, 0));
      expect(overdueRows(r.rows)).toEqual(overdueOracleRows(oracle));
      // Each row's project count is what the project list counts for the unit and `overdue`.
      for (const row of r.rows.slice(0, 3)) {
        const list = await ok(
          leader,
          `query($u: ID!, $year: Int!) { projects(first: 1, filter: { year: $year, unitId: $u, overdue: true }) { totalCount } }`,
          { u: row.unitId, year },
        );
        expect(list.projects.totalCount).toBe(row.projectCount);
      }
    }
    const y2023 = await one(
      `SELECT count(*)::int AS n FROM flag f JOIN project p ON p.id = f.project_id
        WHERE p.region_id = $1 AND p.year = 2023 AND f.status = 'OPEN' AND f.deadline < current_date`,
      [regionId],
    );
    expect(y2023.n).toBeGreaterThan(0);
  });

  it('lists the 中/差 projects of the year evaluated with their cuts, 差 and the largest cut first', async () => {
    const oracle = await all(
      `SELECT p.id, e.grade, ra.proposed_cut::text AS proposed, ra.accepted_cut::text AS accepted, ra.status,
              COALESCE(ra.target_year, 2024) AS target_year, p.budget::text AS budget
         FROM evaluation e JOIN project p ON p.id = e.project_id
         LEFT JOIN result_application ra ON ra.evaluation_id = e.id
        WHERE p.region_id = $1 AND e.year = 2022 AND e.kind = 'SELF' AND e.status = 'FINAL'
          AND e.grade IN ('MEDIUM', 'POOR')
        ORDER BY e.grade = 'POOR' DESC, COALESCE(ra.accepted_cut, ra.proposed_cut, 0) DESC, p.id`,
      [regionId],
    );
    const r = (
      await ok(
        leader,
        `{ cutProjectRanking(year: 2022, first: 50) { year totalCount mediumCount poorCount
           rows { projectId code grade budget proposedCut acceptedCut cutStatus targetYear } } }`,
      )
    ).cutProjectRanking;
    // The county report's figures: 17 中 and 10 差.
    expect([r.totalCount, r.mediumCount, r.poorCount]).toEqual([27, 17, 10]);
    expect(r.totalCount).toBe(oracle.length);
    expect(
      r.rows.map((x: Record<string, unknown>) => [
        x.projectId,
        x.grade,
        x.budget,
        x.proposedCut,
        x.acceptedCut,
        x.cutStatus,
        x.targetYear,
      ]),
    ).toEqual(
      oracle.map((o) => [
        toGlobalId('Project', o.id),
        o.grade,
        o.budget,
        o.proposed,
        o.accepted,
        o.status,
        o.target_year,
      ]),
    );
    expect(r.rows.some((x: { proposedCut: string | null }) => x.proposedCut !== null)).toBe(true);
  });

  it('gives the cuts as a share of the budget they land in (2024), and totals by section and unit', async () => {
    const q = `{ resultApplicationSummary(year: 2022) { projectCount proposedCut acceptedCut decidedCount
                   targetYear targetYearBudget proposedShare acceptedShare }
                 bySection: resultApplicationByGroup(year: 2022, groupBy: SECTION) { key label projectCount proposedCut decidedCount acceptedCut }
                 byUnit: resultApplicationByGroup(year: 2022, groupBy: UNIT) { key label projectCount proposedCut decidedCount acceptedCut } }`;
    const cuts = await one(
      `SELECT count(*)::int AS n, sum(ra.proposed_cut)::text AS proposed, COALESCE(sum(ra.accepted_cut), 0)::text AS accepted,
              count(ra.accepted_cut)::int AS decided
         FROM result_application ra JOIN evaluation e ON e.id = ra.evaluation_id JOIN project p ON p.id = ra.project_id
        WHERE p.region_id = $1 AND e.year = 2022`,
      [regionId],
    );
    const next = await one(`SELECT sum(budget)::text AS budget FROM project WHERE region_id = $1 AND year = 2024`, [
      regionId,
    ]);
    const shares = await one(
      `SELECT ($1::numeric / $3::numeric)::float8 AS proposed, ($2::numeric / $3::numeric)::float8 AS accepted`,
      [cuts.proposed, cuts.accepted, next.budget],
    );
    for (const token of [leader, budget]) {
      const d = await ok(token, q);
      expect(d.resultApplicationSummary).toEqual({
        projectCount: cuts.n,
        proposedCut: cuts.proposed,
        acceptedCut: cuts.accepted,
        decidedCount: cuts.decided,
        targetYear: 2024,
        targetYearBudget: next.budget,
        proposedShare: shares.proposed,
        acceptedShare: shares.accepted,
      });
      expect(cuts.n).toBeGreaterThan(0);
      expect(Number(next.budget)).toBeGreaterThan(0);

      const sections = await all(
        `SELECT s.id, s.name, count(*)::int AS n, sum(ra.proposed_cut)::text AS proposed,
                count(ra.accepted_cut)::int AS decided, COALESCE(sum(ra.accepted_cut), 0)::text AS accepted
           FROM result_application ra JOIN evaluation e ON e.id = ra.evaluation_id JOIN project p ON p.id = ra.project_id
           JOIN unit u ON u.id = p.unit_id JOIN section s ON s.id = u.supervising_section_id
          WHERE p.region_id = $1 AND e.year = 2022 GROUP BY s.id ORDER BY sum(ra.proposed_cut) DESC, s.name, s.id::text`,
        [regionId],
      );
      expect(d.bySection).toEqual(
        sections.map((s) => ({
          key: toGlobalId('Section', s.id),
          label: s.name,
          projectCount: s.n,
          proposedCut: s.proposed,
          decidedCount: s.decided,
          acceptedCut: s.accepted,
        })),
      );
      // By unit: the rows add up to the summary to the fen; the budget section sees classified units merged.
      const sum = (rows: { proposedCut: string }[]) =>
        rows.reduce((s, r) => s + BigInt(r.proposedCut.replace('.', '')), 0n);
      expect(sum(d.byUnit)).toBe(BigInt(cuts.proposed.replace('.', '')));
      expect(d.byUnit.reduce((s: number, r: { projectCount: number }) => s + r.projectCount, 0)).toBe(cuts.n);
      const classifiedRow = d.byUnit.find((r: { key: string }) => r.key === 'CLASSIFIED');
      const classifiedCuts = await one(
        `SELECT count(*)::int AS n FROM result_application ra JOIN evaluation e ON e.id = ra.evaluation_id
           JOIN project p ON p.id = ra.project_id JOIN unit u ON u.id = p.unit_id
          WHERE p.region_id = $1 AND e.year = 2022 AND u.classified`,
        [regionId],
      );
      if (token === budget && classifiedCuts.n > 0) expect(classifiedRow?.projectCount).toBe(classifiedCuts.n);
      if (token === leader) expect(classifiedRow).toBeUndefined();
    }
  });

  it('refuses a `first` out of bounds, naming the argument', async () => {
    const res = await gql(ctx.graphqlUrl, `{ overdueFlagRanking(year: 2023, first: 0) { totalCount } }`, {}, leader);
    expect(res.errors?.[0]?.extensions?.field).toBe('first');
    expect(res.errors?.[0]?.message).toMatch(/first/);
  });

  // Last: it adds a county and moves projects. At a province's scale the projects are ranked per checkpoint
  // (each checkpoint's first rows in the ranking's order, merged; a narrow scope's reports read whole), and a
  // project with reports at two counties' checkpoints of one month (it moved) is summed whole. The oracle groups
  // every report one by one, scoped by the project's county.
  it('ranks projects over many reports, moved projects, no budget and ties as the reports grouped one by one', async () => {
    const seed = Math.random();
    const n = await addNeighbourCounty(
      db,
      { id: regionId },
      {
        code: '652899',
        name: '邻县',
        sectionCode: 'sec-lx',
        sectionName: '邻县业务科',
        unitCode: 'LX001',
        unitName: '邻县教育局',
      },
    );
    const [cp] = await all(
      `INSERT INTO monitoring_checkpoint (region_id, year, month, scope, period_end, report_due, status)
       VALUES ($1, 2023, 8, 'PROJECT', '2023-08-31', '2023-09-10', 'CONFIRMED') RETURNING id`,
      [n.regionId],
    );
    const [home] = await all(
      `SELECT id FROM monitoring_checkpoint WHERE region_id = $1 AND year = 2023 AND month = 8 AND scope = 'PROJECT'`,
      [regionId],
    );
    // 2,600 projects next door (more reports than a checkpoint reads whole), each reported in August: budgets
    // from three amounts and one in ten with nothing executed (ties), one in fifty with no budget, some drafts.
    await db.query(`SELECT setseed($1)`, [seed * 2 - 1]);
    const neighbours = (
      await all(
        `INSERT INTO project (region_id, year, unit_id, fund_family, code, name, budget, kind, budgeted_on, target_status)
         SELECT $1, 2023, $2, (ARRAY['GENERAL_PUBLIC', 'GOVERNMENT_FUND'])[1 + (i % 2)], 'LX-' || i, '邻县项目' || i,
                1000000, 'RECURRING', '2023-01-01', 'APPROVED'
           FROM generate_series(1, 2600) i RETURNING id`,
        [n.regionId, n.unitId],
      )
    ).map((r) => r.id as number);
    await db.query(
      `INSERT INTO monitoring_report (checkpoint_id, project_id, budget, executed, status)
       SELECT $1, x.id, x.budget, CASE WHEN random() < 0.1 THEN 0 ELSE round((random() * x.budget)::numeric, 2) END,
              CASE WHEN random() < 0.08 THEN 'DRAFT' ELSE 'CONFIRMED' END
         FROM (SELECT id, CASE WHEN random() < 0.02 THEN 0
                               ELSE (ARRAY[100000, 250000.5, 400000])[1 + floor(random() * 3)::int] END AS budget
                 FROM unnest($2::int[]) id) x`,
      [cp.id, neighbours],
    );
    // Open flags on one in five of them, one to three a project: past their deadline, due today or not yet (a
    // project counts as overdue by its earliest), red or yellow; some closed. The first project (moved below) has two.
    await db.query(
      `INSERT INTO flag (project_id, level, status, raised_checkpoint_id, deadline, closed_on)
       SELECT id, CASE WHEN random() < 0.3 THEN 'RED' ELSE 'YELLOW' END, CASE WHEN g = 3 THEN 'CLOSED' ELSE 'OPEN' END, $1,
              current_date + (ARRAY[-40, -3, 0, 20])[1 + floor(random() * 4)::int], CASE WHEN g = 3 THEN current_date END
         FROM unnest($2::int[]) WITH ORDINALITY AS x(id, i), generate_series(1, 1 + i::int % 3) g
        WHERE i % 5 = 1`,
      [cp.id, neighbours],
    );
    // Demo projects with a second August report next door (one with no budget); two of next door's projects
    // moved into the demo county, one of them reported there too.
    const reported = (
      await all(
        `SELECT r.project_id FROM monitoring_report r JOIN project p ON p.id = r.project_id
          WHERE r.checkpoint_id = $1 AND r.status <> 'DRAFT' ORDER BY r.project_id LIMIT 4`,
        [home.id],
      )
    ).map((r) => r.project_id as number);
    await db.query(
      `INSERT INTO monitoring_report (checkpoint_id, project_id, budget, executed, status)
       VALUES ($1, $2, 900000, 0, 'CONFIRMED'), ($1, $3, 300000, 290000, 'CONFIRMED'), ($1, $4, 0, 5000, 'CONFIRMED'),
              ($1, $5, 100000, 0, 'DRAFT')`,
      [cp.id, ...reported],
    );
    const jkw = (await one(`SELECT section_id FROM app_user WHERE username = 'sec-jkw'`)).section_id as number;
    const [demoUnit] = await all(
      `SELECT id, code FROM unit WHERE region_id = $1 AND supervising_section_id = $2 AND NOT classified
        ORDER BY id LIMIT 1`,
      [regionId, jkw],
    );
    const moved = neighbours.slice(0, 2);
    await db.query(`UPDATE project SET region_id = $1, unit_id = $2 WHERE id = ANY($3::int[])`, [
      regionId,
      demoUnit.id,
      moved,
    ]);
    await db.query(
      `INSERT INTO monitoring_report (checkpoint_id, project_id, budget, executed, status)
       VALUES ($1, $2, 500000, 1000, 'SUBMITTED')`,
      [home.id, moved[0]],
    );

    const users = ['leader', 'budget', 'prefecture', 'sec-jkw'] as const;
    const tokens: Record<string, string> = { leader, budget };
    for (const u of users) tokens[u] ??= await login(ctx.graphqlUrl, u);
    // Each viewer's rows as the scope rules say: the project's county, classified units, a section's units.
    const scopes: Record<(typeof users)[number], string> = {
      leader: `p.region_id = ${regionId}`,
      budget: `p.region_id = ${regionId} AND NOT u.classified`,
      prefecture: `p.region_id IN (${regionId}, ${n.regionId}) AND NOT u.classified`,
      'sec-jkw': `u.supervising_section_id = ${jkw} AND NOT u.classified`,
    };
    const filters: [Record<string, unknown>, string][] = [
      [{}, 'TRUE'],
      [{ fundFamily: 'GOVERNMENT_FUND' }, `p.fund_family = 'GOVERNMENT_FUND'`],
      [{ unitCode: demoUnit.code }, `u.id = ${demoUnit.id}`],
      [{ isKey: false }, 'NOT p.is_key'],
    ];
    const QUERY = `query($by: ExecutionRankingBy!, $first: Int!, $filter: AnalyticsFilter) {
      executionLagRanking(year: 2023, month: 8, by: $by, first: $first, filter: $filter) {
        elapsedShare totalCount rows { id projectCount budget executed } } }`;
    let compared = 0;
    for (const u of users) {
      const own: [Record<string, unknown>, string][] =
        u === 'prefecture' ? [[{ unitCode: 'LX001' }, `u.id = ${n.unitId}`]] : [];
      for (const [filter, condition] of [...filters, ...own]) {
        for (const by of ['PROJECT', 'UNIT'] as const) {
          const key = by === 'UNIT' ? 'u.id' : 'p.id';
          const oracle = await all(
            `SELECT ${key} AS id, count(*)::int AS n, sum(r.budget)::text AS budget, sum(r.executed)::text AS executed
               FROM monitoring_report r JOIN monitoring_checkpoint c ON c.id = r.checkpoint_id
               JOIN project p ON p.id = r.project_id JOIN unit u ON u.id = p.unit_id
              WHERE c.year = 2023 AND c.month = 8 AND c.scope = 'PROJECT' AND r.status <> 'DRAFT'
                AND ${scopes[u]} AND ${condition}
              GROUP BY ${key} HAVING sum(r.budget) > 0
              ORDER BY sum(r.executed) / sum(r.budget), sum(r.budget) DESC, ${key}`,
          );
          for (const first of [50, 3]) {
            const what = `seed ${seed}: ${u} ${by} ${JSON.stringify(filter)} first ${first}`;
            const res = await gql(ctx.graphqlUrl, QUERY, { by, first, filter }, tokens[u]);
            expect(res.errors, what).toBeUndefined();
            const r = res.data!.executionLagRanking;
            expect(r.totalCount, what).toBe(oracle.length);
            expect(
              r.rows.map((x: Record<string, unknown>) => [x.id, x.projectCount, x.budget, x.executed]),
              what,
            ).toEqual(
              oracle
                .slice(0, first)
                .map((o) => [toGlobalId(by === 'UNIT' ? 'Unit' : 'Project', o.id), o.n, o.budget, o.executed]),
            );
            if (oracle.length) expect(r.elapsedShare, what).toBeCloseTo(8 / 12, 12);
            compared += Math.min(first, oracle.length);
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
    // The overdue ranking for the same viewers: from project_latest's flagged projects at a project's grain, from
    // the open flags otherwise (a flag level is not at that grain).
    const OVERDUE = `query($filter: AnalyticsFilter) { overdueFlagRanking(year: 2023, first: 50, filter: $filter) {
      totalCount flagCount rows { unitId flagCount redCount projectCount maxDaysOverdue } } }`;
    let units = 0;
    for (const u of users) {
      for (const [filter, condition] of [
        [{}, 'TRUE'],
        [{ fundFamily: 'GENERAL_PUBLIC' }, `p.fund_family = 'GENERAL_PUBLIC'`],
        [{ flagLevel: 'RED' }, `f.level = 'RED'`],
      ] as [Record<string, unknown>, string][]) {
        const what = `${u} overdue ${JSON.stringify(filter)}`;
        const oracle = await all(
          `SELECT u.id, count(*)::int AS flags, (count(*) FILTER (WHERE f.level = 'RED'))::int AS red,
                  count(DISTINCT f.project_id)::int AS projects, max(current_date - f.deadline)::int AS days
             FROM flag f JOIN project p ON p.id = f.project_id JOIN unit u ON u.id = p.unit_id
            WHERE p.year = 2023 AND f.status = 'OPEN' AND f.deadline < current_date AND ${scopes[u]} AND ${condition}
            GROUP BY u.id ORDER BY count(*) DESC, max(current_date - f.deadline) DESC, u.id`,
        );
        const res = await gql(ctx.graphqlUrl, OVERDUE, { filter }, tokens[u]);
        expect(res.errors, what).toBeUndefined();
        const r = res.data!.overdueFlagRanking;
        expect(r.totalCount, what).toBe(oracle.length);
        expect(r.flagCount, what).toBe(oracle.reduce((n, o) => n + o.flags, 0));
        expect(overdueRows(r.rows), what).toEqual(overdueOracleRows(oracle.slice(0, 50)));
        units += oracle.length;
      }
    }
    expect(units).toBeGreaterThan(10);
    // The moved and twice-reported projects are among what the province's viewer ranks, summed whole.
    const twice = await all(
      `SELECT r.project_id, count(*)::int AS n FROM monitoring_report r
        WHERE r.checkpoint_id IN ($1, $2) AND r.status <> 'DRAFT' GROUP BY 1 HAVING count(*) > 1`,
      [cp.id, home.id],
    );
    expect(twice.length).toBeGreaterThanOrEqual(3);
  });
});
