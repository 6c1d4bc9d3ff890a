import {
  COMPARATOR_SYMBOLS,
  INDICATOR_LEVEL1_LABELS,
  type Comparator,
  type IndicatorLevel1,
} from '@jixiao/schema/enums';
import {
  checkNewCode,
  cleanTemplate,
  insertTemplate,
  writeTemplate,
  type CleanTemplate,
  type TemplateRow,
} from '../../indicator/index.js';
import { administeredRegions } from '../../auth/index.js';
import { enumValues, type FieldSpec } from '../fields.js';
import { asProblems } from './checked.js';
import { changesSql, stagedParams, v, yearSql, type ImportKind } from './kind.js';

// Templates of the indicator library of the import's year (issue 12 §1), for administrators: matched by code in
// that year's library, each row checked by the library form's own checks (indicator-library.service.ts
// `cleanTemplate`, `checkNewCode`) and written as the form writes it (an edit of an earlier year's version
// starts a new version from this year).

const LEVEL1_VALUES = enumValues(
  Object.fromEntries(
    Object.entries(INDICATOR_LEVEL1_LABELS).map(([k, l]) => [k, [l.zh, l.en, l.zh.replace(/指标$/, '')]]),
  ) as Record<IndicatorLevel1, string[]>,
);
const COMPARATOR_WORDS: Record<Comparator, string[]> = {
  GE: ['>=', '大于等于', '不低于'],
  LE: ['<=', '小于等于', '不高于'],
  EQ: ['等于', '=='],
  GT: ['大于'],
  LT: ['小于'],
  QUALITATIVE: ['定性指标', 'qualitative'],
};
const COMPARATOR_VALUES = enumValues(
  Object.fromEntries(
    Object.entries(COMPARATOR_SYMBOLS).map(([k, sym]) => [k, [sym, ...COMPARATOR_WORDS[k as Comparator]]]),
  ),
);

const text = (field: string, zh: string, en: string, headings: string[], required = true): FieldSpec => ({
  field,
  zh,
  en,
  headings: [zh, en, ...headings],
  type: 'text',
  required,
  max: 400,
});

export const INDICATOR_FIELDS: FieldSpec[] = [
  { field: 'year', zh: '年度', en: 'Year', headings: ['年度', '指标库年度', 'Year'], type: 'year', required: false },
  text('groupCode', '分组编码', 'Group code', ['指标库分组', '指标分组编码', '类别编码', 'Group']),
  text('code', '指标编码', 'Indicator code', ['编码', '指标代码', 'Code']),
  {
    field: 'level1',
    zh: '一级指标',
    en: 'Level 1',
    headings: ['一级指标', 'Level 1', 'Level-1 indicator'],
    type: 'enum',
    required: true,
    values: LEVEL1_VALUES,
    passUnknown: true,
  },
  text('level2', '二级指标', 'Level 2', ['Level-2 indicator']),
  text('name', '三级指标', 'Level 3', ['指标名称', '三级指标名称', 'Indicator name', 'Name']),
  {
    field: 'comparator',
    zh: '比较符',
    en: 'Comparator',
    headings: ['比较符', '指标值类型', '符号', 'Comparator'],
    type: 'enum',
    required: true,
    values: COMPARATOR_VALUES,
    passUnknown: true,
  },
  text('unitOfMeasure', '计量单位', 'Unit of measure', ['度量单位', '单位', 'Unit'], false),
  text('referenceValue', '参考值', 'Reference value', ['指标值', '参考指标值', 'Reference'], false),
];

const COMPARE = [
  { field: 'groupCode', current: 'g.code', next: v('groupCode') },
  { field: 'level1', current: 't.level1', next: v('level1') },
  { field: 'level2', current: 't.level2', next: v('level2') },
  { field: 'name', current: 't.name', next: v('name') },
  { field: 'comparator', current: 't.comparator', next: v('comparator') },
  { field: 'unitOfMeasure', current: 't.unit_of_measure', next: `COALESCE(${v('unitOfMeasure')}, '')` },
  { field: 'referenceValue', current: 't.reference_value', next: `COALESCE(${v('referenceValue')}, '')` },
];

