import { projectRows, unitRows } from '../auth/index.js';
import type { TodoSql } from './todo-sql.js';

/** The business sections’ to-dos: the first review of their units’ targets, reports and assessments. */
export const BUSINESS_SECTION_TODOS: TodoSql[] = [
  {
    kind: 'REPORTS_TO_REVIEW',
    zh: '待初审监控报告',
    en: 'Monitoring reports to review',
    sql: (v, p) => `
    SELECT count(*)::int AS n, 0 AS late FROM monitoring_report r JOIN project p ON p.id = r.project_id JOIN unit u ON u.id = p.unit_id
     WHERE r.status = 'SUBMITTED' AND ${projectRows(v, p)}`,
  },
  {
    kind: 'TARGETS_TO_REVIEW',
    zh: '待初审绩效目标',
    en: 'Targets to review first',
    sql: (v, p) => `
    SELECT count(*)::int AS n, 0 AS late FROM project p JOIN unit u ON u.id = p.unit_id WHERE p.target_status = 'SUBMITTED' AND ${projectRows(v, p)}`,
  },
  {
    kind: 'EX_ANTE_TO_REVIEW',
    zh: '待初审事前评估',
    en: 'Ex-ante assessments to review',
    sql: (v, p) => `
    SELECT count(*)::int AS n, 0 AS late FROM ex_ante_assessment x JOIN project p ON p.id = x.project_id JOIN unit u ON u.id = p.unit_id
     WHERE x.status = 'SUBMITTED' AND ${projectRows(v, p)}`,
  },
  {
    kind: 'UNIT_WIDE_TARGETS_TO_REVIEW',
    zh: '待初审部门整体绩效目标',
    en: 'Unit-wide targets to review first',
    sql: (v, p) => `
    SELECT count(*)::int AS n, 0 AS late FROM unit_wide_target t JOIN unit u ON u.id = t.unit_id
     WHERE t.status = 'SUBMITTED' AND NOT u.classified AND ${unitRows(v, p)}`,
  },
];

/** The fund-owning sections review and pass upward (审核上报) their family's targets and reports after the first review. */
export const FUND_SECTION_TODOS: TodoSql[] = [
  {
    kind: 'TARGETS_TO_FUND_REVIEW',
    zh: '待审核上报绩效目标（本资金类别）',
    en: 'Targets of the fund family to review and pass upward',
    sql: (v, p) => `
    SELECT count(*)::int AS n, 0 AS late FROM project p JOIN unit u ON u.id = p.unit_id
     WHERE p.target_status = 'FIRST_REVIEWED' AND p.targets_fund_reviewed_on IS NULL AND ${projectRows(v, p)}`,
  },
  {
    kind: 'REPORTS_TO_FUND_REVIEW',
    zh: '待审核上报监控报告（本资金类别）',
    en: 'Monitoring reports of the fund family to review and pass upward',
    sql: (v, p) => `
    SELECT count(*)::int AS n, 0 AS late FROM monitoring_report r JOIN project p ON p.id = r.project_id JOIN unit u ON u.id = p.unit_id
     WHERE r.status = 'REVIEWED' AND r.fund_reviewed_on IS NULL AND ${projectRows(v, p)}`,
  },
  {
    kind: 'SELF_EVALUATIONS_TO_FUND_REVIEW',
    zh: '待审核上报单位自评（本资金类别）',
    en: 'Self-evaluations of the fund family to review and pass upward',
    sql: (v, p) => `
    SELECT count(*)::int AS n, 0 AS late FROM evaluation e JOIN project p ON p.id = e.project_id JOIN unit u ON u.id = p.unit_id
     WHERE e.kind = 'SELF' AND e.status = 'FINAL' AND e.fund_reviewed_on IS NULL AND e.confirmed_on IS NULL
       AND ${projectRows(v, p)}`,
  },
];

/** The budget section’s to-dos: the cuts and recalls it decides. */
export const BUDGET_TODOS: TodoSql[] = [
  {
    kind: 'CUTS_TO_DECIDE',
    zh: '待决定的压减建议',
    en: 'Proposed cuts to decide',
    sql: (v, p) => `
    SELECT count(*)::int AS n, 0 AS late FROM result_application ra JOIN project p ON p.id = ra.project_id JOIN unit u ON u.id = p.unit_id
     WHERE ra.status = 'PROPOSED' AND ${projectRows(v, p)}`,
  },
  {
    kind: 'RECALLS_TO_DECIDE',
    zh: '待决定的资金收回',
    en: 'Fund recalls to decide',
    sql: (v, p) => `
    SELECT count(*)::int AS n, 0 AS late FROM fund_recall r JOIN project p ON p.id = r.project_id JOIN unit u ON u.id = p.unit_id
     WHERE r.status = 'PROPOSED' AND ${projectRows(v, p)}`,
  },
];
