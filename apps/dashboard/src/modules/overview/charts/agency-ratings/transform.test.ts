import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../../app/i18n/translate';
import { AGENCIES, agency } from '../../test-fixtures';
import { RATING_COLORS } from '../palette';
import { agencyChartHeight, agencyRatingsOption, rankedAgencies, ratingCounts } from './transform';

const zh = { t: createTranslator('zh'), lang: 'zh' as const };

type Option = {
  yAxis: { data: string[] };
  tooltip: { formatter: (p: unknown) => string };
  series: Array<{ data: Array<{ value: number; itemStyle: { color: string } }>; label: { formatter: (p: unknown) => string } }>;
};

describe('agency ratings', () => {
  it('ranks agencies by score, best on top, coloured by rating', () => {
    const option = agencyRatingsOption(AGENCIES, zh) as unknown as Option;
    expect(option.yAxis.data).toEqual(['明远项目管理公司', '鑫和会计师事务所', '正信评估咨询有限公司']);
    expect(option.series[0].data.map((d) => d.value)).toEqual([71, 84.25, 92.45]);
    expect(option.series[0].data.map((d) => d.itemStyle.color)).toEqual([RATING_COLORS.C, RATING_COLORS.B, RATING_COLORS.A]);
  });

  it('labels each bar with the rating and the score to one decimal, half-up', () => {
    const option = agencyRatingsOption(AGENCIES, zh) as unknown as Option;
    expect([0, 1, 2].map((dataIndex) => option.series[0].label.formatter({ dataIndex }))).toEqual([
      'C · 71.0', 'B · 84.3', 'A · 92.5',
    ]);
    expect(option.tooltip.formatter({ dataIndex: 2 })).toContain('满意度');
  });

  it('orders ties by name and counts ratings A to D', () => {
    expect(rankedAgencies([agency('Beta', 80, 'B'), agency('Alpha', 80, 'B')]).map((a) => a.agencyName)).toEqual(['Alpha', 'Beta']);
    expect(ratingCounts(AGENCIES)).toEqual({ A: 1, B: 1, C: 1, D: 0 });
  });

  it('escapes names in the tooltip, which ECharts renders as HTML', () => {
    const option = agencyRatingsOption([agency('<img src=x onerror=alert(1)>', 90, 'A')], zh) as unknown as Option;
    expect(option.tooltip.formatter({ dataIndex: 0 })).not.toContain('<img');
  });

  it('draws nothing without ratings and grows with the number of agencies', () => {
    expect(agencyRatingsOption([], zh)).toBeNull();
    expect(agencyChartHeight(2)).toBe(300);
    expect(agencyChartHeight(20)).toBe(720);
  });
});
