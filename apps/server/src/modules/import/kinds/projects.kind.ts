import { FUND_FAMILY_LABELS, PROJECT_KIND_LABELS, type FundFamily } from '@jixiao/schema/enums';
import { projectRows, regionRows, unitRows } from '../../auth/index.js';
import { enumValues, type FieldSpec } from '../fields.js';
import { changesSql, problemsSql, stagedParams, v, yearSql, type ImportKind, type Rule } from './kind.js';

// Each family under its labels and the names the budget systems print for it.
const FUND_FAMILY_SYNONYMS: Record<FundFamily, string[]> = {
  GENERAL_PUBLIC: ['一般公共预算资金', '一般公共预算拨款', '公共财政预算'],
  GOVERNMENT_FUND: ['政府性基金', '政府性基金预算资金', '政府性基金预算拨款'],
  STATE_CAPITAL: ['国有资本经营预算资金', '国有资本经营预算拨款'],
  SOCIAL_INSURANCE: ['社会保险基金', '社保基金'],
  SPECIAL_BOND: ['政府专项债', '专项债', '专项债券', '地方政府专项债券'],
  RURAL_REVITALIZATION: ['衔接资金', '乡村振兴衔接资金', '衔接推进乡村振兴补助资金'],
  TRANSFER_PAYMENT: ['转移支付', '中央转移支付', '上级转移支付', '专项转移支付'],
};
const FUND_FAMILY_VALUES = enumValues(
  Object.fromEntries(
    Object.entries(FUND_FAMILY_LABELS).map(([k, l]) => [k, [l.zh, l.en, ...FUND_FAMILY_SYNONYMS[k as FundFamily]]]),
  ),
);

const PROJECT_KIND_VALUES = enumValues({
  NEW: [PROJECT_KIND_LABELS.NEW.zh, PROJECT_KIND_LABELS.NEW.en, '新增项目', '新设'],
  RECURRING: [PROJECT_KIND_LABELS.RECURRING.zh, PROJECT_KIND_LABELS.RECURRING.en, '延续项目', '经常性项目', '经常性'],
  ONE_OFF: [PROJECT_KIND_LABELS.ONE_OFF.zh, PROJECT_KIND_LABELS.ONE_OFF.en, '一次性项目', 'one off'],
});

