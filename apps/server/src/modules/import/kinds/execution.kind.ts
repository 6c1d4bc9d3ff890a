import { projectRows } from '../../auth/index.js';
import type { FieldSpec } from '../fields.js';
import { changesSql, problemsSql, stagedParams, v, yearSql, type ImportKind, type Rule } from './kind.js';

export const EXECUTION_FIELDS: FieldSpec[] = [
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
    field: 'projectName',
    zh: '项目名称（仅供核对）',
    en: 'Project name (for reading only)',
    headings: ['项目名称', 'Project name', 'name'],
    type: 'text',
    required: false,
    max: 200,
  },
  {
    field: 'unitCode',
    zh: '单位编码',
    en: 'Unit code',
    headings: ['单位编码', '单位代码', '预算单位编码', 'Unit code'],
    type: 'code',
    required: false,
    max: 32,
  },
  {
    field: 'unitName',
    zh: '单位名称（仅供核对）',
    en: 'Unit name (for reading only)',
    headings: ['单位名称', '预算单位', '预算单位名称', 'Unit name'],
    type: 'text',
    required: false,
    max: 100,
  },
  {
    field: 'month',
    zh: '支付月份',
    en: 'Month',
    headings: ['支付月份', '月份', '支付期间', '期间', '所属期', 'Month'],
    type: 'month',
    required: true,
  },
  {
    field: 'amount',
    zh: '支付金额（元）',
    en: 'Paid (yuan)',
    headings: [
      '支付金额（元）',
      '实际支付金额（元）',
      '支付金额',
      '实际支付金额',
      '本月支付（元）',
      'Paid (yuan)',
      'Amount paid',
      'amount',
    ],
    type: 'money',
    required: true,
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

const projectId = `(s.refs->>'projectId')::int`;

const RULES: Rule[] = [
  {
    field: 'projectCode',
    code: 'UNKNOWN_PROJECT',
    zh: `'本年度没有编码为“' || ${v('projectCode')} || '”的项目（或不在您的管理范围内）'`,
    en: `'no project of the year has the code "' || ${v('projectCode')} || '" (or it is outside your scope)'`,
    when: `${v('projectCode')} IS NOT NULL AND NOT s.refs ? 'projectId'`,
  },
  {
    field: 'unitCode',
    code: 'UNIT_MISMATCH',
    zh: `'单位编码“' || ${v('unitCode')} || '”与项目所属单位“' || (s.refs->>'unitCode') || '”不符'`,
    en: `'unit code "' || ${v('unitCode')} || '" is not the project''s unit "' || (s.refs->>'unitCode') || '"'`,
    when: `${v('unitCode')} <> s.refs->>'unitCode'`,
  },
  {
    field: 'amount',
    code: 'OVER_BUDGET',
    zh: `'项目全年累计支付 ' || paid.paid::text || ' 元超过预算 ' || (s.refs->>'budget') || ' 元'`,
    en: `'the project''s payments of the year, ' || paid.paid::text || ', exceed its budget ' || (s.refs->>'budget')`,
    when: `paid.paid > (s.refs->>'budget')::numeric`,
  },
];

/**
 * The treasury's payments (国库集中支付) per project and month: one row per project and month; the same project
 * and month twice is a duplicate. Committed payments replace that month's amount, and every monitoring report
 * of the year not yet confirmed takes as executed the cumulative payments up to its checkpoint's month.
 * A confirmed report is never changed: the rows whose payments would have changed it carry a warning.
 */
export const executionKind: ImportKind = {
  name: 'EXECUTION',
  zh: '国库集中支付（预算执行）',
  en: 'Treasury payments (execution)',
  sheetNames: ['支付明细', '国库支付', '国库集中支付', '支付数据', 'Payments'],
  fields: EXECUTION_FIELDS,
  roles: ['PERFORMANCE', 'BUDGET'],
  keyField: 'month',
  key: (d) => (d.projectCode && d.month ? `${d.projectCode}|${d.month}` : ''),

  resolve(ctx) {
    const year = yearSql(ctx);
    const p = stagedParams(ctx);
    const sql = `SELECT s.line, pr.unit_id, tp.id AS target_id,
              CASE WHEN pr.id IS NULL THEN '{}'::jsonb
                   ELSE jsonb_build_object('projectId', pr.id, 'unitCode', pr.unit_code, 'budget', pr.budget::text) END AS refs
         FROM data_import_row s
         LEFT JOIN LATERAL (SELECT p.id, p.unit_id, u.code AS unit_code, p.budget FROM project p JOIN unit u ON u.id = p.unit_id
                             WHERE p.year = ${year} AND p.code = ${v('projectCode')} AND ${projectRows(ctx.viewer, p)} LIMIT 1) pr ON TRUE
         LEFT JOIN treasury_payment tp ON tp.project_id = pr.id AND tp.month = (${v('month')})::int
        WHERE s.import_id = $1`;
    return { sql, params: p.values };
  },

  judge(ctx) {
    const year = yearSql(ctx);
    // The year's payments of each project as they would stand after the commit: the file's good rows replace
    // their months, the other months keep what is stored.
    const good = `s2.import_id = $1 AND s2.errors = '[]'::jsonb AND s2.refs ? 'projectId'`;
    const sql = `WITH paid AS (
           SELECT project_id, sum(amount) AS paid FROM (
             SELECT tp.project_id, tp.amount FROM treasury_payment tp
              WHERE tp.project_id IN (SELECT (s2.refs->>'projectId')::int FROM data_import_row s2 WHERE ${good})
                AND tp.id NOT IN (SELECT s2.target_id FROM data_import_row s2 WHERE ${good} AND s2.target_id IS NOT NULL)
             UNION ALL
             SELECT (s2.refs->>'projectId')::int, (s2.data->>'amount')::numeric FROM data_import_row s2 WHERE ${good}) x
           GROUP BY project_id)
       SELECT s.line, ${problemsSql(RULES)} AS problems,
              CASE WHEN cr.month IS NOT NULL THEN jsonb_build_array(jsonb_build_object('field', 'month', 'code', 'CONFIRMED_REPORT',
                'zh', cr.month || '月监控报告已确认（执行数 ' || cr.executed::text || ' 元），不随本次导入改变',
                'en', 'the ${year}-' || lpad(cr.month::text, 2, '0') || ' monitoring report is confirmed (executed ' || cr.executed::text || '): this import does not change it'))
                   ELSE '[]'::jsonb END AS warnings,
              CASE WHEN tp.id IS NOT NULL THEN ${changesSql([{ field: 'amount', current: 'tp.amount::text', next: v('amount') }])} END AS changes
         FROM data_import_row s
         LEFT JOIN paid ON paid.project_id = ${projectId}
         LEFT JOIN treasury_payment tp ON tp.id = s.target_id
         -- A confirmed report the row's payment would have moved (a new or changed amount up to its month): say so.
         LEFT JOIN LATERAL (SELECT c.month, mr.executed FROM monitoring_report mr
                              JOIN monitoring_checkpoint c ON c.id = mr.checkpoint_id AND c.scope = 'PROJECT'
                             WHERE mr.project_id = ${projectId} AND mr.status = 'CONFIRMED' AND c.year = ${year}
                               AND c.month >= ${v('month')}::int AND s.parse_errors = '[]'::jsonb
                               AND COALESCE(tp.amount, 0) IS DISTINCT FROM ${v('amount')}::numeric
                             ORDER BY c.month LIMIT 1) cr ON TRUE
        WHERE s.import_id = $1`;
    return { sql, params: [ctx.importId] };
  },

  async apply(m, ctx) {
    const year = yearSql(ctx);
    await m.query(
      `INSERT INTO treasury_payment (project_id, month, amount, import_id)
       SELECT ${projectId}, ${v('month')}::int, ${v('amount')}::numeric, $1 FROM data_import_row s
        WHERE s.import_id = $1 AND s.status IN ('NEW', 'CHANGED')
       ON CONFLICT (project_id, month) DO UPDATE SET amount = EXCLUDED.amount, import_id = EXCLUDED.import_id`,
      [ctx.importId],
    );
    await m.query(
      `UPDATE data_import_row s SET target_id = tp.id FROM treasury_payment tp
        WHERE s.import_id = $1 AND s.status = 'NEW' AND tp.project_id = ${projectId} AND tp.month = ${v('month')}::int`,
      [ctx.importId],
    );
    // Reports of the year not yet confirmed take the cumulative payments up to their checkpoint's month.
    const [, reports] = await m.query(
      `WITH due AS (
         SELECT mr.id, (SELECT COALESCE(sum(tp.amount), 0) FROM treasury_payment tp
                         WHERE tp.project_id = mr.project_id AND tp.month <= c.month) AS executed
           FROM monitoring_report mr JOIN monitoring_checkpoint c ON c.id = mr.checkpoint_id AND c.scope = 'PROJECT'
          WHERE c.year = ${year} AND mr.status <> 'CONFIRMED'
            AND mr.project_id IN (SELECT ${projectId} FROM data_import_row s WHERE s.import_id = $1 AND s.status IN ('NEW', 'CHANGED')))
       UPDATE monitoring_report mr SET executed = due.executed, version = mr.version + 1
         FROM due WHERE mr.id = due.id AND mr.executed IS DISTINCT FROM due.executed`,
      [ctx.importId],
    );
    return { reportsUpdated: reports as number };
  },
};
