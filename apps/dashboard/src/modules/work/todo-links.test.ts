import { describe, expect, it } from 'vitest';
import {
  activeTab,
  pendingTodos,
  stageOf,
  todoLink,
  todosByStage,
  todoTab,
  upcomingDeadlines,
  WORK_STAGES,
  workStages,
  workTabs,
} from './todo-links';

describe('to-do links', () => {
  it.each([
    ['REPORTS_TO_SUBMIT', '/work?tab=report'],
    ['FLAGS_TO_RECTIFY', '/work?tab=rectify'],
    ['REPORTS_TO_REVIEW', '/work?tab=review'],
    ['REPORTS_TO_CONFIRM', '/work?tab=confirm'],
    ['REPORTS_OVERDUE', '/work?tab=checkpoints'],
    ['FLAGS_TO_CLOSE', '/work?tab=close-flags'],
    ['CUTS_TO_DECIDE', '/work?tab=decide-cuts'],
    ['TARGETS_TO_REVISE', '/work?tab=targets'],
    ['TARGETS_TO_REVIEW', '/work?tab=review-targets'],
    ['TARGETS_TO_APPROVE', '/work?tab=approve-targets'],
    ['ADJUSTMENTS_TO_DECIDE', '/work?tab=adjustments'],
    ['TARGETS_TO_PUBLISH', '/work?tab=publish-targets'],
    ['EVALUATIONS_TO_FINALIZE', '/work?tab=key-evaluations'],
    ['EVALUATIONS_TO_SUBMIT', '/work?tab=agency-evaluations'],
    ['EVALUATIONS_TO_PUBLISH', '/work?tab=publish-evaluations'],
    ['EX_ANTE_TO_FILE', '/work?tab=ex-ante'],
    ['EX_ANTE_TO_REVIEW', '/work?tab=review-ex-ante'],
    ['EX_ANTE_TO_CONCLUDE', '/work?tab=conclude-ex-ante'],
    ['EX_ANTE_TO_REASSESS', '/work?tab=reassess-ex-ante'],
    ['SELF_EVALUATIONS_TO_RECTIFY', '/work?tab=self-evaluation'],
    ['DEPARTMENT_EVALUATIONS_TO_RECORD', '/work?tab=department-evaluation'],
    ['AUTHENTICITY_TO_RECORD', '/work?tab=authenticity'],
    ['TARGETS_TO_FUND_REVIEW', '/work?tab=fund-targets'],
    ['REPORTS_TO_FUND_REVIEW', '/work?tab=fund-reports'],
    ['SELF_EVALUATIONS_TO_FUND_REVIEW', '/work?tab=fund-self-evaluations'],
    ['SELF_EVALUATIONS_TO_CONFIRM', '/work?tab=confirm-self-evaluations'],
    ['UNIT_WIDE_TARGETS_TO_REVIEW', '/work?tab=review-unit-wide'],
    ['UNIT_WIDE_TARGETS_TO_APPROVE', '/work?tab=approve-unit-wide'],
    ['UNIT_WIDE_REPORTS_TO_CONFIRM', '/work?tab=confirm-unit-wide'],
    ['UNIT_WIDE_FLAGS_TO_CLOSE', '/work?tab=confirm-unit-wide'],
    ['UNIT_WIDE_TO_EVALUATE', '/work?tab=evaluate-unit-wide'],
  ])('links %s to where it is done', (kind, path) => {
    expect(todoLink(kind)).toBe(path);
  });

  it('links the quarterly report to the pages where it is sent and received', () => {
    expect(todoLink('QUARTERLY_REPORT_DUE', 'PERFORMANCE')).toBe('/performance?tab=quarterly');
    expect(todoLink('QUARTERLY_REPORTS_RECEIVED', 'UPPER_LEVEL')).toBe('/overview');
    expect(todoLink('GOVERNMENT_EVALUATIONS_TO_SCORE', 'UPPER_LEVEL')).toBe('/overview');
    expect(todoLink('GOVERNMENT_SELF_REPORT_DUE', 'PERFORMANCE')).toBe('/work?tab=government-evaluation');
  });

  it('gives no link to a kind without a form yet', () => {
    expect(todoLink('NO_SUCH_KIND')).toBeNull();
  });

  it('links each role only to tabs it works in', () => {
    const owner: Record<string, string> = {
      REPORTS_TO_SUBMIT: 'UNIT',
      FLAGS_TO_RECTIFY: 'UNIT',
      REPORTS_TO_REVIEW: 'BUSINESS_SECTION',
      REPORTS_TO_CONFIRM: 'PERFORMANCE',
      REPORTS_OVERDUE: 'PERFORMANCE',
      FLAGS_TO_CLOSE: 'PERFORMANCE',
      CUTS_TO_DECIDE: 'BUDGET',
      RECALLS_TO_DECIDE: 'BUDGET',
      TARGETS_TO_REVISE: 'UNIT',
      TARGETS_TO_REVIEW: 'BUSINESS_SECTION',
      TARGETS_TO_APPROVE: 'PERFORMANCE',
      TARGETS_TO_FUND_REVIEW: 'FUND_SECTION',
      REPORTS_TO_FUND_REVIEW: 'FUND_SECTION',
      SELF_EVALUATIONS_TO_FUND_REVIEW: 'FUND_SECTION',
      SELF_EVALUATIONS_TO_CONFIRM: 'PERFORMANCE',
      ADJUSTMENTS_TO_DECIDE: 'PERFORMANCE',
      TARGETS_TO_PUBLISH: 'PERFORMANCE',
      EVALUATIONS_TO_FINALIZE: 'PERFORMANCE',
      EVALUATIONS_TO_SUBMIT: 'AGENCY',
      EVALUATIONS_TO_PUBLISH: 'PERFORMANCE',
      EX_ANTE_TO_FILE: 'UNIT',
      EX_ANTE_TO_REVIEW: 'BUSINESS_SECTION',
      EX_ANTE_TO_CONCLUDE: 'PERFORMANCE',
      EX_ANTE_TO_REASSESS: 'AGENCY',
      SELF_EVALUATIONS_TO_RECTIFY: 'UNIT',
      DEPARTMENT_EVALUATIONS_TO_RECORD: 'UNIT',
      AUTHENTICITY_TO_RECORD: 'PERFORMANCE',
      UNIT_WIDE_TARGETS_TO_REVIEW: 'BUSINESS_SECTION',
      UNIT_WIDE_TARGETS_TO_APPROVE: 'PERFORMANCE',
      UNIT_WIDE_REPORTS_TO_CONFIRM: 'PERFORMANCE',
      UNIT_WIDE_FLAGS_TO_CLOSE: 'PERFORMANCE',
      UNIT_WIDE_TO_EVALUATE: 'PERFORMANCE',
    };
    for (const [kind, role] of Object.entries(owner)) {
      const tab = new URLSearchParams(todoLink(kind)!.split('?')[1]).get('tab');
      expect(workTabs(role)).toContain(tab);
      expect(activeTab(role, tab)).toBe(tab);
    }
  });

  it('falls back to the role’s first tab for an unknown or foreign tab', () => {
    expect(activeTab('UNIT', 'close-flags')).toBe('report');
    expect(activeTab('LEADERSHIP', null)).toBeNull();
    expect(activeTab('BUDGET', null)).toBe('decide-cuts');
    expect(activeTab('AGENCY', null)).toBe('agency-evaluations');
    expect(activeTab('AGENCY', 'key-evaluations')).toBe('agency-evaluations');
    expect(activeTab('PERFORMANCE', 'agency-evaluations')).toBe('checkpoints');
    expect(activeTab('BUSINESS_SECTION', 'decide-cuts')).toBe('review');
    expect(workTabs('UNIT')).toContain('self-evaluation');
    expect(workTabs('UNIT')).not.toContain('cuts');
  });

  it('with no tab asked, opens the first tab where a to-do waits (an asked tab still wins)', () => {
    const todos = [
      { kind: 'TARGETS_TO_APPROVE', count: 30, overdue: 0 },
      { kind: 'SELF_EVALUATIONS_TO_CONFIRM', count: 0, overdue: 0 },
    ];
    const opened = activeTab('PERFORMANCE', null, todos);
    expect(opened).toBe(todoTab('TARGETS_TO_APPROVE', 'PERFORMANCE'));
    expect(opened).not.toBe(activeTab('PERFORMANCE', null));
    expect(activeTab('PERFORMANCE', 'checkpoints', todos)).toBe('checkpoints');
    // Nothing waiting (or only zero counts): the first tab.
    expect(activeTab('PERFORMANCE', null, [{ kind: 'TARGETS_TO_APPROVE', count: 0, overdue: 0 }])).toBe('checkpoints');
  });

  it('lets the unit ask for a targets adjustment, and only the performance section decide and publish', () => {
    expect(activeTab('UNIT', 'adjust-targets')).toBe('adjust-targets');
    expect(activeTab('UNIT', 'adjustments')).toBe('report');
    expect(activeTab('BUSINESS_SECTION', 'publish-targets')).toBe('review');
    const pes = workTabs('PERFORMANCE');
    // Targets are approved, then adjusted at checkpoints, then published again.
    expect(pes.indexOf('approve-targets')).toBeLessThan(pes.indexOf('adjustments'));
    expect(pes.indexOf('adjustments')).toBeLessThan(pes.indexOf('publish-targets'));
  });

  it('gives the performance section a transfer-splits tab in the targets stage, after approval; no other role has it', () => {
    const pes = workTabs('PERFORMANCE');
    expect(stageOf('transfer-splits')).toBe('targets');
    expect(pes.indexOf('approve-targets')).toBeLessThan(pes.indexOf('transfer-splits'));
    expect(activeTab('PERFORMANCE', 'transfer-splits')).toBe('transfer-splits');
    for (const role of ['UNIT', 'BUSINESS_SECTION', 'FUND_SECTION', 'BUDGET', 'AGENCY', 'LEADERSHIP'])
      expect(workTabs(role)).not.toContain('transfer-splits');
  });

  it('sends the performance section’s stand-in to-dos (classified units) to its own tab; the sections keep theirs', () => {
    for (const kind of [
      'REPORTS_TO_REVIEW',
      'TARGETS_TO_REVIEW',
      'EX_ANTE_TO_REVIEW',
      'CUTS_TO_DECIDE',
      'RECALLS_TO_DECIDE',
      'UNIT_WIDE_TARGETS_TO_REVIEW',
    ]) {
      expect(todoLink(kind, 'PERFORMANCE')).toBe('/work?tab=classified');
      expect(workTabs('PERFORMANCE')).toContain('classified');
    }
    expect(todoLink('REPORTS_TO_REVIEW', 'BUSINESS_SECTION')).toBe('/work?tab=review');
    expect(todoLink('CUTS_TO_DECIDE', 'BUDGET')).toBe('/work?tab=decide-cuts');
    expect(todoLink('RECALLS_TO_DECIDE', 'BUDGET')).toBe('/work?tab=decide-cuts');
    expect(todoLink('REPORTS_TO_CONFIRM', 'PERFORMANCE')).toBe('/work?tab=confirm');
    for (const role of ['UNIT', 'BUSINESS_SECTION', 'BUDGET', 'AGENCY'])
      expect(workTabs(role)).not.toContain('classified');
  });

  it('groups a role’s tabs by stage, every tab in exactly one, each role’s tabs all reachable', () => {
    for (const role of ['UNIT', 'BUSINESS_SECTION', 'FUND_SECTION', 'PERFORMANCE', 'BUDGET', 'AGENCY']) {
      const stages = workStages(role);
      expect(stages.flatMap((s) => s.tabs).sort()).toEqual([...workTabs(role)].sort());
      for (const s of stages) for (const tab of s.tabs) expect(stageOf(tab)).toBe(s.stage);
      expect(stages.map((s) => s.stage)).toEqual(WORK_STAGES.filter((w) => stages.some((s) => s.stage === w)));
    }
    expect(workStages('PERFORMANCE').map((s) => s.stage)).toEqual([
      'monitoring',
      'targets',
      'evaluation',
      'results',
      'classified',
    ]);
    expect(stageOf('publish-targets')).toBe('results');
  });

  it('counts each stage’s to-dos for its button, through the role’s own links', () => {
    const todos = [
      { kind: 'REPORTS_TO_CONFIRM', count: 3, overdue: 0 },
      { kind: 'FLAGS_TO_CLOSE', count: 2, overdue: 1 },
      { kind: 'REPORTS_TO_REVIEW', count: 1, overdue: 0 },
      { kind: 'TARGETS_TO_PUBLISH', count: 4, overdue: 0 },
      { kind: 'EVALUATIONS_TO_PUBLISH', count: 0, overdue: 0 },
      { kind: 'NO_SUCH_KIND', count: 9, overdue: 0 },
    ];
    expect(todosByStage(todos, 'PERFORMANCE')).toEqual({ monitoring: 5, results: 4, classified: 1 });
    expect(todosByStage(todos, 'BUSINESS_SECTION')).toEqual({ monitoring: 6, results: 4 });
  });

  it('gives the agency ratings to the performance section only, as the year’s last step', () => {
    expect(workTabs('PERFORMANCE').at(-2)).toBe('agency-ratings');
    expect(activeTab('PERFORMANCE', 'agency-ratings')).toBe('agency-ratings');
    for (const role of ['UNIT', 'BUSINESS_SECTION', 'FUND_SECTION', 'BUDGET', 'AGENCY', 'LEADERSHIP'])
      expect(workTabs(role)).not.toContain('agency-ratings');
  });

  it('puts each role’s ex-ante step before its targets step, and gives it only to those who do it', () => {
    const before = (role: string, a: string, b: string) =>
      expect(workTabs(role).indexOf(a as never)).toBeLessThan(workTabs(role).indexOf(b as never));
    before('UNIT', 'ex-ante', 'targets');
    before('BUSINESS_SECTION', 'review-ex-ante', 'review-targets');
    before('PERFORMANCE', 'conclude-ex-ante', 'approve-targets');
    expect(workTabs('AGENCY')).toEqual(['agency-evaluations', 'reassess-ex-ante']);
    expect(activeTab('AGENCY', 'reassess-ex-ante')).toBe('reassess-ex-ante');
    expect(activeTab('UNIT', 'conclude-ex-ante')).toBe('report');
    for (const role of ['FUND_SECTION', 'BUDGET', 'LEADERSHIP'])
      expect(workTabs(role).filter((t) => t.includes('ex-ante'))).toEqual([]);
  });

  it('lists what has something to do, overdue first', () => {
    const list = pendingTodos([
      { kind: 'A', count: 0, overdue: 0 },
      { kind: 'B', count: 5, overdue: 0 },
      { kind: 'C', count: 1, overdue: 1 },
    ]);
    expect(list.map((t) => t.kind)).toEqual(['C', 'B']);
  });

  it('shows the coming deadlines and those passed within the week, by date', () => {
    const list = upcomingDeadlines([
      { dueOn: '2024-06-10', daysLeft: 3 },
      { dueOn: '2024-03-20', daysLeft: -80 },
      { dueOn: '2024-06-01', daysLeft: -6 },
    ]);
    expect(list.map((d) => d.dueOn)).toEqual(['2024-06-01', '2024-06-10']);
  });
});
