/** The tabs of the work bench (/work?tab=…), one per kind of step. */
export type WorkTab =
  | 'checkpoints'
  | 'report'
  | 'review'
  | 'confirm'
  | 'rectify'
  | 'close-flags'
  | 'ex-ante'
  | 'review-ex-ante'
  | 'conclude-ex-ante'
  | 'reassess-ex-ante'
  | 'targets'
  | 'unit-wide'
  | 'review-unit-wide'
  | 'approve-unit-wide'
  | 'confirm-unit-wide'
  | 'evaluate-unit-wide'
  | 'review-targets'
  | 'approve-targets'
  | 'adjust-targets'
  | 'adjustments'
  | 'self-evaluation'
  | 'department-evaluation'
  | 'authenticity'
  | 'key-evaluations'
  | 'agency-evaluations'
  | 'cuts'
  | 'decide-cuts'
  | 'publish-targets'
  | 'publish-evaluations'
  | 'agency-ratings'
  | 'classified'
  | 'transfer-splits'
  | 'fund-reports'
  | 'fund-targets'
  | 'fund-self-evaluations'
  | 'confirm-self-evaluations'
  | 'government-evaluation'
  | 'fund-summary'
  | 'fund-summaries';

/** The stages of the year the tabs fall in; a role with many tabs picks a stage first. */
export type WorkStage = 'monitoring' | 'targets' | 'evaluation' | 'results' | 'classified';

// Monitoring first: it is where the year in progress stands.
const STAGE_TABS: Record<WorkStage, readonly WorkTab[]> = {
  monitoring: [
    'checkpoints',
    'report',
    'review',
    'fund-reports',
    'confirm',
    'rectify',
    'close-flags',
    'confirm-unit-wide',
  ],
  targets: [
    'ex-ante',
    'review-ex-ante',
    'conclude-ex-ante',
    'reassess-ex-ante',
    'targets',
    'unit-wide',
    'review-targets',
    'review-unit-wide',
    'fund-targets',
    'approve-targets',
    'approve-unit-wide',
    'adjust-targets',
    'adjustments',
    'transfer-splits',
  ],
  evaluation: [
    'self-evaluation',
    'fund-self-evaluations',
    'confirm-self-evaluations',
    'evaluate-unit-wide',
    'department-evaluation',
    'authenticity',
    'key-evaluations',
    'agency-evaluations',
    'government-evaluation',
  ],
  results: [
    'cuts',
    'decide-cuts',
    'fund-summary',
    'fund-summaries',
    'publish-targets',
    'publish-evaluations',
    'agency-ratings',
  ],
  classified: ['classified'],
};
export const WORK_STAGES = Object.keys(STAGE_TABS) as WorkStage[];

export function stageOf(tab: WorkTab): WorkStage {
  return WORK_STAGES.find((s) => STAGE_TABS[s].includes(tab))!;
}

/** Above this many tabs, the work bench shows the stages first and the stage's tabs under them. */
export const TABS_WITHOUT_STAGES = 6;

/** The stages a role has tabs in, each with its tabs, in the order of the year's work. */
export function workStages(role: string): { stage: WorkStage; tabs: WorkTab[] }[] {
  const tabs = workTabs(role);
  return WORK_STAGES.map((stage) => ({ stage, tabs: tabs.filter((t) => stageOf(t) === stage) })).filter(
    (s) => s.tabs.length > 0,
  );
}

// The first reviews and cut decisions of classified units, which the performance section takes in their
// sections' stead: its to-dos of those kinds lead to its own tab for them.
const STAND_IN_KINDS = new Set([
  'REPORTS_TO_REVIEW',
  'TARGETS_TO_REVIEW',
  'EX_ANTE_TO_REVIEW',
  'CUTS_TO_DECIDE',
  'RECALLS_TO_DECIDE',
  'UNIT_WIDE_TARGETS_TO_REVIEW',
]);

const TODO_TABS: Record<string, WorkTab> = {
  REPORTS_TO_SUBMIT: 'report',
  FLAGS_TO_RECTIFY: 'rectify',
  REPORTS_TO_REVIEW: 'review',
  REPORTS_TO_CONFIRM: 'confirm',
  REPORTS_OVERDUE: 'checkpoints',
  FLAGS_TO_CLOSE: 'close-flags',
  EX_ANTE_TO_FILE: 'ex-ante',
  EX_ANTE_TO_REVIEW: 'review-ex-ante',
  EX_ANTE_TO_CONCLUDE: 'conclude-ex-ante',
  EX_ANTE_TO_REASSESS: 'reassess-ex-ante',
  TARGETS_TO_REVISE: 'targets',
  UNIT_WIDE_TARGETS_TO_REVISE: 'unit-wide',
  UNIT_WIDE_REPORT_TO_SUBMIT: 'unit-wide',
  UNIT_WIDE_FLAGS_TO_RECTIFY: 'unit-wide',
  UNIT_WIDE_SELF_EVALUATION: 'unit-wide',
  UNIT_WIDE_TARGETS_TO_REVIEW: 'review-unit-wide',
  UNIT_WIDE_TARGETS_TO_APPROVE: 'approve-unit-wide',
  UNIT_WIDE_REPORTS_TO_CONFIRM: 'confirm-unit-wide',
  UNIT_WIDE_FLAGS_TO_CLOSE: 'confirm-unit-wide',
  UNIT_WIDE_TO_EVALUATE: 'evaluate-unit-wide',
  TARGETS_TO_REVIEW: 'review-targets',
  TARGETS_TO_APPROVE: 'approve-targets',
  TARGETS_TO_FUND_REVIEW: 'fund-targets',
  REPORTS_TO_FUND_REVIEW: 'fund-reports',
  SELF_EVALUATIONS_TO_FUND_REVIEW: 'fund-self-evaluations',
  SELF_EVALUATIONS_TO_CONFIRM: 'confirm-self-evaluations',
  GOVERNMENT_SELF_REPORT_DUE: 'government-evaluation',
  ADJUSTMENTS_TO_DECIDE: 'adjustments',
  SELF_EVALUATIONS_TO_RECTIFY: 'self-evaluation',
  DEPARTMENT_EVALUATIONS_TO_RECORD: 'department-evaluation',
  AUTHENTICITY_TO_RECORD: 'authenticity',
  EVALUATIONS_TO_FINALIZE: 'key-evaluations',
  EVALUATIONS_TO_SUBMIT: 'agency-evaluations',
  CUTS_TO_DECIDE: 'decide-cuts',
  RECALLS_TO_DECIDE: 'decide-cuts',
  TARGETS_TO_PUBLISH: 'publish-targets',
  EVALUATIONS_TO_PUBLISH: 'publish-evaluations',
};

