import type { EntityManager } from 'typeorm';
import type { Comparator } from '@jixiao/schema/enums';
import { parseYuan, formatYuan } from '../../rules/money.js';
import { parseScaled } from '../../rules/decimal.js';
import {
  elapsedShareAt,
  INDICATOR_DECIMALS,
  keyIndicatorDeviates,
  monitoringVerdict,
  plannedAtCheckpoint,
  type KeyIndicatorReport,
} from '../../rules/monitoring.js';
import { projectRows } from '../auth/index.js';
import { badInput, checkState, checkVersion, today, type Act, type Workflow } from '../workflow/index.js';
import { applyFlagRules } from './flag-rules.js';
import { closeCheckpoint, openCheckpoint, recordNotReported } from './checkpoint-lifecycle.js';
import { checkFundReviewed } from '../fund-review/index.js';

export interface ActualInput {
  indicatorId: number;
  actualValue?: string | null;
  explanation?: string | null;
}

interface ReportRow {
  id: number;
  project_id: number;
  checkpoint_id: number;
  status: string;
  version: number;
  budget: string;
  executed: string;
}

/** Dual monitoring: units report, business sections review, the performance section confirms and the rules flag. */
export class MonitoringService {
  constructor(private readonly wf: Workflow) {}

  async submitReport(
    act: Act,
    input: {
      checkpointId: number;
      projectId: number;
      executed: string;
      actuals: ActualInput[];
      version?: number | null;
    },
  ): Promise<number> {
    return this.wf.run(async (m) => {
      const project = await this.wf.lockProject<{
        id: number;
        year: number;
        region_id: number;
        budget: string;
        budgeted_on: string;
        version: number;
      }>(
        m,
        act,
        input.projectId,
        'p.id, p.year, p.region_id, p.budget::text AS budget, p.budgeted_on::text AS budgeted_on',
      );
      const [cp] = await m.query(
        `SELECT id, year, month, status, period_end::text AS period_end FROM monitoring_checkpoint
          WHERE id = $1 AND region_id = $2 AND scope = 'PROJECT'`,
        [input.checkpointId, project.region_id],
      );
      if (!cp) throw badInput('input.checkpointId', '监控节点不存在', 'no such checkpoint');
      checkState('监控节点', cp.status, ['OPEN'], '报送监控报告');
      if (cp.year !== project.year || project.budgeted_on > cp.period_end) {
        throw badInput(
          'input.projectId',
          '该项目不在本监控节点范围内',
          'the project is not monitored at this checkpoint',
        );
      }
      const budget = parseYuan(project.budget, 'budget');
      const executed = parseYuan(input.executed, 'input.executed');
      if (executed > budget) {
        throw badInput(
          'input.executed',
          `执行数不能超过预算 ${formatYuan(budget)} 元`,
          `cannot exceed the budget ${formatYuan(budget)}`,
        );
      }
      const [existing] = (await m.query(
        `SELECT id, status, version FROM monitoring_report WHERE checkpoint_id = $1 AND project_id = $2 FOR UPDATE`,
        [cp.id, project.id],
      )) as ReportRow[];
      if (existing) {
        checkState('监控报告', existing.status, ['DRAFT'], '报送');
        checkVersion('监控报告', existing.version, input.version ?? -1);
      }
      const indicators = (await m.query(
        `SELECT id, comparator, target_value::text AS target, unit_of_measure FROM project_indicator WHERE project_id = $1 AND retired_on IS NULL ORDER BY id`,
        [project.id],
      )) as { id: number; comparator: Comparator; target: string | null; unit_of_measure: string }[];
      const rules = await this.wf.rules(m, project.region_id, project.year);
      const byId = new Map(input.actuals.map((a, i) => [a.indicatorId, { ...a, index: i }]));
      for (const a of input.actuals) {
        if (!indicators.some((i) => i.id === a.indicatorId)) {
          throw badInput(
            `input.actuals[${byId.get(a.indicatorId)!.index}].indicatorId`,
            '不是本项目的指标',
            'not an indicator of this project',
          );
        }
      }
      const rows: { indicatorId: number; planned: string | null; actual: string | null; explanation: string }[] = [];
      for (const ind of indicators) {
        const a = byId.get(ind.id);
        const planned = plannedAtCheckpoint(
          { comparator: ind.comparator, target: ind.target, unitOfMeasure: ind.unit_of_measure },
          cp.month,
        );
        const field = `input.actuals[${a?.index ?? input.actuals.length}]`;
        if (planned !== null && (a?.actualValue == null || a.actualValue === '')) {
          throw badInput(
            `${field}.actualValue`,
            '量化指标须填报实际值',
            'a quantitative indicator needs its actual value',
          );
        }
        let actual: string | null = null;
        if (planned !== null) {
          actual = a!.actualValue!.trim();
          parseScaled(actual, `${field}.actualValue`, INDICATOR_DECIMALS, { allowNegative: true });
          const deviates = keyIndicatorDeviates(
            { comparator: ind.comparator, planned, actual },
            rules.monitoring.maxKeyIndicatorDeviation,
            field,
          );
          if (deviates && !a!.explanation?.trim()) {
            throw badInput(
              `${field}.explanation`,
              '偏离计划超过规定比例，须说明原因',
              'deviates from plan beyond the allowed share: explain why',
            );
          }
        }
        rows.push({ indicatorId: ind.id, planned, actual, explanation: a?.explanation?.trim() ?? '' });
      }
      let reportId: number;
      // A returned report submitted again: its audit entry keeps what the returned one said.
      const before = existing
        ? {
            status: existing.status,
            ...(
              await m.query(`SELECT executed::text AS executed FROM monitoring_report WHERE id = $1`, [existing.id])
            )[0],
            actuals: await m.query(
              `SELECT project_indicator_id AS "indicatorId", planned_value::text AS planned, actual_value::text AS actual, explanation
                 FROM indicator_actual WHERE report_id = $1 ORDER BY id`,
              [existing.id],
            ),
          }
        : null;
      if (existing) {
        reportId = existing.id;
        await m.query(
          `UPDATE monitoring_report SET budget = $2, executed = $3, status = 'SUBMITTED', submitted_on = $4, failed = NULL,
                  failure_reasons = NULL, fund_reviewed_on = NULL, version = version + 1 WHERE id = $1`,
          [reportId, project.budget, input.executed, today()],
        );
        await m.query(`DELETE FROM indicator_actual WHERE report_id = $1`, [reportId]);
      } else {
        const [r] = await m.query(
          `INSERT INTO monitoring_report (checkpoint_id, project_id, budget, executed, status, submitted_on)
           VALUES ($1, $2, $3, $4, 'SUBMITTED', $5) RETURNING id`,
          [cp.id, project.id, project.budget, input.executed, today()],
        );
        reportId = r.id;
      }
      for (const r of rows) {
        await m.query(
          `INSERT INTO indicator_actual (report_id, project_indicator_id, planned_value, actual_value, explanation) VALUES ($1, $2, $3, $4, $5)`,
          [reportId, r.indicatorId, r.planned, r.actual, r.explanation],
        );
      }
      await this.wf.record(m, act, 'SUBMIT', 'MonitoringReport', reportId, before, {
        status: 'SUBMITTED',
        executed: input.executed,
        actuals: rows,
      });
      return reportId;
    });
  }