export const PROJECT_FIELDS: FieldSpec[] = [
  {
    field: 'projectCode',
    zh: '项目编码',
    en: 'Project code',
    headings: ['项目编码', '项目代码', '项目编号', 'Project code', 'code'],
    type: 'code',
    required: true,
    max: 40,
  },
  {
    field: 'name',
    zh: '项目名称',
    en: 'Project name',
    headings: ['项目名称', 'Project name', 'name'],
    type: 'text',
    required: true,
    max: 200,
  },
  {
    field: 'unitCode',
    zh: '单位编码',
    en: 'Unit code',
    headings: ['单位编码', '单位代码', '预算单位编码', '部门编码', 'Unit code'],
    type: 'code',
    required: true,
    max: 32,
  },
  {
    field: 'unitName',
    zh: '单位名称（仅供核对）',
    en: 'Unit name (for reading only)',
    headings: ['单位名称', '预算单位', '预算单位名称', 'Unit name', 'unit'],
    type: 'text',
    required: false,
    max: 100,
  },
  {
    field: 'fundFamily',
    zh: '资金性质',
    en: 'Fund family',
    headings: ['资金性质', '资金类别', '资金来源', '预算类型', 'Fund family', 'fund'],
    type: 'enum',
    required: true,
    values: FUND_FAMILY_VALUES,
    unknownCode: 'UNKNOWN_FUND_FAMILY',
  },
  {
    field: 'budget',
    zh: '预算金额（元）',
    en: 'Budget (yuan)',
    headings: [
      '预算金额（元）',
      '预算金额',
      '预算数（元）',
      '预算数',
      '年度预算数（元）',
      '金额（元）',
      'Budget (yuan)',
      'budget',
    ],
    type: 'money',
    required: true,
  },
  {
    field: 'kind',
    zh: '项目类型',
    en: 'Project type',
    headings: ['项目类型', '项目性质', '新增/延续', 'Project type', 'kind'],
    type: 'enum',
    required: true,
    values: PROJECT_KIND_VALUES,
  },
  {
    field: 'specialised',
    zh: '是否专项',
    en: 'Specialised',
    headings: ['是否专项', '专项', '是否专项资金', 'Specialised'],
    type: 'bool',
    required: false,
  },
  {
    field: 'transferDoc',
    zh: '转移支付文号',
    en: 'Transfer payment document',
    headings: ['转移支付文号', '上级转移支付文号', '指标文号', 'Transfer payment', 'Transfer payment document'],
    type: 'text',
    required: false,
    max: 100,
  },
  {
    field: 'inAnnualBudget',
    zh: '是否年初预算',
    en: 'In the annual budget',
    headings: ['是否年初预算', '年初预算', 'In annual budget'],
    type: 'bool',
    required: false,
  },
  {
    field: 'budgetedOn',
    zh: '预算下达日期',
    en: 'Budgeted on',
    headings: ['预算下达日期', '下达日期', '批复日期', 'Budgeted on'],
    type: 'date',
    required: false,
  },
  {
    field: 'isKey',
    zh: '是否重点项目',
    en: 'Key project',
    headings: ['是否重点项目', '重点项目', 'Key project'],
    type: 'bool',
    required: false,
  },
  {
    field: 'year',
    zh: '预算年度',
    en: 'Year',
    headings: ['预算年度', '年度', 'Year'],
    type: 'year',
    required: false,
  },
];

/** The comparisons of a staged row with its project `p` (unit `pu`, transfer payment `ptp`), as text. */
const COMPARE = [
  { field: 'name', current: 'p.name', next: v('name') },
  { field: 'unitCode', current: 'pu.code', next: v('unitCode') },
  { field: 'fundFamily', current: 'p.fund_family', next: v('fundFamily') },
  { field: 'budget', current: 'p.budget::text', next: v('budget') },
  { field: 'kind', current: 'p.kind', next: v('kind') },
  {
    field: 'specialised',
    current: 'p.is_specialised::text',
    next: `COALESCE(${v('specialised')}, p.is_specialised::text)`,
  },
  { field: 'transferDoc', current: 'ptp.document_no', next: `COALESCE(${v('transferDoc')}, ptp.document_no)` },
  {
    field: 'inAnnualBudget',
    current: 'p.in_annual_budget::text',
    next: `COALESCE(${v('inAnnualBudget')}, p.in_annual_budget::text)`,
  },
  { field: 'budgetedOn', current: 'p.budgeted_on::text', next: `COALESCE(${v('budgetedOn')}, p.budgeted_on::text)` },
  { field: 'isKey', current: 'p.is_key::text', next: `COALESCE(${v('isKey')}, p.is_key::text)` },
];

