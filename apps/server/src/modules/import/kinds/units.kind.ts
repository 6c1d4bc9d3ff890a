import { administeredRegions, sqlParams } from '../../auth/index.js';
import { checkUnit, unitRegion } from '../../organisation/index.js';
import type { FieldSpec } from '../fields.js';
import { activeValues, asProblems } from './checked.js';
import { changesSql, stagedParams, v, type ImportKind } from './kind.js';

// Units of a county in bulk (issue 12 §1), for its administrator: matched by unit code within the county, each
// row checked by the unit form's own checks (organisation/unit-section.service.ts `checkUnit`).

export const UNIT_FIELDS: FieldSpec[] = [
  {
    field: 'code',
    zh: '单位编码',
    en: 'Unit code',
    headings: ['单位编码', '单位代码', '预算单位编码', '单位编号', 'Unit code', 'code'],
    type: 'text',
    required: true,
    max: 200,
  },
  {
    field: 'name',
    zh: '单位名称',
    en: 'Unit name',
    headings: ['单位名称', '预算单位名称', '预算单位', 'Unit name', 'name'],
    type: 'text',
    required: true,
    max: 200,
  },
  {
    field: 'classified',
    zh: '是否涉密',
    en: 'Classified',
    headings: ['是否涉密', '涉密', '涉密单位', 'Classified'],
    type: 'bool',
    required: false,
  },
  {
    field: 'sectionCode',
    zh: '对口业务科室编码',
    en: 'Overseeing business section code',
    headings: [
      '对口业务科室编码',
      '业务科室编码',
      '对口科室编码',
      '主管科室编码',
      'Overseeing business section code',
      'Section code',
    ],
    type: 'text',
    required: true,
    max: 200,
  },
  {
    field: 'active',
    zh: '状态（在用/撤销）',
    en: 'Status (active/retired)',
    headings: ['状态', '单位状态', '是否在用', '状态（在用/撤销）', 'Status', 'Active', 'Status (active/retired)'],
    type: 'enum',
    required: false,
    values: activeValues('RETIRED'),
  },
  {
    field: 'regionCode',
    zh: '地区代码（默认本地区）',
    en: 'Region code (default: yours)',
    headings: ['地区代码', '行政区划代码', '所属地区代码', 'Region code'],
    type: 'text',
    required: false,
    max: 200,
  },
];

const STATUS = `CASE WHEN u.active THEN 'ACTIVE' ELSE 'RETIRED' END`;
const COMPARE = [
  { field: 'name', current: 'u.name', next: v('name') },
  { field: 'classified', current: 'u.classified::text', next: `COALESCE(${v('classified')}, u.classified::text)` },
  { field: 'sectionCode', current: 'us.code', next: v('sectionCode') },
  { field: 'active', current: STATUS, next: `COALESCE(${v('active')}, ${STATUS})` },
];

/** The unit form's fields → the import's columns. */
const FIELD_OF: Record<string, string> = {
  regionCode: 'regionCode',
  code: 'code',
  name: 'name',
  sectionId: 'sectionCode',
};

export const unitsKind: ImportKind = {
  name: 'UNITS',
  zh: '预算单位',
  en: 'Budget units',
  sheetNames: ['单位', '预算单位', '单位名录', 'Units'],
  fields: UNIT_FIELDS,
  roles: ['ADMIN'],
  keyField: 'code',
  // A unit is its code within its county.
  key: (d) => (d.code ? `${d.regionCode ?? ''}|${d.code}` : ''),

  resolve(ctx) {
    const p = stagedParams(ctx);
    const own = p.push(ctx.viewer.regionId);
    // The county named (else the administrator's own), among the administered regions; the unit with the code
    // in it; the section with the code in it.
    const sql = `SELECT s.line, NULL::int AS unit_id, u.id AS target_id,
              jsonb_strip_nulls(jsonb_build_object('regionId', r.id, 'sectionId', sec.id)) AS refs
         FROM data_import_row s
         LEFT JOIN LATERAL (SELECT r.id FROM region r
                             WHERE (r.code = ${v('regionCode')} OR (${v('regionCode')} IS NULL AND r.id = ${own}))
                               AND ${administeredRegions(ctx.viewer, p, 'r.id')} LIMIT 1) r ON TRUE
         LEFT JOIN unit u ON u.region_id = r.id AND u.code = ${v('code')}
         LEFT JOIN section sec ON sec.region_id = r.id AND sec.code = ${v('sectionCode')}
        WHERE s.import_id = $1`;
    return { sql, params: p.values };
  },

  judge(ctx) {
    const sql = `SELECT s.line, '[]'::jsonb AS problems, '[]'::jsonb AS warnings,
              CASE WHEN u.id IS NOT NULL THEN ${changesSql(COMPARE)} END AS changes
         FROM data_import_row s
         LEFT JOIN unit u ON u.id = s.target_id
         LEFT JOIN section us ON us.id = u.supervising_section_id
        WHERE s.import_id = $1`;
    return { sql, params: [ctx.importId] };
  },

  async check(m, ctx, row) {
    const act = { viewer: ctx.viewer, requestId: 'import' };
    const r = await asProblems(FIELD_OF, 'code', async () => {
      let regionCode = row.data.regionCode;
      if (!regionCode) {
        const p = sqlParams([ctx.viewer.regionId]);
        [{ code: regionCode }] = await m.query(`SELECT code FROM region WHERE id = $1`, p.values);
      }
      const region = await unitRegion(m, act, regionCode!);
      // A section code not found in the county: the form's check refuses the section (no such section).
      const sectionId = (row.refs.sectionId as number | undefined) ?? 0;
      await checkUnit(m, region.id, row.targetId, { code: row.data.code!, name: row.data.name!, sectionId });
    });
    return { problems: r.problems };
  },

  async apply(m, ctx) {
    const created = await m.query(
      `INSERT INTO unit (region_id, code, name, classified, supervising_section_id, active)
       SELECT (s.refs->>'regionId')::int, ${v('code')}, ${v('name')}, COALESCE(${v('classified')}::boolean, false),
              (s.refs->>'sectionId')::int, COALESCE(${v('active')}, 'ACTIVE') = 'ACTIVE'
         FROM data_import_row s WHERE s.import_id = $1 AND s.status = 'NEW' ORDER BY s.line
       RETURNING id`,
      [ctx.importId],
    );
    const [, updated] = await m.query(
      `UPDATE unit u SET name = ${v('name')}, classified = COALESCE(${v('classified')}::boolean, u.classified),
              supervising_section_id = (s.refs->>'sectionId')::int,
              active = COALESCE(${v('active')} = 'ACTIVE', u.active), version = u.version + 1
         FROM data_import_row s
        WHERE s.import_id = $1 AND s.status = 'CHANGED' AND u.id = s.target_id`,
      [ctx.importId],
    );
    return { unitsCreated: (created as unknown[]).length, unitsUpdated: updated as number };
  },
};
