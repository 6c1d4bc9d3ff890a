import {
  evaluationRows,
  fundSectionOwnsProject,
  governmentEvaluationRows,
  projectRows,
  quarterlyReportRows,
  regionRows,
  unitRows,
} from '../auth/index.js';
import type { TodoSql } from './todo-sql.js';

/** The performance section's queue leaves out what still waits for a fund-owning section's review. */
const waitsForNoFundSection = (stamp: string) => `(${stamp} IS NOT NULL OR NOT ${fundSectionOwnsProject()})`;

/** The performance section's to-dos: what waits for its approval, confirmation, finalisation or publication. */
export const PERFORMANCE_TODOS: TodoSql[] = [
  {
    kind: 'QUARTERLY_REPORT_DUE',
    zh: '待上报季度工作情况',
    en: 'Quarterly report to send upward',
    // The quarter just ended, until its report is sent, and any report the upper level returned.
    sql: (v, p) => `
    WITH lq AS (SELECT extract(year FROM d)::int AS y, extract(quarter FROM d)::int AS qn, d + 1 AS due
                  FROM (SELECT date_trunc('quarter', current_date)::date - 1 AS d) x),
    due AS (
      SELECT lq.due FROM lq WHERE NOT EXISTS (SELECT 1 FROM quarterly_report q
        WHERE q.region_id = ${p.push(v.regionId)} AND q.year = lq.y AND q.quarter = lq.qn AND q.status <> 'RETURNED')
      UNION ALL
      SELECT (make_date(q.year, q.quarter * 3, 1) + interval '1 month')::date FROM quarterly_report q, lq
       WHERE q.status = 'RETURNED' AND q.region_id = ${p.push(v.regionId)} AND NOT (q.year = lq.y AND q.quarter = lq.qn)
         AND ${quarterlyReportRows(v, p)})
    SELECT count(*)::int AS n, (count(*) FILTER (WHERE due < current_date))::int AS late FROM due`,
  },
  {
    kind: 'REPORTS_TO_CONFIRM',
    zh: '待确认监控报告',
    en: 'Monitoring reports to confirm',
    sql: (v, p) => `
    SELECT count(*)::int AS n, 0 AS late FROM monitoring_report r JOIN project p ON p.id = r.project_id JOIN unit u ON u.id = p.unit_id
     WHERE r.status = 'REVIEWED' AND ${projectRows(v, p)} AND ${waitsForNoFundSection('r.fund_reviewed_on')}`,
  },
  {
    kind: 'TARGETS_TO_APPROVE',
    zh: '待审核绩效目标',
    en: 'Targets to approve',
    sql: (v, p) => `
    SELECT count(*)::int AS n, 0 AS late FROM project p JOIN unit u ON u.id = p.unit_id WHERE p.target_status = 'FIRST_REVIEWED' AND ${projectRows(v, p)}
       AND ${waitsForNoFundSection('p.targets_fund_reviewed_on')}`,
  },
  {
    kind: 'EX_ANTE_TO_CONCLUDE',
    zh: '待审核事前评估',
    en: 'Ex-ante assessments to conclude',
    sql: (v, p) => `
    SELECT count(*)::int AS n, 0 AS late FROM ex_ante_assessment x JOIN project p ON p.id = x.project_id JOIN unit u ON u.id = p.unit_id
     WHERE x.status IN ('FIRST_REVIEWED', 'AGENCY_REVIEWED') AND ${projectRows(v, p)}`,
  },
  {
    kind: 'REPORTS_OVERDUE',
    zh: '逾期未报送的监控报告（催报）',
    en: 'Monitoring reports overdue (to chase)',
    sql: (v, p) => `
    SELECT count(*)::int AS n, count(*)::int AS late
      FROM report_due d JOIN monitoring_checkpoint c ON c.id = d.checkpoint_id JOIN project p ON p.id = d.project_id
      JOIN unit u ON u.id = p.unit_id
     WHERE c.status = 'OPEN' AND c.report_due < current_date AND ${projectRows(v, p)}`,
  },
  {
    kind: 'FLAGS_TO_CLOSE',
    zh: '待销号预警（已提交佐证）',
    en: 'Flags with evidence, to close',
    sql: (v, p) => `
    SELECT count(*)::int AS n, (count(*) FILTER (WHERE f.deadline < current_date))::int AS late
      FROM flag f JOIN project p ON p.id = f.project_id JOIN unit u ON u.id = p.unit_id
     WHERE f.status = 'OPEN' AND f.evidence <> '' AND ${projectRows(v, p)}`,
  },
  {
    kind: 'GOVERNMENT_SELF_REPORT_DUE',
    zh: '待提交对下级政府评价的本县自评（自治州选定）',
    en: 'Self-report due to the prefecture’s evaluation of this county',
    sql: (v, p) => `
    SELECT count(*)::int AS n, 0 AS late FROM government_evaluation ge
     WHERE ge.status IN ('SELECTED', 'RETURNED') AND ge.region_id = ${p.push(v.regionId)} AND ${governmentEvaluationRows(v, p)}`,
  },
  {
    kind: 'SELF_EVALUATIONS_TO_CONFIRM',
    zh: '待确认单位自评',
    en: 'Self-evaluations to confirm',
    sql: (v, p) => `
    SELECT count(*)::int AS n, 0 AS late FROM evaluation e JOIN project p ON p.id = e.project_id JOIN unit u ON u.id = p.unit_id
     WHERE e.kind = 'SELF' AND e.status = 'FINAL' AND e.confirmed_on IS NULL AND ${projectRows(v, p)}
       AND ${waitsForNoFundSection('e.fund_reviewed_on')}`,
  },
  {
    kind: 'EVALUATIONS_TO_FINALIZE',
    zh: '待定稿重点评价',
    en: 'Key evaluations to finalize',
    sql: (v, p) => `
    SELECT count(*)::int AS n, 0 AS late FROM evaluation e JOIN project p ON p.id = e.project_id JOIN unit u ON u.id = p.unit_id
     WHERE e.status = 'SUBMITTED' AND ${projectRows(v, p)}`,
  },
  {
    kind: 'ADJUSTMENTS_TO_DECIDE',
    zh: '待审批目标调整',
    en: 'Targets adjustments to decide',
    sql: (v, p) => `
    SELECT count(*)::int AS n, 0 AS late FROM target_adjustment ta JOIN project p ON p.id = ta.project_id JOIN unit u ON u.id = p.unit_id
     WHERE ta.status = 'PENDING' AND ${projectRows(v, p)}`,
  },
  {
    kind: 'TARGETS_TO_PUBLISH',
    zh: '待公开绩效目标',
    en: 'Approved targets to publish',
    sql: (v, p) => `
    SELECT count(*)::int AS n, 0 AS late FROM project p JOIN unit u ON u.id = p.unit_id
     WHERE p.target_status = 'APPROVED' AND p.targets_published_on IS NULL AND NOT u.classified AND ${projectRows(v, p)}`,
  },
  {
    kind: 'EVALUATIONS_TO_PUBLISH',
    zh: '待公开评价结果',
    en: 'Final evaluations to publish',
    // Projects' evaluations and unit-wide ones counted apart: each starts from the county's projects or units
    // (by covering indexes) instead of reading every evaluation of the province (260–320 ms at 1M projects).
    sql: (v, p) => `
    SELECT ((SELECT count(*) FROM evaluation e JOIN project p ON p.id = e.project_id JOIN unit u ON u.id = e.unit_id
              WHERE e.status = 'FINAL' AND e.published_on IS NULL AND NOT u.classified
                AND ${evaluationRows(v, p, 'e', 'p', 'u', 'projects')})
          + (SELECT count(*) FROM evaluation e JOIN unit u ON u.id = e.unit_id
              WHERE e.status = 'FINAL' AND e.published_on IS NULL AND NOT u.classified
                AND ${evaluationRows(v, p, 'e', 'p', 'u', 'unitWide')}))::int AS n, 0 AS late`,
  },
  {
    kind: 'AUTHENTICITY_TO_RECORD',
    zh: '待录入真实性核查结果',
    en: 'Authenticity checks to record',
    sql: (v, p) => `
    SELECT count(*)::int AS n, 0 AS late FROM authenticity_check ac JOIN authenticity_sample s ON s.id = ac.sample_id
     WHERE ac.result = 'PENDING' AND ${regionRows(v, p, 's.region_id')}`,
  },
  {
    kind: 'UNIT_WIDE_TARGETS_TO_APPROVE',
    zh: '待审核部门整体绩效目标',
    en: 'Unit-wide targets to approve',
    sql: (v, p) => `
    SELECT count(*)::int AS n, 0 AS late FROM unit_wide_target t JOIN unit u ON u.id = t.unit_id
     WHERE t.status = 'FIRST_REVIEWED' AND ${unitRows(v, p)}`,
  },
  {
    kind: 'UNIT_WIDE_REPORTS_TO_CONFIRM',
    zh: '待确认部门整体监控报告',
    en: 'Unit-wide monitoring reports to confirm',
    sql: (v, p) => `
    SELECT count(*)::int AS n, 0 AS late FROM unit_wide_report r JOIN unit_wide_target t ON t.id = r.target_id
      JOIN unit u ON u.id = t.unit_id WHERE r.status = 'SUBMITTED' AND ${unitRows(v, p)}`,
  },
  {
    // A unit-wide flag carries no evidence: the performance section closes it once the unit has rectified.
    kind: 'UNIT_WIDE_FLAGS_TO_CLOSE',
    zh: '待销号部门整体预警',
    en: 'Unit-wide flags to close',
    sql: (v, p) => `
    SELECT count(*)::int AS n, (count(*) FILTER (WHERE f.deadline < current_date))::int AS late
      FROM unit_wide_flag f JOIN unit_wide_target t ON t.id = f.target_id JOIN unit u ON u.id = t.unit_id
     WHERE f.status = 'OPEN' AND ${unitRows(v, p)}`,
  },
  {
    kind: 'UNIT_WIDE_TO_EVALUATE',
    zh: '待开展部门整体评价（已自评）',
    en: 'Unit-wide evaluations to make (self-evaluated)',
    sql: (v, p) => `
    SELECT count(*)::int AS n, 0 AS late FROM unit_wide_target t JOIN unit u ON u.id = t.unit_id
     WHERE t.self_submitted_on IS NOT NULL AND ${unitRows(v, p)}
       AND NOT EXISTS (SELECT 1 FROM evaluation e WHERE e.kind = 'UNIT_WIDE' AND e.unit_id = t.unit_id AND e.year = t.year)`,
  },
  // Classified units' first reviews and cuts: the performance section stands in for the sections that cannot see them.
  {
    kind: 'REPORTS_TO_REVIEW',
    zh: '待初审监控报告（涉密单位）',
    en: 'Monitoring reports to review (classified units)',
    sql: (v, p) => `
    SELECT count(*)::int AS n, 0 AS late FROM monitoring_report r JOIN project p ON p.id = r.project_id JOIN unit u ON u.id = p.unit_id
     WHERE r.status = 'SUBMITTED' AND u.classified AND ${projectRows(v, p)}`,
  },
  {
    kind: 'TARGETS_TO_REVIEW',
    zh: '待初审绩效目标（涉密单位）',
    en: 'Targets to review first (classified units)',
    sql: (v, p) => `
    SELECT count(*)::int AS n, 0 AS late FROM project p JOIN unit u ON u.id = p.unit_id
     WHERE p.target_status = 'SUBMITTED' AND u.classified AND ${projectRows(v, p)}`,
  },
  {
    kind: 'EX_ANTE_TO_REVIEW',
    zh: '待初审事前评估（涉密单位）',
    en: 'Ex-ante assessments to review (classified units)',
    sql: (v, p) => `
    SELECT count(*)::int AS n, 0 AS late FROM ex_ante_assessment x JOIN project p ON p.id = x.project_id JOIN unit u ON u.id = p.unit_id
     WHERE x.status = 'SUBMITTED' AND u.classified AND ${projectRows(v, p)}`,
  },
  {
    kind: 'CUTS_TO_DECIDE',
    zh: '待决定的压减建议（涉密单位）',
    en: 'Proposed cuts to decide (classified units)',
    sql: (v, p) => `
    SELECT count(*)::int AS n, 0 AS late FROM result_application ra JOIN project p ON p.id = ra.project_id JOIN unit u ON u.id = p.unit_id
     WHERE ra.status = 'PROPOSED' AND u.classified AND ${projectRows(v, p)}`,
  },
  {
    kind: 'RECALLS_TO_DECIDE',
    zh: '待决定的资金收回（涉密单位）',
    en: 'Fund recalls to decide (classified units)',
    sql: (v, p) => `
    SELECT count(*)::int AS n, 0 AS late FROM fund_recall r JOIN project p ON p.id = r.project_id JOIN unit u ON u.id = p.unit_id
     WHERE r.status = 'PROPOSED' AND u.classified AND ${projectRows(v, p)}`,
  },
  {
    kind: 'UNIT_WIDE_TARGETS_TO_REVIEW',
    zh: '待初审部门整体绩效目标（涉密单位）',
    en: 'Unit-wide targets to review first (classified units)',
    sql: (v, p) => `
    SELECT count(*)::int AS n, 0 AS late FROM unit_wide_target t JOIN unit u ON u.id = t.unit_id
     WHERE t.status = 'SUBMITTED' AND u.classified AND ${unitRows(v, p)}`,
  },
];
