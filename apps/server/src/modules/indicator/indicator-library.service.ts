import type { EntityManager } from 'typeorm';
import { COMPARATORS, INDICATOR_LEVEL1 } from '@jixiao/schema/enums';
import { AppError } from '../../graphql/errors.js';
import { administeredRegions, sqlParams, templateRows, type Viewer } from '../auth/index.js';
import { badInput, checkVersion, notFound, type Act, type Workflow } from '../workflow/index.js';
import { TEMPLATE_COLUMNS, templateInfo } from './indicator-library.reader.js';
import type { IndicatorTemplateInfo } from './indicator-library.types.js';

// The indicator library, versioned by year (issue 11 §2): administrators add, edit and retire templates of a
// year's library. A version in an earlier year's library is never changed: an edit retires it from the year
// and adds a new version; targets keep the version they were built from.
// Each region keeps its own library (scope.ts, `libraryOf`): an administrator adds templates to its region's
// library and edits or retires those of its region and the regions below it; a template it can see but does
// not administer (a county's administrator, the province's) is FORBIDDEN, one it cannot see NOT_FOUND.
// Edits and retirements carry the version read (CONFLICT when someone changed it in between).

export interface TemplateInput {
  groupCode: string;
  code: string;
  level1: string;
  level2: string;
  name: string;
  comparator: string;
  unitOfMeasure: string;
  referenceValue: string;
}

export interface TemplateRow {
  id: number;
  region_id: number | null;
  version: number;
  group_id: number;
  code: string;
  from_year: number;
  retired_from: number | null;
  level1: string;
  level2: string;
  name: string;
  comparator: string;
  unit_of_measure: string;
  reference_value: string;
  quantitative: boolean;
}

const audited = (t: TemplateRow) => ({
  code: t.code,
  regionId: t.region_id,
  groupId: t.group_id,
  fromYear: t.from_year,
  retiredFrom: t.retired_from,
  level1: t.level1,
  level2: t.level2,
  name: t.name,
  comparator: t.comparator,
  unitOfMeasure: t.unit_of_measure,
  referenceValue: t.reference_value,
});

/**
 * Checks every field of a template, the form's and the import's (one rule), naming the bad one; returns the
 * group id and the cleaned values.
 */
export async function cleanTemplate(m: EntityManager, input: TemplateInput) {
  const text = (field: keyof TemplateInput, max: number, zh: string, required = true) => {
    const t = input[field].trim();
    if (required && !t) throw badInput(`input.${field}`, `${zh}不能为空`, 'must not be empty');
    if (t.length > max) throw badInput(`input.${field}`, `${zh}至多${max}个字符`, `at most ${max} characters`);
    return t;
  };
  const [group] = await m.query(`SELECT id FROM indicator_group WHERE code = $1`, [input.groupCode.trim()]);
  if (!group) throw badInput('input.groupCode', '指标库分组不存在', 'no such group of the library');
  const code = text('code', 16, '编码');
  if (!/^[A-Za-z0-9-]+$/.test(code))
    throw badInput('input.code', '编码只能含字母、数字和-', 'letters, digits and - only');
  if (!(INDICATOR_LEVEL1 as readonly string[]).includes(input.level1)) {
    throw badInput(
      'input.level1',
      `一级指标须为 ${INDICATOR_LEVEL1.join('/')}`,
      `must be ${INDICATOR_LEVEL1.join(', ')}`,
    );
  }
  if (!(COMPARATORS as readonly string[]).includes(input.comparator)) {
    throw badInput('input.comparator', `比较符须为 ${COMPARATORS.join('/')}`, `must be ${COMPARATORS.join(', ')}`);
  }
  const quantitative = input.comparator !== 'QUALITATIVE';
  const unitOfMeasure = text('unitOfMeasure', 20, '计量单位', quantitative);
  const referenceValue = text('referenceValue', 40, '参考值');
  if (quantitative && !/^-?\d+(\.\d{1,4})?$/.test(referenceValue)) {
    throw badInput(
      'input.referenceValue',
      '量化指标的参考值须为数字',
      'a quantitative reference value must be a number',
    );
  }
  return {
    groupId: group.id as number,
    code,
    level1: input.level1,
    level2: text('level2', 40, '二级指标'),
    name: text('name', 200, '指标名称'),
    comparator: input.comparator,
    unitOfMeasure,
    referenceValue,
    quantitative,
  };
}

export type CleanTemplate = Awaited<ReturnType<typeof cleanTemplate>>;

/**
 * A new code for the library of `year` in the viewer's region: not current in a library the viewer sees (its
 * region's, those above it and those it administers, never another county's), not used in its region that year.
 */
export async function checkNewCode(m: EntityManager, viewer: Viewer, code: string, year: number) {
  const p = sqlParams([code]);
  const [taken] = await m.query(
    `SELECT 1 FROM indicator_template t WHERE t.code = $1 AND t.retired_from IS NULL AND ${templateRows(viewer, p, 't.region_id')}`,
    p.values,
  );
  if (taken) throw badInput('input.code', '该编码已在指标库中', 'this code is already in the library');
  const [same] = await m.query(
    `SELECT 1 FROM indicator_template WHERE region_id = $1 AND code = $2 AND from_year = $3`,
    [viewer.regionId, code, year],
  );
  if (same) throw badInput('input.code', '该编码本年度已用过', 'this code was used in this year already');
}

