import type { EntityManager } from 'typeorm';
import type { RegionLevel } from '@jixiao/schema/enums';
import { administeredRegions, sqlParams, type SqlParams } from '../auth/index.js';
import { badInput, checkVersion, notFound, type Act, type Workflow } from '../workflow/index.js';
import { AGENCY_SQL, REGION_SQL, type AgencyRow, type RegionRow } from './organisation.reader.js';

// Organisation administration (issue 11 §2): the region tree and each county's finance bureau, and the
// agencies. Every change is one transaction: the row locked within the administrator's regions (else NOT_FOUND),
// its version checked, the input checked with a named field, the audit entry with before and after.
// Units and sections are in unit-section.service.ts; both share the helpers here.

const CHILD_LEVEL: Record<RegionLevel, RegionLevel | null> = {
  PROVINCE: 'PREFECTURE',
  PREFECTURE: 'COUNTY',
  COUNTY: null,
};
const REGION_CODE = /^\d{6,12}$/;
const ORG_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;
const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

export interface RegionInput {
  parentCode: string;
  code: string;
  name: string;
  bureauName?: string | null;
}
export interface RegionUpdate {
  code: string;
  version: number;
  name?: string | null;
  bureauName?: string | null;
}
export interface AgencyInput {
  regionCode: string;
  code: string;
  name: string;
  creditCode: string;
}
export interface AgencyUpdate {
  id: number;
  version: number;
  code?: string | null;
  name?: string | null;
  creditCode?: string | null;
  clearedForClassified?: boolean | null;
}

/** The administrator's regions, as a SQL condition on `column`. */
export const mine = (act: Act, p: SqlParams, column: string) => administeredRegions(act.viewer, p, column);

/** A trimmed name of 1–`max` characters, or the field named. */
export function nameOf(field: string, value: string, max = 100): string {
  const name = value.trim();
  if (!name || name.length > max) throw badInput(field, `须为1–${max}个字符`, `must be 1–${max} characters`);
  return name;
}

/** A county's division code and a dot: how the dashboard's addresses qualify a code by its county (652823.jyj). */
const COUNTY_QUALIFIER = /^\d{6,12}\./;

/**
 * An organisation code (unit, section, agency): letters, digits, . _ -, up to 32; not beginning with a division
 * code and a dot, which an address would read as a code qualified by its county.
 */
export function codeOf(value: string): string {
  const code = value.trim();
  if (!ORG_CODE.test(code)) {
    throw badInput('code', '编码须为1–32个字母、数字或 . _ -', 'must be 1–32 letters, digits or . _ -');
  }
  if (COUNTY_QUALIFIER.test(code)) {
    throw badInput(
      'code',
      '编码不能以6–12位数字加“.”开头（会被读作“区划代码.编码”）',
      'must not begin with 6–12 digits and a dot (it would read as a division code and a code)',
    );
  }
  return code;
}

/** Locks one row of `base` (a SELECT … FROM … JOIN with `alias` the locked table) within the administrator's regions. */
export async function lockMine<R extends { version: number }>(
  m: EntityManager,
  act: Act,
  base: string,
  alias: string,
  key: { column: string; value: unknown },
  entity: string,
): Promise<R> {
  const p = sqlParams([key.value]);
  const [row] = (await m.query(
    `${base} WHERE ${key.column} = $1 AND ${mine(act, p, `${alias}.${alias === 'r' ? 'id' : 'region_id'}`)} FOR UPDATE OF ${alias}`,
    p.values,
  )) as R[];
  if (!row) throw notFound(entity);
  return row;
}

/** A region of the administrator's by code, or the field named. */
export async function regionOf(m: EntityManager, act: Act, code: string, field: string): Promise<RegionRow> {
  const p = sqlParams([code]);
  const [row] = (await m.query(`${REGION_SQL} WHERE r.code = $1 AND ${mine(act, p, 'r.id')}`, p.values)) as RegionRow[];
  if (!row) throw badInput(field, `地区 ${code} 不存在或不在您管辖的范围`, `no region ${code} in your regions`);
  return row;
}

/** A unique index said no: the code is taken (two administrators at once; the field is named all the same). */
export function duplicateCode(e: unknown, code: string): never {
  if ((e as { driverError?: { code?: string } }).driverError?.code === '23505') {
    throw badInput('code', `编码 ${code} 已被使用`, `the code ${code} is already taken`);
  }
  throw e;
}

export class OrganisationService {
  constructor(readonly workflow: Workflow) {}

  /** A region under one of the administrator's (a prefecture under a province, a county under a prefecture). */
  createRegion(act: Act, input: RegionInput): Promise<RegionRow> {
    return this.workflow.run(async (m) => {
      const parent = await regionOf(m, act, input.parentCode, 'parentCode');
      const level = CHILD_LEVEL[parent.level];
      if (!level) throw badInput('parentCode', '县级地区之下不能再设地区', 'a county has no regions below it');
      const code = input.code.trim();
      if (!REGION_CODE.test(code)) throw badInput('code', '行政区划代码须为6–12位数字', 'must be 6–12 digits');
      const name = nameOf('name', input.name);
      const bureau = this.bureau(level, input.bureauName);
      const [taken] = await m.query(`SELECT 1 FROM region WHERE code = $1`, [code]);
      if (taken) throw badInput('code', `行政区划代码 ${code} 已存在`, `the region code ${code} already exists`);
      const [{ id }] = await m
        .query(
          `INSERT INTO region (parent_id, code, name, level, path, bureau_name) VALUES ($1, $2, $3, $4, '', $5) RETURNING id`,
          [parent.id, code, name, level, bureau],
        )
        .catch((e) => duplicateCode(e, code));
      await m.query(`UPDATE region SET path = $2 WHERE id = $1`, [id, `${parent.path}${id}/`]);
      const after = await this.region(m, id);
      await this.workflow.record(m, act, 'CREATE', 'Region', id, null, after);
      return after;
    });
  }