function rules(year: string): Rule[] {
  return [
    {
      field: 'unitCode',
      code: 'UNKNOWN_UNIT',
      zh: `'单位编码“' || ${v('unitCode')} || '”不存在或不在您的管理范围内'`,
      en: `'unknown unit code "' || ${v('unitCode')} || '" (or outside your scope)'`,
      when: `${v('unitCode')} IS NOT NULL AND s.unit_id IS NULL`,
    },
    {
      field: 'transferDoc',
      code: 'UNKNOWN_TRANSFER_PAYMENT',
      zh: `'本年度没有文号为“' || ${v('transferDoc')} || '”的上级转移支付'`,
      en: `'no transfer payment of the year has the document number "' || ${v('transferDoc')} || '"'`,
      when: `${v('transferDoc')} IS NOT NULL AND NOT s.refs ? 'transferPaymentId'`,
    },
    {
      field: 'budgetedOn',
      code: 'WRONG_YEAR',
      zh: `'预算下达日期 ' || ${v('budgetedOn')} || ' 不在导入年度 ${year} 年'`,
      en: `'budgeted on ' || ${v('budgetedOn')} || ', not in the import''s year ${year}'`,
      when: `extract(year FROM ${v('budgetedOn')}::date) <> ${year}`,
    },
    {
      field: 'projectCode',
      code: 'CODE_TAKEN',
      zh: `'项目编码“' || s.key || '”已被您管理范围以外的项目使用'`,
      en: `'the project code "' || s.key || '" belongs to a project outside your scope'`,
      when: `s.target_id IS NULL AND s.refs ? 'takenBy'`,
    },
    {
      field: 'unitCode',
      code: 'UNIT_LOCKED',
      zh: `'项目已进入绩效目标流程（' || p.target_status || '），不能改到其他单位'`,
      en: `'the project''s targets are under way (' || p.target_status || '): it cannot move to another unit'`,
      when: `s.unit_id IS NOT NULL AND p.unit_id <> s.unit_id AND p.target_status <> 'DRAFT'`,
    },
    // A budget may not fall below what is already executed: reported at a checkpoint, or paid by the treasury.
    {
      field: 'budget',
      code: 'BELOW_EXECUTED',
      zh: `'预算 ' || ${v('budget')} || ' 元低于已执行 ' || ex.executed::text || ' 元'`,
      en: `'the budget ' || ${v('budget')} || ' is below the ' || ex.executed::text || ' already executed'`,
      when: `${v('budget')}::numeric < ex.executed`,
    },
  ];
}

