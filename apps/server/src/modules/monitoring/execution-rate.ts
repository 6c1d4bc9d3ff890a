/**
 * The one definition of an execution rate in SQL (issue 10): executed ÷ budget as a fraction, and null when
 * the budget is zero, because a rate of nothing to spend is not applicable (shown as "—"), neither 0 nor 1.
 * Every query that gives a rate uses this; `executed` and `budget` are SQL expressions (sums, columns).
 */
export const executionRateSql = (executed: string, budget: string): string =>
  `CASE WHEN ${budget} > 0 THEN (${executed} / ${budget})::float8 END`;

/** The schema's words for it, on every executionRate field. */
export const EXECUTION_RATE_DESCRIPTION =
  '执行率（小数，如 0.7225；预算为零时为空（不适用））/ Execution rate as a fraction, e.g. 0.7225; null when the budget is zero (not applicable)';
