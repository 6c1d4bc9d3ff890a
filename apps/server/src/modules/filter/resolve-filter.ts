import type { DataSource } from 'typeorm';
import { AppError } from '../../graphql/errors.js';
import { idOf } from '../../graphql/global-id.js';
import {
  agencyRows,
  projectRows,
  regionRows,
  seesClassifiedRows,
  sqlParams,
  unitRows,
  type SqlParams,
  type Viewer,
} from '../auth/index.js';
import type { Filter } from './filter-sql.js';
import { FILTER_ALIASES, type FilterFields } from './filter.input.js';
import { searchesByBigrams } from './search-bigrams.js';

type IdField = 'sectionId' | 'unitId' | 'agencyId';
const ID_TYPES: Record<IdField, { type: string; zh: string; en: string }> = {
  sectionId: { type: 'Section', zh: '科室', en: 'section' },
  unitId: { type: 'Unit', zh: '单位', en: 'unit' },
  agencyId: { type: 'Agency', zh: '机构', en: 'agency' },
};

/**
 * The filter an argument gave, its older field names read as the canonical ones and its global ids turned
 * into database ids. A section, unit or agency the viewer may not see row by row is "not found": a filter
 * never narrows a figure to rows the viewer could not list (a classified unit's figures alone, say).
 */
export async function resolveFilter(
  db: Pick<DataSource, 'query'>,
  v: Viewer,
  input: FilterFields | null | undefined,
  arg = 'filter',
): Promise<Filter> {
  if (!input) return {};
  const f: Record<string, unknown> = { ...input };
  if ((input.flagMeasure == null) !== (input.flagMonth == null)) {
    const field = `${arg}.${input.flagMeasure == null ? 'flagMeasure' : 'flagMonth'}`;
    throw new AppError(
      'BAD_USER_INPUT',
      `${field}：flagMeasure 与 flagMonth 须同时给出`,
      `${field}: flagMeasure and flagMonth go together`,
      {
        field,
      },
    );
  }
  for (const a of FILTER_ALIASES) {
    if (!(input instanceof a.type)) continue;
    const value = (input as unknown as Record<string, unknown>)[a.alias];
    delete f[a.alias];
    if (value == null) continue;
    if (f[a.field] != null && f[a.field] !== value) {
      throw new AppError(
        'BAD_USER_INPUT',
        `${arg}.${a.alias}：与 ${a.field} 矛盾`,
        `${arg}.${a.alias}: contradicts ${a.field}`,
        { field: `${arg}.${a.alias}` },
      );
    }
    f[a.field] = value;
  }
  for (const field of Object.keys(ID_TYPES) as IdField[]) {
    const global = f[field] as string | null | undefined;
    if (!global) {
      f[field] = null;
      continue;
    }
    const id = idOf(ID_TYPES[field].type, global, `${arg}.${field}`);
    if (!(await visible(db, v, field, id))) {
      const { zh, en } = ID_TYPES[field];
      throw new AppError('NOT_FOUND', `${arg}.${field}：${zh}不存在或无权访问`, `${arg}.${field}: no such ${en}`, {
        field: `${arg}.${field}`,
      });
    }
    f[field] = id;
  }
  f.regionId = await regionOf(db, v, input.regionCode, arg);
  delete f.regionCode;
  for (const by of BY_CODE) {
    const code = (input as Record<string, unknown>)[by.code] as string | null | undefined;
    delete f[by.code];
    if (!code) continue;
    const id = await byCode(db, v, by, code, f.regionId as number | null, arg);
    if (f[by.field] != null && f[by.field] !== id) {
      throw new AppError(
        'BAD_USER_INPUT',
        `${arg}.${by.code}：与 ${by.field} 矛盾`,
        `${arg}.${by.code}: contradicts ${by.field}`,
        { field: `${arg}.${by.code}` },
      );
    }
    f[by.field] = id;
  }
  if (await searchesByBigrams(db, v, f)) f.searchBigrams = true;
  if (f.search && !seesClassifiedRows(v)) {
    f.searchScope = { project: (p: SqlParams) => projectRows(v, p), unit: (p: SqlParams) => unitRows(v, p) };
  }
  return f as Filter;
}

const BY_CODE = [
  { code: 'sectionCode', field: 'sectionId', zh: '科室', en: 'section' },
  { code: 'unitCode', field: 'unitId', zh: '单位', en: 'unit' },
] as const;

/**
 * A section or unit by its code, within what the viewer may see (and the county picked, if any): codes are
 * unique in a county, so an upper level naming a code several of its counties use must pick the county.
 */
async function byCode(
  db: Pick<DataSource, 'query'>,
  v: Viewer,
  by: (typeof BY_CODE)[number],
  code: string,
  regionId: number | null,
  arg: string,
): Promise<number> {
  const p = sqlParams([code]);
  const county = regionId != null ? ` AND x.region_id = ${p.push(regionId)}` : '';
  const sql =
    by.code === 'sectionCode'
      ? `SELECT x.id FROM section x WHERE x.code = $1 AND ${regionRows(v, p, 'x.region_id')}${county}`
      : `SELECT x.id FROM unit x WHERE x.code = $1 AND ${unitRows(v, p, 'x')}${county}`;
  const rows = (await db.query(`${sql} LIMIT 2`, p.values)) as { id: number }[];
  const field = `${arg}.${by.code}`;
  if (rows.length === 0) {
    throw new AppError('NOT_FOUND', `${field}：${by.zh}不存在或无权访问`, `${field}: no such ${by.en}`, { field });
  }
  if (rows.length > 1) {
    throw new AppError(
      'BAD_USER_INPUT',
      `${field}：多个县有此编码，请同时给出 regionCode`,
      `${field}: several counties use this code; give regionCode too`,
      { field },
    );
  }
  return rows[0]!.id;
}

/**
 * The county a filter's `regionCode` names, if the viewer's scope spans it: an upper level picks any county
 * below it, a county's people only their own; any other code is "not found" (issue 15 §3).
 */
async function regionOf(
  db: Pick<DataSource, 'query'>,
  v: Viewer,
  code: string | null | undefined,
  arg: string,
): Promise<number | null> {
  if (!code) return null;
  const p = sqlParams([code]);
  const [row] = (await db.query(
    `SELECT r.id FROM region r WHERE r.code = $1 AND r.level = 'COUNTY' AND ${regionRows(v, p, 'r.id')}`,
    p.values,
  )) as { id: number }[];
  if (!row) {
    const field = `${arg}.regionCode`;
    throw new AppError('NOT_FOUND', `${field}：县不存在或无权访问`, `${field}: no such county`, { field });
  }
  return row.id;
}

async function visible(db: Pick<DataSource, 'query'>, v: Viewer, field: IdField, id: number): Promise<boolean> {
  const p = sqlParams([id]);
  const sql = {
    sectionId: () => `SELECT 1 FROM section s WHERE s.id = $1 AND ${regionRows(v, p, 's.region_id')}`,
    unitId: () => `SELECT 1 FROM unit u WHERE u.id = $1 AND ${unitRows(v, p)}`,
    agencyId: () => `SELECT 1 FROM agency a WHERE a.id = $1 AND ${agencyRows(v, p)}`,
  }[field]();
  return (await db.query(sql, p.values)).length > 0;
}