  /** Renames a region, or names a county's finance bureau. */
  updateRegion(act: Act, input: RegionUpdate): Promise<RegionRow> {
    return this.workflow.run(async (m) => {
      const before = await lockMine<RegionRow>(
        m,
        act,
        REGION_SQL,
        'r',
        { column: 'r.code', value: input.code },
        '地区',
      );
      checkVersion('地区', before.version, input.version);
      const name = input.name != null ? nameOf('name', input.name) : before.name;
      const bureau = input.bureauName !== undefined ? this.bureau(before.level, input.bureauName) : before.bureau_name;
      await m.query(`UPDATE region SET name = $2, bureau_name = $3, version = version + 1 WHERE id = $1`, [
        before.id,
        name,
        bureau,
      ]);
      const after = await this.region(m, before.id);
      await this.workflow.record(m, act, 'UPDATE', 'Region', before.id, before, after);
      return after;
    });
  }

  private bureau(level: RegionLevel, value: string | null | undefined): string | null {
    if (value == null || value.trim() === '') return null;
    if (level !== 'COUNTY') {
      throw badInput('bureauName', '只有县级地区设财政局', 'only a county has a finance bureau here');
    }
    return nameOf('bureauName', value);
  }

  private async region(m: EntityManager, id: number): Promise<RegionRow> {
    return ((await m.query(`${REGION_SQL} WHERE r.id = $1`, [id])) as RegionRow[])[0]!;
  }

  createAgency(act: Act, input: AgencyInput): Promise<AgencyRow> {
    return this.workflow.run(async (m) => {
      const region = await regionOf(m, act, input.regionCode, 'regionCode');
      if (region.level !== 'COUNTY')
        throw badInput('regionCode', '机构须属于县级地区', 'an agency belongs to a county');
      const fields = await this.agencyFields(m, region.id, null, input);
      const [{ id }] = await m
        .query(`INSERT INTO agency (region_id, code, name, credit_code) VALUES ($1, $2, $3, $4) RETURNING id`, [
          region.id,
          fields.code,
          fields.name,
          fields.creditCode,
        ])
        .catch((e) => duplicateCode(e, fields.code));
      const after = await this.agency(m, id);
      await this.workflow.record(m, act, 'CREATE', 'Agency', id, null, after);
      return after;
    });
  }

  updateAgency(act: Act, input: AgencyUpdate): Promise<AgencyRow> {
    return this.workflow.run(async (m) => {
      const before = await lockMine<AgencyRow>(m, act, AGENCY_SQL, 'a', { column: 'a.id', value: input.id }, '机构');
      checkVersion('机构', before.version, input.version);
      const fields = await this.agencyFields(
        m,
        before.region_id,
        before.id,
        {
          code: input.code ?? before.code,
          name: input.name ?? before.name,
          creditCode: input.creditCode ?? before.credit_code,
        },
        before.credit_code,
      );
      await m
        .query(
          `UPDATE agency SET code = $2, name = $3, credit_code = $4, cleared_for_classified = $5, version = version + 1
            WHERE id = $1`,
          [
            before.id,
            fields.code,
            fields.name,
            fields.creditCode,
            input.clearedForClassified ?? before.cleared_for_classified,
          ],
        )
        .catch((e) => duplicateCode(e, fields.code));
      const after = await this.agency(m, before.id);
      await this.workflow.record(m, act, 'UPDATE', 'Agency', before.id, before, after);
      return after;
    });
  }

  private async agencyFields(
    m: EntityManager,
    regionId: number,
    id: number | null,
    input: { code: string; name: string; creditCode: string },
    stored: string | null = null,
  ) {
    const code = codeOf(input.code);
    const name = nameOf('name', input.name, 120);
    const creditCode = input.creditCode.trim().toUpperCase();
    // A stored code is checked when it changes only: marking an agency (say, cleared for classified work)
    // must not fail on a code registered before the check existed.
    if (creditCode !== stored && !CREDIT_CODE.test(creditCode)) {
      throw badInput('creditCode', '统一社会信用代码须为18位', 'the unified social credit code has 18 characters');
    }
    const [taken] = await m.query(
      `SELECT 1 FROM agency WHERE region_id = $1 AND code = $2 AND id IS DISTINCT FROM $3`,
      [regionId, code, id],
    );
    if (taken) throw badInput('code', `机构编码 ${code} 已被使用`, `the agency code ${code} is already taken`);
    return { code, name, creditCode };
  }

  private async agency(m: EntityManager, id: number): Promise<AgencyRow> {
    return ((await m.query(`${AGENCY_SQL} WHERE a.id = $1`, [id])) as AgencyRow[])[0]!;
  }
}
