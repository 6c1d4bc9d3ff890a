import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/graphql/global-id.js';
import { gql, login } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';

// Issue 10: the verdict of each indicator at each checkpoint comes from the server, by the rule of the
// project's year (the one monitoring confirmation applies): 30% above a ≥ target is on plan.

const VALUES = ['130', '100', '70']; // above, at and below a target of 100
const EXPECTED: Record<string, string[]> = {
  GE: ['ON_PLAN', 'ON_PLAN', 'OFF_PLAN'],
  GT: ['ON_PLAN', 'ON_PLAN', 'OFF_PLAN'],
  LE: ['OFF_PLAN', 'ON_PLAN', 'ON_PLAN'],
  LT: ['OFF_PLAN', 'ON_PLAN', 'ON_PLAN'],
  EQ: ['OFF_PLAN', 'ON_PLAN', 'OFF_PLAN'],
};
const DEVIATIONS = ['0.3000', '0.0000', '-0.3000'];

const REPORT = `query($id: ID!) { node(id: $id) { ... on MonitoringReport {
  indicatorActuals { indicator { name comparator } plannedValue actualValue verdict deviation } } } }`;

describe('IndicatorActual.verdict and deviation', () => {
  const ctx = useServer();
  let db: pg.Client;
  let leader: string;
  let reportId: string;
  let regionId: number;

  beforeAll(async () => {
    leader = await login(ctx.graphqlUrl, 'leader');
    db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    const { rows: unit } = await db.query(
      `SELECT u.id, u.region_id FROM unit u JOIN app_user a ON a.unit_id = u.id WHERE a.username = 'unit-jyj'`,
    );
    regionId = unit[0].region_id;
    const { rows: project } = await db.query(
      `INSERT INTO project (region_id, year, unit_id, fund_family, code, name, budget, kind, budgeted_on, target_status)
       VALUES ($1, 2023, $2, 'GENERAL_PUBLIC', 'VERDICT-2023', '指标判定测试项目', 100000, 'RECURRING', '2023-01-01', 'APPROVED')
       RETURNING id`,
      [regionId, unit[0].id],
    );
    const { rows: report } = await db.query(
      `INSERT INTO monitoring_report (checkpoint_id, project_id, budget, executed, status, submitted_on)
       SELECT c.id, $2, 100000, 50000, 'SUBMITTED', '2023-06-05' FROM monitoring_checkpoint c
        WHERE c.region_id = $1 AND c.year = 2023 AND c.month = 5 AND c.scope = 'PROJECT' RETURNING id`,
      [regionId, project[0].id],
    );
    reportId = toGlobalId('MonitoringReport', report[0].id);
    const indicators: [string, string, string | null, string | null][] = [];
    for (const comparator of Object.keys(EXPECTED)) {
      VALUES.forEach((actual, i) => indicators.push([`${comparator}-${i}`, comparator, '100', actual]));
    }
    indicators.push(['QUALITATIVE-0', 'QUALITATIVE', null, null]);
    for (const [name, comparator, target, actual] of indicators) {
      const { rows } = await db.query(
        `INSERT INTO project_indicator (project_id, level1, level2, name, comparator, target_value, target_text, unit_of_measure, weight, is_key)
         VALUES ($1, 'OUTPUT', '数量指标', $2, $3, $4, $5, '人', 5, true) RETURNING id`,
        [project[0].id, name, comparator, target, target === null ? '群众满意' : null],
      );
      await db.query(
        `INSERT INTO indicator_actual (report_id, project_indicator_id, planned_value, actual_value) VALUES ($1, $2, $3, $4)`,
        [report[0].id, rows[0].id, target, actual],
      );
    }
  });
  afterAll(async () => {
    await db?.end();
  });

  it('is the comparator-aware rule for ≥ > ≤ < = and qualitative, above, at and below target', async () => {
    const res = await gql(ctx.graphqlUrl, REPORT, { id: reportId }, leader);
    expect(res.errors).toBeUndefined();
    const actuals = res.data!.node.indicatorActuals as any[];
    expect(actuals).toHaveLength(16);
    for (const [comparator, verdicts] of Object.entries(EXPECTED)) {
      verdicts.forEach((verdict, i) => {
        const a = actuals.find((x) => x.indicator.name === `${comparator}-${i}`);
        expect(a, `${comparator} ${VALUES[i]}`).toMatchObject({
          plannedValue: '100',
          actualValue: VALUES[i],
          verdict,
          deviation: DEVIATIONS[i],
        });
      });
    }
    expect(actuals.find((x) => x.indicator.comparator === 'QUALITATIVE')).toMatchObject({
      verdict: 'NOT_JUDGED',
      deviation: null,
    });
  });

  it('follows the rule set of the project’s year: with 35% allowed, 30% short of a ≥ target is on plan', async () => {
    await db.query(
      `UPDATE rule_set SET rules = jsonb_set(rules, '{monitoring,maxKeyIndicatorDeviation}', '{"numerator": 35, "denominator": 100}')
        WHERE region_id = $1 AND year = 2023`,
      [regionId],
    );
    const { rowCount } = await db.query(`SELECT 1 FROM rule_set WHERE region_id = $1 AND year = 2023`, [regionId]);
    expect(rowCount).toBe(1);
    const res = await gql(ctx.graphqlUrl, REPORT, { id: reportId }, leader);
    const actuals = res.data!.node.indicatorActuals as any[];
    expect(actuals.find((x) => x.indicator.name === 'GE-2')).toMatchObject({
      verdict: 'ON_PLAN',
      deviation: '-0.3000',
    });
    expect(actuals.find((x) => x.indicator.name === 'EQ-0')).toMatchObject({ verdict: 'ON_PLAN', deviation: '0.3000' });
  });
});
