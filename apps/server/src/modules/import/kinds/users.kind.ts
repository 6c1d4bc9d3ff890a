import { ROLE_LABELS, type Role } from '@jixiao/schema/enums';
import { administeredRegions, type SqlParams } from '../../auth/index.js';
import { checkDeactivate, checkUser, insertUser, scopeFields } from '../../user/index.js';
import { enumValues, type FieldSpec } from '../fields.js';
import { activeValues, asProblems } from './checked.js';
import { changesSql, stagedParams, v, type ImportKind } from './kind.js';

// Users in bulk (issue 12 §1), for an administrator within its regions: matched by username (case-insensitive),
// each row checked by the user form's own checks (user/user-checks.ts). A new user gets a one-time password,
// handed to the administrator once in the commit's response (only its hash is stored).

const ROLE_VALUES = enumValues(
  Object.fromEntries(Object.entries(ROLE_LABELS).map(([role, l]) => [role, [l.zh, l.en]])) as Record<Role, string[]>,
);

export const USER_FIELDS: FieldSpec[] = [
  {
    field: 'username',
    zh: '用户名',
    en: 'Username',
    headings: ['用户名', '登录名', '账号', '用户账号', 'Username', 'Login'],
    type: 'text',
    required: true,
    max: 200,
  },
  {
    field: 'displayName',
    zh: '姓名',
    en: 'Display name',
    headings: ['姓名', '显示名', '用户姓名', 'Display name', 'Name'],
    type: 'text',
    required: true,
    max: 200,
  },
  {
    field: 'role',
    zh: '角色',
    en: 'Role',
    headings: ['角色', '用户角色', 'Role'],
    type: 'enum',
    required: true,
    values: ROLE_VALUES,
    unknownCode: 'UNKNOWN_ROLE',
  },
  {
    field: 'scopeCode',
    zh: '所属编码（科室/单位/机构/地区）',
    en: 'Scope code (section, unit, agency or region)',
    headings: [
      '所属编码',
      '所属编码（科室/单位/机构/地区）',
      '范围编码',
      '所属单位/科室/机构编码',
      'Scope code',
      'Scope code (section, unit, agency or region)',
      'Scope',
    ],
    type: 'text',
    required: false,
    max: 200,
  },
  {
    field: 'active',
    zh: '状态（启用/停用）',
    en: 'Status (active/inactive)',
    headings: ['状态', '账号状态', '是否启用', '状态（启用/停用）', 'Status', 'Active', 'Status (active/inactive)'],
    type: 'enum',
    required: false,
    values: activeValues('INACTIVE'),
  },
];

/** What the user is bound to, as its code: the section, unit or agency, else the region. */
const SCOPE = `COALESCE(us.code, uu.code, ua.code, ur.code)`;
const STATUS = `CASE WHEN u.active THEN 'ACTIVE' ELSE 'INACTIVE' END`;
const COMPARE = [
  { field: 'displayName', current: 'u.display_name', next: v('displayName') },
  { field: 'role', current: 'u.role', next: v('role') },
  { field: 'scopeCode', current: SCOPE, next: v('scopeCode') },
  { field: 'active', current: STATUS, next: `COALESCE(${v('active')}, ${STATUS})` },
];

/** The user form's fields → the import's columns. */
const FIELD_OF: Record<string, string> = {
  username: 'username',
  displayName: 'displayName',
  regionCode: 'scopeCode',
  sectionId: 'scopeCode',
  unitId: 'scopeCode',
  agencyId: 'scopeCode',
  id: 'active',
};

interface Bound {
  regionId: number;
  sectionId: number | null;
  unitId: number | null;
  agencyId: number | null;
}

export const usersKind: ImportKind = {
  name: 'USERS',
  zh: '用户',
  en: 'Users',
  sheetNames: ['用户', '用户名单', '账号', 'Users'],
  fields: USER_FIELDS,
  roles: ['ADMIN'],
  keyField: 'username',
  key: (d) => (d.username ?? '').toLowerCase(),

  resolve(ctx) {
    const p = stagedParams(ctx);
    // The user of this name among the administered regions' (one elsewhere: the form's check says it is taken).
    const sql = `SELECT s.line, NULL::int AS unit_id, u.id AS target_id, '{}'::jsonb AS refs
         FROM data_import_row s
         LEFT JOIN LATERAL (SELECT u.id FROM app_user u WHERE lower(u.username) = s.key
                               AND ${administeredRegions(ctx.viewer, p, 'u.region_id')}) u ON TRUE
        WHERE s.import_id = $1`;
    return { sql, params: p.values };
  },

  judge(ctx) {
    const sql = `SELECT s.line, '[]'::jsonb AS problems, '[]'::jsonb AS warnings,
              CASE WHEN u.id IS NOT NULL THEN ${changesSql(COMPARE)} END AS changes
         FROM data_import_row s
         LEFT JOIN app_user u ON u.id = s.target_id
         LEFT JOIN section us ON us.id = u.section_id
         LEFT JOIN unit uu ON uu.id = u.unit_id
         LEFT JOIN agency ua ON ua.id = u.agency_id
         LEFT JOIN region ur ON ur.id = u.region_id
        WHERE s.import_id = $1`;
    return { sql, params: [ctx.importId] };
  },

  async check(m, ctx, row) {
    const scope = (p: SqlParams, column: string) => administeredRegions(ctx.viewer, p, column);
    const d = row.data;
    const r = await asProblems(FIELD_OF, 'username', async () => {
      const role = d.role as Role;
      const fields = await scopeFields(m, role, d.scopeCode, scope);
      const input = { username: d.username!, displayName: d.displayName!, role, ...fields };
      const checked = await checkUser(m, input, scope, row.targetId);
      if (row.targetId !== null && d.active === 'INACTIVE') checkDeactivate(ctx.viewer.userId, row.targetId);
      return checked.bound;
    });
    return { problems: r.problems, refs: r.value ? { bound: r.value } : undefined };
  },

  async apply(m, ctx) {
    const rows = (await m.query(
      `SELECT data, refs FROM data_import_row WHERE import_id = $1 AND status = 'NEW' ORDER BY line`,
      [ctx.importId],
    )) as { data: Record<string, string>; refs: { bound: Bound } }[];
    for (const { data, refs } of rows) {
      const user = {
        username: data.username!.trim(),
        displayName: data.displayName!.trim(),
        role: data.role as Role,
        active: (data.active ?? 'ACTIVE') === 'ACTIVE',
      };
      const { oneTimePassword } = await insertUser(m, user, refs.bound);
      ctx.handover?.push({ username: user.username, displayName: user.displayName, password: oneTimePassword });
    }
    // A change of role, binding or status ends the user's sessions (the epoch moves on), as a deactivation does.
    const [, updated] = await m.query(
      `UPDATE app_user u SET display_name = ${v('displayName')}, role = ${v('role')},
              region_id = (s.refs->'bound'->>'regionId')::int, section_id = (s.refs->'bound'->>'sectionId')::int,
              unit_id = (s.refs->'bound'->>'unitId')::int, agency_id = (s.refs->'bound'->>'agencyId')::int,
              active = COALESCE(${v('active')} = 'ACTIVE', u.active),
              session_epoch = u.session_epoch + CASE WHEN s.changes ?| array['role', 'scopeCode', 'active'] THEN 1 ELSE 0 END
         FROM data_import_row s
        WHERE s.import_id = $1 AND s.status = 'CHANGED' AND u.id = s.target_id`,
      [ctx.importId],
    );
    return { usersCreated: rows.length, usersUpdated: updated as number };
  },
};
