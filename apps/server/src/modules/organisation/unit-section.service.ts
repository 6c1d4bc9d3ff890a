import type { EntityManager } from 'typeorm';
import type { FundFamily, SectionKind } from '@jixiao/schema/enums';
import { badInput, checkState, checkVersion, type Act, type Workflow } from '../workflow/index.js';
import { SECTION_SQL, UNIT_SQL, type SectionRow, type UnitRow } from './organisation.reader.js';
import { codeOf, duplicateCode, lockMine, nameOf, regionOf } from './organisation.service.js';

// Units and sections of a county (issue 11 §2). A unit is overseen by one business section of its county; a
// fund section owns one fund family. A retired unit keeps its history and takes no new projects.

export interface UnitInput {
  regionCode: string;
  code: string;
  name: string;
  classified: boolean;
  sectionId: number;
}
export interface UnitUpdate {
  id: number;
  version: number;
  code?: string | null;
  name?: string | null;
  classified?: boolean | null;
  sectionId?: number | null;
}
export interface SectionInput {
  regionCode: string;
  code: string;
  name: string;
  kind: SectionKind;
  ownedFundFamily?: FundFamily | null;
  unitIds?: number[] | null;
}
export interface SectionUpdate {
  id: number;
  version: number;
  code?: string | null;
  name?: string | null;
  ownedFundFamily?: FundFamily | null;
  unitIds?: number[] | null;
}

export class UnitSectionService {
  constructor(readonly workflow: Workflow) {}

  createUnit(act: Act, input: UnitInput): Promise<UnitRow> {
    return this.workflow.run(async (m) => {
      const region = await unitRegion(m, act, input.regionCode);
      const { code, name } = await checkUnit(m, region.id, null, input);
      const [{ id }] = await m
        .query(
          `INSERT INTO unit (region_id, code, name, classified, supervising_section_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [region.id, code, name, input.classified, input.sectionId],
        )
        .catch((e) => duplicateCode(e, code));
      const after = await this.unit(m, id);
      await this.workflow.record(m, act, 'CREATE', 'Unit', id, null, after);
      return after;
    });
  }

  updateUnit(act: Act, input: UnitUpdate): Promise<UnitRow> {
    return this.workflow.run(async (m) => {
      const before = await this.lockUnit(m, act, input.id);
      checkVersion('单位', before.version, input.version);
      const { code, name } = await checkUnit(m, before.region_id, before.id, {
        code: input.code ?? before.code,
        name: input.name ?? before.name,
        sectionId: input.sectionId ?? null,
      });
      const sectionId = input.sectionId ?? before.supervising_section_id;
      await m
        .query(
          `UPDATE unit SET code = $2, name = $3, classified = $4, supervising_section_id = $5, version = version + 1 WHERE id = $1`,
          [before.id, code, name, input.classified ?? before.classified, sectionId],
        )
        .catch((e) => duplicateCode(e, code));
      const after = await this.unit(m, before.id);
      await this.workflow.record(m, act, 'UPDATE', 'Unit', before.id, before, after);
      return after;
    });
  }

  /** Retires (active false) or reactivates a unit; its projects and history stay. */
  setUnitActive(act: Act, id: number, version: number, active: boolean): Promise<UnitRow> {
    return this.workflow.run(async (m) => {
      const before = await this.lockUnit(m, act, id);
      checkVersion('单位', before.version, version);
      const step = active ? '恢复 / reactivate' : '撤销 / retire';
      checkState('单位', before.active ? 'ACTIVE' : 'RETIRED', [active ? 'RETIRED' : 'ACTIVE'], step);
      await m.query(`UPDATE unit SET active = $2, version = version + 1 WHERE id = $1`, [id, active]);
      const after = await this.unit(m, id);
      await this.workflow.record(m, act, active ? 'REACTIVATE' : 'RETIRE', 'Unit', id, before, after);
      return after;
    });
  }

  createSection(act: Act, input: SectionInput): Promise<SectionRow> {
    return this.workflow.run(async (m) => {
      const region = await regionOf(m, act, input.regionCode, 'regionCode');
      if (region.level !== 'COUNTY')
        throw badInput('regionCode', '科室须属于县级地区', 'a section belongs to a county');
      const code = await freeCode(m, 'section', region.id, null, input.code);
      const name = nameOf('name', input.name);
      const family = this.family(input.kind, input.ownedFundFamily);
      if (input.unitIds?.length && input.kind !== 'BUSINESS') {
        throw badInput('unitIds', '只有业务科室对口单位', 'only a business section oversees units');
      }
      const [{ id }] = await m
        .query(
          `INSERT INTO section (region_id, code, name, kind, owned_fund_family) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [region.id, code, name, input.kind, family],
        )
        .catch((e) => duplicateCode(e, code));
      await this.oversee(m, region.id, id, input.unitIds ?? []);
      const after = await this.section(m, id);
      await this.workflow.record(m, act, 'CREATE', 'Section', id, null, { ...after, unitIds: input.unitIds ?? [] });
      return after;
    });
  }

