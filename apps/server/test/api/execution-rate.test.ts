import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, login } from '../../src/testing/harness.js';
import { toGlobalId } from '../../src/graphql/global-id.js';
import { useServer } from '../support/context.js';

// Issue 10: a rate with a zero budget is not applicable. Every rate the API gives is null for it, never 0 or 1.

describe('an execution rate with a zero budget', () => {
  const ctx = useServer();
  let db: pg.Client;
  let leader: string;
  let unitId: number;
  let projectId: number;
  let reportId: number;

  beforeAll(async () => {
    leader = await login(ctx.graphqlUrl, 'leader');
    db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    // A unit of its own with one project of budget 0, reported and confirmed at the May 2023 checkpoint.
    const { rows: region } = await db.query(`SELECT region_id FROM app_user WHERE username = 'leader'`);
    const regionId = region[0].region_id;
    const { rows: section } = await db.query(
      `SELECT id FROM section WHERE region_id = $1 AND kind = 'BUSINESS' ORDER BY id LIMIT 1`,
      [regionId],
    );
    const { rows: unit } = await db.query(
      `INSERT INTO unit (region_id, code, name, supervising_section_id) VALUES ($1, 'zero', '零预算测试单位', $2) RETURNING id`,
      [regionId, section[0].id],
    );
    unitId = unit[0].id;
    const { rows: project } = await db.query(
      `INSERT INTO project (region_id, year, unit_id, fund_family, code, name, budget, kind, budgeted_on, target_status)
       VALUES ($1, 2023, $2, 'GENERAL_PUBLIC', 'ZERO-2023-1', '零预算项目', 0, 'RECURRING', '2023-01-01', 'APPROVED') RETURNING id`,
      [regionId, unitId],
    );
    projectId = project[0].id;
    const { rows: report } = await db.query(
      `INSERT INTO monitoring_report (checkpoint_id, project_id, budget, executed, status, failed, failure_reasons, submitted_on)
       SELECT c.id, $2, 0, 0, 'CONFIRMED', false, '[]', '2023-06-05' FROM monitoring_checkpoint c
        WHERE c.region_id = $1 AND c.year = 2023 AND c.month = 5 AND c.scope = 'PROJECT' RETURNING id`,
      [regionId, projectId],
    );
    reportId = report[0].id;
  });
  afterAll(async () => {
    await db?.end();
  });

  it('is null on the report, on its unit’s execution row, and on every aggregate of the unit', async () => {
    const unit = toGlobalId('Unit', unitId);
    const res = await gql(
      ctx.graphqlUrl,
      `query($report: ID!, $unit: ID!) {
        node(id: $report) { ... on MonitoringReport { budget executionRate } }
        executionSummary(year: 2023, month: 5, groupBy: UNIT, filter: { unitId: $unit }) { projectCount budget executionRate }
        total: executionSummary(year: 2023, month: 5, filter: { unitId: $unit }) { projectCount executionRate }
        perCheckpoint: projectAggregate(groupBy: [CHECKPOINT], filter: { unitId: $unit }) { projectCount budget executionRate }
        latest: projectAggregate(groupBy: [YEAR], filter: { unitId: $unit }) { projectCount budget executionRate }
      }`,
      { report: toGlobalId('MonitoringReport', reportId), unit },
      leader,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      node: { budget: '0.00', executionRate: null },
      executionSummary: [{ projectCount: 1, budget: '0.00', executionRate: null }],
      total: [{ projectCount: 1, executionRate: null }],
      perCheckpoint: [{ projectCount: 1, budget: '0.00', executionRate: null }],
      latest: [{ projectCount: 1, budget: '0.00', executionRate: null }],
    });
  });

  it('is null on an empty total (nothing reported), and a real rate stays executed ÷ budget', async () => {
    const unit = toGlobalId('Unit', unitId);
    const res = await gql(
      ctx.graphqlUrl,
      `query($unit: ID!) {
        empty: executionSummary(year: 2023, month: 8, filter: { unitId: $unit }) { projectCount budget executionRate }
        county: executionSummary(year: 2023, month: 5) { budget executed executionRate }
      }`,
      { unit },
      leader,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.empty).toEqual([{ projectCount: 0, budget: '0.00', executionRate: null }]);
    const [county] = res.data!.county;
    expect(county.executionRate).toBeCloseTo(Number(county.executed) / Number(county.budget), 12);
  });
});
