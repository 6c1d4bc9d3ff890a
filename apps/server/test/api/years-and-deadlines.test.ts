import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, login } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';

// Issue 10: years, checkpoints, the calendar and deadlines come from the server (the county's checkpoints,
// rule set and calendar), never from constants in the dashboard.

const DAY_MS = 86_400_000;

describe('years and deadlines', () => {
  const ctx = useServer();
  let db: pg.Client;
  let leader: string;
  let regionId: number;
  let today: string;

  beforeAll(async () => {
    leader = await login(ctx.graphqlUrl, 'leader');
    db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    regionId = (await db.query(`SELECT region_id FROM app_user WHERE username = 'leader'`)).rows[0].region_id;
    today = (await db.query(`SELECT (now() AT TIME ZONE 'Asia/Shanghai')::date::text AS d`)).rows[0].d;
  });
  afterAll(async () => {
    await db?.end();
  });

  it('lists the years with data, the year to show, the year of work and the county’s today', async () => {
    const res = await gql(
      ctx.graphqlUrl,
      `{ years { today currentYear defaultYear workYear
          years { year hasProjects hasEvaluations checkpointMonths checkpointsClosed
                  checkpointShares { month elapsedNumerator elapsedDenominator }
                  checkpoints { month scope status elapsedNumerator elapsedDenominator } } } }`,
      {},
      leader,
    );
    expect(res.errors).toBeUndefined();
    const y = res.data!.years;
    expect(y.today).toBe(today);
    expect(y.currentYear).toBe(Number(today.slice(0, 4)));
    const { rows } = await db.query(
      `SELECT p.year, array_agg(DISTINCT c.month ORDER BY c.month) FILTER (WHERE c.scope = 'PROJECT') AS months,
              bool_and(c.status = 'CONFIRMED') FILTER (WHERE c.scope = 'PROJECT') AS closed
         FROM (SELECT DISTINCT year FROM project WHERE region_id = $1) p
         LEFT JOIN monitoring_checkpoint c ON c.year = p.year AND c.region_id = $1
        GROUP BY p.year ORDER BY p.year`,
      [regionId],
    );
    expect(
      y.years.map((x: any) => ({ year: x.year, months: x.checkpointMonths, closed: x.checkpointsClosed })),
    ).toEqual(rows.map((r) => ({ year: r.year, months: r.months ?? [], closed: r.closed === true })));
    // The demo: 2022 and 2023 monitored and closed, 2024 the year in progress (checkpoints planned).
    expect(y.years.map((x: any) => x.year)).toEqual([2022, 2023, 2024]);
    expect(y.defaultYear).toBe(2023);
    expect(y.workYear).toBe(2024);
    const y2023 = y.years.find((x: any) => x.year === 2023);
    expect(y2023.checkpoints).toEqual([
      { month: 5, scope: 'PROJECT', status: 'CONFIRMED', elapsedNumerator: 5, elapsedDenominator: 12 },
      { month: 6, scope: 'UNIT_WIDE', status: 'CONFIRMED', elapsedNumerator: null, elapsedDenominator: null },
      { month: 8, scope: 'PROJECT', status: 'CONFIRMED', elapsedNumerator: 8, elapsedDenominator: 12 },
    ]);
    // The cockpit's checkpoints: every year's months with the share elapsed by the server's rule, the same
    // figures as the stored checkpoints where there are some.
    for (const x of y.years) {
      expect(x.checkpointShares.map((c: any) => c.month)).toEqual(x.checkpointMonths);
      const stored = x.checkpoints.filter((c: any) => c.scope === 'PROJECT');
      for (const c of stored) {
        expect(x.checkpointShares.find((s: any) => s.month === c.month)).toEqual({
          month: c.month,
          elapsedNumerator: c.elapsedNumerator,
          elapsedDenominator: c.elapsedDenominator,
        });
      }
    }
  });

  it('lists the stored calendar, the year’s checkpoints and the year before’s key evaluations, each from its source', async () => {
    const res = await gql(
      ctx.graphqlUrl,
      `{ deadlines(year: 2024) { dueOn kind checkpointMonth roles daysLeft } }`,
      {},
      leader,
    );
    expect(res.errors).toBeUndefined();
    const deadlines = res.data!.deadlines as any[];
    const stored = (
      await db.query(`SELECT due_on::text AS d, kind FROM calendar_deadline WHERE region_id = $1 AND year = 2024`, [
        regionId,
      ])
    ).rows;
    const checkpoints = (
      await db.query(
        `SELECT month, scope, period_end::text AS e, report_due::text AS r FROM monitoring_checkpoint WHERE region_id = $1 AND year = 2024`,
        [regionId],
      )
    ).rows;
    const expected = [
      ...stored.map((s) => `${s.d} ${s.kind}`),
      ...checkpoints.flatMap((c) =>
        c.scope === 'PROJECT'
          ? [`${c.e} CHECKPOINT ${c.month}`, `${c.r} REPORTS_DUE ${c.month}`]
          : [`${c.e} UNIT_WIDE_MONITORING ${c.month}`],
      ),
      '2024-07-20 KEY_EVALUATION', // 20 July of the year after 2023, by 2023's rule set
    ].sort();
    expect(
      deadlines.map((d) => `${d.dueOn} ${d.kind}${d.checkpointMonth ? ` ${d.checkpointMonth}` : ''}`).sort(),
    ).toEqual(expected);
    for (const d of deadlines) expect(d.daysLeft).toBe(Math.round((Date.parse(d.dueOn) - Date.parse(today)) / DAY_MS));
    const unit = await gql(
      ctx.graphqlUrl,
      `{ deadlines(year: 2024) { kind roles } }`,
      {},
      await login(ctx.graphqlUrl, 'unit-jyj'),
    );
    for (const d of unit.data!.deadlines) expect(d.roles).toContain('UNIT');
    expect(unit.data!.deadlines.map((d: any) => d.kind)).toContain('REPORTS_DUE');
  });

  it('takes the key evaluations’ deadline from the rule set: the calendar and the agency’s overdue count follow it', async () => {
    await db.query(
      `UPDATE rule_set SET rules = jsonb_set(rules, '{keyEvaluation,due}', '{"month": 12, "day": 31}') WHERE region_id = $1 AND year = 2023`,
      [regionId],
    );
    const res = await gql(ctx.graphqlUrl, `{ deadlines(year: 2024) { dueOn kind } }`, {}, leader);
    expect(res.data!.deadlines.filter((d: any) => d.kind === 'KEY_EVALUATION')).toEqual([
      { dueOn: '2024-12-31', kind: 'KEY_EVALUATION' },
    ]);
    // A key evaluation of 2023 assigned to the agency and not yet submitted.
    await db.query(
      `INSERT INTO evaluation (year, kind, project_id, unit_id, agency_id, budget, executed, status)
       SELECT p.year, 'KEY', p.id, p.unit_id, a.id, p.budget, 0, 'DRAFT' FROM project p, agency a
        WHERE p.region_id = $1 AND p.year = 2023 AND a.code = 'xinhe'
          AND NOT EXISTS (SELECT 1 FROM evaluation x WHERE x.project_id = p.id AND x.kind = 'KEY')
        ORDER BY p.id LIMIT 1`,
      [regionId],
    );
    const agency = await login(ctx.graphqlUrl, 'agency-xinhe');
    const todo = (await gql(ctx.graphqlUrl, `{ todos { kind count overdue } }`, {}, agency)).data!.todos.find(
      (t: any) => t.kind === 'EVALUATIONS_TO_SUBMIT',
    );
    const { rows } = await db.query(
      `SELECT count(*)::int AS n,
              count(*) FILTER (WHERE $1::date > CASE WHEN e.year = 2023 THEN DATE '2024-12-31' ELSE make_date(e.year + 1, 7, 20) END)::int AS late
         FROM evaluation e JOIN agency a ON a.id = e.agency_id JOIN app_user u ON u.agency_id = a.id
        WHERE u.username = 'agency-xinhe' AND e.status = 'DRAFT'`,
      [today],
    );
    expect(rows[0].n).toBeGreaterThan(0);
    expect(todo).toEqual({ kind: 'EVALUATIONS_TO_SUBMIT', count: rows[0].n, overdue: rows[0].late });
  });
});
