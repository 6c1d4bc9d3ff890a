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

/**
 * The date a project enters its budget year when entered on `today`: today, moved into the year. A project
 * of 2025 entered in December 2024 is budgeted on 2025-01-01 (so monitored at every checkpoint of 2025); one
 * entered after its year is over, on 31 December.
 */
export function dateInBudgetYear(year: number, today: string): string {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  return today < first ? first : today > last ? last : today;
}

/** Whether `date` is a real YYYY-MM-DD day of `year` (2025-02-29 is not). */
export function isDateInYear(date: string, year: number): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m || Number(m[1]) !== year) return false;
  const d = new Date(Date.UTC(year, Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
