// The year's calendar of budget performance work: every deadline is the server's (`deadlines(year)`: the
// county's stored calendar, the year's checkpoints and report dates, the key evaluations of the year
// before), with the days left counted from the county's today. The dashboard only orders and marks them.

export interface ServerDeadline {
  /** YYYY-MM-DD */
  dueOn: string;
  kind: string;
  titleZh: string;
  titleEn: string;
  /** From the county's today (negative when past). */
  daysLeft: number;
  checkpointMonth?: number | null;
}

export type CalendarStatus = 'past' | 'next' | 'upcoming';

export interface DatedItem extends ServerDeadline {
  status: CalendarStatus;
}

/** The year's deadlines in date order, each marked past, next (the first to come) or upcoming. */
export function yearCalendar(deadlines: readonly ServerDeadline[]): DatedItem[] {
  const items = [...deadlines].sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.kind.localeCompare(b.kind));
  let nextFound = false;
  return items.map((item) => {
    let status: CalendarStatus = 'past';
    if (item.daysLeft >= 0) {
      status = nextFound ? 'upcoming' : 'next';
      nextFound = true;
    }
    return { ...item, status };
  });
}
