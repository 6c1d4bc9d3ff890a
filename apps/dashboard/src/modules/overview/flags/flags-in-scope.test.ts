import { describe, expect, it } from 'vitest';
import { CHECKPOINTS } from '../../../app/analytics/checkpoints';
import { flagsInScope, flagSummaries, type FlagRow } from './flags-in-scope';

const cp = (month: number) => ({ year: 2023, month, periodEnd: month === 5 ? '2023-05-31' : '2023-08-31' });
function flag(
  id: string,
  level: 'YELLOW' | 'RED',
  raised: number,
  opts: { escalated?: number; closedOn?: string; fundFamily?: string; grade?: string } = {},
): FlagRow {
  return {
    id,
    level,
    closedOn: opts.closedOn ?? null,
    raisedAt: cp(raised),
    escalatedAt: opts.escalated ? { month: opts.escalated, periodEnd: cp(opts.escalated).periodEnd } : null,
    project: {
      id: `P${id}`,
      fundFamily: (opts.fundFamily ?? 'GENERAL_PUBLIC') as never,
      evaluations: opts.grade ? [{ kind: 'SELF', grade: opts.grade as never }] : [],
    },
  };
}

// May: three yellow raised; one closed in July, one escalated in August. August: one new yellow.
const ROWS = [
  flag('1', 'YELLOW', 5, { closedOn: '2023-07-02' }),
  flag('2', 'RED', 5, { escalated: 8 }),
  flag('3', 'YELLOW', 5, { fundFamily: 'SPECIAL_BOND', grade: 'MEDIUM' }),
  flag('4', 'YELLOW', 8, { closedOn: '2023-10-20' }),
];

describe('flag summaries counted from the flags', () => {
  it('count open, new, escalated and closed flags at each checkpoint as the API does', () => {
    const [may, august] = flagSummaries(ROWS, 2023, CHECKPOINTS);
    expect(may.value).toEqual({ yellow: 3, red: 0, newYellow: 3, escalatedToRed: 0, closed: 0 });
    // Flag 1 closed between the checkpoints; flag 2 is red as of August; flag 4 closes after August.
    expect(august.value).toEqual({ yellow: 2, red: 1, newYellow: 1, escalatedToRed: 1, closed: 1 });
  });

  it('count a flag raised red at once as escalated where it was raised', () => {
    const [, august] = flagSummaries([flag('9', 'RED', 8)], 2023, CHECKPOINTS);
    expect(august.value).toMatchObject({ red: 1, newYellow: 0, escalatedToRed: 1 });
  });

  it('ignore flags of another year', () => {
    const other = { ...flag('7', 'YELLOW', 5), raisedAt: { year: 2022, month: 5, periodEnd: '2022-05-31' } };
    expect(flagSummaries([other], 2023, CHECKPOINTS)[1].value.yellow).toBe(0);
  });

  it('keep the flags of the fund family and self-evaluation grade chosen', () => {
    expect(flagsInScope(ROWS, { fundFamily: 'SPECIAL_BOND', grade: null }).map((f) => f.id)).toEqual(['3']);
    expect(flagsInScope(ROWS, { fundFamily: null, grade: 'MEDIUM' }).map((f) => f.id)).toEqual(['3']);
    expect(flagsInScope(ROWS, { fundFamily: null, grade: null })).toHaveLength(4);
  });
});
