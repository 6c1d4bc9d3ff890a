// Business dates: a county's day is its own, Asia/Shanghai (UTC+8), whatever the server's clock zone.

import type { RuleSet } from '@jixiao/schema/rule-defaults';

export const BUSINESS_TIME_ZONE = 'Asia/Shanghai';

const DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: BUSINESS_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The county's date (YYYY-MM-DD) at an instant: 2024-06-09T23:00Z is 2024-06-10 in Beijing. */
export function businessDate(instant: Date): string {
  return DAY.format(instant);
}

/**
 * When the key evaluations of a budget year are due: the rule set's day in the year after (20 July by
 * default). 29 February in a common year is the 28th.
 */
export function keyEvaluationDue(budgetYear: number, rules: Pick<RuleSet, 'keyEvaluation'>): string {
  const { month, day } = rules.keyEvaluation.due;
  const year = budgetYear + 1;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const last = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}