  updateSection(act: Act, input: SectionUpdate): Promise<SectionRow> {
    return this.workflow.run(async (m) => {
      const before = await lockMine<SectionRow>(m, act, SECTION_SQL, 's', { column: 's.id', value: input.id }, '科室');
      checkVersion('科室', before.version, input.version);
      const code =
        input.code != null ? await freeCode(m, 'section', before.region_id, before.id, input.code) : before.code;
      const name = input.name != null ? nameOf('name', input.name) : before.name;
      const family =
        input.ownedFundFamily !== undefined
          ? this.family(before.kind, input.ownedFundFamily)
          : before.owned_fund_family;
      if (input.unitIds?.length && before.kind !== 'BUSINESS') {
        throw badInput('unitIds', '只有业务科室对口单位', 'only a business section oversees units');
      }
      await m
        .query(`UPDATE section SET code = $2, name = $3, owned_fund_family = $4, version = version + 1 WHERE id = $1`, [
          before.id,
          code,
          name,
          family,
        ])
        .catch((e) => duplicateCode(e, code));
      await this.oversee(m, before.region_id, before.id, input.unitIds ?? []);
      const after = await this.section(m, before.id);
      await this.workflow.record(m, act, 'UPDATE', 'Section', before.id, before, {
        ...after,
        unitIds: input.unitIds ?? [],
      });
      return after;
    });
  }

  /** Moves the listed units of the county under this business section (the sections partition the county). */
  private async oversee(m: EntityManager, regionId: number, sectionId: number, unitIds: number[]) {
    if (!unitIds.length) return;
    const found = (await m.query(`SELECT id FROM unit WHERE id = ANY($1) AND region_id = $2 FOR UPDATE`, [
      unitIds,
      regionId,
    ])) as { id: number }[];
    if (found.length !== new Set(unitIds).size) {
      throw badInput(
        'unitIds',
        '有单位不存在或不属于该科室所在的县',
        'a unit is unknown or not of the section’s county',
      );
    }
    await m.query(`UPDATE unit SET supervising_section_id = $2, version = version + 1 WHERE id = ANY($1)`, [
      unitIds,
      sectionId,
    ]);
  }

  private family(kind: SectionKind, family: FundFamily | null | undefined): FundFamily | null {
    if (kind === 'FUND' && !family) {
      throw badInput('ownedFundFamily', '资金科室须指定主管的资金类别', 'a fund section needs the fund family it owns');
    }
    if (kind !== 'FUND' && family) {
      throw badInput('ownedFundFamily', '只有资金科室主管资金类别', 'only a fund section owns a fund family');
    }
    return family ?? null;
  }

  private lockUnit(m: EntityManager, act: Act, id: number) {
    return lockMine<UnitRow>(m, act, UNIT_SQL, 'u', { column: 'u.id', value: id }, '单位');
  }
  private async unit(m: EntityManager, id: number): Promise<UnitRow> {
    return ((await m.query(`${UNIT_SQL} WHERE u.id = $1`, [id])) as UnitRow[])[0]!;
  }
  private async section(m: EntityManager, id: number): Promise<SectionRow> {
    return ((await m.query(`${SECTION_SQL} WHERE s.id = $1`, [id])) as SectionRow[])[0]!;
  }
}

/** The county a unit belongs to (one of the administrator's regions), or the field named. */
export async function unitRegion(m: EntityManager, act: Act, regionCode: string) {
  const region = await regionOf(m, act, regionCode, 'regionCode');
  if (region.level !== 'COUNTY') throw badInput('regionCode', '单位须属于县级地区', 'a unit belongs to a county');
  return region;
}

/**
 * Every check of a unit's fields, the form's and the import's (one rule): a code free in the county, a name,
 * a business section of the county overseeing it. `id` is the unit being changed (null: a new one).
 */
export async function checkUnit(
  m: EntityManager,
  regionId: number,
  id: number | null,
  input: { code: string; name: string; sectionId: number | null },
): Promise<{ code: string; name: string }> {
  const code = await freeCode(m, 'unit', regionId, id, input.code);
  const name = nameOf('name', input.name);
  // A change that leaves the section as it is does not check it again.
  if (input.sectionId !== null) await businessSection(m, regionId, input.sectionId);
  return { code, name };
}

/** The business section of the county that is to oversee a unit, or the field named. */
async function businessSection(m: EntityManager, regionId: number, sectionId: number) {
  const [s] = await m.query(`SELECT kind FROM section WHERE id = $1 AND region_id = $2`, [sectionId, regionId]);
  if (!s) throw badInput('sectionId', '科室不存在或不属于该县', 'no such section in this county');
  if (s.kind !== 'BUSINESS') {
    throw badInput('sectionId', '对口科室须为业务科室', 'the overseeing section must be a business section');
  }
}

/** A code not yet used in the county by another row of `table`. */
async function freeCode(m: EntityManager, table: 'unit' | 'section', regionId: number, id: number | null, raw: string) {
  const code = codeOf(raw);
  const [taken] = await m.query(
    `SELECT 1 FROM ${table} WHERE region_id = $1 AND code = $2 AND id IS DISTINCT FROM $3`,
    [regionId, code, id],
  );
  if (taken) {
    const what = table === 'unit' ? { zh: '单位', en: 'unit' } : { zh: '科室', en: 'section' };
    throw badInput(
      'code',
      `${what.zh}编码 ${code} 在本县已被使用`,
      `the ${what.en} code ${code} is taken in this county`,
    );
  }
  return code;
}
