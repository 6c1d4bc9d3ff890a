import {
  checkpointDates,
  monitoringVerdict,
  nextFlagAction,
  rectificationDeadline,
  type KeyIndicatorReport,
} from '../rules/monitoring.js';
import {
  COUNTED_UNITS,
  countyId,
  laterOf,
  RULES,
  y,
  type DemoCounty,
  type PlannedIndicator,
  type PlannedProject,
  type ReportOutcome,
  type Row,
} from './demo-context.js';
import { fundReviewed } from './project-rows.js';

// Monitoring as the rules run it: checkpoints by the calendar, reports with their verdicts, flags raised,
// escalated and closed.

export interface Checkpoint {
  id: number;
  year: number;
  month: number;
  periodEnd: string;
  reportDue: string;
  share: { numerator: number; denominator: number };
}
/**
 * A checkpoint's state on the county's today: planned until its period ends, open while its reports come in,
 * confirmed from the 21st of the month they are due (the performance section confirms them by the 20th).
 */
export function stageOn(county: DemoCounty, year: number, month: number): 'PLANNED' | 'OPEN' | 'CONFIRMED' {
  const rule = RULES.monitoring.checkpoints.find((c) => c.month === month) ?? { month, reportDueDay: 10 };
  const dates = checkpointDates(year, rule);
  if (county.today <= dates.periodEnd) return 'PLANNED';
  return county.today < dates.reportDue.replace(/-\d\d$/, '-21') ? 'OPEN' : 'CONFIRMED';
}
export function checkpoint(county: DemoCounty, year: number, month: number, status: string): Checkpoint {
  const rule = RULES.monitoring.checkpoints.find((c) => c.month === month)!;
  const dates = checkpointDates(year, rule);
  const id = county.add('monitoring_checkpoint', {
    region_id: countyId,
    year,
    month,
    scope: 'PROJECT',
    period_end: dates.periodEnd,
    report_due: dates.reportDue,
    status,
    version: 1,
  });
  return { id, year, month, ...dates, share: rule.elapsedShare };
}
export function unitWideCheckpoint(county: DemoCounty, year: number, status: string) {
  return county.add('monitoring_checkpoint', {
    region_id: countyId,
    year,
    month: RULES.monitoring.unitWideMonth,
    scope: 'UNIT_WIDE',
    period_end: `${year}-06-30`,
    report_due: `${year}-07-10`,
    status,
    version: 1,
  });
}

/** Planned value of an indicator at a checkpoint: counts accrue over the year, rates and scores do not. */
const plannedAt = (ind: PlannedIndicator, month: number) => {
  if (ind.target === null) return null;
  const accrues = ind.comparator === 'GE' && !['%', '分'].includes(ind.unitOfMeasure);
  const v = accrues ? (Number(ind.target) * month) / 12 : Number(ind.target);
  // People, animals and things are counted whole: a share of the year's 100 people is 42, not 41.67.
  return (COUNTED_UNITS.has(ind.unitOfMeasure) ? Math.ceil(v) : v).toFixed(2);
};
/** An actual value as a person would report it: whole counts (down when failing), rates within 100 %. */
const reported = (ind: PlannedIndicator, value: number, failing: boolean) => {
  if (COUNTED_UNITS.has(ind.unitOfMeasure)) return (failing ? Math.floor(value) : Math.ceil(value)).toFixed(2);
  if (ind.unitOfMeasure === '%') return Math.min(value, 100).toFixed(2);
  return value.toFixed(2);
};
export const keyIndicators = (p: PlannedProject) => p.indicators.filter((i) => i.isKey);

/**
 * Writes the reports of one checkpoint with the given executed amounts and indicator behaviour,
 * and returns the rules' verdicts.
 */
