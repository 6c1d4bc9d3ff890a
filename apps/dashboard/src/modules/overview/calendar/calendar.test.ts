import { describe, expect, it } from 'vitest';
import { yearCalendar, type ServerDeadline } from './calendar';

const at = (dueOn: string, kind: string, daysLeft: number): ServerDeadline => ({
  dueOn,
  kind,
  titleZh: kind,
  titleEn: kind,
  daysLeft,
});

describe('the year’s calendar', () => {
  it('lists every deadline the server gives, in date order, the first to come marked next', () => {
    const items = yearCalendar([
      at('2024-08-31', 'CHECKPOINT', 10),
      at('2024-05-31', 'CHECKPOINT', -82),
      at('2024-07-20', 'KEY_EVALUATION', -32),
      at('2024-09-10', 'REPORTS_DUE', 20),
    ]);
    expect(items.map((i) => [i.dueOn, i.status])).toEqual([
      ['2024-05-31', 'past'],
      ['2024-07-20', 'past'],
      ['2024-08-31', 'next'],
      ['2024-09-10', 'upcoming'],
    ]);
  });

  it('counts a deadline due today as the next, not past', () => {
    expect(yearCalendar([at('2024-06-01', 'CHECKPOINT', 0)])[0].status).toBe('next');
  });
});
