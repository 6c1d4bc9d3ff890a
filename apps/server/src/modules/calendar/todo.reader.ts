import type { DataSource } from 'typeorm';
import {
  evaluationRows,
  fundSectionOwnsProject,
  governmentEvaluationRows,
  governmentEvaluationsEvaluated,
  projectRows,
  quarterlyReportRows,
  regionRows,
  sqlParams,
  unitRows,
  type SqlParams,
  type Viewer,
} from '../auth/index.js';
import { reportStillDue } from '../monitoring/index.js';
import type { Todo } from './calendar.types.js';
import { keyEvaluationDueSql } from './key-evaluation-due.js';

/** The performance section's queue leaves out what still waits for a fund-owning section's review. */
const waitsForNoFundSection = (stamp: string) => `(${stamp} IS NOT NULL OR NOT ${fundSectionOwnsProject()})`;

type TodoSql = { kind: string; zh: string; en: string; sql: (v: Viewer, p: SqlParams) => string };

// Each to-do is one count over rows in the viewer's scope; `overdue` counts those past their date.
const TODOS: Record<string, TodoSql[]> = {
  UNIT: [
    {
      kind: 'REPORTS_TO_SUBMIT',
      zh: '待报送监控报告',
      en: 'Monitoring reports to submit',
      sql: (v, p) => `
      SELECT count(*)::int AS n, (count(*) FILTER (WHERE c.report_due < current_date))::int AS late
        FROM monitoring_checkpoint c JOIN project p ON ${reportStillDue('c')} JOIN unit u ON u.id = p.unit_id
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
  ],
  BUSINESS_SECTION: [
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
  ],
  PERFORMANCE: [
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
        FROM monitoring_checkpoint c JOIN project p ON ${reportStillDue('c')} JOIN unit u ON u.id = p.unit_id
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
      sql: (v, p) => `
      SELECT count(*)::int AS n, 0 AS late FROM evaluation e LEFT JOIN project p ON p.id = e.project_id JOIN unit u ON u.id = e.unit_id
       WHERE e.status = 'FINAL' AND e.published_on IS NULL AND NOT u.classified AND ${evaluationRows(v, p)}`,
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
  ],
  // The fund-owning sections review and pass upward (审核上报) their family's targets and reports after the first review.
  FUND_SECTION: [
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
  ],
  UPPER_LEVEL: [
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
  ],
  BUDGET: [
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
  ],
  AGENCY: [
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
  ],
};

/** The viewer's to-dos: one count per kind of its role (exported for the bench's EXPLAIN). */
export async function viewerTodos(db: DataSource, v: Viewer): Promise<Todo[]> {
  const out: Todo[] = [];
  for (const t of TODOS[v.role] ?? []) {
    const p = sqlParams();
    const [row] = await db.query(t.sql(v, p), p.values);
    out.push({ kind: t.kind, titleZh: t.zh, titleEn: t.en, count: row.n, overdue: row.late });
  }
  return out;
}
