import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlParams } from '../../src/modules/auth/index.js';
import { toViewer, VIEWER_SQL, type ViewerRow } from '../../src/modules/auth/auth.service.js';
import { TODOS, viewerTodos } from '../../src/modules/calendar/todo.reader.js';
import { recordingDataSource } from '../../src/bench/explain.js';
import { loadDemo } from '../../src/demo/load.js';
import { gql, login, startServerProcess, TEST_DEMO_PASSWORD, type ServerProcess } from '../../src/testing/harness.js';
import { useDatabase } from '../support/context.js';

// Issue 16: a viewer's to-dos are one SQL statement (every kind’s count a scalar subquery of one SELECT), and each
// count is the one the kind's own query gives. The demo is loaded on a day when every working role has to-dos.

const TODAY = '2026-12-06';

type Who = {
  region: number;
  section: number | null;
  unit: number | null;
  agency: number | null;
  family: string | null;
};
type Count = { n: number; late: number };

/** A fund section of the project's county owns its family: its targets and self-evaluations wait for that section. */
const FUND_SECTION_FIRST = `(NOT u.classified AND EXISTS (SELECT 1 FROM section s WHERE s.region_id = p.region_id
  AND s.kind = 'FUND' AND s.owned_fund_family = p.fund_family))`;

/** The test's own SQL for the kinds the demo gives each role (counts over the rows the role may see). */
const EXPECTED: Record<string, Record<string, (w: Who) => [string, unknown[]]>> = {
  leader: {},
  pes: {
    QUARTERLY_REPORT_DUE: (w) => [
      `WITH last AS (SELECT (date_trunc('quarter', current_date) - interval '1 day')::date AS d)
       SELECT (SELECT CASE WHEN EXISTS (SELECT 1 FROM quarterly_report q, last WHERE q.region_id = $1
                 AND q.year = extract(year FROM last.d) AND q.quarter = extract(quarter FROM last.d)
                 AND q.status <> 'RETURNED') THEN 0 ELSE 1 END)
            + (SELECT count(*) FROM quarterly_report q, last WHERE q.region_id = $1 AND q.status = 'RETURNED'
                 AND NOT (q.year = extract(year FROM last.d) AND q.quarter = extract(quarter FROM last.d))) AS n`,
      [w.region],
    ],
    TARGETS_TO_APPROVE: (w) => [
      `SELECT count(*) AS n FROM project p JOIN unit u ON u.id = p.unit_id WHERE p.region_id = $1
         AND p.target_status = 'FIRST_REVIEWED' AND (p.targets_fund_reviewed_on IS NOT NULL OR NOT ${FUND_SECTION_FIRST})`,
      [w.region],
    ],
    EX_ANTE_TO_CONCLUDE: (w) => [
      `SELECT count(*) AS n FROM ex_ante_assessment x JOIN project p ON p.id = x.project_id
        WHERE p.region_id = $1 AND x.status IN ('FIRST_REVIEWED', 'AGENCY_REVIEWED')`,
      [w.region],
    ],
    SELF_EVALUATIONS_TO_CONFIRM: (w) => [
      `SELECT count(*) AS n FROM evaluation e JOIN project p ON p.id = e.project_id JOIN unit u ON u.id = p.unit_id
        WHERE p.region_id = $1 AND e.kind = 'SELF' AND e.status = 'FINAL' AND e.confirmed_on IS NULL
          AND (e.fund_reviewed_on IS NOT NULL OR NOT ${FUND_SECTION_FIRST})`,
      [w.region],
    ],
    TARGETS_TO_PUBLISH: (w) => [
      `SELECT count(*) AS n FROM project p JOIN unit u ON u.id = p.unit_id WHERE p.region_id = $1
         AND p.target_status = 'APPROVED' AND p.targets_published_on IS NULL AND NOT u.classified`,
      [w.region],
    ],
    // The performance section stands in for the business sections and the budget section on classified units.
    TARGETS_TO_REVIEW: (w) => [
      `SELECT count(*) AS n FROM project p JOIN unit u ON u.id = p.unit_id WHERE p.region_id = $1
         AND p.target_status = 'SUBMITTED' AND u.classified`,
      [w.region],
    ],
    CUTS_TO_DECIDE: (w) => [
      `SELECT count(*) AS n FROM result_application ra JOIN project p ON p.id = ra.project_id JOIN unit u ON u.id = p.unit_id
        WHERE p.region_id = $1 AND ra.status = 'PROPOSED' AND u.classified`,
      [w.region],
    ],
  },
  budget: {
    CUTS_TO_DECIDE: (w) => [
      `SELECT count(*) AS n FROM result_application ra JOIN project p ON p.id = ra.project_id JOIN unit u ON u.id = p.unit_id
        WHERE p.region_id = $1 AND ra.status = 'PROPOSED' AND NOT u.classified`,
      [w.region],
    ],
  },
  'sec-jkw': {
    TARGETS_TO_REVIEW: (w) => [
      `SELECT count(*) AS n FROM project p JOIN unit u ON u.id = p.unit_id
        WHERE u.supervising_section_id = $1 AND p.target_status = 'SUBMITTED' AND NOT u.classified`,
      [w.section],
    ],
  },
  'sec-xc': {
    TARGETS_TO_FUND_REVIEW: (w) => [
      `SELECT count(*) AS n FROM project p JOIN unit u ON u.id = p.unit_id
        WHERE p.region_id = $1 AND p.fund_family = $2 AND NOT u.classified
          AND p.target_status = 'FIRST_REVIEWED' AND p.targets_fund_reviewed_on IS NULL`,
      [w.region, w.family],
    ],
    SELF_EVALUATIONS_TO_FUND_REVIEW: (w) => [
      `SELECT count(*) AS n FROM evaluation e JOIN project p ON p.id = e.project_id JOIN unit u ON u.id = p.unit_id
        WHERE p.region_id = $1 AND p.fund_family = $2 AND NOT u.classified AND e.kind = 'SELF' AND e.status = 'FINAL'
          AND e.fund_reviewed_on IS NULL AND e.confirmed_on IS NULL`,
      [w.region, w.family],
    ],
  },
  'unit-wjw': {
    TARGETS_TO_REVISE: (w) => [
      `SELECT count(*) AS n FROM project p WHERE p.unit_id = $1 AND p.target_status IN ('DRAFT', 'RETURNED')`,
      [w.unit],
    ],
  },
  'unit-ylz': {
    TARGETS_TO_REVISE: (w) => [
      `SELECT count(*) AS n FROM project p WHERE p.unit_id = $1 AND p.target_status IN ('DRAFT', 'RETURNED')`,
      [w.unit],
    ],
  },
  'agency-xinhe': {
    EX_ANTE_TO_REASSESS: (w) => [
      `SELECT count(*) AS n FROM ex_ante_assessment x WHERE x.agency_id = $1 AND x.status = 'AGENCY_REVIEW'`,
      [w.agency],
    ],
  },
  prefecture: {
    GOVERNMENT_EVALUATIONS_TO_SCORE: (w) => [
      `SELECT count(*) AS n FROM government_evaluation ge WHERE ge.by_region_id = $1 AND ge.status = 'SUBMITTED'`,
      [w.region],
    ],
  },
};

