import { describe, expect, it } from 'vitest';
import { CHECKPOINT_VARIABLES, CHECKPOINTS, elapsedFraction, latestReported, latestWithReports } from './checkpoints';
import { AUGUST_TOTAL, MAY_TOTAL, NO_REPORTS, totals } from './test-fixtures';

describe('checkpoints', () => {
  it('are the end of May and the end of August by default, at 5/12 and 8/12 of the year', () => {
    expect(CHECKPOINT_VARIABLES).toEqual({ firstMonth: 5, secondMonth: 8 });
    expect(CHECKPOINTS.map((c) => c.elapsed)).toEqual([
      { numerator: 5, denominator: 12 },
      { numerator: 8, denominator: 12 },
    ]);
    expect(elapsedFraction(CHECKPOINTS[1])).toBeCloseTo(2 / 3, 12);
  });

  it.each([
    ['both checkpoints reported', MAY_TOTAL, AUGUST_TOTAL, 8],
    ['only May reported', MAY_TOTAL, NO_REPORTS, 5],
    ['nothing reported', NO_REPORTS, NO_REPORTS, null],
  ])('latest reported checkpoint with %s is %s', (_case, may, august, month) => {
    const latest = latestReported(totals(may, august));
    expect(latest?.checkpoint.month ?? null).toBe(month);
    if (latest) expect(latest.value).toBe(month === 8 ? august : may);
  });

  it('finds the latest checkpoint with reports among grouped rows too', () => {
    const list = [
      { checkpoint: CHECKPOINTS[0], value: [{ projectCount: 3 }] },
      { checkpoint: CHECKPOINTS[1], value: [] },
    ];
    expect(latestWithReports(list)?.checkpoint.month).toBe(5);
  });
});
