import type { DataSource } from 'typeorm';
import type { FundFamily, Role } from '@jixiao/schema/enums';
import { AppError } from '../../graphql/errors.js';
import { decoyHash, verifyPassword } from './password.js';
import { SessionTokens, API_TOKEN_PREFIX, hashApiToken } from './session-token.js';
import type { Viewer } from './viewer.js';
import type { AuditService } from '../audit/index.js';

interface ViewerRow {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  region_id: number;
  region_path: string;
  section_id: number | null;
  owned_fund_family: FundFamily | null;
  unit_id: number | null;
  agency_id: number | null;
  password_hash: string;
}

const VIEWER_SQL = `
  SELECT u.id, u.username, u.display_name, u.role, u.region_id, r.path AS region_path, u.section_id,
         s.owned_fund_family, u.unit_id, u.agency_id, u.password_hash
    FROM app_user u
    JOIN region r ON r.id = u.region_id
    LEFT JOIN section s ON s.id = u.section_id
   WHERE u.active`;

function toViewer(row: ViewerRow, tokenId: number | null, sessionId: string | null): Viewer {
  return {
    userId: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    regionId: row.region_id,
    regionPath: row.region_path,
    sectionId: row.section_id,
    ownedFundFamily: row.owned_fund_family,
    unitId: row.unit_id,
    agencyId: row.agency_id,
    tokenId,
    sessionId,
  };
}

/** Failed logins per username, to slow down guessing. */
const failures = new Map<string, { count: number; last: number }>();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class AuthService {
  constructor(
    private readonly db: DataSource,
    private readonly tokens: SessionTokens,
    private readonly audit: AuditService,
  ) {}

  async login(username: string, password: string, requestId: string) {
    const key = username.toLowerCase();
    const f = failures.get(key);
    if (f && Date.now() - f.last < 15 * 60_000 && f.count >= 3) {
      // Each further failure doubles the wait, up to 8 s.
      await sleep(Math.min(8000, 250 * 2 ** (f.count - 3)));
    }
    const [row] = (await this.db.query(`${VIEWER_SQL} AND u.username = $1`, [username])) as ViewerRow[];
    const ok = await verifyPassword(password, row?.password_hash ?? (await decoyHash()));
    if (!row || !ok) {
      failures.set(key, { count: (f?.count ?? 0) + 1, last: Date.now() });
      await this.audit.record({ action: 'LOGIN_FAILED', userId: row?.id ?? null, requestId, after: { username } });
      // Same answer whether the username exists or not.
      throw new AppError('UNAUTHENTICATED', '用户名或密码错误', 'Wrong username or password');
    }
    failures.delete(key);
    const session = await this.tokens.sign(row.id);
    await this.audit.record({ action: 'LOGIN', userId: row.id, requestId });
    return { ...session, viewer: toViewer(row, null, session.sessionId) };
  }

  /** Resolves the Authorization header to a viewer; null when absent or invalid. */
  async viewerFromAuthorization(header: string | undefined): Promise<Viewer | null> {
    const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    if (!m) return null;
    const token = m[1]!;
    if (token.startsWith(API_TOKEN_PREFIX)) {
      const [row] = (await this.db.query(
        `SELECT t.id AS token_id, t.last_used_at, v.* FROM api_token t
           JOIN LATERAL (${VIEWER_SQL} AND u.id = t.user_id) v ON TRUE
          WHERE t.token_hash = $1 AND t.revoked_at IS NULL`,
        [hashApiToken(token)],
      )) as (ViewerRow & { token_id: number; last_used_at: Date | null })[];
      if (!row) return null;
      // Written at most once a minute, so many concurrent BI requests do not queue on one row.
      if (!row.last_used_at || Date.now() - new Date(row.last_used_at).getTime() > 60_000) {
        await this.db.query(`UPDATE api_token SET last_used_at = now() WHERE id = $1`, [row.token_id]);
        await this.audit.record({
          action: 'TOKEN_USED',
          userId: row.id,
          tokenId: row.token_id,
          entity: 'ApiToken',
          entityId: row.token_id,
        });
      }
      return toViewer(row, row.token_id, null);
    }
    const claims = await this.tokens.verify(token);
    if (!claims) return null;
    const [row] = (await this.db.query(
      `${VIEWER_SQL} AND u.id = $1 AND NOT EXISTS (SELECT 1 FROM revoked_session rs WHERE rs.session_id = $2)`,
      [claims.userId, claims.sessionId],
    )) as ViewerRow[];
    return row ? toViewer(row, null, claims.sessionId) : null;
  }

  async logout(viewer: Viewer, requestId: string): Promise<void> {
    if (!viewer.sessionId) return;
    // The revocation and its audit entry commit together.
    await this.db.transaction(async (m) => {
      await m.query(
        `INSERT INTO revoked_session (session_id, user_id, expires_at) VALUES ($1, $2, now() + interval '1 day')
         ON CONFLICT DO NOTHING`,
        [viewer.sessionId, viewer.userId],
      );
      await this.audit.record({ action: 'LOGOUT', userId: viewer.userId, requestId }, m);
    });
  }
}
