import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SET } from '@jixiao/schema/rule-defaults';
import { businessDate, dateInBudgetYear, isDateInYear, keyEvaluationDue } from '../calendar.js';

describe('business dates (Asia/Shanghai)', () => {
  it.each([
    ['2024-06-09T23:00:00Z', '2024-06-10'], // 07:00 in Beijing: already the next day there
    ['2024-06-09T15:59:59Z', '2024-06-09'], // 23:59:59 in Beijing
    ['2024-06-09T16:00:00Z', '2024-06-10'], // midnight in Beijing
    ['2023-12-31T16:30:00Z', '2024-01-01'],
  ])('%s is %s in the county', (instant, date) => {
    expect(businessDate(new Date(instant))).toBe(date);
  });
});

describe('keyEvaluationDue', () => {
  it('is 20 July of the year after the budget year by default', () => {
    expect(keyEvaluationDue(2023, DEFAULT_RULE_SET)).toBe('2024-07-20');
  });

  it('follows the rule set, 29 February meaning the 28th in a common year', () => {
    const feb29 = { keyEvaluation: { minProjects: 5, due: { month: 2, day: 29 } } };
    expect(keyEvaluationDue(2023, feb29)).toBe('2024-02-29');
    expect(keyEvaluationDue(2024, feb29)).toBe('2025-02-28');
  });
});

describe('dateInBudgetYear: a project belongs to its budget year', () => {
  it('moves the county’s today into the year: before it to 1 January, after it to 31 December', () => {
    expect(dateInBudgetYear(2025, '2024-12-20')).toBe('2025-01-01');
    expect(dateInBudgetYear(2025, '2025-06-15')).toBe('2025-06-15');
    expect(dateInBudgetYear(2025, '2026-03-01')).toBe('2025-12-31');
  });
  it('isDateInYear accepts real days of the year only', () => {
    expect(isDateInYear('2024-02-29', 2024)).toBe(true);
    expect(isDateInYear('2025-02-29', 2025)).toBe(false);
    expect(isDateInYear('2025-01-01', 2024)).toBe(false);
    expect(isDateInYear('2025-1-01', 2025)).toBe(false);
  });
});
