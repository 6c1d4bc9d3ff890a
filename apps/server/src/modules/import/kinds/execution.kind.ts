import { projectRows } from '../../auth/scope.js';
import type { FieldSpec } from '../fields.js';
import { addProblem, changesSql, stagedParams, v, yearSql, type ImportKind } from './kind.js';

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

const projectId = `(r.refs->>'projectId')::int`;

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

  async diff(m, ctx) {
    const year = yearSql(ctx);
    let p = stagedParams(ctx);
    await m.query(
      `UPDATE data_import_row r SET unit_id = p.unit_id,
              refs = r.refs || jsonb_build_object('projectId', p.id, 'unitCode', u.code, 'budget', p.budget::text)
         FROM project p JOIN unit u ON u.id = p.unit_id
        WHERE r.import_id = $1 AND p.year = ${year} AND p.code = ${v('projectCode')} AND ${projectRows(ctx.viewer, p)}`,
      p.values,
    );
    p = stagedParams(ctx);
    await addProblem(m, p, {
      field: 'projectCode',
      code: 'UNKNOWN_PROJECT',
      zh: `'本年度没有编码为“' || ${v('projectCode')} || '”的项目（或不在您的管理范围内）'`,
      en: `'no project of the year has the code "' || ${v('projectCode')} || '" (or it is outside your scope)'`,
      where: `${v('projectCode')} IS NOT NULL AND NOT r.refs ? 'projectId'`,
    });
    p = stagedParams(ctx);
    await addProblem(m, p, {
      field: 'unitCode',
      code: 'UNIT_MISMATCH',
      zh: `'单位编码“' || ${v('unitCode')} || '”与项目所属单位“' || (r.refs->>'unitCode') || '”不符'`,
      en: `'unit code "' || ${v('unitCode')} || '" is not the project''s unit "' || (r.refs->>'unitCode') || '"'`,
      where: `${v('unitCode')} IS NOT NULL AND r.refs ? 'unitCode' AND ${v('unitCode')} <> r.refs->>'unitCode'`,
    });

    p = stagedParams(ctx);
    await m.query(
      `UPDATE data_import_row r SET target_id = tp.id FROM treasury_payment tp
        WHERE r.import_id = $1 AND tp.project_id = ${projectId} AND tp.month = ${v('month')}::int`,
      p.values,
    );

    // The year's payments of each project as they would stand after the commit: the file's months replace theirs.
    const after = `(SELECT pid AS project_id, sum(amount) AS paid FROM (
                      SELECT tp.project_id AS pid, tp.amount FROM treasury_payment tp
                       WHERE tp.project_id IN (SELECT (s.refs->>'projectId')::int FROM data_import_row s WHERE s.import_id = $1)
                         AND NOT EXISTS (SELECT 1 FROM data_import_row s WHERE s.import_id = $1 AND s.target_id = tp.id
                                           AND s.errors = '[]'::jsonb)
                      UNION ALL
                      SELECT (s.refs->>'projectId')::int, (s.data->>'amount')::numeric FROM data_import_row s
                       WHERE s.import_id = $1 AND s.refs ? 'projectId' AND s.errors = '[]'::jsonb) x
                    GROUP BY pid) paid`;
    p = stagedParams(ctx);
    await addProblem(m, p, {
      field: 'amount',
      code: 'OVER_BUDGET',
      zh: `'项目全年累计支付 ' || paid.paid::text || ' 元超过预算 ' || (r.refs->>'budget') || ' 元'`,
      en: `'the project''s payments of the year, ' || paid.paid::text || ', exceed its budget ' || (r.refs->>'budget')`,
      from: after,
      where: `paid.project_id = ${projectId} AND paid.paid > (r.refs->>'budget')::numeric`,
    });

    // A confirmed report keeps its figure: say so on every row that would have moved it.
    p = stagedParams(ctx);
    await addProblem(m, p, {
      list: 'warnings',
      field: 'month',
      code: 'CONFIRMED_REPORT',
      zh: `c.month || '月监控报告已确认（执行数 ' || mr.executed::text || ' 元），不随本次导入改变'`,
      en: `'the ' || c.year || '-' || lpad(c.month::text, 2, '0') || ' monitoring report is confirmed (executed ' || mr.executed::text || '): this import does not change it'`,
      from: `monitoring_report mr JOIN monitoring_checkpoint c ON c.id = mr.checkpoint_id AND c.scope = 'PROJECT'`,
      where: `mr.project_id = ${projectId} AND mr.status = 'CONFIRMED' AND c.year = ${year} AND c.month >= ${v('month')}::int
              AND r.parse_errors = '[]'::jsonb
              AND (SELECT COALESCE(sum(tp.amount), 0) FROM treasury_payment tp WHERE tp.id = r.target_id)
                  IS DISTINCT FROM ${v('amount')}::numeric`,
    });

    p = stagedParams(ctx);
    await m.query(
      `UPDATE data_import_row r SET changes = ${changesSql([{ field: 'amount', current: 'tp.amount::text', next: v('amount') }])}
         FROM treasury_payment tp WHERE r.import_id = $1 AND tp.id = r.target_id`,
      p.values,
    );
  },

  async apply(m, ctx) {
    const year = yearSql(ctx);
    await m.query(
      `WITH up AS (
         INSERT INTO treasury_payment (project_id, month, amount, import_id)
         SELECT ${projectId}, ${v('month')}::int, ${v('amount')}::numeric, $1 FROM data_import_row r
          WHERE r.import_id = $1 AND r.status IN ('NEW', 'CHANGED')
         ON CONFLICT (project_id, month) DO UPDATE SET amount = EXCLUDED.amount, import_id = EXCLUDED.import_id
         RETURNING id, project_id, month)
       UPDATE data_import_row r SET target_id = up.id FROM up
        WHERE r.import_id = $1 AND r.status = 'NEW' AND up.project_id = ${projectId} AND up.month = ${v('month')}::int`,
      [ctx.importId],
    );
    // Reports of the year not yet confirmed take the cumulative payments up to their checkpoint's month.
    const [, reports] = await m.query(
      `WITH due AS (
         SELECT mr.id, (SELECT COALESCE(sum(tp.amount), 0) FROM treasury_payment tp
                         WHERE tp.project_id = mr.project_id AND tp.month <= c.month) AS executed
           FROM monitoring_report mr JOIN monitoring_checkpoint c ON c.id = mr.checkpoint_id AND c.scope = 'PROJECT'
          WHERE c.year = ${year} AND mr.status <> 'CONFIRMED'
            AND mr.project_id IN (SELECT ${projectId} FROM data_import_row r WHERE r.import_id = $1 AND r.status IN ('NEW', 'CHANGED')))
       UPDATE monitoring_report mr SET executed = due.executed, version = mr.version + 1
         FROM due WHERE mr.id = due.id AND mr.executed IS DISTINCT FROM due.executed`,
      [ctx.importId],
    );
    return { reportsUpdated: reports as number };
  },
};
