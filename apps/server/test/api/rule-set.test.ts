import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SET } from '@jixiao/schema/rule-defaults';
import { demoBiTokenOf, gql, login } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';

const SET = `mutation($y: Int!, $r: JSONObject!) { setRuleSet(year: $y, rules: $r) { year stored rules } }`;
const GET = `query($y: Int!) { ruleSet(year: $y) { year stored rules } }`;

describe('the rule set of a year', () => {
  const ctx = useServer();
  let pes: string;
  const stored = async (year: number) => {
    const c = new pg.Client({ connectionString: ctx.databaseUrl });
    await c.connect();
    const { rows } = await c.query(`SELECT rules FROM rule_set WHERE year = $1`, [year]);
    await c.end();
    return rows[0]?.rules ?? null;
  };

  beforeAll(async () => {
    pes = await login(ctx.graphqlUrl, 'pes');
  });

  it('is stored per year, with the defaults of DOMAIN.md for the demo years', async () => {
    const res = await gql(ctx.graphqlUrl, GET, { y: 2023 }, pes);
    expect(res.data!.ruleSet).toEqual({ year: 2023, stored: true, rules: DEFAULT_RULE_SET });
  });

  it('lets the performance section set next year’s rules, and keeps an audit entry', async () => {
    const next = structuredClone(DEFAULT_RULE_SET);
    next.evaluation.gradeBands = { EXCELLENT: 92, GOOD: 82, MEDIUM: 62 };
    const res = await gql(ctx.graphqlUrl, SET, { y: 2025, r: next }, pes);
    expect(res.errors).toBeUndefined();
    expect((await gql(ctx.graphqlUrl, GET, { y: 2025 }, pes)).data!.ruleSet).toEqual({
      year: 2025,
      stored: true,
      rules: next,
    });
    const c = new pg.Client({ connectionString: ctx.databaseUrl });
    await c.connect();
    const { rows } = await c.query(
      `SELECT action, entity, after FROM audit_log WHERE entity = 'RuleSet' AND entity_id = '2025'`,
    );
    await c.end();
    expect(rows).toHaveLength(1);
    expect(rows[0].after.evaluation.gradeBands.EXCELLENT).toBe(92);
  });

  it.each([
    ['a year that already has results', 2023, DEFAULT_RULE_SET, 'INVALID_TRANSITION', /2023/],
    [
      'weights that do not add up to 100',
      2026,
      {
        ...DEFAULT_RULE_SET,
        evaluation: {
          ...DEFAULT_RULE_SET.evaluation,
          weights: { execution: 10, output: 40, benefit: 30, satisfaction: 10 },
        },
      },
      'BAD_USER_INPUT',
      /evaluation\.weights/,
    ],
    [
      'bands that do not descend',
      2026,
      { ...DEFAULT_RULE_SET, agencyRating: { ...DEFAULT_RULE_SET.agencyRating, bands: { A: 70, B: 75, C: 60 } } },
      'BAD_USER_INPUT',
      /agencyRating\.bands/,
    ],
  ])('refuses %s and leaves the database unchanged', async (_name, year, rules, code, message) => {
    const before = await stored(year);
    const res = await gql(ctx.graphqlUrl, SET, { y: year, r: rules }, pes);
    expect(res.errors![0]!.extensions!.code).toBe(code);
    expect(res.errors![0]!.message).toMatch(message);
    expect(await stored(year)).toEqual(before);
  });

  it.each([
    ['the budget section', 'budget'],
    ['a BI token', 'bi'],
  ])('is not changed by %s', async (_n, who) => {
    const token = who === 'bi' ? await demoBiTokenOf(ctx.databaseUrl) : await login(ctx.graphqlUrl, who);
    const res = await gql(ctx.graphqlUrl, SET, { y: 2027, r: DEFAULT_RULE_SET }, token);
    expect(res.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(await stored(2027)).toBeNull();
  });
});
