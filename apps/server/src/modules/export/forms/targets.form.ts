import { INDICATOR_LEVEL1, type Comparator } from '@jixiao/schema/enums';
import { FormSheet, MONEY_WAN, TWO_DECIMALS, indicatorValue, wan } from './form-layout.js';
import { byProject, type ProjectForm } from './project-form.js';
import { writeFormHead, writeProjectBlock, writeSignature } from './project-header.js';

const TARGET_STATUS_ZH: Record<string, string> = {
  DRAFT: '编制中',
  SUBMITTED: '已报送，待初审',
  FIRST_REVIEWED: '已初审，待绩效科审核',
  APPROVED: '已审核通过',
  RETURNED: '退回修改',
};

/** 项目支出绩效目标申报表: the project, its money, and its current targets as the three-level indicator table. */
export const targetsForm: ProjectForm = {
  key: 'targets',
  title: '项目支出绩效目标申报表',
  variants: false,

  async available(db, projectIds) {
    return byProject(
      await db.query(
        `SELECT DISTINCT project_id, '' AS variant FROM project_indicator
          WHERE project_id = ANY($1) AND retired_on IS NULL`,
        [projectIds],
      ),
    );
  },

  async write({ db }, wb, h) {
    const indicators = (await db.query(
      `SELECT level1, level2, name, comparator, trim_scale(target_value)::text AS target_value, target_text,
              unit_of_measure, weight::text AS weight, is_key
         FROM project_indicator
        WHERE project_id = $1 AND retired_on IS NULL
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
    if (indicators.length === 0) return false;
    const [status] = await db.query(
      `SELECT p.target_status,
              (SELECT max(t.reviewed_on)::text FROM target_review t
                WHERE t.project_id = p.id AND t.stage = 'PERFORMANCE' AND t.outcome = 'APPROVED') AS approved_on,
              (SELECT sum(i.weight)::text FROM project_indicator i WHERE i.project_id = p.id AND i.retired_on IS NULL) AS weight
         FROM project p WHERE p.id = $1`,
      [h.id],
    );

    // 一级 | 二级 | 三级 | 指标值 | 计量单位 | 分值 | 关键指标, after the side label column.
    const form = new FormSheet(wb, '绩效目标申报表', [12, 12, 14, 32, 16, 10, 8, 9]);
    writeFormHead(form, this.title, `（${h.year}年度）`, h);
    writeProjectBlock(form, h);
    form.sideLabel('项目资金（万元）', () => {
      form.gridRowFrom(2, [
        { value: '年度资金总额', label: true, span: 3 },
        { value: wan(h.budgetWan), span: 4, numFmt: MONEY_WAN },
      ]);
    });
    form.pairRow(
      ['目标状态', TARGET_STATUS_ZH[status.target_status] ?? status.target_status],
      ['审核通过日期', status.approved_on ?? '—'],
    );
    form.sideLabel('绩效指标', () => {
      form.gridRowFrom(2, [
        { value: '一级指标', label: true },
        { value: '二级指标', label: true },
        { value: '三级指标', label: true },
        { value: '指标值', label: true },
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
      form.gridRowFrom(2, [
        { value: '合计', label: true, span: 5 },
        { value: Number(status.weight), numFmt: TWO_DECIMALS },
        { value: '' },
      ]);
    });
    writeSignature(form, null);
    return true;
  },

  fileName(h) {
    return `${h.code}-${this.title}`;
  },
};
