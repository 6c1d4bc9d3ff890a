import {
  EVALUATION_KIND_LABELS,
  GRADE_LABELS,
  INDICATOR_LEVEL1,
  type Comparator,
  type Grade,
} from '@jixiao/schema/enums';
import { selfEvaluationScore } from '../../../rules/evaluation.js';
import type { AppliedCap } from '../../evaluation/index.js';
import { FormSheet, MONEY_WAN, TWO_DECIMALS, indicatorValue, wan } from './form-layout.js';
import { byProject, type ProjectForm } from './project-form.js';
import { writeFormHead, writeProjectBlock, writeSignature } from './project-header.js';

const gradeZh = (g: Grade | null) => (g ? GRADE_LABELS[g].zh : '—');

/**
 * 项目支出绩效自评表: the money, the targets, the score of each part by the year's weights (execution 10,
 * output 50, benefit 30, satisfaction 10 by default), the total, the grade with any cap that held it down,
 * and the problems found with their remedies.
 */
export const selfEvaluationForm: ProjectForm = {
  key: 'self-evaluation',
  title: '项目支出绩效自评表',
  variants: false,

  async available(db, projectIds) {
    return byProject(
      await db.query(
        `SELECT project_id, '' AS variant FROM evaluation
          WHERE project_id = ANY($1) AND kind = 'SELF' AND score IS NOT NULL`,
        [projectIds],
      ),
    );
  },

  async write({ db, rules }, wb, h) {
    const [e] = await db.query(
      `SELECT e.id, e.status, e.budget::text AS budget, e.executed::text AS executed,
              trim_scale(e.budget / 10000)::text AS budget_wan, trim_scale(e.executed / 10000)::text AS executed_wan,
              CASE WHEN e.budget > 0 THEN round(e.executed * 100 / e.budget, 2)::text END AS rate,
              e.output_completion::text AS output, e.benefit_completion::text AS benefit,
              e.satisfaction_completion::text AS satisfaction, e.score::text AS score, e.grade, e.uncapped_grade,
              e.caps, e.explanation, e.evaluated_on::text AS evaluated_on
         FROM evaluation e WHERE e.project_id = $1 AND e.kind = 'SELF' AND e.score IS NOT NULL`,
      [h.id],
    );
    if (!e) return false;
    const indicators = (await db.query(
      `SELECT level1, level2, name, comparator, trim_scale(target_value)::text AS target_value, target_text,
              unit_of_measure, weight::text AS weight, is_key
         FROM project_indicator WHERE project_id = $1 AND retired_on IS NULL
        ORDER BY array_position($2::text[], level1::text), level2, id`,
      [h.id, INDICATOR_LEVEL1],
    )) as {
      level1: string;
      level2: string;
      name: string;
      comparator: Comparator;
      target_value: string | null;
      target_text: string | null;
      unit_of_measure: string;
      weight: string;
      is_key: boolean;
    }[];
    const findings = (await db.query(
      `SELECT ev.kind, f.category, f.text, f.suggestion
         FROM evaluation_finding f JOIN evaluation ev ON ev.id = f.evaluation_id
        WHERE ev.project_id = $1 AND f.upheld ORDER BY ev.id, f.id`,
      [h.id],
    )) as { kind: keyof typeof EVALUATION_KIND_LABELS; category: string; text: string; suggestion: string }[];

    // The parts by the rule that scored the evaluation, with the weights of its year.
    const { evaluation } = await rules(h.regionId, h.year);
    const { parts } = selfEvaluationScore(
      {
        budget: e.budget,
        executed: e.executed,
        outputCompletion: e.output ?? '0',
        benefitCompletion: e.benefit ?? '0',
        satisfactionCompletion: e.satisfaction ?? '0',
      },
      evaluation,
    );
    const w = evaluation.weights;
    const applied = ((e.caps ?? []) as AppliedCap[]).filter((c) => c.applied);

    const form = new FormSheet(wb, '绩效自评表', [12, 12, 14, 30, 14, 10, 10, 12]);
    writeFormHead(form, this.title, `（${h.year}年度）`, h);
    writeProjectBlock(form, h);
    form.sideLabel('项目资金（万元）', () => {
      form.gridRowFrom(2, [
        { value: '全年预算数', label: true, span: 2 },
        { value: '全年执行数', label: true, span: 2 },
        { value: '分值', label: true },
        { value: '执行率（%）', label: true },
        { value: '得分', label: true },
      ]);
      form.gridRowFrom(2, [
        { value: wan(e.budget_wan), span: 2, numFmt: MONEY_WAN },
        { value: wan(e.executed_wan), span: 2, numFmt: MONEY_WAN },
        { value: w.execution, numFmt: TWO_DECIMALS },
        { value: e.rate === null ? '—' : Number(e.rate), numFmt: TWO_DECIMALS },
        { value: Number(parts.execution), numFmt: TWO_DECIMALS },
      ]);
    });
    form.sideLabel('绩效指标', () => {
      form.gridRowFrom(2, [
        { value: '一级指标', label: true },
        { value: '二级指标', label: true },
        { value: '三级指标', label: true },
        { value: '年度指标值', label: true },
        { value: '计量单位', label: true },
        { value: '分值', label: true },
        { value: '关键指标', label: true },
      ]);
      form.indicatorRows(indicators, 2, (i) => [
        { value: i.name },
        { value: indicatorValue(i.comparator, i.target_value, i.target_text), align: 'center' },
        { value: i.unit_of_measure, align: 'center' },
        { value: Number(i.weight), numFmt: TWO_DECIMALS },
        { value: i.is_key ? '是' : '否', align: 'center' },
      ]);
    });
    form.sideLabel('自评得分', () => {
      form.gridRowFrom(2, [
        { value: '评价内容', label: true, span: 3 },
        { value: '分值', label: true },
        { value: '完成率（%）', label: true, span: 2 },
        { value: '得分', label: true },
      ]);
      const part = (name: string, weight: number, rate: string | null, score: string) =>
        form.gridRowFrom(2, [
          { value: name, span: 3 },
          { value: weight, numFmt: TWO_DECIMALS },
          { value: rate === null ? '—' : Number(rate), span: 2, numFmt: TWO_DECIMALS },
          { value: Number(score), numFmt: TWO_DECIMALS },
        ]);
      part('预算执行率', w.execution, e.rate, parts.execution);
      part('产出指标', w.output, e.output, parts.output);
      part('效益指标', w.benefit, e.benefit, parts.benefit);
      part('满意度指标', w.satisfaction, e.satisfaction, parts.satisfaction);
      form.gridRowFrom(2, [
        { value: '总分', label: true, span: 3 },
        { value: w.execution + w.output + w.benefit + w.satisfaction, numFmt: TWO_DECIMALS },
        { value: '', span: 2 },
        { value: Number(e.score), numFmt: TWO_DECIMALS },
      ]);
    });
    const capped = applied.length
      ? `（按得分为${gradeZh(e.uncapped_grade)}；${applied.map((c) => c.zh).join('；')}）`
      : '';
    form.pairRow(
      ['评价等次', `${gradeZh(e.grade)}${capped}`],
      ['评价状态', e.status === 'FINAL' ? '已定稿' : '退回整改'],
    );
    form.pairRow(['自评说明', e.explanation || '—']);
    form.sideLabel('存在的问题和改进措施', () => {
      for (const f of findings) {
        form.gridRowFrom(2, [
          { value: `${EVALUATION_KIND_LABELS[f.kind]?.zh ?? f.kind}·${f.category}`, align: 'center' },
          { value: f.text, span: 3 },
          { value: f.suggestion || '—', span: 3 },
        ]);
      }
    });
    writeSignature(form, e.evaluated_on);
    return true;
  },

  fileName(h) {
    return `${h.code}-${this.title}`;
  },
};
