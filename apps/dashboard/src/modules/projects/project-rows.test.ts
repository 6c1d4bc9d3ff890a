import { describe, expect, it } from 'vitest';
import { csvCell, numberFormat } from '../../app/export/table-export';
import { createTranslator } from '../../app/i18n/translate';
import {
  latestReport,
  nextSort,
  openFlag,
  parseTableState,
  projectExportColumns,
  selfGrade,
  tableStateParams,
  type ProjectRow,
} from './project-rows';

const ROW: ProjectRow = {
  id: 'UHJvamVjdDo5Nw',
  code: '2022-jyj-004',
  name: '2022年普通高中助学金',
  year: 2022,
  budget: '4532240.00',
  fundFamily: 'GENERAL_PUBLIC',
  isKey: false,
  kind: 'RECURRING',
  targetStatus: 'APPROVED',
  unit: { id: 'VW5pdDoxNw', name: '尉犁县教育局' },
  indicators: [{ id: 'a' }, { id: 'b' }],
  monitoringReports: [
    {
      id: 'r8',
      checkpoint: { month: 8 },
      budget: '4532240.00',
      executed: '3342325.40',
      executionRate: 0.7374,
      failed: false,
    },
    {
      id: 'r5',
      checkpoint: { month: 5 },
      budget: '4532240.00',
      executed: '2784191.96',
      executionRate: 0.6143,
      failed: false,
    },
  ],
  flags: [
    { id: 'f1', level: 'YELLOW', status: 'OPEN', deadline: '2022-07-10', daysOverdue: 30 },
    { id: 'f2', level: 'RED', status: 'OPEN', deadline: '2022-10-10', daysOverdue: 5 },
    { id: 'f3', level: 'RED', status: 'CLOSED', deadline: '2022-06-10', daysOverdue: 0 },
  ],
  evaluations: [
    { id: 'e2', kind: 'DEPARTMENT', grade: 'EXCELLENT', score: 95.21 },
    { id: 'e1', kind: 'SELF', grade: 'POOR', score: 53.29 },
  ],
};

describe('a project row', () => {
  it('reads the latest report, the open flag that matters most and the self-evaluation grade', () => {
    expect(latestReport(ROW)?.checkpoint?.month).toBe(8);
    expect(openFlag(ROW)?.id).toBe('f2');
    expect(selfGrade(ROW)).toBe('POOR');
    expect(openFlag({ flags: [] })).toBeUndefined();
  });

  it('exports exact yuan, rates as fractions and labels in the reader’s language', () => {
    const columns = projectExportColumns(createTranslator('zh'), 'zh', [5, 8]);
    expect(columns.map((c) => c.header)).toEqual([
      '项目编码',
      '项目名称',
      '预算年度',
      '实施单位',
      '资金类别',
      '预算金额（元）',
      '绩效目标',
      '5月底执行金额（元）',
      '5月底执行率',
      '8月底执行金额（元）',
      '8月底执行率',
      '预警',
      '整改期限',
      '逾期天数',
      '自评等次',
    ]);
    expect(columns.map((c) => c.value(ROW))).toEqual([
      '2022-jyj-004',
      '2022年普通高中助学金',
      2022,
      '尉犁县教育局',
      '一般公共预算',
      '4532240.00',
      '已批复',
      '2784191.96',
      2784191.96 / 4532240,
      '3342325.40',
      3342325.4 / 4532240,
      '红标',
      '2022-10-10',
      5,
      '差',
    ]);
    // CSV writes rates as the screen shows them; XLSX keeps numbers with their formats.
    expect(columns.map((c) => csvCell(c, ROW)).slice(7, 11)).toEqual(['2784191.96', '61.4%', '3342325.40', '73.7%']);
    expect(columns.map((c) => numberFormat(c))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      '#,##0.00',
      undefined,
      '#,##0.00',
      '0.0%',
      '#,##0.00',
      '0.0%',
      undefined,
      '@',
      '#,##0',
      undefined,
    ]);
  });
});

describe('the table state in the URL', () => {
  it('reads search, order and filters, and writes only what differs from the defaults', () => {
    const state = parseTableState(new URLSearchParams('q=教育&sort=budget&dir=desc&flag=RED&unit=VW5pdDoxNw'));
    expect(state).toEqual({
      search: '教育',
      sort: 'BUDGET',
      direction: 'DESC',
      unitId: 'VW5pdDoxNw',
      flagLevel: 'RED',
    });
    expect(tableStateParams(state)).toEqual({
      q: '教育',
      sort: 'budget',
      dir: 'desc',
      unit: 'VW5pdDoxNw',
      flag: 'RED',
    });
    // A unit's code qualified by its county (above one county), or a code with a dot, is kept as it is.
    expect(parseTableState(new URLSearchParams('unit=652899.jyj')).unitId).toBe('652899.jyj');
    expect(parseTableState(new URLSearchParams('unit=a b')).unitId).toBeNull();
    expect(tableStateParams(parseTableState(new URLSearchParams('sort=bogus&flag=GREEN')))).toEqual({
      q: null,
      sort: null,
      dir: null,
      unit: null,
      flag: null,
    });
  });

  it('flips the direction of the sorted column, and sorts money largest first', () => {
    expect(nextSort({ sort: 'CODE', direction: 'ASC' }, 'CODE')).toEqual({ sort: 'CODE', direction: 'DESC' });
    expect(nextSort({ sort: 'CODE', direction: 'ASC' }, 'BUDGET')).toEqual({ sort: 'BUDGET', direction: 'DESC' });
    expect(nextSort({ sort: 'BUDGET', direction: 'DESC' }, 'NAME')).toEqual({ sort: 'NAME', direction: 'ASC' });
  });
});
