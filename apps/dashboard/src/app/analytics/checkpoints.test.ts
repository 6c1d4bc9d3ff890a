import { describe, expect, it } from 'vitest';
import { atCheckpoints, checkpointVariables, elapsedFraction, latestReported, latestWithReports } from './checkpoints';
import { AUGUST_TOTAL, CHECKPOINT_VARIABLES, CHECKPOINTS, MAY_TOTAL, NO_REPORTS, totals } from './test-fixtures';

describe('checkpoints', () => {
  it('asks for the server’s checkpoints by alias and pairs the answers with them', () => {
    expect(CHECKPOINT_VARIABLES).toEqual({ firstMonth: 5, secondMonth: 8 });
    expect(elapsedFraction(CHECKPOINTS[1])).toBeCloseTo(2 / 3, 12);
    const june = { month: 6, elapsed: { numerator: 1, denominator: 2 } };
    expect(checkpointVariables([june])).toEqual({ firstMonth: 6, secondMonth: 6 });
    expect(atCheckpoints({ first: 'a', second: 'a' }, [june])).toEqual([{ checkpoint: june, value: 'a' }]);
    expect(atCheckpoints({ first: 'a', second: 'b' }, CHECKPOINTS).map((c) => [c.checkpoint.month, c.value])).toEqual([
      [5, 'a'],
      [8, 'b'],
    ]);
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