/** Adds a template to the library of `regionId` from `year` on. */
export async function insertTemplate(m: EntityManager, regionId: number | null, year: number, c: CleanTemplate) {
  const [row] = await m.query(
    `INSERT INTO indicator_template (group_id, code, from_year, level1, level2, name, comparator, unit_of_measure, reference_value, quantitative, region_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
    [
      c.groupId,
      c.code,
      year,
      c.level1,
      c.level2,
      c.name,
      c.comparator,
      c.unitOfMeasure,
      c.referenceValue,
      c.quantitative,
      regionId,
    ],
  );
  return row.id as number;
}

/**
 * Writes an edit of the version `t` of the library of `year`: in place if it first entered that year, else it
 * retires from `year` and a new version starts in the same region's library (keeping `t`'s retirement).
 * Returns the version now in the year.
 */
export async function writeTemplate(m: EntityManager, t: TemplateRow, year: number, c: CleanTemplate): Promise<number> {
  if (t.from_year === year) {
    await m.query(
      `UPDATE indicator_template SET group_id = $2, level1 = $3, level2 = $4, name = $5, comparator = $6, unit_of_measure = $7,
              reference_value = $8, quantitative = $9, version = version + 1 WHERE id = $1`,
      [t.id, c.groupId, c.level1, c.level2, c.name, c.comparator, c.unitOfMeasure, c.referenceValue, c.quantitative],
    );
    return t.id;
  }
  await m.query(`UPDATE indicator_template SET retired_from = $2, version = version + 1 WHERE id = $1`, [t.id, year]);
  const newId = await insertTemplate(m, t.region_id, year, c);
  if (t.retired_from !== null) {
    await m.query(`UPDATE indicator_template SET retired_from = $2 WHERE id = $1`, [newId, t.retired_from]);
  }
  return newId;
}

export class IndicatorLibraryService {
  constructor(private readonly wf: Workflow) {}

  private checkYear(year: number) {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) {
      throw badInput('year', '年度须为2000–2100', 'must be a year from 2000 to 2100');
    }
  }

  private async get(m: EntityManager, id: number): Promise<TemplateRow> {
    const [row] = await m.query(`SELECT * FROM indicator_template WHERE id = $1`, [id]);
    return row as TemplateRow;
  }

  /**
   * The version of `id` in the library of `year`, locked, if the administrator administers its region and
   * read it at `version`; else NOT_FOUND (out of sight), FORBIDDEN (a library above), CONFLICT or a named error.
   */
  private async lockInYear(
    m: EntityManager,
    act: Act,
    id: number,
    year: number,
    version: number,
  ): Promise<TemplateRow> {
    this.checkYear(year);
    const p = sqlParams([id]);
    const [row] = (await m.query(
      `SELECT * FROM indicator_template t WHERE t.id = $1 AND ${administeredRegions(act.viewer, p, 't.region_id')} FOR UPDATE`,
      p.values,
    )) as TemplateRow[];
    if (!row) {
      const seen = sqlParams([id]);
      const [visible] = await m.query(
        `SELECT 1 FROM indicator_template t WHERE t.id = $1 AND ${templateRows(act.viewer, seen, 't.region_id')}`,
        seen.values,
      );
      if (!visible) throw notFound('指标库模板');
      throw new AppError(
        'FORBIDDEN',
        '该指标属于上级地区（或全国）的指标库，只能由其管理员修改',
        'This template is in the library of a region above yours (or the national one): only its administrators change it',
        { field: 'id' },
      );
    }
    checkVersion('指标库模板', row.version, version);
    if (!(row.from_year <= year && (row.retired_from === null || row.retired_from > year))) {
      throw badInput('id', `该指标不在${year}年度指标库中`, `not in the ${year} library`);
    }
    return row;
  }

  /** One version as the API shows it to `act`'s viewer. */
  async info(act: Act, id: number): Promise<IndicatorTemplateInfo> {
    const [r] = await this.wf.db.query(
      `SELECT ${TEMPLATE_COLUMNS} FROM indicator_template t JOIN indicator_group g ON g.id = t.group_id
         LEFT JOIN region tr ON tr.id = t.region_id WHERE t.id = $1`,
      [id],
    );
    return templateInfo(act.viewer, r);
  }

  /** Adds a template to the library of the administrator's own region, from `year` on. */
  async create(act: Act, year: number, input: TemplateInput): Promise<number> {
    return this.wf.run(async (m) => {
      this.checkYear(year);
      const c = await cleanTemplate(m, input);
      await checkNewCode(m, act.viewer, c.code, year);
      const id = await insertTemplate(m, act.viewer.regionId, year, c);
      await this.wf.record(m, act, 'CREATE', 'IndicatorTemplate', id, null, audited(await this.get(m, id)));
      return id;
    });
  }

  /** Edits the version of `year`: in place if it first entered that year, else a new version from `year`. */
  async update(act: Act, id: number, year: number, input: TemplateInput, version: number): Promise<number> {
    return this.wf.run(async (m) => {
      const t = await this.lockInYear(m, act, id, year, version);
      const c = await cleanTemplate(m, input);
      if (c.code !== t.code) throw badInput('input.code', '编码不能修改', 'the code cannot change');
      const newId = await writeTemplate(m, t, year, c);
      await this.wf.record(m, act, 'UPDATE', 'IndicatorTemplate', newId, audited(t), audited(await this.get(m, newId)));
      return newId;
    });
  }

  /** Retires a template from `year` on: it leaves that year's library and later ones, and stays on old targets. */
  async retire(act: Act, id: number, year: number, version: number): Promise<number> {
    return this.wf.run(async (m) => {
      const t = await this.lockInYear(m, act, id, year, version);
      await m.query(`UPDATE indicator_template SET retired_from = $2, version = version + 1 WHERE id = $1`, [
        t.id,
        year,
      ]);
      await this.wf.record(m, act, 'RETIRE', 'IndicatorTemplate', t.id, audited(t), audited(await this.get(m, t.id)));
      return t.id;
    });
  }
}
