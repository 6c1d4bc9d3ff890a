import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, login } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';

// Numbers the API computes that the report's figures do not pin down, checked against SQL written here.

describe('figures against an independent SQL computation', () => {
  const ctx = useServer();
  let db: pg.Client;
  let leader: string;
  beforeAll(async () => {
    leader = await login(ctx.graphqlUrl, 'leader');
    db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
  });

  it('projectAggregate by fund family at the August checkpoint: count, budget, executed and rate per family', async () => {
    const res = await gql(
      ctx.graphqlUrl,
      `{ projectAggregate(groupBy: [FUND_FAMILY], filter: { year: 2023, checkpointMonth: 8 }) {
      keys { key } projectCount budget executed executionRate } }`,
      {},
      leader,
    );
    expect(res.errors).toBeUndefined();
    const { rows } = await db.query(`
      SELECT p.fund_family AS key, count(*)::int AS n, sum(r.budget)::text AS budget, sum(r.executed)::text AS executed
        FROM monitoring_report r JOIN monitoring_checkpoint c ON c.id = r.checkpoint_id JOIN project p ON p.id = r.project_id
       WHERE c.year = 2023 AND c.month = 8 GROUP BY p.fund_family`);
    const api = res.data!.projectAggregate;
    expect(api).toHaveLength(rows.length);
    for (const row of rows) {
      const a = api.find((x: any) => x.keys[0].key === row.key);
      expect(a).toMatchObject({ projectCount: row.n, budget: row.budget, executed: row.executed });
      expect(a.executionRate).toBeCloseTo(Number(row.executed) / Number(row.budget), 12);
    }
  });

  it('projectAggregate without a checkpoint takes each project’s budget and its latest reported execution', async () => {
    const res = await gql(
      ctx.graphqlUrl,
      `{ projectAggregate(groupBy: [YEAR]) { keys { key } projectCount budget executed } }`,
      {},
      leader,
    );
    const { rows } = await db.query(`
      SELECT p.year::text AS key, count(*)::int AS n, sum(p.budget)::text AS budget,
             COALESCE(sum((SELECT r.executed FROM monitoring_report r JOIN monitoring_checkpoint c ON c.id = r.checkpoint_id
                            WHERE r.project_id = p.id ORDER BY c.period_end DESC LIMIT 1)), 0)::numeric(16,2)::text AS executed
        FROM project p GROUP BY p.year ORDER BY p.year`);
    expect(
      res.data!.projectAggregate.map((a: any) => ({
        key: a.keys[0].key,
        n: a.projectCount,
        budget: a.budget,
        executed: a.executed,
      })),
    ).toEqual(rows.map((r) => ({ key: r.key, n: r.n, budget: r.budget, executed: r.executed })));
  });

  it('projectAggregate per checkpoint by open flag level: each report under its project’s highest open flag', async () => {
    // Read from execution_summary as if no project were flagged, with the flagged projects' reports moved to
    // their level; here the reports one by one, the level from the flags themselves.
    const res = await gql(
      ctx.graphqlUrl,
      `{ projectAggregate(groupBy: [CHECKPOINT, FLAG_LEVEL], filter: { year: 2023 }) {
      keys { key } projectCount budget executed } }`,
      {},
      leader,
    );
    expect(res.errors).toBeUndefined();
    const { rows } = await db.query(`
      SELECT c.year::text || '-' || lpad(c.month::text, 2, '0') AS checkpoint,
             COALESCE((SELECT CASE max(CASE f.level WHEN 'RED' THEN 2 ELSE 1 END) WHEN 2 THEN 'RED' WHEN 1 THEN 'YELLOW' END
                         FROM flag f WHERE f.project_id = p.id AND f.status = 'OPEN'), 'NONE') AS level,
             count(*)::int AS n, sum(r.budget)::text AS budget, sum(r.executed)::text AS executed
        FROM monitoring_report r JOIN monitoring_checkpoint c ON c.id = r.checkpoint_id JOIN project p ON p.id = r.project_id
       WHERE p.year = 2023 AND r.status <> 'DRAFT' AND c.scope = 'PROJECT'
       GROUP BY 1, 2 ORDER BY 1, 2`);
    expect(new Set(rows.map((r) => r.level))).toEqual(new Set(['NONE', 'YELLOW', 'RED']));
    expect(
      res.data!.projectAggregate.map((a: any) => ({
        checkpoint: a.keys[0].key,
        level: a.keys[1].key,
        n: a.projectCount,
        budget: a.budget,
        executed: a.executed,
      })),
    ).toEqual(rows);
  });

  it('projectAggregate by section, per checkpoint and without one: each report or project under its unit’s section', async () => {
    // Read from the section rollups of execution_summary and latest_summary; here the reports and projects one by
    // one, each under the section its unit has now.
    const ask = async (groupBy: string, year = 2023) => {
      const res = await gql(
        ctx.graphqlUrl,
        `{ projectAggregate(groupBy: ${groupBy}, filter: { year: ${year} }) { keys { key } projectCount budget executed } }`,
        {},
        leader,
      );
      expect(res.errors).toBeUndefined();
      return res.data!.projectAggregate.map((a: any) => ({
        k0: a.keys[0].key,
        k1: a.keys[1].key,
        n: a.projectCount,
        budget: a.budget,
        executed: a.executed,
      }));
    };
    const perCheckpoint = await db.query(`
      SELECT c.year::text || '-' || lpad(c.month::text, 2, '0') AS k0, u.supervising_section_id::text AS k1,
             count(*)::int AS n, sum(r.budget)::text AS budget, sum(r.executed)::text AS executed
        FROM monitoring_report r JOIN monitoring_checkpoint c ON c.id = r.checkpoint_id JOIN project p ON p.id = r.project_id
        JOIN unit u ON u.id = p.unit_id
       WHERE p.year = 2023 AND r.status <> 'DRAFT' AND c.scope = 'PROJECT'
       GROUP BY 1, 2 ORDER BY 1, 2`);
    expect(perCheckpoint.rows.length).toBeGreaterThan(5);
    expect(await ask('[CHECKPOINT, SECTION]')).toEqual(perCheckpoint.rows);
    const latest = await db.query(`
      SELECT p.fund_family AS k0, u.supervising_section_id::text AS k1, count(*)::int AS n, sum(p.budget)::text AS budget,
             COALESCE(sum((SELECT r.executed FROM monitoring_report r JOIN monitoring_checkpoint c ON c.id = r.checkpoint_id
                            WHERE r.project_id = p.id AND r.status <> 'DRAFT' ORDER BY c.period_end DESC LIMIT 1)), 0)::numeric(16,2)::text AS executed
        FROM project p JOIN unit u ON u.id = p.unit_id
       WHERE p.year = 2023
       GROUP BY 1, 2 ORDER BY 1, 2`);
    expect(latest.rows.length).toBeGreaterThan(5);
    expect(await ask('[FUND_FAMILY, SECTION]')).toEqual(latest.rows);
    // By grade of the final self-evaluation and by open flag level (latest_grade_section_summary).
    const byProject = (k1: string, year: number) =>
      db.query(
        `
        SELECT u.supervising_section_id::text AS k0, ${k1} AS k1, count(*)::int AS n, sum(p.budget)::text AS budget,
               COALESCE(sum((SELECT r.executed FROM monitoring_report r JOIN monitoring_checkpoint c ON c.id = r.checkpoint_id
                              WHERE r.project_id = p.id AND r.status <> 'DRAFT' ORDER BY c.period_end DESC LIMIT 1)), 0)::numeric(16,2)::text AS executed
          FROM project p JOIN unit u ON u.id = p.unit_id
         WHERE p.year = $1
         GROUP BY 1, 2 ORDER BY 1, 2`,
        [year],
      );
    // The demo's final self-evaluations are of 2022's projects.
    const grades = await byProject(
      `COALESCE((SELECT e.grade FROM evaluation e
      WHERE e.project_id = p.id AND e.kind = 'SELF' AND e.status = 'FINAL'), 'NONE')`,
      2022,
    );
    expect(new Set(grades.rows.map((r) => r.k1)).size).toBeGreaterThan(2);
    expect(await ask('[SECTION, GRADE]', 2022)).toEqual(grades.rows);
    const levels = await byProject(
      `CASE WHEN EXISTS (SELECT 1 FROM flag f WHERE f.project_id = p.id AND f.status = 'OPEN' AND f.level = 'RED') THEN 'RED'
      WHEN EXISTS (SELECT 1 FROM flag f WHERE f.project_id = p.id AND f.status = 'OPEN') THEN 'YELLOW' ELSE 'NONE' END`,
      2023,
    );
    expect(new Set(levels.rows.map((r) => r.k1)).size).toBeGreaterThan(1);
    expect(await ask('[SECTION, FLAG_LEVEL]')).toEqual(levels.rows);
  });

  it('the flag ledger’s overdue filter and days overdue match the open flags past their deadline', async () => {
    const { rows } =
      await db.query(`SELECT f.id, (current_date - f.deadline)::int AS days FROM flag f JOIN project p ON p.id = f.project_id
      WHERE f.status = 'OPEN' AND f.deadline < current_date`);
    const res = await gql(
      ctx.graphqlUrl,
      `{ flags(first: 100, filter: { overdue: true }) { totalCount edges { node { id daysOverdue } } } }`,
      {},
      leader,
    );
    expect(res.data!.flags.totalCount).toBe(rows.length);
    const byId = new Map(rows.map((r) => [Buffer.from(`Flag:${r.id}`).toString('base64url'), r.days]));
    for (const e of res.data!.flags.edges) expect(e.node.daysOverdue).toBe(byId.get(e.node.id));
  });
});
