import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, login } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';

// Issue 13 §3: a warning when a year has fewer key evaluations (财政重点评价) than the rule's minimum (DOMAIN §4: at
// least 5; the rule set's keyEvaluation.minProjects). Counted county-wide, per budget year evaluated.

const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');
const YEARS = `{ years { years { year keyEvaluationShortfall { required planned } } } }`;

describe('the key-evaluation shortfall of a year', () => {
  const ctx = useServer();
  const t: Record<string, string> = {};
  let db: pg.Client;
  const shortfall = async (user: string, year: number) => {
    const res = await gql(ctx.graphqlUrl, YEARS, {}, t[user]);
    expect(res.errors).toBeUndefined();
    return res.data!.years.years.find((y: { year: number }) => y.year === year)?.keyEvaluationShortfall;
  };
  beforeAll(async () => {
    db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    for (const u of ['pes', 'leader', 'prefecture']) t[u] = await login(ctx.graphqlUrl, u);
  });
  afterAll(async () => {
    await db?.end();
  });

  it('2022 has its 10 key evaluations: no warning', async () => {
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM evaluation WHERE kind = 'KEY' AND year = 2022`);
    expect(rows[0].n).toBe(10);
    expect(await shortfall('pes', 2022)).toBeNull();
  });

  it('a year with fewer than 5 warns until the fifth is assigned', async () => {
    const planned = async () =>
      (await db.query(`SELECT count(*)::int AS n FROM evaluation WHERE kind = 'KEY' AND year = 2023`)).rows[0]
        .n as number;
    const start = await planned();
    expect(start).toBeLessThan(5);
    expect(await shortfall('pes', 2023)).toEqual({ required: 5, planned: start });
    expect(await shortfall('leader', 2023)).toEqual({ required: 5, planned: start });
    // An upper level spans several counties: the per-county minimum is not its figure.
    expect(await shortfall('prefecture', 2023)).toBeNull();

    // The performance section assigns key evaluations of 2023 until there are 5.
    const { rows: projects } = await db.query(
      `SELECT p.id FROM project p JOIN unit u ON u.id = p.unit_id
        WHERE p.year = 2023 AND NOT u.classified AND NOT EXISTS (SELECT 1 FROM evaluation e WHERE e.project_id = p.id AND e.kind = 'KEY')
        ORDER BY p.budget DESC, p.id LIMIT $1`,
      [5 - start],
    );
    const { rows: agency } = await db.query(
      `SELECT a.id FROM agency a JOIN app_user au ON au.region_id = a.region_id WHERE au.username = 'pes' ORDER BY a.id LIMIT 1`,
    );
    for (const [i, p] of projects.entries()) {
      const res = await gql(
        ctx.graphqlUrl,
        `mutation($p: ID!, $a: ID!) { assignKeyEvaluation(projectId: $p, agencyId: $a) { id } }`,
        { p: gid('Project', p.id), a: gid('Agency', agency[0].id) },
        t.pes,
      );
      expect(res.errors).toBeUndefined();
      if (start + i + 1 < 5) expect(await shortfall('pes', 2023)).toEqual({ required: 5, planned: start + i + 1 });
    }
    expect(await shortfall('pes', 2023)).toBeNull();
  });

  it('a budget year not yet over warns of nothing: its key evaluations are made the year after', async () => {
    // The county's today (the server's clock, Asia/Shanghai); a project of next year's budget makes that year listed.
    const thisYear = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format());
    const { rows } = await db.query(
      `UPDATE project SET year = $1 WHERE id = (SELECT id FROM project WHERE year = (SELECT max(year) FROM project)
         ORDER BY id LIMIT 1) RETURNING id`,
      [thisYear + 1],
    );
    expect(rows).toHaveLength(1);
    const res = await gql(ctx.graphqlUrl, YEARS, {}, t.pes);
    const listed = res.data!.years.years.map((y: { year: number }) => y.year);
    expect(listed).toContain(thisYear + 1);
    expect(await shortfall('pes', thisYear + 1)).toBeNull();
    expect(await shortfall('leader', thisYear + 1)).toBeNull();
    // A past year short of 5 does warn (2023, above); 2022's is whole.
    expect(await shortfall('pes', 2022)).toBeNull();
  });

  it("the minimum is the rule set's: raised to 6, the year warns again", async () => {
    const rules = (await gql(ctx.graphqlUrl, `{ ruleSet(year: 2023) { rules } }`, {}, t.pes)).data;
    expect(rules?.ruleSet?.rules?.keyEvaluation?.minProjects ?? 5).toBe(5);
    const { rows } = await db.query(
      `SELECT r.id FROM region r JOIN app_user au ON au.region_id = r.id WHERE au.username = 'pes'`,
    );
    const stored = await db.query(`SELECT rules FROM rule_set WHERE region_id = $1 AND year = 2023`, [rows[0].id]);
    if (stored.rows.length > 0) {
      await db.query(
        `UPDATE rule_set SET rules = jsonb_set(rules, '{keyEvaluation,minProjects}', '6') WHERE region_id = $1 AND year = 2023`,
        [rows[0].id],
      );
    } else {
      const defaults = (await import('@jixiao/schema/rule-defaults')).DEFAULT_RULE_SET;
      await db.query(`INSERT INTO rule_set (region_id, year, rules) VALUES ($1, 2023, $2)`, [
        rows[0].id,
        JSON.stringify({ ...defaults, keyEvaluation: { ...defaults.keyEvaluation, minProjects: 6 } }),
      ]);
    }
    expect(await shortfall('pes', 2023)).toEqual({ required: 6, planned: 5 });
  });
});
