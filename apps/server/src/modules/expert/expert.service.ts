import type { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../../graphql/errors.js';
import { administeredRegions, containsPattern, sqlParams, type Viewer } from '../auth/index.js';
import { badInput, checkVersion, notFound, type Act, type Workflow } from '../workflow/index.js';

// The expert library (专家库, issue 11 §2): an administrator keeps the experts of its regions; key
// evaluations and agency re-assessments draw their panel from it, never an expert conflicted with the unit.

/** Experts on a panel. */
export const PANEL_SIZE = 3;

export interface ExpertRow {
  id: number;
  region_id: number;
  region_name: string;
  name: string;
  field: string;
  organisation: string;
  contact: string;
  active: boolean;
  version: number;
  conflicts: { id: number; name: string }[];
}

export interface ExpertInput {
  name: string;
  field: string;
  organisation: string;
  contact?: string | null;
  active?: boolean | null;
  conflictUnitIds: number[];
}

const EXPERT_COLUMNS = `x.id, x.region_id, r.name AS region_name, x.name, x.field, x.organisation, x.contact, x.active, x.version,
  COALESCE((SELECT json_agg(json_build_object('id', un.id, 'name', un.name) ORDER BY un.code)
              FROM expert_conflict c JOIN unit un ON un.id = c.unit_id WHERE c.expert_id = x.id), '[]') AS conflicts`;
const FROM_EXPERTS = `FROM expert x JOIN region r ON r.id = x.region_id`;

const audited = (x: ExpertRow) => ({
  name: x.name,
  field: x.field,
  organisation: x.organisation,
  contact: x.contact,
  active: x.active,
  regionId: x.region_id,
  conflictUnitIds: x.conflicts.map((c) => c.id),
});

export class ExpertService {
  constructor(private readonly wf: Workflow) {}

  private get db(): DataSource {
    return this.wf.db;
  }

  /** The experts of the administrator's regions, by name (an optional search in name, field and organisation). */
  async list(v: Viewer, search: string | null | undefined, activeOnly: boolean): Promise<ExpertRow[]> {
    const p = sqlParams();
    const where = [administeredRegions(v, p, 'x.region_id')];
    if (search) {
      const s = p.push(containsPattern(search));
      where.push(`(x.name ILIKE ${s} OR x.field ILIKE ${s} OR x.organisation ILIKE ${s})`);
    }
    if (activeOnly) where.push('x.active');
    return (await this.db.query(
      `SELECT ${EXPERT_COLUMNS} ${FROM_EXPERTS} WHERE ${where.join(' AND ')} ORDER BY x.name, x.id LIMIT 1000`,
      p.values,
    )) as ExpertRow[];
  }

  read(id: number): Promise<ExpertRow> {
    return this.get(this.db, id);
  }

  async get(m: EntityManager | DataSource, id: number): Promise<ExpertRow> {
    const [row] = (await m.query(`SELECT ${EXPERT_COLUMNS} ${FROM_EXPERTS} WHERE x.id = $1`, [id])) as ExpertRow[];
    return row!;
  }

  private checkText(input: ExpertInput) {
    const text = (field: keyof ExpertInput, value: string, max: number, zh: string) => {
      const t = value.trim();
      if (!t) throw badInput(`input.${field}`, `${zh}不能为空`, 'must not be empty');
      if (t.length > max) throw badInput(`input.${field}`, `${zh}至多${max}个字`, `at most ${max} characters`);
      return t;
    };
    return {
      name: text('name', input.name, 40, '姓名'),
      field: text('field', input.field, 60, '专业领域'),
      organisation: text('organisation', input.organisation, 100, '工作单位'),
      contact: (input.contact ?? '').trim().slice(0, 60),
    };
  }

  /** The conflicted units must be units of the expert's region (out of scope = unknown). */
  private async setConflicts(m: EntityManager, expertId: number, regionId: number, unitIds: number[]) {
    const ids = [...new Set(unitIds)];
    const found = (
      (await m.query(`SELECT id FROM unit WHERE id = ANY($1::int[]) AND region_id = $2`, [ids, regionId])) as {
        id: number;
      }[]
    ).map((r) => r.id);
    const stray = unitIds.findIndex((id) => !found.includes(id));
    if (stray >= 0) {
      throw badInput(
        `input.conflictUnitIds[${stray}]`,
        '单位不存在或不在该专家所在地区',
        'no such unit in the expert’s region',
      );
    }
    await m.query(`DELETE FROM expert_conflict WHERE expert_id = $1`, [expertId]);
    if (ids.length > 0) {
      await m.query(`INSERT INTO expert_conflict (expert_id, unit_id) SELECT $1, unnest($2::int[])`, [expertId, ids]);
    }
  }

  async create(act: Act, input: ExpertInput, regionCode: string | null): Promise<number> {
    return this.wf.run(async (m) => {
      const v = act.viewer;
      const t = this.checkText(input);
      const p = sqlParams([regionCode ?? null, v.regionId]);
      const [region] = await m.query(
        `SELECT ar.id FROM region ar WHERE (ar.code = $1 OR ($1::text IS NULL AND ar.id = $2)) AND ${administeredRegions(v, p, 'ar.id')}`,
        p.values,
      );
      if (!region) throw badInput('regionCode', '地区不存在或不在您管辖范围', 'no such region in your regions');
      const [row] = await m.query(
        `INSERT INTO expert (region_id, name, field, organisation, contact, active) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [region.id, t.name, t.field, t.organisation, t.contact, input.active ?? true],
      );
      await this.setConflicts(m, row.id, region.id, input.conflictUnitIds);
      await this.wf.record(m, act, 'CREATE', 'Expert', row.id, null, audited(await this.get(m, row.id)));
      return row.id as number;
    });
  }

  async update(act: Act, id: number, input: ExpertInput, version: number): Promise<number> {
    return this.wf.run(async (m) => {
      const p = sqlParams([id]);
      const [locked] = await m.query(
        `SELECT x.id FROM expert x WHERE x.id = $1 AND ${administeredRegions(act.viewer, p, 'x.region_id')} FOR UPDATE`,
        p.values,
      );
      if (!locked) throw notFound('专家');
      const before = await this.get(m, id);
      checkVersion('专家', before.version, version);
      const t = this.checkText(input);
      await m.query(
        `UPDATE expert SET name = $2, field = $3, organisation = $4, contact = $5, active = $6, version = version + 1 WHERE id = $1`,
        [id, t.name, t.field, t.organisation, t.contact, input.active ?? before.active],
      );
      await this.setConflicts(m, id, before.region_id, input.conflictUnitIds);
      await this.wf.record(m, act, 'UPDATE', 'Expert', id, audited(before), audited(await this.get(m, id)));
      return id;
    });
  }
}

/**
 * Draws a panel for the work on a unit's project: active experts of the region, none conflicted with the unit,
 * in the order of md5(seed, expert) — the same seed gives the same panel, so the draw can be checked again
 * from the audit log. Refused when fewer than `size` experts are eligible.
 */
export async function drawPanel(
  m: EntityManager,
  target: { regionId: number; unitId: number; seed: string; evaluationId?: number; exAnteAssessmentId?: number },
  size = PANEL_SIZE,
): Promise<{ id: number; name: string }[]> {
  const eligible = (await m.query(
    `SELECT x.id, x.name FROM expert x
      WHERE x.region_id = $1 AND x.active
        AND NOT EXISTS (SELECT 1 FROM expert_conflict c WHERE c.expert_id = x.id AND c.unit_id = $2)
      ORDER BY md5($3 || ':' || x.id), x.id`,
    [target.regionId, target.unitId, target.seed],
  )) as { id: number; name: string }[];
  if (eligible.length < size) {
    throw new AppError(
      'INVALID_TRANSITION',
      `专家库中可抽取的专家不足：需${size}人，无回避关系的在库专家仅${eligible.length}人，请先在专家库中补充`,
      `Not enough experts to draw a panel: ${size} needed, only ${eligible.length} active experts without a conflict with the unit; add experts to the library first`,
      { field: 'experts', needed: size, eligible: eligible.length },
    );
  }
  const panel = eligible.slice(0, size);
  await m.query(
    `INSERT INTO expert_panel_member (expert_id, evaluation_id, ex_ante_assessment_id, seed)
     SELECT unnest($1::int[]), $2::int, $3::int, $4`,
    [panel.map((x) => x.id), target.evaluationId ?? null, target.exAnteAssessmentId ?? null, target.seed],
  );
  return panel;
}