export function report(
  county: DemoCounty,
  cp: Checkpoint,
  plan: { project: PlannedProject; executed: bigint; indicatorFails: boolean }[],
  /** An open checkpoint: the units that reported by today submitted, the others not yet (late after the due day). */
  open = false,
): ReportOutcome[] {
  const [dueY, dueM] = cp.reportDue.split('-');
  if (open) {
    plan = plan.filter(() => county.rnd.next() < (county.today > cp.reportDue ? 0.85 : 0.6));
  }
  return plan.map(({ project: p, executed, indicatorFails }) => {
    const reportId = county.nextId('monitoring_report');
    const keyReports: KeyIndicatorReport[] = [];
    for (const ind of p.indicators) {
      const planned = plannedAt(ind, cp.month);
      let actual: string | null = null;
      if (planned !== null) {
        const factor =
          indicatorFails && ind.isKey
            ? county.rnd.between(0.55, 0.74)
            : ind.comparator === 'LE'
              ? county.rnd.between(0.86, 1.0)
              : county.rnd.between(0.93, 1.12);
        actual = reported(ind, Number(planned) * factor, indicatorFails && ind.isKey);
        if (ind.isKey)
          keyReports.push({ comparator: ind.comparator as KeyIndicatorReport['comparator'], planned, actual });
      }
      county.add('indicator_actual', {
        report_id: reportId,
        project_indicator_id: ind.id,
        planned_value: planned,
        actual_value: actual,
        explanation:
          indicatorFails && ind.isKey ? '受施工进度及审批时限影响，阶段性任务未按计划完成，已制定赶进度措施。' : '',
      });
    }
    const verdict = monitoringVerdict(
      { budget: y(p.budget), executed: y(executed), keyIndicators: keyReports },
      { elapsedShare: cp.share },
      RULES.monitoring,
    );
    const submittedOn = `${dueY}-${dueM}-${String(county.rnd.int(2, 10)).padStart(2, '0')}`;
    const confirmedOn = `${dueY}-${dueM}-${String(county.rnd.int(15, 20)).padStart(2, '0')}`;
    county.add('monitoring_report', {
      id: reportId,
      checkpoint_id: cp.id,
      project_id: p.id,
      budget: y(p.budget),
      executed: y(executed),
      status: open ? 'SUBMITTED' : 'CONFIRMED',
      failed: verdict.failed,
      failure_reasons: JSON.stringify(verdict.reasons),
      submitted_on: open && submittedOn > county.today ? laterOf(cp.periodEnd, county.today) : submittedOn,
      confirmed_on: open ? null : confirmedOn,
      // Between its submission (2nd–10th) and confirmation (15th–20th); no draw, so the figures stay as they were.
      fund_reviewed_on: fundReviewed(p) && !open ? `${dueY}-${dueM}-12` : null,
      version: 1,
    });
    return { projectId: p.id, failed: verdict.failed, executed, budget: p.budget };
  });
}

