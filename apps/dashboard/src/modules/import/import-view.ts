// What the import page shows, as pure functions of what the server answered (the server owns every count).

export interface ProblemView {
  sheet: string;
  line: number;
  column?: string | null;
  heading?: string | null;
  messageZh: string;
  messageEn: string;
}

export type RowTab = 'ERROR' | 'CHANGED' | 'NEW' | 'UNCHANGED' | 'WARNINGS';

/** The row filter of a tab: a status, or the rows with warnings. */
export function rowFilter(tab: RowTab): { status: Exclude<RowTab, 'WARNINGS'> | null; withWarnings: boolean | null } {
  return tab === 'WARNINGS' ? { status: null, withWarnings: true } : { status: tab, withWarnings: null };
}

/** The first tab worth opening: the errors when there are any, else what will change. */
export function firstTab(c: {
  errorCount: number;
  changedCount: number;
  newCount: number;
  warningCount: number;
}): RowTab {
  if (c.errorCount > 0) return 'ERROR';
  if (c.warningCount > 0) return 'WARNINGS';
  if (c.changedCount > 0) return 'CHANGED';
  if (c.newCount > 0) return 'NEW';
  return 'UNCHANGED';
}

/** Percent of the rows read (0–100), as the progress bar shows it. */
export function progressPercent(progress: number): number {
  return Math.max(0, Math.min(100, Math.round(progress * 100)));
}

/** The mapping to send: every unknown heading the person gave a field (or '' to ignore it). */
export function mappingOf(choices: Record<string, string | undefined>): { heading: string; field: string }[] {
  return Object.entries(choices)
    .filter(([, field]) => field !== undefined)
    .map(([heading, field]) => ({ heading, field: field! }));
}

const SHANGHAI = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A moment as the county reads it (Asia/Shanghai): YYYY-MM-DD HH:mm. */
export function shanghaiDateTime(iso: string): string {
  const parts = Object.fromEntries(SHANGHAI.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}