/** The library form's fields (input.x) → the import's columns. */
const FIELD_OF: Record<string, string> = Object.fromEntries(
  ['groupCode', 'code', 'level1', 'level2', 'name', 'comparator', 'unitOfMeasure', 'referenceValue'].map((f) => [
    `input.${f}`,
    f,
  ]),
);

/** The version of each code in the library of the year. */
const IN_YEAR = (year: string) => `t.from_year <= ${year} AND (t.retired_from IS NULL OR t.retired_from > ${year})`;

export const indicatorLibraryKind: ImportKind = {
  name: 'INDICATOR_LIBRARY',
  zh: '指标库模板',
  en: 'Indicator library templates',
  sheetNames: ['指标库', '指标模板', '指标库模板', 'Indicator library', 'Templates'],
  fields: INDICATOR_FIELDS,
  roles: ['ADMIN'],
  keyField: 'code',
  key: (d) => d.code ?? '',

  resolve(ctx) {
    const year = yearSql(ctx);
    // Each region keeps its library (scope.ts `libraryOf`): a code matches the version in the year's library of
    // a region the administrator administers; a code of a library above it is new here, and then refused by
    // `checkNewCode` as already in the library, as the form refuses it.
    const p = stagedParams(ctx);
    const sql = `SELECT s.line, NULL::int AS unit_id, t.id AS target_id, '{}'::jsonb AS refs
         FROM data_import_row s
         LEFT JOIN indicator_template t ON t.code = s.key AND ${IN_YEAR(year)}
               AND ${administeredRegions(ctx.viewer, p, 't.region_id')}
        WHERE s.import_id = $1`;
    return { sql, params: p.values };
  },

  judge(ctx) {
    const sql = `SELECT s.line, '[]'::jsonb AS problems, '[]'::jsonb AS warnings,
              CASE WHEN t.id IS NOT NULL THEN ${changesSql(COMPARE)} END AS changes
         FROM data_import_row s
         LEFT JOIN indicator_template t ON t.id = s.target_id
         LEFT JOIN indicator_group g ON g.id = t.group_id
        WHERE s.import_id = $1`;
    return { sql, params: [ctx.importId] };
  },

  async check(m, ctx, row) {
    const d = row.data;
    const r = await asProblems(FIELD_OF, 'code', async () => {
      const c = await cleanTemplate(m, {
        groupCode: d.groupCode ?? '',
        code: d.code ?? '',
        level1: d.level1 ?? '',
        level2: d.level2 ?? '',
        name: d.name ?? '',
        comparator: d.comparator ?? '',
        unitOfMeasure: d.unitOfMeasure ?? '',
        referenceValue: d.referenceValue ?? '',
      });
      if (row.targetId === null) await checkNewCode(m, ctx.viewer, c.code, ctx.year);
      return c;
    });
    return { problems: r.problems, refs: r.value ? { clean: r.value } : undefined };
  },

  async apply(m, ctx) {
    await m.query(
      `SELECT t.id FROM indicator_template t JOIN data_import_row s ON s.target_id = t.id
        WHERE s.import_id = $1 AND s.status = 'CHANGED' ORDER BY t.id FOR UPDATE OF t`,
      [ctx.importId],
    );
    const rows = (await m.query(
      `SELECT s.status, s.refs, t.* FROM data_import_row s LEFT JOIN indicator_template t ON t.id = s.target_id
        WHERE s.import_id = $1 AND s.status IN ('NEW', 'CHANGED') ORDER BY s.line`,
      [ctx.importId],
    )) as (TemplateRow & { status: string; refs: { clean: CleanTemplate } })[];
    let created = 0;
    for (const r of rows) {
      if (r.status === 'NEW') {
        await insertTemplate(m, ctx.viewer.regionId, ctx.year, r.refs.clean);
        created++;
      } else {
        await writeTemplate(m, r, ctx.year, r.refs.clean);
      }
    }
    return { templatesCreated: created, templatesUpdated: rows.length - created };
  },
};