describe(`the to-dos as one statement (demo loaded on ${TODAY})`, () => {
  const ctx = useDatabase({ demo: false });
  let server: ServerProcess;
  beforeAll(async () => {
    await loadDemo(ctx.db, TEST_DEMO_PASSWORD, { today: TODAY });
    server = await startServerProcess({ databaseUrl: ctx.url, env: { JIXIAO_DEBUG_SQL_COUNT: 'true' } });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  });

  it.each(Object.keys(EXPECTED))('%s: counts as the SQL of the test says, in one statement', async (username) => {
    const token = await login(server.graphqlUrl, username);
    // What any request of this login costs (its session), to tell the to-dos' own statements from it.
    const base = await gql(server.graphqlUrl, `{ __typename }`, {}, token);
    const res = await gql(server.graphqlUrl, `{ todos { kind count overdue } }`, {}, token);
    expect(res.errors).toBeUndefined();
    const todos = res.data!.todos as { kind: string; count: number; overdue: number }[];

    const statements = res.extensions!.sqlStatements as number;
    expect(statements).toBeLessThanOrEqual(2);
    expect(statements - (base.extensions!.sqlStatements as number)).toBe(todos.length > 0 ? 1 : 0);

    const [row] = (await ctx.db.query(
      `SELECT u.region_id, u.section_id, u.unit_id, u.agency_id, s.owned_fund_family
         FROM app_user u LEFT JOIN section s ON s.id = u.section_id WHERE u.username = $1`,
      [username],
    )) as any[];
    const who: Who = {
      region: row.region_id,
      section: row.section_id,
      unit: row.unit_id,
      agency: row.agency_id,
      family: row.owned_fund_family,
    };
    const expected: Record<string, number> = {};
    for (const [kind, sql] of Object.entries(EXPECTED[username]!)) {
      const [q, params] = sql(who);
      const [{ n }] = await ctx.db.query(q, params);
      expected[kind] = Number(n);
    }
    const got = Object.fromEntries(todos.map((t) => [t.kind, t.count]));
    // Every kind the test counts is there with that count; every other kind is empty.
    expect(Object.fromEntries(Object.keys(expected).map((k) => [k, got[k]]))).toEqual(expected);
    for (const t of todos) if (!(t.kind in expected)) expect(t, t.kind).toMatchObject({ count: 0, overdue: 0 });
    if (username !== 'leader' && username !== 'prefecture') {
      expect(Object.values(expected).some((n) => n > 0)).toBe(true);
    }
  });

  it.each(Object.keys(EXPECTED))('%s: each kind run on its own, as before, gives the same counts', async (username) => {
    const token = await login(server.graphqlUrl, username);
    const res = await gql(server.graphqlUrl, `{ todos { kind titleZh titleEn count overdue } }`, {}, token);
    expect(res.errors).toBeUndefined();
    const [row] = (await ctx.db.query(`${VIEWER_SQL} AND u.username = $1`, [username])) as ViewerRow[];
    const viewer = toViewer(row!, null, null);
    const separately = [];
    for (const t of TODOS[viewer.role] ?? []) {
      const p = sqlParams();
      const [c] = (await ctx.db.query(t.sql(viewer, p), p.values)) as Count[];
      separately.push({ kind: t.kind, titleZh: t.zh, titleEn: t.en, count: c!.n, overdue: c!.late });
    }
    expect(res.data!.todos).toEqual(separately);
    // The bench EXPLAINs what it records of the same function: one statement, or none for a role without to-dos.
    const recorder = recordingDataSource();
    await viewerTodos(recorder.db, viewer);
    expect(recorder.statements.length).toBe(separately.length > 0 ? 1 : 0);
  });

  // Last (it changes rows): the evaluations to publish, counted in two parts (the projects' and the unit-wide
  // ones), against the test's SQL over both at once. The demo's are all published on this day; here a third of
  // the final ones are not (classified units' among them, which are never published), and one project's
  // evaluation belongs to a unit of the county while its project is in another county.
  it('pes: the final evaluations to publish, projects’ and unit-wide ones, as the SQL of the test counts them', async () => {
    const token = await login(server.graphqlUrl, 'pes');
    const [{ region_id: region }] = (await ctx.db.query(`SELECT region_id FROM app_user WHERE username = 'pes'`)) as {
      region_id: number;
    }[];
    await ctx.db.query(`UPDATE evaluation SET published_on = NULL WHERE status = 'FINAL' AND id % 3 = 0`);
    const [other] = (await ctx.db.query(
      `INSERT INTO region (parent_id, code, name, level, path) SELECT parent_id, '652898', '外县', 'COUNTY', path
         FROM region WHERE id = $1 RETURNING id`,
      [region],
    )) as { id: number }[];
    await ctx.db.query(
      `UPDATE region SET path = (SELECT p.path FROM region p WHERE p.id = region.parent_id) || id || '/' WHERE id = $1`,
      [other!.id],
    );
    const count = async () => {
      const res = await gql(server.graphqlUrl, `{ todos { kind count } }`, {}, token);
      expect(res.errors).toBeUndefined();
      return (res.data!.todos as { kind: string; count: number }[]).find((t) => t.kind === 'EVALUATIONS_TO_PUBLISH')!
        .count;
    };
    const expected = async () =>
      Number(
        (
          (await ctx.db.query(
            `SELECT count(*) AS n FROM evaluation e JOIN unit u ON u.id = e.unit_id LEFT JOIN project p ON p.id = e.project_id
              WHERE e.status = 'FINAL' AND e.published_on IS NULL AND NOT u.classified AND u.region_id = $1
                AND (e.project_id IS NULL OR p.region_id = $1)`,
            [region],
          )) as { n: string }[]
        )[0]!.n,
      );
    const [{ projects, unitWide }] = (await ctx.db.query(
      `SELECT count(*) FILTER (WHERE e.project_id IS NOT NULL)::int AS projects,
              count(*) FILTER (WHERE e.project_id IS NULL)::int AS "unitWide"
         FROM evaluation e JOIN unit u ON u.id = e.unit_id
        WHERE e.status = 'FINAL' AND e.published_on IS NULL AND NOT u.classified AND u.region_id = $1`,
      [region],
    )) as { projects: number; unitWide: number }[];
    expect(projects).toBeGreaterThan(0);
    expect(unitWide).toBeGreaterThan(0);
    expect(await count()).toBe(await expected());
    // A project moved to the other county keeps its evaluation's unit: no longer the county's to publish.
    await ctx.db.query(
      `UPDATE project SET region_id = $1 WHERE id = (SELECT e.project_id FROM evaluation e JOIN unit u ON u.id = e.unit_id
         WHERE e.status = 'FINAL' AND e.published_on IS NULL AND NOT u.classified AND u.region_id = $2
           AND e.project_id IS NOT NULL ORDER BY e.id LIMIT 1)`,
      [other!.id, region],
    );
    const afterMove = await expected();
    expect(await count()).toBe(afterMove);
    expect(afterMove).toBe(projects + unitWide - 1);
  });
});
