import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/graphql/global-id.js';
import { gql, login } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';

// Issue 11 §2: the library's own qualitative reference values ("明显改善") pass the target quality checks,
// so a unit can submit (and re-enter) targets built from the library as it stands.

const SAVE = `mutation($p: ID!, $i: [IndicatorDraftInput!]!, $v: Int!) { saveTargets(projectId: $p, indicators: $i, version: $v) { version targetStatus } }`;
const SUBMIT = `mutation($p: ID!, $v: Int!) { submitTargets(projectId: $p, version: $v) { version targetStatus } }`;

describe('targets built from the indicator library', () => {
  const ctx = useServer();
  let db: pg.Client;
  let unit: string;
  let projectId: number;
  let qualitative: { id: number; level2: string; name: string; reference_value: string };
  let output: { id: number; level2: string; name: string; reference_value: string; unit_of_measure: string };

  beforeAll(async () => {
    unit = await login(ctx.graphqlUrl, 'unit-jyj');
    db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    const { rows: u } = await db.query(
      `SELECT u.id, u.region_id FROM unit u JOIN app_user a ON a.unit_id = u.id WHERE a.username = 'unit-jyj'`,
    );
    const { rows: p } = await db.query(
      `INSERT INTO project (region_id, year, unit_id, fund_family, code, name, budget, kind, budgeted_on, target_status)
       VALUES ($1, 2024, $2, 'GENERAL_PUBLIC', 'LIB-2024-001', '指标库目标测试项目', 100000, 'RECURRING', '2024-01-01', 'DRAFT')
       RETURNING id`,
      [u[0].region_id, u[0].id],
    );
    projectId = p[0].id;
    [qualitative] = (
      await db.query(
        `SELECT id, level2, name, reference_value FROM indicator_template WHERE comparator = 'QUALITATIVE' AND reference_value = '明显改善' ORDER BY code LIMIT 1`,
      )
    ).rows;
    [output] = (
      await db.query(
        `SELECT id, level2, name, reference_value, unit_of_measure FROM indicator_template
          WHERE level1 = 'OUTPUT' AND comparator = 'GE' AND unit_of_measure <> '' ORDER BY code LIMIT 1`,
      )
    ).rows;
  });
  afterAll(() => db?.end());

  const version = async () =>
    (await db.query(`SELECT version FROM project WHERE id = $1`, [projectId])).rows[0].version as number;
  const drafts = (targetText: string) => [
    {
      templateId: toGlobalId('IndicatorTemplate', output.id),
      level1: 'OUTPUT',
      level2: output.level2,
      name: output.name,
      comparator: 'GE',
      targetValue: '100',
      unitOfMeasure: output.unit_of_measure,
      weight: 60,
      isKey: true,
    },
    {
      templateId: toGlobalId('IndicatorTemplate', qualitative.id),
      level1: 'BENEFIT',
      level2: qualitative.level2,
      name: qualitative.name,
      comparator: 'QUALITATIVE',
      targetText,
      weight: 40,
    },
  ];

  it('refuses a vague wording of its own on a library indicator, naming the field, and changes nothing', async () => {
    const before = await version();
    const res = await gql(
      ctx.graphqlUrl,
      SAVE,
      { p: toGlobalId('Project', projectId), i: drafts('明显好转'), v: before },
      unit,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors?.[0]?.extensions?.fields)).toContain('indicators[1].targetText');
    expect(await version()).toBe(before);
  });

  it('accepts the library’s own reference value ("明显改善") on save and on submit', async () => {
    const p = toGlobalId('Project', projectId);
    const saved = await gql(
      ctx.graphqlUrl,
      SAVE,
      { p, i: drafts(qualitative.reference_value), v: await version() },
      unit,
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveTargets.targetStatus).toBe('DRAFT');
    const submitted = await gql(ctx.graphqlUrl, SUBMIT, { p, v: saved.data!.saveTargets.version }, unit);
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data!.submitTargets.targetStatus).toBe('SUBMITTED');
  });

  it('keeps refusing the same words on an own indicator (no library template)', async () => {
    await db.query(`UPDATE project SET target_status = 'RETURNED' WHERE id = $1`, [projectId]);
    const own = drafts(qualitative.reference_value).map((d) => ({ ...d, templateId: null }));
    const res = await gql(
      ctx.graphqlUrl,
      SAVE,
      { p: toGlobalId('Project', projectId), i: own, v: await version() },
      unit,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors?.[0]?.extensions?.fields)).toContain('indicators[1].targetText');
  });
});
