import { describe, expect, it } from 'vitest';
import { testChartContext } from '../../../../app/charts/chart-context';
import { AGENCIES, agency } from '../../test-fixtures';
import { agencyChartHeight, agencyRatingsOption, rankedAgencies, ratingCounts, ratingWeights } from './transform';

const zh = testChartContext('zh');
const WEIGHTS = ratingWeights(null);

type Option = {
  legend: { data: string[] };
  yAxis: { data: string[] };
  tooltip: { formatter: (p: unknown) => string };
  series: Array<{ stack: string; data: number[]; label: { show: boolean; formatter?: (p: unknown) => string } }>;
};

describe('agency ratings', () => {
  it('ranks agencies by score, best on top', () => {
    const option = agencyRatingsOption(AGENCIES, WEIGHTS, zh) as unknown as Option;
    expect(option.yAxis.data).toEqual(['明远项目管理公司', '鑫和会计师事务所', '正信评估咨询有限公司']);
  });

  it('stacks the four components as the rules weigh them, so a bar is as long as the score', () => {
    const xinhe = { ...agency('新疆信和', 93.8, 'A'), quantity: 95, quality: 93, effect: 92, satisfaction: 96 };
    const option = agencyRatingsOption([xinhe], WEIGHTS, zh) as unknown as Option;
    expect(option.legend.data).toEqual(['数量 ×20%', '质量 ×40%', '效果 ×20%', '满意度 ×20%']);
    const parts = option.series.map((s) => s.data[0]);
    expect(parts).toEqual([19, 37.2, 18.4, 19.2]);
    expect(parts.reduce((a, b) => a + b, 0)).toBeCloseTo(93.8, 10);
    expect(option.series.every((s) => s.stack === 'score')).toBe(true);
  });

  it('labels the end of each bar with the rating and the score to one decimal, half-up', () => {
    const option = agencyRatingsOption(AGENCIES, WEIGHTS, zh) as unknown as Option;
    const label = option.series[3].label;
    expect(option.series.slice(0, 3).every((s) => !s.label.show)).toBe(true);
    expect([0, 1, 2].map((dataIndex) => label.formatter!({ dataIndex }))).toEqual([
      '{C|C} 71.0',
      '{B|B} 84.3',
      '{A|A} 92.5',
    ]);
    expect(option.tooltip.formatter([{ dataIndex: 2 }])).toContain('满意度（20%）');
  });

  it('reads the weights of the year’s rules, falling back to the defaults', () => {
    expect(
      ratingWeights({ agencyRating: { weights: { quantity: 25, quality: 35, effect: 20, satisfaction: 20 } } }),
    ).toEqual({
      quantity: 25,
      quality: 35,
      effect: 20,
      satisfaction: 20,
    });
    expect(WEIGHTS).toEqual({ quantity: 20, quality: 40, effect: 20, satisfaction: 20 });
  });

  it('orders ties by name and counts ratings A to D', () => {
    expect(rankedAgencies([agency('Beta', 80, 'B'), agency('Alpha', 80, 'B')]).map((a) => a.agencyName)).toEqual([
      'Alpha',
      'Beta',
    ]);
    expect(ratingCounts(AGENCIES)).toEqual({ A: 1, B: 1, C: 1, D: 0 });
  });

  it('escapes names in the tooltip, which ECharts renders as HTML', () => {
    const option = agencyRatingsOption(
      [agency('<img src=x onerror=alert(1)>', 90, 'A')],
      WEIGHTS,
      zh,
    ) as unknown as Option;
    expect(option.tooltip.formatter([{ dataIndex: 0 }])).not.toContain('<img');
  });

  it('draws nothing without ratings and grows with the number of agencies', () => {
    expect(agencyRatingsOption([], WEIGHTS, zh)).toBeNull();
    expect(agencyChartHeight(2)).toBe(300);
    expect(agencyChartHeight(20)).toBe(784);
  });
});
