import { projectRows, unitRows } from '../auth/index.js';
import type { TodoSql } from './todo-sql.js';

/**
 * The unit’s to-dos: what it still has to submit, report, rectify or self-evaluate. Reports still due are the
 * rows of `report_due` (the chase list's table, kept by triggers).
 */
export const UNIT_TODOS: TodoSql[] = [
  {
    kind: 'REPORTS_TO_SUBMIT',
    zh: '待报送监控报告',
    en: 'Monitoring reports to submit',
    sql: (v, p) => `
    SELECT count(*)::int AS n, (count(*) FILTER (WHERE c.report_due < current_date))::int AS late
      FROM report_due d JOIN monitoring_checkpoint c ON c.id = d.checkpoint_id JOIN project p ON p.id = d.project_id
      JOIN unit u ON u.id = p.unit_id
     WHERE c.status = 'OPEN' AND ${projectRows(v, p)}`,
  },
  {
    kind: 'FLAGS_TO_RECTIFY',
    zh: '待整改预警',
    en: 'Flags to rectify',
    sql: (v, p) => `
    SELECT count(*)::int AS n, (count(*) FILTER (WHERE f.deadline < current_date))::int AS late
      FROM flag f JOIN project p ON p.id = f.project_id JOIN unit u ON u.id = p.unit_id WHERE f.status = 'OPEN' AND ${projectRows(v, p)}`,
  },
  {
    kind: 'TARGETS_TO_REVISE',
    zh: '待修改绩效目标',
    en: 'Targets to revise or submit',
    sql: (v, p) => `
    SELECT count(*)::int AS n, 0 AS late FROM project p JOIN unit u ON u.id = p.unit_id
     WHERE p.target_status IN ('DRAFT', 'RETURNED') AND ${projectRows(v, p)}`,
  },
  {
    kind: 'EX_ANTE_TO_FILE',
    zh: '待提交事前绩效评估（新增项目）',
    en: 'Ex-ante assessments to file (new projects)',
    sql: (v, p) => `
    SELECT count(*)::int AS n, 0 AS late FROM project p JOIN unit u ON u.id = p.unit_id
     WHERE p.kind = 'NEW' AND p.target_status IN ('DRAFT', 'RETURNED') AND ${projectRows(v, p)}
       AND NOT EXISTS (SELECT 1 FROM ex_ante_assessment x WHERE x.project_id = p.id AND x.status <> 'DRAFT')`,
  },
  {
    kind: 'SELF_EVALUATIONS_TO_RECTIFY',
    zh: '退回整改的项目自评（转移支付低于90分，或资金主管科室退回）',
    en: 'Self-evaluations sent back (a transfer payment under 90, or returned by the fund-owning section)',
    sql: (v, p) => `
    SELECT count(*)::int AS n, 0 AS late FROM evaluation e JOIN project p ON p.id = e.project_id JOIN unit u ON u.id = p.unit_id
     WHERE e.kind = 'SELF' AND e.status = 'DRAFT' AND e.score IS NOT NULL AND ${projectRows(v, p)}`,
  },
  {
    kind: 'DEPARTMENT_EVALUATIONS_TO_RECORD',
    zh: '待录入部门评价结果',
    en: 'Department evaluations to record',
    sql: (v, p) => `
    SELECT count(*)::int AS n, 0 AS late FROM evaluation e JOIN project p ON p.id = e.project_id JOIN unit u ON u.id = p.unit_id
     WHERE e.kind = 'DEPARTMENT' AND e.status = 'DRAFT' AND ${projectRows(v, p)}`,
  },
  {
    kind: 'UNIT_WIDE_TARGETS_TO_REVISE',
    zh: '待修改部门整体绩效目标',
    en: 'Unit-wide targets to revise or submit',
    sql: (v, p) => `
    SELECT count(*)::int AS n, 0 AS late FROM unit_wide_target t JOIN unit u ON u.id = t.unit_id
     WHERE t.status IN ('DRAFT', 'RETURNED') AND ${unitRows(v, p)}`,
  },
  {
    kind: 'UNIT_WIDE_REPORT_TO_SUBMIT',
    zh: '待报送部门整体监控',
    en: 'Unit-wide monitoring to report',
    sql: (v, p) => `
    SELECT count(*)::int AS n, (count(*) FILTER (WHERE c.report_due < current_date))::int AS late
      FROM monitoring_checkpoint c JOIN unit_wide_target t ON t.year = c.year AND t.status = 'APPROVED'
      JOIN unit u ON u.id = t.unit_id AND u.region_id = c.region_id
     WHERE c.scope = 'UNIT_WIDE' AND c.status = 'OPEN' AND ${unitRows(v, p)}
       AND NOT EXISTS (SELECT 1 FROM unit_wide_report r WHERE r.target_id = t.id AND r.checkpoint_id = c.id)`,
  },
  {
    kind: 'UNIT_WIDE_FLAGS_TO_RECTIFY',
    zh: '待整改部门整体预警',
    en: 'Unit-wide flags to rectify',
    sql: (v, p) => `
    SELECT count(*)::int AS n, (count(*) FILTER (WHERE f.deadline < current_date))::int AS late
      FROM unit_wide_flag f JOIN unit_wide_target t ON t.id = f.target_id JOIN unit u ON u.id = t.unit_id
     WHERE f.status = 'OPEN' AND ${unitRows(v, p)}`,
  },
  {
    kind: 'UNIT_WIDE_SELF_EVALUATION',
    zh: '待提交部门整体自评（次年4月20日前）',
    en: 'Unit-wide self-evaluation to submit (by 20 April)',
    sql: (v, p) => `
    SELECT count(*)::int AS n, (count(*) FILTER (WHERE current_date > make_date(t.year + 1, 4, 20)))::int AS late
      FROM unit_wide_target t JOIN unit u ON u.id = t.unit_id
     WHERE t.status = 'APPROVED' AND t.self_submitted_on IS NULL AND make_date(t.year, 12, 31) < current_date
       AND NOT EXISTS (SELECT 1 FROM evaluation e WHERE e.kind = 'UNIT_WIDE' AND e.unit_id = t.unit_id AND e.year = t.year)
       AND ${unitRows(v, p)}`,
  },
];
