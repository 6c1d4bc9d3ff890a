import { describe, expect, it } from 'vitest';
import { testChartContext } from '../../../../app/charts/chart-context';
import { CHECKPOINTS } from '../../../../app/analytics/test-fixtures';
import { family } from '../../test-fixtures';
import { drawingOrder, executionBars, executionBarsOption, familyName } from './transform';

const zh = testChartContext('zh');
const en = testChartContext('en');
const AUGUST = CHECKPOINTS[1];

const ROWS = [
  family('GENERAL_PUBLIC', '一般公共预算', 250, '400000000.00', '300000000.00'), // 75.0 %
  family('GOVERNMENT_FUND', '政府性基金预算', 20, '100000000.00', '55000000.00'), // 55.0 %
  family('SPECIAL_BOND', '政府专项债券', 5, '80000000.00', '72000000.00'), // 90.0 %
  family('STATE_CAPITAL', '国有资本经营预算', 0, '0', '0'),
  family('NEW_FAMILY', '新设资金', 2, '3000000.00', '2000000.00'), // 66.67 %: not below 8/12
];

type Option = {
  yAxis: { data: string[] };
  tooltip: { formatter: (p: unknown) => string };
  series: Array<{
    data: Array<{ value: number; itemStyle: { color: string; opacity: number; borderWidth?: number } }>;
    label: { formatter: (p: unknown) => string };
    markLine: { data: Array<{ xAxis: number }>; label: { formatter: string } };
  }>;
};

const bars = (lang: 'zh' | 'en' = 'zh') => executionBars(ROWS, AUGUST, (row) => familyName(row, lang));

describe('execution bars', () => {
  it('sort the groups with reports by execution rate, highest on top', () => {
    const option = executionBarsOption(bars(), AUGUST, zh) as unknown as Option;
    // ECharts draws the first category at the bottom.
    expect(option.yAxis.data).toEqual(['政府性基金预算', '新设资金', '一般公共预算', '政府专项债券']);
    expect([0, 1, 2, 3].map((dataIndex) => option.series[0].label.formatter({ dataIndex }))).toEqual([
      '55.0%',
      '66.7%',
      '75.0%',
      '90.0%',
    ]);
  });

  it('put a group whose budget is zero last: its rate does not apply (—) and is never below time elapsed', () => {
    const zero = { ...family('SOCIAL_INSURANCE', '社会保险基金预算', 1, '0.00', '0.00'), executionRate: null };
    const list = executionBars([zero, ...ROWS], AUGUST);
    expect(list.map((b) => b.key)).toEqual([
      'SPECIAL_BOND',
      'GENERAL_PUBLIC',
      'NEW_FAMILY',
      'GOVERNMENT_FUND',
      'SOCIAL_INSURANCE',
    ]);
    expect(list.at(-1)).toMatchObject({ rate: null, rateText: '—', belowElapsed: false });
  });

  it('mark time elapsed at the checkpoint and colour the groups below it', () => {
    const option = executionBarsOption(bars(), AUGUST, zh) as unknown as Option;
    const [series] = option.series;
    expect(series.markLine.data).toEqual([{ xAxis: 8 / 12 }]);
    expect(series.markLine.label.formatter).toBe('时序进度 66.7%');
    expect(series.data.map((d) => d.itemStyle.color)).toEqual([
      zh.palette.belowElapsed,
      zh.palette.primary,
      zh.palette.primary,
      zh.palette.primary,
    ]);
  });

  it('fade the groups not selected, and outline the one selected', () => {
    const option = executionBarsOption(bars(), AUGUST, zh, { selected: 'GENERAL_PUBLIC' }) as unknown as Option;
    expect(option.series[0].data.map((d) => d.itemStyle.opacity)).toEqual([0.3, 0.3, 1, 0.3]);
    expect(option.series[0].data[2].itemStyle.borderWidth).toBe(2);
    expect(drawingOrder(bars()).map((b) => b.key)).toEqual([
      'GOVERNMENT_FUND',
      'NEW_FAMILY',
      'GENERAL_PUBLIC',
      'SPECIAL_BOND',
    ]);
  });

  it('give the exact yuan in the tooltip', () => {
    const option = executionBarsOption(bars(), AUGUST, zh) as unknown as Option;
    const html = option.tooltip.formatter({ dataIndex: 2 });
    expect(html).toContain('4.00 亿元');
    expect(html).toContain('400,000,000.00 元');
  });

  it('name the families in the reader’s language, keeping the server’s label for unknown ones', () => {
    expect(bars('en').map((b) => b.name)).toEqual([
      'Government special-purpose bonds',
      'General public budget',
      '新设资金',
      'Government fund budget',
    ]);
    const option = executionBarsOption(bars('en'), AUGUST, en) as unknown as Option;
    expect(option.series[0].markLine.label.formatter).toBe('time elapsed 66.7%');
  });

  it('draw nothing without reports', () => {
    expect(executionBarsOption([], AUGUST, zh)).toBeNull();
    expect(executionBarsOption(executionBars([ROWS[3]], AUGUST), AUGUST, zh)).toBeNull();
  });
});
