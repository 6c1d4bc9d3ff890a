import { describe, expect, it } from 'vitest';
import { comingFirst, yearCalendar } from './calendar';

const CHECKPOINTS_2024 = [
  { month: 5, periodEnd: '2024-05-31', reportDue: '2024-06-10', scope: 'PROJECT' },
  { month: 6, periodEnd: '2024-06-30', reportDue: '2024-07-10', scope: 'UNIT_WIDE' },
  { month: 8, periodEnd: '2024-08-31', reportDue: '2024-09-10', scope: 'PROJECT' },
];

describe('the year calendar', () => {
  it('puts the plan’s deadlines and the checkpoints in date order', () => {
    const items = yearCalendar(2024, CHECKPOINTS_2024, '2024-01-01');
    expect(items.map((i) => `${i.date} ${i.event}`)).toEqual([
      '2024-03-20 selfEvaluation',
      '2024-04-01 quarterlyReport',
      '2024-04-20 departmentEvaluation',
      '2024-05-31 checkpoint',
      '2024-06-10 reportsDue',
      '2024-06-20 authenticity',
      '2024-06-30 unitWideMonitoring',
      '2024-07-01 quarterlyReport',
      '2024-07-20 keyEvaluation',
      '2024-08-31 checkpoint',
      '2024-09-10 reportsDue',
      '2024-10-01 quarterlyReport',
      '2024-11-20 summaries',
      '2024-11-30 debtSummaries',
      '2025-01-01 quarterlyReport',
    ]);
  });

  it('marks the first deadline still to come as next, with the days left', () => {
    const items = yearCalendar(2024, CHECKPOINTS_2024, '2024-06-01');
    const next = items.find((i) => i.status === 'next')!;
    expect(next).toMatchObject({ date: '2024-06-10', event: 'reportsDue', daysAway: 9 });
    expect(items.filter((i) => i.status === 'past')).toHaveLength(4);
    expect(comingFirst(items, 3).map((i) => i.date)).toEqual(['2024-06-10', '2024-06-20', '2024-06-30']);
  });

  it('lists the whole year when it is over', () => {
    const items = yearCalendar(2023, [], '2026-11-28');
    expect(items.every((i) => i.status === 'past')).toBe(true);
    expect(comingFirst(items, 2).map((i) => i.date)).toEqual(['2023-03-20', '2023-04-01']);
  });
});