/** Flags by the rules over a year's checkpoints; `closeOn` says when people rectified and closed each flag. */
export function runFlags(
  county: DemoCounty,
  checkpoints: Checkpoint[],
  outcomes: ReportOutcome[][],
  closeOn: (projectId: number, checkpointIdx: number, level: string) => string | null,
) {
  const open = new Map<number, OpenFlag>();
  const consecutive = new Map<number, number>();
  const owners = ['张伟', '李娜', '王芳', '刘洋', '陈静', '杨帆', '阿依古丽', '买买提·吐尔逊', '赵磊', '古丽娜尔'];
  checkpoints.forEach((cp, k) => {
    for (const o of outcomes[k]!) {
      const flag = open.get(o.projectId);
      const action = nextFlagAction(
        {
          openFlag: flag ? { level: flag.level as 'YELLOW' | 'RED' } : null,
          consecutiveFailuresBefore: consecutive.get(o.projectId) ?? 0,
          failed: o.failed,
        },
        RULES.monitoring,
      );
      const deadline = rectificationDeadline(cp.reportDue, RULES.monitoring);
      const raisedOn = cp.reportDue.replace(/-\d\d$/, '-18');
      if (action === 'RAISE_YELLOW' || action === 'RAISE_RED') {
        const level = action === 'RAISE_YELLOW' ? 'YELLOW' : 'RED';
        const id = county.nextId('flag');
        const row: Row = {
          id,
          project_id: o.projectId,
          level,
          status: 'OPEN',
          raised_checkpoint_id: cp.id,
          escalated_checkpoint_id: null,
          deadline,
          owner_name: county.rnd.pick(owners),
          rectification_plan: '',
          evidence: '',
          closed_on: null,
          closed_by_user_id: null,
          // A red flag proposes recalling the funds not yet spent, as the live rule does (flag-rules.ts).
          proposed_reduction: level === 'RED' ? y(o.budget - o.executed) : null,
          version: 1,
        };
        county.rows.flag!.push(row);
        open.set(o.projectId, { id, level, row });
        county.add('flag_event', {
          flag_id: id,
          kind: 'RAISED',
          level,
          checkpoint_id: cp.id,
          occurred_on: raisedOn,
          user_id: county.pesUserId,
          note: '监控未达标，系统按规则标记',
        });
      } else if (action === 'ESCALATE_TO_RED') {
        flag!.level = 'RED';
        flag!.row.level = 'RED';
        flag!.row.escalated_checkpoint_id = cp.id;
        flag!.row.deadline = deadline;
        flag!.row.proposed_reduction = y(o.budget - o.executed);
        county.add('flag_event', {
          flag_id: flag!.id,
          kind: 'ESCALATED',
          level: 'RED',
          checkpoint_id: cp.id,
          occurred_on: raisedOn,
          user_id: county.pesUserId,
          note: '连续两个监控节点未达标，升级为红标',
        });
      }
      consecutive.set(o.projectId, o.failed ? (consecutive.get(o.projectId) ?? 0) + 1 : 0);
    }
    // Rectification between this checkpoint and the next.
    for (const [projectId, flag] of [...open]) {
      const closedOn = closeOn(projectId, k, flag.level);
      // Nothing is closed after the county's today: the flag is still being rectified.
      if (!closedOn || closedOn > county.today) continue;
      const plannedOn = cp.reportDue.replace(/-\d\d$/, '-25');
      rectifyAndClose(county, flag, {
        plan: '加快资金拨付进度，按月调度项目实施，逐项落实整改措施。',
        evidence: '整改报告、资金支付凭证及项目进度照片',
        plannedOn,
        closedOn,
      });
      open.delete(projectId);
    }
  });
  return open;
}
/** The unit of a project (for the unit's user who sets a rectification plan). */
export function projectUnit(county: DemoCounty, id: number) {
  return county.unitOfProject.get(id)!;
}

export type OpenFlag = { id: number; level: string; row: Row };

/** A flag rectified: the unit's plan (set on `plannedOn`), its evidence, and its closing by the performance section. */
export function rectifyAndClose(
  county: DemoCounty,
  flag: OpenFlag,
  { plan, evidence, plannedOn, closedOn }: { plan: string; evidence: string; plannedOn: string; closedOn: string },
) {
  flag.row.rectification_plan = plan;
  flag.row.evidence = evidence;
  flag.row.status = 'CLOSED';
  flag.row.closed_on = closedOn;
  flag.row.closed_by_user_id = county.pesUserId;
  county.add('flag_event', {
    flag_id: flag.id,
    kind: 'PLAN_SET',
    level: flag.level,
    checkpoint_id: null,
    occurred_on: plannedOn,
    user_id: county.unitUserId.get(projectUnit(county, flag.row.project_id as number)) ?? null,
    note: '提交整改方案',
  });
  county.add('flag_event', {
    flag_id: flag.id,
    kind: 'CLOSED',
    level: flag.level,
    checkpoint_id: null,
    occurred_on: closedOn,
    user_id: county.pesUserId,
    note: '整改到位，予以销号',
  });
}
