import type { DataSource } from 'typeorm';
import { BI_ROLES } from '@jixiao/schema/enums';
import { AppError } from '../../graphql/errors.js';
import type { AuditService } from '../audit/index.js';
import { newApiToken } from '../auth/index.js';
import type { Viewer } from '../auth/index.js';

export interface ApiTokenRow {
  id: number;
  name: string;
  prefix: string;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

const COLUMNS = 'id, name, prefix, created_at, last_used_at, revoked_at';

/** BI tokens: created by a person, read-only with the creator's scope, shown once, stored hashed, revocable. */
export class ApiTokenService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(v: Viewer): Promise<ApiTokenRow[]> {
    return this.db.query(`SELECT ${COLUMNS} FROM api_token WHERE user_id = $1 ORDER BY id DESC`, [v.userId]);
  }

  async create(v: Viewer, name: string, requestId: string): Promise<{ token: string; row: ApiTokenRow }> {
    if (!BI_ROLES.includes(v.role)) {
      throw new AppError(
        'FORBIDDEN',
        '本角色不使用 BI 令牌（数据接口供领导、财政科室与上级财政使用）',
        'This role does not use BI tokens (BI access is for leadership, the finance sections and the upper level)',
      );
    }
    const trimmed = name.trim();
    if (!trimmed || trimmed.length > 100) {
      throw new AppError('BAD_USER_INPUT', 'name：名称须为1–100个字符', 'name: must be 1–100 characters', {
        field: 'name',
      });
    }
    const { token, hash, prefix } = newApiToken();
    return this.db.transaction(async (m) => {
      const [row] = (await m.query(
        `INSERT INTO api_token (user_id, name, token_hash, prefix) VALUES ($1, $2, $3, $4) RETURNING ${COLUMNS}`,
        [v.userId, trimmed, hash, prefix],
      )) as ApiTokenRow[];
      await this.audit.record(
        {
          action: 'CREATE',
          userId: v.userId,
          requestId,
          entity: 'ApiToken',
          entityId: row!.id,
          after: { name: trimmed, prefix },
        },
        m,
      );
      return { token, row: row! };
    });
  }

  async revoke(v: Viewer, id: number, requestId: string): Promise<ApiTokenRow> {
    return this.db.transaction(async (m) => {
      const [before] = (await m.query(`SELECT ${COLUMNS} FROM api_token WHERE id = $1 AND user_id = $2 FOR UPDATE`, [
        id,
        v.userId,
      ])) as ApiTokenRow[];
      if (!before) throw new AppError('NOT_FOUND', '令牌不存在', 'No such token', { field: 'id' });
      if (before.revoked_at) return before;
      // TypeORM returns [rows, affected] for an UPDATE … RETURNING.
      const [rows] = (await m.query(`UPDATE api_token SET revoked_at = now() WHERE id = $1 RETURNING ${COLUMNS}`, [
        id,
      ])) as [ApiTokenRow[], number];
      const row = rows[0]!;
      await this.audit.record(
        { action: 'REVOKE', userId: v.userId, requestId, entity: 'ApiToken', entityId: id, before, after: row },
        m,
      );
      return row;
    });
  }
}
