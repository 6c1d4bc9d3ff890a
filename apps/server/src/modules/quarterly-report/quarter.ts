import { badInput } from '../workflow/index.js';
import type { Period } from '../filter/index.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** The business dates of a quarter (Asia/Shanghai), both ends included. */
export function quarterPeriod(year: number, quarter: number): Period {
  const lastMonth = quarter * 3;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return { from: `${year}-${pad(lastMonth - 2)}-01`, to: `${year}-${pad(lastMonth)}-${pad(lastDay)}` };
}

/** When a quarter's report is due upward (DOMAIN.md calendar): the 1st of the month after it (Q4 by 1 January). */
export function quarterDue(year: number, quarter: number): string {
  return quarter === 4 ? `${year + 1}-01-01` : `${year}-${pad(quarter * 3 + 1)}-01`;
}

/** The argument checks of a quarter; errors name the argument. */
export function checkQuarter(year: number, quarter: number): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw badInput('year', '年度须在 2000–2100 之间', 'must be between 2000 and 2100');
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4)
    throw badInput('quarter', '季度须为 1–4', 'must be 1 to 4');
}
