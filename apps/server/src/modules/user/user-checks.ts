import type { EntityManager } from 'typeorm';
import type { RegionLevel, Role, SectionKind } from '@jixiao/schema/enums';
import { hashPassword, oneTimePassword, sqlParams, type SqlParams } from '../auth/index.js';
import { badInput } from '../workflow/index.js';
import type { NewUser } from './user.service.js';

// The checks of a user's fields, shared by the form (user.service.ts) and the import (import/kinds/users.kind.ts).

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

/** Resolves what the role is bound to, within `scope` (the administrator's regions); names the bad field. */
export async function bindingOf(
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
 * A user file's one scope column → what the form asks for: a section, unit or agency code (looked up within
 * `scope`; an unknown code is 0, which the form's check refuses), or a region code. PERFORMANCE and BUDGET take
 * a section code, else a county code.
 */
export async function scopeFields(
  m: EntityManager,
  role: Role,
  code: string | null,
  scope: (p: SqlParams, column: string) => string,
): Promise<Pick<NewUser, 'regionCode' | 'sectionId' | 'unitId' | 'agencyId'>> {
  const rule = BINDING[role];
  if (code === null) return {};
  const find = async (table: 'section' | 'unit' | 'agency') => {
    const p = sqlParams([code]);
    const [row] = await m.query(
      `SELECT t.id FROM ${table} t WHERE t.code = $1 AND ${scope(p, 't.region_id')} ORDER BY t.id LIMIT 1`,
      p.values,
    );
    return (row?.id as number | undefined) ?? 0;
  };
  if (rule.section) {
    const id = await find('section');
    return id || !rule.region ? { sectionId: id } : { regionCode: code };
  }
  if (rule.unit) return { unitId: await find('unit') };
  if (rule.agency) return { agencyId: await find('agency') };
  return { regionCode: code };
}

/** An administrator cannot deactivate itself (the form and the import). */
export function checkDeactivate(viewerId: number, id: number) {
  if (id === viewerId) throw badInput('id', '不能停用自己的账号', 'you cannot deactivate yourself');
}

/** Inserts a checked user with a one-time password to be changed at first login; returns its id and the password. */
export async function insertUser(
  m: EntityManager,
  user: { username: string; displayName: string; role: Role; active?: boolean },
  bound: { regionId: number; sectionId: number | null; unitId: number | null; agencyId: number | null },
): Promise<{ id: number; oneTimePassword: string }> {
  const password = oneTimePassword();
  try {
    const [{ id }] = await m.query(
      `INSERT INTO app_user (username, password_hash, display_name, role, region_id, section_id, unit_id, agency_id,
                             must_change_password, active)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, TRUE, $9) RETURNING id`,
      [
        user.username,
        await hashPassword(password),
        user.displayName,
        user.role,
        bound.regionId,
        bound.sectionId,
        bound.unitId,
        bound.agencyId,
        user.active ?? true,
      ],
    );
    return { id, oneTimePassword: password };
  } catch (e) {
    // Two administrators taking the same name at once: the unique index decides, the field is named all the same.
    if ((e as { driverError?: { code?: string } }).driverError?.code === '23505') {
      throw badInput('username', `用户名 ${user.username} 已存在`, `${user.username} is already taken`);
    }
    throw e;
  }
}

/**
 * Every check of a user's fields, the form's and the import's (one rule): the username (free, unless `id` is the
 * user being changed), the display name, and what the role is bound to within `scope`. Names the bad field.
 */
export async function checkUser(
  m: EntityManager,
  input: NewUser,
  scope: (p: SqlParams, column: string) => string,
  id: number | null,
) {
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
  const [taken] = await m.query(`SELECT 1 FROM app_user WHERE lower(username) = lower($1) AND id IS DISTINCT FROM $2`, [
    username,
    id,
  ]);
  if (taken) throw badInput('username', `用户名 ${username} 已存在`, `${username} is already taken`);
  const bound = await bindingOf(m, { ...input, username }, scope);
  return { username, displayName, bound };
}
