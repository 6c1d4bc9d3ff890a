import { governmentEvaluationsEvaluated, quarterlyReportRows } from '../auth/index.js';
import type { TodoSql } from './todo-sql.js';

/** The upper level’s to-dos: the counties’ self-reports to score and quarterly reports received. */
export const UPPER_LEVEL_TODOS: TodoSql[] = [
  {
    kind: 'GOVERNMENT_EVALUATIONS_TO_SCORE',
    zh: '待评分的县（市）自评（对下级政府预算绩效管理评价）',
    en: 'Counties’ self-reports to score (evaluation of lower governments)',
    sql: (v, p) => `
    SELECT count(*)::int AS n, 0 AS late FROM government_evaluation ge
     WHERE ge.status = 'SUBMITTED' AND ${governmentEvaluationsEvaluated(v, p)}`,
  },
  {
    kind: 'QUARTERLY_REPORTS_RECEIVED',
    zh: '待收阅的县（市）季度报告',
    en: 'Quarterly reports received from the counties',
    sql: (v, p) => `
    SELECT count(*)::int AS n, 0 AS late FROM quarterly_report q
     WHERE q.status = 'SUBMITTED' AND q.to_region_id = ${p.push(v.regionId)} AND ${quarterlyReportRows(v, p)}`,
  },
];
