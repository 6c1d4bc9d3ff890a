/** The year in progress: where the year's work (and its deadlines) happens. */
export const WORK_YEAR = 2024;

/** The tabs of the work bench (/work?tab=…), one per kind of step. */
export type WorkTab = 'report' | 'rectify' | 'self-evaluation' | 'review' | 'checkpoints' | 'confirm' | 'close-flags' | 'cuts' | 'decide-cuts' | 'targets' | 'review-targets' | 'approve-targets';

/** Where each kind of to-do is done; null for kinds the work bench has no form for yet. */
export function todoTab(kind: string): WorkTab | null {
  switch (kind) {
    case 'REPORTS_TO_SUBMIT':
      return 'report';
    case 'FLAGS_TO_RECTIFY':
      return 'rectify';
    case 'REPORTS_TO_REVIEW':
      return 'review';
    case 'REPORTS_TO_CONFIRM':
      return 'confirm';
    case 'FLAGS_TO_CLOSE':
      return 'close-flags';
    case 'CUTS_TO_DECIDE':
      return 'decide-cuts';
    case 'TARGETS_TO_REVISE':
      return 'targets';
    case 'TARGETS_TO_REVIEW':
      return 'review-targets';
    case 'TARGETS_TO_APPROVE':
      return 'approve-targets';
    default:
      return null;
  }
}

export function workPath(tab: WorkTab): string {
  return `/work?tab=${tab}`;
}

/** The link of a to-do, or null when it has none. */
export function todoLink(kind: string): string | null {
  const tab = todoTab(kind);
  return tab ? workPath(tab) : null;
}

/** The tabs a role works in, in the order of the year's work. */
export function workTabs(role: string): WorkTab[] {
  switch (role) {
    case 'UNIT':
      return ['report', 'rectify', 'self-evaluation', 'targets'];
    case 'BUSINESS_SECTION':
      return ['review', 'review-targets'];
    case 'FUND_SECTION':
      return ['review'];
    case 'PERFORMANCE':
      return ['checkpoints', 'confirm', 'close-flags', 'approve-targets', 'cuts'];
    case 'BUDGET':
      return ['decide-cuts'];
    default:
      return [];
  }
}

/** The tab in the address if the role has it, else the role's first. */
export function activeTab(role: string, requested: string | null): WorkTab | null {
  const tabs = workTabs(role);
  return tabs.find((t) => t === requested) ?? tabs[0] ?? null;
}

export interface TodoLike {
  kind: string;
  count: number;
  overdue: number;
}

/** The to-dos worth showing: those with something to do, overdue first, then the larger counts. */
export function pendingTodos<T extends TodoLike>(todos: readonly T[]): T[] {
  return todos.filter((t) => t.count > 0).sort((a, b) => b.overdue - a.overdue || b.count - a.count || a.kind.localeCompare(b.kind));
}

/** The deadlines to show beside them: the next ones still ahead, and those passed in the last week. */
export function upcomingDeadlines<T extends { dueOn: string; daysLeft: number }>(deadlines: readonly T[], max = 5): T[] {
  return deadlines
    .filter((d) => d.daysLeft >= -7)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn))
    .slice(0, max);
}
