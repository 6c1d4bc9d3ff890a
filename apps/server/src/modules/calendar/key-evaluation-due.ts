import { DEFAULT_RULE_SET } from '@jixiao/schema/rule-defaults';

/**
 * The key evaluations' deadline in SQL: the same rule as rules/calendar.ts#keyEvaluationDue (the rule set's
 * keyEvaluation.due of the budget year, in the year after; the default when the year has no rule set), for
 * queries that compare it row by row. `year` and `region` are SQL expressions of the budget year and county.
 */
export function keyEvaluationDueSql(year: string, region: string): string {
  const { month, day } = DEFAULT_RULE_SET.keyEvaluation.due;
  // The day is capped at the month's end (29 February in a common year is the 28th), as in the TS rule.
  return `(SELECT LEAST(make_date(${year} + 1, due.m, 1) + (due.d - 1),
                        (make_date(${year} + 1, due.m, 1) + interval '1 month')::date - 1)
             FROM (SELECT COALESCE((rs.rules #>> '{keyEvaluation,due,month}')::int, ${Number(month)}) AS m,
                          COALESCE((rs.rules #>> '{keyEvaluation,due,day}')::int, ${Number(day)}) AS d
                     FROM (SELECT 1) one
                     LEFT JOIN rule_set rs ON rs.region_id = ${region} AND rs.year = ${year}) due)`;
}
