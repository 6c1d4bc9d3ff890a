import { describe, expect, it } from 'vitest';
import { testChartContext } from '../../../../app/charts/chart-context';
import { GRADE_COLORS } from '../../../../app/charts/palette';
import { grades, KINDS_2022 } from '../../test-fixtures';
import { gradeAt, gradeDistributionOption } from './transform';

const zh = testChartContext('zh');
const en = testChartContext('en');

type Option = {
  legend: { data: string[] };
  yAxis: { data: string[] };
  tooltip: { formatter: (p: unknown) => string };
  series: Array<{
    name: string;
    stack: string;
    itemStyle: { color: string; opacity: number };
    data: number[];
    label: { formatter: (p: unknown) => string };
  }>;
};

describe('grade distribution', () => {
  it('stacks 优/良/中/差 into one 100 % bar per kind of evaluation, self-evaluation on top', () => {
    const option = gradeDistributionOption(KINDS_2022, zh) as unknown as Option;
    expect(option.legend.data).toEqual(['优', '良', '中', '差']);
    expect(option.yAxis.data).toEqual([
      '部门整体评价\n52 个',
      '财政重点评价\n10 个',
      '部门评价\n90 个',
      '单位自评\n257 个',
    ]);
    expect(option.series.map((s) => s.stack)).toEqual(['grades', 'grades', 'grades', 'grades']);
    expect(option.series.map((s) => s.itemStyle.color)).toEqual([
      GRADE_COLORS.EXCELLENT,
      GRADE_COLORS.GOOD,
      GRADE_COLORS.MEDIUM,
      GRADE_COLORS.POOR,
    ]);
    const [excellent] = option.series;
    expect(excellent.data).toEqual([51 / 52, 3 / 10, 82 / 90, 120 / 257]);
  });

  it('labels a segment with its count and exact share, and narrow segments under 7 % with their count', () => {
    const option = gradeDistributionOption(KINDS_2022, zh) as unknown as Option;
    const [excellent, , medium, poor] = option.series;
    expect(excellent.label.formatter({ dataIndex: 2 })).toBe('82 · 91%'); // 82 of 90
    expect(medium.label.formatter({ dataIndex: 3 })).toBe('17'); // 17 of 257 = 6.6 %
    expect(poor.label.formatter({ dataIndex: 3 })).toBe('10'); // 10 of 257
    expect(medium.label.formatter({ dataIndex: 1 })).toBe('2 · 20%'); // 2 of 10
  });

  it('gives counts, shares, money and findings in the tooltip', () => {
    const option = gradeDistributionOption(KINDS_2022, zh) as unknown as Option;
    const html = option.tooltip.formatter([{ dataIndex: 1 }]);
    expect(html).toContain('财政重点评价');
    expect(html).toContain('5,532.60 万元');
    expect(html).toContain('<b>17</b>'); // findings
    expect(html).toContain('3 个 · 30.0%');
  });

  it('leaves out kinds without evaluations, and draws nothing when no kind has any', () => {
    const option = gradeDistributionOption(
      [KINDS_2022[0], { kind: 'KEY', distribution: grades(0, '0', 0, [0, 0, 0, 0]) }],
      en,
    ) as unknown as Option;
    expect(option.yAxis.data).toEqual(['Self-evaluation\n257']);
    expect(option.legend.data).toEqual(['Excellent', 'Good', 'Medium', 'Poor']);
    expect(gradeDistributionOption([{ kind: 'SELF', distribution: grades(0, '0', 0, [0, 0, 0, 0]) }], zh)).toBeNull();
  });

  it('fades the grades not selected; a click on a segment means its grade', () => {
    const option = gradeDistributionOption(KINDS_2022, zh, 'MEDIUM') as unknown as Option;
    expect(option.series.map((s) => s.itemStyle.opacity)).toEqual([0.3, 0.3, 1, 0.3]);
    expect([0, 1, 2, 3, 4].map(gradeAt)).toEqual(['EXCELLENT', 'GOOD', 'MEDIUM', 'POOR', null]);
  });

  it('leaves findings out of the tooltip when they were not counted', () => {
    const counted = [{ kind: 'SELF' as const, distribution: { ...KINDS_2022[0].distribution, findings: null } }];
    const option = gradeDistributionOption(counted, zh) as unknown as Option;
    expect(option.tooltip.formatter([{ dataIndex: 0 }])).not.toContain('发现问题');
  });
});
