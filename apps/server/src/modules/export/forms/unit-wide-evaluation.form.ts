import { GRADE_LABELS, type Grade } from '@jixiao/schema/enums';
import { evaluationRows, sqlParams } from '../../auth/index.js';
import type { AppliedCap } from '../../evaluation/index.js';
import { FormSheet, MONEY_WAN, TWO_DECIMALS, wan } from './form-layout.js';
import type { UnitForm } from './unit-form.js';

const gradeZh = (g: Grade | null) => (g ? GRADE_LABELS[g].zh : '—');

/**
 * 部门整体支出绩效评价表: a unit's whole budget of a year as evaluated (部门整体评价), its score and grade with
 * any cap, the review of its unit-wide targets, and the problems found. Unit-wide indicators join it once
 * they are stored.
 */
export const unitWideEvaluationForm: UnitForm = {
  key: 'unit-wide-evaluation',
  title: '部门整体支出绩效评价表',

  async available(db, v, unitIds, year) {
    const p = sqlParams([unitIds, year]);
    const rows = (await db.query(
      `SELECT DISTINCT e.unit_id FROM evaluation e JOIN unit u ON u.id = e.unit_id LEFT JOIN project p ON p.id = e.project_id
        WHERE e.unit_id = ANY($1) AND e.year = $2 AND e.kind = 'UNIT_WIDE' AND e.score IS NOT NULL
          AND ${evaluationRows(v, p)}`,
      p.values,
    )) as { unit_id: number }[];
    return new Set(rows.map((r) => r.unit_id));
  },

  async write({ db }, wb, u, year) {
    const [e] = await db.query(
      `SELECT e.id, e.status, trim_scale(e.budget / 10000)::text AS budget_wan, trim_scale(e.executed / 10000)::text AS executed_wan,
              CASE WHEN e.budget > 0 THEN round(e.executed * 100 / e.budget, 2)::text END AS rate,
              COALESCE(e.expert_score, e.score)::text AS score, e.grade, e.uncapped_grade, e.caps, e.explanation,
              e.evaluated_on::text AS evaluated_on
         FROM evaluation e WHERE e.unit_id = $1 AND e.year = $2 AND e.kind = 'UNIT_WIDE' AND e.score IS NOT NULL`,
      [u.id, year],
    );
    if (!e) return false;
    const reviews = (await db.query(
      `SELECT t.reviewed_on::text AS reviewed_on, t.outcome, t.issue_count, t.comment
         FROM target_review t WHERE t.unit_id = $1 AND t.year = $2 AND t.subject = 'UNIT_WIDE' AND t.stage = 'PERFORMANCE'
        ORDER BY t.reviewed_on, t.id`,
      [u.id, year],
    )) as { reviewed_on: string; outcome: string; issue_count: number; comment: string }[];
    const findings = (await db.query(
      `SELECT category, text, suggestion FROM evaluation_finding WHERE evaluation_id = $1 AND upheld ORDER BY id`,
      [e.id],
    )) as { category: string; text: string; suggestion: string }[];
    const applied = ((e.caps ?? []) as AppliedCap[]).filter((c) => c.applied);

    const form = new FormSheet(wb, '部门整体绩效评价表', [14, 16, 16, 16, 16, 16]);
    form.title(this.title);
    form.plainLine([{ value: `（${year}年度）`, span: form.columns, align: 'center' }]);
    form.plainLine([
      { value: `填报单位（盖章）：${u.name}`, span: 3 },
      { value: '金额单位：万元', span: 3, align: 'right' },
    ]);
    form.pairRow(['部门（单位）名称', u.name], ['单位编码', u.code]);
    form.pairRow(['对口业务科室', u.sectionName]);
    form.sideLabel('部门预算资金（万元）', () => {
      form.gridRowFrom(2, [
        { value: '全年预算数', label: true, span: 2 },
        { value: '全年执行数', label: true, span: 2 },
        { value: '执行率（%）', label: true },
      ]);
      form.gridRowFrom(2, [
        { value: wan(e.budget_wan), span: 2, numFmt: MONEY_WAN },
        { value: wan(e.executed_wan), span: 2, numFmt: MONEY_WAN },
        { value: e.rate === null ? '—' : Number(e.rate), numFmt: TWO_DECIMALS },
      ]);
    });
    form.sideLabel('整体绩效目标审核', () => {
      for (const r of reviews) {
        form.gridRowFrom(2, [
          { value: r.reviewed_on, align: 'center' },
          { value: r.outcome === 'RETURNED' ? `退回修改（${r.issue_count}处问题）` : '审核通过', span: 2 },
          { value: r.comment || '—', span: 2 },
        ]);
      }
    });
    form.pairRow(['评价得分', Number(e.score), TWO_DECIMALS], ['评价状态', e.status === 'FINAL' ? '已定稿' : '评价中']);
    const capped = applied.length
      ? `（按得分为${gradeZh(e.uncapped_grade)}；${applied.map((c) => c.zh).join('；')}）`
      : '';
    form.pairRow(['评价等次', `${gradeZh(e.grade)}${capped}`]);
    form.pairRow(['评价说明', e.explanation || '—']);
    form.sideLabel('存在的问题和改进措施', () => {
      for (const f of findings) {
        form.gridRowFrom(2, [
          { value: f.category, align: 'center' },
          { value: f.text, span: 2 },
          { value: f.suggestion || '—', span: 2 },
        ]);
      }
    });
    form.signature([
      ['单位负责人（签字）：', '填报人：', '联系电话：'],
      [`填报日期：${e.evaluated_on ?? '      年    月    日'}`, '财政部门审核意见：', '审核人：'],
    ]);
    return true;
  },

  fileName(u, year) {
    return `${u.code}-${this.title}-${year}`;
  },
};
