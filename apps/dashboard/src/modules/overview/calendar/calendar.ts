// The year's calendar of budget performance work (DOMAIN.md, "The 2024 calendar from the plan").
// Monitoring checkpoints and their report dates come from the API (`checkpoints(year)`); the other
// deadlines are the plan's, the same every year.

export type CalendarEvent =
  | 'selfEvaluation'
  | 'departmentEvaluation'
  | 'checkpoint'
  | 'reportsDue'
  | 'authenticity'
  | 'unitWideMonitoring'
  | 'keyEvaluation'
  | 'summaries'
  | 'debtSummaries'
  | 'quarterlyReport';

export interface CalendarItem {
  /** YYYY-MM-DD */
  date: string;
  event: CalendarEvent;
  /** Month of a checkpoint, or quarter of a quarterly report. */
  month?: number;
  quarter?: number;
}

export interface CheckpointDates {
  month: number;
  periodEnd: string;
  reportDue: string;
  scope: string;
}

export type CalendarStatus = 'past' | 'next' | 'upcoming';

export interface DatedItem extends CalendarItem {
  status: CalendarStatus;
  /** Days from today (negative in the past). */
  daysAway: number;
}

function fixedItems(year: number): CalendarItem[] {
  return [
    { date: `${year}-03-20`, event: 'selfEvaluation' },
    { date: `${year}-04-20`, event: 'departmentEvaluation' },
    { date: `${year}-06-20`, event: 'authenticity' },
    { date: `${year}-07-20`, event: 'keyEvaluation' },
    { date: `${year}-11-20`, event: 'summaries' },
    { date: `${year}-11-30`, event: 'debtSummaries' },
    // The 1st of the month after each quarter; the fourth quarter's report falls in January next year.
    { date: `${year}-04-01`, event: 'quarterlyReport', quarter: 1 },
    { date: `${year}-07-01`, event: 'quarterlyReport', quarter: 2 },
    { date: `${year}-10-01`, event: 'quarterlyReport', quarter: 3 },
    { date: `${year + 1}-01-01`, event: 'quarterlyReport', quarter: 4 },
  ];
}

function checkpointItems(checkpoints: readonly CheckpointDates[]): CalendarItem[] {
  return checkpoints.flatMap((c): CalendarItem[] =>
    c.scope === 'UNIT_WIDE'
      ? [{ date: c.periodEnd, event: 'unitWideMonitoring', month: c.month }]
      : [
          { date: c.periodEnd, event: 'checkpoint', month: c.month },
          { date: c.reportDue, event: 'reportsDue', month: c.month },
        ],
  );
}

const DAY = 86_400_000;

function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY);
}

/** The year's deadlines in date order, each marked past, next (the first to come) or upcoming. */
export function yearCalendar(year: number, checkpoints: readonly CheckpointDates[], today: string): DatedItem[] {
  const items = [...fixedItems(year), ...checkpointItems(checkpoints)].sort(
    (a, b) => a.date.localeCompare(b.date) || a.event.localeCompare(b.event),
  );
  const todayNumber = dayNumber(today);
  let nextFound = false;
  return items.map((item) => {
    const daysAway = dayNumber(item.date) - todayNumber;
    let status: CalendarStatus = 'past';
    if (daysAway >= 0) {
      status = nextFound ? 'upcoming' : 'next';
      nextFound = true;
    }
    return { ...item, status, daysAway };
  });
}

/** What a calendar panel lists: the coming deadlines first; when the year is over, all of it. */
export function comingFirst(items: readonly DatedItem[], limit: number): DatedItem[] {
  const coming = items.filter((i) => i.status !== 'past');
  return (coming.length > 0 ? coming : items).slice(0, limit);
}
