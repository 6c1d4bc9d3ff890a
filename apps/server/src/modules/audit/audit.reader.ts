import type { Row } from '../../graphql/batch.js';
import { paginate, pageSize } from '../../graphql/connection.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { auditRows, ScopedReader } from '../auth/index.js';
import type { AuditEntry } from './audit.types.js';

export interface AuditLogFilter {
  action?: string;
  entity?: string;
  username?: string;
}

/** The audit log of the viewer's county, newest first (a BI token's without classified units' entries, see `auditRows`). */
export class AuditReader extends ScopedReader {
  page(filter: AuditLogFilter, first: number | undefined, after: string | undefined) {
    const p = this.params();
    // The entries of the viewer's county's users (and failed logins of unknown names).
    let where = `(a.user_id IS NULL OR usr.region_id = ${p.push(this.v.regionId)}) AND ${auditRows(this.v)}`;
    if (filter.action) where += ` AND a.action = ${p.push(filter.action)}`;
    if (filter.entity) where += ` AND a.entity = ${p.push(filter.entity)}`;
    if (filter.username) where += ` AND usr.username = ${p.push(filter.username)}`;
    return paginate({
      db: this.db,
      select:
        'a.id::int AS aid, a.at, usr.username, a.token_id, a.action, a.entity, a.entity_id, a.before, a.after, a.request_id',
      from: `FROM audit_log a LEFT JOIN app_user usr ON usr.id = a.user_id WHERE ${where}`,
      params: p.values,
      idExpr: 'a.id::int',
      order: { expr: 'a.id::int', type: 'int', direction: 'DESC' },
      first: pageSize(this.v, first),
      after,
      map: (r: Row): AuditEntry => ({
        id: toGlobalId('AuditEntry', r.aid),
        at: r.at,
        username: r.username,
        viaToken: r.token_id !== null,
        action: r.action,
        entity: r.entity,
        entityId: r.entity_id,
        before: r.before,
        after: r.after,
        requestId: r.request_id,
      }),
    });
  }
}
