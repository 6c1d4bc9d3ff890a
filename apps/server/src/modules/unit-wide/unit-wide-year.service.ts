import type { EntityManager } from 'typeorm';
import { AppError } from '../../graphql/errors.js';
import { finalGrade } from '../../rules/evaluation.js';
import { formatYuan, parseYuan } from '../../rules/money.js';
import {
  elapsedShareAt,
  monitoringVerdict,
  nextFlagAction,
  plannedAtCheckpoint,
  rectificationDeadline,
  type KeyIndicatorReport,
} from '../../rules/monitoring.js';
import { parseScore } from '../../rules/score.js';
import { unitRows } from '../auth/index.js';
import { badInput, checkState, checkVersion, today, type Act, type Workflow } from '../workflow/index.js';
import { lockTarget } from './unit-wide.service.js';

const REPORT = '部门整体监控报告';

/**
 * The rest of a unit-wide year: the report at the June checkpoint (verdict and flags by the project rules),
 * the unit's self-evaluation the year after, and the one evaluation of it by the finance bureau.
 */
export class UnitWideYearService {
  constructor(private readonly wf: Workflow) {}

  /** The unit reports execution of its whole budget and each indicator's completion at the unit-wide checkpoint. */
  async report(
    act: Act,
    input: {
      targetId: number;
      checkpointId: number;
      executed: string;
      actuals: { indicatorId: number; actual: string }[];
      version: number;
    },
  ): Promise<number> {
    return this.wf.run(async (m) => {
      const t = await lockTarget(this.wf, m, act, input.targetId);
      checkVersion('部门整体绩效目标', t.version, input.version);
      checkState('部门整体绩效目标', t.status, ['APPROVED'], '报送监控');
      const [cp] = await m.query(
        `SELECT id, year, month, scope, status, region_id FROM monitoring_checkpoint WHERE id = $1`,
        [input.checkpointId],
      );
      if (!cp || cp.region_id !== t.region_id || cp.scope !== 'UNIT_WIDE' || cp.year !== t.year) {
        throw badInput(
          'checkpointId',
          '不是本单位该年度的部门整体监控节点',
          "not the unit-wide checkpoint of the unit's year",
        );
      }
      checkState('监控节点', cp.status, ['OPEN'], '报送监控报告');
      const executed = parseYuan(input.executed, 'executed');
      if (executed > parseYuan(t.budget, 'budget')) {
        throw badInput('executed', '已执行数不能超过部门预算', 'cannot exceed the unit budget');
      }
      const indicators = (await m.query(
        `SELECT id, comparator, target_value::text AS target, unit_of_measure AS "unitOfMeasure"
           FROM unit_wide_indicator WHERE target_id = $1 ORDER BY id`,
        [t.id],
      )) as {
        id: number;
        comparator: KeyIndicatorReport['comparator'];
        target: string | null;
        unitOfMeasure: string;
      }[];
      const byId = new Map(indicators.map((i) => [i.id, i]));
      const seen = new Set<number>();
      const actuals = input.actuals.map((a, i) => {
        const ind = byId.get(a.indicatorId);
        if (!ind)
          throw badInput(
            `actuals[${i}].indicatorId`,
            '不是本单位部门整体目标的指标',
            'not an indicator of these targets',
          );
        if (seen.has(a.indicatorId)) throw badInput(`actuals[${i}].indicatorId`, '重复填报', 'reported twice');
        seen.add(a.indicatorId);
        if (!a.actual.trim()) throw badInput(`actuals[${i}].actual`, '完成值不能为空', 'must not be empty');
        const planned = plannedAtCheckpoint(ind, cp.month);
        if (planned !== null && !/^-?\d+(\.\d{1,4})?$/.test(a.actual.trim())) {
          throw badInput(`actuals[${i}].actual`, '须为数值（最多4位小数）', 'must be a number (up to 4 decimals)');
        }
        return { indicatorId: a.indicatorId, planned, actual: a.actual.trim() };
      });
      const missing = indicators.findIndex((i) => !seen.has(i.id));
      if (missing >= 0)
        throw badInput('actuals', `缺少第${missing + 1}个指标的完成值`, `indicator ${missing + 1} is not reported`);
      const [existing] = await m.query(
        `SELECT id, status, executed::text AS executed, actuals FROM unit_wide_report WHERE target_id = $1 AND checkpoint_id = $2 FOR UPDATE`,
        [t.id, cp.id],
      );
      let reportId: number;
      if (existing) {
        checkState(REPORT, existing.status, ['SUBMITTED'], '重新报送');
        await m.query(
          `UPDATE unit_wide_report SET executed = $2, actuals = $3, submitted_on = $4, version = version + 1 WHERE id = $1`,
          [existing.id, input.executed, JSON.stringify(actuals), today()],
        );
        reportId = existing.id;
      } else {
        const [row] = await m.query(
          `INSERT INTO unit_wide_report (target_id, checkpoint_id, budget, executed, actuals, submitted_on)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
          [t.id, cp.id, t.budget, input.executed, JSON.stringify(actuals), today()],
        );
        reportId = row.id;
      }
      await m.query(`UPDATE unit_wide_target SET version = version + 1 WHERE id = $1`, [t.id]);
      await this.wf.record(
        m,
        act,
        'SUBMIT',
        'UnitWideReport',
        reportId,
        existing ? { executed: existing.executed, actuals: existing.actuals } : null,
        { executed: input.executed, actuals },
      );
      return reportId;
    });
  }

  /** The performance section confirms a report: the verdict of the year's rules, then the flag it leads to. */
  async confirm(act: Act, reportId: number, version: number): Promise<number> {
    return this.wf.run(async (m) => {
      const r = await this.wf.lock<{
        id: number;
        target_id: number;
        unit_id: number;
        status: string;
        version: number;
        budget: string;
        executed: string;
        actuals: { indicatorId: number; planned: string | null; actual: string }[];
        checkpoint_id: number;
        month: number;
        year: number;
        region_id: number;
        period_end: string;
        report_due: string;
      }>(
        m,
        REPORT,
        reportId,
        (p) =>
          `SELECT r.id, r.target_id, t.unit_id, r.status, r.version, r.budget::text AS budget, r.executed::text AS executed, r.actuals,
                  c.id AS checkpoint_id, c.month, c.year, c.region_id, c.period_end::text AS period_end, c.report_due::text AS report_due
             FROM unit_wide_report r JOIN unit_wide_target t ON t.id = r.target_id JOIN unit u ON u.id = t.unit_id
             JOIN monitoring_checkpoint c ON c.id = r.checkpoint_id
            WHERE r.id = $1 AND ${unitRows(act.viewer, p, 'u')}`,
        'r',
      );
      checkVersion(REPORT, r.version, version);
      checkState(REPORT, r.status, ['SUBMITTED'], '确认');
      const rules = await this.wf.rules(m, r.region_id, r.year);
      const keys = (await m.query(
        `SELECT id, comparator FROM unit_wide_indicator WHERE target_id = $1 AND is_key ORDER BY id`,
        [r.target_id],
      )) as { id: number; comparator: KeyIndicatorReport['comparator'] }[];
      const keyIndicators: KeyIndicatorReport[] = [];
      for (const k of keys) {
        const a = r.actuals.find((x) => x.indicatorId === k.id);
        if (a?.planned != null) keyIndicators.push({ comparator: k.comparator, planned: a.planned, actual: a.actual });
      }
      const verdict = monitoringVerdict(
        { budget: r.budget, executed: r.executed, keyIndicators },
        { elapsedShare: elapsedShareAt(r.month, rules.monitoring) },
        rules.monitoring,
      );
      await m.query(
        `UPDATE unit_wide_report SET status = 'CONFIRMED', failed = $2, failure_reasons = $3, confirmed_on = $4, version = version + 1
          WHERE id = $1`,
        [r.id, verdict.failed, JSON.stringify(verdict.reasons), today()],
      );
      // The unit's earlier unit-wide checkpoints (one a year) failed in a row, and its open flag.
      const earlier = (await m.query(
        `SELECT ur.failed FROM unit_wide_report ur JOIN unit_wide_target ut ON ut.id = ur.target_id
           JOIN monitoring_checkpoint uc ON uc.id = ur.checkpoint_id
          WHERE ut.unit_id = $1 AND ur.status = 'CONFIRMED' AND uc.period_end < $2::date ORDER BY uc.period_end DESC`,
        [r.unit_id, r.period_end],
      )) as { failed: boolean }[];
      const pass = earlier.findIndex((x) => !x.failed);
      const [open] = (await m.query(
        `SELECT f.id, f.level FROM unit_wide_flag f JOIN unit_wide_target ft ON ft.id = f.target_id
          WHERE ft.unit_id = $1 AND f.status = 'OPEN' ORDER BY f.id DESC LIMIT 1 FOR UPDATE OF f`,
        [r.unit_id],
      )) as { id: number; level: 'YELLOW' | 'RED' }[];
      const action = nextFlagAction(
        {
          openFlag: open ?? null,
          consecutiveFailuresBefore: pass === -1 ? earlier.length : pass,
          failed: verdict.failed,
        },
        rules.monitoring,
      );
      const deadline = rectificationDeadline(r.report_due, rules.monitoring);
      let flagId: number | null = null;
      if (action === 'RAISE_YELLOW' || action === 'RAISE_RED') {
        const [f] = await m.query(
          `INSERT INTO unit_wide_flag (target_id, level, raised_checkpoint_id, deadline) VALUES ($1, $2, $3, $4) RETURNING id`,
          [r.target_id, action === 'RAISE_YELLOW' ? 'YELLOW' : 'RED', r.checkpoint_id, deadline],
        );
        flagId = f.id;
      } else if (action === 'ESCALATE_TO_RED') {
        flagId = open!.id;
        await m.query(
          `UPDATE unit_wide_flag SET level = 'RED', escalated_checkpoint_id = $2, deadline = $3, version = version + 1 WHERE id = $1`,
          [open!.id, r.checkpoint_id, deadline],
        );
      }
      await this.wf.record(
        m,
        act,
        'CONFIRM',
        'UnitWideReport',
        r.id,
        { status: r.status },
        { status: 'CONFIRMED', failed: verdict.failed, reasons: verdict.reasons, flagAction: action, flagId },
      );
      return r.id;
    });
  }

  /** The performance section closes (销号) a unit-wide flag once rectified. */
  async closeFlag(act: Act, flagId: number, version: number): Promise<number> {
    return this.wf.run(async (m) => {
      const f = await this.wf.lock<{ id: number; status: string; version: number; target_id: number }>(
        m,
        '部门整体监控标记',
        flagId,
        (p) =>
          `SELECT f.id, f.status, f.version, f.target_id FROM unit_wide_flag f JOIN unit_wide_target t ON t.id = f.target_id
             JOIN unit u ON u.id = t.unit_id WHERE f.id = $1 AND ${unitRows(act.viewer, p, 'u')}`,
        'f',
      );
      checkVersion('部门整体监控标记', f.version, version);
      checkState('部门整体监控标记', f.status, ['OPEN'], '销号');
      await m.query(
        `UPDATE unit_wide_flag SET status = 'CLOSED', closed_on = $2, version = version + 1 WHERE id = $1`,
        [f.id, today()],
      );
      await this.wf.record(m, act, 'CLOSE', 'UnitWideFlag', f.id, { status: 'OPEN' }, { status: 'CLOSED' });
      return f.target_id;
    });
  }

  /** The unit's self-evaluation of its unit-wide year, after the year (due 20 April of the next). */
  async selfEvaluate(
    act: Act,
    input: { targetId: number; executed: string; score: string; report: string; version: number },
  ): Promise<number> {
    return this.wf.run(async (m) => {
      const t = await lockTarget(this.wf, m, act, input.targetId);
      checkVersion('部门整体绩效目标', t.version, input.version);
      checkState('部门整体绩效目标', t.status, ['APPROVED'], '部门整体自评');
      if (today() <= `${t.year}-12-31`) {
        throw new AppError(
          'INVALID_TRANSITION',
          `部门整体自评在${t.year}年度结束后进行`,
          `The unit-wide self-evaluation comes after the end of ${t.year}`,
          { field: 'targetId' },
        );
      }
      await this.checkNotEvaluated(m, t);
      const executed = parseYuan(input.executed, 'executed');
      if (executed > parseYuan(t.budget, 'budget')) {
        throw badInput('executed', '全年执行数不能超过部门预算', 'cannot exceed the unit budget');
      }
      parseScore(input.score, 'score');
      if (!input.report.trim()) throw badInput('report', '自评报告不能为空', 'must not be empty');
      await m.query(
        `UPDATE unit_wide_target SET self_score = $2, self_executed = $3, self_report = $4, self_submitted_on = $5,
                version = version + 1 WHERE id = $1`,
        [t.id, input.score, formatYuan(executed), input.report.trim(), today()],
      );
      await this.wf.record(
        m,
        act,
        'SELF_EVALUATE',
        'UnitWideTargets',
        t.id,
        { selfScore: t.self_score, selfExecuted: t.self_executed },
        { selfScore: input.score, selfExecuted: formatYuan(executed) },
      );
      return t.id;
    });
  }

  /** The one evaluation of a unit-wide year by the finance bureau (performance section): final, graded by the rules. */
  async evaluate(act: Act, input: { targetId: number; score: string; version: number }): Promise<number> {
    return this.wf.run(async (m) => {
      const t = await lockTarget(this.wf, m, act, input.targetId);
      checkVersion('部门整体绩效目标', t.version, input.version);
      if (t.self_score === null || t.self_executed === null) {
        throw new AppError(
          'INVALID_TRANSITION',
          '单位尚未提交部门整体自评',
          'The unit has not submitted its unit-wide self-evaluation',
          { field: 'targetId' },
        );
      }
      await this.checkNotEvaluated(m, t);
      parseScore(input.score, 'score');
      const rules = await this.wf.rules(m, t.region_id, t.year);
      // Failed unit-wide checkpoints of the year whose flag is still open (not rectified).
      const [{ n }] = await m.query(
        `SELECT count(*)::int AS n FROM unit_wide_report r
          WHERE r.target_id = $1 AND r.status = 'CONFIRMED' AND r.failed
            AND EXISTS (SELECT 1 FROM unit_wide_flag f WHERE f.target_id = r.target_id AND f.status = 'OPEN')`,
        [t.id],
      );
      const g = finalGrade(
        {
          score: input.score,
          auditFindings: false,
          majorMisuse: false,
          failedCheckpointsUnrectified: n,
          authenticityFailed: false,
        },
        { evaluation: rules.evaluation, monitoring: rules.monitoring },
      );
      const [e] = await m.query(
        `INSERT INTO evaluation (year, kind, project_id, unit_id, agency_id, status, budget, executed, score,
                                 failed_checkpoints_unrectified, uncapped_grade, grade, caps, evaluated_on)
         VALUES ($1, 'UNIT_WIDE', NULL, $2, NULL, 'FINAL', $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [
          t.year,
          t.unit_id,
          t.budget,
          t.self_executed,
          input.score,
          n,
          g.uncappedGrade,
          g.grade,
          JSON.stringify(g.caps),
          today(),
        ],
      );
      await m.query(`UPDATE unit_wide_target SET version = version + 1 WHERE id = $1`, [t.id]);
      await this.wf.record(m, act, 'EVALUATE', 'Evaluation', e.id, null, {
        kind: 'UNIT_WIDE',
        unitWideTargetId: t.id,
        score: input.score,
        grade: g.grade,
        caps: g.caps,
      });
      return e.id;
    });
  }

  private async checkNotEvaluated(m: EntityManager, t: { unit_id: number; year: number }) {
    const [done] = await m.query(`SELECT id FROM evaluation WHERE kind = 'UNIT_WIDE' AND unit_id = $1 AND year = $2`, [
      t.unit_id,
      t.year,
    ]);
    if (done) {
      throw new AppError(
        'INVALID_TRANSITION',
        '该单位本年度的部门整体评价已完成',
        "The unit-wide evaluation of the unit's year is done",
        { field: 'targetId' },
      );
    }
  }
}
