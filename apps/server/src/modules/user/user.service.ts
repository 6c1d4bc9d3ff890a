import type { DataSource, EntityManager } from 'typeorm';
import type { RegionLevel, Role, SectionKind } from '@jixiao/schema/enums';
import { paginate, type ConnectionShape } from '../../graphql/connection.js';
import {
  administeredRegions,
  containsPattern,
  hashPassword,
  type LoginGuard,
  oneTimePassword,
  sqlParams,
  type SqlParams,
  type Viewer,
} from '../auth/index.js';
import { badInput, checkState, notFound, type Act, type Workflow } from '../workflow/index.js';
import { checkDeactivate, checkUser, insertUser } from './user-checks.js';

// User administration (issue 11 §2): an administrator creates, deactivates and resets the users of its
// region and the regions below it. Every change is one transaction with its audit entry (before and after,
// never the password hash); a reset or a deactivation ends all of the user's sessions (the epoch moves on).

export interface UserRow {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  active: boolean;
  must_change_password: boolean;
  session_epoch: number;
  created_at: Date;
  region_id: number;
  region_code: string;
  region_name: string;
  section_id: number | null;
  section_name: string | null;
  unit_id: number | null;
  unit_name: string | null;
  agency_id: number | null;
  agency_name: string | null;
}

const FROM_USERS = `FROM app_user u
  JOIN region r ON r.id = u.region_id
  LEFT JOIN section s ON s.id = u.section_id
  LEFT JOIN unit un ON un.id = u.unit_id
  LEFT JOIN agency a ON a.id = u.agency_id`;
const USER_COLUMNS = `u.id, u.username, u.display_name, u.role, u.active, u.must_change_password, u.session_epoch,
  u.created_at, u.region_id, r.code AS region_code, r.name AS region_name, u.section_id, s.name AS section_name,
  u.unit_id, un.name AS unit_name, u.agency_id, a.name AS agency_name`;

/** What the audit log keeps of a user: everything an administrator sees, never the password hash. */
export function auditedUser(row: UserRow) {
  return {
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    regionId: row.region_id,
    sectionId: row.section_id,
    unitId: row.unit_id,
    agencyId: row.agency_id,
    active: row.active,
    mustChangePassword: row.must_change_password,
    sessionEpoch: row.session_epoch,
  };
}

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  regionCode?: string | null;
  sectionId?: number | null;
  unitId?: number | null;
  agencyId?: number | null;
}

export interface UserFilterInput {
  search?: string | null;
  role?: Role | null;
  active?: boolean | null;
}

/** The request id of audit entries written by `npm run admin` (there is no HTTP request). */
export const COMMAND_REQUEST = 'cli';

export class UserService {
  constructor(
    private readonly workflow: Workflow,
    private readonly guard: LoginGuard,
  ) {}

  /** When each user's login lockout ends (null: not locked), from the counter store. */
  async lockedUntil(rows: readonly { id: number; username: string }[]): Promise<Map<number, Date | null>> {
    const until = await Promise.all(rows.map((r) => this.guard.lockedUntil(r.username)));
    return new Map(rows.map((r, i) => [r.id, until[i]!]));
  }

  /**
   * Lifts a user's login lockout (issue 14 §2): audited with when it would have ended; refused
   * (INVALID_TRANSITION) when the user is not locked.
   */
  async unlockUser(act: Act, id: number): Promise<UserRow> {
    return this.workflow.run(async (m) => {
      const row = await this.lockUser(m, act.viewer, id);
      const until = await this.guard.lockedUntil(row.username);
      checkState('用户', until ? 'LOCKED' : 'UNLOCKED', ['LOCKED'], '解锁 / unlock');
      await this.workflow.record(
        m,
        act,
        'UNLOCK',
        'User',
        id,
        { lockedUntil: until!.toISOString() },
        { lockedUntil: null },
      );
      await this.guard.unlock(row.username);
      return row;
    });
  }

  private get db(): DataSource {
    return this.workflow.db;
  }

  /** The users an administrator manages, by username. */
  list(
    v: Viewer,
    filter: UserFilterInput,
    first: number,
    after: string | null | undefined,
  ): Promise<ConnectionShape<UserRow>> {
    const p = sqlParams();
    const where = [administeredRegions(v, p, 'u.region_id')];
    if (filter.search) {
      const pattern = p.push(containsPattern(filter.search));
      where.push(`(u.username ILIKE ${pattern} OR u.display_name ILIKE ${pattern})`);
    }
    if (filter.role) where.push(`u.role = ${p.push(filter.role)}`);
    if (filter.active !== null && filter.active !== undefined) where.push(`u.active = ${p.push(filter.active)}`);
    return paginate<UserRow, UserRow>({
      db: this.db,
      select: USER_COLUMNS,
      from: `${FROM_USERS} WHERE ${where.join(' AND ')}`,
      params: p.values,
      idExpr: 'u.id',
      order: { expr: 'u.username', type: 'text', direction: 'ASC' },
      first,
      after,
      map: (r) => r,
    });
  }

  /** One user, found only within the administrator's regions (else NOT_FOUND), locked for the change. */
  private async lockUser(m: EntityManager, v: Viewer, id: number): Promise<UserRow> {
    const p = sqlParams([id]);
    const [row] = (await m.query(
      `SELECT ${USER_COLUMNS} ${FROM_USERS} WHERE u.id = $1 AND ${administeredRegions(v, p, 'u.region_id')} FOR UPDATE OF u`,
      p.values,
    )) as UserRow[];
    if (!row) throw notFound('用户');
    return row;
  }

