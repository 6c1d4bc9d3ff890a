import { parseYuan, formatYuan } from '../../rules/money.js';
import { elapsedShareAt, monitoringVerdict, type KeyIndicatorReport } from '../../rules/monitoring.js';
import { projectRows } from '../auth/index.js';
import { badInput, checkState, checkVersion, type Act, type Workflow } from '../workflow/index.js';
import { applyFlagRules } from './flag-rules.js';

/**
 * A late correction (更正) of a confirmed report's execution by the performance section: the rules judge the
 * corrected figures again, a failure they now find raises or escalates the flag as on confirmation, and a flag
 * already raised stays until it is rectified and closed (销号). The figures frozen when the checkpoint was
 * confirmed do not move; the correction is listed among the checkpoint's changes since (`changesSince`).
 */
export class CorrectionService {
  constructor(private readonly wf: Workflow) {}

  async correctReport(act: Act, reportId: number, executed: string, reason: string, version: number): Promise<number> {
    return this.wf.run(async (m) => {
      const r = await this.wf.lock<{
        id: number;
        project_id: number;
        checkpoint_id: number;
        status: string;
        version: number;
        budget: string;
        executed: string;
        failed: boolean | null;
        failure_reasons: unknown;
        not_reported: boolean;
        region_id: number;
        year: number;
        month: number;
        period_end: string;
        report_due: string;
      }>(
        m,
        '监控报告',
        reportId,
        (p) => `SELECT r.id, r.project_id, r.checkpoint_id, r.status, r.version, r.budget::text AS budget,
                       r.executed::text AS executed, r.failed, r.failure_reasons, r.not_reported, p.region_id, c.year,
                       c.month, c.period_end::text AS period_end, c.report_due::text AS report_due
                  FROM monitoring_report r JOIN project p ON p.id = r.project_id JOIN unit u ON u.id = p.unit_id
                  JOIN monitoring_checkpoint c ON c.id = r.checkpoint_id
                 WHERE r.id = $1 AND ${projectRows(act.viewer, p)}`,
        'r',
      );
      checkVersion('监控报告', r.version, version);
      checkState('监控报告', r.status, ['CONFIRMED'], '更正');
      if (r.not_reported) {
        throw badInput('id', '未报送的报告不能更正', 'a report recorded as not reported cannot be corrected');
      }
      if (!reason.trim()) throw badInput('reason', '更正须说明原因', 'say why the report is corrected');
      if (reason.length > 500) throw badInput('reason', '原因不超过500字', 'at most 500 characters');
      const budget = parseYuan(r.budget, 'budget');
      const corrected = parseYuan(executed, 'executed');
      if (corrected > budget) {
        throw badInput(
          'executed',
          `执行数不能超过预算 ${formatYuan(budget)} 元`,
          `cannot exceed the budget ${formatYuan(budget)}`,
        );
      }
      if (corrected === parseYuan(r.executed, 'executed')) {
        throw badInput('executed', '与已确认的执行数相同，无需更正', 'equals the confirmed figure: nothing to correct');
      }
      const rules = await this.wf.rules(m, r.region_id, r.year);
      const keys = (await m.query(
        `SELECT i.comparator, a.planned_value::text AS planned, a.actual_value::text AS actual
           FROM indicator_actual a JOIN project_indicator i ON i.id = a.project_indicator_id
          WHERE a.report_id = $1 AND i.is_key AND a.planned_value IS NOT NULL ORDER BY i.id`,
        [r.id],
      )) as KeyIndicatorReport[];
      const verdict = monitoringVerdict(
        { budget: r.budget, executed: formatYuan(corrected), keyIndicators: keys },
        { elapsedShare: elapsedShareAt(r.month, rules.monitoring) },
        rules.monitoring,
      );
      await m.query(
        `UPDATE monitoring_report SET executed = $2, failed = $3, failure_reasons = $4, version = version + 1 WHERE id = $1`,
        [r.id, formatYuan(corrected), verdict.failed, JSON.stringify(verdict.reasons)],
      );
      // A failure the correction reveals is flagged as on confirmation; one it removes leaves the flag to 销号.
      const { action, flagId } =
        verdict.failed && !r.failed
          ? await applyFlagRules(this.wf, m, act, { ...r, executed: formatYuan(corrected) }, true)
          : { action: 'NONE', flagId: null };
      await this.wf.record(
        m,
        act,
        'CORRECT',
        'MonitoringReport',
        r.id,
        { executed: r.executed, failed: r.failed, reasons: r.failure_reasons },
        {
          executed: formatYuan(corrected),
          failed: verdict.failed,
          reasons: verdict.reasons,
          reason: reason.trim(),
          flagAction: action,
          flagId,
        },
      );
      return r.id;
    });
  }
}
