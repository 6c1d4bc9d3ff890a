import { INDICATOR_LEVEL1, type Comparator } from '@jixiao/schema/enums';
import { divRoundHalfUp, formatScaled } from '../../../rules/decimal.js';
import { keyIndicatorDeviates } from '../../../rules/monitoring.js';
import { ratioTerms } from '../../../rules/ratio.js';
import { FormSheet, MONEY_WAN, TWO_DECIMALS, indicatorValue, wan } from './form-layout.js';
import { byProject, type ProjectForm } from './project-form.js';
import { writeFormHead, writeProjectBlock, writeSignature } from './project-header.js';

const REPORT_STATUS_ZH: Record<string, string> = {
  DRAFT: '草稿',
  SUBMITTED: '已报送，待初审',
  REVIEWED: '已初审，待确认',
  CONFIRMED: '已确认',
};

interface Actual {
  level1: string;
  level2: string;
  name: string;
  comparator: Comparator;
  target_value: string | null;
  target_text: string | null;
  unit_of_measure: string;
  is_key: boolean;
  planned: string | null;
  actual: string | null;
  deviation: string | null;
  explanation: string;
}

/**
 * 绩效监控情况表 of one checkpoint ("双监控"): the execution against the share of the year elapsed, each
 * indicator's plan, actual and deviation, the rules' verdicts, the reasons, and the flag with its measures.
 * The variant is the checkpoint's month.
 */