  async get(m: EntityManager | DataSource, id: number): Promise<UserRow> {
    const [row] = (await m.query(`SELECT ${USER_COLUMNS} ${FROM_USERS} WHERE u.id = $1`, [id])) as UserRow[];
    return row!;
  }

  /**
   * Inserts a user with a one-time password (must be changed at first login), in `m`'s transaction, within
   * `scope`. The audit entry is the caller's. Returns the row and the password to hand over.
   */
  async insert(
    m: EntityManager,
    input: NewUser,
    scope: (p: SqlParams, column: string) => string,
  ): Promise<{ row: UserRow; oneTimePassword: string }> {
    const { username, displayName, bound } = await checkUser(m, input, scope, null);
    const { id, oneTimePassword: password } = await insertUser(m, { username, displayName, role: input.role }, bound);
    return { row: await this.get(m, id), oneTimePassword: password };
  }

  async createUser(act: Act, input: NewUser) {
    return this.workflow.run(async (m) => {
      const created = await this.insert(m, input, (p, column) => administeredRegions(act.viewer, p, column));
      await this.record(m, act, 'CREATE', created.row.id, null, created.row);
      return created;
    });
  }

  /** Deactivates a user: their logins and BI tokens stop working at once. An administrator cannot deactivate itself. */
  async deactivateUser(act: Act, id: number): Promise<UserRow> {
    checkDeactivate(act.viewer.userId, id);
    return this.workflow.run(async (m) => {
      const before = await this.lockUser(m, act.viewer, id);
      checkState('用户', before.active ? 'ACTIVE' : 'INACTIVE', ['ACTIVE'], '停用 / deactivate');
      await m.query(`UPDATE app_user SET active = FALSE, session_epoch = session_epoch + 1 WHERE id = $1`, [id]);
      const after = await this.get(m, id);
      await this.record(m, act, 'DEACTIVATE', id, before, after);
      return after;
    });
  }

  /** Gives a user a new one-time password: every session of theirs ends, and they must change it at next login. */
  resetPassword(act: Act, id: number): Promise<{ row: UserRow; oneTimePassword: string }> {
    return this.workflow.run(async (m) => this.reset(m, act, await this.lockUser(m, act.viewer, id)));
  }

  /** The command line's reset (`npm run admin -- reset-password`): any user, e.g. the only administrator. */
  resetPasswordFromCommand(username: string): Promise<{ row: UserRow; oneTimePassword: string }> {
    return this.workflow.run(async (m) => {
      const [row] = (await m.query(`SELECT ${USER_COLUMNS} ${FROM_USERS} WHERE u.username = $1 FOR UPDATE OF u`, [
        username,
      ])) as UserRow[];
      if (!row) throw badInput('username', `没有用户 ${username}`, `no user ${username}`);
      return this.reset(m, null, row);
    });
  }

  private async reset(m: EntityManager, act: Act | null, before: UserRow) {
    checkState('用户', before.active ? 'ACTIVE' : 'INACTIVE', ['ACTIVE'], '重置密码 / reset the password');
    const password = oneTimePassword();
    await m.query(
      `UPDATE app_user SET password_hash = $2, must_change_password = TRUE, session_epoch = session_epoch + 1 WHERE id = $1`,
      [before.id, await hashPassword(password)],
    );
    const after = await this.get(m, before.id);
    await this.record(m, act, 'RESET_PASSWORD', before.id, before, after);
    return { row: after, oneTimePassword: password };
  }

  /** The audit entry of a change; `act` null is the command line (no user, no request). */
  private record(
    m: EntityManager,
    act: Act | null,
    action: string,
    id: number,
    before: UserRow | null,
    after: UserRow,
  ) {
    const [b, a] = [before ? auditedUser(before) : null, auditedUser(after)];
    if (act) return this.workflow.record(m, act, action, 'User', id, b, a);
    return this.workflow.audit.record(
      { action, requestId: COMMAND_REQUEST, entity: 'User', entityId: id, before: b, after: a },
      m,
    );
  }

  /** What a new user can be bound to within the administrator's regions: regions, sections, units, agencies. */
  async scopeOptions(v: Viewer) {
    const q = async <T>(sql: (p: SqlParams) => string): Promise<T[]> => {
      const p = sqlParams();
      const text = sql(p);
      return this.db.query(text, p.values) as Promise<T[]>;
    };
    const [regions, sections, units, agencies] = await Promise.all([
      q<{ id: number; code: string; name: string; level: RegionLevel }>(
        (p) =>
          `SELECT r.id, r.code, r.name, r.level FROM region r WHERE ${administeredRegions(v, p, 'r.id')} ORDER BY r.path`,
      ),
      q<{ id: number; code: string; name: string; kind: SectionKind; region_name: string }>(
        (
          p,
        ) => `SELECT s.id, s.code, s.name, s.kind, r.name AS region_name FROM section s JOIN region r ON r.id = s.region_id
                 WHERE ${administeredRegions(v, p, 's.region_id')} ORDER BY r.path, s.code`,
      ),
      q<{ id: number; code: string; name: string; classified: boolean; region_name: string }>(
        (
          p,
        ) => `SELECT u.id, u.code, u.name, u.classified, r.name AS region_name FROM unit u JOIN region r ON r.id = u.region_id
                 WHERE ${administeredRegions(v, p, 'u.region_id')} ORDER BY r.path, u.code`,
      ),
      q<{ id: number; code: string; name: string; region_name: string }>(
        (p) => `SELECT a.id, a.code, a.name, r.name AS region_name FROM agency a JOIN region r ON r.id = a.region_id
                 WHERE ${administeredRegions(v, p, 'a.region_id')} ORDER BY r.path, a.name`,
      ),
    ]);
    return { regions, sections, units, agencies };
  }
}