/** Projects and budgets of a year, from the budget system (预算管理一体化系统): matched by project code. */
export const projectsKind: ImportKind = {
  name: 'PROJECTS',
  zh: '项目及预算',
  en: 'Projects and budgets',
  sheetNames: ['项目', '项目支出', '项目预算', '项目支出预算', 'Projects'],
  fields: PROJECT_FIELDS,
  roles: ['PERFORMANCE', 'BUDGET'],
  keyField: 'projectCode',
  key: (d) => d.projectCode ?? '',

  resolve(ctx) {
    const year = yearSql(ctx);
    const p = stagedParams(ctx);
    // The unit among those the importer may see row by row (any other counts as unknown); the project with this
    // code in the importer's county and year (the import updates it); a code used by a project out of scope.
    const sql = `SELECT s.line, u.id AS unit_id, pr.id AS target_id,
              jsonb_strip_nulls(jsonb_build_object('transferPaymentId', tp.id, 'takenBy', taken.id)) AS refs
         FROM data_import_row s
         LEFT JOIN LATERAL (SELECT u.id FROM unit u WHERE u.code = ${v('unitCode')} AND ${unitRows(ctx.viewer, p, 'u')} LIMIT 1) u ON TRUE
         LEFT JOIN LATERAL (SELECT p.id FROM project p JOIN unit u ON u.id = p.unit_id
                             WHERE p.year = ${year} AND p.code = s.key AND ${projectRows(ctx.viewer, p)} LIMIT 1) pr ON TRUE
         LEFT JOIN LATERAL (SELECT x.id FROM project x WHERE pr.id IS NULL AND x.year = ${year} AND x.code = s.key
                               AND ${regionRows(ctx.viewer, p, 'x.region_id')} LIMIT 1) taken ON TRUE
         LEFT JOIN LATERAL (SELECT tp.id FROM transfer_payment tp WHERE tp.year = ${year} AND tp.document_no = ${v('transferDoc')}
                               AND ${regionRows(ctx.viewer, p, 'tp.region_id')} LIMIT 1) tp ON TRUE
        WHERE s.import_id = $1`;
    return { sql, params: p.values };
  },

  judge(ctx) {
    const year = yearSql(ctx);
    const sql = `SELECT s.line, ${problemsSql(rules(year))} AS problems, '[]'::jsonb AS warnings,
              CASE WHEN p.id IS NOT NULL THEN ${changesSql(COMPARE)} END AS changes
         FROM data_import_row s
         LEFT JOIN project p ON p.id = s.target_id
         LEFT JOIN unit pu ON pu.id = p.unit_id
         LEFT JOIN transfer_payment ptp ON ptp.id = p.transfer_payment_id
         LEFT JOIN LATERAL (SELECT GREATEST((SELECT max(mr.executed) FROM monitoring_report mr WHERE mr.project_id = p.id),
                                            (SELECT sum(tp.amount) FROM treasury_payment tp WHERE tp.project_id = p.id)) AS executed
                             WHERE p.id IS NOT NULL) ex ON TRUE
        WHERE s.import_id = $1`;
    return { sql, params: [ctx.importId] };
  },

  async apply(m, ctx) {
    const year = yearSql(ctx);
    const [{ n: newRows }] = await m.query(
      `SELECT count(*)::int AS n FROM data_import_row WHERE import_id = $1 AND status = 'NEW'`,
      [ctx.importId],
    );
    await m.query(
      `INSERT INTO project (region_id, year, unit_id, fund_family, code, name, budget, kind, is_specialised,
                            transfer_payment_id, in_annual_budget, budgeted_on, is_key, target_status)
       SELECT u.region_id, ${year}, u.id, ${v('fundFamily')}, s.key, ${v('name')}, ${v('budget')}::numeric, ${v('kind')},
              COALESCE(${v('specialised')}::boolean, false), (s.refs->>'transferPaymentId')::int,
              COALESCE(${v('inAnnualBudget')}::boolean, true),
              COALESCE(${v('budgetedOn')}::date,
                       CASE WHEN COALESCE(${v('inAnnualBudget')}::boolean, true) THEN make_date(${year}, 1, 1)
                            ELSE (now() AT TIME ZONE 'Asia/Shanghai')::date END),
              COALESCE(${v('isKey')}::boolean, false), 'DRAFT'
         FROM data_import_row s JOIN unit u ON u.id = s.unit_id
        WHERE s.import_id = $1 AND s.status = 'NEW'`,
      [ctx.importId],
    );
    // Thousands of new projects leave the planner's statistics behind: it then looked projects up by year and
    // county instead of by code or unit (a scan of the year per staged row: minutes for the next import).
    if (newRows >= 1000) await m.query(`ANALYZE project`);
    // The new ids back into the staged rows, found by the project's unique (unit, code, year) index (a join
    // with the INSERT's RETURNING has no statistics and ran as a nested loop: 16 s for 10,000 rows).
    const [, created] = await m.query(
      `UPDATE data_import_row s SET target_id = p.id FROM project p
        WHERE s.import_id = $1 AND s.status = 'NEW' AND p.unit_id = s.unit_id AND p.code = s.key AND p.year = ${year}`,
      [ctx.importId],
    );
    const [, updated] = await m.query(
      `UPDATE project p SET name = ${v('name')}, unit_id = s.unit_id, fund_family = ${v('fundFamily')},
              budget = ${v('budget')}::numeric, kind = ${v('kind')},
              is_specialised = COALESCE(${v('specialised')}::boolean, p.is_specialised),
              transfer_payment_id = COALESCE((s.refs->>'transferPaymentId')::int, p.transfer_payment_id),
              in_annual_budget = COALESCE(${v('inAnnualBudget')}::boolean, p.in_annual_budget),
              budgeted_on = COALESCE(${v('budgetedOn')}::date, p.budgeted_on),
              is_key = COALESCE(${v('isKey')}::boolean, p.is_key),
              version = p.version + 1
         FROM data_import_row s
        WHERE s.import_id = $1 AND s.status = 'CHANGED' AND p.id = s.target_id`,
      [ctx.importId],
    );
    return { projectsCreated: created as number, projectsUpdated: updated as number };
  },
};