export const monitoringForm: ProjectForm = {
  key: 'monitoring',
  title: '绩效监控情况表',
  variants: true,

  async available(db, projectIds) {
    return byProject(
      await db.query(
        `SELECT r.project_id, c.month::text AS variant
           FROM monitoring_report r JOIN monitoring_checkpoint c ON c.id = r.checkpoint_id AND c.scope = 'PROJECT'
          WHERE r.project_id = ANY($1) AND r.status <> 'DRAFT'
          ORDER BY r.project_id, c.period_end`,
        [projectIds],
      ),
    );
  },

  async write({ db, rules }, wb, h, variant) {
    if (!/^\d{1,2}$/.test(variant)) return false;
    const [r] = await db.query(
      `SELECT r.id, r.status, r.failed, r.failure_reasons, r.submitted_on::text AS submitted_on, r.review_comment,
              c.id AS checkpoint_id, c.month, c.period_end::text AS period_end,
              trim_scale(r.budget / 10000)::text AS budget_wan, trim_scale(r.executed / 10000)::text AS executed_wan,
              CASE WHEN r.budget > 0 THEN round(r.executed * 100 / r.budget, 2)::text END AS rate
         FROM monitoring_report r JOIN monitoring_checkpoint c ON c.id = r.checkpoint_id AND c.scope = 'PROJECT'
        WHERE r.project_id = $1 AND c.month = $2 AND c.year = $3 AND r.status <> 'DRAFT'`,
      [h.id, Number(variant), h.year],
    );
    if (!r) return false;
    const actuals = (await db.query(
      `SELECT i.level1, i.level2, i.name, i.comparator, trim_scale(i.target_value)::text AS target_value, i.target_text,
              i.unit_of_measure, i.is_key, trim_scale(a.planned_value)::text AS planned, trim_scale(a.actual_value)::text AS actual,
              CASE WHEN a.planned_value <> 0 AND a.actual_value IS NOT NULL
                   THEN round((a.actual_value - a.planned_value) * 100 / abs(a.planned_value), 2)::text END AS deviation,
              a.explanation, i.id
         FROM indicator_actual a JOIN project_indicator i ON i.id = a.project_indicator_id
        WHERE a.report_id = $1
        ORDER BY array_position($2::text[], i.level1::text), i.level2, i.id`,
      [r.id, INDICATOR_LEVEL1],
    )) as (Actual & { id: number })[];
    const flags = (await db.query(
      `SELECT f.level, f.status, f.deadline::text AS deadline, f.owner_name, f.rectification_plan,
              f.closed_on::text AS closed_on, trim_scale(f.proposed_reduction / 10000)::text AS reduction_wan,
              f.escalated_checkpoint_id = $2 AS escalated_here
         FROM flag f WHERE f.project_id = $1 AND (f.raised_checkpoint_id = $2 OR f.escalated_checkpoint_id = $2)
        ORDER BY f.id`,
      [h.id, r.checkpoint_id],
    )) as Record<string, any>[];

    const yearRules = await rules(h.regionId, h.year);
    const checkpoint = yearRules.monitoring.checkpoints.find((c) => c.month === r.month);
    const elapsed = ratioTerms(checkpoint?.elapsedShare ?? { numerator: r.month, denominator: 12 }, 'elapsedShare');
    // The rule's verdict for each quantitative indicator (the same function that checks a report when it is filed).
    const deviates = (a: Actual) =>
      a.planned === null || a.actual === null || a.comparator === 'QUALITATIVE'
        ? null
        : keyIndicatorDeviates(
            { comparator: a.comparator, planned: a.planned, actual: a.actual },
            yearRules.monitoring.maxKeyIndicatorDeviation,
          );
    // failure_reasons point at the key indicators with a plan, in the order the confirmation read them.
    const keyNames = [...actuals]
      .filter((a) => a.is_key && a.planned !== null)
      .sort((a, b) => a.id - b.id)
      .map((a) => a.name);
    const reasons = ((r.failure_reasons ?? []) as { code: string; indicatorIndex?: number }[]).map((x) =>
      x.code === 'EXECUTION_BELOW_ELAPSED'
        ? '预算执行率低于序时进度'
        : `关键指标“${keyNames[x.indicatorIndex ?? -1] ?? '?'}”偏离计划超过规定比例`,
    );
    const executionFailed = reasons.includes('预算执行率低于序时进度');

    // 一级 | 二级 | 三级 | 年度指标值 | 计划值 | 实际完成值 | 偏差率 | 关键指标 | 偏离判定 | 偏差原因
    const form = new FormSheet(wb, '绩效监控情况表', [12, 10, 12, 26, 12, 11, 11, 10, 8, 9, 28]);
    writeFormHead(form, this.title, `（${h.year}年度，截至${r.period_end}）`, h);
    writeProjectBlock(form, h);
    form.sideLabel('项目资金（万元）', () => {
      form.gridRowFrom(2, [
        { value: '全年预算数', label: true, span: 2 },
        { value: `截至${r.month}月执行数`, label: true, span: 2 },
        { value: '执行率（%）', label: true, span: 2 },
        { value: '序时进度（%）', label: true, span: 2 },
        { value: '执行判定', label: true, span: 2 },
      ]);
      form.gridRowFrom(2, [
        { value: wan(r.budget_wan), span: 2, numFmt: MONEY_WAN },
        { value: wan(r.executed_wan), span: 2, numFmt: MONEY_WAN },
        { value: r.rate === null ? '—' : Number(r.rate), span: 2, numFmt: TWO_DECIMALS },
        {
          value: Number(formatScaled(divRoundHalfUp(elapsed.n * 10000n, elapsed.d), 2)),
          span: 2,
          numFmt: TWO_DECIMALS,
        },
        { value: r.failed === null ? '待确认' : executionFailed ? '低于序时进度' : '正常', span: 2, align: 'center' },
      ]);
    });
    form.sideLabel('绩效指标', () => {
      form.gridRowFrom(2, [
        { value: '一级指标', label: true },
        { value: '二级指标', label: true },
        { value: '三级指标', label: true },
        { value: '年度指标值', label: true },
        { value: `截至${r.month}月计划值`, label: true },
        { value: '实际完成值', label: true },
        { value: '偏差率（%）', label: true },
        { value: '关键指标', label: true },
        { value: '偏离判定', label: true },
        { value: '偏差原因分析', label: true },
      ]);
      form.indicatorRows(actuals, 2, (a) => {
        const verdict = deviates(a);
        return [
          { value: a.name },
          {
            value: `${indicatorValue(a.comparator, a.target_value, a.target_text)}${a.unit_of_measure}`,
            align: 'center',
          },
          { value: a.planned ?? '—', align: 'center' },
          { value: a.actual ?? '—', align: 'center' },
          { value: a.deviation === null ? '—' : Number(a.deviation), numFmt: TWO_DECIMALS },
          { value: a.is_key ? '是' : '否', align: 'center' },
          { value: verdict === null ? '人工判断' : verdict ? '偏离' : '正常', align: 'center' },
          { value: a.explanation || '—' },
        ];
      });
    });
    form.pairRow(
      ['监控结论', r.failed === null ? '待绩效科确认' : r.failed ? `未达标：${reasons.join('；')}` : '达标'],
      ['报送状态', REPORT_STATUS_ZH[r.status] ?? r.status],
    );
    form.pairRow(['初审意见', r.review_comment || '—']);
    form.sideLabel('预警及整改措施', () => {
      for (const f of flags) {
        const level = f.level === 'RED' ? '红标' : '黄标';
        form.gridRowFrom(2, [
          { value: '预警等级', label: true },
          { value: f.escalated_here ? `${level}（本节点升级）` : level, span: 2 },
          { value: '整改期限', label: true },
          { value: f.deadline },
          { value: '销号情况', label: true, span: 2 },
          { value: f.status === 'CLOSED' ? `已销号（${f.closed_on}）` : '未销号', span: 3 },
        ]);
        form.gridRowFrom(2, [
          { value: '整改措施', label: true },
          { value: f.rectification_plan || '—', span: 5 },
          { value: '建议压减（万元）', label: true, span: 2 },
          { value: wan(f.reduction_wan) ?? '—', span: 2, numFmt: MONEY_WAN },
        ]);
      }
    });
    writeSignature(form, r.submitted_on);
    return true;
  },

  fileName(h, variant) {
    return `${h.code}-${this.title}-${variant}月`;
  },
};