  private lockReport(m: EntityManager, act: Act, reportId: number) {
    return this.wf.lock<
      ReportRow & { region_id: number; year: number; month: number; period_end: string; report_due: string }
    >(
      m,
      '监控报告',
      reportId,
      (
        p,
      ) => `SELECT r.id, r.project_id, r.checkpoint_id, r.status, r.version, r.budget::text AS budget, r.executed::text AS executed,
                     p.region_id, c.year, c.month, c.period_end::text AS period_end, c.report_due::text AS report_due
                FROM monitoring_report r JOIN project p ON p.id = r.project_id JOIN unit u ON u.id = p.unit_id
                JOIN monitoring_checkpoint c ON c.id = r.checkpoint_id
               WHERE r.id = $1 AND ${projectRows(act.viewer, p)}`,
      'r',
    );
  }

  async reviewReport(act: Act, reportId: number, approve: boolean, comment: string, version: number): Promise<number> {
    return this.wf.run(async (m) => {
      const r = await this.lockReport(m, act, reportId);
      await this.wf.checkStandIn(m, act, r.project_id, {
        zh: '监控报告初审',
        en: 'first review of monitoring reports',
      });
      checkVersion('监控报告', r.version, version);
      checkState('监控报告', r.status, ['SUBMITTED'], approve ? '初审通过' : '退回');
      if (!approve && !comment.trim()) throw badInput('comment', '退回须说明原因', 'say why the report is returned');
      const to = approve ? 'REVIEWED' : 'DRAFT';
      await m.query(
        `UPDATE monitoring_report SET status = $2, review_comment = $3, version = version + 1 WHERE id = $1`,
        [r.id, to, comment.trim()],
      );
      await this.wf.record(
        m,
        act,
        approve ? 'REVIEW' : 'RETURN',
        'MonitoringReport',
        r.id,
        { status: r.status },
        { status: to, comment },
      );
      return r.id;
    });
  }

