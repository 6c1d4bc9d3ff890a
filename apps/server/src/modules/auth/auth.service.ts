import type { DataSource } from 'typeorm';
import type { FundFamily, Role } from '@jixiao/schema/enums';
import { AppError } from '../../graphql/errors.js';
import { badInput } from '../workflow/index.js';
import { decoyHash, hashPassword, verifyPassword } from './password.js';
import { checkPasswordPolicy, MAX_PASSWORD_LENGTH } from './password-policy.js';
import { SessionTokens, API_TOKEN_PREFIX, hashApiToken } from './session-token.js';
import type { Viewer } from './viewer.js';
import type { AuditService } from '../audit/index.js';
import { createCounters, createCounterStore, type Counters } from '../../security/counters.js';
import { LoginGuard } from './login-guard.js';

export interface ViewerRow {
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
  must_change_password: boolean;
  session_epoch: number;
}

export const VIEWER_SQL = `
  SELECT u.id, u.username, u.display_name, u.role, u.region_id, r.path AS region_path, u.section_id,
         s.owned_fund_family, u.unit_id, u.agency_id, u.password_hash, u.must_change_password, u.session_epoch
    FROM app_user u
    JOIN region r ON r.id = u.region_id
    LEFT JOIN section s ON s.id = u.section_id
   WHERE u.active`;

export function toViewer(row: ViewerRow, tokenId: number | null, sessionId: string | null): Viewer {
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
    // A BI token keeps working while its creator's password is reset: it is a separate, read-only credential.
    mustChangePassword: tokenId === null && row.must_change_password,
  };
}

export class AuthService {
  readonly guard: LoginGuard;

  constructor(
    private readonly db: DataSource,
    readonly tokens: SessionTokens,
    private readonly audit: AuditService,
    counters: Counters = createCounters(createCounterStore({ prefix: 'jixiao' })),
  ) {
    this.guard = new LoginGuard(counters);
  }

  async login(username: string, password: string, requestId: string, ip = '') {
    // Bounded before anything is counted, looked up or written to the audit log.
    LoginGuard.checkUsername(username);
    const { attempt } = await this.guard.reserve(username, ip);
    const [row] = (await this.db.query(`${VIEWER_SQL} AND u.username = $1`, [username])) as ViewerRow[];
    const ok =
      password.length <= MAX_PASSWORD_LENGTH &&
      (await verifyPassword(password, row?.password_hash ?? (await decoyHash())));
    if (!row || !ok) {
      await this.audit.record({ action: 'LOGIN_FAILED', userId: row?.id ?? null, requestId, after: { username } });
      await this.guard.failed(username, attempt);
      // Same answer whether the username exists or not.
      throw new AppError('UNAUTHENTICATED', '用户名或密码错误', 'Wrong username or password');
    }
    await this.guard.succeeded(username, ip);
    const session = await this.tokens.sign(row.id, row.session_epoch);
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
    // The epoch ends every session of a user at once (password change, reset, deactivation); the revoked
    // list ends one (logout).
    const [row] = (await this.db.query(
      `${VIEWER_SQL} AND u.id = $1 AND u.session_epoch = $3
          AND NOT EXISTS (SELECT 1 FROM revoked_session rs WHERE rs.session_id = $2)`,
      [claims.userId, claims.sessionId, claims.epoch],
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

  /**
   * Changes the viewer's own password. Every session of the user ends (the epoch moves on), this one
   * included, so the answer carries a new session; the one-time-password flag is cleared.
   */
  async changePassword(viewer: Viewer, currentPassword: string, newPassword: string, requestId: string) {
    return this.db.transaction(async (m) => {
      const [row] = (await m.query(`${VIEWER_SQL} AND u.id = $1 FOR UPDATE OF u`, [viewer.userId])) as ViewerRow[];
      if (!row) throw new AppError('UNAUTHENTICATED', '请先登录', 'Authentication required');
      const currentOk =
        currentPassword.length <= MAX_PASSWORD_LENGTH && (await verifyPassword(currentPassword, row.password_hash));
      if (!currentOk) throw badInput('currentPassword', '当前密码不正确', 'is not your current password');
      checkPasswordPolicy(newPassword, row.username, 'newPassword');
      if (newPassword === currentPassword) {
        throw badInput('newPassword', '新密码须与当前密码不同', 'must differ from the current password');
      }
      const [[after]] = (await m.query(
        `UPDATE app_user SET password_hash = $2, must_change_password = FALSE, session_epoch = session_epoch + 1
          WHERE id = $1 RETURNING must_change_password, session_epoch`,
        [row.id, await hashPassword(newPassword)],
      )) as [{ must_change_password: boolean; session_epoch: number }[], number];
      await this.audit.record(
        {
          action: 'CHANGE_PASSWORD',
          userId: row.id,
          requestId,
          entity: 'User',
          entityId: row.id,
          // Never the hash: what changed is the flag and the sessions.
          before: { mustChangePassword: row.must_change_password, sessionEpoch: row.session_epoch },
          after: { mustChangePassword: after!.must_change_password, sessionEpoch: after!.session_epoch },
        },
        m,
      );
      const session = await this.tokens.sign(row.id, after!.session_epoch);
      const viewerAfter = toViewer(
        { ...row, must_change_password: false, session_epoch: after!.session_epoch },
        null,
        session.sessionId,
      );
      return { ...session, viewer: viewerAfter };
    });
  }
}
