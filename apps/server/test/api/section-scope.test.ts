import { beforeAll, describe, expect, it } from 'vitest';
import { demoBiTokenOf, gql, login } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';

// "Who sees what" for the analytics contract: a section's figures cover its portfolio only,
// and the business sections' portfolios add up to the county.

const FIGURES = `query($y: Int!, $m: Int!) {
  targetSummary(year: $y) { projectCount budget }
  executionSummary(year: $y, month: $m) { projectCount budget executed }
  flagSummary(year: $y, month: $m) { yellow red newYellow escalatedToRed closed }
  self: gradeDistribution(year: 2022, kind: SELF) { total budget buckets { grade count } }
  unitWide: gradeDistribution(year: 2022, kind: UNIT_WIDE) { total }
}`;
const BUSINESS = ['sec-xzzf', 'sec-jkw', 'sec-jjjs', 'sec-nync', 'sec-shbz'];
const fen = (yuan: string) => BigInt(yuan.replace('.', ''));

describe('analytics scope', () => {
  const ctx = useServer();
  const figures: Record<string, any> = {};
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    for (const user of [
      'leader',
      'budget',
      'sec-xc',
      'sec-zw',
      'unit-jyj',
      'unit-gaj',
      'agency-xinhe',
      'prefecture',
      ...BUSINESS,
    ]) {
      tokens[user] = await login(ctx.graphqlUrl, user);
      const res = await gql(ctx.graphqlUrl, FIGURES, { y: 2023, m: 8 }, tokens[user]);
      expect(res.errors, user).toBeUndefined();
      figures[user] = res.data;
    }
  });

  it.each([
    'targetSummary.projectCount',
    'executionSummary.0.projectCount',
    'self.total',
    'unitWide.total',
    'flagSummary.yellow',
    'flagSummary.red',
    'flagSummary.newYellow',
    'flagSummary.escalatedToRed',
    'flagSummary.closed',
  ])('the business sections add up to the county total: %s', (path) => {
    const get = (o: any) => path.split('.').reduce((a, k) => a[k], o) as number;
    const sum = BUSINESS.reduce((a, s) => a + get(figures[s]), 0);
    expect(sum).toBe(get(figures.leader));
  });

  it('the business sections add up to the county budget and executed amount to the fen', () => {
    for (const key of ['budget', 'executed'] as const) {
      const sum = BUSINESS.reduce((a, s) => a + fen(figures[s].executionSummary[0][key]), 0n);
      expect(sum).toBe(fen(figures.leader.executionSummary[0][key]));
    }
    const targets = BUSINESS.reduce((a, s) => a + fen(figures[s].targetSummary.budget), 0n);
    expect(targets).toBe(fen(figures.leader.targetSummary.budget));
  });

  it('each business section sees a strict part of the county', () => {
    for (const s of BUSINESS) {
      expect(figures[s].targetSummary.projectCount).toBeGreaterThan(0);
      expect(figures[s].targetSummary.projectCount).toBeLessThan(figures.leader.targetSummary.projectCount);
    }
  });

  it('a section sees the same figures as the county grouped by its section', async () => {
    const res = await gql(
      ctx.graphqlUrl,
      `{ executionSummary(year: 2023, month: 8, groupBy: SECTION) { label projectCount budget executed } }`,
      {},
      tokens.leader,
    );
    const row = res.data!.executionSummary.find((r: any) => r.label === '教科文科');
    expect(row).toMatchObject(figures['sec-jkw'].executionSummary[0]);
  });

  it('a fund section sees exactly its fund family, whichever unit runs the project', async () => {
    const res = await gql(
      ctx.graphqlUrl,
      `{ executionSummary(year: 2023, month: 8, groupBy: FUND_FAMILY) { key projectCount budget executed } }`,
      {},
      tokens.leader,
    );
    const rural = res.data!.executionSummary.find((r: any) => r.key === 'RURAL_REVITALIZATION');
    expect(figures['sec-xc'].executionSummary[0]).toMatchObject({
      projectCount: rural.projectCount,
      budget: rural.budget,
      executed: rural.executed,
    });
    const own = await gql(
      ctx.graphqlUrl,
      `{ executionSummary(year: 2023, month: 8, groupBy: FUND_FAMILY) { key } }`,
      {},
      tokens['sec-xc'],
    );
    expect(own.data!.executionSummary.map((r: any) => r.key)).toEqual(['RURAL_REVITALIZATION']);
  });

  it('a unit sees its own projects only', async () => {
    const res = await gql(
      ctx.graphqlUrl,
      `{ executionSummary(year: 2023, month: 8, groupBy: UNIT) { key label projectCount } }`,
      {},
      tokens['unit-jyj'],
    );
    expect(res.data!.executionSummary).toHaveLength(1);
    expect(res.data!.executionSummary[0].label).toBe('尉犁县教育局');
    expect(figures['unit-jyj'].unitWide.total).toBe(1);
  });

  it('a classified unit sees its own rows by name', async () => {
    const res = await gql(
      ctx.graphqlUrl,
      `{ executionSummary(year: 2023, month: 8, groupBy: UNIT) { label } }`,
      {},
      tokens['unit-gaj'],
    );
    expect(res.data!.executionSummary.map((r: any) => r.label)).toEqual(['尉犁县公安局']);
  });

  it('classified units count in the budget section’s totals but are never shown as their own rows', async () => {
    expect(figures.budget.targetSummary).toEqual(figures.leader.targetSummary);
    const asBudget = await gql(
      ctx.graphqlUrl,
      `{ executionSummary(year: 2023, month: 8, groupBy: UNIT) { key label projectCount } }`,
      {},
      tokens.budget,
    );
    const asLeader = await gql(
      ctx.graphqlUrl,
      `{ executionSummary(year: 2023, month: 8, groupBy: UNIT) { key label projectCount } }`,
      {},
      tokens.leader,
    );
    const labels = asBudget.data!.executionSummary.map((r: any) => r.label);
    expect(labels).not.toContain('尉犁县公安局');
    expect(labels).toContain('涉密单位');
    const leaderLabels = asLeader.data!.executionSummary.map((r: any) => r.label);
    expect(leaderLabels).toContain('尉犁县公安局');
    const total = (rows: any[]) => rows.reduce((a, r) => a + r.projectCount, 0);
    expect(total(asBudget.data!.executionSummary)).toBe(total(asLeader.data!.executionSummary));
  });

  it('an agency counts only the evaluations it ran, not the self-evaluations of its projects (issue 14 §3)', () => {
    expect(figures['agency-xinhe'].self.total).toBe(0);
    expect(figures['agency-xinhe'].targetSummary.projectCount).toBe(0);
  });

  it('the upper level sees every county below it', () => {
    expect(figures.prefecture.targetSummary).toEqual(figures.leader.targetSummary);
  });

  it('an agency sees its own rating only; leadership sees all six', async () => {
    const own = await gql(
      ctx.graphqlUrl,
      `{ agencyRatings(year: 2023) { agencyName rating } }`,
      {},
      tokens['agency-xinhe'],
    );
    expect(own.data!.agencyRatings).toEqual([{ agencyName: '新疆信和会计师事务所有限公司', rating: 'A' }]);
    const all = await gql(ctx.graphqlUrl, `{ agencyRatings(year: 2023) { rating } }`, {}, tokens.leader);
    expect(all.data!.agencyRatings.map((r: any) => r.rating)).toEqual(['A', 'A', 'B', 'B', 'C', 'D']);
  });

  it('the demo BI token reads with the scope of leader, classified units masked', async () => {
    const bi = await demoBiTokenOf(ctx.databaseUrl);
    const res = await gql(ctx.graphqlUrl, FIGURES, { y: 2023, m: 8 }, bi);
    expect(res.data!.targetSummary).toEqual(figures.leader.targetSummary);
    const units = await gql(
      ctx.graphqlUrl,
      `{ executionSummary(year: 2023, month: 8, groupBy: UNIT) { label } }`,
      {},
      bi,
    );
    expect(units.data!.executionSummary.map((r: any) => r.label)).not.toContain('尉犁县公安局');
  });

  it('the optional filter of the contract queries narrows the leader’s figures to exactly what the section sees', async () => {
    const { sections } = (await gql(ctx.graphqlUrl, `{ sections { id name } }`, {}, tokens.leader)).data!;
    const jkw = sections.find((x: any) => x.name === '教科文科').id;
    const res = await gql(
      ctx.graphqlUrl,
      `query($y: Int!, $m: Int!, $f: AnalyticsFilter) {
      targetSummary(year: $y, filter: $f) { projectCount budget }
      executionSummary(year: $y, month: $m, filter: $f) { projectCount budget executed }
      flagSummary(year: $y, month: $m, filter: $f) { yellow red newYellow escalatedToRed closed }
      self: gradeDistribution(year: 2022, kind: SELF, filter: $f) { total budget buckets { grade count } }
      unitWide: gradeDistribution(year: 2022, kind: UNIT_WIDE, filter: $f) { total }
    }`,
      { y: 2023, m: 8, f: { sectionId: jkw } },
      tokens.leader,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual(figures['sec-jkw']);
    const rural = await gql(
      ctx.graphqlUrl,
      `{ executionSummary(year: 2023, month: 8, filter: { fundFamily: RURAL_REVITALIZATION }) { projectCount budget executed } }`,
      {},
      tokens.leader,
    );
    expect(rural.data!.executionSummary).toEqual(figures['sec-xc'].executionSummary);
    const bad = await gql(
      ctx.graphqlUrl,
      `{ targetSummary(year: 2023, filter: { unitId: "bm9wZQ" }) { projectCount } }`,
      {},
      tokens.leader,
    );
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.unitId' });
  });
});
