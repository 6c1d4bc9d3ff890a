import { describe, expect, it } from 'vitest';
import { activeTab, pendingTodos, todoLink, upcomingDeadlines, workTabs } from './todo-links';

describe('to-do links', () => {
  it.each([
    ['REPORTS_TO_SUBMIT', '/work?tab=report'],
    ['FLAGS_TO_RECTIFY', '/work?tab=rectify'],
    ['REPORTS_TO_REVIEW', '/work?tab=review'],
    ['REPORTS_TO_CONFIRM', '/work?tab=confirm'],
    ['FLAGS_TO_CLOSE', '/work?tab=close-flags'],
    ['CUTS_TO_DECIDE', '/work?tab=decide-cuts'],
    ['TARGETS_TO_REVISE', '/work?tab=targets'],
    ['TARGETS_TO_REVIEW', '/work?tab=review-targets'],
    ['TARGETS_TO_APPROVE', '/work?tab=approve-targets'],
  ])('links %s to where it is done', (kind, path) => {
    expect(todoLink(kind)).toBe(path);
  });

  it('gives no link to a kind without a form yet', () => {
    expect(todoLink('EVALUATIONS_TO_SUBMIT')).toBeNull();
  });

  it('links each role only to tabs it works in', () => {
    const owner: Record<string, string> = {
      REPORTS_TO_SUBMIT: 'UNIT', FLAGS_TO_RECTIFY: 'UNIT', REPORTS_TO_REVIEW: 'BUSINESS_SECTION', REPORTS_TO_CONFIRM: 'PERFORMANCE', FLAGS_TO_CLOSE: 'PERFORMANCE', CUTS_TO_DECIDE: 'BUDGET',
      TARGETS_TO_REVISE: 'UNIT', TARGETS_TO_REVIEW: 'BUSINESS_SECTION', TARGETS_TO_APPROVE: 'PERFORMANCE',
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
    expect(activeTab('BUSINESS_SECTION', 'decide-cuts')).toBe('review');
    expect(workTabs('UNIT')).toContain('self-evaluation');
    expect(workTabs('UNIT')).not.toContain('cuts');
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
