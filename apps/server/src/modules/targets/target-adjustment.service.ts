import type { EntityManager } from 'typeorm';
import { AppError } from '../../graphql/errors.js';
import { targetProblems } from '../../rules/targets.js';
import { checkTemplatesChoosable, withLibraryReferences } from './library-reference.js';
import { projectRows } from '../auth/index.js';
import type { TransferPaymentService } from '../transfer-payment/index.js';
import { badInput, checkState, checkVersion, today, type Act, type Workflow } from '../workflow/index.js';
import type { IndicatorDraft, ProjectRow } from './targets.service.js';

/**
 * Adjustments of approved targets (目标调整): asked by the unit at an open checkpoint, decided by the performance
 * section; an approved one replaces the targets (keeping the old ones for confirmed reports).
 */
export class TargetAdjustmentService {
  constructor(
    private readonly wf: Workflow,
    private readonly transfers: TransferPaymentService,
  ) {}

  private lockProject(m: EntityManager, act: Act, projectId: number) {
    return this.wf.lockProject<ProjectRow>(m, act, projectId, 'p.id, p.year, p.unit_id, p.kind, p.target_status');
  }

  /** At an open checkpoint, the unit asks to change approved targets; they stay as they are until approved. */
  async request(
    act: Act,
    projectId: number,
    checkpointId: number,
    indicators: IndicatorDraft[],
    reason: string,
    version: number,
  ): Promise<number> {
    return this.wf.run(async (m) => {
      const p = await this.lockProject(m, act, projectId);
      checkVersion('项目', p.version, version);
      checkState('绩效目标', p.target_status, ['APPROVED'], '申请调整');
      if (reason.trim().length < 10)
        throw badInput('reason', '请说明调整原因（至少10个字）', 'explain why (at least 10 characters)');
      const [cp] = await m.query(
        `SELECT c.status, c.year FROM monitoring_checkpoint c JOIN project p ON p.region_id = c.region_id
                                   WHERE c.id = $1 AND p.id = $2`,
        [checkpointId, p.id],
      );
      if (!cp) throw badInput('checkpointId', '监控节点不存在', 'no such checkpoint');
      checkState('监控节点', cp.status, ['OPEN'], '申请调整绩效目标');
      // A library indicator already on the targets stays; a new one comes from the region's library of the year.
      const kept = (
        (await m.query(
          `SELECT DISTINCT template_id FROM project_indicator WHERE project_id = $1 AND template_id IS NOT NULL`,
          [p.id],
        )) as { template_id: number }[]
      ).map((r) => r.template_id);
      await checkTemplatesChoosable(m, p, indicators, kept);
      const problems = targetProblems(await withLibraryReferences(m, indicators));
      if (problems.length > 0) {
        throw new AppError(
          'BAD_USER_INPUT',
          problems.map((x) => `${x.field}：${x.zh}`).join('；'),
          problems.map((x) => `${x.field}: ${x.en}`).join('; '),
          { fields: problems },
        );
      }
      await this.transfers.checkLinks(m, p.id, indicators);
      const [pending] = await m.query(`SELECT id FROM target_adjustment WHERE project_id = $1 AND status = 'PENDING'`, [
        p.id,
      ]);
      if (pending)
        throw new AppError('INVALID_TRANSITION', '已有待审批的调整申请', 'An adjustment is already pending', {
          field: 'projectId',
        });
      const before = await m.query(
        `SELECT template_id AS "templateId", level1, level2, name, comparator, trim_scale(target_value)::text AS "targetValue", target_text AS "targetText",
                unit_of_measure AS "unitOfMeasure", weight::text AS weight, is_key AS "isKey", transfer_indicator_id AS "transferIndicatorId"
           FROM project_indicator WHERE project_id = $1 AND retired_on IS NULL ORDER BY id`,
        [p.id],
      );
      const [row] = await m.query(
        `INSERT INTO target_adjustment (project_id, checkpoint_id, reason, before, proposed) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [p.id, checkpointId, reason.trim(), JSON.stringify(before), JSON.stringify(indicators)],
      );
      await this.wf.record(m, act, 'REQUEST', 'TargetAdjustment', row.id, before, indicators);
      return row.id;
    });
  }

  /** The performance section decides; an approved change replaces the targets and marks them for disclosure again. */
  async decide(act: Act, adjustmentId: number, approve: boolean, comment: string, version: number): Promise<number> {
    return this.wf.run(async (m) => {
      const a = await this.wf.lock<{
        id: number;
        status: string;
        version: number;
        project_id: number;
        proposed: IndicatorDraft[];
      }>(
        m,
        '调整申请',
        adjustmentId,
        (
          q,
        ) => `SELECT ta.id, ta.status, ta.version, ta.project_id, ta.proposed FROM target_adjustment ta JOIN project p ON p.id = ta.project_id
                 JOIN unit u ON u.id = p.unit_id WHERE ta.id = $1 AND ${projectRows(act.viewer, q)}`,
        'ta',
      );
      checkVersion('调整申请', a.version, version);
      checkState('调整申请', a.status, ['PENDING'], approve ? '批准' : '驳回');
      if (!approve && !comment.trim()) throw badInput('comment', '驳回须说明理由', 'say why it is rejected');
      // What an approval discards (actual values of reports not yet confirmed) is kept in the audit entry.
      let discardedActuals: unknown[] = [];
      if (approve) {
        const linkedBefore = await this.transfers.linkedSums(m, a.project_id);
        // Values may have moved since the request: the split is checked again on what would be written.
        await this.transfers.checkLinks(m, a.project_id, a.proposed);
        discardedActuals = await m.query(
          `SELECT x.report_id AS "reportId", i.name AS indicator, x.planned_value::text AS planned, x.actual_value::text AS actual,
                  x.explanation
             FROM indicator_actual x JOIN project_indicator i ON i.id = x.project_indicator_id
            WHERE i.project_id = $1 AND i.retired_on IS NULL
              AND x.report_id IN (SELECT id FROM monitoring_report WHERE project_id = $1 AND status <> 'CONFIRMED') ORDER BY x.id`,
          [a.project_id],
        );
        await m.query(
          `DELETE FROM indicator_actual WHERE project_indicator_id IN (SELECT id FROM project_indicator WHERE project_id = $1 AND retired_on IS NULL)
                         AND report_id IN (SELECT id FROM monitoring_report WHERE project_id = $1 AND status <> 'CONFIRMED')`,
          [a.project_id],
        );
        const kept = await m.query(
          `SELECT count(*)::int AS n FROM indicator_actual a JOIN project_indicator i ON i.id = a.project_indicator_id WHERE i.project_id = $1`,
          [a.project_id],
        );
        if (kept[0].n > 0) {
          // Confirmed reports keep pointing at the old indicators: keep those rows, retired (as they were, for
          // those reports), and add the new ones beside them. A retired row no longer carries a share of an
          // upper target, or the split would count twice.
          await m.query(
            `UPDATE project_indicator SET retired_on = $2, transfer_indicator_id = NULL WHERE project_id = $1 AND retired_on IS NULL`,
            [a.project_id, today()],
          );
          await m.query(
            `DELETE FROM project_indicator i WHERE i.project_id = $1 AND i.retired_on IS NOT NULL
                           AND NOT EXISTS (SELECT 1 FROM indicator_actual x WHERE x.project_indicator_id = i.id)`,
            [a.project_id],
          );
        } else {
          await m.query(`DELETE FROM project_indicator WHERE project_id = $1`, [a.project_id]);
        }
        for (const ind of a.proposed) {
          await m.query(
            `INSERT INTO project_indicator (project_id, template_id, level1, level2, name, comparator, target_value, target_text, unit_of_measure, weight, is_key,
                                            transfer_indicator_id)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
            [
              a.project_id,
              ind.templateId ?? null,
              ind.level1,
              ind.level2,
              ind.name,
              ind.comparator,
              ind.comparator === 'QUALITATIVE' ? null : ind.targetValue,
              ind.targetText ?? null,
              ind.unitOfMeasure ?? '',
              ind.weight,
              !!ind.isKey,
              ind.transferIndicatorId ?? null,
            ],
          );
        }
        await this.transfers.unconfirmChanged(m, act, linkedBefore, await this.transfers.linkedSums(m, a.project_id));
        // Changed targets are disclosed again.
        await m.query(`UPDATE project SET targets_published_on = NULL, version = version + 1 WHERE id = $1`, [
          a.project_id,
        ]);
      }
      await m.query(
        `UPDATE target_adjustment SET status = $2, decision_comment = $3, decided_on = $4, version = version + 1 WHERE id = $1`,
        [a.id, approve ? 'APPROVED' : 'REJECTED', comment.trim(), today()],
      );
      await this.wf.record(
        m,
        act,
        approve ? 'APPROVE' : 'REJECT',
        'TargetAdjustment',
        a.id,
        discardedActuals.length > 0 ? { status: a.status, discardedActuals } : { status: a.status },
        { status: approve ? 'APPROVED' : 'REJECTED', comment },
      );
      return a.project_id;
    });
  }
}
