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

const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/;

/** What each role is bound to (DOMAIN.md, "Who sees what"): a region of some level, or a section, unit or agency. */
const BINDING: Record<Role, { region?: readonly RegionLevel[]; section?: SectionKind; unit?: true; agency?: true }> = {
  LEADERSHIP: { region: ['COUNTY'] },
  PERFORMANCE: { region: ['COUNTY'], section: 'PERFORMANCE' },
  BUDGET: { region: ['COUNTY'], section: 'BUDGET' },
  BUSINESS_SECTION: { section: 'BUSINESS' },
  FUND_SECTION: { section: 'FUND' },
  UNIT: { unit: true },
  AGENCY: { agency: true },
  UPPER_LEVEL: { region: ['PREFECTURE', 'PROVINCE'] },
  ADMIN: { region: ['PROVINCE', 'PREFECTURE', 'COUNTY'] },
};

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

  /** Resolves what the role is bound to, within `scope` (the administrator's regions); names the bad field. */
  private async binding(
    m: EntityManager,
    input: NewUser,
    scope: (p: SqlParams, column: string) => string,
  ): Promise<{ regionId: number; sectionId: number | null; unitId: number | null; agencyId: number | null }> {
    const rule = BINDING[input.role];
    const unused = (field: string, given: unknown, used: unknown) => {
      if (given != null && !used) throw badInput(field, '该角色不需要此项', `is not used by the role ${input.role}`);
    };
    unused('regionCode', input.regionCode, rule.region);
    unused('sectionId', input.sectionId, rule.section);
    unused('unitId', input.unitId, rule.unit);
    unused('agencyId', input.agencyId, rule.agency);
    if (input.sectionId != null && input.regionCode != null) {
      throw badInput('regionCode', '指定了科室便不再指定地区', 'leave it out when a section is given');
    }

    if (rule.section && input.sectionId != null) {
      const p = sqlParams([input.sectionId]);
      const [s] = await m.query(
        `SELECT s.id, s.kind, s.region_id FROM section s WHERE s.id = $1 AND ${scope(p, 's.region_id')}`,
        p.values,
      );
      if (!s) throw badInput('sectionId', '科室不存在或不在您管辖的地区', 'no such section in your regions');
      if (s.kind !== rule.section) {
        throw badInput(
          'sectionId',
          `该角色须属于 ${rule.section} 类科室`,
          `the role ${input.role} needs a ${rule.section} section`,
        );
      }
      return { regionId: s.region_id, sectionId: s.id, unitId: null, agencyId: null };
    }
    if (rule.unit) {
      if (input.unitId == null) throw badInput('unitId', '部门单位用户须指定单位', 'a unit user needs a unit');
      const p = sqlParams([input.unitId]);
      const [u] = await m.query(
        `SELECT u.id, u.region_id FROM unit u WHERE u.id = $1 AND ${scope(p, 'u.region_id')}`,
        p.values,
      );
      if (!u) throw badInput('unitId', '单位不存在或不在您管辖的地区', 'no such unit in your regions');
      return { regionId: u.region_id, sectionId: null, unitId: u.id, agencyId: null };
    }
    if (rule.agency) {
      if (input.agencyId == null)
        throw badInput('agencyId', '机构用户须指定第三方机构', 'an agency user needs an agency');
      const p = sqlParams([input.agencyId]);
      const [a] = await m.query(
        `SELECT a.id, a.region_id FROM agency a WHERE a.id = $1 AND ${scope(p, 'a.region_id')}`,
        p.values,
      );
      if (!a) throw badInput('agencyId', '机构不存在或不在您管辖的地区', 'no such agency in your regions');
      return { regionId: a.region_id, sectionId: null, unitId: null, agencyId: a.id };
    }
    if (!rule.region) throw badInput('sectionId', '该角色须指定科室', `the role ${input.role} needs a section`);
    if (!input.regionCode) {
      throw badInput('regionCode', '该角色须指定地区（行政区划代码）', `the role ${input.role} needs a region code`);
    }
    const p = sqlParams([input.regionCode]);
    const [r] = await m.query(`SELECT r.id, r.level FROM region r WHERE r.code = $1 AND ${scope(p, 'r.id')}`, p.values);
    if (!r) throw badInput('regionCode', '地区不存在或不在您管辖的范围', 'no such region in your regions');
    if (!rule.region.includes(r.level)) {
      throw badInput(
        'regionCode',
        `该角色须属于 ${rule.region.join('/')} 级地区`,
        `the role ${input.role} needs a ${rule.region.join(' or ')} region`,
      );
    }
    return { regionId: r.id, sectionId: null, unitId: null, agencyId: null };
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
    const username = input.username.trim();
    if (!USERNAME.test(username)) {
      throw badInput(
        'username',
        '用户名须为2–64个字母、数字或 . _ -，以字母或数字开头',
        'must be 2–64 letters, digits or . _ -, starting with a letter or digit',
      );
    }
    const displayName = input.displayName.trim();
    if (!displayName || displayName.length > 100)
      throw badInput('displayName', '姓名须为1–100个字符', 'must be 1–100 characters');
    const [taken] = await m.query(`SELECT 1 FROM app_user WHERE lower(username) = lower($1)`, [username]);
    if (taken) throw badInput('username', `用户名 ${username} 已存在`, `${username} is already taken`);
    const bound = await this.binding(m, { ...input, username }, scope);
    const password = oneTimePassword();
    let id: number;
    try {
      [{ id }] = await m.query(
        `INSERT INTO app_user (username, password_hash, display_name, role, region_id, section_id, unit_id, agency_id,
                               must_change_password)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, TRUE) RETURNING id`,
        [
          username,
          await hashPassword(password),
          displayName,
          input.role,
          bound.regionId,
          bound.sectionId,
          bound.unitId,
          bound.agencyId,
        ],
      );
    } catch (e) {
      // Two administrators taking the same name at once: the unique index decides, the field is named all the same.
      if ((e as { driverError?: { code?: string } }).driverError?.code === '23505') {
        throw badInput('username', `用户名 ${username} 已存在`, `${username} is already taken`);
      }
      throw e;
    }
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
    if (id === act.viewer.userId) throw badInput('id', '不能停用自己的账号', 'you cannot deactivate yourself');
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
