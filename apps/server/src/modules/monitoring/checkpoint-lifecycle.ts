import { AppError } from '../../graphql/errors.js';
import { regionRows } from '../auth/index.js';
import { reportStillDue } from './expected-reports.js';
import { badInput, checkState, checkVersion, today, type Act, type Workflow } from '../workflow/index.js';
import { applyFlagRules } from './flag-rules.js';
import { freezeCheckpoint } from './freeze.js';

// A checkpoint's life: opened in order, confirmed (its figures frozen) once every report due is in or recorded
// as not reported.

export async function openCheckpoint(wf: Workflow, act: Act, checkpointId: number, version: number): Promise<number> {
  return wf.run(async (m) => {
    const cp = await wf.lock<{ id: number; status: string; version: number }>(
      m,
      '监控节点',
      checkpointId,
      (p) => `SELECT c.* FROM monitoring_checkpoint c WHERE c.id = $1 AND ${regionRows(act.viewer, p, 'c.region_id')}`,
      'c',
    );
    checkVersion('监控节点', cp.version, version);
    checkState('监控节点', cp.status, ['PLANNED'], '开启监控');
    // Checkpoints open in order: August not before May (of the same scope).
    const [earlier] = await m.query(
      `SELECT e.month FROM monitoring_checkpoint e JOIN monitoring_checkpoint c ON c.id = $1
        WHERE e.region_id = c.region_id AND e.year = c.year AND e.scope = c.scope AND e.period_end < c.period_end
          AND e.status = 'PLANNED' ORDER BY e.period_end LIMIT 1`,
      [cp.id],
    );
    if (earlier) {
      throw new AppError(
        'INVALID_TRANSITION',
        `${earlier.month}月的监控节点尚未开启，节点须按顺序开启`,
        `the checkpoint of month ${earlier.month} is not open yet: checkpoints open in order`,
        { field: 'id' },
      );
    }
    await m.query(`UPDATE monitoring_checkpoint SET status = 'OPEN', version = version + 1 WHERE id = $1`, [cp.id]);
    await wf.record(m, act, 'OPEN', 'Checkpoint', cp.id, { status: cp.status }, { status: 'OPEN' });
    return cp.id;
  });
}

export async function closeCheckpoint(wf: Workflow, act: Act, checkpointId: number, version: number): Promise<number> {
  return wf.run(async (m) => {
    const cp = await wf.lock<{ id: number; status: string; version: number }>(
      m,
      '监控节点',
      checkpointId,
      (p) => `SELECT c.* FROM monitoring_checkpoint c WHERE c.id = $1 AND ${regionRows(act.viewer, p, 'c.region_id')}`,
      'c',
    );
    checkVersion('监控节点', cp.version, version);
    checkState('监控节点', cp.status, ['OPEN'], '完成监控');
    const [pending] = await m.query(
      `SELECT count(*)::int AS n FROM monitoring_report WHERE checkpoint_id = $1 AND status <> 'CONFIRMED'`,
      [cp.id],
    );
    if (pending.n > 0) {
      throw badInput('checkpointId', `尚有 ${pending.n} 份报告未确认`, `${pending.n} reports are not confirmed yet`);
    }
    const [missing] = await m.query(
      `SELECT count(*)::int AS n FROM project p JOIN monitoring_checkpoint c ON c.id = $1 WHERE ${reportStillDue('c')}`,
      [cp.id],
    );
    if (missing.n > 0) {
      throw badInput(
        'checkpointId',
        `尚有 ${missing.n} 个项目未报送，须催报或登记为未报送`,
        `${missing.n} projects due to report have not reported: chase them or record them as not reported`,
      );
    }
    await m.query(`UPDATE monitoring_checkpoint SET status = 'CONFIRMED', version = version + 1 WHERE id = $1`, [
      cp.id,
    ]);
    // Its figures as confirmed are frozen: later corrections change today's figures, never these.
    const frozen = await freezeCheckpoint(m, cp.id);
    await wf.record(m, act, 'CONFIRM', 'Checkpoint', cp.id, { status: cp.status }, { status: 'CONFIRMED', frozen });
    return cp.id;
  });
}

/**
 * The performance section records projects due at an open checkpoint as not reported (未报送): each gets a
 * confirmed report marked notReported, failed for NOT_REPORTED, and the flag the rules give a failure.
 */
export async function recordNotReported(
  wf: Workflow,
  act: Act,
  checkpointId: number,
  projectIds: number[],
  version: number,
): Promise<number> {
  return wf.run(async (m) => {
    const cp = await wf.lock<{ id: number; status: string; version: number }>(
      m,
      '监控节点',
      checkpointId,
      (p) => `SELECT c.* FROM monitoring_checkpoint c WHERE c.id = $1 AND ${regionRows(act.viewer, p, 'c.region_id')}`,
      'c',
    );
    checkVersion('监控节点', cp.version, version);
    checkState('监控节点', cp.status, ['OPEN'], '登记未报送');
    if (projectIds.length === 0) throw badInput('projectIds', '请选择项目', 'choose at least one project');
    const reasons = [{ code: 'NOT_REPORTED' }];
    for (const [i, projectId] of projectIds.entries()) {
      const [r] = await m.query(
        `SELECT p.id AS project_id, c.id AS checkpoint_id, p.region_id, c.year, c.period_end::text AS period_end,
                c.report_due::text AS report_due, p.budget::text AS budget
           FROM project p JOIN monitoring_checkpoint c ON c.id = $1
          WHERE p.id = $2 AND ${reportStillDue('c')} FOR UPDATE OF p`,
        [cp.id, projectId],
      );
      if (!r) {
        throw badInput(`projectIds[${i}]`, '该项目在本节点没有待报送的报告', 'has no report due at this checkpoint');
      }
      const [draft] = await m.query(
        `SELECT id, executed::text AS executed FROM monitoring_report WHERE checkpoint_id = $1 AND project_id = $2 FOR UPDATE`,
        [cp.id, r.project_id],
      );
      const executed: string = draft?.executed ?? '0.00';
      let reportId: number;
      if (draft) {
        reportId = draft.id;
        await m.query(
          `UPDATE monitoring_report SET status = 'CONFIRMED', not_reported = TRUE, failed = TRUE, failure_reasons = $2,
                  budget = $3, confirmed_on = $4, version = version + 1 WHERE id = $1`,
          [reportId, JSON.stringify(reasons), r.budget, today()],
        );
      } else {
        const [ins] = await m.query(
          `INSERT INTO monitoring_report (checkpoint_id, project_id, budget, executed, status, not_reported, failed, failure_reasons, confirmed_on)
           VALUES ($1, $2, $3, $4, 'CONFIRMED', TRUE, TRUE, $5, $6) RETURNING id`,
          [cp.id, r.project_id, r.budget, executed, JSON.stringify(reasons), today()],
        );
        reportId = ins.id;
      }
      const { action, flagId } = await applyFlagRules(wf, m, act, { ...r, executed }, true);
      await wf.record(m, act, 'NOT_REPORTED', 'MonitoringReport', reportId, draft ? { status: 'DRAFT' } : null, {
        status: 'CONFIRMED',
        notReported: true,
        failed: true,
        reasons,
        flagAction: action,
        flagId,
      });
    }
    await m.query(`UPDATE monitoring_checkpoint SET version = version + 1 WHERE id = $1`, [cp.id]);
    return cp.id;
  });
}
