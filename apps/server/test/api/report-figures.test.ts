import { beforeAll, describe, expect, it } from 'vitest';
import { gql, login } from '../../src/testing/harness.js';
import { useServer } from '../support/context.js';

// Every figure of the county's report (DOMAIN.md), read through the analytics contract as `leader`,
// at the report's precision: 亿/万 totals to the stated decimals, rates to one decimal of a percent.

/** Yuan string → 亿元 rounded half-up to `decimals`, computed with BigInt (no float error). */
function yi(yuan: string, decimals = 2): string {
  const fen = BigInt(yuan.replace('.', ''));
  const unit = 10n ** 10n / 10n ** BigInt(decimals); // fen per last digit
  const q = (fen + unit / 2n) / unit;
  const s = q.toString().padStart(decimals + 1, '0');
  return `${s.slice(0, -decimals)}.${s.slice(-decimals)}`;
}
function wan(yuan: string, decimals: number): string {
  const fen = BigInt(yuan.replace('.', ''));
  const unit = 10n ** 6n / 10n ** BigInt(decimals);
  const q = (fen + unit / 2n) / unit;
  const s = q.toString().padStart(decimals + 1, '0');
  return decimals === 0 ? s : `${s.slice(0, -decimals)}.${s.slice(-decimals)}`;
}
const pct = (rate: number) => (Math.round(rate * 1000) / 10).toFixed(1);

describe('the demo county reproduces the report, read by leadership', () => {
  const ctx = useServer();
  let token: string;
  let data: Record<string, any>;

  beforeAll(async () => {
    token = await login(ctx.graphqlUrl, 'leader');
    const res = await gql(
      ctx.graphqlUrl,
      `{
        targets: targetSummary(year: 2023) { projectCount budget annualBudgetProjectCount annualBudget exAnteProjectCount exAnteBudget
                                             unitWideReviewedCount unitWideReturnedCount unitWideIssueCount }
        may: executionSummary(year: 2023, month: 5) { key projectCount budget executed executionRate }
        aug: executionSummary(year: 2023, month: 8, groupBy: TOTAL) { key projectCount budget executed executionRate }
        flagsMay: flagSummary(year: 2023, month: 5) { yellow red newYellow escalatedToRed closed }
        flagsAug: flagSummary(year: 2023, month: 8) { yellow red newYellow escalatedToRed closed }
        self: gradeDistribution(year: 2022, kind: SELF) { total budget findings buckets { grade count share } }
        dept: gradeDistribution(year: 2022, kind: DEPARTMENT) { total buckets { grade count share } }
        unitWide: gradeDistribution(year: 2022, kind: UNIT_WIDE) { total buckets { grade count share } }
        key: gradeDistribution(year: 2022, kind: KEY) { total budget findings }
        library: indicatorLibrarySummary { commonCategories commonIndicators sectors sectorIndicators }
        training: trainingSummary(year: 2023) { sessions attendance }
      }`,
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    data = res.data!;
  });

  it('sets targets for 321 projects worth 6.45 亿, of which 101 annual-budget projects worth 3.64 亿', () => {
    expect(data.targets.projectCount).toBe(321);
    expect(yi(data.targets.budget)).toBe('6.45');
    expect(data.targets.annualBudgetProjectCount).toBe(101);
    expect(yi(data.targets.annualBudget)).toBe('3.64');
  });

  it('reviews the unit-wide targets of 58 units, returning 36 with 70 issues', () => {
    expect(data.targets.unitWideReviewedCount).toBe(58);
    expect(data.targets.unitWideReturnedCount).toBe(36);
    expect(data.targets.unitWideIssueCount).toBe(70);
  });

  it('supports 2 new projects worth 36.56 万 through ex-ante assessment', () => {
    expect(data.targets.exAnteProjectCount).toBe(2);
    expect(wan(data.targets.exAnteBudget, 2)).toBe('36.56');
  });

  it('monitors 132 projects in May: budget 4.68 亿, executed 1.33 亿, rate 28.4%', () => {
    expect(data.may).toHaveLength(1);
    const [m] = data.may;
    expect(m.projectCount).toBe(132);
    expect(yi(m.budget)).toBe('4.68');
    expect(yi(m.executed)).toBe('1.33');
    expect(pct(m.executionRate)).toBe('28.4');
  });

  it('monitors 321 projects in August: budget 6.45 亿, executed 4.66 亿, rate 72.2%', () => {
    const [a] = data.aug;
    expect(a.key).toBe('TOTAL');
    expect(a.projectCount).toBe(321);
    expect(yi(a.budget)).toBe('6.45');
    expect(yi(a.executed)).toBe('4.66');
    expect(pct(a.executionRate)).toBe('72.2');
  });

  it('the execution rate is exactly executed ÷ budget of the returned amounts', () => {
    for (const row of [...data.may, ...data.aug]) {
      expect(row.executionRate).toBeCloseTo(Number(row.executed) / Number(row.budget), 12);
    }
  });

  it('flags 69 projects yellow in May; in August 3 become red and 18 are yellow for the first time', () => {
    expect(data.flagsMay).toMatchObject({ yellow: 69, red: 0, newYellow: 69, escalatedToRed: 0 });
    expect(data.flagsAug).toMatchObject({ red: 3, escalatedToRed: 3, newYellow: 18 });
    // The 66 other May flags were rectified and closed before August.
    expect(data.flagsAug.closed).toBe(66);
    expect(data.flagsAug.yellow).toBe(18);
  });

  it('self-evaluates 257 projects of 2022 worth 10.71 亿: 17 中 and 10 差, the other 230 优 or 良', () => {
    expect(data.self.total).toBe(257);
    expect(yi(data.self.budget)).toBe('10.71');
    const count = Object.fromEntries(data.self.buckets.map((b: any) => [b.grade, b.count]));
    expect(count.MEDIUM).toBe(17);
    expect(count.POOR).toBe(10);
    expect(count.EXCELLENT + count.GOOD).toBe(230);
    expect(data.self.buckets.map((b: any) => b.grade)).toEqual(['EXCELLENT', 'GOOD', 'MEDIUM', 'POOR']);
  });

  it('evaluates 90 projects by department, 82 of them 优 (91%)', () => {
    expect(data.dept.total).toBe(90);
    const excellent = data.dept.buckets.find((b: any) => b.grade === 'EXCELLENT');
    expect(excellent.count).toBe(82);
    expect(Math.round(excellent.share * 100)).toBe(91);
  });

  it('evaluates 52 units as a whole, 51 of them 优 (98%)', () => {
    expect(data.unitWide.total).toBe(52);
    const excellent = data.unitWide.buckets.find((b: any) => b.grade === 'EXCELLENT');
    expect(excellent.count).toBe(51);
    expect(Math.round(excellent.share * 100)).toBe(98);
  });

  it('has agencies evaluate 10 key projects worth 5,532.6 万 with 17 findings', () => {
    expect(data.key.total).toBe(10);
    expect(wan(data.key.budget, 1)).toBe('5532.6');
    expect(data.key.findings).toBe(17);
  });

  it('keeps indicator libraries of 10 categories / 183 and 18 sectors / 538 indicators', () => {
    expect(data.library).toEqual({ commonCategories: 10, commonIndicators: 183, sectors: 18, sectorIndicators: 538 });
  });

  it('held 7 training sessions with 520 attendances', () => {
    expect(data.training).toEqual({ sessions: 7, attendance: 520 });
  });
});