/** Where each kind of to-do is done, for the role that has it; null for kinds without a form. */
export function todoTab(kind: string, role?: string): WorkTab | null {
  if (role === 'PERFORMANCE' && STAND_IN_KINDS.has(kind)) return 'classified';
  return TODO_TABS[kind] ?? null;
}

export function workPath(tab: WorkTab): string {
  return `/work?tab=${tab}`;
}

// To-dos done outside the work bench: the quarterly report upward (issue 13 §3).
const TODO_PAGES: Record<string, string> = {
  QUARTERLY_REPORT_DUE: '/performance?tab=quarterly',
  QUARTERLY_REPORTS_RECEIVED: '/overview',
  // The evaluation of lower governments: the prefecture scores beside its county picker (issue 13 §2).
  GOVERNMENT_EVALUATIONS_TO_SCORE: '/overview',
};

/** The link of a to-do, or null when it has none. */
export function todoLink(kind: string, role?: string): string | null {
  if (TODO_PAGES[kind]) return TODO_PAGES[kind];
  const tab = todoTab(kind, role);
  return tab ? workPath(tab) : null;
}

/** The tabs a role works in, in the order of the year's work. */
export function workTabs(role: string): WorkTab[] {
  switch (role) {
    case 'UNIT':
      return [
        'report',
        'rectify',
        'ex-ante',
        'targets',
        'unit-wide',
        'adjust-targets',
        'self-evaluation',
        'department-evaluation',
      ];
    case 'BUSINESS_SECTION':
      return ['review', 'review-ex-ante', 'review-targets', 'review-unit-wide'];
    case 'FUND_SECTION':
      // The fund family's targets, reports and self-evaluations, passed upward; the 20 November summary.
      return ['fund-reports', 'fund-targets', 'fund-self-evaluations', 'fund-summary'];
    case 'PERFORMANCE':
      return [
        'checkpoints',
        'confirm',
        'close-flags',
        'confirm-unit-wide',
        'conclude-ex-ante',
        'approve-targets',
        'approve-unit-wide',
        'adjustments',
        'transfer-splits',
        'confirm-self-evaluations',
        'evaluate-unit-wide',
        'authenticity',
        'key-evaluations',
        'government-evaluation',
        'cuts',
        'fund-summaries',
        'publish-targets',
        'publish-evaluations',
        'agency-ratings',
        'classified',
      ];
    case 'BUDGET':
      return ['decide-cuts'];
    case 'AGENCY':
      return ['agency-evaluations', 'reassess-ex-ante'];
    default:
      return [];
  }
}

/** The tab in the address if the role has it, else the role's first. */
/**
 * The tab shown: the one asked for; else the first (in the role's order) where a to-do waits, so that the page
 * opens on work rather than on an empty step; else the first.
 */
export function activeTab(role: string, requested: string | null, todos: readonly TodoLike[] = []): WorkTab | null {
  const tabs = workTabs(role);
  const asked = tabs.find((t) => t === requested);
  if (asked) return asked;
  const waiting = new Set(todos.filter((t) => t.count > 0).map((t) => todoTab(t.kind, role)));
  return tabs.find((t) => waiting.has(t)) ?? tabs[0] ?? null;
}

/** The to-dos of each stage of a role (for the stage buttons' counts). */
export function todosByStage(todos: readonly TodoLike[], role: string): Partial<Record<WorkStage, number>> {
  const out: Partial<Record<WorkStage, number>> = {};
  for (const t of todos) {
    const tab = todoTab(t.kind, role);
    if (!tab || t.count === 0) continue;
    const stage = stageOf(tab);
    out[stage] = (out[stage] ?? 0) + t.count;
  }
  return out;
}

export interface TodoLike {
  kind: string;
  count: number;
  overdue: number;
}

/** The to-dos worth showing: those with something to do, overdue first, then the larger counts. */
export function pendingTodos<T extends TodoLike>(todos: readonly T[]): T[] {
  return todos
    .filter((t) => t.count > 0)
    .sort((a, b) => b.overdue - a.overdue || b.count - a.count || a.kind.localeCompare(b.kind));
}

/** The deadlines to show beside them: the next ones still ahead, and those passed in the last week. */
export function upcomingDeadlines<T extends { dueOn: string; daysLeft: number }>(
  deadlines: readonly T[],
  max = 5,
): T[] {
  return deadlines
    .filter((d) => d.daysLeft >= -7)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn))
    .slice(0, max);
}
