import type { DataSource, EntityManager } from 'typeorm';

export interface AuditEntry {
  action: string;
  userId?: number | null;
  tokenId?: number | null;
  requestId?: string | null;
  entity?: string | null;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
}

/** Appends to the audit log; inside a mutation, pass its transaction's manager so both commit together. */
export class AuditService {
  constructor(private readonly db: DataSource) {}

  async record(entry: AuditEntry, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.query(
      `INSERT INTO audit_log (user_id, token_id, request_id, action, entity, entity_id, before, after)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        entry.userId ?? null,
        entry.tokenId ?? null,
        entry.requestId ?? null,
        entry.action,
        entry.entity ?? null,
        entry.entityId == null ? null : String(entry.entityId),
        entry.before === undefined ? null : JSON.stringify(entry.before),
        entry.after === undefined ? null : JSON.stringify(entry.after),
      ],
    );
  }
}
