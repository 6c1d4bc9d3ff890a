import { keyEvaluationDueSql } from './key-evaluation-due.js';
import type { TodoSql } from './todo-sql.js';

/** The agency’s to-dos: the evaluations and re-assessments it was given. */
export const AGENCY_TODOS: TodoSql[] = [
  {
    kind: 'EVALUATIONS_TO_SUBMIT',
    zh: '待提交的重点评价',
    en: 'Key evaluations to submit',
    sql: (v, p) => `
    SELECT count(*)::int AS n, (count(*) FILTER (WHERE current_date > ${keyEvaluationDueSql('e.year', 'u.region_id')}))::int AS late
      FROM evaluation e JOIN unit u ON u.id = e.unit_id WHERE e.status = 'DRAFT' AND e.agency_id = ${p.push(v.agencyId)}`,
  },
  {
    kind: 'EX_ANTE_TO_REASSESS',
    zh: '待复评的事前评估',
    en: 'Ex-ante assessments to re-assess',
    sql: (v, p) => `
    SELECT count(*)::int AS n, 0 AS late FROM ex_ante_assessment x WHERE x.status = 'AGENCY_REVIEW' AND x.agency_id = ${p.push(v.agencyId)}`,
  },
];