  /** Confirmation applies the rules of the year: the verdict, then the flag it leads to. */
  async confirmReport(act: Act, reportId: number, version: number): Promise<number> {
    return this.wf.run(async (m) => {
      const r = await this.lockReport(m, act, reportId);
      checkVersion('监控报告', r.version, version);
      checkState('监控报告', r.status, ['REVIEWED'], '确认');
      await checkFundReviewed(m, 'MONITORING_REPORT', r.id, 'id');
      const rules = await this.wf.rules(m, r.region_id, r.year);
      const elapsedShare = elapsedShareAt(r.month, rules.monitoring);
      const keys = (await m.query(
        `SELECT i.comparator, a.planned_value::text AS planned, a.actual_value::text AS actual
           FROM indicator_actual a JOIN project_indicator i ON i.id = a.project_indicator_id
          WHERE a.report_id = $1 AND i.is_key AND a.planned_value IS NOT NULL ORDER BY i.id`,
        [r.id],
      )) as KeyIndicatorReport[];
      const verdict = monitoringVerdict(
        { budget: r.budget, executed: r.executed, keyIndicators: keys },
        { elapsedShare },
        rules.monitoring,
      );
      await m.query(
        `UPDATE monitoring_report SET status = 'CONFIRMED', failed = $2, failure_reasons = $3, confirmed_on = $4, version = version + 1 WHERE id = $1`,
        [r.id, verdict.failed, JSON.stringify(verdict.reasons), today()],
      );

      const { action, flagId } = await applyFlagRules(this.wf, m, act, r, verdict.failed);
      await this.wf.record(
        m,
        act,
        'CONFIRM',
        'MonitoringReport',
        r.id,
        { status: r.status },
        { status: 'CONFIRMED', failed: verdict.failed, reasons: verdict.reasons, flagAction: action, flagId },
      );
      return r.id;
    });
  }

  openCheckpoint(act: Act, checkpointId: number, version: number): Promise<number> {
    return openCheckpoint(this.wf, act, checkpointId, version);
  }

  closeCheckpoint(act: Act, checkpointId: number, version: number): Promise<number> {
    return closeCheckpoint(this.wf, act, checkpointId, version);
  }

  recordNotReported(act: Act, checkpointId: number, projectIds: number[], version: number): Promise<number> {
    return recordNotReported(this.wf, act, checkpointId, projectIds, version);
  }
}
