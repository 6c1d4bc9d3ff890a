import type { Row } from '../../graphql/batch.js';
import { paginate, pageSize } from '../../graphql/connection.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { projectRows, regionRows, ScopedReader } from '../auth/index.js';
import type { CheckpointChange } from './changes.types.js';

/**
 * What moved after a checkpoint was confirmed and its figures frozen, oldest first: changes to its reports
 * (late corrections) and to the flags that counted in its figures (raised at or before it: plans, evidence,
 * closings, escalations), each from the audit log with who and when, on projects the viewer may see.
 */
export class CheckpointChangesReader extends ScopedReader {
  async since(checkpointId: number, first: number | undefined, after: string | undefined) {
    const p = this.params([checkpointId]);
    const rows = projectRows(this.v, p);
    const region = regionRows(this.v, p, 'c.region_id');
    const from = `FROM monitoring_checkpoint c
      JOIN audit_log a ON a.at > c.frozen_at
      LEFT JOIN monitoring_report r ON a.entity = 'MonitoringReport' AND r.id::text = a.entity_id AND r.checkpoint_id = c.id
      LEFT JOIN flag f ON a.entity = 'Flag' AND f.id::text = a.entity_id
      LEFT JOIN monitoring_checkpoint rc ON rc.id = f.raised_checkpoint_id
      JOIN project p ON p.id = COALESCE(r.project_id, f.project_id)
      JOIN unit u ON u.id = p.unit_id
      LEFT JOIN app_user usr ON usr.id = a.user_id
     WHERE c.id = $1 AND c.frozen_at IS NOT NULL AND ${region}
       AND (r.id IS NOT NULL OR (rc.year = c.year AND rc.region_id = c.region_id AND rc.period_end <= c.period_end))
       AND ${rows}`;
    return paginate({
      db: this.db,
      select: `a.id::int AS aid, a.at, usr.username, a.action, a.entity, a.entity_id, a.before, a.after,
               p.id AS project_id, p.name AS project_name`,
      from,
      params: p.values,
      idExpr: 'a.id::int',
      order: { expr: 'a.id::int', type: 'int', direction: 'ASC' },
      first: pageSize(this.v, first),
      after,
      map: (r: Row): CheckpointChange => ({
        id: toGlobalId('AuditEntry', r.aid),
        at: r.at,
        username: r.username,
        action: r.action,
        entity: r.entity,
        entityId: toGlobalId(r.entity, Number(r.entity_id)),
        projectId: toGlobalId('Project', r.project_id),
        projectName: r.project_name,
        before: r.before,
        after: r.after,
      }),
    });
  }
}
